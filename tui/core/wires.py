"""News agencies' datelines: "OSLO, Sept 13 (Reuters) - ...".

An agency writes its bare "$" for the US dollar wherever it files from, except
from a dollar country of its own ("TORONTO (Reuters) -" means Canada's): the
place of the dateline tells which (see :func:`tui.core.currency_context`).
"""

from __future__ import annotations

import re

_WIRES = r"reuters|bloomberg|ap|afp|dow jones|ians|pti|bernama|aap|kyodo"
# a line that opens with a place, maybe a date, then the agency in parentheses and a dash
_DATELINE = re.compile(rf"(?m)^(?P<place>[^\W\d][^\n()]{{1,60}}?)\s*\((?:{_WIRES})\)\s*(?:--?|[–—])")


def wire_place(low: str, head: int = 800) -> str | None:
    """The place (lower case, date included) of an agency's dateline in the first
    ``head`` characters of ``low`` (the text lower-cased), or None."""
    m = _DATELINE.search(low, 0, min(len(low), head))
    return m.group("place") if m is not None else None
