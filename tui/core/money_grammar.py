"""The patterns and small records behind :mod:`tui.core.money`.

Every regular expression is built once from the Babel tables and the curated
word lists (:mod:`tui.core.currencies`, :mod:`tui.core.numbers`).  They are
anchored (``match`` at a known offset) and linear: tries for the word lists,
fixed-width digit groups, no nested open-ended repetition.

The *tail* pattern reads what follows a number in one call: a scale word with
its "et demi" and the currency after it ("38 milliards et demi de dollars"),
or a percent sign, or a currency ("150 euros").  :class:`TailReader` turns a
tail's groups into a :data:`Spec` once per text and spelling, and finds the
currency written before a number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any, Callable

from .currencies import currency_patterns, lookup_word, prefix_currency, prefix_ends, symbol_edges, tables, trie_regex, word_data
from .counted import counts_things
from .numbers import NUMBER, SP, SPACES, parse_number, scale_regex, scales

ONE, HALF = Decimal(1), Decimal("0.5")
YEAR = re.compile(r"(?:1[89]|20)\d\d")
_MONSIEUR = re.compile(  # after "$5 M": "M. Dupont"; not a sentence's end ("CHF 1,6 M. Le multiple")
    r"\. (?!(?:Le|La|Les|Un|Une|Des|Ce|Cet|Cette|Ces|Il|Elle|Ils|Elles|On|En|Au|Aux|Selon|Pour|Par|Sur|Dans|Avec|Mais|Et|The|It|In|For|But)\b|L['’])[A-ZÀ-Ý][a-zà-ÿ]"
)


@dataclass(frozen=True, slots=True)
class Rx:
    """Compiled patterns, built once from the Babel tables."""

    number: re.Pattern[str]
    number_tail: re.Pattern[str]  # a number (group "num") that may give something, and its tail if any
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
    pct_words = trie_regex((w.lower() for w in word_data()["percent_words"]), fold=True).replace(r"\ ", SP)
    # "2.3pc", "4pct", "86 pc": the British and Indian press abbreviations, lower-case
    pct = rf"{SP}?%|(?:{SP}|-){pct_words}(?!\w)|{SP}?pct?(?!\w)"  # (and "a 15-per-cent stake")
    # "?+": a space before a scale or a currency is taken for good (none of them starts
    # with a space), so a failed reading is not tried again from the space itself
    suffix = rf"(?P<sep>{SP}?+|-)(?P<link>(?i:de|di){SP}|[dD]['’])?{after}"  # (Italian "di": "1,2 miliardi di euro")
    # "et demi" is only tried before a lower-case "e"/"a" (as the scanner always did)
    half = rf"(?P<half>{SP}(?=[ea])(?i:et{SP}demie?|and{SP}a{SP}half)(?!\w))"
    scaled = rf"(?P<ssep>{SP}?+|-)(?P<tok>{scale_regex()}){half}?(?:{_renamed(suffix, 's_')})?"
    tail = rf"{scaled}|(?P<pct>{pct})|{suffix}"
    assert NUMBER.startswith(r"\d")
    last = "".join(sorted(symbol_edges()[1]))  # last characters of the currencies written before
    # A number is found only when it can give something: with a tail, a possible
    # currency before it (group "pre"), or a range connector after it; other bare
    # numbers ("2019", "150 salariés") are skipped by the engine.  The first digit
    # must not follow a digit; the digits are atomic (a shorter number could not do
    # better: what follows it is a digit or a digit group).  A number ending with a
    # digit group ("1 000 000") is always found: skipping it would make the engine
    # start again inside it, group after group (quadratic on "1 000 000 000 …").
    maybe_pre = rf"(?:(?<=[{re.escape(last)}]\d)|(?<=[{re.escape(last)}]{SP}\d))(?P<pre>)"
    number_tail = (
        rf"(?P<num>\d(?<!\d\d)(?:{maybe_pre})?(?>{NUMBER[2:]}))"
        rf"(?:{tail}|(?(pre)|(?:(?={SP}?[-–—]|{SP}(?i:à|to|et|and){SP})|(?<=[ \u00a0\u202f'’.,]\d\d\d))))"
    )
    return Rx(
        number=re.compile(NUMBER),
        number_tail=re.compile(number_tail),
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


def period_end(text: str, end: int) -> int:
    """``end``, less an abbreviation's period that also ends the sentence: "une ligne
    de CHF 5 mio. L'effectif" ends at "mio"."""
    if text[end - 1] != "." or text.endswith("U.S.", 0, end):
        return end  # ("72 cents U.S.": the country's own dots)
    if end >= len(text) or text[end] == "\n":
        return end - 1
    return end - 1 if text[end] in SPACES and end + 1 < len(text) and text[end + 1].isupper() else end


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
    half: bool = False  # "et demi", "and a half" after the scale: half a unit more ("38 milliards et demi")
    shared: bool = False  # no currency of its own: the one of the amount it changes into ("de 210 à 185 euros")

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
        return scaled(self.value, self.tail)


