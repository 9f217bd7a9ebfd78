"""A currency noun that several countries use, read by the country the text names.

"francs", "dinars", "pounds", "pesos", "rupees", "riyals", "shillings",
"crowns" (and their French forms) name a dozen currencies.  Written bare next
to a number ("2,4 milliards de francs", "14,200 dinars", "500 million pounds";
not "francs suisses" or "Egyptian pounds", which Babel's names already read),
the noun takes the currency of the country named nearest: in the same
sentence, else in the paragraph, else the one the article names twice as
often (:func:`tui.core.currency_context.nearest_code`).  A noun with a usual
currency ("francs": CHF, "pounds": GBP) keeps it where no country is named.

The candidates and their countries come from Babel: every current currency
whose English or French name has the noun, and the names of the countries
where it is legal tender (also as the start of a word: "egypt" in
"egyptian"); ``home_nouns`` in ``data/currency_words.json`` lists the nouns
and adds cities and adjectives Babel lacks ("swiss", "london", "nouméa").
Amounts that continue a rewritten one ("900 millions") follow it.
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from babel import Locale

from .currencies import LOCALES, babel_written, current_territories, word_data
from .currency_context import nearest_code
from .model import Figure


@lru_cache(maxsize=1)
def _families() -> tuple[re.Pattern[str], dict[str, dict[str, list[str]]]]:
    """(a bare noun at the end or the start of a figure's text, noun -> code -> cues)."""
    data = word_data()["context_currencies"]["home_nouns"]
    territories = current_territories()
    names = {loc: Locale.parse(loc).territories for loc in LOCALES}
    written = babel_written(territories)
    families: dict[str, dict[str, list[str]]] = {}
    for family, nouns in data["nouns"].items():
        codes: dict[str, list[str]] = {}
        for _loc, code, name in written:
            if any(n in name.split() for n in nouns) and code in territories:
                cues = codes.setdefault(code, [])
                for t in territories[code]:
                    cues.extend(n.lower() for loc in LOCALES if (n := names[loc].get(t)) and n.lower() not in cues)
        for code, extra in data["cues"].get(family, {}).items():
            codes.setdefault(code, []).extend(extra)
        for noun in nouns:
            families[noun] = codes
    alt = "|".join(sorted(map(re.escape, families), key=len, reverse=True))
    # the noun right after the number, its scale or "de" ("14,200 dinars", "2 milliards de francs"), or
    # right before it; not after an adjective ("swiss francs") nor before one ("francs suisses")
    bare = re.compile(rf"(?:[\d\s'’]|\bde |\bd['’]|\bof |\b(?:million|milliard|billion|mille)s? )(?P<n>{alt})\Z|\A(?:(?:de|from|between|entre) )?(?P<p>{alt}) ?\d")
    return bare, families


def apply(figures: list[Figure], text: str, low: str | None = None) -> list[Figure]:
    """``figures`` with bare shared currency nouns read by country (see the module doc)."""
    bare, families = _families()
    candidates = [f for f in figures if f.kind == "money" and not f.implied and bare.search(f.text.lower())]
    if not candidates:
        return figures
    lowered = low if low is not None else text.lower()
    changed: dict[int, str] = {}
    most: dict[tuple[int, int], str | None] = {}
    weights: set[int] = set()
    for f in candidates:
        m = bare.search(f.text.lower())
        if m is None:
            continue
        noun = m.group("n") or m.group("p")
        if noun in _WEIGHT_NOUNS and _WEIGHED.search(lowered, max(0, f.start - 40), f.start):
            weights.add(f.start)  # "each weighing less than 40 pounds", "pesant 3 livres"
            continue
        codes = families[noun]
        code = nearest_code(lowered, f.start, codes, most)
        if code is not None and code != f.currency:
            changed[f.start] = code
    if weights:
        figures = [f for f in figures if f.start not in weights or f.kind != "money"]
    if not changed:
        return figures
    out, last = [], (None, None)  # the last written currency: (as read, as rewritten)
    for f in figures:
        if f.kind == "money":
            if f.implied and f.currency == last[0] and last[1] != last[0]:
                f = dataclasses.replace(f, currency=last[1])  # "900 millions" after "2,4 milliards de francs"
            elif not f.implied:
                last = (f.currency, changed.get(f.start, f.currency))
                if f.start in changed:
                    f = dataclasses.replace(f, currency=changed[f.start])
        out.append(f)
    return out


_WEIGHT_NOUNS = frozenset(("pound", "pounds", "livre", "livres"))
_WEIGHED = re.compile(r"\b(?:weigh\w*|heavy|heavier|lighter|pès\w*|pes(?:ant|ait|aient|er)|lourde?s?)\b[^.;\n\d]{0,25}\Z")

