"""Trimming a candidate to the company's name (:func:`clean`): sentence starters,
titles, weekdays, months and modifiers ("Paris-based") go, the part next to the
rule's anchor stays; a legal form's dot, a fund's vintage and a country in
parentheses after the name are kept; the city a firm is from goes ("le fonds de
Chicago X").  :func:`run_in_heading` tells a paragraph's run-in heading ("Solid
Acquired Asset: ...") from a name."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from .company_anchors import reads_as
from .company_data import Words, load_json, norm_key, words
from .company_filters import COMPASS, DIRECTIONS, NAME_STARTS
from .company_lists import VINTAGED
from .company_tails import origin_end, place_tail

_TOKEN = re.compile(r"[^ \u00a0]+")
_TRAILING = frozenset(("For", "To", "At", "In", "On", "With", "From", "By", "And", "Or", "Of", "The", "As", "Pour", "Avec", "Par", "Sur", "Et"))
_MODIFIER = re.compile(  # "Paris-based", "US-listed"; not "Co-operative"
    r"[^\W\d_][\w.]*-(?:based|listed|owned|backed|born|headquartered|registered|focused|founded|led|run|controlled|Based|Led|Backed|Owned"
    r"|funded|made|quoted|traded|domiciled|incorporated|designed|powered|driven|enabled|basée?s?|cotée?s?|détenue?s?)"
    r"|PME|TPE|ETI"  # (a firm's size before its name: "la PME Givrex Services")
)


def _is_stop(tok: str, w: Words) -> bool:
    bare = tok.rstrip(",.;:")
    return bare in w.stop or bare in w.titles or bare in w.calendar or bare in w.demonyms or (
        bare[1:2] in ("'", "’") and bare[0] == "L" and (bare[2:].lower() in fr_demonyms() or bare[2:] in w.stop)  # "L'Américain Brivane a levé", "L'ESN X"
    )


def feminine(demonym: str) -> str:
    """The feminine of a French demonym ("canadien" -> "canadienne", "turc" -> "turque")."""
    if demonym.endswith("e") or demonym[-1] in "iè":
        return demonym  # "belge", "qatari", "burkinabè"
    if demonym.endswith(("ien", "éen", "on")):
        return demonym + "ne"
    return {"turc": "turque", "grec": "grecque"}.get(demonym, demonym + "e")


@lru_cache(maxsize=1)
def fr_demonyms() -> frozenset[str]:
    """French demonyms ("canadien", "lyonnais"), masculine and feminine."""
    masculine = load_json("company_words.json")["fr_demonyms"]
    return frozenset(masculine) | frozenset(map(feminine, masculine))




@lru_cache(maxsize=1)
def _demonym_names() -> frozenset[str]:
    return frozenset(load_json("company_words.json")["demonym_names"]["words"])


_SURNAME_PARTICLES = frozenset(("Le", "La", "De", "Du", "Des", "Van", "Von", "Di", "Da", "Del"))
_DUTCH_PARTICLES = frozenset(("De", "Van", "Den", "Het", "Ter", "Ten"))


@lru_cache(maxsize=1)
def _place_tails(w: Words) -> frozenset[str]:
    """The last words (as keys) of the places of several words ("dhabi", "kong", "arabia"), longer than three letters."""
    return frozenset(last for p in w.places if " " in p and len(last := p.rsplit(" ", 1)[-1]) > 3 and last.isalpha())


def _place_word(word: str, w: Words) -> bool:
    """Whether ``word`` is a place or the last word of one ("Japan", "Dhabi" of "Abu Dhabi")."""
    return (key := norm_key(word)) in w.places or key in _place_tails(w)


@lru_cache(maxsize=1 << 16)
def _trim(surface: str, side: str) -> tuple[int, int] | None:
    """:func:`clean` on the candidate's text alone (cached): offsets into it."""
    w = words()
    toks = [(m.start(), m.end()) for m in _TOKEN.finditer(surface)]
    view = surface.title() if len(toks) > 1 and surface.isupper() and len(surface.title()) == len(surface) else surface  # a heading in capitals: "CÈDE SON RECYCLAGE"
    if view is not surface and view[toks[0][0] : toks[0][1]] in w.stop:
        return None  # a heading's words after a verb, not a name: "CÈDE SON RECYCLAGE", "S'OFFRE UN CORDIER ALLEMAND"
    if len(toks) > 2 and (first := view[toks[0][0] : toks[0][1]])[-2:].lower() in ("'s", "’s") and _place_word(first[:-2], w):
        toks = toks[1:]  # "Abu Dhabi's Mubadala Investment Co.", "JAPAN'S JAC Recruitment": the place's possessive is not the name's
    stops = [i for i, (s, e) in enumerate(toks) if _is_stop(surface[s:e], w) and surface[s - 2 : s] != "& "]  # ("Sahel & Mer")
    # a sector word after a name word is the name's: "Harborline Biotech Opportunities Fund" ("Biotech X raised": a stop)
    stops = [i for i in stops if not (i and surface[toks[i][0] : toks[i][1]] in w.suffixes and surface[toks[i - 1][0]].isupper() and i - 1 not in stops)]
    if stops and stops[-1] == len(toks) - 1 > 0 and surface[toks[-1][0] :] == "I" and surface[: toks[-2][1]].endswith(VINTAGED):
        stops.pop()  # "Meru Hospitality Fund I": a first fund, not the pronoun
    names = _demonym_names()
    def named(i: int) -> bool:  # "Southern Water", "British Airways", "Northern Ridge Power": part of the name
        word = surface[toks[i][0] : toks[i][1]]
        if word in DIRECTIONS and i < len(toks) - 1 and surface[toks[i + 1][0]].isupper():
            return True
        if word in NAME_STARTS and i < len(toks) - (1 if word in COMPASS else 2) and surface[toks[i + 1][0]].isupper() and surface[toks[-1][0] : toks[-1][1]] in w.suffixes:
            return True  # "Three Rivers Capital Partners", "Nine Rivers Capital"
        if word in w.demonyms and i == 0 < len(toks) - 2 and all(
            surface[a].isupper() and not _is_stop(surface[a:b], w) or surface[a:b] in ("and", "&", "of") for a, b in toks[1:]
        ):
            return True  # "the bank's growth arm, British Growth Partnership": the name's own (the cue's would come before it)
        if i == 0 and word in _DUTCH_PARTICLES and len(toks) > 2 and all(surface[a].isupper() and not _is_stop(surface[a:b], w) for a, b in toks[1:3]):
            return True  # "le rachat de De Vries Bakkerijen B.V.", "Van Rijn Glasbouw": a Dutch name's particle
        if i == 0 and len(word) <= 3 and word in w.calendar and len(toks) > 2 and surface[toks[1][0]].isupper() and surface[toks[-1][0] : toks[-1][1]] in w.legal:
            return True  # "Sun Communities, Inc.", "Mar Blau S.L.": a short day or month name opens the name
        if i == 0 and word == "De" and len(toks) == 2 and (last := surface[toks[1][0] : toks[1][1]])[:1].isupper() and last[1:].islower() and not (
            _is_stop(last, w) or last in w.first_names or norm_key(last) in w.places
        ):
            return True  # "le groupe agenais De Sangosse": a family name's particle
        return i == len(toks) - 2 and word in w.demonyms and surface[toks[-1][0] : toks[-1][1]] in names

    def place_at(i: int) -> int:  # a place that starts with a stop word goes as a whole: "Tel Aviv AI" is not "Aviv AI"
        return next((k for k in (3, 2) if i + k <= len(toks) and norm_key(surface[toks[i][0] : toks[i + k - 1][1]]) in w.places), 1)

    def inside_place(i: int) -> bool:  # "Calder Valley Corporate Finance": a place's second word, not a modifier
        return 0 < i < len(toks) - 1 and i - 1 not in stops and surface[toks[i][0] : toks[i][1]] in w.demonyms and surface[toks[i - 1][0]].isupper() and (
            surface[toks[-1][0] : toks[-1][1]] in w.suffixes
        )

    def mid_name(i: int) -> bool:  # "Kairouan Sun Power": a short day or month name between two words of a name
        word, after = surface[toks[i][0] : toks[i][1]], surface[toks[i + 1][0] : toks[i + 1][1]] if i + 1 < len(toks) else ""
        return i > 0 and len(word) <= 4 and word.isalpha() and after[:1].isupper() and after.isalpha() and after not in w.calendar

    if stops and surface[toks[-1][0] : toks[-1][1]] in w.legal:
        stops = [i for i in stops if not (surface[toks[i][0] : toks[i][1]] in w.calendar and mid_name(i))]  # "Siam Dim Sum Co." ("Dim": a weekday)
    if side == "right" and stops and not inside_place(stops[-1]):
        last = stops[-1]
        if 0 < last < len(toks) - 1 and surface[toks[last][0] : toks[last][1]] in _SURNAME_PARTICLES and surface[toks[last - 1][0] : toks[last - 1][1]] in w.first_names:
            return None  # "Yvon Le Gall a signé": a person, not "Gall"
        toks = toks[last + (0 if named(last) else place_at(last)) :]
    else:
        while toks and _is_stop(surface[toks[0][0] : toks[0][1]], w) and not named(0):
            toks = toks[place_at(0) :]
        cut = next((i for i, (s, e) in enumerate(toks) if (surface[s:e] in w.titles or surface[s:e] in w.calendar and not mid_name(i)) and surface[s - 2 : s] != "& "), None)
        toks = toks[:cut] if cut is not None else toks
    while toks and _MODIFIER.fullmatch(surface[toks[0][0] : toks[0][1]]):
        toks = toks[1:]
    while len(toks) > 1 and view[toks[-1][0] : toks[-1][1]] in _TRAILING and not surface[toks[-2][0] : toks[-2][1]].islower():  # ("Lácteos del Sur")
        toks = toks[:-1]  # a headline's "Acquire Corvex Controls For $215 Mln": no name ends in "For"
    if toks and _MODIFIER.fullmatch(surface[toks[-1][0] : toks[-1][1]]):
        return None  # "Abu Dhabi-based": a description; the name comes after it
    if not toks or view is not surface and len(toks) == 1 and view[toks[0][0] : toks[0][1]] in w.suffixes or len(toks) > 1 and surface[toks[0][0] : toks[-1][1]] in w.suffixes:
        return None  # (a heading's "EN BOURSE", a "Building Society" whose place was cut: the organisation words alone are no name)
    s, e = toks[0][0], toks[-1][1]
    while e > s and surface[e - 1] in ",;:":
        e -= 1
    return (s, e) if e > s else None


