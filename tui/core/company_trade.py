"""Company names that fixed shapes give away, and spans that name none.

* A ship's particulars in a sale-and-purchase report name its builder: "the
  Ocean Star (82,100 dwt, built 2015 Tsuneishi Zhoushan)", "the Cape Iris
  (180,200 dwt, 2011 Imabari)", "(1,700 TEU, 2008 Hanjin)": the yard is a
  company.  Found from the size unit, so it costs nothing on other texts.
* A qualifier in parentheses between a name and its legal form, as South
  Asian and southern African registers write them: "Smart Technologies (BD)
  Ltd", "Lanka Tiles (Pvt) Ltd", "Arkin (Private) Limited", "Vela (Pty) Ltd".
* A bank named in one word, "-bank" glued to it ("Orabank", "BGFIBank"), with
  the country of a subsidiary after it ("Orabank Gabon").
* A French trade-registry number ("RCS Nantes 512 345 678", "R.C.S. Paris B
  552 081 317") and a ministry named by its remit ("the Department for Work
  and Pensions", "le ministère de l'Économie et des Finances") name no
  company: :func:`skipped_spans` are never company mentions.
"""

from __future__ import annotations

import re

from .company_tails import place_tail
from .company_data import PHRASE, SP, UP
from .textscan import literal_positions

_UNITS = (" dwt", " DWT", "dwt,", " teu", " TEU", "TEU,", " cbm", " ceu", " CEU", " gt,", " GT,")
_PARTICULARS = re.compile(
    rf"\(\d[\d,.\u00a0\u202f ]*{SP}?(?:dwt|DWT|teu|TEU|cbm|ceu|CEU|gt|GT),{SP}"
    rf"(?:(?:built|blt|bt|construit|livré){SP}(?:(?:in|en){SP})?)?(?:19|20)\d\d,?{SP}(?:(?:by|at|par|chez){SP})?"
    rf"(?P<name>{PHRASE})\)"
)


def builder_names(text: str) -> list[tuple[int, int]]:
    """Spans of the shipyards named in ships' particulars (see the module doc)."""
    found, seen = [], set()
    for i in literal_positions(text, _UNITS):
        p = text.rfind("(", max(0, i - 16), i)
        if p < 0 or p in seen:
            continue
        seen.add(p)
        if (m := _PARTICULARS.match(text, p)) is not None:
            found.append(m.span("name"))
    return found


_QUALIFIER = re.compile(r"[ \u00a0]\((?:[A-Z]{2,3}|Pvt\.?|Private|Pty|PVT|Pte\.?|Pvt\.? ?Ltd)\)[ \u00a0]\Z")


def qualifier_start(text: str, pos: int) -> int:
    """Where a qualifier in parentheses starts right before the legal form at
    ``pos`` ("Smart Technologies (BD) Ltd"); ``pos`` if there is none."""
    m = _QUALIFIER.search(text, max(0, pos - 16), pos) if text[pos - 2 : pos - 1] == ")" else None
    return m.start() + 1 if m else pos


_GLUED_BANK = re.compile(r"(?<![\w&@-])[A-Z][A-Za-z]{2,}(?:bank|banken|Bank)(?![\w&@-])")


def bank_names(text: str) -> list[tuple[int, int]]:
    """Spans of the banks named in one word (see the module doc)."""
    found = []
    for i in literal_positions(text, ("bank", "Bank")):
        if i < 3 or not text[i - 1].isalpha():
            continue
        j = i
        while j > 0 and text[j - 1].isalpha() and i - j < 24:
            j -= 1
        if (m := _GLUED_BANK.match(text, j)) is not None and m.end() in (i + 4, i + 6):
            end = place_tail(text, m.end())
            found.append((m.start(), end if end > 0 else m.end()))
    return found


_REGISTRY = re.compile(
    rf"R\.?C\.?S\.?{SP}+(?:de{SP}+|d['’])?[{UP}][\w'’-]*(?:[ -][{UP}][\w'’-]*){{0,2}}"
    rf"(?:{SP}+[AB])?{SP}+\d{{3}}{SP}?\d{{3}}{SP}?\d{{3}}"
)


_WORD = rf"[{UP}][\w'’-]*"
_HEADS = ("Department", "Ministry", "Ministère", "ministère", "Secretariat", "Secrétariat")
_REMIT = re.compile(
    rf"(?:{'|'.join(_HEADS)}){SP}+(?:for|of|de|du|des|d['’])"
    rf"(?:{SP}+(?:the|la|l['’]))?{SP}*{_WORD}(?:(?:,|{SP}+(?:and|et|&|of|de|du|des|d['’]|for|pour)(?:{SP}+(?:the|la|l['’]))?)?{SP}*{_WORD})*"
)


def skipped_spans(text: str) -> list[tuple[int, int]]:
    """Spans of trade-registry numbers and of ministries (see the module doc)."""
    spans = [m.span() for i in literal_positions(text, ("RCS", "R.C.S")) if (m := _REGISTRY.match(text, i))]
    heads = [h + " " for h in _HEADS]
    return spans + [m.span() for i in literal_positions(text, heads) if (m := _REMIT.match(text, i))]
