"""Publications missing from the list, cited by the turns of phrase the press
uses for each other (the press words and reporting cues of
:mod:`tui.core.source_cues` are the other half):

* "Comme l'a révélé Paris-Normandie", "comme le rapporte Zonebourse";
* "Selon L'Echo", "d'après Le Quotidien" (a name that starts with the French
  article; not the surname of a person the text names in full: "selon Le
  Maire" after "Bruno Le Maire");
* "Selon Terre-net, qui avait révélé le projet", "X avait révélé dès
  septembre" (the pluperfect of a scoop), "X first reported", when the text
  names X at most twice (a company that had revealed its plans is the
  subject of the story, named again and again);
* "une information du Journal X", "révélée mi-novembre par X", "h/t X", "selon
  le cabinet X" (a research firm's figures), and datelines with an agency the
  list does not know ("Zurich (awp) -", a place or a city in capitals before
  it; not "AutoZone (AZO) — Shares of..."): :func:`cited_by_credit`;
* names shaped like a newspaper's, in any language ("Hospodářské noviny",
  "Gazeta Wyborcza", "Kurier Lubelski": ``press_name_words`` in
  ``data/publications.json``) with an attribution cue next to them
  ("Hospodářské noviny reported").

A name the curated company list knows is never taken ("Amazon avait révélé").
Each function yields ``(start, end)`` spans of names in the text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Iterator

from . import company_data as cd
from .company_filters import curated
from .company_trim import fr_demonyms
from .textscan import finditer_at, literal_positions

SP = cd.SP
_COMME = re.compile(
    rf"[cC]omme{SP}+(?:l['’](?:(?:a|avait){SP}+(?:révélé|rapporté|dévoilé|relaté|écrit|raconté|relevé|souligné|(?P<said>indiqué|annoncé))|écrit|écrivait|(?P<says>indiquait|annonçait))"
    rf"|le{SP}+(?:révèle|révélait|rapporte|rapportait|relate|relatait|raconte|racontait))"
    rf"{SP}+(?:(?:le|la|l['’]){SP}*(?:site|quotidien|journal|magazine|hebdomadaire|mensuel|média){SP}+)?"  # "le site X"
    rf"(?P<name>{cd.PHRASE})(?![\w&-])"
)
_SELON = re.compile(rf"(?:[sS]elon|[dD]['’]après){SP}+(?P<name>{cd.PHRASE})(?![\w&-])")
_ARTICLES = ("Le", "La", "Les", "The")
# after the name: ", qui avait révélé", " avait rapporté", " first reported"
_SCOOP_AFTER = (
    " daily reported", " newspaper reported", " weekly reported", " daily said", " newspaper said", " newspaper first reported",
    " daily first reported", ", qui avait révélé", ", qui a révélé", ", qui avait rapporté", " avait révélé", " avait rapporté", " first reported",
    ", which first reported", ", which had reported", ", qui avait évoqué", ", qui a évoqué",
)
_AFTER_SELON = (", qui avait évoqué", ", qui a évoqué")  # only for a name cited with "selon": "Selon X, qui avait évoqué"
_CLAUSE_START = re.compile(r"(?:\A|[\n(]|[.;:!?,][ \u00a0]+|\b(?:dont|que|which|that)[ \u00a0]+|\bqu['’])\Z")  # "dont X avait révélé"


_ARTICLE_SPAN = 20_000  # characters either side: about one article of a long text


def _surname_of_someone(text: str, name: str, pos: int) -> bool:
    """"Le Maire" where the article also writes "Bruno Le Maire"."""
    stop, rx = cd.words().stop, re.compile(rf"([{cd.UP}][\w-]+){SP}+{re.escape(name)}(?![\w-])")
    return any(m.group(1) not in stop for m in rx.finditer(text, max(0, pos - _ARTICLE_SPAN), pos + _ARTICLE_SPAN))


def _rarely_named(text: str, name: str, pos: int, most: int = 2, alone: bool = False) -> bool:
    """A publication is cited once or twice in an article; a company quoted with
    "selon" or that "avait révélé" its plans is its subject, named again and again.
    ``alone``: not counting the name of the provider's index ("the Liv-ex Fine Wine 100 index")."""
    a, b = max(0, pos - _ARTICLE_SPAN), pos + _ARTICLE_SPAN
    if not alone:
        return text.count(name, a, b) <= most
    return sum(1 for m in re.finditer(rf"{re.escape(name)}(?!{_INDEX_NAMED})", text[a:b])) <= most


