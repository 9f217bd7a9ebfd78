"""What the money tests read of ``find_figures``: the money figures' text,
amount and currency (and, when asked, the implied flag)."""

from __future__ import annotations

from tui.core.money import find_figures


def money(text: str, lang: str = "en") -> list[tuple[str, float | None, str | None]]:
    """``(text, amount, currency)`` of each money figure, in order."""
    return [(f.text, f.amount, f.currency) for f in find_figures(text, lang) if f.kind == "money"]


def money_implied(text: str, lang: str = "en") -> list[tuple[str, float | None, str | None, bool]]:
    """``(text, amount, currency, implied)`` of each money figure, in order."""
    return [(f.text, f.amount, f.currency, f.implied) for f in find_figures(text, lang) if f.kind == "money"]


def in_context(text: str, lang: str = "en") -> list[tuple[str, str | None]]:
    """``(text, currency)`` of each money figure once the article's context has decided its currency."""
    from tui.core.currency_context import apply

    return [(f.text, f.currency) for f in apply(find_figures(text, lang), text, text.lower(), lang) if f.kind == "money"]


def currencies_of(text: str, *amounts: str, lang: str = "en") -> set[str | None]:
    """The currencies the article's context gives the money figures written ``amounts``."""
    found = dict(in_context(text, lang))
    return {found.get(a, "missing") for a in amounts}
