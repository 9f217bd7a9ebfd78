"""Clean raw article text: safe characters, paragraphs, title, scraped leftovers.

:func:`clean` turns the decoded text of a file (or the text trafilatura took
out of a web page) into what the reader shows:

1. :func:`~tui.core.sanitize.sanitize` (control sequences, bidi tricks),
   NFC normalisation, one ``\\n`` per line break, lines stripped.
2. Hard-wrapped text (e-mail, clippings wrapped at ~72 columns) is joined back
   into one line per paragraph, but only when the whole document looks wrapped
   (:func:`unwrap`); one-line-per-paragraph text is left alone.
3. Scraped-page leftovers are set apart in ``removed`` (:func:`find_leftovers`:
   patterns from ``data/boilerplate.json`` with length and position guards,
   structural rules, headlines listed under "Related articles").
4. The title is the first remaining line when it is short (< 200 characters)
   and does not end with a period; a leading line made of the title plus a
   prefix or suffix ("You are currently viewing <title>", "<title> | Site") is a
   leftover, and a repeated title line is kept once.  The title is the first
   paragraph of the text: ``text[:title_end] == title``.
5. A paragraph is a run of non-blank lines; paragraphs are separated by one
   blank line, lines inside a paragraph (lists, a sources block) by ``\\n``.
"""

from __future__ import annotations

import bisect
import itertools
import json
import re
import unicodedata
from functools import cached_property, lru_cache
from pathlib import Path
from typing import NamedTuple

from .leftover_lists import related_lists
from .model import Span
from .sanitize import sanitize, sanitize_line

__all__ = ["Cleaned", "clean", "TITLE_MAX"]

TITLE_MAX = 200
"""A first line this long or longer is body text, not a title."""

_MD_HEADING = re.compile(r"#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?")
_SETEXT_RULE = re.compile(r"(?:=+|-+)")
_SPACES = re.compile(r"\s+")


class Cleaned(NamedTuple):
    """Result of :func:`clean`; fields match :class:`tui.core.model.Article`.

    (A NamedTuple, as are the other small records on the first paint's path:
    creating a dataclass costs ~0.5 ms at import.)"""

    title: str
    text: str
    title_end: int
    paragraphs: tuple[Span, ...]
    removed: tuple[str, ...]


def clean(text: str, title: str | None = None, *, unwrap_lines: bool = True) -> Cleaned:
    """Clean ``text``; ``title`` is a known title (e.g. from HTML metadata).

    ``unwrap_lines=False`` keeps line breaks as they are (text extracted from
    HTML, whose line breaks are meaningful).
    """
    text = sanitize(text)
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    lines = [line.strip() for line in text.split("\n")]
    if unwrap_lines:
        lines = unwrap(lines)
    zone = zones(lines)
    removed = find_leftovers(lines, zone)
    given = _normalise_title(title) if title else ""
    title_text, skip = _pick_title(lines, removed, zone, given)
    return _assemble(lines, title_text, skip, removed)


def _normalise_title(title: str) -> str:
    return _SPACES.sub(" ", sanitize_line(title)).strip()


def _key(line: str) -> str:
    """Comparison key for title matching: case and spacing insensitive."""
    return _SPACES.sub(" ", line).casefold()


def _strip_heading(line: str) -> str:
    match = _MD_HEADING.fullmatch(line)
    return match.group(1).strip() if match else line


def _looks_like_title(line: str) -> bool:
    if len(line) >= TITLE_MAX:
        return False
    return not (line.endswith(".") and not line.endswith("..."))


def _wraps(outer: str, inner: str) -> bool:
    """``outer`` is ``inner`` (15+ chars) with a prefix or a suffix added."""
    o, i = _key(outer), _key(inner)
    return len(i) >= 15 and o != i and (o.startswith(i) or o.endswith(i))