_INDEX_NAMED = rf"{SP}[{cd.UP}\d][\w&-]*(?:{SP}[{cd.UP}\d][\w&-]*){{0,4}}{SP}(?:[iI]ndex|[iI]ndice)\b"


_GOES_ON = re.compile(rf"{SP}+(?:de|du|des|d['’]){SP}*[{cd.UP}]")
# the rest of a title after a particle ("Le Quotidien de La Réunion"), or a site's domain ("Actualite.cd")
TITLE_GOES_ON = re.compile(rf"(?:{SP}+(?:de{SP}+la|de{SP}+l['’]|de|du|des|d['’]|of{SP}+the|of)){SP}*[{cd.UP}][\w'’-]*(?:{SP}+[{cd.UP}][\w'’-]*){{0,2}}")
_PARTICLE_BEFORE = re.compile(rf"{SP}(?:de|du|des|de{SP}la|of|of{SP}the){SP}\Z")
_SITE_TLD = re.compile(r"\.[a-z]{2,6}(?![\w-])")


def _title_end(text: str, end: int) -> int:
    """The end of a publication's title that goes on after ``end`` (see above),
    or with a French adjective ("L'Essor savoyard", "Le Dauphiné libéré")."""
    m = TITLE_GOES_ON.match(text, end) or _SITE_TLD.match(text, end)
    if m is None and (a := _TITLE_ADJECTIVE.match(text, end)) and a.group(1) in _title_adjectives():
        return a.end()
    return m.end() if m else end


_TITLE_ADJECTIVE = re.compile(rf"{SP}([{cd.LOW}][\w-]+)(?![\w'’-])")


@lru_cache(maxsize=1)
def _title_adjectives() -> frozenset[str]:
    return fr_demonyms() | {"libre", "libéré", "libérée", "républicain", "républicaine", "public", "publique", "nouveau", "nouvelle", "économique"}


def _press_word_in(name: str) -> bool:
    press, _ = _press_words()
    return any(w.lower() in press for w in re.split(r"[\s'’-]+", name))


