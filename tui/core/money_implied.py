"""The currency an amount without one continues (the implied-currency rule of
:mod:`tui.core.money`): the last currency stated in the same paragraph or the
one before ("14,5 milliards" after "38 milliards de dollars").  Two exceptions reach
further: an amount in crores or lakhs continues the last rupee (or taka) stated
anywhere ("une dette de 900 crores" far below "2 850 crores de roupies", after
amounts in euros), and in a text that has stated one currency only, an amount
right after a verb of paying or bidding, or a fee, continues it ("avait proposé
environ 1,2 milliard", "une indemnité de 52 millions", two paragraphs below the
last "M€").  :func:`to_figure` applies it to an expression the grammar read."""

from __future__ import annotations

import bisect
import re
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING

from .model import Figure
from .counted import counted_before

if TYPE_CHECKING:
    from .money_grammar import Expr

NOTHING = "-"  # :meth:`CurrencyContext.implied` when no currency was stated nearby (None: an unknown one was)


_FIELD = re.compile(r"(?:^|\n)[^:\n]{1,30}:[ \u00a0]*\Z")
_CRORE_CODES = frozenset(("INR", "PKR", "BDT", "NPR", "LKR"))  # the currencies counted in lakhs and crores
_INDIAN_SCALES = frozenset((Decimal("1e5"), Decimal("1e7")))
#: a verb of paying or bidding, or a fee, right before the amount (an approximation word may come between)
_PAID = re.compile(
    r"(?i:\b(?:propos[ée]e?s?|offert(?:e|s)?|pay[ée]e?s?|débours[ée]e?s?|valoris[ée]e?s?|lev[ée]e?s?|"
    r"offered|paid|bid|valued|raised|priced|indemnité\s+de|pénalité\s+de|soulte\s+de|break\s+fee\s+of|termination\s+fee\s+of"
    r"|offre(?:\s+(?:concurrente|rivale|ferme|initiale|améliorée|non\s+sollicitée))?\s+de|(?:rival|competing|initial|improved|unsolicited)\s+(?:bid|offer)\s+of)"
    r"(?:[ \u00a0]+(?:environ|près\s+de|quelque|plus\s+de|about|around|some|nearly|almost|roughly))?[ \u00a0]+\Z)"
)


@lru_cache(maxsize=1)
def _denominated_rx() -> re.Pattern[str]:
    """A currency named without an amount, in the sentence before an amount: "the rest in dirhams, of which 1.2 billion"
    (the nouns: ``denomination_nouns`` in ``data/currency_words.json``)."""
    from .currencies import word_data

    nouns = "|".join(word_data()["denomination_nouns"]["nouns"])
    return re.compile(rf"\b(?:in|en)[ \u00a0]+({nouns})\b[^.;!?\n\d]*\Z")


def _denominated(noun: str, stated: set[str | None]) -> str | None:
    """The currency a noun names without an amount ("in dirhams"): its one code, or
    the one currency of its family the text has stated (MAD, not AED), else :data:`NOTHING`."""
    from .currencies import tables  # (imported here: this module stays free of the tables until an amount needs them)
    from .currency_home import noun_codes

    fixed, family = tables().words.get(noun), noun_codes(noun)
    known = {c for c in stated if c is not None and (c in family or c == fixed)}
    if len(known) == 1:
        return known.pop()
    return fixed if fixed is not None and not known and not family else NOTHING


_PER_SHARE = re.compile(r"[ \u00a0]*(?:per|a|par|l['’])[ \u00a0]*(?:share|action|ordinary share|titre)s?\b")


_CONVERTED = re.compile(r"[ \u00a0]*(?:\([ \u00a0]*)?(?:,[ \u00a0]*)?(?:soit|ou|or|i\.e\.)?[ \u00a0]*(?:environ|about|around|approximately|roughly|some|près de)?[ \u00a0]*\(?[ \u00a0]*")


