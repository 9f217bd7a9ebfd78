"""Companies named in an article: the curated list plus rules for unknown names.

``find_companies(text, lang, exclude=..., skip=...)`` returns one :class:`~tui.core.model.Company` per company, by first
mention: name, ``aliases`` (other forms written), ticker (curated, or the listing written) and mention spans.

How it works:

1. One scan with a character-trie regex (:mod:`tui.core.company_data`) finds
   every name and alias of the data file (longest match wins: "Amazon Web
   Services" is never "Amazon"; the span covers only the name in "Amazon's",
   "d'Amazon"; "Michael Dell" and "Orange County" are not companies).  A
   legal form, "Holdings"-like word or "& Name" right after a curated name
   stays part of the mention ("Tencent Holdings", "Simpson Thacher &
   Bartlett"), so the written form is an alias.  The same scan finds
   organisation suffixes ("Capital", "Inc.", "SAS") and prefixes ("Groupe").
2. The rules of :mod:`tui.core.company_rules` propose unknown names ("la
   start-up X", "X a levé", "acquired by X"...); suffixes give "Acme Robotics
   Inc."; coordinated lists next to a known company give more ("Amazon et X").
   Filters drop people, places, products, calendar words, sentence starters.
3. Names flagged ambiguous in the data ("Orange", "Total", "Visa", "Shell") count only when the article gives
   company context somewhere: a rule cue, a list with another company, or an unambiguous alias of the same company.
4. Overlapping candidates: the strongest rule, then the longest name wins.  A known name extended by an
   organisation word is a subsidiary ("Nomura Securities"); by a legal form, the same company.
5. Every further occurrence of an accepted unknown name is a mention too,
   also its short form ("Helix Data" ... "Helix"), except after a first name
   or a title ("le groupe Tessier" ... "Pierre Tessier" is a person).

Choices: business units with their own name in the data are separate companies ("Amazon Web Services"/"AWS",
"Google Cloud"); product names are not companies, so "Microsoft Azure" is a mention of Microsoft and "Azure"
alone is nothing. Mentions of ``exclude`` names (the publications cited as sources, with their known aliases)
and spans overlapping ``skip`` are ignored.
"""

from __future__ import annotations

import bisect
import re
from typing import Iterable, Sequence

from . import company_data as cd, company_filters as cf, company_rules as cr, company_trim as ct, company_work as cw
from .company_anchors import advised_by, defined_acronyms, listings, reads_as
from .company_exclusions import building_names, public_acronyms, segment_names
from .company_tails import country_after, fund_tail, network_tail, place_tail, subsidiary_tail, unit_tail
from .company_lists import AFTER_START, BEFORE_END, and_firm_start, and_joined, comma_firm_start, demonym_adjective, list_items, name_before_legal, runs_a_business, unknown_neighbour, widened, without_legal
from .company_merge import core_name, fund_and_manager, grouped, merges, name_key, one_name, short_name
from .company_data import DROPPED, PREFIX, SUFFIX, Mention, find_all, gazetteer, scan_gazetteer
from .company_trade import qualifier_start, skipped_spans
from .company_spans import AMP_TAIL, Occupied, Spans, blocked_spans, many_occurrences, name_tail, occurrences, ones
from .model import Company
from .sources import publication_keys

_CUE_RULES = frozenset(("noun", "cue"))


