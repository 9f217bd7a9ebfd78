"""Where a text's lines, paragraphs, blocks and newsletter items start (plain
string scans, shared by the readers of currency context)."""

from __future__ import annotations

import re

#: a newsletter item's label: "1. Royaume-Uni – ", "Suisse : "
ITEM_LABEL = re.compile(r"(?:\d{1,2}[.)][ \u00a0]*)?[^\W\d][^\n.:;,–—]{1,30}?[ \u00a0]*(?:[:–—]|--?)[ \u00a0]")
NUMBERED = re.compile(r"\s*\d{1,2}[.)][ \u00a0]")  # a letter's numbered item: "2. DUBAÏ – …"


def heading_start(low: str, start: int) -> int:
    """``start`` (a paragraph's), or that of the short heading above it ("4. Au Royaume-Uni, la multipropriété se consolide")."""
    head = low.rfind("\n", 0, start - 2) + 1 if low.endswith("\n\n", 0, start) else start
    return head if 0 < len(line := low[head : max(head, start - 2)].strip()) <= 80 and line[-1] not in ".!?:;»\")" else start


def line_starts(head: str) -> list[int]:
    """Offsets just before each line of ``head`` (-1 for the first)."""
    return [-1, *(i for i, c in enumerate(head) if c == "\n")]


def block(low: str, pos: int) -> str:
    """The block of text (between blank lines) around ``pos``."""
    return low[low.rfind("\n\n", 0, pos) + 1 : len(low) if (e := low.find("\n\n", pos)) < 0 else e]