def clean(text: str, start: int, end: int, side: str) -> tuple[int, int] | None:
    """Trim a candidate to the name: drop sentence starters, titles, weekdays,
    months and modifiers ("Paris-based"), keeping the part next to the anchor;
    keep a legal form's dot and a country in parentheses after it."""
    if tag := _WIRE_TAG.match(text, start, end):
        start = tag.end()  # "EXCLUSIVE-CVC, EQT ... vie for": a wire's tag, then the name
    rel = _trim(text[(start := origin_end(text, start, end)) : end], side)  # (not "le fonds de Chicago")
    if rel is None:
        return None
    s, e = start + rel[0], start + rel[1]
    if text[e - 2 : e] in ("'s", "’s") and e - 2 > s:
        e -= 2  # "Fenwick & Dray's board": the possessive is not the name's
    if s > start and (acr := _ACRONYM_AFTER.match(text, e)) and not reads_as(text[s:e], acr[1]):
        w0 = max(start, text.rfind(" ", start, s - 1) + 1)
        s = w0 if reads_as(text[w0:e], acr[1]) else s  # "the Saudi Power Procurement Company (SPPC)": the acronym keeps "Saudi"
    if (cls := _SHARE_CLASS.search(text, s, e)) and cls.start() > s and _SHARES_AFTER.match(text, e):
        e = cls.start()  # "Stora Enso R shares", "Paxora Class A stock": a share class, not the name's
    after = text[e : e + 1]
    if after == "." or after == "/":
        last = text[s:e].rsplit(None, 1)[-1]
        if after == "." and last + "." in words().legal:
            e += 1
            if roman := _ROMAN_AFTER.match(text, e):  # "Keystone Ridge Acquisition Corp. II"
                e = roman.end()
        elif after == "." and (form := _dotted_legal().match(text, e - len(last))):
            e = form.end()  # "Flandria Polska Sp. z o.o.", "Konark Duty Free Pvt. Ltd.": a form of several words after its first one
        elif after == "/" and (m := _SLASH_FORM.match(text[e : e + 6])) and last + m.group() in words().legal:
            e += m.end()  # "Sensilo A/S"
    elif after == " " and text[e + 1 : e + 2] == "(" and (pe := place_tail(text, e)) > 0:
        e = pe  # "KGI Securities (Thailand)": a subsidiary named by its country
    elif after == " " and (roman := _ROMAN_AFTER.match(text, e)) and text[s:e].rsplit(None, 1)[-1] in (words().legal if text[e - 1] == "." else words().suffixes):
        e = roman.end()  # (the form's dot already in the span; a fund's vintage: "Orséa Digital Infrastructure II")
    elif after == " " and text[e + 1 : e + 2].islower() and (form := _lower_legal().match(text, e)):
        e = form.end()  # "start-up Płatnik sp. z o.o.", "Marvielle CZ s.r.o.": a form in lower case ends the name
    return s, e


