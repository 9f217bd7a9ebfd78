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

from .currencies import tables, trie_regex, word_data

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
    more = rf"(?:[ \u00a0\u202f-](?:(?:{joiner})[ \u00a0\u202f])?{word}){{0,3}}"
    return rf"(?i:{fraction}|{word}{more}(?:[ -]and[ -]a[ -]half|[ -]point(?:[ -]{word}){{1,2}})?)(?!\w)"  # ("one and a half (billion)", "one point three (billion)")


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
    low, _, point = low.partition(" point ")  # "six point eight": 6.8
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


@dataclass(frozen=True, slots=True)
class _CountRx:
    de_word: re.Pattern[str]
    words: re.Pattern[str]
    de_ok: frozenset[str]
    nouns: frozenset[str]
    stop: frozenset[str]
    function_words: frozenset[str]


@lru_cache(maxsize=1)
def _count_rx() -> _CountRx:
    data = word_data()
    return _CountRx(
        de_word=re.compile(rf"{SP}(?:(?i:de){SP}|[dD]['’])(?P<w>\w+)"),
        words=re.compile(rf"(?:{SP}(?P<w>[^\W\d_][\w-]*(?:(?:\.[^\W\d_]+)+\.?)?)){{1,4}}"),  # (an abbreviation is a word: "1.2 million U.S. patients")
        de_ok=frozenset(data["de_ok"]),
        nouns=frozenset(w.lower() for w in data["count_nouns"]),
        stop=frozenset(data["count_stop_words"]),
        function_words=frozenset(data["function_words"]),
    )


@lru_cache(maxsize=1)
def _count_heads() -> re.Pattern[str]:
    alt = "|".join(map(re.escape, word_data()["count_heads"]["words"]))
    return re.compile(rf"(?i:\b(?:{alt})\b)[^\d.;!?()\n]{{0,40}}\Z")  # (also across a colon: "H shares offered: 264.5 million")


def counted_before(text: str, pos: int) -> bool:
    """True when a word a few words before ``pos`` shows that the number there
    counts people ("a population of about five million", "2 millions
    d'habitants" is :func:`counts_things`), or when it stands alone in brackets
    after a bracketed count ("Nestlé (2,1 millions de titres), UBS (1,8 million)");
    only asked of amounts without a currency."""
    if _count_heads().search(text, max(0, pos - 56), pos) is not None or _COUNT_REACHED.search(text, max(0, pos - 60), pos):
        return True
    if (prev := _SCALED_BEFORE.search(text, max(0, pos - 100), pos)) and _COMPARED.search(text, prev.end(), pos) and not _MONEY_BEFORE.search(
        text, max(0, prev.start() - 12), prev.start() + 1  # ("¥420 billion of shares, up from 310 billion": money, not a count)
    ) and (
        (noun := _NEXT_WORD.match(text, prev.end())) and not _currency_word(noun.group(1)) and not text.startswith(_spaced_symbols(), noun.start(1))
        and counts_things(text, prev.end(), "en")  # (not "6,9 milliards de F CFP, contre 6,1 milliards")
    ):
        return True  # "15.2 billion shares, compared with the 14.1 billion average": the same count
    if text[pos - 1 : pos] != "(" or (m := _BRACKETED.search(text, max(0, pos - 240), pos)) is None:
        return False
    w = _count_rx().de_word.match(text, m.end("scale"))
    return w is not None and (noun := w.group("w").lower()) not in _count_rx().de_ok and noun not in tables().words


@lru_cache(maxsize=1)
def _spaced_symbols() -> tuple[str, ...]:
    """The currency symbols written in two parts ("F CFP", "$ US")."""
    return tuple(s for s in tables().symbols if any(c in s for c in " \u00a0\u202f"))


def _currency_word(word: str) -> bool:
    t = tables()
    return word.lower() in t.words or word in t.symbols or word.upper() in t.codes


