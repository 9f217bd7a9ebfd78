"""Shapes of small firms' names that the word pattern of
:mod:`tui.core.company_data` cuts short:

* a founder's possessive and the town: "Pennock's of Preston Ltd",
  "MacAulay's of Oban Brewing Company", "Fraser’s of Kelso Brewing Co." (a
  possessive followed by "of" and a capitalised word is a name, not grammar);
* a possessive before trade words and a legal form: "Whitcombe's Haulage Ltd"
  (not a curated company's: "Microsoft's Activision Blizzard Inc.");
* a trade in parentheses before the legal form: "J. Thwaite & Sons (Haulage)
  Ltd", "Barraclough & Sons (Haulage) Limited".

Each function returns ``(start, end)`` spans of whole names; the finder checks
them like any other candidate.
"""

from __future__ import annotations

import re

from .company_data import SP, UP, norm_key, words
from .company_filters import curated
from .textscan import literal_positions

_CAP = rf"[{UP}][\w'’&.-]*"
_POSSESSIVE = re.compile(
    rf"(?:(?<=[^\w'’.-])|\A)(?:[A-Z]\.{SP})?(?P<head>[{UP}][\w-]+)['’]s{SP}of{SP}[{UP}][\w-]+"
    rf"(?:{SP}(?:{_CAP}|&))*(?:{SP}\([{UP}][\w-]+\){SP}{_CAP})?"  # "Dobson's of Darlington (Holdings) Ltd"
)
# "Whitcombe's Haulage Ltd": a possessive before trade words and a legal form
_POSSESSIVE_LEGAL = re.compile(rf"(?:(?<=[^\w'’.-])|\A)(?P<head>[{UP}][\w-]+)['’]s(?:{SP}[{UP}][\w-]+){{1,3}}{SP}(?P<legal>[{UP}][\w.]*)")
_LEGAL_AFTER = (") Ltd", ") Limited", ") LLP", ") plc", ") PLC", ") Inc", ") LLC", ") SARL", ") SAS", ") SA ", ") GmbH")
_BRACKETED = re.compile(
    rf"(?:[A-Z]\.{SP})?[{UP}][\w'’-]+(?:{SP}[{UP}][\w'’-]+){{0,3}}(?:{SP}&{SP}[{UP}][\w.-]+)?"
    rf"{SP}\([{UP}][\w-]+(?:{SP}[{UP}&][\w-]*){{0,2}}\){SP}[{UP}][\w.]*"
)


def _without_stop(text: str, s: int, e: int) -> int:
    """``e`` without a sentence's full stop ("of Buxton."; not "Co." or "Ltd.")."""
    if text[e - 1] == "." and text[text.rfind(" ", s, e) + 1 : e] not in words().legal | words().suffixes:
        return e - 1
    return e


def possessive_firms(text: str) -> list[tuple[int, int]]:
    """"Pennock's of Preston Ltd", "Hallworth’s of Buxton" (not "Britain's of")."""
    w, found = words(), []
    for pos in literal_positions(text, ("'s of ", "’s of ")):
        start = max(0, text.rfind(" ", 0, max(0, pos - 40)))
        for m in _POSSESSIVE.finditer(text, start, pos + 80):
            if m.start("head") <= pos < m.end() and norm_key(m.group("head")) not in w.places and m.group("head") not in w.demonyms:
                found.append((m.start(), _without_stop(text, m.start(), m.end())))
    for pos in literal_positions(text, ("'s ", "’s ")):
        start = max(0, text.rfind(" ", 0, max(0, pos - 40)))
        for m in _POSSESSIVE_LEGAL.finditer(text, start, pos + 80):
            head = m.group("head")
            if m.end("head") == pos and m.group("legal") in w.legal and norm_key(head) not in w.places and head not in w.demonyms and not curated(head):
                found.append(m.span())  # (not "Microsoft's Activision Blizzard Inc.")
    return found


def bracketed_firms(text: str) -> list[tuple[int, int]]:
    """"J. Thwaite & Sons (Haulage) Ltd": a trade in parentheses before the legal form."""
    found = []
    for pos in literal_positions(text, _LEGAL_AFTER):
        start = max(0, text.rfind("\n", 0, max(0, pos - 60)))
        for m in _BRACKETED.finditer(text, start, pos + 12):
            if m.start() < pos < m.end():
                found.append((m.start(), _without_stop(text, m.start(), m.end())))
    return found
