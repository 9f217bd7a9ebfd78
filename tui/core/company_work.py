"""Advisers named by the work they did, in plain words, as an owner's blog tells
a sale: "Wilkin Chapman did the legal side", "Johnston Carmichael did the numbers
for us and Brodies did the legal work", "Burges Salmon did the legal work and
Bishop Fleming the accounts", "Our advisers were BDO on the numbers and Browne
Jacobson on the contract".

A name "on the numbers" is an adviser only in a sentence about advisers or their
fees; a name that "did the books" is one anywhere (a person's name is turned down
later, as every candidate's is).  Plain string scans and bounded matches: linear
in the text.
"""

from __future__ import annotations

import re

from .company_data import PHRASE_RE, SP, phrase_before
from .textscan import literal_positions

_WORK = rf"(?:legal{SP}(?:side|work)|numbers|accounts|books|conveyancing|contracts?|paperwork|due{SP}diligence|tax{SP}work|valuation|audit)\b"
#: after the name: " did the legal side", " handled the conveyancing", " looked after the numbers"
_DID = re.compile(rf"{SP}(?:did|handled|looked{SP}after|took{SP}care{SP}of)(?:{SP}(?:the|our|my|all{SP}the))?{SP}{_WORK}")
#: after the name: " on the numbers", " on the contract"
_ON = re.compile(rf"{SP}on{SP}the{SP}{_WORK}")
#: after a name's work, in its sentence: "… and Bishop Fleming the accounts"
_AND_THE = re.compile(rf"[^.\n]{{0,60}}?{SP}and{SP}(?P<name>{PHRASE_RE.pattern}){SP}the{SP}{_WORK}")
_PLACE_BEFORE = re.compile(rf"\b(?:in|at|from|near|of){SP}\Z")  # "Stephens Scown in Truro did the legal work": a place
_ADVISERS = re.compile(r"(?i:\badvis[eo]rs?\b|\bfees?\b|\bcounsel\b)")


def work_names(text: str) -> list[tuple[int, int]]:
    """Spans of the names that did an adviser's work (see the module docstring)."""
    found: list[tuple[int, int]] = []
    for i in literal_positions(text, (" did ", " handled ", " looked after ", " took care of ")):
        if (m := _DID.match(text, i)) and (span := phrase_before(text, i)) is not None and span[1] == i and not _PLACE_BEFORE.search(text, max(0, span[0] - 8), span[0]):
            found.append(span)
            if more := _AND_THE.match(text, m.end()):
                found.append(more.span("name"))
    for i in literal_positions(text, (" on the ",)):
        if _ON.match(text, i) and (span := phrase_before(text, i)) is not None and span[1] == i:
            lo = max(text.rfind(".", 0, span[0]), text.rfind("\n", 0, span[0]), span[0] - 200)
            if _ADVISERS.search(text, lo + 1, min(len(text), i + 200)):
                found.append(span)
    return found


#: before a lender's acronym, masculine as French writes a bank's ("le CIC", not "la BCE"): "consenti par le",
#: "souscrit auprès du", "arrangé par le CIC et Natixis", "avec le"
_LENT_BY = re.compile(rf"\b(?:par{SP}+le|auprès{SP}+du|avec{SP}+le|et{SP}+(?:le|du)|du|au){SP}+\Z")
_LENDING = re.compile(r"(?i:\bprêts?\b|\bdettes?\b|\bfinanc|\bcrédits?\b|\barrang|\bRCF\b|\bunitranche\b)")


def lent_by(text: str, start: int, end: int) -> bool:
    """Whether the acronym ``text[start:end]`` follows "par le", "auprès du" or "et le" in a sentence about a loan:
    "un prêt de 4 M€ consenti par le CIC", "souscrit auprès du CIC et de la Banque Populaire" (company context for
    an acronym that names other bodies too)."""
    if not text[start:end].isupper() or not _LENT_BY.search(text, max(0, start - 16), start):
        return False
    sentence = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    return _LENDING.search(text, max(sentence, start - 200), start) is not None
