"""Fast scans for regexes whose matches start with known literals.

A regex that begins with a character class makes ``re`` test every character
of the text; when every match starts with one of a few literals ("Source",
"(via"), a few ``str.find`` scans locate the candidates and the regex runs only
there.  The matches are exactly those of ``regex.finditer(text)``.
"""

from __future__ import annotations

import re
from typing import Iterable, Iterator


def literal_positions(text: str, literals: Iterable[str]) -> list[int]:
    """Sorted start offsets of every occurrence of any of ``literals``."""
    found: set[int] = set()
    for lit in literals:
        s = text.find(lit)
        while s >= 0:
            found.add(s)
            s = text.find(lit, s + 1)
    return sorted(found)


def finditer_at(rx: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)`` when every match of ``rx`` starts at one of ``starts`` (sorted)."""
    end = 0
    for s in starts:
        if s >= end and (m := rx.match(text, s)) is not None:
            end = max(m.end(), s + 1)
            yield m


def literal_finditer(rx: re.Pattern[str], text: str, literals: Iterable[str]) -> Iterator[re.Match[str]]:
    """``rx.finditer(text)``, fast when ``rx`` is a costly scan but every match
    starts with one of ``literals``: a few ``str.find`` scans find the places."""
    return finditer_at(rx, text, literal_positions(text, literals))


_ODD_FOLDS = ("ı", "ſ")  # letters that re's IGNORECASE matches to "i", "s" but str.lower() keeps


def folded_finditer(rx: re.Pattern[str], text: str, low: str, literals: Iterable[str]) -> Iterator[re.Match[str]]:
    """Like :func:`literal_finditer` for a case-insensitive ``rx`` whose matches
    start with one of ``literals`` (lower case), found in ``low`` (the text
    lower-cased, same offsets)."""
    if any(c in text for c in _ODD_FOLDS):
        return rx.finditer(text)
    return finditer_at(rx, text, literal_positions(low, literals))


WORD = re.compile(r"[^\W\d_]+")  # a run of letters
_LINKS = frozenset(("de", "du", "des", "la", "le", "les", "l", "d", "et", "of", "the", "and", "for", "à", "au", "aux", "en"))


def spelled_before(text: str, end: int, acronym: str, *, lower: bool = False) -> bool:
    """Whether ``acronym`` is the initials of the words ending at ``end`` (the little
    linking words skipped): "Afrique-Occidentale française (AOF)"; with ``lower``, only
    of words in lower case, a common noun's ("allocation personnalisée d'autonomie (APA)")."""
    heads = [w for w in WORD.findall(text, max(0, end - 90), end) if w.lower() not in _LINKS][-len(acronym) :]
    return len(heads) == len(acronym) and "".join(w[0] for w in heads).upper() == acronym and (not lower or all(w[0].islower() for w in heads))
