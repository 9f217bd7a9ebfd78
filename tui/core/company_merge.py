"""Which of an article's companies are one: the keys of unknown names
(:func:`name_key`: "Helix Data" and "Helix" are one company, "X Bancorp" and
"X Bank" two), and the entries :mod:`tui.core.companies` found that are other
names of another entry found in the same article (:func:`merges`).

* An unknown name that begins a longer unknown name named before it is its
  short form ("Helix" -> "Helix Orbital", "OSE" -> "OSE Immunotherapeutics";
  of several, the one named first), unless the longer one ends with a country,
  which makes a subsidiary ("Vertal" / "Vertal Iberia"; not "Okoumé Industries
  du Gabon", named after it with a particle), or named in the headline only
  ("Vauban Infrastructure Partners prend 49 %" ... "Vauban investit"); a short name named
  first below the title is a parent ("le groupe Freudenberg se sépare de
  Freudenberg Filtration Technologies").  A headline's names count last.
* An unknown acronym read off the words of exactly one other company named
  within 2,000 characters of it is that company ("KOGAS": Korea Gas Corp.).
* A curated name that another curated name extends by a legal form is that
  company where the article names both ("Mitsubishi" -> "Mitsubishi
  Corporation"; the pairs are read from the data, see
  :func:`tui.core.company_data.gazetteer`).
"""

from __future__ import annotations

import bisect
import operator
import re
from functools import lru_cache
from typing import Iterable

from .company_anchors import initials, listed_ticker
from .company_tails import fund_arm, numbered_funds, place_tail
from .company_data import Mention, gazetteer, norm_key, words
from .model import Company
from .text_blocks import heading_end, title_end
from .textscan import literal_positions


@lru_cache(maxsize=1 << 14)
def core_name(name: str) -> str:
    """An unknown name without its legal form ("Acme Robotics Inc." -> "Acme Robotics")."""
    toks, n = name.split(), len(name.split())
    legal = words().legal
    while len(toks) > 1 and (n_legal := next((k for k in (3, 2, 1) if len(toks) > k and " ".join(toks[-k:]) in legal), 0)):
        del toks[-n_legal:]  # ("Płatnik sp. z o.o.", "Delvaux Participations S.à r.l.")
        toks[-1] = toks[-1].rstrip(",")  # "Acme Robotics, Inc."
        if toks[-1] == "&" and len(toks) > 1:
            toks.pop()  # "Keefe, Bruyette & Co."
    if len(toks) < n and len(toks) > 1 and toks[-1][:1] == "(" and toks[-1][-1:] == ")" and not (
        toks[-1][1:-1].isupper() and len(toks[-1]) <= 5 or norm_key(toks[-1][1:-1]) in words().places
    ):
        toks.pop()  # "Lanka Tiles (Pvt) Ltd"; not a place: "McAuliffe Pharmacies (NI) Ltd" is a company of its own
    if len(toks) > 1 and toks[0] in _LEGAL_BEFORE and toks[1][:1].isupper():
        del toks[0]  # "la SARL Boulangerie Le Goff & Fils"
    return " ".join(toks)


_LEGAL_BEFORE = frozenset(("SARL", "EURL", "SASU", "SELARL", "SCEA", "GAEC", "EARL", "SNC"))  # French forms written before the name


@lru_cache(maxsize=1 << 14)
def short_name(name: str) -> str:
    """An unknown name without legal form, trailing organisation words and a
    leading "Groupe" ("Helix Data" -> "Helix", "Groupe Belkora" -> "Belkora");
    "" when nothing is removed."""
    toks = _folded(core_name(name).split())  # ("CORVANTA SOFTWARE" as "Corvanta Software")
    n = len(toks)
    while len(toks) > 1 and toks[-1] in words().suffixes:
        toks.pop()
    if len(toks) > 1 and toks[0] in _GROUP:
        toks.pop(0)  # "Groupe Belkora" is also written "Belkora"
    return " ".join(toks) if len(toks) < n else ""


