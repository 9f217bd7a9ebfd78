"""The publications of ``data/publications.json``, indexed: their names and
aliases, their domains, and the attribution cues written before or after a
publication's name ("selon", "according to", "first reported").  Used by
:mod:`tui.core.sources`, and by the company finder (a publication cited as a
source is no company)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import company_data as cd
from .company_anchors import advised_by
from .source_cues import WHEN

SP = cd.SP
_BARE_CUES = ("par", "in", "dans", "à")  # cues that are no attribution after a deal word ("conseillé par CBRE", "a stake in Kantar", "face à Kantar")


@dataclass(frozen=True, slots=True)
class _PubIndex:
    names: tuple[str, ...]
    forms: dict[str, int]  # norm key -> publication index
    all_forms: tuple[tuple[str, ...], ...]
    domains: dict[str, int]
    homes: tuple[str | None, ...]  # each publication's main domain
    regex: re.Pattern[str]
    literals: tuple[tuple[str, int], ...]
    cue_before: re.Pattern[str]
    cue_after: re.Pattern[str]
    tld: re.Pattern[str]
    deal_before: re.Pattern[str]  # "conseillé par ", "a stake in ": a bare cue that is no attribution
    editions: frozenset[int]  # publications with regional editions named after them ("France Bleu Champagne")


@lru_cache(maxsize=1)
def pub_index() -> _PubIndex:
    data = cd.load_json("publications.json")
    names, forms, all_forms, domains, homes = [], {}, [], {}, []
    for i, pub in enumerate(data["publications"]):
        names.append(pub["name"])
        own = (pub["name"], *pub.get("aliases", ()))
        all_forms.append(own)
        for form in own:
            forms.setdefault(cd.norm_key(form), i)
        for dom in pub.get("domains", ()):
            domains.setdefault(dom, i)
        homes.append(next(iter(pub.get("domains", ())), None))
    capital = [f for fs in all_forms for f in fs if f[0].isupper()]
    literals = tuple((f, i) for i, fs in enumerate(all_forms) for f in fs if not f[0].isupper())
    plain_dets = [d for d in data["determiners"] if not d.endswith(("'", "’"))]
    dets = cd.trie_pattern(plain_dets + ["à", "à la", "de", "to", "to the", "with", "in", "on", "of"])
    gap = rf"(?:{SP}*(?i:l['’]|d['’]|à{SP}+l['’])|{SP}+)"
    before = (
        rf"(?<![\w])(?i:{cd.trie_pattern(data['cues_before'])})(?:{SP}+{WHEN})?(?:{SP}+(?i:{dets}))?{gap}"
        rf"(?:(?:[^\W\d_]+{SP}+){{0,2}}(?i:{cd.trie_pattern(data['descriptors'])})(?:{SP}+[\w'’-]+){{0,2}}{gap})?$"  # "told state news agency MTI"
    )
    after = (  # "The Nikkei business daily first reported", "The AFR's Street Talk column first reported",
        rf"['’]s{SP}+(?:[\w'’&-]+{SP}+){{0,4}}(?:list|ranking|rankings|league{SP}+tables?)(?![\w])|"  # "No. 27 on Accounting Today's Top 100 Firms list"
        rf"(?:['’]s?{SP}+(?:[A-Z][\w'’-]*{SP}+){{1,3}}(?:column|newsletter|podcast|blog|desk)(?={SP}))?(?:['’]s)?,?{SP}+"  # ("The Financial Times' Lex column")
        rf"(?:(?:business|financial|economic|daily|newspaper|weekly|magazine|agency|website|quotidien|journal|hebdomadaire|site){SP}+){{0,2}}"
        rf"(?:(?:has|had|also|first|earlier|previously|avait|aussi|également|a|ont){SP}+)?"
        rf"(?i:{cd.trie_pattern(data['cues_after'])})(?![\w])"
    )
    tld = re.compile(r"\.(?:" + "|".join(sorted(data["tlds"], key=len, reverse=True)) + r")(?![\w-])")
    return _PubIndex(
        tuple(names), forms, tuple(all_forms), domains, tuple(homes),
        re.compile(cd.cased_trie_pattern(capital) + r"(?![\w&])"), literals,
        re.compile(before), re.compile(after), tld,
        re.compile(rf"(?<![\w])(?i:{cd.trie_pattern(data['deal_words_before_bare_cue'])})(?:e?s?){SP}+\Z"),
        frozenset(i for i, pub in enumerate(data["publications"]) if pub.get("editions")),
    )


def publication_forms(name: str) -> tuple[str, ...]:
    """The written forms of the publication called ``name`` (just ``name`` if unknown)."""
    p = pub_index()
    i = p.forms.get(cd.norm_key(name))
    return (name,) if i is None else tuple(dict.fromkeys((name, *p.all_forms[i])))


def publication_keys() -> frozenset[str]:
    """Normalised names and aliases of every known publication."""
    return frozenset(pub_index().forms)


def publication_for_domain(domain: str) -> int | None:
    """Index of the publication owning ``domain`` (or a parent domain)."""
    p = pub_index()
    host = domain.lower().removeprefix("www.")
    while host:
        if host in p.domains:
            return p.domains[host]
        host = host.partition(".")[2] if host.count(".") > 1 else ""
    return None


def is_cited(text: str, s: int, e: int) -> bool:
    """Whether the publication mention ``text[s:e]`` is an attribution."""
    p = pub_index()
    if text[s - 1 : s] in ("(", "/") and text[e : e + 1] in (")", "/", ","):
        return True
    if (c := p.cue_before.search(text, max(0, s - 70), s)) and not (c.group().split(None, 1)[0] in _BARE_CUES and (
        p.deal_before.search(text, max(0, c.start() - 20), c.start()) or advised_by(text, s)
    )) and not (c.group()[:5] == "Avec " and text[e : e + 1] == ","):
        return True  # (not "conseillé par CBRE": an adviser, nor "…, l'acheteur par JLL"; "a stake in Kantar": a company;
        # "(Avec AOF)" credits a wire, "« Avec Folha, nous disposons »" names a firm)
    if paren := _ABBREVIATION.match(text, e):
        e = paren.end()  # "Het Financieele Dagblad (FD) first reported"
    return p.cue_after.match(text, e) is not None


_ABBREVIATION = re.compile(r"[ \u00a0]\([A-Z][A-Za-z]{1,5}\)")
