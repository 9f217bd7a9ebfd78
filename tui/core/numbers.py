"""Reading written numbers: digit groups, decimal marks, scale words, number words.

Separator policy (the article's language comes from Babel's CLDR symbols):

* spaces (U+0020, U+00A0, U+202F) and apostrophes (1'400, 1’400) only group digits;
* with both "." and "," present, the last one is the decimal mark (1,234.5 / 1.234,5);
* a mark repeated (1,000,000) or followed by something other than exactly three
  digits decides itself: repeated = grouping, not three digits = decimal
  ("1,5" is 1.5 even in English text — a comma before 1, 2 or 4+ digits is
  never a thousands separator);
* a single mark before exactly three digits is read with the language: it is the
  decimal mark if it is the language's decimal symbol, otherwise grouping
  (fr "1.400" = 1400, "1,400" = 1.4; en "1,400" = 1400, "1.400" = 1.4).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Iterable

from babel.core import UnknownLocaleError
from babel.numbers import get_decimal_symbol, get_group_symbol

from .currencies import trie_regex, word_data

SPACES = " \u00a0\u202f"
SP = "[ \u00a0\u202f]"

#: A written number.  Grouped form first: 1-3 digits then groups of exactly three
#: (each group is fixed-width, so backtracking is bounded), then a plain run.
#: The first digit is factored out so that a search skips to the next digit fast.
NUMBER = (
    r"\d(?:(?<![\d,.]\d)\d?(?>(?:,\d\d(?=,))+),\d{3}(?!\d)(?:\.\d+)?"  # Indian lakh grouping "3,00,000", "1,20,00,000"
    r"|\d{0,2}(?:[ \u00a0\u202f'’.,]\d{3})+(?!\d)(?:[.,]\d+)?"
    r"|\d*(?:[.,]\d+)?)"
)
_GROUPING = str.maketrans("", "", SPACES + "'’")


@lru_cache(maxsize=8)
def number_symbols(lang: str) -> tuple[str, str]:
    """(group, decimal) symbols of ``lang`` from CLDR: fr (U+202F, ","), en (",", ".")."""
    try:
        group, dec = get_group_symbol(lang), get_decimal_symbol(lang)
    except (UnknownLocaleError, ValueError, LookupError):
        group, dec = ",", "."
    return group, (dec if dec in ".," else ".")


def parse_number(raw: str, lang: str) -> Decimal:
    """Value of a number as matched by :data:`NUMBER` (see module policy)."""
    if raw.isdigit():
        return Decimal(raw)
    s = raw.translate(_GROUPING)
    spaced = len(s) != len(raw)
    last_pos = max(s.rfind(","), s.rfind("."))
    if last_pos < 0:
        return Decimal(s)
    last = s[last_pos]
    commas, dots = s.count(","), s.count(".")
    if len(s) - last_pos - 1 != 3 or (commas and dots) or spaced:
        is_decimal = True  # "1,5", "1,234.56", "1 234,567"
    elif commas + dots > 1:
        is_decimal = False  # "1,000,000"
    else:  # one mark before exactly three digits: "1.400" is 1400 in fr, 1.4 in en
        group, dec = number_symbols(lang)
        is_decimal = last == dec and last != group
    if is_decimal:
        head = s[:last_pos].replace(".", "").replace(",", "")
        return Decimal(head + "." + s[last_pos + 1 :])
    return Decimal(s.replace(".", "").replace(",", ""))


@dataclass(frozen=True, slots=True)
class Scale:
    """A scale word or abbreviation ("milliards", "bn", "M")."""

    value: Decimal
    strength: str  # "strong" | "currency" | "attached"
    fr_value: Decimal | None  # French long-scale value (billion = 10^12)
    is_word: bool


@lru_cache(maxsize=1)
def scales() -> tuple[dict[str, Scale], dict[str, Scale]]:
    """(words by lower-case spelling, abbreviations by exact spelling)."""
    data = word_data()["scales"]

    def conv(table: dict[str, list], is_word: bool) -> dict[str, Scale]:
        return {
            tok: Scale(Decimal(v), strength, Decimal(fr) if fr else None, is_word)
            for tok, (v, strength, fr) in table.items()
        }

    other = {k: v for k, v in data.get("other_languages", {}).items() if k != "_doc"}  # ("millones", "miliardi": after digits only)
    return conv({**data["words"], **other}, True), conv(data["abbreviations"], False)


def lookup_scale(token: str) -> Scale | None:
    """The :class:`Scale` for a token matched by :func:`scale_regex` (None if unknown)."""
    words, abbrevs = scales()
    return abbrevs.get(token) or words.get(token.lower())


@lru_cache(maxsize=1)
def scale_regex() -> str:
    """Alternation of scale words (any case) and abbreviations (exact case)."""
    words, abbrevs = scales()
    return rf"(?:{trie_regex(words, fold=True)}|{trie_regex(abbrevs)})(?!\w)"


@lru_cache(maxsize=1)
def spelled_tables() -> tuple[dict[str, int], dict[str, int], frozenset[str], dict[str, Decimal]]:
    """(unit/ten values, multipliers, joiners, fractions: "half a" → 0.5, "a quarter of a" → 0.25) for number words."""
    data = word_data()["spelled"]
    fractions = {h.lower().rstrip("-"): Decimal("0.5") for h in data["half"]}
    fractions.update((k.lower(), Decimal(v)) for k, v in data["fractions"].items())
    return (
        {k.lower(): int(v) for k, v in data["values"].items()},
        {k.lower(): int(v) for k, v in data["mult"].items()},
        frozenset(data["joiners"]),
        fractions,
    )


@lru_cache(maxsize=1)
def spelled_regex() -> str:
    """Number words ("deux", "twenty-five", "one hundred and fifty", "half a", "a quarter of a")."""
    values, mult, joiners, fractions = spelled_tables()
    word = trie_regex(set(values) | set(mult))
    joiner = "|".join(sorted(joiners))
    fraction = trie_regex(fractions)
    # "et"/"and" only after tens, hundreds or thousands: "vingt et un", "one hundred and fifty" (not "entre un et deux millions": a range)
    after_tens = "(?:" + "|".join(f"(?<={end})" for end in ("ty", "ed", "nd", "gt", "te", "nt", "le")) + ")"
    more = rf"(?:(?:{after_tens}[ \u00a0\u202f-](?:{joiner})[ \u00a0\u202f]|[ \u00a0\u202f-]){word}){{0,6}}"  # ("deux cent quatre-vingt-dix")
    return rf"(?i:{fraction}|{word}{more}(?:[ -]and[ -]a[ -]half|[ -](?:point|virgule)(?:[ -]{word}){{1,2}})?)(?!\w)"  # ("one and a half (billion)", "one point three (billion)", "deux virgule quatre (millions)")


@lru_cache(maxsize=1)
def _spelled_open() -> re.Pattern[str]:
    return re.compile(rf"(?i:\b(?:entre|between)[ \u00a0](?P<a>{spelled_regex()})[ \u00a0](?:et|and)[ \u00a0])\Z")


def spelled_range_start(text: str, start: int) -> tuple[int, Decimal] | None:
    """(where it opens, the low value) of a range in words ending with the amount at ``start``:
    "entre un et (deux millions d'euros)", "between two and (three million dollars)"."""
    m = _spelled_open().search(text, max(0, start - 60), start)
    return (m.start(), value) if m is not None and (value := parse_spelled(m.group("a"))) is not None else None


def article_first(words: str) -> bool:
    """Whether number words start with an article, or "one", before another number word:
    "a five(-million-dollar grant)" is five, not six ("a hundred" is a hundred);
    "(at least) one ten(-million-pound offer)" is ten, not eleven."""
    toks = words.lower().replace("-", " ").split()
    return len(toks) > 1 and toks[0] in ("a", "an", "one") and toks[1] in spelled_tables()[0]


def parse_spelled(words: str) -> Decimal | None:
    """Value of number words matched by :func:`spelled_regex`, e.g. "deux cents" → 200."""
    values, mult, joiners, fractions = spelled_tables()
    low = " ".join(words.lower().replace("-", " ").split()).replace("quatre vingt", "quatrevingt")  # 80, not 4 + 20
    if low in fractions:
        return fractions[low]
    half = low.endswith(" and a half")
    if half:
        low = low[: -len(" and a half")]
    low, _, point = low.replace(" virgule ", " point ").partition(" point ")  # "six point eight", "six virgule huit": 6.8
    decimals = "".join(str(values[t]) if values.get(t, 10) < 10 else "x" for t in point.split())
    if "x" in decimals:
        return None
    total = 0
    current = 0
    toks = low.split()[1:] if article_first(low) else low.split()
    for tok in toks:
        if tok in joiners:
            continue
        if tok in mult:
            current = max(current, 1) * mult[tok]
            if mult[tok] >= 1000:
                total, current = total + current, 0
        elif tok in values:
            current += values[tok]
        elif tok in ("quatrevingt", "quatrevingts"):
            current += 80
        else:
            return None
    total += current
    return (Decimal(total) + (Decimal("0.5") if half else 0) + (Decimal("0." + decimals) if decimals else 0)) if total else None


@dataclass(frozen=True, slots=True)
class _SpelledRx:
    hits: tuple[re.Pattern[str], ...]  # literal pieces of scale words that follow a word
    low_hits: tuple[tuple[re.Pattern[str], tuple[re.Pattern[str], ...]], ...]  # lower-case ones, their variants
    spelled: re.Pattern[str]  # number words followed by a scale word
    last_words: frozenset[str]  # words that may stand right before the scale word


@lru_cache(maxsize=1)
def _spelled_rx() -> _SpelledRx:
    words = {w: s for w, s in scales()[0].items() if w in word_data()["scales"]["words"]}  # (French and English number words only)
    # One literal per scale word ("ll" for million/milliard/billion/mille, else letters
    # 2-5): patterns that start with a literal are searched fast by the regex engine.
    offsets: dict[str, set[int]] = {}
    for w in words:
        lit, off = ("ll", w.index("ll")) if "ll" in w else (w[1:5], 1)
        offsets.setdefault(lit, set()).add(off)
        offsets.setdefault(lit.upper(), set()).add(off)
    for lit in [x for x in offsets if any(x != y and x.startswith(y) for y in offsets)]:
        del offsets[lit]  # "akhs" is found by "akh"
    hits = tuple(
        re.compile(
            re.escape(lit) + "(?:" + "|".join(
                rf"(?<=[^\W\d_][{SPACES}-][^\W\d_]{{{off}}}{re.escape(lit)})" for off in sorted(offs)
            ) + ")"
        )
        for lit, offs in sorted(offsets.items())
    )
    values, mult, _joiners, fractions = spelled_tables()
    by_lit = {p.pattern.split("(?:", 1)[0]: p for p in hits}
    low_hits = tuple(
        (p, tuple(by_lit[v] for v in dict.fromkeys((lit, lit.upper())) if v in by_lit))
        for lit, p in by_lit.items() if lit == lit.lower()
    )
    return _SpelledRx(
        hits=hits,
        low_hits=low_hits,
        spelled=re.compile(rf"(?<!\w)(?P<sp>{spelled_regex()})(?=(?:{SP}|-)(?i:{trie_regex(words)})(?!\w))"),
        last_words=frozenset([*values, *mult, *(h.split()[-1] for h in fractions)]),
    )


def _scale_hits(text: str, low: str | None) -> Iterable[int]:
    """Starts of the literal pieces of scale words (see :class:`_SpelledRx`),
    pattern by pattern as :attr:`_SpelledRx.hits` finds them; with ``low`` (the
    text lower-cased, same offsets) half as many scans."""
    rx = _spelled_rx()
    if low is None or len(low) != len(text):
        return [hit.start() for pattern in rx.hits for hit in pattern.finditer(text)]
    order = {p: i for i, p in enumerate(rx.hits)}
    found = []  # (pattern index, start): a hit in the text is a hit of the lower-case piece in ``low``
    for pattern, variants in rx.low_hits:
        for hit in pattern.finditer(low):
            v = next((v for v in variants if v.match(text, hit.start())), None)
            if v is not None:
                found.append((order[v], hit.start()))
    found.sort()
    return [start for _, start in found]


def spelled_at(text: str, pos: int) -> re.Match[str] | None:
    """Number words and their scale word starting at ``pos`` ("un milliard" of "entre 845 millions et un milliard d'euros")."""
    return _spelled_rx().spelled.match(text, pos) if text[pos : pos + 1].isalpha() else None


def find_spelled(text: str, low: str | None = None) -> list[re.Match[str]]:
    """Number words before a scale word ("deux milliards", "a billion"), in order.

    Found from the rare scale words (literal searches, only where a word and a
    space precede), then read in a small window: linear and cheap.  Group ``sp``
    holds the number words.  ``low``: the text lower-cased (same offsets), if
    the caller has it.
    """
    rx = _spelled_rx()
    found: dict[int, re.Match[str]] = {}
    for ws in _scale_hits(text, low):
        while ws > 0 and text[ws - 1].isalpha():  # back to the start of the scale word
            ws -= 1
        k = ws - 2
        while k > 0 and text[k - 1].isalpha() and ws - k < 12:
            k -= 1
        if text[k : ws - 1].lower() not in rx.last_words:
            continue  # "tens of millions"
        for m in rx.spelled.finditer(text, max(0, ws - 48), min(len(text), ws + 16)):
            found.setdefault(m.start(), m)
    return [found[k] for k in sorted(found)]