def one_name(a: str, b: str) -> bool:
    """Whether one name begins the other ("Helix" and "Helix Data", not "X Bank" and "X Bancorp";
    a word in capitals is the same word: "GLOBE Telecom" and "Globe Telecom")."""
    ta, tb = _folded(a.split()), _folded(b.split())
    return ta[: len(tb)] == tb or tb[: len(ta)] == ta


def _folded(toks: list[str]) -> list[str]:
    """``toks`` with the words written in capitals ("GLOBE", not "BNP") as a title writes them."""
    return [w.title() if len(w) > 3 and w.isupper() and w.isalpha() else w for w in toks]


@lru_cache(maxsize=1 << 14)
def name_key(name: str) -> str:
    """Key of an unknown company: "Helix Data" and "Helix" are one company."""
    return norm_key(short_name(name) or core_name(name))


_PARTICLES = frozenset(("de", "du", "des", "of", "d'", "d’"))
_GROUP = frozenset(("Groupe", "Group", "Grupo", "Gruppo", "Maison", "PT"))  # (PT: an Indonesian company, "PT Bank X Tbk")


_PARENT_WORDS = ("groupe ", "Groupe ", "group ", "Group ", "parent ", "maison mère ")  # before a short name: the parent, not a short form


def _before(first: dict[int, int], long: int, short: int, n: int) -> bool:
    """Whether the long name is named before the short one, or in the headline
    only while the short one is named below it (see :func:`_first_mentions`)."""
    return first[long] < first[short] or first[long] >= n > first[short]


def _first_mentions(text: str, mentions: Iterable[Mention]) -> dict[int, int]:
    """Entry -> where it is first named below the title (a title mention counts after the body; a
    roundup item's heading, "4. Brisamar refinances", as if at the end of the paragraph under it)."""
    title = title_end(text)
    first: dict[int, int] = {}
    for m in mentions:
        at = m.start if m.start >= title else m.start + len(text)
        if at < len(text) and (heading := heading_end(text, m.start)) > 0:
            at = heading
        first[m.entry] = min(first.get(m.entry, at), at)
    return first


def _bare(toks: list[str]) -> list[str]:
    """A name's words after its leading place or organisation words ("Groupe",
    "Sociedad Concesionaria", "Jiangsu") or initials ("J. Barraclough & Sons", "J.R. Simplot"),
    keeping one at least; a founder's possessive as the founder's name
    ("Dobson's of Darlington" is also written "Dobson")."""
    w = words()
    if len(toks) > 2 and toks[1] == "of" and toks[0].endswith(("'s", "’s")):
        return [toks[0][:-2], *toks[1:]]
    if len(toks) > 1 and norm_key(toks[0]) in w.places:
        return toks[1:]
    if len(toks) > 1 and re.fullmatch(r"(?:[A-Z]\.){1,3}", toks[0]) and (len(toks) > 2 or len(toks[0]) > 2):
        return toks[1:]  # ("J. Barraclough & Sons", "J.R. Simplot Company", "H.B. Fuller")
    i = 0
    while i < len(toks) - 1 and (toks[i] in _GROUP or toks[i] in w.prefixes):
        i += 1
    return toks[i:]


_VEHICLES = frozenset(("Fund", "Fonds", "Fondo", "Trust", "REIT", "Reit"))
_MANAGERS = frozenset(("Management", "Manager", "Managers", "Advisers", "Advisors", "Gestion"))
_NUMBERED = re.compile(r"[IVX]{1,5}|\d{1,2}")


def _fund_and_manager(short: list[str], long: list[str]) -> bool:
    """Whether the longer name is a numbered fund of the manager the short one
    names ("Alpenrand Digital Infrastructure Fund II"), or the manager of the
    fund or trust the short one names ("Merlion Logistics Trust Management"):
    two entities."""
    extra = long[len(short):]
    if _NUMBERED.fullmatch(extra[-1]) and (_VEHICLES.intersection(extra) or len(extra) > 1 and extra[-1] != "I" and not words().legal.intersection(extra)):
        return True  # (and "Andromède Capital Partners III" after "Andromède Capital")
    return short[-1] in _VEHICLES and bool(extra) and extra[-1] in _MANAGERS


