"""Money amounts and percentages in French and English text.

Entry point: :func:`find_figures`.  Digit runs (and number words before a scale
word, :func:`tui.core.numbers.find_spelled`) are read with small anchored regexes:

    [opener] [currency] number [scale ["et demi"]] [de/d'] [currency | %]
             [connector [currency] number [scale] [currency | %]]

Decisions (documented behaviour, tested in ``tests/core/test_money.py``):

* money needs a currency, or a scale word plus a currency carried over from
  the same or the previous paragraph (``implied=True``); bare numbers
  ("2019", "150", "1 000 salariés") are never money;
* single-letter scales (k, M, m, b, G, T …) count only glued to a currency
  ("$5m", "5m$", "5 M€"), so "5 m" (metres) is not money;
* in French text "billion"/"trillion" are long-scale (10^12 / 10^18) except in
  English word order ("$38 billion", "38 billion dollars");
* a scale word followed by "de"/"d'" and a non-currency noun ("2 millions
  d'actions"), or by a count noun ("10 million users"), is not money;
* ranges ("entre 80 et 90 milliards de dollars", "$7-8 billion", "3-5 %",
  "7 to 8 billion euros") give one figure whose span includes the opener
  ("entre", "between", "de", "from"); "X to Y" with both amounts complete
  ("rose 3% to 5%", "from $7bn to $8bn") is a change and gives two figures;
* a sign is kept on percentages only ("-3 %"), never on money;
* unknown currency names ("couronnes" without adjective) give ``currency=None``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from .currencies import currency_patterns, symbol_edges, tables, trie_regex, word_data
from .model import Figure
from .numbers import (
    NUMBER, SP, SPACES, counts_things, find_spelled, parse_number, parse_spelled, scale_regex, scales,
)

_ONE = Decimal(1)
_ONE_HALF = Decimal("1.5")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


@dataclass(frozen=True, slots=True)
class _Rx:
    """Compiled patterns, built once from the Babel tables."""

    digit: re.Pattern[str]
    number: re.Pattern[str]
    tail: re.Pattern[str]  # scale | percent | currency, right after a number
    pct_or_suffix: re.Pattern[str]
    suffix: re.Pattern[str]
    half: re.Pattern[str]
    prefix_back: re.Pattern[str]
    prefix_fwd: re.Pattern[str]
    connector: re.Pattern[str]
    opener_back: re.Pattern[str]
    digit_next: re.Pattern[str]
    para: re.Pattern[str]


@lru_cache(maxsize=1)
def _rx() -> _Rx:
    after, before = currency_patterns()
    pct_words = trie_regex(w.lower() for w in word_data()["percent_words"]).replace(r"\ ", SP)
    pct = rf"{SP}?%|{SP}(?i:{pct_words})(?!\w)"
    suffix = rf"(?P<sep>{SP}?|-)(?P<link>(?i:de){SP}|[dD]['’])?{after}"
    return _Rx(
        digit=re.compile(r"\d"),
        number=re.compile(NUMBER),
        tail=re.compile(rf"(?P<ssep>{SP}?|-)(?P<tok>{scale_regex()})|(?P<pct>{pct})|{suffix}"),
        pct_or_suffix=re.compile(rf"(?P<pct>{pct})|{suffix}"),
        suffix=re.compile(suffix),
        half=re.compile(rf"{SP}(?i:et{SP}demie?|and{SP}a{SP}half)(?!\w)"),
        prefix_back=re.compile(rf"(?<![^\W\d_]){before}\Z"),
        prefix_fwd=re.compile(rf"{before}(?=\d)"),
        connector=re.compile(rf"(?P<dash>{SP}?[-–—]{SP}?)|{SP}(?P<word>(?i:à|to|et|and)){SP}"),
        opener_back=re.compile(rf"(?<!\w)(?P<o>(?i:entre|between|from|de)){SP}\Z"),
        digit_next=re.compile(rf"{SP}?\d"),
        para=re.compile(r"\n\s*"),
    )


_Cur = tuple[re.Match[str], str | None, Decimal, bool]  # match, code, factor, is_word


@dataclass(slots=True)
class _Tail:
    """What follows a number: scale, currency, percent sign."""

    end: int
    scale: Decimal | None = None
    strong: bool = False  # a scale word that may stand without currency
    currency: str | None = None
    has_currency: bool = False
    factor: Decimal = _ONE
    percent: bool = False
    excluded: bool = False  # counts things ("2 millions d'actions")

    def bare(self) -> bool:
        return self.scale is None and not self.has_currency and not self.percent


@dataclass(slots=True)
class _Amount:
    """One number with its currency prefix, sign and tail."""

    start: int
    num_end: int
    value: Decimal
    raw: str
    tail: _Tail
    prefix: str | None
    has_prefix: bool
    bare: bool  # nothing after the digits (a prefix currency may precede)

    def scaled(self) -> Decimal:
        t = self.tail
        return self.value if t.percent else self.value * (t.scale or _ONE) * t.factor


@dataclass(slots=True)
class _Expr:
    """A money or percent expression before the implied-currency rule."""

    start: int
    end: int
    low: Decimal
    high: Decimal | None
    tail: _Tail


class _Scanner:
    """Reads expressions at candidate positions of one text."""

    def __init__(self, text: str, lang: str) -> None:
        self.text, self.lang, self.rx, self.tab = text, lang, _rx(), tables()
        self.scale_words, self.scale_abbr = scales()
        self.tail_first, self.prefix_last = symbol_edges()
        self.bound = 0  # end of the previous figure: nothing may start before it

    def _currency_of(self, m: re.Match[str]) -> tuple[bool, str | None, Decimal, bool]:
        """(valid, code, factor, is_word) for a match with sym/code/word groups."""
        sym, code = m.group("sym", "code")
        if sym:
            return True, self.tab.symbols.get(sym), _ONE, False
        if code:
            return code in self.tab.codes, code, _ONE, False
        word = m.group("word").lower()
        return True, self.tab.words.get(word), self.tab.factors.get(word, _ONE), True

    def _prefix_before(self, pos: int) -> tuple[int, str | None] | None:
        """Currency written just before the digits at ``pos`` ("$", "US$ ", "EUR ")."""
        text, i = self.text, pos - 1
        if i >= self.bound and text[i] in SPACES:
            i -= 1
        if i < self.bound or text[i] not in self.prefix_last:
            return None
        m = self.rx.prefix_back.search(text, max(self.bound, pos - 12), pos)
        if not m:
            return None
        valid, code, _f, _w = self._currency_of(m)
        return (m.start(), code) if valid else None

    def _check_suffix(
        self, m: re.Match[str] | None, scaled: bool, prefix: str | None, has_prefix: bool
    ) -> _Cur | None:
        """Validate a currency written after the number (a match of the suffix pattern)."""
        if m is None:
            return None
        valid, code, factor, is_word = self._currency_of(m)
        if not valid or (m.group("link") and not scaled):
            return None
        if m.group("sep") == "-" and not (scaled and is_word):
            return None
        if not scaled:
            if is_word and m.group("word").lower() in self.tab.scale_only:
                return None  # "2019 won the prize"
            if not is_word and self.rx.digit_next.match(self.text, m.end()):
                return None  # "2019 $10 million": the symbol belongs to the next number
        if has_prefix and code != prefix:
            return None
        return m, code, factor, is_word

    def _scaled_tail(self, m: re.Match[str], has_prefix: bool, prefix: str | None) -> _Tail | None:
        """Tail with a scale word/abbreviation, or None when the scale is not valid here."""
        tok, sep = m.group("tok", "ssep")
        sc = self.scale_abbr.get(tok) or self.scale_words.get(tok.lower())
        if sc is None or (sep == "-" and not sc.is_word):  # None: odd case folding ("MİLLİON")
            return None
        q = m.end()
        h = self.rx.half.match(self.text, q) if self.text[q + 1 : q + 2] in ("e", "a") else None
        q = h.end() if h else q
        cur = self._check_suffix(self.rx.suffix.match(self.text, q), True, prefix, has_prefix)
        linked = cur is not None and bool(cur[0].group("link"))
        if sc.strength == "attached" and not ((has_prefix and sep == "") or (cur is not None and not linked)):
            return None  # "5 m" (metres), "$5 M. Dupont"
        if sc.strength == "currency" and not (has_prefix or cur is not None):
            return None
        value = sc.value
        english_order = has_prefix or (cur is not None and cur[3] and not linked)  # "$38 billion"
        if self.lang == "fr" and sc.fr_value is not None and not english_order:
            value = sc.fr_value  # French long scale: "1 billion d'euros" = 10^12
        t = _Tail(end=q, scale=value * _ONE_HALF if h else value, strong=sc.strength == "strong")
        if cur is not None:
            t.end, t.currency, t.factor, t.has_currency = cur[0].end(), cur[1], cur[2], True
        elif t.strong and not has_prefix:
            t.excluded = counts_things(self.text, q, self.lang)
        return t

    def tail(self, pos: int, has_prefix: bool, prefix: str | None) -> _Tail:
        """Parse scale / currency / percent after the number ending at ``pos``."""
        text, rx = self.text, self.rx
        c = text[pos] if pos < len(text) else "."
        if not (c in SPACES or c in "%-–—" or c.isalpha() or c in self.tail_first):
            return _Tail(end=pos)  # "2019," "(150)": nothing can follow
        m = rx.tail.match(text, pos)
        if m is not None and m.group("tok") is not None:
            scaled = self._scaled_tail(m, has_prefix, prefix)
            if scaled is not None:
                return scaled
            m = rx.pct_or_suffix.match(text, pos)
        t = _Tail(end=pos)
        if m is not None and m.group("pct") is not None:
            if not has_prefix:
                t.percent, t.end = True, m.end()
            return t
        cur = self._check_suffix(m, False, prefix, has_prefix)
        if cur is not None:
            t.end, t.currency, t.factor, t.has_currency = cur[0].end(), cur[1], cur[2], True
        return t

    def amount(self, ns: int, num: re.Match[str]) -> _Amount | None:
        """The amount whose digits start at ``ns`` (looks back for currency/sign)."""
        text, ne = self.text, num.end()
        pre = self._prefix_before(ns)
        if pre is None and ns > self.bound:
            before = text[ns - 1]
            if before.isalpha() or before == "_":
                return None  # "A320", "H100", "US10"
            if before in "-–−+.,'’" and ns >= 2 and text[ns - 2].isalnum():
                return None  # "GPT-4", "COVID-19", "1,2,3" (ranges are read from their first number)
        code = pre[1] if pre else None
        t = self.tail(ne, pre is not None, code)
        bare = t.bare()
        if bare and pre is None and not self.rx.connector.match(text, ne):
            return None  # a bare number ("2019", "150 salariés") is never a figure
        start, sign = ns, _ONE
        if t.percent and pre is None and ns - 1 >= self.bound and text[ns - 1] in "+-−":
            start, sign = ns - 1, (_ONE if text[ns - 1] == "+" else -_ONE)
        if pre:
            start = pre[0]
            t.currency, t.has_currency = code, True
        value = parse_number(num.group(), self.lang) * sign
        return _Amount(start, ne, value, num.group(), t, code, pre is not None, bare)

    def amount_fwd(self, pos: int) -> _Amount | None:
        """An amount starting exactly at ``pos`` (after a range connector)."""
        pf = self.rx.prefix_fwd.match(self.text, pos)
        code, has_prefix, start = None, False, pos
        if pf:
            valid, code, _f, _w = self._currency_of(pf)
            if not valid:
                return None
            has_prefix, pos = True, pf.end()
        num = self.rx.number.match(self.text, pos)
        if not num:
            return None
        t = self.tail(num.end(), has_prefix, code)
        bare = t.bare()
        if has_prefix:
            t.currency, t.has_currency = code, True
        value = parse_number(num.group(), self.lang)
        return _Amount(start, num.end(), value, num.group(), t, code, has_prefix, bare)

    def _connector(self, pos: int, opener: str | None, bare_first: bool, raw: str) -> re.Match[str] | None:
        c = self.rx.connector.match(self.text, pos)
        if not c or c.group("dash"):
            return c
        w = c.group("word").lower()
        if w in ("et", "and"):
            return c if opener in ("entre", "between") else None
        if _YEAR.fullmatch(raw):
            return None  # "en 2025 à 5 milliards"
        return c if bare_first else None  # "from $7bn to $8bn" is a change, not a range

    def _merge(self, first: _Amount, second: _Amount) -> tuple[Decimal, _Tail] | None:
        """(low value, shared tail) when ``first``–``second`` read as one range."""
        ft, st = first.tail, second.tail
        if first.bare:  # "80 et 90 milliards", "$7-8 billion", "3-5 %"
            if second.has_prefix and first.has_prefix and second.prefix != first.prefix:
                return None
            if (second.bare and not first.has_prefix) or (st.percent and first.has_prefix):
                return None
            if first.has_prefix and not second.has_prefix and st.has_currency and st.currency != first.prefix:
                return None
            if first.has_prefix and not st.has_currency:
                st.currency, st.has_currency = first.prefix, True
            low = first.value if st.percent else first.value * (st.scale or _ONE) * st.factor
            if first.has_prefix and second.has_prefix and low >= second.scaled():
                low = first.value * st.factor  # "between $200,000 and $1.5 million"
            return low, st
        if st.percent != ft.percent or second.bare or st.excluded:
            ft.excluded = ft.excluded or st.excluded
            return None
        if ft.has_currency and st.has_currency and ft.currency != st.currency:
            return None
        tail = st if st.has_currency else ft
        tail.strong = ft.strong or st.strong
        return first.scaled(), tail

    def expression(self, first: _Amount) -> _Expr | None:
        """``first`` alone or merged with a second amount into a range."""
        text, s0 = self.text, first.start
        quick = s0 >= 3 and text[s0 - 1] in SPACES and text[s0 - 2] in "eEnNmM"
        ob = self.rx.opener_back.search(text, max(self.bound, s0 - 10), s0) if quick else None
        opener = ob.group("o").lower() if ob else None
        c = self._connector(first.num_end if first.bare else first.tail.end, opener, first.bare, first.raw)
        second = self.amount_fwd(c.end()) if c else None
        merged = self._merge(first, second) if second is not None else None
        if merged is not None and second is not None:
            high = second.scaled()
            if merged[0] < high:
                return _Expr(ob.start() if ob else s0, second.tail.end, merged[0], high, merged[1])
        if first.bare and not first.has_prefix:
            return None
        return _Expr(s0, first.tail.end, first.scaled(), None, first.tail)

    def spelled(self, m: re.Match[str]) -> _Expr | None:
        """"deux milliards de dollars", "a billion dollars", "half a billion"."""
        value = parse_spelled(m.group("sp"))
        if value is None:
            return None
        t = self.tail(m.end("sp"), False, None)
        if t.scale is None:
            return None
        return _Expr(m.start(), t.end, value * t.scale * t.factor, None, t)


class _Context:
    """The last stated currency, for amounts that only carry a scale word."""

    def __init__(self, text: str, para_re: re.Pattern[str]) -> None:
        self.text, self.para_re = text, para_re
        self.breaks: list[int] | None = None
        self.code: str | None = None
        self.para = -10

    def paragraph(self, pos: int) -> int:
        """Index of the paragraph (newline-separated) holding ``pos``."""
        if self.breaks is None:
            self.breaks = [m.start() for m in self.para_re.finditer(self.text)]
        return bisect.bisect_left(self.breaks, pos)


def _to_figure(text: str, e: _Expr, ctx: _Context) -> Figure | None:
    """Turn an expression into a Figure, applying the implied-currency rule."""
    t = e.tail
    hi = float(e.high) if e.high is not None else None
    if t.percent:
        return Figure("percent", text[e.start : e.end], e.start, e.end, value=float(e.low), value_max=hi)
    implied = False
    if t.has_currency:
        code = t.currency
        ctx.code, ctx.para = code, ctx.paragraph(e.start)
    elif t.strong and not t.excluded and ctx.code is not None and ctx.paragraph(e.start) - ctx.para <= 1:
        code, implied = ctx.code, True
    else:
        return None
    return Figure(
        "money", text[e.start : e.end], e.start, e.end,
        amount=float(e.low), amount_max=hi, currency=code, implied=implied,
    )


def find_figures(text: str, lang: str) -> list[Figure]:
    """Money amounts and percentages in ``text``, sorted and non-overlapping.

    ``lang`` is "fr" or "en" (anything else is read as English); it decides
    how "1,400"/"1.400" and "billion" are read.  Spans are exact:
    ``text[f.start:f.end] == f.text``.
    """
    sc = _Scanner(text, "fr" if (lang or "").lower().startswith("fr") else "en")
    ctx = _Context(text, sc.rx.para)
    spelled = find_spelled(text)
    out: list[Figure] = []

    def emit(expr: _Expr | None) -> None:
        fig = _to_figure(text, expr, ctx) if expr is not None else None
        if fig is not None:
            out.append(fig)
            sc.bound = fig.end

    k, pos = 0, 0
    search, number = sc.rx.digit.search, sc.rx.number.match
    while (d := search(text, pos)) is not None:
        ns = d.start()
        while k < len(spelled) and spelled[k].start() < ns:
            if spelled[k].start() >= sc.bound:
                emit(sc.spelled(spelled[k]))
            k += 1
        num = number(text, ns)
        if num is None:  # cannot happen: a digit always starts a number
            pos = ns + 1
            continue
        pos = num.end()
        if ns < sc.bound:
            pos = max(pos, sc.bound)
            continue
        first = sc.amount(ns, num)
        if first is not None:
            emit(sc.expression(first))
            pos = max(pos, sc.bound)
    for m in spelled[k:]:
        if m.start() >= sc.bound:
            emit(sc.spelled(m))
    return out