_CITED_BY = rf"(?:[Ss]elon|[Dd]['’]après|[Aa]ccording{SP}+to)"  # the citing words of the patterns below
_CREDITED = re.compile(
    rf"(?:informations?{SP}+(?:révélées?{SP}+(?:[\w-]+{SP}+){{0,3}}?par|du|de{SP}+la|de|d['’])"
    rf"|(?:révélée?s?|rapportée?s?|dévoilée?s?){SP}+(?:[\w-]+{SP}+){{0,3}}?par|h/t|[Hh]at{SP}+tip{SP}+to"
    rf"|(?:estimée?s?|évaluée?s?|chiffrée?s?)[^.\n]{{0,80}}?{SP}par{SP}+(?:le{SP}+)?(?:cabinet|institut)(?:{SP}+d['’]études)?"
    rf"|{_CITED_BY}(?:{SP}+(?:an?|the){SP}+(?:new{SP}+|recent{SP}+|latest{SP}+)?(?:report|study|survey|analysis){SP}+(?:by|from))?"
    rf"{SP}+(?:(?:les{SP}+|une{SP}+|l['’])?(?:estimations|données|chiffres|calculs|prévisions|projections|décompte|étude){SP}+d(?:u|e{SP}+la|e{SP}+l['’]){SP}*"
    rf"|(?:(?:estimates|data|figures|projections){SP}+(?:from|by){SP}+))?"
    rf"(?:(?:(?:le|du){SP}+)?(?:cabinet|site)(?:{SP}+d['’]études|{SP}+de{SP}+conseil|{SP}+de{SP}+données|{SP}+spécialisé)?"
    rf"|(?:la{SP}+)?société{SP}+d['’]études|institut|l['’]institut|firme"
    rf"|(?:the{SP}+)?(?:[a-z][\w-]*{SP}+){{0,2}}(?:research|consulting|analytics|data){SP}+(?:firm|group|company|provider|house)"
    rf"|(?:the{SP}+)?(?:market|industry){SP}+(?:researcher|tracker|watcher)"
    rf"|(?:the{SP}+)?consultancy|l['’]agence(?:{SP}+de{SP}+presse)?|the{SP}+(?:news{SP}+)?agency))"
    rf"{SP}*(?P<name>{cd.PHRASE})(?![\w&-])"
)
_CITING = ("selon", "d'après", "d’après", "according to")
_CREDITED_STARTS = ("information", "révélé", "rapporté", "dévoilé", "h/t", "hat tip", "estimé", "évalué", "chiffré", *_CITING)
# a dateline with an agency the list does not know: "Zurich (awp) - La Bourse...", "Libreville, 9 décembre 2025 (AGP) –"
_DATE = rf"(?P<date>,{SP}(?:\d{{1,2}}(?:er)?{SP}[a-zéû]{{3,9}}\.?|[A-Z][a-z]{{2,8}}\.?{SP}\d{{1,2}})(?:,?{SP}\d{{4}})?)"
_DATELINE = re.compile(rf"[{cd.UP}][\w'’.-]*(?:,?{SP}[{cd.UP}][\w'’.-]*){{0,3}}{_DATE}?{SP}\((?P<name>[A-Za-z][\w&.'’-]{{1,14}}(?:{SP}[A-Za-z][\w&.-]*){{0,2}})\){SP}?(?:--?|[–—]){SP}")


# a report cited by its title: "d'après le Swiss Venture Capital Report", "selon le Baromètre Talan"
_REPORT = re.compile(rf"{_CITED_BY}(?:{SP}+(?:le|la|the))?{SP}+(?P<name>{cd.PHRASE})(?![\w&-])")
_REPORT_WORDS = frozenset(("Report", "Survey", "Barometer", "Baromètre", "Monitor", "Outlook", "Tracker", "Yearbook", "Observatoire"))


def cited_reports(text: str, low: str) -> Iterator[tuple[int, int]]:
    """Reports cited by a title that names them so: "d'après le Swiss Venture Capital
    Report", "according to the Global Fintech Survey", "selon le Baromètre Talan"."""
    for m in finditer_at(_REPORT, text, literal_positions(low, _CITING)):
        words = m.group("name").split()
        if len(words) > 1 and (words[-1] in _REPORT_WORDS or words[0] in _REPORT_WORDS) and not curated(m.group("name")):
            yield m.span("name")


