"""Publications and links an article cites.

``find_sources(text, lang, links)`` collects, merged into one :class:`~tui.core.model.Source` per publication and
ordered by first mention:

* source lists: lines after "Sources :", "Source:", "Références", "References" ("Le Monde – Titre de l'article –
  lemonde.fr – 3 novembre 2025" gives name, title, url "https://lemonde.fr" and date; a line of short names
  separated by commas gives one source per name; unknown publications count too);
* "(via Bloomberg)", "[via WSJ]";
* inline attributions of known publications (``data/publications.json``): "selon The Wall Street Journal", "d'après
  Les Echos", "rapporte le Financial Times", "according to Reuters", "Bloomberg reported", "told Reuters",
  "(Reuters)" and datelines "PARIS (Reuters) -";
* publications not in the list, cited by a press word or a reporting cue ("the Israeli daily Calcalist", "first
  reported by Calcalist", "nos confrères de L'Informé") and data providers ("according to Zephyr data"):
  :mod:`tui.core.source_cues`;
* URLs and bare domains ("wsj.com", "https://..."), merged with the publication owning the domain, else named
  after the domain;
* ``links`` of an HTML page, the same way.

A publication becomes a source only when cited like this; then every mention of its name or
aliases is a mention of the source (an unlisted name: only where cited). ``url`` is the address
written in the article (a bare domain gets "https://"); for a listed publication cited only by
name, its site (the first of its curated domains); ``None`` for an unlisted one cited by name;
``title`` and ``date`` come from a source list line.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Sequence
from urllib.parse import urlsplit

from . import company_data as cd
from .company_filters import name_ok
from .domains import find_domains
from .model import Link, Source
from .publications import is_cited, pub_index, publication_for_domain, publication_forms, publication_keys
from .source_cues import TITLE_WITH_ARTICLE, WHEN, data_providers, press_names
from .source_unlisted import TITLE_GOES_ON, cited_bodies, cited_by_credit, cited_by_phrase, cited_for_data, cited_institutes, cited_reports, press_shaped
from .source_fields import (
    letters_of,
    as_written, capitals_ok, credit_line, field_date, header_credits, host_of, is_domain, legal_joined, name_positions, resembles,
    source_blocks, title_like, with_scheme, without_data_word,
)
from .textscan import literal_finditer, spelled_before

SP = cd.SP
_BULLET = re.compile(r"^\s*(?:[-*•·▪–—>]|\d{1,2}[.)]|\[\d{1,2}\])?\s*")
_FIELD_SEP = re.compile(r"\s+[–—-]\s+|\s+\|\s+")
_VIA_SEP = re.compile(r",\s+|\s+[–—-]\s+|\s+\|\s+")  # "[via The Scotsman, scotsman.com]"
_QUOTED = re.compile(r"^[«“\"'‘]\s*(.*?)\s*[»”\"'’]$")
_AND_BEFORE = re.compile(rf"^(?:,|{SP}+(?:and|et|or|ou|&)){SP}+(?:(?:the|le|la|les){SP}+|l['’])?$")
_VIA = re.compile(rf"[\[(]via{SP}+(?P<name>[^\])\n]{{1,60}})[\])]")
# Literal starts of every match of _VIA:
# a few str.find scans find the places where the regex can match.
_VIA_STARTS = ("(via", "[via")
_IN_PAPER = re.compile(r"[ \u00a0](?:in|dans)[ \u00a0](?P<art>(?i:the|le|la|les)[ \u00a0])?")  # (the list's mention may start at its article or after it)
_REVIEW = re.compile(r"(?:^|\n)[^\n]{0,40}\b(?:revue de (?:la )?presse|press review|what the papers say)\b")  # "REVUE DE PRESSE | Mardi 14 mars"


@dataclass(slots=True)
class _Src:
    name: str
    url: str | None = None
    title: str | None = None
    date: _dt.date | None = None
    mentions: set[tuple[int, int]] = field(default_factory=set)
    order: int = 0


class _Acc:
    """Sources merged by key: "pub:N" for known publications, else the name."""

    def __init__(self) -> None:
        self.items: dict[str, _Src] = {}
        self.domain_keys: dict[str, str] = {}
        self.domain_spans: dict[str, list[tuple[int, int]]] = {}

    def add(self, key: str, name: str, *, url: str | None = None, title: str | None = None,
            date: _dt.date | None = None, spans: Iterable[tuple[int, int]] = ()) -> None:
        src = self.items.get(key)
        if src is None:
            src = self.items[key] = _Src(name, order=len(self.items))
        src.url, src.title, src.date = src.url or url, src.title or title, src.date or date
        src.mentions.update(spans)

    def fold(self, old: str, key: str) -> None:
        """The source found by its domain alone under ``old`` is the publication ``key``: one source."""
        src = self.items.pop(old)
        into = self.items[key]
        into.url, into.order = into.url or src.url, min(into.order, src.order)
        into.mentions.update(src.mentions)
        self.domain_keys[old[4:]] = key

    def key_for(self, name: str | None, domain: str | None) -> tuple[str, str]:
        """(key, display name) for a publication given by name and/or domain."""
        p = pub_index()
        host = (domain or "").lower().removeprefix("www.")
        name = None if name and name.removeprefix("www.") == host else name  # "[via manchestereveningnews.co.uk]": a domain alone (not "Bourselive.com")
        i = p.forms.get(cd.norm_key(name)) if name else None
        if i is None and domain:
            i = publication_for_domain(domain)
        if i is not None:
            if host:  # "L'Agefi (agefi.com)": the domain found alone later is that publication too
                self.domain_keys.setdefault(host, f"pub:{i}")
            return f"pub:{i}", p.names[i]
        if not name and host in self.domain_keys:
            return self.domain_keys[host], self.items[self.domain_keys[host]].name
        if name and not host and (known := self.items.get(cd.norm_key(name))) is not None:
            return cd.norm_key(name), known.name  # (named before: no need to look for its domain again)
        for key, src in self.items.items():  # "Selon Terre-net" and "terre-net.fr" are one source
            if not key.startswith("pub:") and (
                (name and key.startswith("dom:") and resembles(name, key[4:]))
                or (not name and host and not key.startswith("dom:") and src.url is None and resembles(src.name, host))
            ):
                if name:
                    src.name = name
                if host:
                    self.domain_keys.setdefault(host, key)
                return key, src.name
        key = cd.norm_key(name) if name else "dom:" + host
        if host:
            self.domain_keys.setdefault(host, key)
        return key, name or host


@lru_cache(maxsize=1 << 12)
def _publication_of(surface: str) -> int | None:
    """Index of the publication written ``surface`` (a match of the name regex), if
    the case fits one of its forms."""
    p = pub_index()
    i = p.forms.get(key := cd.norm_key(surface))
    if i is None or not any(cd.case_ok(surface, f) and capitals_ok(surface, f) for f in p.all_forms[i] if cd.norm_key(f) == key):
        return None
    return i


def _scan_publications(text: str) -> list[tuple[int, int, int]]:
    """Mentions of known publications: (start, end, publication index)."""
    p = pub_index()
    out: list[tuple[int, int, int]] = []
    pos: int | None = 0
    while pos is not None:  # after a match that is not a mention, look again one character later
        start, pos = pos, None
        for m in p.regex.finditer(text, start):
            s, e = m.span()
            i = _publication_of(m.group())
            while i is None and (m := p.regex.match(text, s, e - 1)) is not None:  # a shorter name there
                e, i = m.end(), _publication_of(m.group())  # ("Nikkei" in "Nikkei business daily")
            if i is None or s > 0 and (text[s - 1].isalnum() or text[s - 1] in "_-@"):
                pos = s + 1
                break
            if i in p.editions and (ed := _EDITION.match(text, e)) and ed.group(1) not in cd.words().stop and ed.group(1) not in cd.words().calendar:
                more = ed.group("more")
                w = cd.words()  # (not a person after the edition: "a confirmé à France 3 Hauts-de-France Pascal Huchin")
                out.append((s, ed.end() if not more or more not in w.stop and more not in w.calendar and more not in w.first_names else ed.end(1), i))  # a regional edition: "France Bleu Champagne", "France 3 Bourgogne-Franche-Comté"
            elif not inside_other_name(text, s, e):
                out.append((s, e, i))
    for form, i in p.literals:
        s = text.find(form)
        while s >= 0:
            if (s == 0 or not text[s - 1].isalnum()) and not text[s + len(form) : s + len(form) + 1].isalnum():
                out.append((s, s + len(form), i))
            s = text.find(form, s + 1)
    out.sort()
    for k in range(1, len(out)):  # "l'Agence de presse sénégalaise (APS)": the acronym is the named agency's, not Algeria's
        (_, pe, pi), (s, e, i) = out[k - 1], out[k]
        if i != pi and text[pe:s] in (" (", "\u00a0(") and text[e : e + 1] == ")" and any(cd.norm_key(f) == cd.norm_key(text[s:e]) for f in p.all_forms[pi]):
            out[k] = (s, e, pi)
    return [(s, e, i) for s, e, i in out if not _acronym_defined(text, s, e)]


def _acronym_defined(text: str, s: int, e: int) -> bool:
    """Whether the capitals ``text[s:e]``, in parentheses, spell the words before them:
    "l'ancienne Afrique-Occidentale française (AOF)" defines an acronym, cites nothing."""
    form = text[s:e]
    return form.isupper() and 2 <= len(form) <= 6 and text[s - 1 : s] == "(" and text[e : e + 1] == ")" and spelled_before(text, s - 1, form)


_EDITION = re.compile(  # ("Hauts-de-France", "Côte d'Azur", "Grand Est", "Pays de la Loire")
    rf"{SP}([{cd.UP}][\w'’]+(?:-[\w'’]+)*)(?:{SP}d['’][{cd.UP}][\w'’-]+|{SP}(?:de{SP}la{SP}|de{SP})?(?P<more>[{cd.UP}][\w'’-]+))?(?![\w&])"
)


def inside_other_name(text: str, s: int, e: int) -> bool:
    """"Thomson Reuters", "Capital Group": part of a longer capitalised name, or
    of an index ("Nikkei 225")."""
    w = cd.words()
    if text[e : e + 1] == " " and text[e + 1 : e + 2].isdigit():
        return True
    if s > 1 and text[s - 1] == " " and text[s - 2].isalpha():
        prev = text[cd.word_start(text, s - 1) : s - 1]
        if prev[:1].isupper() and prev not in w.stop and not (prev.isupper() and len(prev) > 5) and cd.is_name_word(prev):
            return True
    if text[e : e + 1] == " " and text[e + 1 : e + 2].isupper() and text[e - 1] != ".":  # ("Bain & Co. Listed peers": a new sentence)
        nxt = text[e + 1 : e + 30].split(maxsplit=1)[0].rstrip(",.;:)")
        return nxt not in w.stop and nxt not in w.calendar
    return False


def _parse_item(acc: _Acc, offset: int, line: str, lang: str) -> None:
    """One line of a source list."""
    body_start = _BULLET.match(line).end()
    body = line[body_start:].rstrip()
    if body.endswith(".") and "." not in (last := body[:-1].rsplit(None, 1)[-1].strip(",;")) and (len(last) > 4 or last.isupper()):
        body = body[:-1]  # "Sources : sociétés, CFNEWS." (not "Glycent, Inc.", nor a domain)
    if (via := _ISSUER_VIA.fullmatch(body)) and (is_domain(w := via.group("w")) or cd.norm_key(w) in pub_index().forms):
        _parse_item(acc, offset + body_start + via.start("w"), w, lang)  # "Source: Glycent, Inc. via businesswire.com": the wire, not the issuer
        return
    fields = [f.strip() for f in _FIELD_SEP.split(body) if f.strip()]
    if len(fields) == 1 and not is_domain(fields[0]):
        fields = without_data_word(legal_joined([f.strip() for f in re.split(r",\s+|;\s+", fields[0]) if f.strip()]))
        fields = [f for i, f in enumerate(fields) if not (i and is_domain(fields[i - 1]) and f.replace(" ", "").isalpha() and f.islower())]  # "profit.ro, company statements"
        names = [f for f in fields if not is_domain(f)]
        domains = [host_of(f) or "" for f in fields if is_domain(f)]
        unrelated = names and all(title_like(n) for n in names) and not any(
            resembles(n, d, publication_for_domain(d), pub_index().forms.get(cd.norm_key(n))) for n in names for d in domains
        )  # "La Nouvelle République, terre-net.fr" (not "company statement, burberryplc.com")
        if len(names) < len(fields) > 1 and (unrelated or all(cd.norm_key(f) in pub_index().forms for f in names)):
            for f in fields:  # "Le Temps, allnews.ch": a list of publications, each its own source
                _parse_item(acc, offset + line.find(f), f, lang)
            return
    if len(fields) > 1 and not any(is_domain(f) for f in fields):
        for i, f in enumerate(fields):  # "L'Agefi (agefi.fr) ; CFNEWS": the domain belongs to its name
            if (m := _NAME_DOMAIN.fullmatch(f)) and is_domain(m.group(2)):
                key, name = acc.key_for(m.group(1), host_of(m.group(2)))
                acc.add(key, name, url=with_scheme(m.group(2)), spans=_spans_in(line, offset, m.group(1)))
                fields[i] = ""
        # (nor a description in lower case: "The Economic Times (economictimes.indiatimes.com), company statement")
        fields = [f for f in fields if f and (not f[:1].islower() or is_domain(f) or cd.norm_key(f) in pub_index().forms)]
        if not fields:
            return
    elif len(fields) == 1 and (m := _NAME_DOMAIN.fullmatch(fields[0])) and is_domain(m.group(2)):
        fields = [m.group(1), m.group(2)]  # "Les Echos (lesechos.fr)"
    url = next((f for f in fields if is_domain(f)), None)
    dates = [(f, d) for f in fields if (d := field_date(f, lang))]
    texts = [f for f in fields if f != url and f not in {f for f, _ in dates}]
    domain = host_of(url) if url else None
    date = dates[0][1] if dates else None
    if not url and not dates and len(texts) > 1 and all(len(t.split()) <= 5 for t in texts):
        for t in [t for t in texts if t[:1].isupper()]:  # "Reuters, Bloomberg, AFP" (not "company statements")
            key, name = acc.key_for(t, None)
            acc.add(key, name, spans=_spans_in(line, offset, t))
        return
    if domain and len(texts) == 1 and len(parts := [t.strip() for t in texts[0].split(",") if t.strip()]) > 1:
        if all(title_like(t) and len(t.split()) <= 4 for t in parts):  # "Source : BRVM, Sika Finance – sikafinance.com"
            for t in parts:
                owns = resembles(t, domain, publication_for_domain(domain), pub_index().forms.get(cd.norm_key(t)))
                key, name = acc.key_for(t, domain if owns else None)
                acc.add(key, name, url=with_scheme(url) if owns and url else None, spans=_spans_in(line, offset, t))
            return
    known = [t for t in texts if cd.norm_key(t) in pub_index().forms]
    name = known[0] if known else (texts[0] if texts and len(texts[0].split()) <= 8 else None)
    if name is None and not domain:
        return
    title = " – ".join(_QUOTED.sub(r"\1", t) for t in texts if t != name) or None
    if name and (short := _ACRONYM_AFTER.fullmatch(name)):
        name = short.group(1)  # "Institut français de la mode (IFM)"
    key, display = acc.key_for(name, domain)
    url = with_scheme(url) if url else None
    acc.add(key, display, url=url, title=title, date=date, spans=_spans_in(line, offset, name) if name else ())


_NAME_DOMAIN = re.compile(r"(.+?)\s*\(([^()\s]+)\)")
_ISSUER_VIA = re.compile(r"[^()\[\]\n]+?,?[ \u00a0]+(?:[Dd]istributed[ \u00a0]+(?:via|by)|via)[ \u00a0]+(?P<w>[\w.-]+(?:[ \u00a0][\w.-]+)?)")
_ACRONYM_AFTER = re.compile(r"(.+?)[ \u00a0]*\([A-Z][A-Za-z&]{1,7}\)")


def _spans_in(line: str, offset: int, name: str) -> list[tuple[int, int]]:
    i = line.find(name)
    return [(offset + i, offset + i + len(name))] if i >= 0 else []


def top_level_domains() -> re.Pattern[str]:
    """The pattern of the top-level domains that make a bare domain ("cerclefinance.com")."""
    return pub_index().tld


def find_sources(text: str, lang: str, links: Sequence[Link] = (), *, low: str | None = None) -> list[Source]:
    """Every publication or link the article cites, merged, by first mention.

    ``low`` may pass ``company_data.lower_same_length(text)`` when the caller has it."""
    acc = _Acc()
    pubs = pub_index()
    for offset, line in source_blocks(text):
        _parse_item(acc, offset, line, lang)
    for offset, name in (*credit_line(text), *header_credits(text, pub_index().forms)):  # "— Boursier.com", "16h52 | La Presse Canadienne"
        host = name.lower() if is_domain(name.lower()) else None
        key, shown = acc.key_for(name, host)
        acc.add(key, shown, url=with_scheme(host) if host else None, spans=[(offset, offset + len(name))])
    for m in literal_finditer(_VIA, text, _VIA_STARTS):
        raw, host = m.group("name").strip(), None
        if len(parts := _VIA_SEP.split(raw)) == 2 and is_domain(parts[1]) and not is_domain(parts[0]):
            raw, host = parts[0], host_of(parts[1])  # "[via Le Moniteur – lemoniteur.fr]"
        key, name = acc.key_for(raw, host or (raw if is_domain(raw) else None))
        acc.add(key, name, spans=[(m.start("name"), m.start("name") + len(raw))])
    low = cd.lower_same_length(text) if low is None else low
    mentions = _scan_publications(text)
    columns = {s for (s, e, _), (ns, _, _) in zip(mentions, mentions[1:]) if (j := _IN_PAPER.match(text, e)) and ns in (j.end(), j.start("art"))}  # a paper's
    # column: "first reported by Street Talk in The Australian Financial Review" cites the paper
    listed = [(s, e) for s, e, _ in mentions]
    ends = [e for _, e in listed]  # (sorted, disjoint)
    def inside_listed(span: tuple[int, int]) -> tuple[int, int] | None:  # the listed mention it overlaps, if any
        return listed[i] if (i := bisect.bisect_right(ends, span[0])) < len(listed) and listed[i][0] < span[1] else None

    bodies = {*cited_bodies(text, low), *(span for span, _ in cited_institutes(text, low))}  # (a trade or public body's name has an organisation word that the name check refuses)
    unlisted = [  # not "Wall Street Journal" in "The Wall Street Journal"
        span for span in (*cited_by_phrase(text, low), *cited_by_credit(text, low), *cited_for_data(text, low), *bodies, *cited_reports(text, low), *press_shaped(text, low, lambda s, e: is_cited(text, s, e)))
        if inside_listed(span) is None
    ]
    pressed = {sp for sp in press_names(text, low) if inside_listed(sp) in (None, sp)}  # (not "Hospodářské" of "Hospodářské noviny")
    for s, e in (*data_providers(text, low), *pressed, *unlisted):  # publications not in the list
        if s in columns:
            continue
        name = text[s:e]
        if text.endswith(("du ", "au "), 0, s) and "le " + cd.norm_key(name) in pubs.forms:
            name = "Le " + name  # "nos confrères du Parisien"
        if cd.norm_key(name) in pubs.forms or name_ok(name) or (s, e) in bodies or ((s, e) in pressed and TITLE_WITH_ARTICLE.fullmatch(name)):
            host = name.lower() if is_domain(name.lower()) else None  # "le site Actualite.cd"
            key, name = acc.key_for(name, host)
            acc.add(key, name, url=with_scheme(host) if host else None, spans=[(s, e)])
    prev_end = -1  # end of the last cited mention: "the FT and the WSJ" cites both
    longer = {(s, e): m.end() for s, e, _ in mentions if (m := TITLE_GOES_ON.match(text, e))}
    for s, e in longer:  # "La Presse de Tunisie" is not "La Presse"
        if is_cited(text, s, longer[s, e]) and name_ok(text[s : longer[s, e]]):
            key, name = acc.key_for(text[s : longer[s, e]], None)
            acc.add(key, name, spans=[(s, longer[s, e])])
    mentions = [(s, e, i) for s, e, i in mentions if (s, e) not in longer]
    mentions = [m for m in mentions if m[0] not in columns]
    cited_at = set()  # starts of the mentions cited
    review = _REVIEW.search(low, 0, 200) is not None  # a press review cites every paper it names
    for s, e, i in mentions:
        cited = f"pub:{i}" in acc.items or review
        if cited or is_cited(text, s, e) or (0 <= s - prev_end <= 12 and _AND_BEFORE.match(text[prev_end:s])):
            acc.add(f"pub:{i}", pubs.names[i], spans=[(s, e)])
            prev_end = e
            cited_at.add(s)
    for (s, e, i), (ns, _, _) in zip(mentions, mentions[1:]):  # "Le Parisien et Libération ont révélé": both
        if ns in cited_at and s not in cited_at and 0 <= ns - e <= 12 and _AND_BEFORE.match(text[e:ns]):
            acc.add(f"pub:{i}", pubs.names[i], spans=[(s, e)])
    for s, e, written, host in find_domains(text, pubs.tld):
        key, name = acc.key_for(None, host)
        url = written if "://" in written else "https://" + written
        acc.add(key, name, url=url)
        acc.domain_spans.setdefault(key, []).append((s, e))
    for link in links:
        parts = urlsplit(link.url)
        if parts.scheme in ("http", "https") and parts.hostname:
            key, name = acc.key_for(None, parts.hostname)
            acc.add(key, name, url=link.url)
    listed = {letters_of(src.name): k for k, src in acc.items.items() if k.startswith("pub:")}  # a listed paper and its domain alone:
    for dom, label in [(k, letters_of(k[4:].partition(".")[0])) for k in acc.items if k.startswith("dom:")]:  # "Farmers Weekly" and "[via farmersweekly.co.uk]"
        if label in listed:
            acc.fold(dom, listed[label])
    for s, e, i in mentions:
        if f"pub:{i}" in acc.items:
            acc.items[f"pub:{i}"].mentions.add((s, e))
    for key, src in acc.items.items():
        # a name that is not a known publication is a mention where it is cited only:
        # "Source : Zentrix Labs" under a press release does not make every "Zentrix
        # Labs" of the text a source (it stays a company there)
        if not src.mentions and not key.startswith(("pub:", "dom:")):
            src.mentions.update((s, s + len(src.name)) for s in name_positions(text, src.name))
        if not src.mentions:
            src.mentions.update(acc.domain_spans.get(key, ()))
        elif key.startswith("pub:") and (written := as_written(text, src.mentions, src.name, pubs.all_forms[int(key[4:])])) is not None:
            src.name = written  # "TAP", "APS" as the article writes them, not "Tunis Afrique Presse"
        if src.url is None and key.startswith("pub:") and (home := pubs.homes[int(key[4:])]):
            src.url = "https://" + home  # a publication cited by name: its site
    ordered = sorted(acc.items.values(), key=lambda x: (min(x.mentions)[0] if x.mentions else len(text), x.order))
    return [Source(x.name, x.url, x.title, x.date, tuple(sorted(x.mentions))) for x in ordered]