def _pick_title(
    lines: list[str], removed: set[int], zone: Zones, given: str
) -> tuple[str, set[int]]:
    """Choose the title; return it and the line indices the text must skip.

    Leading lines that merely wrap the title are added to ``removed``.
    """
    head = [i for i in zone.head if i not in removed and lines[i]]
    skip: set[int] = set()
    if given:
        # a page title with the site name around the article's own heading
        title = next((c for c in map(_strip_heading, (lines[j] for j in head)) if _wraps(given, c)), given)
    elif not head:
        return "", skip
    else:
        first = head[0]
        title = _strip_heading(lines[first])
        # "Prefix <title>" followed by "<title>" alone: the shorter line wins.
        for j in head[1:]:
            cand = _strip_heading(lines[j])
            if _wraps(title, cand):
                removed.add(first)
                title = cand
                break
        if first not in removed:
            if not _looks_like_title(title):
                return "", skip
            skip.add(first)
            if first + 1 < len(lines) and _SETEXT_RULE.fullmatch(lines[first + 1]):
                skip.add(first + 1)
        if not _looks_like_title(title):
            return "", skip
    key = _key(title)
    for i in head:
        if i in skip or i in removed:
            continue
        line_key = _key(_strip_heading(lines[i]))
        if line_key == key:
            skip.add(i)  # the title again: keep one copy
        elif key in line_key and len(line_key) - len(key) <= 80:
            removed.add(i)  # the title wrapped in page furniture
    return title, skip


def _assemble(lines: list[str], title: str, skip: set[int], removed: set[int]) -> Cleaned:
    """Join kept lines into paragraphs; compute spans."""
    blocks: list[str] = [title] if title else []
    current: list[str] = []
    for i, line in enumerate(lines):
        if not line:
            if current:
                blocks.append("\n".join(current))
                current = []
        elif i not in removed and i not in skip:
            current.append(line)
    if current:
        blocks.append("\n".join(current))
    spans: list[Span] = []
    pos = 0
    for block in blocks:
        spans.append((pos, pos + len(block)))
        pos += len(block) + 2
    gone = tuple(lines[i] for i in sorted(removed))
    return Cleaned(
        title=title,
        text="\n\n".join(blocks),
        title_end=len(title) if title else 0,
        paragraphs=tuple(spans),
        removed=gone,
    )


# --- hard-wrapped text -------------------------------------------------------

_LIST_MARK = re.compile(r"(?:[-*•–—>]|\d{1,3}[.)]|[a-z][.)])\s")


