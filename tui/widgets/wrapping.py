"""Word-wrapping of article text into line offsets (no Textual imports).

The reader keeps the text once and renders each visible row from a
``(start, end)`` pair into it, so spans (figures, companies, search matches)
map to rows with a binary search and nothing is copied per row.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from rich.cells import cell_len

_WORD = re.compile(r"\S+\s*|\s+")


def wrap(text: str, width: int) -> list[tuple[int, int]]:
    """Split ``text`` into rows of at most ``width`` cells.

    Each row is ``(start, end)`` into ``text``; newlines end rows and are not
    part of any row.  Trailing spaces stay on the row they follow (the renderer
    crops them), and a word longer than the width is cut into pieces.
    """
    width = max(1, width)
    rows: list[tuple[int, int]] = []
    append = rows.append
    pos = 0
    for para in text.split("\n"):
        start, end = pos, pos + len(para)
        pos = end + 1
        if len(para) <= width and (para.isascii() or cell_len(para) <= width):
            append((start, end))
            continue
        _wrap_paragraph(para, start, width, append)
    return rows


def _wrap_paragraph(para: str, offset: int, width: int, append) -> None:
    line_start = 0
    used = 0
    for match in _WORD.finditer(para):
        word = match.group()
        stripped = word.rstrip()
        need = len(stripped) if stripped.isascii() else cell_len(stripped)
        if used and used + need > width:
            append((offset + line_start, offset + match.start()))
            line_start, used = match.start(), 0
        if need > width:  # a very long token: cut it
            cut = match.start()
            while cut < match.start() + len(stripped):
                piece = _fit(para, cut, match.start() + len(stripped), width - used)
                if piece == cut:  # nothing fits on a partly used row
                    append((offset + line_start, offset + cut))
                    line_start, used = cut, 0
                    continue
                used += cell_len(para[cut:piece])
                cut = piece
                if cut < match.start() + len(stripped):
                    append((offset + line_start, offset + cut))
                    line_start, used = cut, 0
            used += len(word) - len(stripped)
            continue
        used += len(word) if word.isascii() else cell_len(word)
    append((offset + line_start, offset + len(para)))


def _fit(text: str, start: int, end: int, room: int) -> int:
    """Largest index <= end such that text[start:index] fits in ``room`` cells."""
    index, used = start, 0
    while index < end:
        w = cell_len(text[index])
        if used + w > room:
            break
        used += w
        index += 1
    return index


def row_of(rows: list[tuple[int, int]], offset: int) -> int:
    """Index of the row that holds ``offset`` (the nearest row before it)."""
    return max(0, bisect_right(rows, offset, key=lambda row: row[0]) - 1)
