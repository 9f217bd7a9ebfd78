"""A symbolic price written in words: "la marque à un euro symbolique",
"cédée pour un dollar symbolique", "sold for a symbolic one pound".

The number words of :mod:`tui.core.numbers` are read only before a scale word
("un milliard"), so a single unit in words is no figure on its own: "un euro"
is as often the currency itself ("un euro fort") as an amount.  "symbolique"
/ "symbolic" says it is a price ("nominal" is not enough: "in nominal
dollar terms").  The figure is the amount and its
currency as written ("un euro"), as for any other amount.
"""

from __future__ import annotations

import re

from .model import Figure

_CODES = {"euro": "EUR", "dollar": "USD", "pound": "GBP"}
_FR = re.compile(r"\b(?:un|1) (euro|dollar)(?= symbolique\b)")
_EN = re.compile(r"(?<=\bsymbolic )(?:one )?(euro|dollar|pound)\b(?! (?:sign|amount|value|figure|price|terms?)s?\b)")


def find(text: str, low: str, lang: str) -> list[Figure]:
    """The symbolic prices of ``text`` (``low``: its lower-cased form, same offsets)."""
    if "symboli" not in low:
        return []
    pattern = _FR if lang == "fr" else _EN
    return [
        Figure("money", text[m.start() : m.end()], m.start(), m.end(), 1.0, None, _CODES[m.group(1)])
        for m in pattern.finditer(low)
    ]
