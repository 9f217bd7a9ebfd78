"""What the source tests read of ``find_sources``: the names, in order."""

from __future__ import annotations

from typing import Callable

from tui.core.sources import find_sources


def cited_in(default: str) -> Callable[..., list[str]]:
    """``cited(text, lang=default)``: the names of the sources cited in ``text``."""
    def cited(text: str, lang: str = default) -> list[str]:
        return [s.name for s in find_sources(text, lang)]
    return cited
