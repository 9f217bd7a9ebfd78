"""Where a text's lines, paragraphs, blocks and newsletter items start (plain
string scans, shared by the readers of currency context)."""

from __future__ import annotations

import bisect
import re

#: a newsletter item's label: "1. Royaume-Uni – ", "4 – États-Unis : ", "Suisse : "
ITEM_LABEL = re.compile(r"(?:\d{1,2}(?:[.)][ \u00a0]*|[ \u00a0]+[–—-][ \u00a0]+))?[^\W\d][^\n.:;,–—]{1,30}?[ \u00a0]*(?:[:–—]|--?)[ \u00a0]")
_NUMBERED = re.compile(r"(?m)^\d{1,2}(?:[.)]|[ \u00a0]+[–—-])[ \u00a0]")  # a letter's numbered item: "2. DUBAÏ – …", "4 – ÉTATS-UNIS : …"

_CAPITALS = re.compile(r"\n\n([A-ZÀ-Ý][A-ZÀ-Ý'’-]+(?:[ \u00a0]+[^\W\d_][^\W\d_'’-]*)?[^\n]{0,100})(?=\n)")  # a line opening on a word in capitals

_COUNTRY_DASH = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý'’-]+(?:[ \u00a0][A-ZÀ-Ý][A-ZÀ-Ý'’-]+)?[ \u00a0]+[—–][ \u00a0]")


def in_capitals(line: str) -> bool:
    """A letter's heading, not a dateline's line: in capitals ("QUÉBEC — BIRKS REPREND TROPHÉES LAURENTIDES"), or
    a short line after its country in capitals and a dash ("ROYAUME-UNI — Puzzler Media passe chez Future")."""
    return sum(c.isupper() for c in line) >= 0.8 * sum(c.isalpha() for c in line) or (
        len(line) <= 120 and not line.endswith(".") and _COUNTRY_DASH.match(line) is not None)


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
    from the block's start) to the end of the block of ``pos``, at most ``_ITEM`` characters either side."""
    i = bisect.bisect_right(starts, pos)
    lo = max(starts[i - 1] if i else low.rfind("\n\n", 0, pos) + 1, pos - _ITEM)  # (an item is short: a long text stays linear)
    return low[lo : min(len(low) if (e := low.find("\n\n", pos, pos + _ITEM)) < 0 else e, pos + _ITEM)]


_ITEM = 4000  # characters an item (or a paragraph) may reach on either side of a position


def paragraph_around(low: str, pos: int) -> str:
    """The paragraph around ``pos``, at most ``_ITEM`` characters either side (a text with no blank line stays linear)."""
    lo, hi = max(0, pos - _ITEM), min(len(low), pos + _ITEM)
    end = low.find("\n\n", pos, hi)
    return low[max(lo, low.rfind("\n\n", lo, pos) + 1) : hi if end < 0 else end]


_KICKER = re.compile(r"[^\n]{0,80}(?:\||[ \u00a0][/›>»][ \u00a0])[^\n]{0,80}\n\n")  # a masthead line: "OFFSHORE FLEET WEEK | Deals", "Drill & Bore Review / Deals / India"
_BYLINE = re.compile(r"\n\n(?:Posted|Published|Publié|Par|By)\b")  # a blog's title under its name: "Canned & Able — notes …\n\nHow I sold …\n\nPosted by"


def title_end(text: str) -> int:
    """Where the title ends: after the first line, or after the headline under a masthead line or a blog's name."""
    end = text.find("\n", 0, 250) + 1
    if end and text.startswith("\n", end) and (after := text.find("\n", end + 1, end + 160)) > 0 and (_KICKER.match(text) or _BYLINE.match(text, after) and text[after - 1] != "."):
        return after + 1
    return end


def heading_end(text: str, pos: int) -> int:
    """Where the paragraph under the short heading line holding ``pos`` ends (-1 if that
    line is no heading: over 60 characters, or ending as a sentence does)."""
    a, b = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    if b < 0 or b - a > 60 or text[b - 1 : b] in ".:;,!?" or text[a - 2 : a] != "\n\n":
        return -1
    end = text.find("\n", b + 2)
    return len(text) - 1 if end < 0 else end