def fund_and_manager(a: str, b: str) -> bool:
    """:func:`_fund_and_manager` for two names in either order."""
    ta, tb = a.split(), b.split()
    return _fund_and_manager(ta, tb) if len(ta) < len(tb) else _fund_and_manager(tb, ta) if len(tb) < len(ta) else False


def _in_headline(text: str, mentions: Iterable[Mention]) -> set[int]:
    """The entries named in the article's headline (its first line, or the line under a masthead)."""
    end = title_end(text)
    return {m.entry for m in mentions if m.start < end}


def short_forms(text: str, mentions: list[Mention], unknown_names: list[str], entries: Iterable[int]) -> dict[int, int]:
    """Unknown entry -> the longer unknown entry it is the short form of (see above)."""
    toks = {i: unknown_names[-10 - i].split() for i in entries if i <= -10}
    if len(toks) < 2:
        return {}
    shouted = {i for i, t in toks.items() if all(len(w) > 3 and w.isupper() for w in t)}  # a run-in headline: "CEDAR POINT TO ACQUIRE RIDGEWAY."
    for i, t in toks.items():  # (and a lead's first word in capitals: "GLOBE Telecom Inc." is "Globe")
        toks[i] = _folded(t)
    first = _first_mentions(text, mentions)
    titled = _in_headline(text, mentions)  # a long name the headline gives is named first
    # "Groupe Belkora" ~ "Belkora"; "Jiangsu Lianbo Therapeutics" ~ "Lianbo"; "Sociedad Concesionaria Vías Andinas"
    bare = {i: _bare(t) for i, t in toks.items()}
    by_first: dict[str, list[int]] = {}
    for i, t in bare.items():
        by_first.setdefault(t[0], []).append(i)
        if toks[i][0] != t[0] and toks[i][0] in words().prefixes:
            by_first.setdefault(toks[i][0], []).append(i)  # "Filature" alone after "Filature Vandamme"
    out = {}
    for a, ta in toks.items():
        longer = [
            b for b in {*by_first.get(ta[0], ()), *by_first.get(bare[a][0], ())}
            if len(toks[b]) > len(ta) and (bare[b][: len(ta)] == ta or toks[b][: len(ta)] == ta)  # ("Banque Rhodanienne de Crédit")
            and (a in shouted or b in titled or bare[b] == ta or _before(first, b, a, len(text)))  # ("Groupe X" and "X", in any order)
            and (place_tail(" " + toks[b][-1], 0) < 0 or toks[b][-2] in _PARTICLES or first[b] < first[a] and not text.endswith(_PARENT_WORDS, 0, first[a]))  # "Vertal Iberia": a subsidiary (not "Rivtek Sverige AB", then "Rivtek"; but "BGFIBank Gabon", then "le groupe BGFIBank")
            and not _fund_and_manager(ta, toks[b])  # "X Fund II" and "X"; "X Logistics Trust" and "X Logistics Trust Management"
            # (not "Okoumé Industries du Gabon", named after its country)
        ]
        if longer:  # several: the one that is the short name with its organisation word ("Compagnie Lestrade", not
            # "Lestrade Arômes"), else the one named first ("Ironclad Horizon Acquisition Corp.", then its Sponsor LLC)
            out[a] = min(longer, key=lambda b: (bare[b] != ta, first[b]))
    by_last: dict[str, list[int]] = {}  # (an index, not every name against every other: thousands in a long text)
    for b, tb in toks.items():
        if len(tb) > 1 and b not in out:
            by_last.setdefault(tb[-1], []).append(b)
    for a, ta in toks.items():  # "Ferraretto" ~ "Macchine Ferraretto": one longer name ends with it
        if a not in out and len(ta) == 1 and ta[0] not in words().suffixes and ta[0] not in words().generic:
            ends = by_last.get(ta[0], ())
            if len(ends) == 1 and _before(first, ends[0], a, len(text)):
                out[a] = ends[0]
    return out | numbered_funds(toks, out)