_BARE = re.compile(
    rf"{_CITED_BY}{SP}+(?P<name>[{cd.UP}][\w'’&-]*[\w&](?:{SP}[{cd.UP}][\w'’&-]*){{0,2}}(?:{SP}(?:de|du|des|of){SP}[{cd.UP}][\w'’&-]*)?)(?=[,;]|\.(?!\w)|{SP}*\n|\Z)"
)  # (a body of members: "Brasseurs de France"; not a domain: "Startupfolio.co")
_PARTICLES = ("de", "du", "des", "of")
_SENTENCE = re.compile(r"[.!?](?:\s|\Z)|\n")
# a research body by its full name: "according to the Centre for Retail Research", "selon l'Institut Montaigne"
_INSTITUTE = re.compile(
    rf"{_CITED_BY}{SP}+(?:the{SP}+|l['’]|le{SP}+|la{SP}+)?"
    rf"(?P<name>(?:(?:[A-Z]\.){{2,3}}|[{cd.UP}][\w'’-]*)(?:{SP}(?:(?:for|of|on|and|de|du|des){SP})?[{cd.UP}][\w'’-]*){{1,5}})"  # (and "the U.S. Census Bureau")
)
_RESEARCH = frozenset(("Research", "Institute", "Institut", "Centre", "Center", "Observatory", "Observatoire", "Economics"))
#: a public or learned body cited for a figure: "according to the U.S. Census Bureau", "the World Health Organization"
_PUBLIC_DATA = frozenset(("Bureau", "Survey", "Society", "Organization", "Organisation", "Council", "Coalition", "Statistics", "Authority"))


def cited_for_data(text: str, low: str) -> Iterator[tuple[int, int]]:
    """A name cited bare for a figure: "Selon Immostat, 2,9 milliards d'euros ont été
    investis", "... rose 4%, according to Fenwick." -- a data provider or a
    research firm the lists do not know.  Not a company the list knows or the
    story names again, a person (a first name, the surname of someone the text
    names), a public body, a place, nor a name with an organisation word ("Kiwoom
    Securities": a broker's analyst speaking for the firm)."""
    w = cd.words()
    yield from (span for span, _ in cited_institutes(text, low))
    for m in finditer_at(_BARE, text, literal_positions(low, _CITING)):
        s, e = m.span("name")
        name = text[s:e]
        toks = name.split()
        if curated(name) or _organisation_word(toks, w, _press_words()[0]) or any(
            t in w.prefixes or t in w.first_names or t in w.stop and t not in _PARTICLES or t in w.gov_words for t in toks
        ):
            continue
        key = cd.norm_key(name)
        if set(toks[1:-1]) & set(_PARTICLES) and not toks[-3].endswith("s"):
            continue  # with a particle, a body of members ("Brasseurs de France", not "Ville de Paris")
        if key in w.blocked or key in w.places or name in w.demonyms or not _rarely_named(text, name, s, 1, alone=True) or _surname_of_someone(text, name, s):
            continue
        a = max((x.end() for x in _SENTENCE.finditer(text, max(0, s - 300), m.start())), default=max(0, s - 300))
        b = _SENTENCE.search(text, e)
        if any(c.isdigit() for c in text[a : b.start() if b else len(text)]):
            yield s, e


def cited_institutes(text: str, low: str) -> Iterator[tuple[tuple[int, int], bool]]:
    """(span, public) of a research body cited by its full name ("according to the Centre for
    Retail Research", "selon l'Institut Montaigne") or, ``public``, a public or learned body
    cited for a figure ("according to the U.S. Census Bureau, … rose 3%")."""
    w = cd.words()
    for m in finditer_at(_INSTITUTE, text, literal_positions(low, _CITING)):
        name, words = m.group("name"), m.group("name").split()
        if _RESEARCH.intersection(words) and not curated(name) and cd.norm_key(name) not in w.blocked:
            yield m.span("name"), False
        elif _PUBLIC_DATA.intersection(words) and not curated(name) and _with_figure(text, m.start(), m.end()):
            yield m.span("name"), True


def _with_figure(text: str, start: int, end: int) -> bool:
    """Whether the sentence from ``start`` holds a figure after ``end`` ("…, UK spending rose 12%")."""
    b = _SENTENCE.search(text, end)
    return any(c.isdigit() for c in text[end : b.start() if b else len(text)])


