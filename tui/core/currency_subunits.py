"""Amounts written in a currency's subunit: "412 fils" (0.412 Kuwaiti dinar),
"148 baisa" (Omani rial), "rose 9 sen" (ringgit), "50 kobo" (naira).

The words and their value in each currency they belong to are curated in
``subunits`` of ``data/currency_words.json``.  A word counts only where the
text names a country of one of its currencies ("fils" is also French for
"son", "sen" an abbreviation): the names come from Babel, in English and
French, plus the curated cues of ``gated`` and ``home_nouns`` (cities,
exchanges, demonyms).  When a word belongs to several currencies ("fils" in
Kuwait, Bahrain, Jordan...), the country named nearest decides
(:func:`tui.core.currency_context.nearest_code`); nothing is read when none is.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from .currencies import country_names, word_data
from .currency_context import CueCounts, nearest_code
from .model import Figure
from .numbers import parse_number


@lru_cache(maxsize=1)
def _table() -> tuple[re.Pattern[str], dict[str, dict[str, Decimal]], dict[str, dict[str, list[str]]]]:
    """(a number and a subunit word, word -> code -> value, word -> code -> lower-case cues)."""
    data = word_data()
    words = {w: {c: Decimal(v) for c, v in codes.items()} for w, codes in data["subunits"].items() if w != "_doc"}
    context = data["context_currencies"]
    cues: dict[str, list[str]] = {}
    for code in {c for codes in words.values() for c in codes}:
        extra = list(context["gated"].get(code, {}).get("cues", []))
        for family in context["home_nouns"]["cues"].values():
            extra.extend(family.get(code, []))
        cues[code] = list(dict.fromkeys([*country_names(code), *extra]))
    alt = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    # the word after a digit; its number is then read backwards from there (a long run of
    # grouped digits is not matched again from each of its starts)
    pattern = re.compile(rf"\d[ \u00a0\u202f]?({alt})(?![\w-])")
    return pattern, words, {w: {c: cues[c] for c in codes} for w, codes in words.items()}


_NUMBER = re.compile(r"(?<![\w.,])(?:\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+|\d+(?:[.,]\d+)?)\Z")


def find(text: str, low: str, lang: str) -> list[Figure]:
    """The subunit amounts of ``text`` (``low`` is its lower-cased form)."""
    pattern, words, cues = _table()
    found: list[Figure] = []
    most: CueCounts = {}
    for m in pattern.finditer(low):
        n = _NUMBER.search(low, max(0, m.start() - 23), m.start() + 1)
        if n is None:
            continue
        word = m.group(1)
        code = nearest_code(low, n.start(), cues[word], most)
        if code is None:
            continue
        amount = parse_number(n.group(), lang) * words[word][code]
        found.append(Figure("money", text[n.start() : m.end()], n.start(), m.end(), float(amount), None, code))
    return found
