"""Lists of links under a "Related articles" or "À lire aussi" heading.

The heading itself is a leftover line (``data/boilerplate.json``); the short
headline lines right under it, up to the next blank line, are leftovers too:
they are other articles' titles ("Temasek's portfolio climbs to S$434
billion"), not this article's text, and must not give figures or companies.
"""

from __future__ import annotations

import re
from functools import lru_cache

_HEADING_RE = (
    r"[\W_]*(?:related(?: articles| posts| stories| content| news)?|articles? (?:similaires?|liés?)"
    r"|sur le même (?:sujet|thème)|à lire (?:aussi|également)|lire (?:aussi|également)|à découvrir"
    r"|read (?:more|also|next)|see also|voir aussi|you may also like|you might also like|most (?:read|popular)"
    r"|les plus lus|les articles les plus lus|more (?:from|on) [^\n]{1,40}|dans la même rubrique|recommended(?: for you)?"
    r"|nos derniers articles|latest (?:news|stories))[\W_]*"
)


@lru_cache(maxsize=1)
def _heading() -> re.Pattern[str]:
    return re.compile(_HEADING_RE)  # compiled on first use: kept off the first paint
HEADLINE_MAX = 160  # a linked headline is one short line
_SENTENCE_END = (".", "!", ";", ":")


def related_lists(lines: list[str], removed: set[int]) -> None:
    """Add to ``removed`` the headline lines listed under a removed heading
    (one pass: a heading inside a list already taken is not walked again)."""
    done = -1
    for i in sorted(removed):
        if i <= done or not _heading().fullmatch(lines[i].lower()):
            continue
        j = i + 1
        while j < len(lines) and lines[j] and len(lines[j]) <= HEADLINE_MAX and not lines[j].rstrip().endswith(_SENTENCE_END):
            removed.add(j)
            j += 1
        done = j