def unwrap(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines back into one line per paragraph.

    Only when the document as a whole looks wrapped: the 90th-percentile line
    length ``W`` is 40-100 characters, almost no line is much longer, and most
    lines followed by another line are "full" (>= 75 % of ``W``).  Then a line
    joins the next one unless it is short (< 60 % of ``W``: a paragraph's last
    line, a heading), ends with ":" or the next one starts a list item.
    """
    lens = [len(line) for line in lines if line]
    n = len(lens)
    if n < 3:
        return lines
    ordered = sorted(lens)
    width = ordered[(9 * (n - 1)) // 10]
    if not 40 <= width <= 100:
        return lines
    if n - bisect.bisect_right(ordered, 1.3 * width) > max(1, n // 20):
        return lines
    followed = [a for a, b in itertools.pairwise(lines) if a and b]
    full = sum(1 for line in followed if len(line) >= 0.75 * width)
    if full < 2 or full < 0.6 * len(followed):
        return lines
    out: list[str] = []
    current = ""
    previous = ""
    for line in lines:
        if not line:
            if current:
                out.append(current)
                current = ""
            out.append("")
        elif current and _continues(previous, line, width):
            hyphenated = previous.endswith("-") and previous[-2:-1].isalpha() and line[0].islower()
            current = current + line if hyphenated else current + " " + line
        else:
            if current:
                out.append(current)
            current = line
        previous = line
    if current:
        out.append(current)
    return out


def _continues(previous: str, line: str, width: int) -> bool:
    if _LIST_MARK.match(line) or previous.endswith(":"):
        return False
    return len(previous) >= 0.6 * width or line[0].islower()


# --- scraped-page leftovers --------------------------------------------------

LONG_LINE = 200
"""A line this long is body prose; leftovers sit before the first / after the last."""
WHOLE_MAX = 80
EDGE_MAX = 200
HEAD_MAX_LINES = 8
TAIL_MAX_LINES = 12
_TRAIL_MAX = 40
_DATA = Path(__file__).with_name("data") / "boilerplate.json"
_LEAD_MARKS = "»›>•·*-–—→▸▶►|#"  # bullets, arrows and play marks before a leftover line
_TRAIL_MARKS = ".:!?…»›>|·•*-–—→▸()[]"  # punctuation, counts and arrows after it (and digits)
_LEAD = rf"(?:[^\S\n]|[{re.escape(_LEAD_MARKS)}])*"
_TRAIL = rf"(?:[^\S\n]|[{re.escape(_TRAIL_MARKS)}\d])*"
_FINAL_PUNCT = tuple(".!?…»\")]:;")


class Zones(NamedTuple):
    """Non-blank line indices near the start (``head``) and end (``tail``)."""

    head: tuple[int, ...]
    tail: tuple[int, ...]


_REGEX_SYNTAX = frozenset("\\.^$*+?{}[]|()")
_LEAD_RUN = re.compile(_LEAD)
_TRAIL_RUN = re.compile(_TRAIL + r"\Z")


class _Rules:
    """The patterns of ``data/boilerplate.json``, each compiled on first use
    (compiling is most of the cost of cleaning an article, before the first
    paint).  An article needs three or four: the whole-line and line-start
    patterns either in lowercase (matched on lowercased text) or with
    IGNORECASE.  In lowercase, the whole-line patterns that are plain text
    (most) are looked up in a set (:func:`_whole_literal`) instead of compiled;
    a whole-line pattern never matches a line break, so each line is read alone
    either way (tests/core/test_clean.py checks both ways agree)."""

    def __init__(self) -> None:
        data = json.loads(_DATA.read_text(encoding="utf-8"))

        def alt(patterns: list[str]) -> str:
            return "|".join(patterns) or "(?!)"  # alternation binds loosest: no group needed

        self.list_headings = tuple(data["list_headings"])  # whole-line leftovers heading a list of links
        whole = [*data["whole_line"], *self.list_headings]
        self.whole_literals = frozenset(p for p in whole if _REGEX_SYNTAX.isdisjoint(p))
        rest = [p for p in whole if p not in self.whole_literals]
        self._whole = rf"\n{_LEAD}(?:{alt(whole)}){_TRAIL}(?=\n|\Z)"
        self._whole_rest = rf"\n{_LEAD}(?:{alt(rest)}){_TRAIL}(?=\n|\Z)"
        self._start = rf"\n{_LEAD}(?:{alt(data['line_start'])})"
        self._edge = alt(data["edge"])
        self._sources = rf"(?:{alt(data['source_headers'])})\s*:?"

    @cached_property
    def whole(self) -> re.Pattern[str]:
        return re.compile(self._whole, re.IGNORECASE)

    @cached_property
    def whole_rest_lower(self) -> re.Pattern[str]:
        """The whole-line patterns that are not plain text, in lowercase."""
        return re.compile(self._whole_rest)

    @cached_property
    def start(self) -> re.Pattern[str]:
        return re.compile(self._start, re.IGNORECASE)

    @cached_property
    def start_lower(self) -> re.Pattern[str]:
        return re.compile(self._start)

    @cached_property
    def edge(self) -> re.Pattern[str]:
        return re.compile(self._edge, re.IGNORECASE)

    @cached_property
    def sources(self) -> re.Pattern[str]:
        return re.compile(self._sources, re.IGNORECASE)


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    """The boilerplate rules, read once."""
    return _Rules()


def zones(lines: list[str]) -> Zones:
    """Find the head and tail zones of ``lines`` (see :data:`LONG_LINE`)."""
    nonblank = [i for i, line in enumerate(lines) if line]
    first = next((k for k, i in enumerate(nonblank) if len(lines[i]) >= LONG_LINE), None)
    if first is None:
        short = min(4, len(nonblank))
        return Zones(tuple(nonblank[:short]), tuple(nonblank[len(nonblank) - short :]))
    last = next(k for k in range(len(nonblank) - 1, -1, -1) if len(lines[nonblank[k]]) >= LONG_LINE)
    head = nonblank[: min(first, HEAD_MAX_LINES)]
    tail = nonblank[max(last + 1, len(nonblank) - TAIL_MAX_LINES) :]
    return Zones(tuple(head), tuple(tail))


def find_leftovers(lines: list[str], zone: Zones) -> set[int]:
    """Indices of lines that are scraped-page leftovers, not article text."""
    rules = _rules()
    # Each pattern starts with "\n" so the regex engine only tries line starts;
    # matching lowercased text without IGNORECASE is ~3x faster (the patterns
    # are lowercase), valid when lowercasing keeps every offset.
    joined = "\n" + "\n".join(lines)
    lowered = joined.lower()
    starts = list(itertools.accumulate((len(line) + 1 for line in lines[:-1]), initial=1))
    removed: set[int] = set()
    if len(lowered) == len(joined):
        joined, whole, start = lowered, rules.whole_rest_lower, rules.start_lower
        literals = rules.whole_literals
        for i, line in enumerate(lines):
            if line and len(line) < WHOLE_MAX:
                if _whole_literal(lowered[starts[i] : starts[i] + len(line)], literals):
                    removed.add(i)
    else:
        whole, start = rules.whole, rules.start
    for pattern, limit in ((whole, WHOLE_MAX), (start, EDGE_MAX)):
        for match in pattern.finditer(joined):
            i = bisect.bisect_right(starts, match.start() + 1) - 1
            if len(lines[i]) < limit and not (pattern is start and i == 0 and len(lines[0].split()) >= 8 and any(c.isdigit() for c in lines[0])):  # (a title with its rubric and its figure: "Photo : Cewe s'offre Albumine pour 165 millions d'euros")
                removed.add(i)
    for i in (*zone.head, *zone.tail):
        if len(lines[i]) < EDGE_MAX and rules.edge.search(lines[i]):
            removed.add(i)
    _trailing_widget(lines, zone, removed, rules)
    related_lists(lines, removed, rules.list_headings)  # the headlines under "Related articles"
    return removed


def _whole_literal(line: str, literals: frozenset[str]) -> bool:
    """``line`` (lowercased) is one of ``literals`` with the decoration the
    whole-line pattern allows around it (``_LEAD`` before, ``_TRAIL`` after):
    every split of its leading and trailing decoration is tried, as the regular
    expression would."""
    if not line:
        return "" in literals
    first, last = line[0], line[-1]
    if not (first in _LEAD_MARKS or first.isspace()) and not (
        last in _TRAIL_MARKS or last.isspace() or last.isdecimal()
    ):
        return line in literals  # no decoration: the common case, ~4x faster
    lead = _LEAD_RUN.match(line).end()  # type: ignore[union-attr]  # (always matches)
    trail = _TRAIL_RUN.search(line).start()  # type: ignore[union-attr]
    for begin in range(lead + 1):
        for end in range(max(begin, trail), len(line) + 1):
            if line[begin:end] in literals:
                return True
    return False


def _trailing_widget(lines: list[str], zone: Zones, removed: set[int], rules: _Rules) -> None:
    """A very short last line, alone, without final punctuation, after a sources list."""
    if not (kept := [i for i in zone.tail if i not in removed]):
        return
    line = lines[last := kept[-1]]
    if (
        last > 0
        and not lines[last - 1]
        and len(line) <= _TRAIL_MAX
        and len(line.split()) <= 5
        and not line.endswith(_FINAL_PUNCT)
        and any(rules.sources.fullmatch(lines[i]) for i in kept[:-1])
    ):
        removed.add(last)
