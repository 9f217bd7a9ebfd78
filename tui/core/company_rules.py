"""Rules that find company names missing from the data file, and their filters.

The rules only propose *candidates* (spans plus the rule that fired); the filters of :mod:`tui.core.company_filters`
reject people, places, products, government bodies, calendar words and sentence starters.  :mod:`tui.core.companies`
combines them with the curated list.  Every word list is data (``data/company_words.json``).

Speed: one scan of the lower-cased text finds every cue word (a character-trie regex); each rule then looks only at
the few characters next to its cue.

Rules (French and English):

* noun cue before the name: "la start-up française X", "le géant du cloud X",
  "the AI startup X", "chipmaker X" (up to three lower-case words in between,
  not ending in "de"/"of": "l'éditeur de Windows" names a product);
* phrase cue before the name: "filiale de X", "rachète X", "acquired by X";
  investor cues expand lists: "led by X, Y and Z", "aux côtés de X et Y";
* verb after the name: "X a levé 20 M€", "X raised $5M", "X rachète", "X to acquire", "X, valorisée à", a share's
  move "X a bondi de 32 %" (not an index's); "X-backed"; apposition "X, the startup";
* pairs: "X and Y sign", "merger between X and Y", "fusion entre X et Y";
* placed names: "Paris-based Nacelle", "Stockholm's Lovable" (weak: filtered);
* a listing after the name: "Brontex Materials (NYSE: BRX)", "Velmora (Euronext Paris : VLM)" (:mod:`tui.core.company_anchors`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable, NamedTuple

from .company_anchors import acronym_names, adviser_names, placed_names, ticker_names
from .company_work import work_names
from .company_filters import curated
from .company_lists import comma_firm_start, demonym_adjective, with_particle_head
from .company_shapes import bracketed_firms, possessive_firms
from .company_trim import feminine, fr_demonyms, run_in_heading
from .company_trade import alumni_names, ampersand_firms, bank_names, builder_names, buyer_names, contact_names, digit_names, handle_names, roundup_items, table_names
from .company_data import LOW, PHRASE, PHRASE_RE, SP, UP, load_json, norm_key, phrase_before, trie_pattern, word_start, words
from .textscan import finditer_at, literal_positions

_LIST_NEXT = re.compile(
    rf"(?:,{SP}+(?:(?:et|and){SP}+)?|{SP}+(?:et|and|ainsi que|as well as){SP}+)"
    rf"(?:(?:de|du|des|from){SP}+|d['’]|de{SP}l['’])?(?P<name>{PHRASE})"
)
_AGENT = re.compile(rf"{SP}+(?:par|by){SP}+(?P<name>{PHRASE})")
_CONJ_END = re.compile(rf"{SP}+(?:et|and){SP}+$")
_PAIR_TAIL = re.compile(rf"{SP}+(?P<a>{PHRASE}){SP}+(?:et|and){SP}+(?P<b>{PHRASE})")
_MONEY_AHEAD = re.compile(
    r"[^.\n]{0,40}?(?:\d|[$€£]|[Ss][ée]ri[ea]|funding|financement|fonds|round|tour de table|capital|seed|chiffre d['’]affaires|bénéfice|revenue|profit)"
)
_PERCENT_AHEAD = re.compile(rf"[^.\n\d]{{0,24}}\d+(?:[.,]\d+)?{SP}?(?:%|per{SP}?cent|percent|pour{SP}?cent)")  # a share price's move
_PUBLIC_BEFORE = re.compile(r"\b(?:state|government|public|federal|municipal|national|publique|d['’]état|nationale)\b[\w -]{0,20}\Z")
_FUND_NUMBER = re.compile(rf"{SP}\d{{1,2}}(?=[,;:)]|\.(?!\d)|{SP}(?!(?:millions?|milliards?|mds?|mn|bn|m|k|euros?|dollars?|francs?|%)(?![\w]))[a-zé(])")
_IBERIAN = rf"del|de{SP}los|de{SP}las|della|do|da|dos|das"  # Spanish, Italian and Portuguese particles ("Lácteos del Valle", "Banco do Brasil")
_PARTICLE_TAIL = re.compile(rf"{SP}(?:(?:du|des|de{SP}la|{_IBERIAN}){SP}|d['’])[{UP}][\w'’-]+(?![\w'’-]|{SP}[{UP}])")  # (and "Terres d'Armor")
_RELATIVE = re.compile(rf",{SP}(?:qui|which){SP}\Z")
_INDEX_BEFORE = ("indice ", "Indice ", "index ", "Index ", "/")  # "L'indice S&P/TSX a clôturé à": an index
_OWNER_WORDS = frozenset(("state", "government", "family", "employee", "founder", "venture", "foreign", "municipal", "private", "public", "sovereign", "investor", "management", "community", "taxpayer", "majority", "minority"))  # "State-owned X": no owner's name
_COMMA_FIRM = re.compile(rf"(?:,{SP}[{UP}][\w'’-]+){{1,3}}{SP}&{SP}[{UP}][\w'’-]*(?:\.(?=[\w,]))?")  # ", Désir & Associés"
_OBJECT_PARTICLE = re.compile(rf"{SP}(?:de{SP}la|de{SP}los|de|du|des|del|d['’]|à{SP}l['’]|à{SP}la|con)(?:{SP})?(?P<p>[{UP}][\w'’-]+(?:{SP}[{UP}][\w'’-]+)?)(?![\w'’-])")


def _object_tail(text: str, end: int) -> int:
    """The end of a deal verb's object with its particle and name ("rachète Centrales d'Air
    Rhénanes", "met la main sur Terre de Croquettes"); not a place, a person or a listed
    company it is bought from ("rachète Lumo de Carrefour")."""
    m = _OBJECT_PARTICLE.match(text, end)
    if m is None:
        return end
    w, head = words(), m.group("p").split()[0]
    if norm_key(m.group("p")) in w.places or norm_key(head) in w.places or head in w.first_names or curated(head) or curated(m.group("p")):
        return end
    return m.end()


_DEMONYM_WORD = re.compile(rf"([{LOW}]+){SP}(?=[{UP}])")  # a lower-case word before a capital: "suédois Vida"
_COPULA_STARTS = (" est un", " is a", " is one of", " est l'un", " est l’un")
# a press release's "About X" heading, a tombstone's fields ("Cible : X", "Buyer: X")
_LABELLED = re.compile(
    rf"(?:(?:À|A){SP}propos{SP}d(?:e{SP}|['’])|About{SP}+)(?P<name>{PHRASE})[ \t]*(?=\n)"
    rf"|(?:Acquéreur|Cible|Vendeur|Cédant|Repreneur|Acquirer|Buyer|Target|Seller)s?[ \t\u00a0]*:[ \t\u00a0]*(?P<f>{PHRASE})"
)
_LABEL_STARTS = ("À propos", "A propos", "About", "Acquéreur", "Cible", "Vendeur", "Cédant", "Repreneur", "Acquirer", "Buyer", "Target", "Seller")
_PAREN_ACRONYM = re.compile(r"[ \u00a0]\([A-Z][A-Za-z&]{1,7}\)\Z")
# ", basée à Pithiviers", ", headquartered in Oslo": where a company has its seat
_SEAT = re.compile(  # and who owns it: ", owned by Brookfield", ", détenue par Siparex"
    rf",{SP}+(?:basée?s?{SP}+(?:à|en|au)|installée?s?{SP}+(?:à|en|au)|implantée?s?{SP}+(?:à|en|au)|headquartered{SP}+in"
    rf"|(?:owned|controlled|backed){SP}+by|(?:détenue?s?|contrôlée?s?){SP}+par)(?![\w])"
    rf"|,{SP}+(?:now{SP}+)?part{SP}+of{SP}+(?:the{SP}+)?(?=[{UP}])|,{SP}+propriété{SP}+d(?:u{SP}+groupe{SP}+|e{SP}+|['’])(?=[{UP}])"
)  # ", part of Vinci", ", propriété du groupe Astrane"
# " était détenu par", " is majority owned by": found from the participle (a rare word), then the verb before it
_OWNED = (" owned by", " controlled by", " détenu par", " détenue par", " détenus par", " détenues par", " contrôlé par", " contrôlée par")
_OWNED_VERB = re.compile(
    rf"{SP}(?:est|était|is|was)(?:{SP}+(?:jusqu['’]ici|jusqu['’]alors|until{SP}+now|previously|wholly|majority|entièrement|majoritairement))?\Z"
)
_INNER_WORD = re.compile(rf"[{UP}][\w'’-]*{SP}(?:on|of|for|and){SP}\Z")



class Candidate(NamedTuple):
    """A name proposed by a rule; ``side`` tells where the rule's anchor is."""

    start: int
    end: int
    rule: str
    side: str  # "left": the cue is before the name; "right": after it
    strong: bool = True


