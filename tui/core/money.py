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
from typing import Any, Callable

from .currencies import prefix_ends, symbol_edges, tables
from .model import Figure
from .money_grammar import CONNECTOR_AFTER_SPACE, ONE, ONE_HALF, YEAR, Amount, Expr, Tail, pct_or_suffix, rx
from .numbers import SPACES, counts_things, find_spelled, parse_number, parse_spelled, scales

_Get = Callable[[str], Any]  # a match's group by name
_Cur = tuple[int, str | None, Decimal, bool, bool, bool]  # end, code, factor, is_word, linked, check digit after
#: what a tail says, ends relative to the number's end: end, scale, strong, currency, has
#: currency, factor, percent, where to check for counted things (-1: no), check digit after
_Spec = tuple[int, Decimal | None, bool, str | None, bool, Decimal, bool, int, bool]
_NO_TAIL: _Spec = (0, None, False, None, False, ONE, False, -1, False)
_MISSING = object()
_number = lru_cache(maxsize=1 << 13)(parse_number)  # numbers recur ("2", "10", "1,5"); Decimals are immutable


class _Scanner:
    """Reads expressions at candidate positions of one text."""

    def __init__(self, text: str, lang: str) -> None:
        self.text, self.lang, self.rx, self.tab = text, lang, rx(), tables()
        self.n = len(text)
        self.scale_words, self.scale_abbr = scales()
        self.tail_first, self.prefix_last = symbol_edges()
        self.prefix_one, self.prefix_pairs = prefix_ends()
        self.prefix_len = max(map(len, self.tab.symbols), default=3) + 1  # the longest currency before a number
        self.bound = 0  # end of the previous figure: nothing may start before it
        self.specs: dict[tuple, _Spec | None] = {}  # see :meth:`spec`
        self.values: dict[str, Decimal] = {}  # see :meth:`number`

    def _currency_of(self, get: _Get, g: str = "") -> tuple[bool, str | None, Decimal, bool]:
        """(valid, code, factor, is_word) for a match with sym/code/word groups
        (their names prefixed by ``g``; ``get`` reads a group by name)."""
        sym, code = get(g + "sym"), get(g + "code")
        if sym:
            return True, self.tab.symbols.get(sym), ONE, False
        if code:
            return code in self.tab.codes, code, ONE, False
        word = get(g + "word").lower()
        return True, self.tab.words.get(word), self.tab.factors.get(word, ONE), True

    def _prefix_before(self, pos: int) -> tuple[int, str | None] | None:
        """Currency written just before the digits at ``pos`` ("$", "US$ ", "EUR ")."""
        text, i = self.text, pos - 1
        if i >= self.bound and text[i] in SPACES:
            i -= 1
        if i < self.bound or not self.maybe_prefix(i):
            return None
        m = self.rx.prefix_back.search(text, max(self.bound, pos - self.prefix_len), pos)
        if not m:
            return None
        valid, code, _f, _w = self._currency_of(m.group)
        return (m.start(), code) if valid else None

    def maybe_prefix(self, i: int) -> bool:
        """Cheap test: a currency symbol or code may end at ``i`` ("$", "US$", "EUR", not "pour")."""
        text = self.text
        return text[i] in self.prefix_one or (i > 0 and text[i - 1 : i + 1] in self.prefix_pairs)

    def _suffix(self, get: _Get, g: str, at: int, scaled: bool, prefix: str | None, has_prefix: bool) -> _Cur | None:
        """A currency written after the number: groups ``g``+sep/link/sym/code/word,
        starting ``at`` characters after the number; positions are relative to its end."""
        valid, code, factor, is_word = self._currency_of(get, g)
        sep, link = get(g + "sep"), get(g + "link")
        if not valid or (link and not scaled):
            return None
        if sep == "-" and not (scaled and is_word):
            return None
        if not scaled and is_word and get(g + "word").lower() in self.tab.scale_only:
            return None  # "2019 won the prize"
        if has_prefix and code != prefix:
            return None
        end = at + len(sep) + len(link or "") + len(get(g + "sym") or get(g + "code") or get(g + "word"))
        # unscaled symbol or code: "2019 $10 million" (the symbol belongs to the next number) is checked on the text
        return end, code, factor, is_word, bool(link), not scaled and not is_word

    def _scaled_spec(self, get: _Get, has_prefix: bool, prefix: str | None) -> _Spec | None:
        """Spec of a tail with a scale word/abbreviation, or None when the scale is not valid here."""
        tok, sep = get("tok"), get("ssep")
        sc = self.scale_abbr.get(tok) or self.scale_words.get(tok.lower())
        if sc is None or (sep == "-" and not sc.is_word):  # None: odd case folding ("MİLLİON")
            return None
        h = get("half")
        q = len(sep) + len(tok) + (len(h) if h else 0)
        cur = self._suffix(get, "s_", q, True, prefix, has_prefix) if get("s_sep") is not None else None
        linked = cur is not None and cur[4]
        if sc.strength == "attached" and not ((has_prefix and sep == "") or (cur is not None and not linked)):
            return None  # "5 m" (metres), "$5 M. Dupont"
        if sc.strength == "currency" and not (has_prefix or cur is not None):
            return None
        value = sc.value
        english_order = has_prefix or (cur is not None and cur[3] and not linked)  # "$38 billion"
        if self.lang == "fr" and sc.fr_value is not None and not english_order:
            value = sc.fr_value  # French long scale: "1 billion d'euros" = 10^12
        scale, strong = value * ONE_HALF if h else value, sc.strength == "strong"
        if cur is not None:
            return cur[0], scale, strong, cur[1], True, cur[2], False, -1, False
        return q, scale, strong, None, False, ONE, False, q if strong and not has_prefix else -1, False

    def _plain_spec(self, get: _Get, has_prefix: bool, prefix: str | None) -> _Spec:
        """Spec of a percent sign or a currency after the number (no scale)."""
        pct = get("pct")
        if pct is not None:
            return _NO_TAIL if has_prefix else (len(pct), None, False, None, False, ONE, True, -1, False)
        cur = self._suffix(get, "", 0, False, prefix, has_prefix)
        if cur is None:
            return _NO_TAIL
        return cur[0], None, False, cur[1], True, cur[2], False, -1, cur[5]

    def spec(self, m: re.Match[str], has_prefix: bool, prefix: str | None) -> _Spec | None:
        """What the tail read by ``m`` (a match of ``tail`` or ``number_tail``) says,
        before the checks on the text after it; None: a scale that is not valid here,
        to be read again as a percent or a currency.  Cached by the groups' text."""
        g = m.groups()
        key = (g[1:] if m.re is self.rx.number_tail else g, has_prefix, prefix)
        sp = self.specs.get(key, _MISSING)
        if sp is _MISSING:
            get = m.group
            sp = self._scaled_spec(get, has_prefix, prefix) if get("tok") is not None else self._plain_spec(get, has_prefix, prefix)
            if len(self.specs) < 4096:
                self.specs[key] = sp
        return sp

    def _tail_of(self, sp: _Spec, pos: int) -> Tail:
        """The Tail a spec gives after the number ending at ``pos``."""
        end, scale, strong, code, has_currency, factor, percent, count_at, digit_check = sp
        if digit_check and self.rx.digit_next.match(self.text, pos + end):
            return Tail(pos)  # "2019 $10 million": the symbol belongs to the next number
        t = Tail(pos + end, scale, strong, code, has_currency, factor, percent)
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
        return self._tail_of(sp, pos)

    def number(self, raw: str) -> Decimal:
        """Value of a number as written ("1,5", "1 400")."""
        value = self.values.get(raw)
        if value is None:
            value = self.values[raw] = _number(raw, self.lang) * ONE
        return value

    def alone(self, pos: int) -> bool:
        """True when a complete amount (not a bare number) ending at ``pos`` cannot
        start a range (the same answer as :meth:`expression`, cheaper)."""
        if self._no_connector(pos):
            return True
        c = self.rx.connector.match(self.text, pos)
        return c is None or (not c.group("dash") and c.group("word").lower() not in ("et", "and"))

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
        pre = self._prefix_before(ns) if i >= bound and self.maybe_prefix(i) else None
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
            valid, code, _f, _w = self._currency_of(pf.group)
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
        self.at = 0  # where ``code`` was stated (its paragraph is only looked up when needed)

    def paragraph(self, pos: int) -> int:
        """Index of the paragraph (newline-separated) holding ``pos``."""
        if self.breaks is None:
            self.breaks = [m.start() for m in self.para_re.finditer(self.text)]
        return bisect.bisect_left(self.breaks, pos)

    def implied(self, pos: int) -> str | None:
        """The last stated currency, if stated in the paragraph of ``pos`` or the one before."""
        if self.code is None or self.paragraph(pos) - self.paragraph(self.at) > 1:
            return None
        return self.code


