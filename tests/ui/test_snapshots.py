"""Snapshot tests at fixed sizes (plain `def`, as pytest-textual-snapshot wants).

The snapshots were made with the Textual version pinned in pyproject.toml.
Update them with `pytest --snapshot-update` after an intended change, and look
at the report before committing.
"""

from __future__ import annotations

from conftest import make_app


async def _ready(pilot) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def _jump_to_amazon(pilot) -> None:
    await _ready(pilot)
    await pilot.press("3", "down", "enter", "n")
    await pilot.pause()


def test_reader_120x40(snap_compare):
    assert snap_compare(make_app(), terminal_size=(120, 40), run_before=_ready)


def test_reader_80x24(snap_compare):
    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=_ready)


def test_reader_mention_marked_120x40(snap_compare):
    assert snap_compare(make_app(), terminal_size=(120, 40), run_before=_jump_to_amazon)


def test_reader_companies_tab_80x24(snap_compare):
    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=_jump_to_amazon)