def scaled(value: Decimal, t: Tail) -> Decimal:
    """The amount ``value`` stands for with its tail: scale, "et demi" (half a
    unit more: "38 milliards et demi") and the unit's factor (pence); a
    percentage is its value."""
    return value if t.percent else (value + HALF if t.half else value) * (t.scale or ONE) * t.factor


@dataclass(slots=True)
class Expr:
    """A money or percent expression before the implied-currency rule."""

    start: int
    end: int
    low: Decimal
    high: Decimal | None
    tail: Tail


Get = Callable[[str], Any]  # a match's group by name
Cur = tuple[int, str | None, Decimal, bool, bool, bool]  # end, code, factor, is_word, linked, check digit after
#: what a tail says, ends relative to the number's end: end, scale, strong, currency, has
#: currency, factor, percent, where to check for counted things (-1: no), check digit after, "et demi"
Spec = tuple[int, Decimal | None, bool, str | None, bool, Decimal, bool, int, bool, bool]
NO_TAIL: Spec = (0, None, False, None, False, ONE, False, -1, False, False)
MISSING = object()
#: tail readings by language, shared by all texts: the same tails recur from one
#: article to the next (" %", " millions d'euros"); at most SPECS_MAX per language
_SPECS: dict[str, dict[tuple, Spec | None]] = {}  # language -> cache (a "p" tail is never cached: see pence_ok)
SPECS_MAX = 4096


@lru_cache(maxsize=1)
def _prefix_len() -> int:
    """Length of the longest currency written before a number, with its space."""
    return max([3, *map(len, tables().symbols)]) + 1
parse_cached = lru_cache(maxsize=1 << 13)(parse_number)  # numbers recur ("2", "10", "1,5"); Decimals are immutable


_STERLING = ("£", "GBP", "pence", "sterling", "penny", "FTSE", "in London", "London-listed", "LSE", "LONDON", "on AIM", "AIM-listed", "AIM-quoted", "de Londres", "à Londres")  # (a share price in London)