NOUN, OBJ, LIST, SUBJ, MONEY, PAIR_VERB, PAIR_CUE, NAMING, MOVE, RESULT = 1, 2, 4, 8, 16, 32, 64, 128, 256, 512


@dataclass(frozen=True, slots=True)
class _Rules:
    cues: re.Pattern[str]
    kinds: dict[str, int]  # cue -> bit set of the kinds above
    noun_tail: re.Pattern[str]
    apposition: re.Pattern[str]
    hyphen: re.Pattern[str]
    dangling: frozenset[str]
    entity_before: re.Pattern[str]  # a naming cue needs one of these nouns before it: "la nouvelle entité, baptisée X"
    copula: re.Pattern[str]  # " est un éditeur", " is a provider": the name before it is a company


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    d = load_json("company_words.json")
    kinds: dict[str, int] = {}

    def add(phrases: Iterable[str], kind: int) -> None:
        for p in phrases:
            kinds[norm_key(p)] = kinds.get(norm_key(p), 0) | kind

    nouns = [*d["cue_nouns"]["fr"], *d["cue_nouns"]["en"]]
    add(nouns, NOUN)
    add([n + "s" for n in nouns if not n.endswith(("s", "x"))], NOUN)
    add([*d["name_cues"]["fr"], *d["name_cues"]["en"]], OBJ)
    add(d["list_cues"], LIST)
    add(d["subject_verbs"]["plain"], SUBJ | OBJ)
    add(d["subject_verbs"]["money"], MONEY)
    add(d["subject_verbs"]["moves"], MOVE)
    add(d["subject_verbs"]["results"], RESULT)
    add(d["pair_verbs"], PAIR_VERB)
    add(d["pair_cues"], PAIR_CUE)
    add(d["naming_cues"]["cues"], OBJ | NAMING)
    for dem in d["fr_demonyms"]:  # "le belge X", "l'américain X", "du suisse X", "de l'ontarienne X", "la française X"
        vowel = dem[0] in "aeiouéè"
        add([f"l'{dem}", f"de l'{dem}", f"à l'{dem}"] if vowel else [f"le {dem}", f"du {dem}", f"au {dem}"], NOUN)
        if (fem := feminine(dem)) != dem:
            add([f"l'{fem}", f"de l'{fem}", f"à l'{fem}"] if vowel else [f"la {fem}", f"de la {fem}"], NOUN)
    block = "|".join(re.escape(w) for w in sorted(set(d["gap_block"]), key=len, reverse=True))
    gap = rf"(?!(?:{block})(?![\w'’-]))[{LOW}][\w'’-]*"
    appo = [n for n in nouns if n not in set(d["person_like_nouns"])]
    cue_trie = trie_pattern(kinds, r"\s+")
    return _Rules(
        # "\s" compiles 2-3x faster than the space class; a cue is never across a line
        # break in practice (a paragraph ending in "a" followed by one starting "levé")
        cues=re.compile(rf"[ \n\t\u00a0'’(«\"-](?P<cue>{cue_trie})(?:(?<=['’])|(?![\w]))"),
        kinds=kinds,
        noun_tail=re.compile(rf"(?P<gap>(?:{SP}+{gap}){{0,3}})(?P<comma>(?<=[^\W\d_]{{3}}),)?{SP}+(?P<name>{PHRASE})"),  # "sa filiale britannique, X"
        apposition=re.compile(  # ", the AI startup", ", l'éditeur", or a lower-case noun alone: ", opérateur norvégien"
            rf",{SP}+(?:(?:(?:the|an?(?!{SP}+[\w'’-]+é{SP})|le|la|une?|its|sa|son|leur){SP}+|l['’]{SP}*)(?:(?!(?:se|qui|que|ne|which|who|at|of|for|with|from|in|chez|de|du|des|au|aux|à)\b)(?:[\w'’-]+|(?:[A-Z]\.){{2,3}}){SP}+){{0,4}}?"
            rf"(?i:{(appo_trie := trie_pattern(appo))})|{appo_trie})s?(?![\w'’-])"
        ),
        hyphen=re.compile(
            r"-(?:backed|owned|funded|controlled|managed|led|run|operated|sponsored|soutenue?s?|détenue?s?)(?![\w])"
        ),
        dangling=frozenset(d["dangling"]),
        entity_before=re.compile(rf"\b(?:{trie_pattern(d['naming_cues']['entity_nouns'])})\b[^.;\n]{{0,50}}\Z"),
        copula=re.compile(
            rf"{SP}(?:est|is){SP}+(?:un|une|an?|l['’]une?{SP}+des|one{SP}+of{SP}+the){SP}+(?:[{LOW}][\w'’-]*{SP}+){{0,2}}?"
            rf"(?i:{appo_trie})s?(?![\w'’-])"
        ),
    )


