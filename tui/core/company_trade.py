"""Company names that the fixed formats of trade reports give away.

* A ship's particulars in a sale-and-purchase report name its builder: "the
  Ocean Star (82,100 dwt, built 2015 Tsuneishi Zhoushan)", "the Cape Iris
  (180,200 dwt, 2011 Imabari)", "(1,700 TEU, 2008 Hanjin)": the yard is a
  company.  Found from the size unit, so it costs nothing on other texts.
"""

from __future__ import annotations

import re

from .company_data import PHRASE, SP
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