class TailReader:
    """Reads what surrounds a number in one text: a currency before it, and its
    tail (scale, currency, percent) as a cached :data:`Spec`."""

    def __init__(self, text: str, lang: str) -> None:
        self.text, self.lang, self.rx, self.tab = text, lang, rx(), tables()
        self.n = len(text)
        self.scale_words, self.scale_abbr = scales()
        self.tail_first, self.prefix_last = symbol_edges()
        self.prefix_one, self.prefix_pairs = prefix_ends()
        self.prefix_len = _prefix_len()
        self.bound = 0  # end of the previous figure: nothing may start before it
        # "245p" is pence only in a text that deals in sterling (not "1080p" video)
        self._pence_ok: bool | None = None  # see :attr:`pence_ok`
        self.specs = _SPECS.setdefault(lang, {})  # see :meth:`spec`
        self.values: dict[str, Decimal] = {}  # see :meth:`number`

    @property
    def pence_ok(self) -> bool:
        """Whether "245p" may be pence: the text deals in sterling (looked up once, on the first "p")."""
        if self._pence_ok is None:
            self._pence_ok = any(w in self.text for w in _STERLING)
        return self._pence_ok

    def currency_of(self, get: Get, g: str = "") -> tuple[bool, str | None, Decimal, bool]:
        """(valid, code, factor, is_word) for a match with sym/code/word groups
        (their names prefixed by ``g``; ``get`` reads a group by name)."""
        sym, code = get(g + "sym"), get(g + "code")
        if sym:
            return True, self.tab.symbols.get(sym), self.tab.symbol_factors.get(sym, ONE), False
        if code:
            if code in self.tab.codes or (low := code.lower()) not in self.tab.words:
                return code in self.tab.codes, code, ONE, False
            return True, self.tab.words[low], self.tab.factors.get(low, ONE), False  # "850 MDH": a word in capitals
        code, factor = lookup_word(get(g + "word"))  # (its spaces may be no-break ones: "francs\u202fsuisses")
        return True, code, factor, True

    def prefix_before(self, pos: int) -> tuple[int, str | None] | None:
        """Currency written just before the digits at ``pos`` ("$", "US$ ", "EUR ")."""
        text, i = self.text, pos - 1
        if i >= self.bound and text[i] in SPACES:
            i -= 1
        if i < self.bound or not self.maybe_prefix(i):
            return None
        c = text[i]
        if c in self.prefix_one and (i == 0 or text[i - 1 : i + 1] not in self.prefix_pairs):
            # only the one-character symbol ends here ("$38"); the pattern's look-behind:
            # not after a letter (\w but not \d: str.isalnum and not str.isdecimal)
            if i > 0 and (text[i - 1].isalnum() and not text[i - 1].isdecimal() or text[i - 1] == "&"):
                return None  # (also "S&P 500": not 500 pesos)
            return i, self.tab.symbols.get(c)
        m = self.rx.prefix_back.search(text, max(self.bound, pos - self.prefix_len), pos)
        if not m:
            return None
        valid, code, _f, _w = self.currency_of(m.group)
        return (m.start(), code) if valid else None

    def maybe_prefix(self, i: int) -> bool:
        """Cheap test: a currency symbol or code may end at ``i`` ("$", "US$", "EUR", not "pour")."""
        text = self.text
        return text[i] in self.prefix_one or (i > 0 and text[i - 1 : i + 1] in self.prefix_pairs)

    def _suffix(self, get: Get, g: str, at: int, scaled: bool, prefix: str | None, has_prefix: bool) -> Cur | None:
        """A currency written after the number: groups ``g``+sep/link/sym/code/word,
        starting ``at`` characters after the number; positions are relative to its end."""
        valid, code, factor, is_word = self.currency_of(get, g)
        sep, link = get(g + "sep"), get(g + "link")
        if not valid or (link and not scaled):
            return None
        if sep == "-" and not (is_word and (scaled or get(g + "word").islower())):
            return None  # ("10-billion-euro", "a 55-cent loss"; not "5-EUR")
        if not scaled and is_word and get(g + "word").lower() in self.tab.scale_only:
            return None  # "2019 won the prize"
        if is_word and (w := get(g + "word")).lower() in ("p", "c") and (
            w in ("P", "C") or scaled or sep or (w == "p" and not self.pence_ok)
        ):
            return None  # only "245p", glued, in a text about sterling; only "187.5c", glued (see currency_gates)
        if has_prefix and (prefix_currency(prefix, code) != code or is_word and scaled):
            return None  # (but "$20 million CAD": the code says whose dollar); "a $300m dollar tranche"
        end = at + len(sep) + len(link or "") + len(get(g + "sym") or get(g + "code") or get(g + "word"))
        # unscaled symbol or code: "2019 $10 million" (the symbol belongs to the next number) is checked on the text
        return end, code, factor, is_word, bool(link), not scaled and not is_word

    def _scaled_spec(self, get: Get, has_prefix: bool, prefix: str | None) -> Spec | None:
        """Spec of a tail with a scale word/abbreviation, or None when the scale is not valid here."""
        tok, sep = get("tok"), get("ssep")
        sc = self.scale_abbr.get(tok) or self.scale_words.get(tok.lower())
        if sc is None or (sep == "-" and not sc.is_word):  # None: odd case folding ("MİLLİON")
            return None
        h = get("half")
        q = len(sep) + len(tok) + (len(h) if h else 0)
        cur = self._suffix(get, "s_", q, True, prefix, has_prefix) if get("s_sep") is not None else None
        linked = cur is not None and cur[4]
        if sc.strength == "attached" and not ((has_prefix and (sep == "" or tok.islower() or tok in "KMB")) or (cur is not None and not linked)):
            return None  # "5 m" (metres); but "SEK 2,184 m", "A$ 480 M" ("$5 M. Dupont": see tail_from)
        if sc.strength == "currency" and not (has_prefix or cur is not None):
            return None
        value = sc.value
        english_order = has_prefix or (cur is not None and cur[3] and not linked)  # "$38 billion"
        if self.lang == "fr" and sc.fr_value is not None and not english_order:
            value = sc.fr_value  # French long scale: "1 billion d'euros" = 10^12
        scale, strong, half = value, sc.strength == "strong", bool(h)
        if cur is not None:
            return cur[0], scale, strong, cur[1], True, cur[2], False, -1, False, half
        return q, scale, strong, None, False, ONE, False, q if strong and not has_prefix else -1, tok == "M" and bool(sep), half  # (checked: "$5 M. Dupont")

    def _plain_spec(self, get: Get, has_prefix: bool, prefix: str | None) -> Spec:
        """Spec of a percent sign or a currency after the number (no scale)."""
        pct = get("pct")
        if pct is not None:
            return NO_TAIL if has_prefix else (len(pct), None, False, None, False, ONE, True, -1, False, False)
        cur = self._suffix(get, "", 0, False, prefix, has_prefix)
        if cur is None:
            return NO_TAIL
        return cur[0], None, False, cur[1], True, cur[2], False, -1, cur[5], False

    def spec(self, m: re.Match[str], has_prefix: bool, prefix: str | None) -> Spec | None:
        """What the tail read by ``m`` (a match of ``tail`` or ``number_tail``) says,
        before the checks on the text after it; None: a scale that is not valid here,
        to be read again as a percent or a currency.  Cached by the groups' text."""
        g = m.groups()
        key: tuple = g[2:] if m.re is self.rx.number_tail else g  # the same groups after "num" and "pre"
        if has_prefix:
            key = (key, prefix)
        sp = self.specs.get(key, MISSING)
        if sp is MISSING:
            get = m.group
            sp = self._scaled_spec(get, has_prefix, prefix) if get("tok") is not None else self._plain_spec(get, has_prefix, prefix)
            word = get("word") or get("s_word")
            if len(self.specs) < SPECS_MAX and word not in ("p", "P"):  # pence depend on the text
                self.specs[key] = sp
        return sp

    def tail_of(self, sp: Spec, pos: int) -> Tail:
        """The Tail a spec gives after the number ending at ``pos``."""
        end, scale, strong, code, has_currency, factor, percent, count_at, digit_check, half = sp
        if digit_check and self.rx.digit_next.match(self.text, pos + end):
            return Tail(pos)  # "2019 $10 million": the symbol belongs to the next number
        t = Tail(period_end(self.text, pos + end), scale, strong, code, has_currency, factor, percent, half=half)
        if count_at >= 0:
            t.excluded = counts_things(self.text, pos + count_at, self.lang)
        return t

    def tail(self, pos: int, has_prefix: bool, prefix: str | None) -> Tail:
        """Parse scale / currency / percent after the number ending at ``pos``."""
        c = self.text[pos] if pos < self.n else "."
        if not (c in SPACES or c in "%-–—" or c.isalpha() or c in self.tail_first):
            return Tail(pos)  # "2019," "(150)": nothing can follow
        return self.tail_from(self.rx.tail.match(self.text, pos), pos, has_prefix, prefix)

    def tail_from(self, m: re.Match[str] | None, pos: int, has_prefix: bool, prefix: str | None) -> Tail:
        """The tail read by ``m``, a match of the tail pattern at ``pos`` (None: no tail)."""
        if m is None:
            return Tail(pos)
        sp = self.spec(m, has_prefix, prefix)
        if sp is None:
            m = pct_or_suffix().match(self.text, pos)
            if m is None:
                return Tail(pos)
            sp = self._plain_spec(m.group, has_prefix, prefix)
        elif has_prefix and m.group("tok") == "M" and m.group("ssep") and _MONSIEUR.match(self.text, pos + sp[0]):
            return Tail(pos)  # "$5 M. Dupont": the M is Monsieur
        return self.tail_of(sp, pos)

    def number(self, raw: str) -> Decimal:
        """Value of a number as written ("1,5", "1 400")."""
        value = self.values.get(raw)
        if value is None:
            value = self.values[raw] = parse_cached(raw, self.lang) * ONE
        return value