def merges(
    text: str, mentions: list[Mention], unknown_names: list[str], parent: dict[int, int], ok: set[int]
) -> dict[int, int]:
    """Entry -> the entry it is merged into, among the confirmed entries ``ok``
    (a curated short name merged into its legal-form parent counts as confirmed)."""
    out = short_forms(text, mentions, unknown_names, ok)
    out.update(curated_short_forms(text, mentions, unknown_names, ok, out))
    out.update(ambiguous_prefixes(text, mentions, ok, out))
    out.update((m.entry, parent[m.entry]) for m in mentions if m.entry in parent and parent[m.entry] in ok)
    out.update(acronym_forms(text, mentions, unknown_names, ok))
    out.update(trading_names(text, mentions, ok, out))
    out.update(defined_terms(text, mentions, ok, out))
    for a in out:  # a chain ends at its last name: "Pasquier" -> "Pasquier & Fils" -> "Établissements Pasquier & Fils"
        seen = {a}
        while (b := out.get(out[a])) is not None and b not in seen:
            seen.add(out[a])
            out[a] = b
    return out


def defined_terms(text: str, mentions: list[Mention], ok: set[int], done: dict[int, int]) -> dict[int, int]:
    """A filing's defined term for a company, a part of its name ('Hikari Merger Sub, Inc. ("Merger Sub")', 'Orbit
    Merger Sub, Inc., a wholly owned subsidiary of the Company ("Merger Sub")'), is the last company before it, within 200 characters, whose name holds it."""
    out: dict[int, int] = {}
    by_start = sorted(mentions, key=operator.attrgetter("start"))
    starts = [b.start for b in by_start]
    for m in mentions:
        if m.entry <= -10 and m.entry in ok and m.entry not in done and text[m.start - 2 : m.start] in ('("', "(“") and " " in m.form:
            stop = max(text.rfind("\n", max(0, m.start - 200), m.start), m.start - 200)  # (not ". ": "Hikari Merger Sub, Inc. (")
            near = by_start[bisect.bisect_right(starts, stop) : bisect.bisect_left(starts, m.start)]  # (only the mentions in reach)
            holders = [b for b in near if b.end < m.start and b.entry != m.entry and b.entry in ok and f" {m.form} " in f" {text[b.start : b.end].replace(',', ' ')} "]
            if holders:
                last = max(holders, key=lambda b: b.start).entry
                out[m.entry] = done.get(last, last)
    return out


_TRADES_AS = ("trades as ", "trading as ", "t/a ", "sous le nom commercial ", "sous la dénomination commerciale ")


def trading_names(text: str, mentions: list[Mention], ok: set[int], done: dict[int, int]) -> dict[int, int]:
    """An unknown name given as a company's trading name ("X Ltd, which trades as
    Dobson Motor Group", "qui opère sous le nom commercial Whitcombe Logistics")
    is that company: the company named last before it in the sentence."""
    at = {m.start: m for m in mentions}
    out: dict[int, int] = {}
    for pos in literal_positions(text, _TRADES_AS):
        after = at.get(pos + next(len(c) for c in _TRADES_AS if text.startswith(c, pos)))
        if after is None or after.entry > -10 or after.entry in done or after.entry not in ok:
            continue
        stop = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos))
        before = [m for m in mentions if stop < m.start and m.end <= pos and m.entry in ok and m.entry != after.entry]
        if before:
            last = max(before, key=lambda m: m.start)  # (mentions are not all in text order: a name that replaced a curated one comes last)
            out[after.entry] = done.get(last.entry, last.entry)
    return out


