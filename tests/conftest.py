"""Shared fixtures: the bundled sample article and an app factory."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "seeds" / "000_49812cfdf0026165.txt"


@pytest.fixture
def sample_path() -> Path:
    return SAMPLE


def make_app(*paths: str | Path, **options):
    """A DealReaderApp on the given files (the sample by default)."""
    from tui.app import DealReaderApp
    from tui.core.load import load_paths
    from tui.options import Options

    articles = load_paths([str(p) for p in (paths or (SAMPLE,))])
    return DealReaderApp(articles, Options(**options))
