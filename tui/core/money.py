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

Speed: one search finds each number; a bare number ("2019", "150 salariés") is
dropped after one anchored match, and a figure is read with about three.
"""

from __future__ import annotations

import bisect
import re
from decimal import Decimal
from functools import lru_cache

from .currencies import symbol_edges, tables
from .model import Figure
from .money_grammar import CONNECTOR_AFTER_SPACE, ONE, ONE_HALF, YEAR, Amount, Expr, Tail, pct_or_suffix, rx
from .numbers import SPACES, counts_things, find_spelled, parse_number, parse_spelled, scales

_Cur = tuple[int, str | None, Decimal, bool, bool]  # end, code, factor, is_word, linked
_number = lru_cache(maxsize=1 << 13)(parse_number)  # numbers recur ("2", "10", "1,5"); Decimals are immutable


class _Scanner:
    """Reads expressions at candidate positions of one text."""

    def __init__(self, text: str, lang: str) -> None:
        self.text, self.lang, self.rx, self.tab = text, lang, rx(), tables()
        self.n = len(text)
        self.scale_words, self.scale_abbr = scales()
        self.tail_first, self.prefix_last = symbol_edges()
        self.bound = 0  # end of the previous figure: nothing may start before it

    def _currency_of(self, m: re.Match[str], g: str = "") -> tuple[bool, str | None, Decimal, bool]:
        """(valid, code, factor, is_word) for a match with sym/code/word groups
        (their names prefixed by ``g``)."""
        sym, code = m.group(g + "sym", g + "code")
        if sym:
            return True, self.tab.symbols.get(sym), ONE, False
        if code:
            return code in self.tab.codes, code, ONE, False
        word = m.group(g + "word").lower()
        return True, self.tab.words.get(word), self.tab.factors.get(word, ONE), True

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

    def _check_suffix(self, m: re.Match[str], g: str, scaled: bool, prefix: str | None, has_prefix: bool) -> _Cur | None:
        """Validate a currency written after the number: groups ``g``+sep/link/sym/code/word of ``m``."""
        valid, code, factor, is_word = self._currency_of(m, g)
        link = m.group(g + "link")
        if not valid or (link and not scaled):
            return None
        if m.group(g + "sep") == "-" and not (scaled and is_word):
            return None
        if not scaled:
            if is_word and m.group(g + "word").lower() in self.tab.scale_only:
                return None  # "2019 won the prize"
            if not is_word and self.rx.digit_next.match(self.text, m.end()):
                return None  # "2019 $10 million": the symbol belongs to the next number
        if has_prefix and code != prefix:
            return None
        return m.end(), code, factor, is_word, bool(link)

    def _scaled_tail(self, m: re.Match[str], has_prefix: bool, prefix: str | None) -> Tail | None:
        """Tail with a scale word/abbreviation, or None when the scale is not valid here."""
        tok, sep = m.group("tok", "ssep")
        sc = self.scale_abbr.get(tok) or self.scale_words.get(tok.lower())
        if sc is None or (sep == "-" and not sc.is_word):  # None: odd case folding ("MİLLİON")
            return None
        h = m.group("half")
        q = m.end("half") if h else m.end("tok")
        cur = self._check_suffix(m, "s_", True, prefix, has_prefix) if m.group("s_sep") is not None else None
        linked = cur is not None and cur[4]
        if sc.strength == "attached" and not ((has_prefix and sep == "") or (cur is not None and not linked)):
            return None  # "5 m" (metres), "$5 M. Dupont"
        if sc.strength == "currency" and not (has_prefix or cur is not None):
            return None
        value = sc.value
        english_order = has_prefix or (cur is not None and cur[3] and not linked)  # "$38 billion"
        if self.lang == "fr" and sc.fr_value is not None and not english_order:
            value = sc.fr_value  # French long scale: "1 billion d'euros" = 10^12
        t = Tail(q, value * ONE_HALF if h else value, sc.strength == "strong")
        if cur is not None:
            t.end, t.currency, t.factor, t.has_currency = cur[0], cur[1], cur[2], True
        elif t.strong and not has_prefix:
            t.excluded = counts_things(self.text, q, self.lang)
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
        if m.group("tok") is not None:
            scaled = self._scaled_tail(m, has_prefix, prefix)
            if scaled is not None:
                return scaled
            m = pct_or_suffix().match(self.text, pos)
            if m is None:
                return Tail(pos)
        if m.group("pct") is not None:
            return Tail(pos) if has_prefix else Tail(m.end(), percent=True)
        cur = self._check_suffix(m, "", False, prefix, has_prefix)
        if cur is None:
            return Tail(pos)
        return Tail(cur[0], currency=cur[1], has_currency=True, factor=cur[2])

    def _no_connector(self, pos: int) -> bool:
        """Cheap test: no range connector ("-", " à ", " and "...) can start at ``pos``."""
        c = self.text[pos : pos + 1]
        return not (c in "-–—" and c) and not (c in SPACES and c and self.text[pos + 1 : pos + 2] in CONNECTOR_AFTER_SPACE)

    def amount(self, m: re.Match[str]) -> tuple[int, Decimal, Tail, str | None, bool, bool] | None:
        """(start, value, tail, prefix currency, has prefix, bare) of the amount
        whose digits and tail ``m`` (a match of ``number_tail``) reads, or None;
        looks back for a currency or a sign."""
        text, bound = self.text, self.bound
        ns, ne = m.span("num")
        tm = m if m.end() > ne else None
        i = ns - 1
        if i >= bound and text[i] in SPACES:
            i -= 1
        pre = self._prefix_before(ns) if i >= bound and text[i] in self.prefix_last else None
        if pre is None:
            if ns > bound:
                before = text[ns - 1]
                if before.isalpha() or before == "_":
                    return None  # "A320", "H100", "US10"
                if before in "-–−+.,'’" and ns >= 2 and text[ns - 2].isalnum():
                    return None  # "GPT-4", "COVID-19", "1,2,3" (ranges are read from their first number)
            if tm is None:
                if self._no_connector(ne) or not self.rx.connector.match(text, ne):
                    return None  # a bare number ("2019", "150 salariés") is never a figure
                return ns, _number(m.group("num"), self.lang) * ONE, Tail(ne), None, False, True
            t = self.tail_from(tm, ne, False, None)
            bare = t.scale is None and not t.has_currency and not t.percent
            if bare and (self._no_connector(ne) or not self.rx.connector.match(text, ne)):
                return None
            if t.percent and ns - 1 >= bound and text[ns - 1] in "+-−":
                sign = ONE if text[ns - 1] == "+" else -ONE
                return ns - 1, _number(m.group("num"), self.lang) * sign, t, None, False, bare
            return ns, _number(m.group("num"), self.lang) * ONE, t, None, False, bare
        code = pre[1]
        t = self.tail_from(tm, ne, True, code)
        bare = t.bare()
        t.currency, t.has_currency = code, True
        return pre[0], _number(m.group("num"), self.lang) * ONE, t, code, True, bare

    def amount_fwd(self, pos: int) -> Amount | None:
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
        value = _number(num.group(), self.lang)
        return Amount(start, num.end(), value, num.group(), t, code, has_prefix, bare)

    def _connector(self, pos: int, opener: str | None, bare_first: bool, raw: str) -> re.Match[str] | None:
        if self._no_connector(pos):
            return None
        c = self.rx.connector.match(self.text, pos)
        if not c or c.group("dash"):
            return c
        w = c.group("word").lower()
        if w in ("et", "and"):
            return c if opener in ("entre", "between") else None
        if YEAR.fullmatch(raw):
            return None  # "en 2025 à 5 milliards"
        return c if bare_first else None  # "from $7bn to $8bn" is a change, not a range

    def _merge(self, first: Amount, second: Amount) -> tuple[Decimal, Tail] | None:
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
            low = first.value if st.percent else first.value * (st.scale or ONE) * st.factor
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

    def expression(self, first: Amount) -> Expr | None:
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
                return Expr(ob.start() if ob else s0, second.tail.end, merged[0], high, merged[1])
        if first.bare and not first.has_prefix:
            return None
        return Expr(s0, first.tail.end, first.scaled(), None, first.tail)

    def spelled(self, m: re.Match[str]) -> Expr | None:
        """"deux milliards de dollars", "a billion dollars", "half a billion"."""
        value = parse_spelled(m.group("sp"))
        if value is None:
            return None
        t = self.tail(m.end("sp"), False, None)
        if t.scale is None:
            return None
        return Expr(m.start(), t.end, value * t.scale * t.factor, None, t)


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


def _to_figure(text: str, e: Expr, ctx: _Context) -> Figure | None:
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


def find_figures(text: str, lang: str, *, low: str | None = None) -> list[Figure]:
    """Money amounts and percentages in ``text``, sorted and non-overlapping.

    ``lang`` is "fr" or "en" (anything else is read as English); it decides
    how "1,400"/"1.400" and "billion" are read.  Spans are exact:
    ``text[f.start:f.end] == f.text``.  ``low`` may pass
    ``company_data.lower_same_length(text)`` when the caller has it.
    """
    sc = _Scanner(text, "fr" if (lang or "").lower().startswith("fr") else "en")
    ctx = _Context(text, sc.rx.para)
    spelled = find_spelled(text, low)
    out: list[Figure] = []

    def emit(expr: Expr | None) -> None:
        fig = _to_figure(text, expr, ctx) if expr is not None else None
        if fig is not None:
            out.append(fig)
            sc.bound = fig.end

    k, pos, n_spelled = 0, 0, len(spelled)
    next_spelled = spelled[0].start() if spelled else len(text) + 1
    search, amount, no_connector = sc.rx.number_tail.search, sc.amount, sc._no_connector
    while (m := search(text, pos)) is not None:  # a number starts at every digit
        ns, pos = m.span("num")
        if next_spelled < ns:
            while k < n_spelled and spelled[k].start() < ns:
                if spelled[k].start() >= sc.bound:
                    emit(sc.spelled(spelled[k]))
                k += 1
            next_spelled = spelled[k].start() if k < n_spelled else len(text) + 1
        if ns < sc.bound:
            pos = max(pos, sc.bound)
            continue
        found = amount(m)
        if found is None:
            continue
        start, value, t, code, has_prefix, bare = found
        if not no_connector(pos if bare else t.end):  # maybe a range: the general reading
            emit(sc.expression(Amount(start, pos, value, m.group("num"), t, code, has_prefix, bare)))
            pos = max(pos, sc.bound)
            continue
        if bare and not has_prefix:  # cannot happen: a bare number with no connector was dropped
            continue
        end = t.end
        if t.percent:
            fig = Figure("percent", text[start:end], start, end, value=float(value), value_max=None)
        elif t.has_currency:
            ctx.code, ctx.para = t.currency, ctx.paragraph(start)
            low = value * (t.scale or ONE) * t.factor
            fig = Figure("money", text[start:end], start, end, amount=float(low), amount_max=None,
                         currency=t.currency, implied=False)
        else:  # a scale word alone: the currency of the same or the previous paragraph
            fig = _to_figure(text, Expr(start, end, value * (t.scale or ONE) * t.factor, None, t), ctx)
            if fig is None:
                continue
        out.append(fig)
        sc.bound = end
        if end > pos:
            pos = end
    for sp in spelled[k:]:
        if sp.start() >= sc.bound:
            emit(sc.spelled(sp))
    return out