def curated_short_forms(
    text: str, mentions: list[Mention], unknown_names: list[str], ok: set[int], done: dict[int, int]
) -> dict[int, int]:
    """An unknown name that begins the names of exactly one curated company
    named before it is that company ("PGE" after "PGE Polska Grupa
    Energetyczna", "Telkom" after "Telkom Indonesia"), and so is one that is
    that company's name as the text writes it elsewhere ("FRANKFURT--Henkel AG &
    Co. KGaA", which the list could not take there, and "Henkel said")."""
    shorts = {i: unknown_names[-10 - i].split() for i in ok if i <= -10 and i not in done}
    if not shorts:
        return {}
    first = _first_mentions(text, mentions)
    forms: dict[str, set[tuple[int, tuple[str, ...]]]] = {}  # first word -> (entry, words) of curated mentions
    for m in mentions:
        if m.entry >= 0 and m.entry in ok:
            toks = tuple(text[m.start : m.end].split())
            forms.setdefault(toks[0], set()).add((m.entry, toks))
    headline = _in_headline(text, mentions)  # (a headline shortens: "Heidelberg goes north", then "Heidelberg Materials")
    out = {}
    for a, ta in shorts.items():
        owners = {
            e for e, toks in forms.get(ta[0], ())
            if list(toks) == ta or len(toks) > len(ta) and list(toks[: len(ta)]) == ta and (a in headline or _before(first, e, a, len(text)))
        }
        if len(owners) == 1:
            out[a] = owners.pop()
    return out


def ambiguous_prefixes(text: str, mentions: list[Mention], ok: set[int], done: dict[int, int]) -> dict[int, int]:
    """A curated company written only by an ambiguous alias that begins the name
    of exactly one other company written before it is that company ("Houlihan
    Lokey is advising Bain" after "Bain Capital": not Bain & Company); so is one
    written only by a plain alias that begins the name of one other curated
    company ("JSW" after "JSW Steel": not the JSW Group), and so is a group
    written by its own name after its fund arm ("Macquarie" after "Macquarie
    Asset Management", see :func:`tui.core.company_tails.fund_arm`)."""
    lone = {m.entry for m in mentions if m.entry >= 0 and m.entry in ok} - done.keys()
    vague = lone - {m.entry for m in mentions if not m.ambiguous}  # (these may also go to a name the list lacks)
    if not lone:
        return {}
    written: dict[int, set[str]] = {}
    for m in mentions:
        if m.entry in ok:
            written.setdefault(m.entry, set()).add(" ".join(text[m.start : m.end].split()))
    longer: dict[str, set[int]] = {}  # first word -> entries written with more words after it
    for o, forms in written.items():
        for f in forms:
            if " " in f:
                longer.setdefault(f.split(" ", 1)[0], set()).add(o)
    first, out, entries = _first_mentions(text, mentions), {}, gazetteer().entries
    for e in lone:  # (an alias only: "Orange" after "Orange Ventures" stays Orange)
        if len(forms := written[e]) == 1 and " " not in (word := next(iter(forms))):
            owners = {o for o in longer.get(word, ()) if o != e and _before(first, o, e, len(text)) and (o >= 0 or e in vague) and (word != entries[e].name or o >= 0 and fund_arm(entries[o].name))}
            if len(owners) == 1:
                out[e] = owners.pop()
    return out


_ACRONYM = re.compile(r"[A-Z]{3,8}|[A-Z]{1,3}&[A-Z]{1,3}")  # ("H&V": Harcourt & Vane)