class _Shifted:
    """A match on " " + text, read at the offsets of the text itself."""

    def __init__(self, m: re.Match[str]) -> None:
        self.m = m

    def group(self, i: int) -> str:
        return self.m.group(i)

    def span(self, i: int) -> tuple[int, int]:
        s, e = self.m.span(i)
        return s - 1, e - 1


_IBERIAN_TAIL = re.compile(rf"{SP}(?:{_IBERIAN}){SP}[{UP}][\w'’-]+")  # "d'Aeropuertos del Bajío"
_IBERIAN_BEFORE = re.compile(rf"{SP}(?:{_IBERIAN}){SP}\Z")  # "Lácteos del Valle, a Jalisco yogurt maker"


def capital_before(text: str, pos: int) -> bool:
    """Cheap test: does a word starting with a capital or digit end at ``pos``
    (spaces and a comma skipped)?"""
    while pos > 0 and text[pos - 1] in " \u00a0,":
        pos -= 1
    head = word_start(text, pos, 40)
    c = text[head : head + 1]
    return c.isupper() or c.isdigit() or (pos - head > 1 and not text[head:pos].islower())


def find_candidates(text: str, low: str, listed: list[tuple[int, int]] | None = None) -> list[Candidate]:
    """Every name proposed by the cue rules (raw spans, possibly overlapping).

    ``low`` is ``lower_same_length(text)``; ``listed`` the stock listings'
    spans (:func:`~tui.core.company_anchors.listings`) when the caller has them."""
    r = _rules()
    out: list[Candidate] = []
    append = out.append
    kinds_of, n = r.kinds, len(text)
    noun_tail, phrase_at, dangling = r.noun_tail.match, PHRASE_RE.match, r.dangling
    empty_gap_ok = _gap_ok("", dangling)
    matches = list(r.cues.finditer(low))  # in one go: faster than interleaved with the rules
    if first := r.cues.match(" " + low[:200]):  # a cue that opens the text (cues are short)
        matches.insert(0, _Shifted(first))
    for m in matches:
        cue = m.group(1)
        kinds = kinds_of.get(cue) or kinds_of.get(norm_key(cue), 0)
        start, end = m.span(1)
        if text[start].isupper() and run_in_heading(text, start):
            continue  # "Solid Acquired Asset: Luz del Rímac serves...": a heading's words, not a verb and its subject
        if kinds & NOUN and not (cue in ("agency", "agence") and _PUBLIC_BEFORE.search(low, max(0, start - 30), start) or cue in ("club", "clubs") and text[start].isupper()) and not (  # ("le Club Brugge": a name's own word)
            text[start].islower() and (last := text[start:end].rsplit(None, 1)[-1])[:1].isupper() and last.lower() in fr_demonyms()  # capitalised, it begins a name ("la Française des Jeux")
        ):
            t = noun_tail(text, end)  # (not "the state climate agency Enova"; not a headline in capitals: "NORSTEAD BANK LIFTS PAYOUT")
            if t and not (text[start:end].isupper() and t.group("name").isupper()) and (_gap_ok(gap, dangling) if (gap := t.group(1)) else empty_gap_ok and (not t.group("comma") or _owned(text, low, start, t))) and not (
                not gap and text[start].isupper() and not text[start:end].isupper() and start > 1 and text[start - 2] not in ".!?:\n\"«“"
            ):  # (a capitalised cue inside a sentence begins the name: "Bank Negara Malaysia")
                firm = _COMMA_FIRM.match(text, t.end("name")) or _PARTICLE_TAIL.match(text, t.end("name"))  # "le cabinet Valbrun, Désir & Associés"
                if firm is None and cue.endswith(("fonds", "fund", "funds")):
                    firm = _FUND_NUMBER.match(text, t.end("name"))  # "son fonds Mezzanine Croissance 2, apporte"
                append(Candidate(t.start("name"), firm.end() if firm else t.end("name"), "noun", "left"))  # "du français Enduits du Vercors"
        if kinds & NAMING and not r.entity_before.search(low, max(0, start - 70), start):
            continue  # "le plan baptisé Horizon 2030" names no company
        if kinds & (OBJ | LIST) and end < n:
            k = end if text[end - 1] in "'’" else end + 1 if text[end] in " \u00a0" else -1
            t = phrase_at(text, k) if k >= 0 else None
            if t is None and k >= 0 and (dem := _DEMONYM_WORD.match(text, k)) and dem.group(1) in fr_demonyms():
                t = phrase_at(text, dem.end())  # "propriétaire du suédois Vida"
            if t and not demonym_adjective(text, t.start(), t.end()) and not (cue[0] == "%" and any(c.isdigit() for c in t.group())):  # not "by Swiss group X", "1,38 % de Li2O"
                append(Candidate(t.start(), _object_tail(text, t.end()) if kinds & SUBJ else ib.end() if (ib := _IBERIAN_TAIL.match(text, t.end())) else t.end(), "cue", "left"))
                if kinds & LIST:
                    out.extend(_expand_list(text, t.end()))
            elif " " in cue and kinds_of.get(cue.split()[0], 0) & NOUN:  # "filiale d'infrastructures X"
                t = noun_tail(text, start + len(cue.split()[0]))
                if t and _gap_ok(t.group(1), dangling):
                    append(Candidate(t.start("name"), t.end("name"), "noun", "left"))
        if kinds & (SUBJ | MONEY | PAIR_VERB | MOVE | RESULT) and text[end : end + 1] != ":":  # (not a fact sheet's "Tickets sold: 1.1 million")
            _before_cue(text, start, end, kinds, append, out)
        if kinds & PAIR_CUE:
            t = _PAIR_TAIL.match(text, end)
            if t:
                append(Candidate(t.start("a"), t.end("a"), "pair", "left"))
                append(Candidate(t.start("b"), t.end("b"), "pair", "left"))
    marks = [(m.start(), m.end(), rule) for rx, rule in ((r.apposition, "apposition"), (_SEAT, "seat"), (r.hyphen, "hyphen")) for m in rx.finditer(text)]
    marks += [(v.start(), p, "seat") for p in literal_positions(low, _OWNED) if (v := _OWNED_VERB.search(text, max(0, p - 40), p))]
    for m_start, m_end, rule in marks:
        if rule == "apposition" and text[m_end : m_end + 1] == " " and text[m_end + 1 : m_end + 2].isupper() and text[word_start(text, m_end) : m_end][:1].isupper() and (
            norm_key(text[(w0 := word_start(text, m_start)) : m_start]) in words().places or text.endswith(("À ", "A ", "In ", "At "), 0, w0)
        ):
            continue  # "À Bruges, le Club Brugge": a place, then a name the noun opens (not "GIO, le Groupe Impressions de l'Ouest")
        at = m_start
        if text[at - 1 : at] == ")" and (paren := _PAREN_ACRONYM.search(text, max(0, at - 12), at)):
            at = paren.start()  # "Lumiforge Optics (LXO), le fabricant"
        if capital_before(text, at):
            span = phrase_before(text, at)
            if span and (rule == "seat" or at != m_start or _IBERIAN_BEFORE.search(text, max(0, span[0] - 8), span[0])):
                span = with_particle_head(text, span)  # "Terres de Beauce, basée à Pithiviers", "Autopistas del Bajío (Abasa), the"
            if span and rule == "seat" and _INNER_WORD.search(text, max(0, span[0] - 30), span[0]):
                span = None  # "National Institute on Aging (NIA), part of": the name starts before
            if span and not (rule == "hyphen" and text[span[0] : span[1]].lower().split("-")[0] in _OWNER_WORDS) and not (
                text[span[0] - 2 : span[0] - 1].isdigit() and span[1] - span[0] <= 4  # a unit: "750 MW, détenus par Innergex"
            ):  # (not "State-owned", "Private-equity-backed")
                append(Candidate(*span, rule, "right"))
        if rule == "hyphen" and text[m_end : m_end + 1] == " ":  # "Sequoia-backed Lumora"
            t = PHRASE_RE.match(text, m_end + 1)
            if t:
                append(Candidate(t.start(), t.end(), "cue", "left"))
    for p in literal_positions(low, _COPULA_STARTS):  # "Veltrix est un éditeur de logiciels", "X is a provider of"
        if r.copula.match(text, p) and capital_before(text, p) and (span := phrase_before(text, p)):
            append(Candidate(*span, "apposition", "right"))
    for m in finditer_at(_LABELLED, text, literal_positions(text, _LABEL_STARTS)):  # "À propos de X", "Cible : X"
        g = "name" if m.group("name") else "f"
        append(Candidate(m.start(g), m.end(g), "cue", "left"))
    placed, owners = placed_names(text)
    out.extend(Candidate(s, e, "place", "left", strong=False) for s, e in placed)
    out.extend(Candidate(s, e, "owner", "right") for s, e in owners)
    out.extend(Candidate(s, e, "ticker", "right") for s, e in ticker_names(text, listed))
    out.extend(Candidate(s, e, "adviser", "right") for s, e in [*adviser_names(text), *work_names(text)])  # (and "Brodies did the legal work")
    out.extend(Candidate(s, e, "acronym", "left") for s, e in acronym_names(text))
    out.extend(Candidate(s, e, "builder", "left") for s, e in builder_names(text))
    out.extend(Candidate(s, e, "bank", "left") for s, e in bank_names(text))
    out.extend(Candidate(s, e, "firm", "left") for s, e in [*ampersand_firms(text), *digit_names(text), *alumni_names(text), *bracketed_firms(text)])
    out.extend(Candidate(s, e, "possessive", "left") for s, e in possessive_firms(text))  # "Fraser’s of Kelso Brewing Co."
    out.extend(Candidate(s, e, "item", "left") for s, e in [*roundup_items(text), *contact_names(text), *table_names(text), *handle_names(text)])
    out.extend(Candidate(s, e, "cue", "left") for s, e in buyer_names(text))
    hyphen = r.hyphen.search  # a name before "-backed" is the backer's: "Wind Point Partners-backed ThermoCore" names ThermoCore
    out = [c._replace(start=h.end() + 1) if (h := hyphen(text, c.start, c.end)) and text[h.end() : h.end() + 1] == " " and h.end() + 1 < c.end else c for c in out]
    return [c for c in out if not text.startswith(("- ", "-\u00a0"), c.end)]  # (a suspended hyphen: "English- and Spanish-speaking")