class CurrencyContext:
    """The last stated currency, for amounts that only carry a scale word."""

    def __init__(self, text: str, para_re: re.Pattern[str]) -> None:
        self.text, self.para_re = text, para_re
        self.breaks: list[int] | None = None
        self.code: str | None = NOTHING
        self.last_end = -1  # where the last stated amount ends
        self.at = 0  # where ``code`` was stated (its paragraph is only looked up when needed)
        self.codes: set[str | None] = set()  # every currency stated so far
        self.own: set[str | None] = set()  # those stated for themselves, not as a conversion
        head = text.find("\n\n", 0, 250)  # a title line: its amounts take the currency the lead states
        self.title_end = head if head > 0 and "\n" not in text[:head] and text[head - 1] not in ".!?" else 0

    def paragraph(self, pos: int) -> int:
        """Index of the paragraph (newline-separated) holding ``pos``."""
        if self.breaks is None:
            self.breaks = [m.start() for m in self.para_re.finditer(self.text)]
        return bisect.bisect_left(self.breaks, pos)

    def stated(self, code: str | None, pos: int, end: int = -1) -> None:
        """A currency stated at ``pos``; a share's price (ending at ``end``) in another currency than the
        last one stated is no currency for the scaled amounts after it ("DKK 50 million in shares valued
        at €4.85 per share, and an earn-out of up to 20 million": kroner), nor is its conversion ("2,5 milliards de
        couronnes, soit environ 335 M€ ou 390 M$, dont 800 millions": kroner)."""
        self.codes.add(code)
        converted = self.code != NOTHING and _CONVERTED.fullmatch(self.text, self.last_end, pos) is not None
        if code == self.code or self.code in (NOTHING, None) or not (converted or end >= 0 and _PER_SHARE.match(self.text, end)):
            self.code = code
            self.own.add(code)  # (not a conversion's: "410 millions de dollars canadiens (environ 275 millions d'euros)")
        self.at = pos
        self.last_end = max(end, pos)

    def implied_scaled(self, pos: int, scale: Decimal | None) -> str | None:
        """:meth:`implied` for an amount with the scale word ``scale``, with the two
        exceptions of the module's docstring, and a third: a currency named without
        an amount just before it, in the same sentence ("lending the rest in dirhams,
        of which 1.2 billion")."""
        if scale in _INDIAN_SCALES and (rupees := self.codes & _CRORE_CODES):
            return self.code if self.code in rupees else next(iter(rupees)) if len(rupees) == 1 else NOTHING
        if (named := _denominated_rx().search(self.text, max(self.at, pos - 90), pos)) is not None:
            return _denominated(named.group(1).lower(), self.codes)
        code = self.implied(pos)
        if code == NOTHING and len(self.own) == 1 and _PAID.search(self.text, max(0, pos - 40), pos):
            return self.code
        return code

    def implied(self, pos: int) -> str | None:
        """The last stated currency, if stated in the paragraph of ``pos`` or the one before (or across a short line: an
        interview's question, a subheading); None: a currency named later ("12 436 milliards FCFA"); :data:`NOTHING` if none was."""
        if self.code == NOTHING:
            return None if pos < self.title_end else NOTHING  # (see currency_continued.lead_currency)
        k = self.paragraph(pos)
        d = k - self.paragraph(self.at)
        if d > 1 and self.at < pos and self._table_names(pos) and self._short_lines(self.text.rfind("\n\n", 0, pos) + 2, pos):
            return self.code  # the rows of a table under a header that names the currency ("Chiffres clés (en CHF)")
        if d > 1 and self._list_between(pos):
            return self.code  # the other items of the list that stated it: "- Gouvernement : 240 millions $ / - Crédit d'impôt : 30 % / Le reste, 1,1 milliard"
        if d == 2 and self.text[self.breaks[k - 2] : self.breaks[k - 1]].lstrip()[:1] == "«":
            return self.code  # across a quotation of its own paragraph ("… 42 millions d'euros. / « Le CV ne sert plus à rien… » / Sur l'enveloppe, 15 millions…")
        if d == 2 and self.breaks[k - 1] - self.breaks[k - 2] < 100:  # a question, or a subheading (no figure, no list item)
            line = self.text[self.breaks[k - 2] : self.breaks[k - 1]].strip()
            heading = line[-1:] not in ".!:;,…»”\")" and line[:1] not in "-–—•*·" and not any(c.isdigit() for c in line)
            field = _FIELD.search(self.text, max(0, pos - 40), pos)  # "Tujenge en chiffres / Clients actifs : 1,2 million": a fact sheet
            return self.code if "?" in line[-3:] or heading and field is None else NOTHING
        return self.code if d <= 1 else NOTHING

    def _list_between(self, pos: int) -> bool:
        """Whether only list items stand between the line that stated the currency and ``pos``'s."""
        a, b = self.text.find("\n", self.at), self.text.rfind("\n", 0, pos)
        lines = [line.strip() for line in self.text[a:b].split("\n") if line.strip()] if 0 <= a < b else []
        stated_line = self.text[self.text.rfind("\n", 0, self.at) + 1 : self.at].lstrip()
        here = self.text[b + 1 : pos].lstrip()  # (the paragraph after the list: an item further down may count other things)
        return bool(lines) and len(lines) <= 6 and all(line[:1] in "-–—•*·" for line in [stated_line, *lines]) and here[:1] not in "-–—•*·"

    def _table_names(self, pos: int) -> bool:
        """Whether the first line of the block holding ``pos`` names the last stated currency's
        code ("Chiffres clés (1er semestre, en CHF)", "EUR m | 2025 | 2024")."""
        start = self.text.rfind("\n\n", 0, pos) + 2
        header = self.text[start : self.text.find("\n", start, pos) if "\n" in self.text[start:pos] else start]
        return bool(header) and self.code is not None and re.search(rf"\b{self.code}\b", header) is not None

    def _short_lines(self, a: int, b: int) -> bool:
        """Whether every line from ``a`` to ``b`` is short (a table's rows, a fact sheet's fields)."""
        start = self.text.rfind("\n", 0, a) + 1
        return all(len(line) <= 100 for line in self.text[start:b].split("\n")[1:])


GLUED_SIGN = frozenset("€$£¥₹₩")  # signs that may be glued after a scale ("3,4 Mds€")


def to_figure(text: str, e: Expr, ctx: CurrencyContext) -> Figure | None:
    """Turn an expression into a Figure, applying the implied-currency rule."""
    t = e.tail
    hi = float(e.high) if e.high is not None else None
    if t.percent:
        return Figure("percent", text[e.start : e.end], e.start, e.end, value=float(e.low), value_max=hi)
    implied = False
    if t.has_currency:
        code = t.currency
        ctx.stated(code, e.start, e.end)
    elif t.shared:  # the currency of the amount it changes into ("de 210 à 185 euros")
        code, implied = t.currency, True
    elif t.strong and not t.excluded and text[e.end : e.end + 1] not in GLUED_SIGN and (code := ctx.implied_scaled(e.start, t.scale)) != NOTHING and not counted_before(text, e.start):
        # (not "3,4 Mds€¹": a sign glued to the scale that a footnote kept from being read is no implied currency)
        implied = True
    else:
        return None
    return Figure(
        "money", text[e.start : e.end], e.start, e.end,
        amount=float(e.low), amount_max=hi, currency=code, implied=implied,
    )