class _Finder:
    """State of one ``find_companies`` call."""

    def __init__(
        self, text: str, blocked: Spans, low: str | None = None, listed: list[tuple[int, int]] | None = None
    ) -> None:
        self.text, self.low = text, cd.lower_same_length(text) if low is None else low
        self.listed = listings(text) if listed is None else listed  # "(NYSE: BRX)" spans
        self.ctx = cf.TextContext(text, self.low)
        self.blocked = blocked
        self.gaz = gazetteer()
        self.words = w = cd.words()
        self.taken = taken = Occupied(len(text))
        self.mentions: list[Mention] = []  # curated names, then unknown names as accepted
        self.affixes: list[Mention] = []  # organisation suffixes and prefixes
        self.by_start: dict[int, Mention] = {}
        self.subsidiaries: list[tuple[int, int]] = []  # a curated name and a country after it
        free, tmap, mentions, by_start = blocked.map.find, taken.map, self.mentions, self.by_start
        tail, covered = name_tail(), 0
        hits = scan_gazetteer(text)
        known_starts = {m.start for m in hits if m.entry >= 0}
        for m in hits:
            s, e = m.start, m.end
            if s < covered or free(1, s, e) >= 0 or blocked.points and blocked.overlaps(s, e) or m.entry >= 0 and cd.gov_body_end(text, s) > e:
                continue  # (nor inside a public body's longer name: "la Banque nationale suisse")
            if m.entry < 0:
                self.affixes.append(m)
            elif not ((s > 1 and text[s - 1] in " (" or text[e : e + 1] == " ") and cf.person_or_place(text, s, e, w, m.ambiguous)):
                t = tail.match(text, e) if text[e : e + 1] in (" ", "\u00a0", ",") else None
                if t and t.group("amp") and m.ambiguous:
                    continue  # "Claro & Cía.": a firm of its own, not the brand the list knows as "Claro"
                if t and free(1, e, t.end()) < 0 and not (t.group("amp") and e + 3 in known_starts):
                    m.end = e = covered = t.end()  # "Tencent Holdings", "Simpson Thacher & Bartlett"
                    m.evidence = True  # a legal form or a firm name: company context
                if (  # (not a dateline: "ZURICH (Suisse), 9 juin")
                    (text[e + 1 : e + 2].isupper() or text[e + 1 : e + 2] == "(" and not (text[s - 1 : s] in ("", "\n") and text[s:e].isupper()) or text[e + 1 : e + 2].isdigit()) and ((pe := subsidiary_tail(text, e)) > 0 or (pe := fund_tail(text, s, e)) > 0)
                    or (pe := network_tail(text, s, e)) > 0 or (pe := unit_tail(text, e)) > 0
                ) and free(1, e, pe) < 0:  # (also after a legal form: "Huawei Technologies Algérie")
                    a = _ACRONYM_BEFORE.search(text, max(0, s - 6), s)  # "SB OpenAI Japan", a joint venture
                    self.subsidiaries.append((a.start() if a else s, pe))  # "Tata Steel Nederland": see _known_inside
                mentions.append(m)
                by_start[s] = m
                tmap[s:e] = ones(e - s)
        self.unknown: dict[str, int] = {}  # core key -> unknown index
        self.unknown_names: list[str] = []
        self.accepted = Occupied(len(text))  # unknown names accepted from rules
        self.pub_keys = publication_keys()

    # -- candidates -------------------------------------------------------
    def candidates(self) -> list[cr.Candidate]:
        """Rule candidates, plus names ending in an organisation suffix
        ("Acme Robotics Inc.") or starting with a prefix ("Groupe Machin")."""
        out = cr.find_candidates(self.text, self.low, self.listed)
        out.extend(cr.Candidate(s, e, "subsidiary", "left") for s, e in self.subsidiaries)
        text = self.text
        for m in self.affixes:
            if m.entry == SUFFIX and (start := and_firm_start(text, m.start, m.form)) >= 0:
                out.append(cr.Candidate(start, m.end, "suffix", "left"))  # "Rogers and Company", "Lakatos, Köves and Partners"
            elif m.entry == SUFFIX:
                if cr.capital_before(text, at := qualifier_start(text, m.start)):  # (after "(Pvt)": "X (Pvt) Ltd")
                    end = at - 2 if text[at - 2 : at] == ", " and m.form in self.words.legal else at - 1  # "Acme, Inc." (not "Barcelona, AI")
                    span = cd.phrase_before(text, end) if text[end : end + 1] in (",", " ") else None
                    country = country_after(text, m.end) if m.form in ("Bank", "Banque") else -1  # "KCB Bank Kenya"
                    if span and span[1] == end and (country > 0 or not self._name_goes_on(m.end)):
                        if (named := name_before_legal(text, span, m.form in self.words.legal)) is None:
                            continue  # "Philippines, Inc." alone is no name
                        named, joined = (j, True) if named == span and m.form in self.words.legal and (j := and_joined(text, span)) != span and j[0] not in self.by_start else (named, False)  # "Oil and Natural Gas Corp." (not after a curated name: "Lincoln International and X LLP")
                        amp = AMP_TAIL.match(text, m.end)  # "Fidelity Management & Research"
                        side = "right" if named == span else "left"  # (its particle or "of the" stays: "Bank of the Philippines")
                        out.append(cr.Candidate(self.taken.run_start(named[0]), country if country > 0 else amp.end() if amp else m.end, "suffix", side, strong=at != m.start or joined))
            elif m.entry == PREFIX and text[m.end : m.end + 1] == " ":
                t = cd.PHRASE_RE.match(text, m.end + 1) or _OF_PHRASE.match(text, m.end)  # "Laiterie du Cap-Vert"
                if t is None and (adj := _SPECIALTY.match(text, m.end)):  # "Clinique vétérinaire du Val d'Orge", "Clinique dentaire Rivière-du-Loup"
                    t = _OF_PHRASE.match(text, adj.end()) or cd.PHRASE_RE.match(text, adj.end() + 1)
                if t and t.re is _OF_PHRASE and (t.group("first") in self.words.prefixes or m.form in self.words.named_prefixes):
                    t = None  # "le Groupe de la Banque mondiale", "la Maison de la Radio"
                if t:
                    more = _OF_PHRASE.match(text, t.end()) if t.re is not _OF_PHRASE or text.startswith((" d'", " d’"), t.end()) or " " not in text[t.start("first") : t.end()] else None  # "Société Tunisienne d'Emballages", "du Val d'Orge", "du Val de Rance"
                    start = m.start
                    if m.form in ("Fonds", "Fund") and cf.is_roman(text[t.start() : t.end()]) and (head := cd.phrase_before(text, m.start - 1)) and head[1] == m.start - 1:
                        start = head[0]  # "son troisième fonds, Granitier Fonds III": the manager's name and the vintage
                    out.append(cr.Candidate(start, more.end() if more else t.end(), "prefix", "left", strong=False))
        return [c._replace(start=w[0], end=w[1]) if (w := widened(text, c.start, c.end)) != c[:2] else c for c in out]  # "John W. X & Co"

    def _name_goes_on(self, pos: int) -> bool:
        """Whether a capitalised word continues the name after ``pos``: then an organisation
        word before it does not end a name ("the Foreign Investment Review Board")."""
        text = self.text
        if text.startswith((" for ", " of "), pos) and text.endswith(("Bank", "Fund"), 0, pos):
            pos = text.find(" ", pos + 1)  # "the Japan Bank for International Cooperation"
        if text[pos : pos + 1] != " " or not text[pos + 1 : pos + 2].isupper():
            return False
        nxt, w = text[pos + 1 : pos + 30].split(maxsplit=1)[0].rstrip(",.;:)"), self.words
        return not (nxt in w.suffixes or nxt in w.stop or nxt in w.calendar or nxt in w.titles or cf.is_roman(nxt) or nxt == "Class")  # "Fund IV", "Class A shares"

    def resolve(self, candidates: list[cr.Candidate]) -> None:
        """Accept candidates, strongest and longest first, without overlaps."""
        cleaned, seen = [], set()
        by_start, text, clean = self.by_start, self.text, ct.clean
        prefixed = {c.end: c.start for c in candidates if c.rule == "prefix"}  # "la Biscuiterie de Kerbrat, qui"
        after_prefix = {k: c for c in candidates if c.rule == "prefix" for k in (c.start, text.find(" ", c.start) + 1)}  # it or its name part -> it
        legal = {c.start: c.end for c in candidates if c.rule == "suffix" and _PARTICLE_IN.search(text, c.start, c.end)}
        for c in candidates:
            key = c[:4]
            if key in seen:
                continue
            seen.add(key)
            known = by_start.get(c.start)
            if known is not None and known.end == c.end:  # exactly a curated name: context for it
                known.evidence = True
                continue
            span = clean(text, c.start, c.end, c.side)
            if span is not None and "&" in text[span[0] : span[1]]:  # "Keefe, Bruyette & Woods"
                span = (comma_firm_start(text, span[0], span[1], by_start), span[1])
            if span is not None and known is not None and known.start < span[0] <= known.end + 1:
                span = (known.start, span[1])  # "Swiss Life Asset Managers": "Swiss" is not a demonym here; "BDO South Africa Inc."
            elif span is not None and prefixed.get(span[1], span[0]) < span[0]:
                span = (prefixed[span[1]], span[1])  # a name with its organisation word before
            elif span is not None and (p := after_prefix.get(span[0])) is not None and p.end > span[1]:
                span = (p.start, p.end)  # "la Société Tunisienne d'Emballages Souples": "société" is also a cue
            elif span is not None and legal.get(span[0], 0) > span[1]:
                span = (span[0], legal[span[0]])  # "l'entreprise vaudoise Bétons du Léman SA"
            if span is not None:  # strong rules first, then longer names, then earlier ones
                cleaned.append((not c.strong, span[0] - span[1], span[0], len(cleaned), span, c))
        cleaned.sort()
        gaz = [(m.start, m.end) for m in self.mentions]  # sorted, disjoint
        starts, ends = [a for a, _ in gaz], [b for _, b in gaz]
        accepted, blocked, pub_keys, ctx = self.accepted.map, self.blocked, self.pub_keys, self.ctx
        for _, _, _, _, (s, e), cand in cleaned:
            if accepted.find(1, s, e) >= 0 or blocked.overlaps(s, e) and cand.rule != "possessive":  # ("la marque Fraser’s" and "Fraser’s of Kelso")
                continue
            lo, hi = bisect.bisect_right(ends, s), bisect.bisect_left(starts, e)
            if lo < hi:
                inside = [(a, b) for a, b in gaz[lo:hi] if a >= s - 200]
                if inside:
                    self._known_inside(s, e, inside, cand)
                    continue
            # a publication is a company where a company cue names it ("a strategist at CreditSights")
            if (cand.rule in _CUE_RULES or cd.norm_key(text[s:e]) not in pub_keys) and cf.plausible(ctx, s, e, strong=cand.strong, cue=cand.rule in _CUE_RULES and not _LISTED_BEFORE.search(text, max(0, s - 12), s)):
                self._add_unknown(s, e)

    def _known_inside(self, s: int, e: int, inside: list[tuple[int, int]], cand: cr.Candidate) -> None:
        """A candidate around curated names: context for the name ("le groupe
        Orange", "Shell plc"), or a subsidiary ("Nomura Securities"), or a longer name ("Keller-Brandt Armaturen")."""
        if cand.rule in ("subsidiary", "acronym", "possessive") and inside[0][0] in self.by_start and all(a in self.by_start for a, _ in inside):
            self._replace_known(inside, s, e)  # "Tata Steel Nederland", "HSBC Continental Europe", "Banque Nationale de Crédit (BNC)"
            return
        first = self.by_start.get(inside[0][0])
        if first is not None and s < first.start and (cand.strong or cand.rule == "suffix" and cf.plausible(self.ctx, s, e)) and all((m := self.by_start.get(a)) and m.ambiguous and not m.evidence for a, _ in inside):
            return self._replace_known(inside, s, e)  # "Pioneer Square Labs, the startup studio": not the ambiguous "Square" (once only)
        if first is None or first.start != s and not _ACRONYM_BEFORE.match(self.text, s, first.start) or any(a < s or b > e for a, b in inside):
            return
        rest = self.text[inside[-1][1] : e].split()
        head = rest[: rest.index("&")] if "&" in rest else rest[:-1] if len(rest) > 1 and cf.is_roman(rest[-1]) else rest  # ("X & Research", "Fund I")
        if len(inside) > 1 or not rest or all(t in self.words.same_entity for t in rest):
            first.evidence = True
        elif (head and len(rest) <= 5 and (head[-1] in self.words.suffixes or " ".join(head[-2:]) in self.words.suffixes)
              or not head and " ".join(rest) in self.words.suffixes) and cand.rule in ("suffix", "noun", "cue", "verb") or (
            (cand.rule in ("noun", "cue", "verb", "builder") or cand.rule == "apposition" and first.ambiguous and not first.evidence and cf.plausible(self.ctx, s, e))
            and len(rest) <= 2 and all(self._name_part(t.removeprefix("-")) for t in rest)
        ):  # ("Lumen Pearl, a Kowloon-based pearl house": not the ambiguous "Lumen")
            self._replace_known(inside, s, e)

    def _replace_known(self, inside: list[tuple[int, int]], s: int, e: int) -> None:
        """The curated names ``inside`` are part of the unknown name ``text[s:e]``; none if it is a
        market or a public body ("The Nasdaq Stock Market LLC"); nothing changes if it is a product."""
        if cd.norm_key(self.text[s:e]) in self.words.products or cf.LAW_AFTER.match(self.text, e):
            return  # "the Meta AI assistant": a product, not a unit of Meta; "the Norwegian Securities Trading Act"
        for a, b in inside:
            self.by_start.pop(a).entry = DROPPED
            self.taken.remove(a, b)
        if cd.norm_key(core := core_name(self.text[s:e])) not in self.words.blocked and not cf.market_name(core.split(" ")):
            self._add_unknown(s, e)

    def _before_legal(self, end: int) -> int:
        """Where a name ends before the legal form that ends at ``end`` ("Fund IV, L.P."), or -1."""
        start = self.text.rfind(" ", max(0, end - 16), end)
        return -1 if start < 0 or self.text[start + 1 : end] not in self.words.legal else start - (self.text[start - 1 : start] == ",")

    def _name_part(self, token: str) -> bool:
        """A capitalised token that can extend a company name ("Eurazeo PME")."""
        w = self.words
        return token[:1].isupper() and not (cd.norm_key(token) in w.blocked or token in w.generic and token not in w.suffixes
                                            or token in w.stop or token in w.calendar or token in w.demonyms)

    def _add_unknown(self, s: int, e: int) -> None:
        name, core = self.text[s:e], core_name(self.text[s:e])
        key = name_key(name)
        if key in self.unknown and (not one_name(core, known := self.unknown_names[self.unknown[key]]) or fund_and_manager(core, known)):
            key = cd.norm_key(core)  # "Lakeshore Trust Bancorp", the parent of "Lakeshore Trust Bank"; a fund and its manager
        if key not in self.unknown:
            self.unknown[key] = len(self.unknown_names)
            self.unknown_names.append(core)
        elif len(core) > len(self.unknown_names[self.unknown[key]]):  # keep the full name
            self.unknown_names[self.unknown[key]] = core
        mark = ones(e - s)
        self.accepted.map[s:e] = mark
        self.taken.map[s:e] = mark
        self.mentions.append(Mention(s, e, -10 - self.unknown[key], name))

    # -- lists -----------------------------------------------------------
    def confirmed_entries(self) -> set[int]:
        """Entries (curated or unknown) with at least one mention in company context."""
        return {m.entry for m in self.mentions if m.entry != DROPPED and (m.evidence or not m.ambiguous)}

    def lists(self) -> None:
        """Coordinated lists ("Oracle et Google", "X, Y and Amazon"): unknown
        names next to a confirmed company are companies; ambiguous names next
        to one get their context."""
        ok = self.confirmed_entries()
        every = {m.start: m for m in self.mentions}
        by_end = {m.end: m for m in self.mentions}
        for m in [m for m in self.mentions if m.ambiguous and m.entry not in ok and not demonym_adjective(self.text, m.start, m.end)]:
            if any((n := every.get(s) or by_end.get(e)) is not None and n.entry in ok for s, e in list_items(self.text, m.start, m.end)) or (  # (by its end: "la Banque Nationale du Canada et Desjardins")
                advised_by(self.text, m.start) or cw.lent_by(self.text, m.start, m.end) or runs_a_business(self.low, m.end)  # "conseillée par le cabinet X", "un prêt consenti par le CIC"
            ):
                m.evidence = True
        ok = self.confirmed_entries()
        ends = {m.end for m in self.mentions}
        text = self.text
        for m in [
            m for m in self.mentions
            if (text.startswith(AFTER_START, m.end) or text.endswith(BEFORE_END, 0, m.start))
            and m.entry in ok and unknown_neighbour(text, m, every, ends)
        ]:
            for s, e in list_items(self.text, m.start, m.end):
                if s in every or self.taken.overlaps(s, e) or self.blocked.overlaps(s, e) or self._name_goes_on(e):
                    continue
                span = ct.clean(self.text, s, e, "left")
                if span and "&" in self.text[span[0] : span[1]]:
                    span = (comma_firm_start(self.text, span[0], span[1], every), span[1])
                if span and cd.norm_key(self.text[span[0] : span[1]]) not in self.pub_keys:
                    if cf.plausible(self.ctx, *span, strong=False):
                        self._add_unknown(*span)

    def acronyms(self) -> None:
        """"Kuwait Investment Authority (KIA)": every "KIA" of the text is that
        company, even where the list or a rule took it for another one (Kia)."""
        ends = {m.end: m for m in self.mentions if m.entry >= 0 or m.entry <= -10}
        text, entry_of, listing_at = self.text, {}, {e: s - 1 for s, e in self.listed}  # acronym -> entry (the first definition holds)
        for end, acronym in defined_acronyms(text):
            m = ends.get(end) or ends.get(self._before_legal(end)) or ends.get(listing_at.get(end, -1))  # ('X Corp. (NYSE: SEE) ("SEE")')
            name = text[m.start : m.end] if m is not None else ""
            if m is not None and acronym not in entry_of and name != acronym and (
                reads_as(without_legal(name), acronym, defined=True) or acronym in name.split()  # 'Davy Corporate Finance UC ("Davy")'
                or " " in acronym and name.endswith(" " + acronym)  # 'Lakeshore Harbor Partners Fund IV, L.P. ("Fund IV")'
                or end in listing_at and f": {acronym})" in text[listing_at[end] : end]  # its ticker: 'Sealed Air (NYSE: SEE) ("SEE")'
            ):
                entry_of[acronym] = m.entry
        if not entry_of:
            return
        starts = {m.start: m for m in self.mentions}
        for s, acronym in occurrences(text, list(entry_of)):
            e = s + len(acronym)
            if (other := starts.get(s)) is not None and other.end == e:
                other.entry, other.ambiguous = entry_of[acronym], False
            elif not (self.taken.overlaps(s, e) or self.blocked.overlaps(s, e)):
                self.mentions.append(Mention(s, e, entry_of[acronym], acronym))
                self.taken.add(s, e)

    # -- result ----------------------------------------------------------
    def more_mentions(self) -> None:
        """Every other occurrence of the accepted unknown names (not after a
        first name or a title: "Pierre-Yves Tessier" is a person)."""
        forms = {m.form: m.entry for m in self.mentions if m.entry <= -10}
        for i, name in enumerate(self.unknown_names):
            forms.setdefault(name, -10 - i)
            short = short_name(name)  # "Helix Data" is also written "Helix"
            if short and cf.name_ok(short) and short not in self.words.first_names:
                forms.setdefault(short, -10 - i)
        if not forms:
            return
        text, w, taken = self.text, self.words, self.taken.map
        if len(forms) > 8 and len(text) > 100_000 and len(forms) <= len(text) // 3_000:  # one scan, a trie
            rx = re.compile(cd.cased_trie_pattern(forms) + r"(?![\w&])")
            hits = ((m.start(), m.group(), forms.get(m.group(), 0)) for m in rx.finditer(text))
        elif len(forms) > 8 and len(text) > 100_000:  # so many names that compiling the trie would cost more
            hits = ((s, f, forms[f]) for s, f in many_occurrences(text, forms))
        else:
            found = ((s, f, entry) for f, entry in forms.items() for s in find_all(text, f))
            hits = sorted(found, key=lambda h: (h[0], -len(h[1])))
        index = {m.start: m for m in self.mentions}
        for s, form, entry in hits:
            e = s + len(form)
            if not entry or text[s:e] != form or s > 0 and (text[s - 1].isalnum() or text[s - 1] in "_&@-"):
                continue
            if self.blocked.overlaps(s, e) or taken.find(1, s, e) >= 0 and not self._longer_wins(s, e, entry, index):
                continue
            prev = text[cd.word_start(text, s - 1) : s - 1] if text[s - 1 : s] == " " else ""
            if prev in w.first_names or prev in w.titles:
                continue
            if text[e + 1 : e + 2].isupper() and (pe := place_tail(text, e)) > 0 and taken.find(1, e, pe) < 0:
                self._add_unknown(s, pe)  # "Belkora Cameroun": a subsidiary named by its country
                continue
            self.mentions.append(index.setdefault(s, Mention(s, e, entry, form)))
            self.taken.add(s, e)
        self.mentions = [m for m in self.mentions if m.entry != DROPPED]

    def _longer_wins(self, s: int, e: int, entry: int, index: dict[int, Mention]) -> bool:
        """Whether ``s:e``, a name's occurrence, replaces the shorter unknown names taken
        inside it ("Beauce" of "Terres de Beauce et X fusionnent"); they are removed."""
        inside = [index[p] for p in range(s, e) if p in index]  # (one begun before ``s``: counts differ)
        if sum(m.end - m.start for m in inside) != self.taken.map.count(1, s, e) or any(m.entry > -10 or m.entry == entry or m.end > e for m in inside):
            return False
        for m in inside:
            m.entry = DROPPED  # (taken out of the list once the scan is over)
            self.taken.remove(m.start, m.end)
            del index[m.start]
        return bool(inside)

    def companies(self) -> list[Company]:
        ok = self.confirmed_entries()
        merged = merges(self.text, self.mentions, self.unknown_names, self.gaz.parent, ok)
        return grouped(self.text, self.mentions, ok | merged.keys(), merged, self.gaz.entries, self.unknown_names, self.listed)


