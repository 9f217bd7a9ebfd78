"""Lookup keys and character-trie regexes shared by the company and source matchers.

* ``norm_key``: a name's lookup key (lower case, one kind of apostrophe and hyphen, single spaces);
* ``trie_pattern`` and ``cased_trie_pattern``: one regex for many forms, built as a character trie so a
  scan stays fast with a thousand names.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Iterable

APOS = str.maketrans({"’": "'", "‘": "'", "‐": "-", "‑": "-", "\u00a0": " ", "\u202f": " "})


def strip_accents(s: str) -> str:
    return s if s.isascii() else "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


@lru_cache(maxsize=1 << 16)
def norm_key(s: str) -> str:
    """Lookup key: lower case, one kind of apostrophe and hyphen, single spaces."""
    return " ".join(s.translate(APOS).lower().split())


def trie_pattern(forms: Iterable[str], spaces: str = "[ \u00a0\u202f]+") -> str:
    """Regex matching any of ``forms`` (lower-case keys), longest first.

    A character trie, so the engine never tries the forms one by one; spaces
    match runs of ``spaces``, apostrophes and hyphens match their variants.
    """
    root: dict[str, dict] = {}
    for form in forms:
        node = root
        for ch in norm_key(form):
            node = node.setdefault(ch, {})
        node[""] = {}
    units = {" ": spaces, "'": "['’‘]", "-": "[-‐‑]"}

    def emit(node: dict[str, dict]) -> str:
        branches = [units.get(ch, re.escape(ch)) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return emit(root)


def cased_trie_pattern(forms: Iterable[str], spaces: str = "[ \u00a0\u202f]+") -> str:
    """Like :func:`trie_pattern` but the first character is matched exactly and
    the rest case-insensitively, so the regex only starts at capitals."""
    groups: dict[str, list[str]] = {}
    for form in forms:  # a one-letter first word ("Y Combinator") is its own group: "Y" + spaces + the rest
        groups.setdefault(form[0] + (" " if form[1:2].isspace() else ""), []).append(form[1:].lstrip())
    parts = []
    for first, rests in sorted(groups.items(), reverse=True):
        tail, lead = trie_pattern((r for r in rests if r), spaces), re.escape(first[0]) + (spaces if first[1:] else "")
        tail = f"(?i:{tail})" if tail else ""
        parts.append(lead + (f"(?:{tail})?" if "" in rests and tail else tail))
    return "(?:" + "|".join(parts) + ")"
