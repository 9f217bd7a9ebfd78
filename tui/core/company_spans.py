"""Character maps for :mod:`tui.core.companies`: taken and blocked spans.

A span map is one byte per character of the text; "does ``s:e`` overlap a
taken span" is then one ``bytearray.find`` in C instead of a search through a
list of spans.  :func:`blocked_spans` builds the map of what company names
may not overlap: the figures and the publications cited as sources.
:func:`name_tail` is what may follow a curated name and still be it.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache
from typing import Iterable, Sequence

from .company_data import SP, UP, WORD_FORMS, find_all, word_char, words
from .currencies import trie_regex
from .sources import inside_other_name, publication_forms

ONES = b"\x01" * 512


def ones(n: int) -> bytes:
    """``n`` bytes of 1 (a span to mark)."""
    return ONES[:n] if n <= 512 else b"\x01" * n


class Occupied:
    """Character positions taken by spans (one byte per character of the text)."""

    def __init__(self, size: int) -> None:
        self.map = bytearray(size)

    def overlaps(self, s: int, e: int) -> bool:
        return self.map.find(1, s, e) >= 0

    def add(self, s: int, e: int) -> None:
        self.map[s:e] = ones(e - s)

    def remove(self, s: int, e: int) -> None:
        self.map[s:e] = bytes(e - s)

    def run_start(self, at: int) -> int:
        """Where the taken run holding ``at`` starts (``at`` itself when ``at`` is free)."""
        return self.map.rfind(0, 0, at) + 1 if self.map[at : at + 1] == b"\x01" else at


class Spans(Occupied):
    """Fixed spans (they may overlap) with a fast overlap test."""

    def __init__(self, size: int, spans: Iterable[tuple[int, int]] = ()) -> None:
        super().__init__(size)
        points = []  # empty spans: they block a strictly larger span around them
        taken = self.map
        for s, e in spans:
            if 0 <= s < e <= size and e - s <= 512:
                taken[s:e] = ONES[: e - s]
                continue
            s, e = max(s, 0), min(e, size)
            if s < e:
                self.add(s, e)
            elif s == e:
                points.append(s)
        self.points = sorted(points)

    def overlaps(self, s: int, e: int) -> bool:
        if self.map.find(1, s, e) >= 0:
            return True
        if not self.points:
            return False
        i = bisect.bisect_right(self.points, s)
        return i < len(self.points) and self.points[i] < e


@lru_cache(maxsize=64)
def _forms_regex(forms: tuple[str, ...]) -> re.Pattern[str]:
    """A trie of ``forms``: finds the places where one of them starts."""
    return re.compile(trie_regex(forms))


def occurrences(text: str, forms: list[str]) -> list[tuple[int, str]]:
    """(start, form) of every word-bounded occurrence of every form, as
    :func:`find_all` finds them one form at a time."""
    # a few str.find scans are cheaper than one regex scan, and forms starting in
    # lower case ("kalisto-software.fr") would make the regex stop at every letter
    few = len(forms) <= 4
    out = [(s, f) for f in forms if few or not f[0].isupper() for s in find_all(text, f)]
    forms = [f for f in forms if not few and f[0].isupper()]
    if not forms:
        return out
    by_first: dict[str, list[str]] = {}
    for f in forms:
        by_first.setdefault(f[0], []).append(f)
    search, n = _forms_regex(tuple(sorted(forms))).search, len(text)
    m = search(text)
    while m is not None:
        s = m.start()
        if s == 0 or not word_char(text[s - 1]):
            for f in by_first[text[s]]:
                e = s + len(f)
                if text.startswith(f, s) and (e >= n or not (text[e].isalnum() or text[e] in "_&")):
                    out.append((s, f))
        m = search(text, s + 1)
    return out


_NAME_HEAD = re.compile(r"(?<![\w&@-])[A-Z0-9À-ÖØ-Þ]\w*")  # where a name can start, and its first word


def many_occurrences(text: str, forms: Iterable[str]) -> list[tuple[int, str]]:
    """Like :func:`occurrences` for thousands of forms written as they are
    (case-sensitive), sorted, longest first at a place: one scan of the
    capitalised words, the forms looked up by their first word (compiling a
    trie of thousands of names would cost more than the scan)."""
    by_head: dict[str, list[str]] = {}
    out: list[tuple[int, str]] = []
    for f in forms:
        if (h := _NAME_HEAD.match(f)) is not None:
            by_head.setdefault(h.group(), []).append(f)
        else:
            out.extend((s, f) for s in find_all(text, f))
    n, get = len(text), by_head.get
    for m in _NAME_HEAD.finditer(text):
        found = get(m.group())
        if found:
            s = m.start()
            for f in found:
                e = s + len(f)
                if text.startswith(f, s) and (e >= n or not (text[e].isalnum() or text[e] in "_&")):
                    out.append((s, f))
    out.sort(key=lambda h: (h[0], -len(h[1])))
    return out


def blocked_spans(text: str, exclude: Iterable[str], skip: Sequence[tuple[int, int]]) -> Spans:
    """``skip`` and every mention of the ``exclude`` publications (with their
    known aliases), but not inside a longer name ("Iris Capital")."""
    spans = list(skip)
    forms = list(dict.fromkeys(f for name in exclude for f in publication_forms(name) if f))
    for s, form in occurrences(text, forms):
        if not inside_other_name(text, s, s + len(form)):
            spans.append((s, s + len(form)))
    return Spans(len(text), spans)


AMP_TAIL = re.compile(rf"{SP}&{SP}[{UP}][\w'’.-]*(?![\w&])")  # "Fidelity Management & Research"


_SECTOR = "Energy|Trading|Resources|Mining|Metals|Commodities|Shipping|Logistics|Industries|Technologies|Financial"  # "Mercuria Energy Group"


@lru_cache(maxsize=1)
def name_tail() -> re.Pattern[str]:
    """What may follow a curated name and still be that company: legal forms
    and "Holdings"-like words ("Tencent Holdings", "Airbus SE", "Tesla, Inc."), after a sector word
    ("Mercuria Energy Group"), or "& Name"
    ("Simpson Thacher & Bartlett")."""
    word = rf"[{UP}][\w'’.-]*"
    alt = "|".join(  # (a legal form that is also an English word counts only outside capitals: not "TD SECURITIES AS FINANCIAL ADVISER")
        rf"(?<![{UP}]{SP}){re.escape(t)}(?!{SP}[{UP}]{{2}})" if t in WORD_FORMS else re.escape(t) for t in sorted(words().same_entity, key=len, reverse=True)
    )
    legal = "|".join(re.escape(t) for t in sorted(words().legal - WORD_FORMS, key=len, reverse=True))
    return re.compile(  # (and a legal form after a comma: "National Vision Holdings, Inc.")
        rf"(?:{SP}+(?:{_SECTOR}))?(?:{SP}+(?:{alt})(?![\w&])){{1,2}}(?:,{SP}(?:{legal})(?![\w&]))?|,{SP}(?:{legal})(?![\w&])"
        rf"|(?P<amp>{SP}&{SP}{word}(?:{SP}{word}){{0,2}}(?![\w&]))"
    )