_ARTICLE_NOUN = re.compile(r"(?:[ \u00a0]|['’])(\w+)")  # the noun after "de la", "de l'"
_ARTICLE_NAME = re.compile(r"(?:la[ \u00a0]|l['’])([A-ZÉ]\w+|famille)")
_COUNT_REACHED = re.compile(  # "active customers reached 21 million", "les abonnés ont atteint 3,2 millions"
    r"(?i:\b(?:customers|users|subscribers|members|clients|abonnés|utilisateurs|membres|downloads|téléchargements|accounts|comptes)"
    r"(?: \w+)? (?:reached|rose to|grew to|climbed to|topped|totall?ed|hit|passed|exceeded|a atteint|ont atteint|atteint|atteignent"
    r"|dépasse|dépassent|s['’]élève à|s['’]élèvent à)(?: (?:about|some|nearly|almost|more than|over|environ|près de|plus de))? \Z)"
)
_NEXT_WORD = re.compile(r"[ \u00a0](?:de[ \u00a0]|d['’])?(\w+)")
_COMPARED = re.compile(r"(?i:\b(?:compared\s+(?:with|to)|against|versus|vs\.?|up\s+from|down\s+from|from|including|dont|y\s+compris|contre|par\s+rapport\s+à|après|sur\s+(?:un\s+)?total|(?:out\s+)?of\s+a\s+total|au\s+total|in\s+total)\b)")
_MONEY_BEFORE = re.compile(r"(?:[$€£¥₩]|\b[A-Z]{3})[ \u00a0]?[\d.,\u00a0 ]*\d\Z")  # a currency written before that number
_SCALED_BEFORE = re.compile(r"\d[ \u00a0](?:millions?|milliards?|billions?|mln|bn)(?=(?:[^.;!?\d]|(?<!\d)(?:19|20)\d\d(?!\d))*\Z)")  # (a year between: "à l'horizon 2027, contre")
_SCALED = r"\(\d[\d\s.,\u00a0\u202f]*\s(?:millions?|milliards?|billions?|mille|thousand)\)"  # "(1,8 million)"
_BRACKETED = re.compile(
    rf"\(\d[\d\s.,\u00a0\u202f]*\s(?P<scale>millions?|milliards?|billions?|mille|thousand)\b[^()\n]{{0,30}}\)(?:[^()\n]{{0,60}}{_SCALED}){{0,4}}[^()\n]{{0,60}}\($"
)


_PLURAL = re.compile(r"(?:[a-z]+-)*[a-z]{3,}s")  # "subscribers", "kilowatt-hours"
_WORD = re.compile(r"[^\W\d_][\w-]*")


_LENT = re.compile(  # (within the sentence: "un prêt de 3 millions d'euros du Crédit Agricole et de 1,2 million de Bpifrance")
    r"\b(?:prêt|ticket|financement|investissement|apport(?:é|ée|és|ées)?|chèque|crédit|dette|enveloppe|subvention|avance|emprunt|facilité|fonds propres|viennent|vient|proviennent)s?\b[^.;\n]{0,100}\Z"
)
_BOTH = frozenset(("and", "or", "et", "ou"))
_PEOPLE = re.compile(r"(?:ais|aises|ains|aines|ois|oises|iens|iennes|éens|éennes|ands|andes|ols|oles|ites|ins|ines|ons|onnes)\Z")


def counts_things(text: str, pos: int, lang: str) -> bool:
    """True when the words after a scaled number show it counts things, not money.

    "2 millions d'actions" (French "de" + a non-currency noun); "10 million
    users", "90 million weekly users", "25 million of its own shares" (a count
    noun among the next few words, before any preposition); in English also a
    plural noun right after the number ("5 million subscribers").
    """
    if text[pos : pos + 1] == "-" and text[pos + 1 : pos + 2].isalpha() or text.startswith((" of them", " d'entre eux", " d’entre eux", " d'entre elles", " d’entre elles"), pos):
        return True  # "a 12 billion-parameter model" (a currency after the hyphen is read before); "about 4 trillion of them"
    rx = _count_rx()
    if text.startswith(": ", pos) and (text[text.rfind("\n", 0, pos) + 1 :][:1] in "-–•*·" or (
        (m := rx.words.match(text, pos + 1)) and any(w.lower() in rx.nouns for w in _WORD.findall(m.group())[:2])
    )):
        return True  # a tracker's line: "- 2.4 million: H100-equivalent GPUs announced this quarter"; "4.1 million: agents in the Philippines"
    m = rx.de_word.match(text, pos)
    if m:  # (not a lender or a buyer: "un prêt de 50 millions de Bpifrance"; but "2 millions de Français")
        w = m.group("w")
        if w.isdigit():
            return False  # a year: "par rapport aux 37,1 millions de 2024"
        if w in ("la", "l") and (named := _ARTICLE_NAME.match(text, m.start("w"))):
            w = named.group(1)  # "un prêt de 150 millions de la Banque européenne d'investissement"
        elif w in ("la", "l") and (after := _ARTICLE_NOUN.match(text, m.end("w"))):
            w = after.group(1)  # "par rapport aux 37,9 millions de l'exercice précédent"
        lent = (w == "famille" or w[0].isupper() and w[1:2].islower() and not _PEOPLE.search(w)) and _LENT.search(text, max(0, pos - 130), pos)
        return w.lower() not in rx.de_ok and not lent
    m = rx.words.match(text, pos)
    if not m:
        return False
    values = spelled_tables()[0]
    for i, w in enumerate(_WORD.findall(m.group())):
        w = w.lower()
        if w in values and w not in ("a", "an", "un", "une"):
            return False  # "contre 780 millions deux ans plus tôt": the noun counts the next number
        if w in rx.nouns:
            return True
        if i == 0 and w == "of" or i == 1 and w in _BOTH:
            continue  # "25 million of its own shares"; "1.1 million residential and business customers"
        if w in rx.stop:
            return False
        if i <= 1 and lang != "fr" and _PLURAL.fullmatch(w) and w not in rx.function_words:  # ("2.1 million palm trees")
            return True
    return False
