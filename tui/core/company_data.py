"""Company data and the text matching shared by companies and sources:

* ``load_json``: the JSON files of ``data/``, parsed once;
* ``norm_key``, ``trie_pattern``, ``cased_trie_pattern`` (from :mod:`tui.core.textkeys`): lookup keys and
  character-trie regexes (a trie keeps one scan fast with a thousand names);
* ``words()``: the word lists of ``company_words.json`` as sets;
* ``WORD``/``PHRASE``/``phrase_before``: capitalised names in running text;
* ``gazetteer()`` and ``scan_gazetteer``: the curated companies of ``companies.json`` found in a text, plus
  organisation suffixes ("Capital", "Inc.") and prefixes ("Groupe") that the rules use.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from babel import Locale

from .currencies import trie_regex
from .dates import calendar_words
from .textkeys import APOS as _APOS, cased_trie_pattern, norm_key, strip_accents, trie_pattern  # (kept importable from here)

DATA = Path(__file__).with_name("data")

UP = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x250)) if c.isupper())  # Latin-1, Extended-A and B: "İş", "Škoda", "Țuca"
LOW = "a-zß-öø-ÿ" + "".join(c for c in map(chr, range(0x100, 0x250)) if c.islower())
SP = "[ \u00a0]"
# a name word; after an apostrophe a capital ("O'Neil") or lower-case letters that
# are neither a clitic nor after an elided word ("Wa'ed", "Ma'aden"; not "Amazon's",
# "We're", "D'après", "Qu'il")
WORD = (
    rf"(?:(?:[{UP}]|\d+[^\W\d_])[\w&]*(?:['’](?:[{UP}][\w&]*"
    rf"|(?<=\w\w['’])(?<![qQ]u['’])(?!(?:s|re|ve|ll|d|m|t)(?!\w))[{LOW}]+))?"
    rf"(?:[-.][\w&]+|:[a-z]+)*(?:(?<=s)['’](?=[ \u00a0][{UP}]))?|[{LOW}]{{1,3}}[{UP}][\w&]*)"  # (and "Teachers' Venture")
)
PHRASE = rf"{WORD}(?:(?:{SP}&{SP}|{SP}(?:(?:van|von|der|den|ter|ten){SP}){{0,2}}){WORD}){{0,5}}"  # "Van der Hoek Agri"
PHRASE_RE = re.compile(PHRASE)


@lru_cache(maxsize=None)
def load_json(name: str) -> Any:
    """A JSON file of ``data/``, parsed once."""
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def lower_same_length(text: str) -> str:
    """``text.lower()`` with offsets kept (U+0130 is the only char that grows)."""
    return text.replace("\u0130", "I").lower()


def case_ok(surface: str, form: str) -> bool:
    """Whether ``surface`` (matched case-insensitively) is written like ``form``:
    same case for the first letter; short all-capital acronyms ("AWS") exact."""
    letters = [c for c in form if c.isalpha()]
    if letters and len(letters) <= 5 and all(c.isupper() for c in letters):
        return " ".join(surface.translate(_APOS).split()) == " ".join(form.translate(_APOS).split())
    return bool(surface) and surface[0].isupper() == form[0].isupper()


@dataclass(frozen=True, slots=True)
class Words:
    """The word lists of ``company_words.json`` as sets."""

    stop: frozenset[str]
    generic: frozenset[str]
    titles: frozenset[str]
    first_names: frozenset[str]
    blocked: frozenset[str]  # places, people, products, markets, government bodies (norm keys)
    places: frozenset[str]  # places, markets and government bodies (norm keys)
    products: frozenset[str]  # product names (norm keys)
    gov_words: frozenset[str]
    demonyms: frozenset[str]
    legal: frozenset[str]
    suffixes: frozenset[str]
    prefixes: frozenset[str]
    named_prefixes: frozenset[str]  # prefixes only before a capitalised word ("Maison Vauclair", not "Maison de la Radio")
    same_entity: frozenset[str]  # legal forms, "Group", "Holdings": the same company
    calendar: frozenset[str]


@lru_cache(maxsize=1)
def words() -> Words:
    d = load_json("company_words.json")
    # and the countries and regions of the world in English and French, from Babel (CLDR)
    places = [*d["places"], *(name for loc in ("en", "fr") for name in Locale.parse(loc).territories.values())]
    blocked = [*places, *d["people"], *d["products"], *d["markets"], *d["gov_bodies"]]
    return Words(
        stop=frozenset(d["stop_caps"]),
        generic=frozenset(d["generic_caps"]),
        titles=frozenset(d["titles"]),
        first_names=frozenset(d["first_names"]),
        blocked=frozenset(norm_key(b) for b in blocked) | frozenset(strip_accents(norm_key(b)) for b in blocked),
        places=frozenset(norm_key(p) for p in [*places, *d["markets"], *d["gov_bodies"]]),
        products=frozenset(norm_key(p) for p in d["products"]),
        gov_words=frozenset(d["gov_words"]),
        demonyms=frozenset(d["demonyms"]),
        legal=frozenset(d["legal_forms"]),
        suffixes=frozenset(d["org_suffixes"]) | frozenset(d["legal_forms"]),
        prefixes=frozenset(d["org_prefixes"]) | frozenset(d["name_prefixes"]["words"]),
        named_prefixes=frozenset(d["name_prefixes"]["words"]),
        same_entity=frozenset(d["same_entity_suffixes"]) | frozenset(d["legal_forms"]),
        calendar=calendar_words(("fr", "en")) | frozenset(d["holidays"]),  # and the feasts: "Christmas", "Noël"
    )


_WORD_FULL = re.compile(WORD)
_WORD_TAIL = re.compile(rf"(?:(?<![\w&.-])|(?<=[\w)]--)){WORD}$")  # (after a wire's dateline: "FRANKFURT--Henkel", "2026--Cadenza")


def is_name_word(token: str) -> bool:
    """Whether ``token`` is one capitalised name word ("Thomson", not "D'après")."""
    return _WORD_FULL.fullmatch(token) is not None


def phrase_before(text: str, end: int, *, comma: bool = False) -> tuple[int, int] | None:
    """The capitalised phrase (up to six words) ending at ``end``; spaces and,
    with ``comma``, one comma before ``end`` are skipped first."""
    while end > 0 and text[end - 1] in " \u00a0":
        end -= 1
    if comma and end > 0 and text[end - 1] == ",":
        end -= 1
    chunk = text[max(0, end - 120) : end].replace("\u00a0", " ")
    base = end - len(chunk)
    toks = chunk.split(" ")
    start, words_seen, pos = None, 0, len(chunk)
    for i in range(len(toks) - 1, -1, -1):
        tok = toks[i]
        tok_start = pos - len(tok)
        if tok == "&" and words_seen and i > 0:
            pos = tok_start - 1
            continue
        if _CLOCK.fullmatch(tok):
            break  # a time of day is no name: "Vers 11H15, l'action"
        if _WORD_FULL.fullmatch(tok) and (i > 0 or base == 0 or not _name_char(text[base - 1])):
            start, words_seen = base + tok_start, words_seen + 1
        else:
            m = _WORD_TAIL.search(tok)
            if m is not None:
                start, words_seen = base + tok_start + m.start(), words_seen + 1
            break
        if words_seen == 6:
            break
        pos = tok_start - 1
    if start is None or text[start:end].endswith("&"):
        return None
    return start, end


_CLOCK = re.compile(r"\d{1,2}[hH]\d{2}")


def _name_char(ch: str) -> bool:
    return ch.isalnum() or ch in "_&.-"


def word_start(text: str, end: int, limit: int = 30) -> int:
    """Start of the space-delimited token ending at ``end`` (looking back at
    most ``limit`` characters)."""
    lo = end - limit
    if lo < 0:
        lo = 0
    i = text.rfind(" ", lo, end)
    return i + 1 if i >= 0 else lo


SUFFIX, PREFIX, DROPPED = -1, -2, -3


@dataclass(frozen=True, slots=True)
class Entry:
    name: str
    ticker: str | None


@dataclass(frozen=True, slots=True)
class _Form:
    entry: int  # index into the entries, or SUFFIX / PREFIX
    form: str
    acronym: bool  # short all-capital form: must be written exactly
    ambiguous: bool  # needs company context in the article


@dataclass(frozen=True, slots=True)
class _Gazetteer:
    entries: tuple[Entry, ...]
    forms: dict[str, tuple[_Form, ...]]  # norm key -> forms
    regex: re.Pattern[str]
    exact: dict[str, _Form]  # form as written -> its first _Form (fast path)
    literals: tuple[_Form, ...]  # forms not starting with a capital ("eBay", "3M", "plc")
    anchors: re.Pattern[str] | None  # their parts from the first capital or digit ("Bay", "3M")
    by_anchor: dict[str, tuple[tuple[int, int], ...]]  # first char of a part -> (literal index, offset)
    plain: tuple[int, ...]  # literals without capital or digit ("plc"): found with str.find
    parent: dict[int, int]  # "Mitsubishi" -> "Mitsubishi Corporation": the same company with its legal form


def _make_form(entry: int, form: str, ambiguous: bool) -> _Form:
    letters = [c for c in form if c.isalpha()]
    acronym = bool(letters) and len(letters) <= 5 and all(c.isupper() for c in letters)
    return _Form(entry, form, acronym, ambiguous)


@lru_cache(maxsize=1)
def gazetteer() -> _Gazetteer:
    """The curated companies, indexed and compiled once."""
    entries: list[Entry] = []
    forms: dict[str, list[_Form]] = {}
    w = words()
    legal_variants: dict[str, list[str]] = load_json("company_words.json")["legal_variants"]
    for data in load_json("companies.json")["companies"]:
        idx = len(entries)
        entries.append(Entry(data["name"], data.get("ticker")))
        ambiguous = {norm_key(a) for a in data.get("ambiguous", ())}
        for form in (data["name"], *data.get("aliases", ())):
            head, _, last = form.rpartition(" ")
            written = [form, *(f"{head} {v}" for v in legal_variants.get(last, ()) if head)]
            for variant in dict.fromkeys(v for f in written for v in (f, strip_accents(f))):
                key = norm_key(variant)
                forms.setdefault(key, []).append(_make_form(idx, variant, norm_key(form) in ambiguous))
    parent = {}
    for idx, entry in enumerate(entries):
        head, _, last = entry.name.rpartition(" ")
        if head and last in w.same_entity and last != "International":  # a name the short one is, not an alias
            short = [f.entry for f in forms.get(norm_key(head), ()) if f.entry != idx and entries[f.entry].name == head]
            parent.update((i, idx) for i in short if entries[i].ticker in (None, entry.ticker))
    entry_keys = set(forms)
    for form in sorted(w.suffixes | w.prefixes):
        if norm_key(form) not in entry_keys:
            kind = PREFIX if form in w.prefixes else SUFFIX
            forms.setdefault(norm_key(form), []).append(_make_form(kind, form, False))
    capital = [f.form for fs in forms.values() for f in fs if f.form[0].isupper()]
    literals = tuple(f for fs in forms.values() for f in fs if not f.form[0].isupper())
    # "\s" instead of the space class compiles 3-4x faster (1,400 spaces in the
    # pattern); scan_gazetteer cuts a match at any other white space (a line break)
    regex = re.compile(cased_trie_pattern(capital, r"\s+") + r"(?![\w&])")
    exact: dict[str, _Form] = {}
    for fs in forms.values():
        for f in fs:
            exact.setdefault(f.form, f)
    by_anchor: dict[str, list[tuple[int, int]]] = {}
    parts, plain = set(), []
    for idx, f in enumerate(literals):
        i = next((i for i, c in enumerate(f.form) if c.isupper() or c.isdigit()), -1)
        if i < 0:
            plain.append(idx)
        else:
            parts.add(f.form[i:])
            by_anchor.setdefault(f.form[i], []).append((idx, i))
    anchors = re.compile(trie_regex(parts)) if parts else None
    return _Gazetteer(
        tuple(entries), {k: tuple(v) for k, v in forms.items()}, regex, exact, literals,
        anchors, {k: tuple(v) for k, v in by_anchor.items()}, tuple(plain), parent,
    )


def _literal_hits(text: str, g: _Gazetteer) -> dict[int, list[int]]:
    """Literal index -> word-bounded starts, as ``find_all`` gives them for each literal."""
    hits: dict[int, list[int]] = {i: list(find_all(text, g.literals[i].form)) for i in g.plain}
    if g.anchors is None:
        return hits
    n, search = len(text), g.anchors.search
    m = search(text)
    while m is not None:
        p = m.start()
        for idx, i in g.by_anchor[text[p]]:
            s, form = p - i, g.literals[idx].form
            e = s + len(form)
            if s >= 0 and text.startswith(form, s) and (s == 0 or not word_char(text[s - 1])) and (
                e >= n or not (text[e].isalnum() or text[e] in "_&")
            ):
                hits.setdefault(idx, []).append(s)
        m = search(text, p + 1)
    return hits


@dataclass(slots=True)
class Mention:
    """One found name: a curated company, a suffix/prefix, or an unknown name."""

    start: int
    end: int
    entry: int  # index into the gazetteer, SUFFIX/PREFIX, or -10 - n for unknown name n
    form: str
    ambiguous: bool = False
    evidence: bool = False


def word_char(ch: str) -> bool:
    """A character that glues to a name: a name cannot start right after it."""
    return ch.isalnum() or ch in "_&@-"


def _written_like(surface: str, f: _Form) -> bool:
    if surface == f.form:
        return True
    if f.acronym:
        return norm_key(surface) == norm_key(f.form) and surface.translate(_QUOTES) == f.form.translate(_QUOTES)
    if surface[0].isupper() != f.form[0].isupper():
        return False
    head, _, last = f.form.rpartition(" ")  # "a U.S. bank" is not "U.S. Bank": a place and a common noun
    if head and last.isupper() and surface.rsplit(None, 1)[-1] != last:
        return False  # "Capital a" (French "has") is not "Capital A": a capital letter or acronym stays one
    return not (head and surface.rsplit(None, 1)[-1][0].islower() and last in words().suffixes and norm_key(head) in words().places)


_QUOTES = str.maketrans({"’": "'", "\u00a0": " "})
_ODD_SPACE = re.compile(r"[^\S \u00a0\u202f]")  # white space that is not a space: line breaks, tabs


WORD_FORMS = frozenset(("AS", "SES"))  # forms that are also words in capitals ("Fjordmetall AS"; "SOLD AS", "DANS SES FONDERIES")


def _shouted_near(text: str, s: int, e: int) -> bool:
    """Whether the letter before ``s`` (past a space) or the two after ``e`` (past one) are capitals."""
    return text[s - 2 : s - 1].isupper() or text[e + 1 : e + 3].isupper()


def scan_gazetteer(text: str) -> list[Mention]:
    """Every curated name, suffix and prefix in ``text`` (non-overlapping)."""
    g = gazetteer()
    found: list[Mention] = []
    append = found.append
    forms, exact_get, odd_space = g.forms, g.exact.get, _ODD_SPACE.search
    search, pos = g.regex.search, 0
    while (m := search(text, pos)) is not None:
        surface, s, pos = m.group(), m.start(), m.end()
        if s and (text[s - 1].isalnum() or text[s - 1] in "_&" or text[s - 1] == "-" and text[s - 2 : s - 1] != "-" or text[s - 1] == "@" and s > 1 and text[s - 2].isalnum()) and not text.endswith((" ex-", " Ex-"), 0, s):  # glued: no name ("ex-Google" is; a post's "@Barclays" is, not "info@barclays"; a wire's "--(BUSINESS WIRE)--Edgewell" is)
            pos = s + 1  # (and what it covers is looked at again: "ATB Capital Markets" is not "B Capital")
            continue
        if (f := exact_get(surface)) is not None:  # (a form holds no line break)
            if f.form in WORD_FORMS and _shouted_near(text, s, s + len(surface)):
                continue  # "RETAINED TD SECURITIES AS FINANCIAL ADVISER": the word "as" in capitals, not a legal form
            append(Mention(s, s + len(surface), f.entry, f.form, f.ambiguous))
            continue
        if not surface.isprintable() and (odd := odd_space(surface)) is not None:  # a name does not run across a line break
            surface = surface[: odd.start()].rstrip()  # keep what comes before it
            if not surface:
                continue
        e = s + len(surface)
        for f in forms.get(surface.lower()) or forms.get(norm_key(surface), ()):
            if surface == f.form or _written_like(surface, f):
                append(Mention(s, e, f.entry, f.form, f.ambiguous))
                break
    hits = _literal_hits(text, g) if g.literals else None
    if not hits:
        return found
    for idx, f in enumerate(g.literals):
        for s in hits.get(idx, ()):
            append(Mention(s, s + len(f.form), f.entry, f.form, f.ambiguous))
    found.sort(key=lambda mm: (mm.start, -mm.end))
    out: list[Mention] = []
    for mm in found:
        if not out or mm.start >= out[-1].end:
            out.append(mm)
    return out


def find_all(text: str, needle: str) -> Iterable[int]:
    """Word-bounded, case-sensitive occurrences of ``needle``."""
    s = text.find(needle)
    while s >= 0:
        e = s + len(needle)
        if (s == 0 or not word_char(text[s - 1])) and (e >= len(text) or not (text[e].isalnum() or text[e] in "_&")):
            yield s
        s = text.find(needle, s + 1)


_WORD = re.compile(r"[\w'’.-]+")


@lru_cache(maxsize=1)
def _gov_bodies() -> dict[str, tuple[str, ...]]:
    """First word, lower case -> the public bodies it starts, lower case, longest first."""
    by_first: dict[str, list[str]] = {}
    for body in load_json("company_words.json")["gov_bodies"]:
        by_first.setdefault(body.split()[0].lower(), []).append(body.lower())
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_first.items()}


def gov_body_end(text: str, start: int) -> int:
    """End of the public body named at ``start`` ("Banque nationale suisse", where the list's
    "Banque Nationale" is a Canadian bank), or -1: its first letter as written, the rest in any case."""
    first = (m.group().lower() if (m := _WORD.match(text, start)) else "")
    for body in _gov_bodies().get(first, ()):
        end = start + len(body)
        if text[start:end].lower() == body and text[start] == text[start].upper() and not text[end : end + 1].isalnum():
            return end
    return -1
