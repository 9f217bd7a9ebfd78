"""What the company tests read of ``find_companies``: the names, or the names
with their aliases."""

from __future__ import annotations

from typing import Callable

from tui.core.companies import find_companies


def names_in(default: str) -> Callable[..., list[str]]:
    """``names(text, lang=default)``: the companies' names, in order."""
    def names(text: str, lang: str = default) -> list[str]:
        return [c.name for c in find_companies(text, lang)]
    return names


def by_name(text: str, lang: str = "en") -> dict[str, tuple[str, ...]]:
    """Each company's name -> its aliases."""
    return {c.name: c.aliases for c in find_companies(text, lang)}
