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
* in French text "billion"/"trillion" are long-scale (10^12 / 10^18) except in English word order ("$38 billion");
* a glued scale without currency ("the remaining 600m") continues the currency
  of a glued amount earlier in the same sentence ("£900m"), implied;
* a scale word followed by "de"/"d'" and a non-currency noun ("2 millions
  d'actions"), or by a count noun ("10 million users"), is not money;
* ranges ("entre 80 et 90 milliards de dollars", "$7-8 billion", "3-5 %",
  "7 to 8 billion euros") give one figure whose span includes the opener
  ("entre", "between", "de"; not "from": "range from $1.2 million to $14 million"
  gives "$1.2 million to $14 million"); "X to Y" with both amounts complete is
  a range ("revenue of $41 billion to $41.3 billion", "growth of 3% to 5%")
  unless "from" or a verb of change comes just before ("rose 3% to 5%",
  "from $7bn to $8bn"): then it gives two figures; "X à Y" complete: two;
  after a verb of change, or falling, "de 210 à 185 euros" is two too, the first
  in the second's currency and scale, implied;
* a minus sign is kept on percentages only ("-3 %"; a "+" is left out: "+8,2 %" reads "8,2 %"), never on money;
  unknown currency names ("couronnes" alone) give no currency.

Speed: one ``finditer`` reads every number with its tail; a bare number ("2019", "150 salariés") with no currency symbol or code
possible before it and no range connector after it is skipped by the regex engine.  What a tail says is cached by its text
(:class:`tui.core.money_grammar.TailReader`); the common figures (a currency
or percent sign, no range connector after) are built in the loop itself; the
rest takes the general reading (:meth:`_Scanner.amount`, :meth:`_Scanner.expression`),
which ``tests/core/test_money_fast.py`` checks the shortcuts against.
"""

from __future__ import annotations

import re
from decimal import Decimal

from . import currency_context, currency_continued, currency_gates, currency_home, currency_subunits, money_forms, yen_sign
from .company_data import lower_same_length
from .currencies import DOLLARS, prefix_currency, same_kind
from .model import Figure
from .money_implied import GLUED_SIGN, NOTHING, CurrencyContext, to_figure
from .money_grammar import (
    CONNECTOR_AFTER_SPACE, MISSING, NO_TAIL, ONE, YEAR, Amount, Expr, Tail, TailReader, parse_cached, period_end, scaled,
)
from .money_changes import BY_AMOUNT, BY_CHANGE, FALLING, LEVEL, NEXT_NUMBER, NOW, OF_NOUN, OLD_RANGE, PASS, PER_YEAR, RATE_RANGE, SPREAD_BEFORE, TARGET_CHANGE, change_verb, changed_before, coordinated_change
from .counted import counted_before, counts_things
from .numbers import SPACES, article_first, find_spelled, parse_spelled, spelled_at, spelled_range_start


_MODEL_BEFORE = re.compile(r"(?<![.!?:;\n] )(?<=[a-z] )[A-Z][a-z]+[ \u00a0]\Z")  # a product's name right before its number

class _Scanner(TailReader):
    """Reads expressions at candidate positions of one text."""

    def alone(self, pos: int, bare: bool = False) -> bool:
        """True when the amount ending at ``pos`` cannot start a range: the same
        answer as :meth:`expression`, cheaper.  ``bare``: a number with nothing after it."""
        if self._no_connector(pos):
            return True
        c = self.rx.connector.match(self.text, pos)
        if c is None:
            return True
        return not bare and not c.group("dash") and c.group("word").lower() not in ("et", "and", "to", "à")

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
        pre = self.prefix_before(ns) if i >= bound and self.maybe_prefix(i) else None
        if pre is not None and tm is not None and i < ns - 1 and (written := text[pre[0] : i + 1]).isupper() and written.isalpha():
            t = self.tail_from(tm, ne, False, None)  # "l'ARS 72 millions d'euros": an acronym, not pesos
            pre = None if t.has_currency and t.currency and pre[1] and not same_kind(pre[1], t.currency) else pre
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
                return ns, parse_cached(m.group("num"), self.lang) * ONE, Tail(ne), None, False, True
            t = self.tail_from(tm, ne, False, None)
            bare = t.scale is None and not t.has_currency and not t.percent
            if bare and (self._no_connector(ne) or not self.rx.connector.match(text, ne)):
                return None
            if t.percent and ns - 1 >= bound and text[ns - 1] in "-−":
                return ns - 1, parse_cached(m.group("num"), self.lang) * -ONE, t, None, False, bare  # "-3 %" (a "+" stays out: "+8,2 %" is "8,2 %")
            return ns, parse_cached(m.group("num"), self.lang) * ONE, t, None, False, bare
        code = pre[1]
        t = self.tail_from(tm, ne, True, code)
        bare, code = t.bare(), prefix_currency(code, t.currency)  # ("$20 million CAD")
        t.currency, t.has_currency = code, True
        return pre[0], parse_cached(m.group("num"), self.lang) * ONE, t, code, True, bare

    def amount_fwd(self, pos: int, first: Amount | None = None) -> Amount | None:
        """An amount starting exactly at ``pos`` (after a range connector); the
        second number of "€200-300m" reads its tail as if "€" stood before it too."""
        pf = self.rx.prefix_fwd.match(self.text, pos)
        code, has_prefix, start = None, False, pos
        if pf:
            valid, code, _f, _w = self.currency_of(pf.group)
            if not valid:
                return None
            has_prefix, pos = True, pf.end()
        num = self.rx.number.match(self.text, pos)
        if not num:
            sp = None if has_prefix else spelled_at(self.text, pos)  # "entre 845 millions et un milliard d'euros"
            if sp is None or (value := parse_spelled(sp.group("sp"))) is None or (t := self.tail(sp.end("sp"), False, None)).scale is None:
                return None
            return Amount(start, sp.end("sp"), value, sp.group("sp"), t, None, False, False)
        if not has_prefix and first is not None and first.has_prefix:
            t = self.tail(num.end(), True, first.prefix)
            if t.percent or (t.has_currency and t.currency != first.prefix):
                t = self.tail(num.end(), False, None)
        else:
            t = self.tail(num.end(), has_prefix, code)
        bare = t.bare()
        if has_prefix:
            t.currency, t.has_currency = prefix_currency(code, t.currency), True
        value = parse_cached(num.group(), self.lang)
        return Amount(start, num.end(), value, num.group(), t, code, has_prefix, bare)

    def _connector(self, pos: int, opener: str | None, first: Amount) -> re.Match[str] | None:
        if self._no_connector(pos):
            return None
        c = self.rx.connector.match(self.text, pos)
        if not c or c.group("dash"):
            return c
        w = c.group("word").lower()
        if opener == "spread" and w in ("to", "à") or opener == "from" and w == "to" and OLD_RANGE.search(self.text, max(0, first.start - 80), first.start):
            return c  # (and the old range a new one replaces: "guidance to between $412 million and $428 million, from $385 million to $400 million")
        if w in ("et", "and"):
            return c if opener in ("entre", "between") else None
        if YEAR.fullmatch(first.raw) or opener is None and not first.has_prefix and _MODEL_BEFORE.search(self.text, max(0, first.start - 24), first.start):
            return None  # "en 2025 à 5 milliards"; "sa Parka Arctis 4 à 89 €": a model's number, then its price
        if first.bare:  # "entre 80 et 90 milliards", "$7 to $8 billion", "de Rs 45 à 60 millions"; not "rose $1.20 to $45.10"
            verb = first.has_prefix and change_verb(self.text, max(self.bound, first.start - 24), first.start)
            if verb and verb.group().lower().startswith("from"):  # "from $7 to $8 billion"; not "prices rose from $640 to $720"
                verb = change_verb(self.text, max(self.bound, verb.start() - 24), verb.start())  # ("down from $3.70 to $3.85": the old range)
                verb = None if verb is None or verb.group().strip().lower() in ("up", "down") else verb
            if verb is None and first.has_prefix and w == "à" and TARGET_CHANGE.search(self.text, max(self.bound, first.start - 60), first.start):
                return None  # "relève ses tarifs de livraison de CHF 14.90 à CHF 16.50": two prices
            return None if verb and not verb.group().lower().startswith("from") else c
        # two whole amounts: "revenue of $41 billion to $41.3 billion" is a range, but "from $7bn to
        # $8bn", "rose 3% to 5%", "porter sa marge de 7 % à 8 %" are a change (two figures); so is a
        # scaled amount without currency before "à": "de 800 millions à 1 milliard
        # d'euros", unless a verb of change comes first ("est passé de ... à")
        ft = first.tail  # ("une décote de 12 % à 18 %", "30 % à 40 % du résultat" are ranges, "passe de 12 % à 18 %" a change)
        incomplete = w == "à" and (opener == "de" or opener is None and ft.percent or not (first.has_prefix or ft.has_currency or ft.percent))  # ("un effet de 0,15 $ à 0,20 $")
        if ft.percent and opener != "from" and RATE_RANGE.match(self.text, c.end()) and not PASS.search(self.text, max(self.bound, first.start - 30), first.start) and not (
            LEVEL.search(self.text, max(self.bound, first.start - 70), first.start) and not PER_YEAR.match(self.text, c.end())  # ("la part … progresse de 3 % à 4 % par an": a rate)
        ):
            return c  # how much it changed, a range: "ont grimpé de 4 % à 6 % en deux ans", "réduire … de 35 % à 40 % par rapport aux lampes"
        verb = change_verb(self.text, max(self.bound, first.start - 24), first.start) or coordinated_change(self.text, first.start)
        if verb and ft.percent and (FALLING.match(verb.group()) or verb.group()[:4].lower() == "from" and FALLING.search(self.text, max(0, verb.start() - 8), verb.start())) and (n := NEXT_NUMBER.match(self.text, c.end())) and first.value < Decimal(n.group().replace(",", ".")):
            return c  # "des lignes réduites de 20 % à 30 %": by how much (a fall from 20 % would end lower)
        if verb and not ft.percent and verb.end() >= first.start - 1 and verb.group().lower().startswith("rais"):
            verb = None  # "raised $3 million to $4 million": money raised, a range
        bare_a = w == "à" and opener is None and not ft.percent and (first.has_prefix or ft.has_currency)  # "2 € à 15 € par disque": a range
        if (w == "to" and opener != "from" or incomplete or bare_a) and (not verb or ft.percent and verb.group().strip().lower() in ("up", "down")):
            tc = None if NOW.search(self.text, max(self.bound, first.start - 60), first.start) else TARGET_CHANGE.search(self.text, max(self.bound, first.start - 60), first.start)  # ("up 20% to 25%", "… son objectif, désormais fixé de 12 % à 14 %": a range)
            return c if tc is None or ft.percent and BY_AMOUNT.match(self.text, tc.start()) and not LEVEL.search(self.text, tc.start(), first.start) else None  # ("réduire ses coûts de 15 % à 20 %": by how much)
        return None

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
            shared = first.value < 1000 or first.value <= second.value  # ("entre 450'000 et 1,2 million": not 450'000 millions; "3,000-4,000 crore")
            low = first.value if st.percent else first.value * (st.scale if st.scale and shared else ONE) * st.factor
            if first.has_prefix and second.has_prefix and low >= second.scaled():
                low = first.value * st.factor  # "between $200,000 and $1.5 million"
            return low, st
        if st.percent != ft.percent or second.bare or st.excluded:
            ft.excluded = ft.excluded or st.excluded
            return None
        if ft.has_currency and st.has_currency and ft.currency != st.currency and not (first.prefix == second.prefix == "USD" and st.currency in DOLLARS):
            return None  # (but "$40 million to $60 million CAD" is one range in Canadian dollars)
        tail = st if st.has_currency else ft
        tail.strong = ft.strong or st.strong
        return first.scaled(), tail

    def expression(self, first: Amount) -> Expr | None:
        """``first`` alone or merged with a second amount into a range."""
        text, s0 = self.text, first.start
        quick = s0 >= 3 and text[s0 - 1] in SPACES and text[s0 - 2] in "eEnNmM"
        ob = self.rx.opener_back.search(text, max(self.bound, s0 - 10), s0) if quick else None
        opener = ob.group("o").lower() if ob else None
        if opener in ("from", "de") and SPREAD_BEFORE.search(text, max(self.bound, ob.start() - 24), ob.start()):
            opener = "spread"  # "prices range from $1.2 million to $14 million": one range, its opener kept as any range's
        c = self._connector(first.num_end if first.bare else first.tail.end, opener, first)
        second = self.amount_fwd(c.end(), first) if c else None
        merged = self._merge(first, second) if second is not None else None
        if first.bare and not first.has_prefix:
            # "de 210 à 185 euros", "relève son objectif de 45 à 52 euros": a change, two figures;
            # the first takes the second's currency and scale ("passe de 1,2 à 1,5 milliard d'euros")
            st = second.tail if second is not None and merged is not None else None
            if st is not None and st.has_currency and (opener and merged[0] >= second.scaled() or changed_before(text, self.bound, s0)):
                shared = Tail(first.num_end, st.scale, True, st.currency, False, st.factor, shared=True)
                return Expr(s0, first.num_end, first.value * (st.scale or ONE) * st.factor, None, shared)
        if merged is not None and second is not None:
            high = second.scaled()
            whole = first.has_prefix or first.tail.has_currency
            by = high >= 5 * merged[0] and not merged[1].percent and c.group("word") == "to" and text.endswith("by ", 0, s0) and BY_CHANGE.search(text, max(self.bound, s0 - 80), s0)
            if merged[0] < high and not by and not (whole and not (second.has_prefix or second.tail.has_currency) and c.group("word") == "à"):  # ("d'un chiffre d'affaires de 540 millions d'euros à 711 millions": a change)
                lone = opener in ("from", "de", "spread") and c.group("dash")  # ("from $4.1bn-$4.5bn": "from" is not the range's)
                kept = ob is not None and not lone and ob.group("o").lower() != "from"  # (English copy writes "from $25,000 to $1.2 lakh": the reader's figure starts at the amount)
                kept = kept and not (opener == "de" and OF_NOUN.search(text, max(self.bound, ob.start() - 16), ob.start()))  # ("une levée de 5 à 8 M€")
                return Expr(ob.start() if kept else s0, second.tail.end, merged[0], high, merged[1])
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
        seg = self.text[m.end("sp") : t.end]  # "(a) billion-dollar company" (not "a quarter-million dollars": the amount's own "a")
        hyphened = m.group("sp").lower().split()[0] in ("a", "an") and "-" in seg and " " not in seg[seg.rfind("-") :]
        skip = len(m.group("sp").split(None, 1)[0]) + 1 if article_first(m.group("sp")) or hyphened else 0  # "(a) five-million-dollar"
        if not t.has_currency and self.text[t.end : t.end + 1] == " " and (more := spelled_at(self.text, t.end + 1)) and (value2 := parse_spelled(more.group("sp"))):
            t2 = self.tail(more.end("sp"), False, None)  # "Trois millions deux cent mille euros": one amount
            if t2.has_currency and t2.scale is not None and t2.scale < t.scale:
                return Expr(m.start() + skip, t2.end, scaled(value, t) + scaled(value2, t2), None, t2)
        if not skip and (opened := spelled_range_start(self.text, m.start())) and opened[1] < value:
            return Expr(opened[0], t.end, scaled(opened[1], t), scaled(value, t), t)  # "entre un et deux millions d'euros"
        return Expr(m.start() + skip, t.end, scaled(value, t), None, t)


def find_figures(text: str, lang: str, *, low: str | None = None) -> list[Figure]:
    """Money amounts and percentages in ``text``, sorted and non-overlapping.

    ``lang`` is "fr" or "en" (anything else is read as English); it decides
    how "1,400"/"1.400" and "billion" are read.  Spans are exact:
    ``text[f.start:f.end] == f.text``.  ``low`` may pass
    ``company_data.lower_same_length(text)`` when the caller has it.
    """
    low = lower_same_length(text) if low is None else low  # (offsets kept: shared by every step below)
    sc = _Scanner(text, "fr" if (lang or "").lower().startswith("fr") else "en")
    ctx = CurrencyContext(text, sc.rx.para)
    spelled = find_spelled(text, low)
    out: list[Figure] = []

    def emit(expr: Expr | None) -> None:
        fig = to_figure(text, expr, ctx) if expr is not None else None
        if fig is not None:
            out.append(fig)
            sc.bound = fig.end

    def general(m: re.Match[str], ne: int) -> None:
        """Read the number (and tail) ``m``, its digits ending at ``ne``, the general way."""
        found = sc.amount(m)
        if found is None:
            return
        start, value, t, code, has_prefix, bare = found
        if not sc._no_connector(ne if bare else t.end):  # maybe a range
            emit(sc.expression(Amount(start, ne, value, m.group("num"), t, code, has_prefix, bare)))
        elif not bare or has_prefix:  # (a bare number with no connector was dropped)
            emit(Expr(start, t.end, scaled(value, t), None, t))

    # Numbers are read in order, each from its first digit: ``finditer`` gives the
    # same numbers as searching again after each one (or after the last figure's end)
    # because no tail holds a digit and no figure ends inside a digit run; the numbers
    # it skips would have been dropped without changing any state.
    k, n_spelled = 0, len(spelled)
    next_spelled = spelled[0].start() if spelled else len(text) + 1
    prefix_one, prefix_pairs, prefix_before, spec, lang = sc.prefix_one, sc.prefix_pairs, sc.prefix_before, sc.spec, sc.lang
    number, alone, specs, values = sc.number, sc.alone, sc.specs, sc.values
    percents: dict[str, float] = {}  # percentage as written -> value
    for m in sc.rx.number_tail.finditer(text):
        ns, ne = m.span(1)  # group 1: "num"
        if next_spelled < ns:
            while k < n_spelled and spelled[k].start() < ns:
                if spelled[k].start() >= sc.bound:
                    emit(sc.spelled(spelled[k]))
                k += 1
            next_spelled = spelled[k].start() if k < n_spelled else len(text) + 1
        bound = sc.bound
        if ns < bound:
            continue
        # Fast path, the same reading as ``general`` for the common cases (no range
        # connector after the amount); anything else goes to ``general``.
        i = ns - 1
        if i >= bound and text[i] in SPACES:
            i -= 1
        pre = None
        if i >= bound and (text[i] in prefix_one or (i > 0 and text[i - 1 : i + 1] in prefix_pairs)):
            pre = prefix_before(ns)  # (the test above is :meth:`TailReader.maybe_prefix`)
        if pre is not None:  # "$5", "EUR 5 million"
            start, code = pre
            sp = spec(m, True, code) if m.end() > ne else NO_TAIL
            if sp is None or sp[8] or sp[9] or m.end() > ne and text[start].isalpha():
                general(m, ne)  # a scale to read again, a symbol to check, a code (or an acronym: "ARS")
                continue
            end, code = ne + sp[0], prefix_currency(code, sp[3])  # ("$20 million CAD")
            if not alone(end, not sp[0]):
                general(m, ne)  # maybe a range: "$7-8 billion", "from $7bn to $8bn"
                continue
            implied = False
            ctx.stated(code, start, end)
        else:
            if ns > bound:
                before = text[ns - 1]
                if before.isalpha() or before == "_":
                    continue  # "A320", "H100", "US10"
                if before in "-–−+.,'’/" and ns >= 2 and text[ns - 2].isalnum():
                    continue  # "GPT-4", "COVID-19", "1,2,3", "2/3" (ranges are read from their first number)
            if m.end() == ne:  # nothing after the digits
                if not alone(ne, True):
                    general(m, ne)  # "entre 80 et 90 milliards"
                continue  # a bare number ("2019", "150 salariés") is never a figure
            sp = specs.get(m.groups()[2:], MISSING)  # inlined :meth:`_Scanner.spec`
            if sp is MISSING:
                sp = spec(m, False, None)
            if sp is None or sp[8] or sp[9] or not sp[0] or not alone(end := ne + sp[0]):
                general(m, ne)  # a scale to read again, a symbol to check, no tail, a range
                continue
            start = ns
            if sp[6]:  # percent
                if ns > bound and text[ns - 1] in "-−":
                    general(m, ne)  # a signed percentage
                else:
                    raw = m.group(1)
                    value = percents.get(raw)
                    if value is None:
                        value = percents[raw] = float(number(raw))
                    out.append(Figure("percent", text[ns:end], ns, end, value=value))
                    sc.bound = end
                continue
            implied = False
            if sp[4]:  # a currency after the number
                code = sp[3]
                ctx.stated(code, ns, end)
            elif not sp[2] or (sp[7] >= 0 and counts_things(text, ne + sp[7], lang)):
                continue  # a scale word alone, not strong or counting things ("2 millions d'actions")
            elif text[end : end + 1] in GLUED_SIGN or (code := ctx.implied_scaled(ns, sp[1])) == NOTHING or counted_before(text, ns):
                continue  # a scale word alone needs the currency of the same or the previous paragraph
            else:
                implied = True
        end = period_end(text, end) if text[end - 1] == "." else end  # "CHF 5 mio. L'effectif"
        raw = m.group(1)
        amount = float((values.get(raw) or number(raw)) * (sp[1] or ONE) * sp[5])
        out.append(Figure("money", text[start:end], start, end, amount, None, code, implied))  # amount, amount_max, currency, implied
        sc.bound = end
    for sp in spelled[k:]:
        if sp.start() >= sc.bound:
            emit(sc.spelled(sp))
    out = currency_gates.apply(out, text, low, sc.lang)  # "R6.2bn" where South Africa is named, "268.4c"
    out = currency_continued.glued_amounts(out, text, sc.lang)  # "£900m ... the remaining 600m"
    out = currency_home.apply(out, text, low, sc.lang)  # "14,200 dinars" in Tunis, "2 milliards de francs" in Nouméa
    out = currency_home.bare_crowns(out, text, sc.lang)  # "rose 3 crowns" after "7.1 billion Swedish crowns"
    if sub := currency_subunits.find(text, low, sc.lang) + money_forms.find(text, low, sc.lang):  # "412 fils", "un euro symbolique", "6 fr. 50"
        out = currency_gates.merge(out, currency_home.apply(sub, text, low, sc.lang))  # ("weighs twelve pounds": no money)
    out = currency_context.apply(out, text, low, sc.lang)  # "All figures in Canadian dollars", "francs CFA" in Dakar
    out = yen_sign.apply(out, low) if "¥" in text else out  # "to ¥48.20" in Shanghai: the yuan
    out = money_forms.swiss_dash(out, text) if ".–" in text or ".-" in text else out  # "Fr. 250.–"
    out = money_forms.dollar_adjective(out, text) if "$ " in text or "$\u00a0" in text else out  # "65 M$ australiens"
    out = currency_continued.lead_currency(out, ctx.title_end) if ctx.title_end else out  # "X rachète Y pour 1,2 milliard"
    out = currency_continued.restated(out, text)  # "Sur les 38 millions levés", after "38 millions d'euros, soit 44 millions de dollars"
    out = currency_continued.announced(out, text)  # "Un complément d'au plus 1,8 million sera dû si l'EBITDA dépasse CHF 2,9 millions"
    out = currency_continued.cents_on_the(out, text) if " on the euro" in text else out  # "97.5 cents on the euro, up from 94 cents"
    out = currency_continued.compared_bare(out, text, sc.lang)  # "2.150.000 euros, contre 1.720.000 un an plus tôt"
    return [f for f in out if (f.currency is not None or not f.implied) and not money_forms.clock_led(text, f) and not money_forms.constant_money(text, f) and not money_forms.named_or_weighed(text, f)]  # (continuing a currency nothing named)
