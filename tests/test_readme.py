"""The README's key table and quick start must stay true to the code."""

from pathlib import Path

from tui.app import DealReaderApp
from tui.screens.help import merged
from tui.screens.reader import ReaderScreen

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def test_every_reader_key_is_in_the_readme_table():
    documented: set[str] = set()
    for line in README.splitlines():
        if line.startswith("| Anywhere |"):
            keys_cell = line.split("|")[2]
            documented.update(keys_cell.replace(",", " ").split())
    for keys, description in merged(ReaderScreen.BINDINGS + DealReaderApp.BINDINGS):
        for key in keys.split():
            assert key in documented, f"{key} ({description}) is missing from the README's keys"


def test_quick_start_is_two_commands_and_ci_runs_the_same_tests():
    block = README.split("## Quick start", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    commands = [line for line in block.strip().splitlines() if line.strip()]
    assert len(commands) == 2
    assert commands[0].endswith("dealreader")
    test_command = commands[1].split("&&")[-1].strip()
    ci = (Path(__file__).resolve().parent.parent / ".ci" / "run").read_text(encoding="utf-8")
    assert test_command in ci
