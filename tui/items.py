"""Panel rows built from an Extraction (no Textual imports, unit-tested alone).

Each row is an :class:`Item`: the cells a panel shows and the mention spans the
reader jumps between with Enter and n/N.  Figures that state the same value in
the same currency ("38 milliards de dollars" four times) are one row whose
mentions are all of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from babel.numbers import format_decimal

from .core.fmt import format_money, format_number, format_percent, format_rate, get_locale
from .core.model import Extraction, Figure, Pairing, Span

Kind = Literal["figure", "company", "source"]
DASH = "–"


@dataclass(frozen=True, slots=True)
class Item:
    kind: Kind
    label: str  # what the status line calls it
    cells: tuple[str, ...]
    mentions: tuple[Span, ...]
    url: str | None = None
    note: str = ""  # more about the item, for the status line (full value, rate check)
    clip: str = ""  # what `y` copies


FIGURE_COLUMNS = ("As written", "Value", "USD", "EUR")  # and the display currency
PAIR_OK, PAIR_OFF = "⇄", "≠"
PAIR_TOLERANCE = 0.02
"""An article's own conversion within 2 % of the ECB rate counts as agreeing."""
COMPANY_COLUMNS = ("Company", "Ticker", "×")
SOURCE_COLUMNS = ("Source", "Link", "Date")


def _value(fig: Figure, locale: str, compact: bool) -> str:
    if fig.kind == "percent":
        text = format_percent(fig.value or 0.0, locale)
        if fig.value_max is not None:
            text += DASH + format_percent(fig.value_max, locale)
        return text
    if fig.amount is None:
        return "?"
    if fig.currency is None:
        return f"{fig.amount:,.0f} ?"
    text = format_money(fig.amount, fig.currency, locale, compact=compact)
    if fig.amount_max is not None:
        text += f" {DASH} " + format_money(fig.amount_max, fig.currency, locale, compact=compact)
    if fig.implied:
        text += " (implied)"
    return text


def _converted(fig: Figure, currency: str, locale: str, compact: bool) -> str:
    if fig.kind != "money":
        return ""
    if fig.converted is None:
        return "…"  # rates still loading
    value = fig.converted.get(currency)
    if value is None:
        return "n/a"  # unknown currency: a clear mark, not a guess
    if not compact and abs(value) >= 100:
        value = round(value)  # full values: whole units, the cents are noise here
    return format_number(value, locale, compact=compact)


def pairing_note(pairing: Pairing, locale: str) -> str:
    """"article: 1 € = 1,1515 $US · ECB 1,1514 (+0,01 %)": does the article's conversion hold?

    The rate is written per one euro when either side is in euros, as the ECB does.
    """
    first, second = pairing.first, pairing.second
    implied, ecb = pairing.implied_rate, pairing.ecb_rate
    base, quote = first.currency or "?", second.currency or "?"
    if base != "EUR" and quote == "EUR" and implied:
        base, quote = quote, base
        implied = 1 / implied
        ecb = 1 / ecb if ecb else None
    one = format_money(1, base, locale, compact=False)
    one = one.replace(format_decimal(1, format="0.00", locale=get_locale(locale)),
                      format_decimal(1, locale=get_locale(locale)))
    text = f"article: {one} = {format_rate(implied, locale, quote)}"
    if ecb:
        deviation = format_decimal((implied / ecb - 1) * 100, format="+0.00;-0.00",
                                   locale=get_locale(locale))
        text += f" · ECB {format_rate(ecb, locale)} ({deviation} %)"
    return text


def figure_items(
    ex: Extraction,
    locale: str,
    *,
    compact: bool = True,
    display: tuple[str, ...] = ("USD", "EUR"),
) -> list[Item]:
    pair_of: dict[Span, Pairing] = {}
    for pairing in ex.pairings:
        pair_of.setdefault(pairing.first.span, pairing)
        pair_of.setdefault(pairing.second.span, pairing)
    groups: dict[tuple, list[Figure]] = {}
    for fig in ex.figures:
        key = (fig.kind, fig.currency, fig.amount, fig.amount_max, fig.value, fig.value_max)
        groups.setdefault(key, []).append(fig)
    items = []
    for figs in groups.values():
        first = figs[0]
        written = first.text if len(figs) == 1 else f"{first.text} ×{len(figs)}"
        pairing = next((pair_of[f.span] for f in figs if f.span in pair_of), None)
        note = _value(first, locale, compact=False)
        if pairing is not None:
            agrees = pairing.deviation is not None and abs(pairing.deviation) <= PAIR_TOLERANCE
            written = f"{PAIR_OK if agrees else PAIR_OFF} {written}"
            note += " · " + pairing_note(pairing, locale)
        cells = (
            written,
            _value(first, locale, compact),
            *(_converted(first, c, locale, compact) for c in display),
        )
        clip = f"{first.text} = {_value(first, locale, compact=False)}"
        if first.converted:
            clip += " ≈ " + " = ".join(
                format_money(round(v), c, locale, compact=False) for c, v in first.converted.items()
                if c in display
            )
            if first.rate_date:
                clip += f" (ECB {first.rate_date.isoformat()})"
        items.append(Item("figure", first.text, cells, tuple(f.span for f in figs),
                          note=note, clip=clip))
    return items


def company_items(ex: Extraction) -> list[Item]:
    items = []
    for company in ex.companies:
        name = company.name
        if company.aliases:
            name += " (" + ", ".join(company.aliases) + ")"
        cells = (name, company.ticker or "", str(len(company.mentions)))
        clip = name + (f" ({company.ticker})" if company.ticker else "")
        items.append(Item("company", company.name, cells, company.mentions, clip=clip))
    return items


def source_items(ex: Extraction) -> list[Item]:
    items = []
    for source in ex.sources:
        link = source.url or ""
        for prefix in ("https://", "http://"):
            if link.startswith(prefix):
                link = link[len(prefix):]
        link = link.removeprefix("www.").rstrip("/")
        date = source.date.isoformat() if source.date else ""
        parts = [source.name, source.title or "", source.url or "", date]
        items.append(
            Item("source", source.name, (source.name, link, date), source.mentions, source.url,
                 note=" · ".join(p for p in parts[1:] if p), clip=" – ".join(p for p in parts if p))
        )
    return items