_ALSO_MOVED = re.compile(rf"[^.\n%]{{0,30}}%{SP}*(?:,|et|and){SP}+(?P<name>{PHRASE}){SP}+[+-−]?\d+(?:[.,]\d+)?{SP}?%")
_APPOSED_SUBJECT = re.compile(
    rf"(?:^|(?<=[.!?•*–-] ))(?P<name>{PHRASE}),{SP}+(?:la|le|les|l['’]|une?|the|an?|dont|qui|which|whose|who){SP}*[^,.;:!?\n]{{3,90}},{SP}\Z", re.M
)


def _before_cue(text: str, start: int, end: int, kinds: int, append: Callable[[Candidate], None],
                out: list[Candidate]) -> None:
    """The rules of verb cues: "X a levé", "X rachète", "X and Y sign"."""
    if text[start - 2 : start] == ") " and (paren := _PAREN_ACRONYM.search(text, max(0, start - 14), start - 1)):
        start = paren.start()  # "Robinetterie Aubrac (RBA) a pris 6,2 %"
    capital = capital_before(text, start)
    if not capital and kinds & MOVE and (rel := _RELATIVE.search(text, max(0, start - 9), start)):
        start, capital = rel.start(), capital_before(text, rel.start())  # "Valoris Ingénierie, qui a bondi de 32 %"
    if kinds & (SUBJ | MONEY | MOVE | RESULT) and capital:
        if kinds & SUBJ or kinds & (MONEY | RESULT) and _MONEY_AHEAD.match(text, end) or kinds & MOVE and _PERCENT_AHEAD.match(text, end):
            span = phrase_before(text, start, comma=bool(kinds & (SUBJ | MONEY)) or text[start - 2 : start] != ", ")
            head, _, rest = (named := text[span[0] : span[1]] if span else "").partition(" ")
            if span and (kinds == MOVE or kinds & MOVE and _PERCENT_AHEAD.match(text, end) or kinds == MONEY and text.endswith(_INDEX_BEFORE, 0, span[0])) and (
                norm_key(rest if rest and head in words().stop else named) in words().places or any(c.isdigit() for c in named.rsplit(" ", 1)[-1])
                or text.endswith(_INDEX_BEFORE, 0, span[0])
            ):
                span = None  # a market's move: "le Dow Jones a gagné 0,3 %", "le Nasdaq cède 1,2 %", "BRVM 30"
            elif span and text[span[1] : span[1] + 1] == "," and text.endswith((" à ", " in ", " at ", " au ", ", de ", ", from "), 0, span[0]):
                span = None  # the end of a clause: "X, propriétaire d'hôtels à Zermatt, change de mains", "Frigomax, de Laval, change"
            elif span and text[span[1] : span[1] + 1] == "," and (a := _APPOSED_SUBJECT.search(text, max(0, start - 140), start)):
                span = a.span("name")  # "Cardiolys, dont la valve a obtenu le marquage CE, a levé": the clause's subject
            if span:  # "Les Fermentations de l'Erdre lèvent": a particle inside the name
                append(Candidate(*with_particle_head(text, span), "verb", "right"))
                if kinds & MOVE and (also := _ALSO_MOVED.match(text, end)):  # "X a pris 6,2 % et Fluidys 4,8 %"
                    append(Candidate(*also.span("name"), "verb", "right"))
    elif kinds & MONEY and text[start - 2 : start] == ", " and _MONEY_AHEAD.match(text, end) and (
        a := _APPOSED_SUBJECT.search(text, max(0, start - 140), start)
    ):  # "Tricoté, la marque roubaisienne de pulls, lève 800 000 €"
        append(Candidate(a.start("name"), a.end("name"), "verb", "right"))
    if kinds & SUBJ and (t := _AGENT.match(text, end)):  # "X a été rachetée par Y"
        append(Candidate(t.start("name"), t.end("name"), "cue", "left"))
    if kinds & PAIR_VERB and capital:
        out.extend(_pair_before(text, start))


