"""What the tests of whole articles read of ``extract``: the extraction of a text
loaded as an article (cleaned, its language detected), its companies' names
with their aliases, its money figures and their currencies."""

from __future__ import annotations

from tui.core.extract import extract
from tui.core.model import Extraction
from tui.core.load import article_from_text


def extracted(text: str) -> Extraction:
    """The extraction of ``text`` read as an article file."""
    return extract(article_from_text(text, path="x.txt"))


def article_names(text: str) -> dict[str, tuple[str, ...]]:
    """Each company's name -> its aliases, in order."""
    return {c.name: tuple(c.aliases) for c in extracted(text).companies}


def article_money(text: str) -> list[tuple[str, float | None, str | None]]:
    """``(text, amount, currency)`` of each money figure, in order."""
    return [(f.text, f.amount, f.currency) for f in extracted(text).figures if f.kind == "money"]


def article_currencies(text: str) -> dict[str, str | None]:
    """Each money figure's text -> its currency."""
    return {f.text: f.currency for f in extracted(text).figures if f.kind == "money"}
