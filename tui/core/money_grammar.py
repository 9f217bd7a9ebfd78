"""The patterns and small records behind :mod:`tui.core.money`.

Every regular expression is built once from the Babel tables and the curated
word lists (:mod:`tui.core.currencies`, :mod:`tui.core.numbers`).  They are
anchored (``match`` at a known offset) and linear: tries for the word lists,
fixed-width digit groups, no nested open-ended repetition.

The *tail* pattern reads what follows a number in one call: a scale word with
its "et demi" and the currency after it ("38 milliards et demi de dollars"),
or a percent sign, or a currency ("150 euros").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from .currencies import currency_patterns, trie_regex, word_data
from .numbers import NUMBER, SP, scale_regex

ONE = Decimal(1)
ONE_HALF = Decimal("1.5")
YEAR = re.compile(r"(?:1[89]|20)\d\d")


@dataclass(frozen=True, slots=True)
class Rx:
    """Compiled patterns, built once from the Babel tables."""

    number: re.Pattern[str]
    number_tail: re.Pattern[str]  # a number (group "num") and its tail if any, for searching
    tail: re.Pattern[str]  # scale [half] [currency] | percent | currency, right after a number
    pct_or_suffix: str  # pattern source: compiled on first use (a rare fallback)
    prefix_back: re.Pattern[str]
    prefix_fwd: re.Pattern[str]
    connector: re.Pattern[str]
    opener_back: re.Pattern[str]
    digit_next: re.Pattern[str]
    para: re.Pattern[str]


def _renamed(pattern: str, prefix: str) -> str:
    """``pattern`` with every named group ``(?P<x>`` renamed ``(?P<{prefix}x>``."""
    return pattern.replace("(?P<", "(?P<" + prefix)


@lru_cache(maxsize=1)
def rx() -> Rx:
    """The compiled patterns (built on first use)."""
    after, before = currency_patterns()
    pct_words = trie_regex(w.lower() for w in word_data()["percent_words"]).replace(r"\ ", SP)
    pct = rf"{SP}?%|{SP}(?i:{pct_words})(?!\w)"
    suffix = rf"(?P<sep>{SP}?|-)(?P<link>(?i:de){SP}|[dD]['’])?{after}"
    # "et demi" is only tried before a lower-case "e"/"a" (as the scanner always did)
    half = rf"(?P<half>{SP}(?=[ea])(?i:et{SP}demie?|and{SP}a{SP}half)(?!\w))"
    scaled = rf"(?P<ssep>{SP}?|-)(?P<tok>{scale_regex()}){half}?(?:{_renamed(suffix, 's_')})?"
    tail = rf"{scaled}|(?P<pct>{pct})|{suffix}"
    return Rx(
        number=re.compile(NUMBER),
        number_tail=re.compile(rf"(?P<num>{NUMBER})(?:{tail})?"),
        tail=re.compile(tail),
        pct_or_suffix=rf"(?P<pct>{pct})|{suffix}",
        prefix_back=re.compile(rf"(?<![^\W\d_]){before}\Z"),
        prefix_fwd=re.compile(rf"{before}(?=\d)"),
        connector=re.compile(rf"(?P<dash>{SP}?[-–—]{SP}?)|{SP}(?P<word>(?i:à|to|et|and)){SP}"),
        opener_back=re.compile(rf"(?<!\w)(?P<o>(?i:entre|between|from|de)){SP}\Z"),
        digit_next=re.compile(rf"{SP}?\d"),
        para=re.compile(r"\n\s*"),
    )


@lru_cache(maxsize=1)
def pct_or_suffix() -> re.Pattern[str]:
    """Percent or currency after a number whose scale word turned out invalid ("5 m")."""
    return re.compile(rx().pct_or_suffix)


#: characters that may follow a space when a range connector follows a number
CONNECTOR_AFTER_SPACE = frozenset("-–—àÀtTeEaA")


@dataclass(slots=True)
class Tail:
    """What follows a number: scale, currency, percent sign."""

    end: int
    scale: Decimal | None = None
    strong: bool = False  # a scale word that may stand without currency
    currency: str | None = None
    has_currency: bool = False
    factor: Decimal = ONE
    percent: bool = False
    excluded: bool = False  # counts things ("2 millions d'actions")

    def bare(self) -> bool:
        return self.scale is None and not self.has_currency and not self.percent


@dataclass(slots=True)
class Amount:
    """One number with its currency prefix, sign and tail."""

    start: int
    num_end: int
    value: Decimal
    raw: str
    tail: Tail
    prefix: str | None
    has_prefix: bool
    bare: bool  # nothing after the digits (a prefix currency may precede)

    def scaled(self) -> Decimal:
        t = self.tail
        return self.value if t.percent else self.value * (t.scale or ONE) * t.factor


@dataclass(slots=True)
class Expr:
    """A money or percent expression before the implied-currency rule."""

    start: int
    end: int
    low: Decimal
    high: Decimal | None
    tail: Tail