def _gap_ok(gap: str, dangling: frozenset[str]) -> bool:
    last = gap.split()[-1] if gap.strip() else ""
    return last not in dangling and not last.endswith(("'", "’"))


def _expand_list(text: str, pos: int) -> list[Candidate]:
    """Further names of a coordinated list starting at ``pos`` ("X, Y et Z")."""
    found = []
    for _ in range(8):
        m = _LIST_NEXT.match(text, pos)
        if m is None:
            break
        found.append(Candidate(m.start("name"), m.end("name"), "list", "left"))
        pos = m.end("name")
    return found


_OWNED_BEFORE = re.compile(r"(?:['’]s|\bits|\btheir|\bsa|\bson|\bleur)(?:\s+[\w-]+){0,2}\s+\Z")


_NEW_BEFORE = re.compile(r"\b(?:an?|une?|the new|la nouvelle|le nouveau)(?:\s+(?:new|separate|distinct|nouvelle|nouveau|distincte|dédiée))?\s+\Z")


@lru_cache(maxsize=1)
def _new_entities() -> frozenset[str]:
    return frozenset(load_json("company_words.json")["new_entities"]["nouns"])


def _owned(text: str, low: str, start: int, t: re.Match[str]) -> bool:
    """A unit named between commas after its owner ("the bank's growth arm, British Growth
    Partnership,") or a new entity after its article ("une société commune, Atlas Énergie,",
    "a separate company, Brightwater Grid,")."""
    if text[t.end("name") : t.end("name") + 1] != ",":
        return False
    if _OWNED_BEFORE.search(low, max(0, start - 30), start) is not None:
        return True
    return low[start : t.start()] in _new_entities() and _NEW_BEFORE.search(low, max(0, start - 24), start) is not None


def _pair_before(text: str, verb_start: int) -> list[Candidate]:
    """"X and Y sign": both names before a pair verb."""
    b = phrase_before(text, verb_start)
    if b is None:
        return []
    b0 = comma_firm_start(text, b[0], b[1], {}) if "&" in text[b[0] : b[1]] else b[0]  # "Keefe, Bruyette & Woods"
    conj = _CONJ_END.search(text, max(0, b0 - 12), b0)
    a = phrase_before(text, conj.start()) if conj else None
    if a is None:
        return []
    return [Candidate(*a, "pair", "right"), Candidate(*b, "pair", "right")]