def acronym_forms(text: str, mentions: list[Mention], unknown_names: list[str], ok: set[int]) -> dict[int, int]:
    """An unknown acronym read off (:func:`_initials`) exactly one other company
    named near it is that company ("KOGAS": Korea Gas Corp.)."""
    acronyms = {i: name for i in ok if i <= -10 and _ACRONYM.fullmatch(name := unknown_names[-10 - i])}
    headed = {i: (name.split(" ", 1)[0], " " + name.split(" ", 1)[1]) for i in ok if i <= -10 and " " in (name := unknown_names[-10 - i])
              and _ACRONYM.fullmatch(name.split(" ", 1)[0])}  # "CTG Duty Free": China Tourism Group Duty Free Corp
    if not acronyms and not headed:
        return {}
    written: dict[str, dict[tuple[int, str], list[int]]] = {}  # first letter -> (entry, form) -> where
    at: dict[int, list[int]] = {}
    for m in mentions:
        if m.entry in acronyms:
            at.setdefault(m.entry, []).append(m.start)
        elif m.entry in ok and " " in (form := text[m.start : m.end]):
            written.setdefault(form[:1], {}).setdefault((m.entry, form), []).append(m.start)
    out = {}
    for i, acronym in acronyms.items():
        near = sorted(at.get(i, ()))  # (sorted: a bisection per place written, not every pair)
        owners = {
            e for (e, form), where in written.get(acronym[:1], {}).items()
            if _initials(form, acronym.replace("&", "")) and any(_near(near, b) for b in where)
        }
        if len(owners) == 1:
            out[i] = owners.pop()
    for i, (acronym, tail) in headed.items():
        owners = {e for (e, form), _ in written.get(acronym[:1], {}).items()
                  if e != i and (core := core_name(form)).endswith(tail) and _initials(core[: -len(tail)], acronym)}
        if len(owners) == 1:
            out[i] = owners.pop()
    return out


_NEAR = 2_000  # characters: the acronym is used near the name, in the same article


def _near(places: list[int], b: int) -> bool:
    """Whether one of the sorted ``places`` is less than :data:`_NEAR` characters from ``b``."""
    k = bisect.bisect_left(places, b - _NEAR + 1)
    return k < len(places) and places[k] < b + _NEAR


_ELIDED = re.compile(r"\A[ldLD]['’](?=[A-ZÀ-Ý])")


def _initials(form: str, acronym: str) -> bool:
    """Whether ``acronym`` is read off ``form``: the initial of each of its
    words in turn (each maybe with the letters that follow it in the word),
    legal forms optional, from two words or more ("KOGAS": Korea Gas Corp.;
    not "CMA": CMA CGM, nor "CEA": Caisse d'Epargne Rhône Alpes)."""
    w = words()
    toks = [t for tok in form.split() for t in _ELIDED.sub("", tok.strip(",.")).split("-") if t[:1].isalpha() and (t[:1].isupper() or t in _PARTICLES)]  # ("Haut-Saint-Maurice": HSM; "de l'Ouest": O)
    core = [t for t in toks if t not in w.same_entity and t + "." not in w.same_entity and t not in _PARTICLES]  # (a particle's initial is optional: "ADV", Abricots du Valais)
    return len(core) >= 2 and initials([(t if t not in _PARTICLES else t.upper(), t not in core) for t in toks], acronym)


def grouped(
    text: str, mentions: list[Mention], ok: set[int], merged: dict[int, int], entries: list, unknown_names: list[str],
    listed: list[tuple[int, int]],
) -> list[Company]:
    """One company per confirmed entry (``ok``), its merged entries' mentions with it, by first mention:
    a curated entry keeps its name and ticker; an unknown one takes a listing's ticker ("(NASDAQ: VRTH)")."""
    groups: dict[int, list[Mention]] = {}
    seen: set[tuple[int, int]] = set()
    for m in sorted(mentions, key=operator.attrgetter("start")):
        if m.entry in ok and (m.start, m.end) not in seen:
            seen.add((m.start, m.end))
            groups.setdefault(merged.get(m.entry, m.entry), []).append(m)
    out = []
    for idx, ms in groups.items():
        name, ticker = (entries[idx].name, entries[idx].ticker) if idx >= 0 else (
            unknown_names[-10 - idx], listed_ticker(text, [(m.start, m.end) for m in ms], listed))
        spaced = (" ".join(a.split()) for a in dict.fromkeys(text[m.start : m.end] for m in ms))
        out.append(Company(name, tuple(dict.fromkeys(a for a in spaced if a != name)), ticker, tuple((m.start, m.end) for m in ms)))
    out.sort(key=lambda c: c.mentions[0][0])
    return out
