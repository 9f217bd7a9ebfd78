"""Where a text's lines, paragraphs, blocks and newsletter items start (plain
string scans, shared by the readers of currency context)."""

from __future__ import annotations

import bisect
import re

#: a newsletter item's label: "1. Royaume-Uni – ", "4 – États-Unis : ", "Suisse : "
ITEM_LABEL = re.compile(r"(?:\d{1,2}(?:[.)][ \u00a0]*|[ \u00a0]+[–—-][ \u00a0]+))?[^\W\d][^\n.:;,–—]{1,30}?[ \u00a0]*(?:[:–—]|--?)[ \u00a0]")
_NUMBERED = re.compile(r"(?m)^\d{1,2}(?:[.)]|[ \u00a0]+[–—-])[ \u00a0]")  # a letter's numbered item: "2. DUBAÏ – …", "4 – ÉTATS-UNIS : …"

_CAPITALS = re.compile(r"\n\n([A-ZÀ-Ý][A-ZÀ-Ý'’-]+(?:[ \u00a0]+[^\W\d_][^\W\d_'’-]*)?[^\n]{0,100})(?=\n)")  # a line opening on a word in capitals


def in_capitals(line: str) -> bool:
    """A heading in capitals ("QUÉBEC — BIRKS REPREND TROPHÉES LAURENTIDES"), not a dateline's line."""
    return sum(c.isupper() for c in line) >= 0.8 * sum(c.isalpha() for c in line)


def heading_start(low: str, start: int) -> int:
    """``start`` (a paragraph's), or that of the short heading above it ("4. Au Royaume-Uni, la multipropriété se consolide")."""
    head = low.rfind("\n", 0, start - 2) + 1 if low.endswith("\n\n", 0, start) else start
    return head if 0 < len(line := low[head : max(head, start - 2)].strip()) <= 80 and line[-1] not in ".!?:;»\")" else start


def line_starts(head: str) -> list[int]:
    """Offsets just before each line of ``head`` (-1 for the first)."""
    return [-1, *(i for i, c in enumerate(head) if c == "\n")]


def item_starts(low: str, text: str | None = None) -> list[int]:
    """Where each numbered item of a letter starts ("1. JAPON – …", "2) …" opening a line); given the
    ``text`` itself, also each heading in capitals after a blank line ("JAPON — MHI ACQUIERT 60 % DE …",
    "LE CHIFFRE DE LA SEMAINE : 210 Md$"), a letter's items too."""
    starts = [m.start() for m in _NUMBERED.finditer(low)]
    if text is not None:
        starts += [m.start(1) for m in _CAPITALS.finditer(text) if in_capitals(m.group(1))]
    return sorted(starts)


def item_text(low: str, pos: int, starts: list[int]) -> str:
    """The text of the item that holds ``pos``: from its numbered line (or, before the first item,
    from the block's start) to the end of the block of ``pos``."""
    i = bisect.bisect_right(starts, pos)
    lo = starts[i - 1] if i else low.rfind("\n\n", 0, pos) + 1
    return low[lo : len(low) if (e := low.find("\n\n", pos)) < 0 else e]