# a trade body cited for a figure: "according to the Scotch Whisky Association", "selon le Bureau
# national interprofessionnel du cognac (BNIC)", "selon la Fédération française du bâtiment"
_BODY = re.compile(
    rf"{_CITED_BY}{SP}+(?:(?:data|figures|estimates){SP}+from{SP}+)?(?:the{SP}+|l['’]|le{SP}+|la{SP}+)?"
    rf"(?P<desc>(?:industry|trade|lobby|employers['’]?){SP}+(?:group|body|association|federation|organi[sz]ation){SP}+"
    rf"|(?:organisation|association|fédération){SP}+professionnelle{SP}+|(?:syndicat|groupement){SP}+professionnel{SP}+)?(?P<name>[{cd.UP}][\w'’-]*(?:{SP}+(?:[{cd.UP}][\w'’&-]*|of|for|and|the|de{SP}+la|de|du|des|d['’][\w-]+|[{cd.LOW}][\w-]*)(?![\w'’-])){{0,7}})"
)
_BODY_WORDS = frozenset(("Association", "Federation", "Fédération", "Confederation", "Confédération", "Syndicat", "Council", "Interprofession"))
_NOT_BODY = frozenset(("County", "City", "Borough", "District", "Federal", "Security", "European", "Town", "Parish", "Regional", "Municipal"))
_BODY_END = frozenset(("qui", "que", "dont", "a", "ont", "est", "sont", "en", "pour", "sur", "dans", "avec", "par", "le", "la", "les", "et"))


def cited_bodies(text: str, low: str) -> Iterator[tuple[int, int]]:
    """Trade bodies cited for a figure: a name with an association's word
    (``_BODY_WORDS``, or "interprofessionnel") after "selon" or "according to",
    in a sentence with a number; not a council of a town or county."""
    w = cd.words()
    for m in finditer_at(_BODY, text, literal_positions(low, _CITING)):
        s, toks = m.start("name"), m.group("name").split()
        for i, t in enumerate(toks):  # the name ends before a lower-case word that starts a clause, or an English one
            if t in _BODY_END or t[:1].islower() and t not in ("of", "for", "and", "the") and text[m.start()].lower() == "a":
                toks = toks[:i]
                break
        while toks and (toks[-1] in ("of", "for", "and", "the", "de", "du", "des", "la") or toks[-1].endswith(("'s", "’s"))):
            toks = toks[:-1] if not toks[-1].endswith(("'s", "’s")) else [*toks[:-1], toks[-1][:-2]]
        if not toks or not (m.group("desc") or _BODY_WORDS.intersection(toks) or any(t.startswith("interprofession") for t in toks)) or _NOT_BODY.intersection(toks):
            continue
        e = text.index(toks[-1], s + len(" ".join(toks[:-1]))) + len(toks[-1])
        name = text[s:e]
        if curated(name) or cd.norm_key(name) in w.blocked:
            continue
        a = max((x.end() for x in _SENTENCE.finditer(text, max(0, s - 300), m.start())), default=max(0, s - 300))
        b = _SENTENCE.search(text, e)
        if any(c.isdigit() for c in text[a : b.start() if b else len(text)]):
            yield s, e


def cited_by_credit(text: str, low: str) -> Iterator[tuple[int, int]]:
    """Names given as the origin of a piece of news: "une information du Journal
    X", "révélée mi-novembre par X", "h/t X", "selon le cabinet X" (a research
    firm's figures), and agencies in a dateline ("Zurich (awp) -", "Libreville,
    9 décembre 2025 (AGP) –")."""
    for m in finditer_at(_CREDITED, text, literal_positions(low, _CREDITED_STARTS)):
        s, e = m.span("name")
        name = text[s:e]
        if not curated(name) and _rarely_named(text, name, s):
            yield s, e
    for pos in literal_positions(text, (") -", ") –", ") —", ")\u00a0-", ")\u00a0–")):
        line = text.rfind("\n", 0, pos) + 1
        if pos - line < 60 and (m := _DATELINE.match(text, line)) is not None and m.end("name") == pos:
            city = text[line : m.start("name") - 2].rstrip(",")
            if m.group("name") != "publ" and (m.group("date") or city.isupper() or m.group("name").islower() or cd.norm_key(city.split(",")[0]) in cd.words().places):
                # (not "AutoZone (AZO) —", nor a Swedish company's "AB (publ) –"; a wire's code in lower case: "Sion (ats) –")
                yield m.span("name")


