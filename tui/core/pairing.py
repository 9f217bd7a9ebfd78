"""The article's own conversions: one amount restated in a second currency.

"38 milliards de dollars (33 milliards d'euros)", "$38bn (€33bn)",
"£10m, or about $12.5m": a money figure followed by another money figure in a
different currency with only brackets, punctuation and a few connector words
("soit", "ou", "about", "~"...) between them.  The connector list is data:
``tui/core/data/pairing_connectors.json``.

A run of such figures ("£10m ($12.5m, or €11.4m)") pairs its first figure with
each later one whose currency differs from the first; when the run opens with
several amounts in one currency ("$38bn or $40bn (€33bn)"), the last of them
is the one paired.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path

from .model import Figure, Pairing

__all__ = ["find_pairings", "is_restatement_gap"]

_DATA_FILE = Path(__file__).with_name("data") / "pairing_connectors.json"
_MAX_GAP = 40  # characters between the two amounts
_SEPARATORS = r"[\s(\[,:;\u2013\u2014-]"
_OPENERS = frozenset("([")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u2032": "'"})
_ODD_APOSTROPHE = re.compile("[\u2019\u02bc\u2032]")
_NOT_SEPARATOR = re.compile(rf"(?!{_SEPARATORS}).", re.DOTALL)


@lru_cache(maxsize=1)
def _gap_regex() -> re.Pattern[str]:
    """Compile the 'nothing but connectors' regex from the data file (once)."""
    with open(_DATA_FILE, encoding="utf-8") as handle:
        data = json.load(handle)
    tokens = {
        token.strip().lower()
        for key, values in data.items()
        if not key.startswith("_")
        for token in values
        if token.strip()
    }
    alternatives = sorted(tokens, key=len, reverse=True)
    token_re = "|".join(r"\s+".join(map(re.escape, t.split())) for t in alternatives)
    # Separators, then any number of (token not glued to a letter, separators).
    # Tokens start with a letter or symbol and separators never do, so each
    # character has one reading: the match is linear in the (short) gap.
    return re.compile(
        rf"{_SEPARATORS}*(?:(?:{token_re})(?![^\W\d_]){_SEPARATORS}*)*",
        re.IGNORECASE,
    )


def is_restatement_gap(gap: str) -> bool:
    """True when ``gap`` (text between two amounts) reads as 'the same amount in ...'.

    It must consist only of separators and connectors, and contain an opening
    bracket or at least one connector: a bare comma or space is a list, not a
    conversion.
    """
    if len(gap) > _MAX_GAP:
        return False
    norm = gap.translate(_APOSTROPHES) if _ODD_APOSTROPHE.search(gap) else gap
    if _gap_regex().fullmatch(norm) is None:
        return False
    if _OPENERS.intersection(norm):
        return True
    return _NOT_SEPARATOR.search(norm) is not None


def _usable(fig: Figure) -> bool:
    return (
        fig.kind == "money"
        and fig.currency is not None
        and fig.amount is not None
        and fig.amount > 0
    )


def find_pairings(
    text: str,
    figures: Sequence[Figure],
    ecb_rate: Callable[[str, str], float | None],
) -> tuple[Pairing, ...]:
    """Pair adjacent money figures that restate one amount in another currency.

    ``ecb_rate(a, b)`` gives units of ``b`` per one ``a`` at the ECB rate (or
    None); it fills ``Pairing.ecb_rate`` and ``deviation``.
    """
    money = sorted((f for f in figures if _usable(f)), key=lambda f: (f.start, f.end))
    pairings: list[Pairing] = []
    index = 0
    while index < len(money):
        run = [money[index]]
        while index + 1 < len(money):
            prev, nxt = money[index], money[index + 1]
            if not 0 <= nxt.start - prev.end <= _MAX_GAP or not is_restatement_gap(
                text[prev.end:nxt.start]
            ):
                break
            run.append(nxt)
            index += 1
        index += 1
        # "$38bn or $40bn (€33bn)": the anchor is the last of the leading
        # same-currency amounts, the one the restatement follows.
        lead = 0
        while lead + 1 < len(run) and run[lead + 1].currency == run[0].currency:
            lead += 1
        anchor = run[lead]
        for other in run[lead + 1:]:
            if other.currency == anchor.currency:
                continue
            implied = other.amount / anchor.amount  # type: ignore[operator]
            ecb = ecb_rate(anchor.currency, other.currency)  # type: ignore[arg-type]
            deviation = implied / ecb - 1 if ecb else None
            pairings.append(Pairing(anchor, other, implied, ecb, deviation))
    return tuple(pairings)
