"""Immutable data model shared by the core, the UI and the `extract` command.

Every extracted item carries spans: ``(start, end)`` offsets into ``Article.text``,
the cleaned article text (title first, then the body).  Highlighting, jumping to a
mention, search and the JSON output all share these offsets.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from typing import Literal

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Link:
    """A hyperlink found in the input (HTML pages) or a bare URL in text."""

    url: str
    text: str = ""


@dataclass(frozen=True, slots=True)
class Article:
    """A loaded and cleaned article.

    ``text`` is what the reader shows and what every span points into.  It starts
    with the title as its first paragraph (``text[:title_end] == title``) when
    the input has one.  ``removed`` holds scraped-page leftovers that cleaning
    set apart (shown dimmed under the article, never extracted from).
    """

    path: str
    title: str
    text: str
    language: str = "en"
    date: _dt.date | None = None
    title_end: int = 0
    paragraphs: tuple[Span, ...] = ()
    removed: tuple[str, ...] = ()
    links: tuple[Link, ...] = ()
    encoding: str = "utf-8"


@dataclass(frozen=True, slots=True)
class Figure:
    """A money amount or a percentage as written in the article.

    Money: ``amount`` (and ``amount_max`` for a range) in units of ``currency``
    (ISO 4217).  ``implied`` is true when the currency was not written next to
    the number but carried over from an earlier amount.
    Percent: ``value`` (and ``value_max``) in percent, e.g. 4.0 for "4 %".
    ``converted`` maps "USD"/"EUR" (and any display currency) to the amount at
    the ECB rate of ``rate_date``; filled by :mod:`tui.core.rates`.
    """

    kind: Literal["money", "percent"]
    text: str
    start: int
    end: int
    amount: float | None = None
    amount_max: float | None = None
    currency: str | None = None
    implied: bool = False
    value: float | None = None
    value_max: float | None = None
    converted: dict[str, float] | None = field(default=None, compare=False, hash=False)
    rate_date: _dt.date | None = None

    @property
    def span(self) -> Span:
        return (self.start, self.end)


@dataclass(frozen=True, slots=True)
class Company:
    """One company, aliases merged, with every mention in the article."""

    name: str
    aliases: tuple[str, ...] = ()
    ticker: str | None = None
    mentions: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class Source:
    """A publication or link the article cites."""

    name: str
    url: str | None = None
    title: str | None = None
    date: _dt.date | None = None
    mentions: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True)
class RateInfo:
    """Which ECB reference rate was used for the article's conversions."""

    source: str
    date: _dt.date | None
    eur_usd: float | None
    latest: bool = False  # True when the article had no date and the newest rate was used
    requested: _dt.date | None = None  # the day asked for (article date or --date)


@dataclass(frozen=True, slots=True)
class Pairing:
    """The article's own conversion: one amount given in two currencies.

    ``implied_rate`` is units of ``second.currency`` per one ``first.currency``
    as the article states it; ``ecb_rate`` is the same ratio at the ECB rate;
    ``deviation`` is ``implied_rate / ecb_rate - 1``.
    """

    first: Figure
    second: Figure
    implied_rate: float
    ecb_rate: float | None
    deviation: float | None


@dataclass(frozen=True, slots=True)
class Extraction:
    article: Article
    figures: tuple[Figure, ...] = ()
    companies: tuple[Company, ...] = ()
    sources: tuple[Source, ...] = ()
    rate: RateInfo | None = None
    pairings: tuple[Pairing, ...] = ()