def cited_by_phrase(text: str, low: str) -> Iterator[tuple[int, int]]:
    """Names cited by "comme l'a révélé X", "selon L'X", "X avait révélé"..."""
    seen: dict[tuple[str, int], bool] = {}  # (name, block of the text) -> looked up once

    def once(name: str, pos: int, check: Callable[[], bool]) -> bool:
        key = (name, pos // _ARTICLE_SPAN)
        if key not in seen:
            seen[key] = check()
        return seen[key]

    for m in finditer_at(_COMME, text, literal_positions(low, ("comme l",))):
        s, e = m.span("name")
        e = _title_end(text, e)
        verb = "said" if m.group("said") else "says" if m.group("says") else None
        if verb and m.start("name") == m.end(verb) + 1 and not text.startswith(("Le ", "La ", "Les ", "L'", "L’", "The "), s):
            continue  # "comme l'indiquait X": a title ("Le Courrier de la Mayenne") or after "le quotidien", not a firm's statement
        if not curated(text[s:e]):
            yield s, e
    for m in finditer_at(_SELON, text, literal_positions(low, ("selon ", "selon\u00a0", "d'après", "d’après"))):
        s, e = m.span("name")
        name = text[s:e]
        first, w = name.split()[0], cd.words()
        article = name[:2] in ("L'", "L’") and name[2:3].isupper() or first in _ARTICLES and " " in name
        if _GOES_ON.match(text, e) and _press_word_in(longer := text[s : _title_end(text, e)]):
            name, e = longer, s + len(longer)  # "selon Le Quotidien de La Réunion"
        if (
            article and not curated(name) and not _GOES_ON.match(text, e)  # "La Française des Jeux"
            and not any(t in w.suffixes or t in w.prefixes for t in name.split())  # "La Banque X", "Le Groupe X"
            and once(name, s, lambda: not _surname_of_someone(text, name, s) and _rarely_named(text, name, s))
        ):
            yield s, e
    for pos in literal_positions(low, _SCOOP_AFTER):
        if pos > 0 and (low[pos].isalpha() or low[pos] in " ,") and not text[pos + 1 : pos + 2].isupper():  # ("The Art Newspaper first reported": its name)
            span, cited = cd.phrase_before(text, pos), False
            if span and (d := _PARTICLE_BEFORE.search(text, max(0, span[0] - 8), span[0])) and (head := cd.phrase_before(text, d.start())):
                span = (head[0], span[1])  # "Selon Terre de Vins, qui a révélé"
            while span and " " in text[span[0] : span[1]] and (first := text[span[0] : text.index(" ", span[0])]) in cd.words().stop and first not in _ARTICLES:
                span, cited = (text.index(" ", span[0]) + 1, span[1]), cited or first in ("Selon", "According")  # "Selon Terre-net, qui"
            cited = cited or bool(span) and text.endswith(("selon ", "Selon ", "according to ", "According to "), 0, span[0])
            if low.startswith(_AFTER_SELON, pos) and not cited:
                continue
            relative = low[pos] == ","  # "Selon Terre-net, qui avait révélé": no need to start a clause
            if span and (relative or _CLAUSE_START.search(text, max(0, span[0] - 8), span[0])):
                name = text[span[0] : span[1]]
                # a publication is cited once or twice; a company that "avait révélé"
                # its plans is the subject of the story, named again and again
                if not curated(name) and once(name, span[0], lambda: _rarely_named(text, name, span[0])):
                    yield span


@lru_cache(maxsize=1)
def _press_words() -> tuple[frozenset[str], tuple[str, ...]]:
    found = frozenset(cd.load_json("publications.json")["press_name_words"])
    return found, tuple(sorted(found))


_EDGE = ",.;:)]»”\"'’"
_GLUED = ("news",)  # a press word that may end a one-word title
_CAPITAL_ONLY = ("daily", "news", "times")  # press words that are part of a title only when capitalised


def _organisation_word(toks: list[str], w: cd.Words, press: frozenset[str]) -> bool:
    """Whether a name has an organisation word ("Kiwoom Securities", "News Corp"),
    not one inside a title that a press word ends ("Premium Beauty News")."""
    return toks[-1] in w.suffixes or toks[-1].lower() not in press and any(t in w.suffixes for t in toks)


def press_shaped(text: str, low: str, cited: Callable[[int, int], bool]) -> Iterator[tuple[int, int]]:
    """Names with a newspaper word ("Hospodářské noviny", "Gazeta Wyborcza",
    "Kurier Lubelski") where ``cited(start, end)`` says an attribution cue stands next to them."""
    press, literals = _press_words()
    w = cd.words()
    done = -1
    for pos in literal_positions(low, literals):
        glued = pos > 2 and low[pos - 1].isalnum()  # "Guinéenews": the press word ends the name
        if pos < done or glued and not (low.startswith(_GLUED, pos) and not low[pos + 4 : pos + 5].isalnum()):
            continue
        if not text[pos].isupper() and not glued:  # a press word in lower case follows a capitalised word ("Hospodářské noviny")
            if low.startswith(_CAPITAL_ONLY, pos):
                continue  # "Al-Nahar daily reported": an English descriptor, not the title's
            b = text.rfind(" ", 0, pos - 1) + 1 if pos > 1 and text[pos - 1] in " \u00a0-" else -1
            if b < 0 or not text[b : b + 1].isupper() or text[b : pos - 1] in _ARTICLES:
                continue  # (not "Le journal cite …": a title capitalises more than its article)
        start = text.rfind(" ", 0, pos) + 1
        end = pos
        while end < len(text) and not text[end].isspace():
            end += 1
        token = text[start:end].rstrip(_EDGE)
        parts = re.split(r"[-‐]", token)
        if not glued and not any(p.lower() in press for p in parts) or glued and not token[:1].isupper():
            continue
        toks = [(start, start + len(token))]
        while toks[0][0] > 1 and text[toks[0][0] - 1] == " ":  # capitalised words before
            b = text.rfind(" ", 0, toks[0][0] - 1) + 1
            word = text[b : toks[0][0] - 1]
            if word in _ARTICLES and len(toks) < 4:
                toks.insert(0, (b, toks[0][0] - 1))  # "Le Courrier Alpin"
            if not cd.is_name_word(word) or word in w.stop or len(toks) >= 4:
                break
            toks.insert(0, (b, toks[0][0] - 1))
        if len(text[toks[-1][0] : toks[-1][1]]) == len(text[start:end]):  # no punctuation after: words after
            while len(toks) < 4 and text[toks[-1][1] : toks[-1][1] + 1] == " ":
                b = toks[-1][1] + 1
                e = b
                while e < len(text) and not text[e].isspace():
                    e += 1
                word = text[b:e].rstrip(_EDGE)
                if not cd.is_name_word(word) or word in w.stop or word in w.calendar or word.split("-")[0] in w.first_names:
                    break  # (nor a person after the title: "avec La Presse Jean-François Laflamme, PDG")
                toks.append((b, b + len(word)))
                if len(word) != e - b:
                    break
        s, e = toks[0][0], _title_end(text, toks[-1][1])  # "Le Quotidien de La Réunion"
        name = text[s:e]
        words_in = name.split()
        if not name[:1].isupper() or len(words_in) < 2 and "-" not in name and not glued:
            continue
        if _organisation_word(words_in, w, press) or curated(name):
            continue  # "News Corp", "Herald Investment Management"
        done = e
        if cited(s, e):
            yield s, e
