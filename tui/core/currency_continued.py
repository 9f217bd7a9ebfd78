"""Amounts that continue a currency the text states.

* ``glued_amounts``: a number glued to its scale ("£900m ... the remaining 600m",
  "SEK 2,184 m (1,968 m)") after an amount in a known currency takes it, as implied;
* ``lead_currency``: an amount of the title with a scale word and no currency
  takes the currency of the first amount the lead states;
* ``restated``: an implied amount that restates one stated earlier ("38
  millions d'euros … soit environ 44 millions de dollars … Sur les 38 millions
  levés") takes that amount's currency, not the last one stated;
* ``announced``: an implied amount whose own sentence goes on to state an amount in
  another currency the text stated before takes that one ("… 3,6 M€. Un complément
  de prix d'au plus 1,8 million sera dû si l'EBITDA dépasse CHF 2,9 millions");
* ``cents_on_the``: a loan's price in "cents on the euro" is in euro cents, and so
  are the bare cents after it in its sentence ("quoted at 97.5 cents on the euro,
  up from 94 cents in March"); "cents" alone are US cents;
* ``compared_bare``: a bare number compared with the amount just before it
  ("un chiffre d'affaires de 2.150.000 euros, contre 1.720.000 un an plus tôt")
  is an amount in its currency, as implied.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from functools import lru_cache

from .currency_context import SENTENCE_END
from .model import Figure
from .numbers import parse_number


_GLUED_END = re.compile(r"\d(?:m|M|mn|bn|b|k|K)\Z")
_SCALE = {"m": 1e6, "M": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "k": 1e3, "K": 1e3}
_LENGTH = r" (?:long|high|tall|deep|wide|away|above|below|square|de long|de haut)\b"  # "a 600m tunnel", "600m long"
_PRIOR = re.compile(r"[ \u00a0]\((\d{1,3}(?:[,.\u00a0\u202f ]\d{3})*(?:[.,]\d+)?)[ \u00a0](m|bn|k)\)")  # a spaced scale in brackets


@lru_cache(maxsize=2)
def _glued(point: str) -> re.Pattern[str]:
    """A number glued to m/mn/bn/k, with ``point`` as its decimal mark, not a length."""
    return re.compile(rf"(?<![\w$€£¥.,/-])(?<!\ba )(?<!\ban )(\d{{1,4}}(?:\{point}\d{{1,3}})?)(mn|m|M|bn|b|k|K)(?![\w&%-]|{_LENGTH})")


def glued_amounts(figures: list[Figure], text: str, lang: str) -> list[Figure]:
    """``figures`` with the glued amounts that continue a stated one (see above)."""
    added = []
    glued = _glued("," if lang == "fr" else ".")
    found: list[re.Match[str]] | None = None
    starts: list[int] = []
    for i, f in enumerate(figures):
        if f.kind == "money" and not f.implied and f.currency is not None and (prior := _PRIOR.match(text, f.end)):
            amount = float(parse_number(prior.group(1), lang)) * _SCALE[prior.group(2)]  # "SEK 2,184 m (1,968 m)": last year's, same currency
            added.append(Figure("money", text[prior.start(1) : prior.end(2)], prior.start(1), prior.end(2), amount, None, f.currency, True))
        if f.kind != "money" or f.implied or f.currency is None:
            continue
        own = _GLUED_END.search(f.text) is not None  # (after "£1.4 million", only a glued number after a word of money: "a profit of 210K")
        if found is None:
            found = list(glued.finditer(text))  # (once: every glued number of the text, then those after each amount)
            starts = [m.start() for m in found]
        lo = bisect.bisect_left(starts, f.end)
        if lo == len(starts) or starts[lo] >= f.end + 200:
            continue  # (no glued number near: the common case, at the cost of a bisection)
        stop = SENTENCE_END.search(text, f.end, f.end + 200)
        k = i + 1
        while k < len(figures) and figures[k].kind != "money" and figures[k].start < f.end + 200:
            k += 1  # ("SEK 486m, up 22% from 398m": past a percentage)
        nxt = figures[k].start if k < len(figures) else len(text)
        end = min(stop.start() if stop else f.end + 200, nxt)
        for m in found[lo : bisect.bisect_left(starts, end)]:
            if m.end() > end or not own and _MONEY_CUE.search(text, max(0, m.start() - 40), m.start()) is None and not _ADDED_TO.fullmatch(text, f.end, m.start()):
                continue
            amount = float(m.group(1).replace(",", ".")) * _SCALE[m.group(2)]
            added.append(Figure("money", m.group(), m.start(), m.end(), amount, None, f.currency, True))
    return sorted(figures + added, key=lambda g: g.start) if added else figures


_LEAD = 600  # characters after the title: the lead that states the title's currency


def lead_currency(figures: list[Figure], title_end: int) -> list[Figure]:
    """An amount of the title with a scale word and no currency ("Y racheté pour
    1,2 milliard") takes the currency of the first amount the lead states, as
    implied; without one in the first ``_LEAD`` characters it stays unknown."""
    first = next((f for f in figures if f.kind == "money" and f.start >= title_end and not f.implied), None)
    if first is None or first.currency is None or first.start > title_end + _LEAD:
        return figures
    code = first.currency
    return [dataclasses.replace(f, currency=code) if f.start < title_end and f.implied and f.currency is None else f for f in figures]


_RESTATING = re.compile(r"(?i:\b(?:les|ces|the|those|these)[ \u00a0]+\Z)")  # "Sur les 38 millions levés": the amount said before


def restated(figures: list[Figure], text: str) -> list[Figure]:
    """``figures`` with each implied amount written after "les", "the" that equals an amount
    stated earlier in one currency in that currency (see above)."""
    stated: dict[tuple[float | None, float | None], set[str]] = {}
    out = []
    for f in figures:
        if f.kind == "money" and f.currency is not None and not f.implied:
            stated.setdefault((f.amount, f.amount_max), set()).add(f.currency)
        elif f.kind == "money" and f.implied and len(codes := stated.get((f.amount, f.amount_max), ())) == 1 and (code := next(iter(codes))) != f.currency and (
            _RESTATING.search(text, max(0, f.start - 8), f.start)
        ):
            f = dataclasses.replace(f, currency=code)
        out.append(f)
    return out


def announced(figures: list[Figure], text: str) -> list[Figure]:
    """``figures`` with each implied amount, first of its sentence, that the sentence's next
    stated amount gives a currency stated earlier in the text, in that currency (see above)."""
    out, seen, last = list(figures), set(), -1  # (``last``: where the last stated amount ends)
    for i, f in enumerate(figures):
        if f.kind != "money" or f.currency is None:
            continue
        if not f.implied:
            seen.add(f.currency)
            last = f.end
            continue
        if last < 0 or SENTENCE_END.search(text, last, f.start) is None:
            continue  # (a stated amount earlier in its sentence gives the currency)
        nxt = next((g for g in figures[i + 1 :] if g.kind == "money" and not g.implied and g.currency is not None), None)
        between = text[f.end : nxt.start] if nxt is not None else ""
        if nxt is not None and nxt.currency != f.currency and nxt.currency in seen and SENTENCE_END.search(between) is None and (
            len(between.split()) > 3 and "(" not in between  # (not its conversion: "412 crores (43 M€)")
        ):
            out[i] = dataclasses.replace(f, currency=nxt.currency)
    return out


_ON_THE = re.compile(r"[ \u00a0]on[ \u00a0]the[ \u00a0](euro|dollar)\b")


def cents_on_the(figures: list[Figure], text: str) -> list[Figure]:
    """``figures`` with the cents "on the euro" and the bare cents after them in their sentence in euros (see the module doc)."""
    out, code, end = [], None, -1
    for f in figures:
        cents = f.kind == "money" and f.text.endswith(("cents", "cent")) and f.currency in ("USD", "EUR")
        if cents and (m := _ON_THE.match(text, f.end)):
            code, end = ("EUR" if m.group(1) == "euro" else "USD"), f.end
        elif cents and code and SENTENCE_END.search(text, end, f.start) is None:
            end = f.end
        else:
            code = None if cents or f.kind == "money" else code
        out.append(dataclasses.replace(f, currency=code) if cents and code and f.currency != code else f)
    return out


#: after an amount: a few words, "contre"/"against"/"down from", then a bare number (its group mark repeated), or thousands
#: in words ("contre 640 mille l'année précédente")
_COMPARED = re.compile(
    r"[^.;:!?\n\d%]{0,40}?\b(?:contre|against|versus|compared[ \u00a0]+(?:with|to)|(?:down|up)[ \u00a0]+from)[ \u00a0]+"
    r"(\d{1,3}(?:([ \u00a0\u202f.,'’])\d{3})(?:\2\d{3})*|\d{1,3}(?:[.,]\d{1,2})?[ \u00a0]+(?:mille|thousand)\b|\d{3,})(?![\d%]|[.,]\d)"
)
#: a bare number written with a group mark ("1.300.000", "4'000'000", "1,900")
_GROUPED = re.compile(r"(?<![\w.,'’\u00a0\u202f-])(\d{1,3}(?:([ \u00a0\u202f.,'’])\d{3})(?:\2\d{3})*)(?![\d%]|[.,]\d|[ \u00a0\u202f]\d)")
#: what may follow the number: punctuation, or a word that is no unit ("dont 1.300.000 sous forme de", "un complément de
#: 1.200.000 si", "contre 1.720.000 un an plus tôt", "up from 1,900 when"; not "contre 30 salariés", "1.150 particuliers")
_COMPARED_AFTER = re.compile(
    r"[ \u00a0]*(?:[,.;:)»”\"\n]|\Z|(?:un|une|deux|trois|l['’]|en|il|au|aux|à(?![ \u00a0]+\d)|pour|sur|par|si|sous|dont|lors|dès|auparavant|précédemment"
    r"|attendus?|prévus?|payables?|dus|dues?|dû|auprès|d['’]apports?|correspondant|représentant|supplémentaires?|versée?s?|prêtée?s?|apportée?s?|financée?s?|empruntée?s?|d['’]emprunt|avant|fin|dans|de[ \u00a0]+(?:dettes?|prêts?|bonus|subventions?|fonds[ \u00a0]+propres|créances?|pertes?|frais|charges?|loyers?|salaires?|trésorerie|liquidités|crédits?|primes?|dividendes?|ventes|revenus|chiffre[ \u00a0]+d['’]affaires|capital|capitaux|commandes)|d['’](?:intérêts|impôts?)"
    r"|cette|cet|ce|quatre|cinq|six|dix|seront|sera|sont|est|était|pourra|pourront|ne|restante?s?|et"
    r"|a|in|if|when|last|the|at|for|on|over|comes|spread|it|previously|earlier|before|ago|more|extra|upfront|payable|down|up|is|deferred|due)\b)"
)

#: a word of money right before a bare number: "Un complément de 1.200.000", "qui apporte 3.000.000", "another 390,000",
#: maybe with a word of approximation: "a profit of about 260K", "kept about 720K"
_MONEY_CUE = re.compile(
    r"(?i:(?:\b(?:complément|versement|paiement(?:[ \u00a0][a-zéè]+)?|perte|bénéfice|prêt|apport|subvention|budget|loyer|montant|ticket|enveloppe|chèque|dette|découvert(?:[ \u00a0]autorisé)?|emprunt|avance|acompte|dotation|indemnité)[ \u00a0]+de"
    r"|\b(soit|dont|avec)|\b(?:le|the)[ \u00a0]+(?:reste|solde|rest|balance|remainder)|\bapport(?:ent|e|era|eront)|\breprésentent|\breprésente|\bà[ \u00a0]+hauteur[ \u00a0]+de|\banother|\bcompared[ \u00a0]+with[ \u00a0]+the|\bso"
    r"|\bgrosses|\bearns|\b(?:income|revenue|turnover)[ \u00a0]+(?:is|was)|\bcosts?|\bpaid|\bpays|\bspent|\b(?:loss|profit|payment|fee)[ \u00a0]+of|\ba[ \u00a0]+further|\bthe[ \u00a0]+(?:other|remaining)|\ban[ \u00a0]+additional|\b(?:kept|made|cleared|netted))"
    r",?(?:[ \u00a0]+(?:about|around|roughly|some|nearly|almost|environ|quelque))?[ \u00a0]+\Z)"
)
#: a number of thousands in words: "another 700 thousand"
_THOUSANDS = re.compile(r"(?<![\w.,])(\d{1,3}(?:[.,]\d{1,2})?)[ \u00a0]+thousand\b")
#: a payment put off, after a number: " spread over two years", " is paid over three years", " payable in 2048"
#: (not " over two years" alone, without a word of money before: "sold 300 thousand over two years")
_DEFERRED = re.compile(r"[ \u00a0]+(?:(?:is|are)[ \u00a0]+)?(?:spread[ \u00a0]+over|paid[ \u00a0]+over|payable\b|deferred\b)")
#: between an amount and a number it adds to, a few words in lower case: "£500,000 on completion and 140 thousand", "and up to 250k"
_ADDED_TO = re.compile(r"(?:[ \u00a0]+[a-z]+){0,3}[ \u00a0]+(?:and|plus)[ \u00a0]+(?:up[ \u00a0]+to[ \u00a0]+)?\Z")
#: a word of money right after a bare number: "200.000 d'apport du groupe et 80.000 de prêt d'honneur"
_MONEY_NOUN_AFTER = re.compile(r"[ \u00a0]+(?:de[ \u00a0]+(?:dettes?|prêts?|subventions?|créances?|loyers?|dividendes?)|d['’](?:apports?|intérêts|emprunts?))\b")
#: before the number: a level it moved to, an index, an identifier ("fell 0.7% to 38,912", "the Topix … to 3,012",
#: "valeur n° 1.284.530")
_NOT_MONEY = re.compile(
    r"%[ \u00a0]*(?:to|à)[ \u00a0]+\Z|(?i:\b(?:(?:index|indice|Topix|Nikkei|CAC|DAX|FTSE|SMI|Dow|S&P|points?|numéro|number|ISIN)\b|n°|nº|no\.)[^\n]*\Z|(?:n°|nº|#)[ \u00a0]*\Z)"
)


def compared_bare(figures: list[Figure], text: str, lang: str) -> list[Figure]:
    """``figures`` with the bare numbers that go on from the amount just before them, in its currency (see above):
    after "contre"/"against" any number; else one written with a group mark, the first in the amount's sentence
    (within a factor of 20 of that amount: "6,75 millions d'euros, contre 5,4" is left alone), or any before the
    next amount, in its paragraph or the next, after a word of money ("Un complément de 1.200.000 pourra",
    "qui apporte 3.000.000 et"). No unit may follow it."""
    added, following, nxt = [], [0] * len(figures), len(text)
    for i in range(len(figures) - 1, -1, -1):  # where the next amount starts (past a percentage: "pour 100 % des titres, dont 1.300.000")
        following[i] = nxt
        nxt = figures[i].start if figures[i].kind == "money" else nxt
    for i, f in enumerate(figures):
        if f.kind != "money" or f.implied or f.currency is None or not f.amount:
            continue
        nxt = following[i]
        m = _COMPARED.match(text, f.end)
        stop = SENTENCE_END.search(text, f.end, min(nxt, f.end + 120))
        if m is None:  # the first grouped number of the sentence that no unit follows ("… de 6.000 m², et 500.000 pour les stocks")
            m = next((g for g in _GROUPED.finditer(text, f.end, stop.start() if stop else min(nxt, f.end + 120)) if _grouping(g, lang) and _COMPARED_AFTER.match(text, g.end())), None)
        first = -1
        if m is not None and m.end() <= nxt and _COMPARED_AFTER.match(text, m.end()) and not _NOT_MONEY.search(text, f.end, m.start(1)):
            raw = m.group(1)
            amount = float(parse_number(raw, lang)) if raw[-1].isdigit() else float(parse_number(raw.split()[0], lang)) * 1000  # ("contre 640 mille")
            if not (raw.isdigit() and 1900 <= int(raw) <= 2100) and f.amount / 20 <= amount <= f.amount * 20:  # (not a year: "contre 2027")
                added.append(Figure("money", raw, m.start(1), m.end(1), amount, None, f.currency, True))
                first = m.start(1)  # (one turned down may still follow a word of money: "5,8 millions d'euros, pour un bénéfice de 210.000")
        end = min(nxt, f.end + 400)
        if (gap := text.find("\n\n", f.end, end)) >= 0 and (gap2 := text.find("\n\n", gap + 2, end)) >= 0:
            end = gap2  # (the amount's paragraph and the next)
        for m in _GROUPED.finditer(text, f.end, end):
            cue = _MONEY_CUE.search(text, max(0, m.start(1) - 40), m.start(1)) if m.start(1) != first and _grouping(m, lang) else None
            if cue and _COMPARED_AFTER.match(text, m.end()) and not (cue.group(1) and any(c.isdigit() for c in text[f.end : cue.start()])) or (  # ("380 000 inscrits, dont 41 000": a count's share)
                cue is None and m.start(1) != first and _grouping(m, lang) and _MONEY_NOUN_AFTER.match(text, m.end())  # "et 80.000 de prêt d'honneur"
            ):
                amount = float(parse_number(m.group(1), lang))
                if amount >= 1000:
                    added.append(Figure("money", m.group(1), m.start(1), m.end(1), amount, None, f.currency, True))
        for m in _THOUSANDS.finditer(text, f.end, end):  # "£850,000 on completion and another 400 thousand over four years"
            cue = _MONEY_CUE.search(text, max(0, m.start() - 40), m.start())
            added_to = _ADDED_TO.fullmatch(text, f.end, m.start()) is not None  # ("£300,000 on completion and 85 thousand more over two years")
            if (cue and not cue.group(1) or added_to) and _COMPARED_AFTER.match(text, m.end()) or _DEFERRED.match(text, m.end()):  # ("and 500 thousand spread over two years")
                added.append(Figure("money", m.group(), m.start(), m.end(), float(parse_number(m.group(1), lang)) * 1000, None, f.currency, True))
    return sorted(figures + added, key=lambda g: g.start) if added else figures


def _grouping(m: re.Match[str], lang: str) -> bool:
    """Whether the mark in ``m`` (a :data:`_GROUPED` match) groups thousands: not the decimal mark of ``lang`` written
    once ("0.285 of a share", French "1,900"), nor after a leading zero."""
    return not m.group(1).startswith("0") and not (m.group(2) == ("," if lang == "fr" else ".") and m.group(1).count(m.group(2)) == 1)