_OF_PHRASE = re.compile(  # (and the Portuguese, Spanish and Italian particles: "Rodovias do Cerrado", "Aguas de los Andes", "Banca di Bologna")
    rf"{cd.SP}(?:de{cd.SP}la{cd.SP}|de{cd.SP}l['’]|du{cd.SP}|des{cd.SP}|de{cd.SP}|d['’]|d[oa]s?{cd.SP}|del{cd.SP}|de{cd.SP}l[oa]s{cd.SP}|di{cd.SP}|della{cd.SP}|dei{cd.SP}|degli{cd.SP}|delle{cd.SP})(?=(?P<first>[\w'’-]+))(?:{cd.PHRASE})"
)
_SPECIALTY = re.compile(rf"{cd.SP}[a-zéè]+(?:aire|ale|ique|ienne|elle|ière|ive)(?={cd.SP}[A-ZÉ]|{cd.SP}d)")  # a lower-case trade adjective
_PARTICLE_IN = re.compile(rf"{cd.SP}(?:de|du|des|of|del|della|dei|degli|delle|di|do|da|dos|das){cd.SP}")
_LISTED_BEFORE = re.compile(r"(?:including|notamment|such as|dont) \Z")  # a list names people too: "including Whitcombe"
_ACRONYM_BEFORE = re.compile(r"(?<![\w&.'’-])[A-Z]{2,4} \Z")


def find_companies(
    text: str,
    lang: str,
    *,
    exclude: Iterable[str] = (),
    skip: Sequence[tuple[int, int]] = (),
    low: str | None = None,
) -> list[Company]:
    """Every company or business organisation named in ``text``, by first mention.

    ``low`` may pass ``company_data.lower_same_length(text)`` when the caller has it."""
    del lang  # the rules and word lists cover French and English together
    listed = listings(text)  # stock listings: their names are candidates, nothing inside them is a mention
    low = cd.lower_same_length(text) if low is None else low
    exclude = [*exclude, *building_names(text, low), *public_acronyms(text), *segment_names(text)]  # "l'immeuble Lumen", "(DAS)"
    finder = _Finder(text, blocked_spans(text, exclude, [*skip, *listed, *skipped_spans(text)]), low, listed)
    finder.resolve(finder.candidates())
    finder.lists()
    finder.more_mentions()
    finder.acronyms()
    return finder.companies()
