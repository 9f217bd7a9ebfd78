"""Currencies written with a short symbol or a common word, and cents: read
only where the text says which country it is about.

* "R6.2bn", "R38.50" (the rand), "W45 billion" (the won), "N5,000" (the
  naira), "SR8.2 billion" (the Saudi riyal), "NIS 14 million" (the shekel), and
  the letter symbols a country's own locale writes ("Ksh", "RM", "DA", see
  :func:`tui.core.currencies.home_symbols`): they are in the currency tables,
  so the grammar reads them as it reads "$", before or after the number;
  :func:`apply` drops those figures again in a text that names neither the
  country nor its cities or exchange ("the R5 engine", "a 500 W motor").  The
  cues are the names of its countries in English and French (also as the
  start of a word: "Kenyan") and of its currency, from Babel, plus the curated
  ones of ``gated`` in ``context_currencies`` (cities, exchanges, agencies).
* "30,150 won", "38 rand": a number and the currency's common word, without a
  scale word, are read only in such a text that already has an amount in that
  currency, and never after a year ("in 2019 won the award").
* "268.4c", "3,120c": cents glued to a number (read by the grammar with an
  unknown currency) are cents of the text's main currency when that currency
  is written in cents (the rand and the US, Australian, New Zealand and
  Canadian dollars), else nothing; ``implied`` is false, as for "245p".

Each step costs nothing on a text that has no figure of these currencies.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections import Counter
from functools import lru_cache

from .currencies import babel_written, country_names, home_symbols, tables, word_data
from .currency_context import SENTENCE_END, cue_at
from .model import Figure
from .numbers import parse_number

_DIRECTIVE = re.compile(r"(?i:directive|règlement|regulation)\s+\Z")  # "la directive NIS 2" names a law, not shekels
_CENT_CURRENCIES = frozenset(("ZAR", "USD", "AUD", "NZD", "CAD", "SGD", "HKD", "EUR"))
_CENT_WORD = re.compile(r"\d cents?\Z")
_CENTS = re.compile(r"\d(?:c|[ \u00a0\u202f]?¢)\Z")
_HUNDRED = re.compile(r"[^\W\d] cent\Z")
_YEAR = re.compile(r"(?:19|20)\d\d")


class _Gate:
    def __init__(self, symbols: list[str], words: list[str], cues: list[str], starts: list[str]) -> None:
        alt = "|".join(map(re.escape, sorted(symbols, key=len, reverse=True))) or "(?!)"  # (none: no figure is written with one)
        # before the number ("R6.2bn", "NIS 14 million") or after it ("500 W", "1 000 DA")
        self.symbol = re.compile(rf"(?<![A-Za-z$])(?:{alt})(?=[ \u00a0\u202f]?\d)|(?<=[\d \u00a0\u202f])(?:{alt})(?![A-Za-z])")
        self.cues = [(c, True) for c in cues] + [(c, False) for c in starts]  # (cue, whole word only)
        self.words = tuple(" " + w.lower() for w in words)  # found with str.find, then the number before
        num = r"\d{1,3}(?:[,.\u00a0\u202f ]\d{3})+(?:[.,]\d{1,2}(?!\d))?|\d+(?:[.,]\d+)?"
        self.number = re.compile(rf"(?<![\w.,])({num})\Z")
        # the low end of a range before that number: "entre 38 et 44 lei", "between 38 and 44 rand", "38-44 lei", "de 38 à 44 lei"
        again = "|".join(map(re.escape, sorted(words, key=len, reverse=True))) or "(?!)"  # "between 90,000 won and 105,000 won"
        self.low_end = re.compile(rf"(?:(?<![\w])(?i:entre|between)[ \u00a0]+(?P<n>{num})(?:[ \u00a0]+(?i:{again}))?[ \u00a0]+(?:et|and)[ \u00a0]+"
                                  rf"|(?<![\w])(?i:de|from)[ \u00a0]+(?P<f>{num})(?:[ \u00a0]+(?i:{again}))?[ \u00a0]+(?:à|to)[ \u00a0]+"  # "de 900 à 1 400 lei"
                                  rf"|(?<![\w.,\-–])(?P<d>{num})[ \u00a0]?[-–][ \u00a0]?)\Z")

    def backed(self, low: str) -> bool:
        """Whether the lower-cased text names one of the cues (a word, or the
        start of a word for a country's name: "kenya" in "kenyan")."""
        for cue, whole in self.cues:
            i = low.find(cue)
            while i >= 0:
                end = i + len(cue)
                if whole and (i == 0 or not _word_char(low[i - 1])) and not (end < len(low) and _word_char(low[end])):
                    return True
                if not whole and cue_at(low, i, len(cue)):
                    return True
                i = low.find(cue, i + 1)
        return False


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


@lru_cache(maxsize=1)
def _gates() -> dict[str, _Gate]:
    data = {code: g for code, g in word_data()["context_currencies"]["gated"].items() if code != "_doc"}
    tab = tables()
    home: dict[str, list[str]] = {}
    for sym, code in home_symbols().items():
        if sym.replace(".", "").isalpha() and tab.symbols.get(sym) == code:
            home.setdefault(code, []).append(sym)
    gates = {}
    for code in data.keys() | home.keys():
        g = data.get(code, {})
        starts = [*country_names(code), *(name for _loc, c, name in babel_written((code,)) if c == code and " " in name)]
        gates[code] = _Gate(g.get("symbols", []) + home.get(code, []), g.get("words", []), g.get("cues", []), starts)
    return gates


def apply(figures: list[Figure], text: str, low: str | None, lang: str) -> list[Figure]:
    """``figures`` without the gated ones a text does not back, with the
    unscaled amounts and the cents it does (see the module doc)."""
    gates = _gates()
    gated = [f for f in figures if f.kind == "money" and f.currency in gates]
    symbol = {id(f) for f in gated if gates[f.currency].symbol.search(f.text)}  # written with a gated symbol
    codes = {f.currency for f in gated if id(f) in symbol or gates[f.currency].words}
    if not codes:
        return _cents(figures, text, lang)
    lowered = low if low is not None else text.lower()
    backed = {code for code in codes if gates[code].backed(lowered)}
    out = [f for f in figures if not (id(f) in symbol and (f.currency not in backed or _DIRECTIVE.search(text, max(0, f.start - 12), f.start)))]
    out = _cents(out, text, lang)
    added = [f for code in backed for f in _unscaled(text, lowered, gates[code], code, lang)]
    return merge(out, added) if added else out


def _unscaled(text: str, low: str, gate: _Gate, code: str, lang: str) -> list[Figure]:
    found = []
    for word in gate.words:
        i = low.find(word)
        while i >= 0:
            end = i + len(word)
            if (end >= len(low) or not (low[end].isalnum() or low[end] in "_-")) and i and low[i - 1].isdigit():
                m = gate.number.search(text, max(0, i - 24), i)
                if m is not None and not _YEAR.fullmatch(raw := m.group(1)):
                    high = float(parse_number(raw, lang))
                    r = gate.low_end.search(text, max(0, m.start() - 40), m.start())
                    if r is not None and not _YEAR.fullmatch(n := r.group("n") or r.group("f") or r.group("d")) and (low_value := float(parse_number(n, lang))) < high:
                        found.append(Figure("money", text[r.start() : end], r.start(), end, low_value, high, code))
                    else:
                        found.append(Figure("money", text[m.start() : end], m.start(), end, high, None, code))
            i = low.find(word, end)
    kept: list[Figure] = []
    for f in sorted(found, key=lambda g: (g.start, -g.end)):  # (a range holds its low end's own "90,000 won")
        if not kept or f.start >= kept[-1].end:
            kept.append(f)
    return kept


_NOT_CENTS = re.compile(r"(?:Section|Article|Rule|Item|Clause|Paragraph|Chapter|Phase|Stage|Part|Level|Class|Type|Tier|Grade|Form|Note) \Z")


def _cents(figures: list[Figure], text: str, lang: str) -> list[Figure]:
    """``figures`` with the cents the grammar read ("187.5c", currency unknown)
    in the text's main currency when it is written in cents; else without them
    (and never after "Section", "Rule", "Phase"...: "Section 2c" is no amount).
    "470 cent", "99 cents" (read as US cents) are cents of the main currency
    too when it is another currency written in cents (an Irish bid in euros)."""
    if lang == "fr":  # "un million cent (mille euros)": French "cent" after a number word is a hundred
        figures = [f for f in figures if not (f.kind == "money" and f.currency == "USD" and _HUNDRED.search(f.text))]
    cents = [i for i, f in enumerate(figures) if f.kind == "money" and f.currency is None and _CENTS.search(f.text)]
    words = [i for i, f in enumerate(figures) if f.kind == "money" and f.currency == "USD" and _CENT_WORD.search(f.text)]
    if not cents and not words:
        return figures
    written = Counter(
        f.currency for f in figures if f.kind == "money" and not f.implied and f.currency and not _CENT_WORD.search(f.text)
    )
    main = written.most_common(1)[0][0] if written else None
    if main == "EUR" and lang != "en":
        main = None  # French writes "centimes", not "99c"
    out = list(figures)
    if main in _CENT_CURRENCIES and main != "USD" and written[main] >= 3 * written["USD"]:  # (a US$ amount in a Johannesburg notice)
        for i in words:
            out[i] = dataclasses.replace(out[i], currency=main)
    for i in words:
        if out[i].currency == "USD" and (code := _sentence_dollar(out, i, text)):
            out[i] = dataclasses.replace(out[i], currency=code)  # "85 cents a share, valuing it at A$2.1 billion"
    for i in reversed(cents):
        if main in _CENT_CURRENCIES and not _NOT_CENTS.search(text, max(0, out[i].start - 12), out[i].start):
            out[i] = dataclasses.replace(out[i], currency=main)
            for j in range(i + 1, len(out)):  # the amounts implied after it follow it ("7,4 ¢ le kWh ... 142 millions")
                if out[j].kind == "money" and not out[j].implied:
                    break
                if out[j].kind == "money" and out[j].currency is None:
                    out[j] = dataclasses.replace(out[j], currency=main)
        else:
            del out[i]
    return out




def _sentence_dollar(figures: list[Figure], i: int, text: str) -> str | None:
    """The currency of the nearest dollar amount written with its own mark ("A$", "S$")
    in the sentence of ``figures[i]``, when it is not the US dollar; else None."""
    f = figures[i]
    best: tuple[int, str] | None = None
    for g in figures[max(0, i - 6) : i + 7]:  # (sorted: a sentence's neighbours)
        if g is f or g.kind != "money" or g.implied or "$" not in g.text or g.currency not in _CENT_CURRENCIES:
            continue
        lo, hi = (g.end, f.start) if g.end <= f.start else (f.end, g.start)
        if hi - lo < 200 and not SENTENCE_END.search(text, lo, hi) and (best is None or hi - lo < best[0]):
            best = (hi - lo, g.currency)
    return best[1] if best and best[1] != "USD" else None


def merge(figures: list[Figure], added: list[Figure]) -> list[Figure]:
    """``figures`` and the ``added`` ones that overlap none of them, sorted."""
    starts = [f.start for f in figures]
    out = list(figures)
    for f in sorted(added, key=lambda g: g.start):
        i = bisect.bisect_left(starts, f.start)
        before = figures[i - 1] if i else None
        after = figures[i] if i < len(figures) else None
        if (before is None or before.end <= f.start) and (after is None or f.end <= after.start):
            out.append(f)
    return sorted(out, key=lambda g: g.start)