@lru_cache(maxsize=1)
def _dotted_legal() -> re.Pattern[str]:
    """A legal form of several words whose first one ends with a dot ("Sp. z o.o.", "Pvt. Ltd.")."""
    return re.compile(_legal_forms(lambda f: " " in f and f.split(" ", 1)[0].endswith(".")))


@lru_cache(maxsize=1)
def _lower_legal() -> re.Pattern[str]:
    """A legal form in lower case after a space ("sp. z o.o.", "s.r.o.")."""
    return re.compile(" " + _legal_forms(lambda f: f[:1].islower()))


def _legal_forms(keep: Callable[[str], bool]) -> str:
    """The legal forms ``keep`` accepts, longest first, as one group that no word character follows."""
    return "(?:" + "|".join(map(re.escape, sorted(filter(keep, words().legal), key=len, reverse=True))) + r")(?![\w])"


_SLASH_FORM = re.compile(r"/\w+\.?")
_SHARE_CLASS = re.compile(r"(?: Class)? [A-Z]\Z")
_SHARES_AFTER = re.compile(r" (?:shares?|stock|ADRs?|ADSs?|actions?)(?![\w-])")
_ACRONYM_AFTER = re.compile(r" \(([A-Z][A-Za-z]{1,7})\)")
_WIRE_TAG = re.compile(r"(?:EXCLUSIVE|UPDATE(?: \d+)?|BRIEF|RPT|REFILE|CORRECTED|WRAPUP(?: \d+)?|ANALYSIS|INSIGHT|FACTBOX|BUZZ|MOVES)-(?=[A-Z])")
_ROMAN_AFTER = re.compile(r" (?:I{2,3}|IV|VI{0,3}|IX|X)(?![\w'’.-])")


_HEADING_SMALL = frozenset(("of", "and", "the", "to", "in", "on", "for", "at", "by", "&", "de", "du", "des", "la", "le", "et", "à", "en"))


def run_in_heading(text: str, pos: int) -> bool:
    """Whether ``pos`` lies in a run-in heading: a short Title Case phrase that
    opens a paragraph and ends with a colon ("Solid Acquired Asset: ...")."""
    a = text.rfind("\n", 0, pos) + 1
    c = text.find(":", pos, pos + 60)
    if c < 0 or pos - a > 60 or "\n" in text[pos:c] or text[c + 1 : c + 2] not in (" ", "\u00a0"):
        return False
    if -1 < text.find("\n", c, c + 80) or len(text) < c + 80:
        return False  # a headline ("Zorblat Acquires Quenix: what it means"), not a paragraph's heading
    words = text[a:c].split()
    return len(words) >= 2 and all(w[:1].isupper() or w in _HEADING_SMALL for w in words)