def _to_figure(text: str, e: Expr, ctx: _Context) -> Figure | None:
    """Turn an expression into a Figure, applying the implied-currency rule."""
    t = e.tail
    hi = float(e.high) if e.high is not None else None
    if t.percent:
        return Figure("percent", text[e.start : e.end], e.start, e.end, value=float(e.low), value_max=hi)
    implied = False
    if t.has_currency:
        code = t.currency
        ctx.code, ctx.at = code, e.start
    elif t.strong and not t.excluded and (code := ctx.implied(e.start)) is not None:
        implied = True
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

    def general(m: re.Match[str], pos: int) -> int:
        """Read the number (and tail) ``m`` ending at ``pos`` the general way; the new search position."""
        found = sc.amount(m)
        if found is None:
            return pos
        start, value, t, code, has_prefix, bare = found
        if not sc._no_connector(pos if bare else t.end):  # maybe a range
            emit(sc.expression(Amount(start, pos, value, m.group("num"), t, code, has_prefix, bare)))
            return max(pos, sc.bound)
        if bare and not has_prefix:  # cannot happen: a bare number with no connector was dropped
            return pos
        value = value if t.percent else value * (t.scale or ONE) * t.factor
        fig = _to_figure(text, Expr(start, t.end, value, None, t), ctx)
        if fig is None:
            return pos
        out.append(fig)
        sc.bound = fig.end
        return max(pos, fig.end)

    k, pos, n_spelled = 0, 0, len(spelled)
    next_spelled = spelled[0].start() if spelled else len(text) + 1
    search, no_connector, connector = sc.rx.number_tail.search, sc._no_connector, sc.rx.connector.match
    maybe_prefix, prefix_before, spec, lang = sc.maybe_prefix, sc._prefix_before, sc.spec, sc.lang
    number, alone = sc.number, sc.alone
    while (m := search(text, pos)) is not None:  # a number starts at every digit
        ns, pos = m.span(1)  # group 1: "num"
        if next_spelled < ns:
            while k < n_spelled and spelled[k].start() < ns:
                if spelled[k].start() >= sc.bound:
                    emit(sc.spelled(spelled[k]))
                k += 1
            next_spelled = spelled[k].start() if k < n_spelled else len(text) + 1
        bound = sc.bound
        if ns < bound:
            pos = max(pos, bound)
            continue
        # Fast path, the same reading as ``general`` for the common cases (no range
        # connector after the amount); anything else goes to ``general``.
        i = ns - 1
        if i >= bound and text[i] in SPACES:
            i -= 1
        pre = prefix_before(ns) if i >= bound and maybe_prefix(i) else None
        if pre is not None:  # "$5", "EUR 5 million"
            start, code = pre
            sp = spec(m, True, code) if m.end() > pos else _NO_TAIL
            if sp is None or sp[8]:
                pos = general(m, pos)  # a scale to read again, a symbol to check
                continue
            end = pos + sp[0]
            if not (alone(end) if sp[0] else no_connector(pos) or not connector(text, pos)):
                pos = general(m, pos)  # maybe a range: "$7-8 billion", "from $7bn to $8bn"
                continue
            implied = False
            ctx.code, ctx.at = code, start
        else:
            if ns > bound:
                before = text[ns - 1]
                if before.isalpha() or before == "_":
                    continue  # "A320", "H100", "US10"
                if before in "-–−+.,'’" and ns >= 2 and text[ns - 2].isalnum():
                    continue  # "GPT-4", "COVID-19", "1,2,3" (ranges are read from their first number)
            if m.end() == pos:  # nothing after the digits
                if not (no_connector(pos) or not connector(text, pos)):
                    pos = general(m, pos)  # "entre 80 et 90 milliards"
                continue  # a bare number ("2019", "150 salariés") is never a figure
            sp = spec(m, False, None)
            if sp is None or sp[8] or not sp[0] or not alone(end := pos + sp[0]):
                pos = general(m, pos)  # a scale to read again, a symbol to check, no tail, a range
                continue
            start = ns
            if sp[6]:  # percent
                if ns > bound and text[ns - 1] in "+-−":
                    pos = general(m, pos)  # a signed percentage
                    continue
                fig = Figure("percent", text[ns:end], ns, end, value=float(number(m.group(1))), value_max=None)
                out.append(fig)
                sc.bound = end
                pos = max(pos, end)
                continue
            implied = False
            if sp[4]:  # a currency after the number
                code = sp[3]
                ctx.code, ctx.at = code, ns
            elif not sp[2] or (sp[7] >= 0 and counts_things(text, pos + sp[7], lang)):
                continue  # a scale word alone, not strong or counting things ("2 millions d'actions")
            elif (code := ctx.implied(ns)) is None:
                continue  # a scale word alone needs the currency of the same or the previous paragraph
            else:
                implied = True
        amount = float(number(m.group(1)) * (sp[1] or ONE) * sp[5])
        fig = Figure("money", text[start:end], start, end, amount=amount, amount_max=None, currency=code, implied=implied)
        out.append(fig)
        sc.bound = end
        if end > pos:
            pos = end
    for sp in spelled[k:]:
        if sp.start() >= sc.bound:
            emit(sc.spelled(sp))
    return out
