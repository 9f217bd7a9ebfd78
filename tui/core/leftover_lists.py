"""Lists of links under a "Related articles" or "À lire aussi" heading.

The heading itself is a leftover line (``list_headings`` in
``data/boilerplate.json``, read by :mod:`tui.core.clean`); the short
headline lines right under it (after one blank line at most), up to the next blank line (or, at the page's
end, all the short lines left, blank lines between them), are leftovers too:
they are other articles' titles ("Temasek's portfolio climbs to S$434
billion"), not this article's text, and must not give figures or companies.
"""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=1)
def _heading(headings: tuple[str, ...]) -> re.Pattern[str]:
    """A line that is only one of ``headings`` (``list_headings`` in
    ``data/boilerplate.json``), with any decoration; compiled on first use."""
    return re.compile(rf"[\W_]*(?:{'|'.join(headings)})[\W_]*")


HEADLINE_MAX = 160  # a linked headline is one short line
_SENTENCE_END = (".", "!", ";", ":")


def related_lists(lines: list[str], removed: set[int], headings: tuple[str, ...]) -> None:
    """Add to ``removed`` the headline lines listed under a removed heading
    (one pass: a heading inside a list already taken is not walked again)."""
    done = -1
    for i in sorted(removed):
        if i <= done or not _heading(headings).fullmatch(lines[i].lower()):
            continue
        rest = [k for k in range(i + 1, len(lines)) if lines[k].strip()] if len(lines) - i <= 40 else []  # (near the page's end)
        if i + 1 < len(lines) and not lines[i + 1] and 0 < len(rest) <= 8 and all(_headline(lines[k]) for k in rest):
            removed.update(rest)  # the page's last lines: headlines with blank lines between them
            done = len(lines)
            continue
        j, head = i + 1, i
        while head >= 0:  # (a heading under a heading: "WATCH NOW", "", "VIDEO 03:12", "", "Norvane CEO on ...")
            if j + 1 < len(lines) and not lines[j].strip() and lines[j + 1] and _headline(lines[j + 1]):
                j += 1  # a blank line under the heading: "Most Read from Bloomberg", "", "China's Developers Face ..."
            head = -1
            while j < len(lines) and lines[j] and _headline(lines[j]):
                removed.add(j)
                head = j if _heading(headings).fullmatch(lines[j].lower()) else head
                j += 1
        done = j


def _headline(line: str) -> bool:
    return len(line) <= HEADLINE_MAX and not line.rstrip().endswith(_SENTENCE_END)
