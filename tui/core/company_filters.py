"""Filters on company candidates: is this span a plausible company name here?

:func:`plausible` rejects people (a title before, a role after, a surname seen
after a first name), places, products and their editions, government bodies,
calendar words, plural common nouns, headline words of a Title Case line, and
a capitalised common word that starts a sentence.  :func:`name_ok` is the part
that looks at the name alone (cached).  The word lists are data
(``data/company_words.json``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .company_anchors import defined_acronyms
from .company_data import LOW, PHRASE, SP, UP, Words, gazetteer, load_json, norm_key, phrase_before, strip_accents, word_start, words
from .currencies import tables
from .textscan import finditer_at, literal_positions


_ROMAN = re.compile(r"[IVX]+")


def is_roman(token: str) -> bool:
    """A roman numeral ("IV"): a fund's vintage after its name, not a word of it."""
    return _ROMAN.fullmatch(token) is not None
_FUNDS = frozenset(("Fund", "Funds", "Fonds"))
_UNIT_WORDS = frozenset(("Unit", "Units", "Division", "Divisions", "Segment", "Unité", "Branche"))
MARKET_WORDS = frozenset(("Exchange", "Index", "Indices", "Composite", "Average"))  # a name ending so is a market
_SCALED_NUMBER = re.compile(r"\d+(?:[.,]\d+)?(?:mn|bn|m|k|b|tn|mln|bln|mil|cr)")
_ROUND = re.compile(r"(?:Series|Série|Serie)[ \u00a0][A-H]\d?\+?")  # a funding round: "Series B", "Série A2"


@lru_cache(maxsize=1)
def _person_after() -> re.Pattern[str]:
    """A role or an age after a name: ", CEO of", ", 45 ans", ", co-fondateur"."""
    roles = sorted(set(load_json("company_words.json")["person_after"]), key=len, reverse=True)
    alt = "(?:" + "|".join(re.escape(p).replace(r"\ ", f"{SP}+") for p in roles) + ")"
    return re.compile(
        rf",?{SP}+(?:\d{{1,3}}{SP}+(?:ans|years old)|(?:(?:the|le|la|l['’]|son|sa|its|notre){SP}*)?"
        rf"(?:co-)?{alt}(?![\w]))"
    )


_LONG_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def is_title_line(text: str, pos: int) -> bool:
    """Whether the line around ``pos`` is written in Title Case (a headline)."""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", a, a + 400)
    if b < 0 and len(text) - a > 260 or b - a > 260:
        return False  # a paragraph, however many Capitalised Terms it defines (a rating agency's copy)
    long_words = [t for t in _LONG_WORD.findall(text, a, b if b >= 0 else a + 400) if len(t) > 3]
    return len(long_words) >= 4 and sum(t[0].isupper() for t in long_words) >= 0.75 * len(long_words)


_NEAR = 30_000  # characters: about one long article
_PLACE_BEFORE = (
    "based in ", "headquartered in ", "located in ", "basé à ", "basée à ", "basés à ", "basées à ", "installé à ",
    "installée à ", "implanté à ", "implantée à ", "établi à ", "établie à ", "siège à ", "situé à ", "située à ",
)
_FOR_BEFORE = re.compile(  # "Fund for X", "Fund for X and Y": the complement of a longer name
    rf"[{UP}][\w'’-]+{SP}(?:for|pour(?:{SP}l['’]|{SP}la|{SP}le)?){SP}?(?:(?:[{UP}][\w'’-]+{SP}){{1,4}}(?:and|et){SP})?\Z"
)
_GOV_BEFORE = ("Committee on ", "Commission on ", "Department of ", "Ministry of ", "Office of ", "Secretary of ")


_FOUNDED = re.compile(
    rf"(?:[Ff]ounded|[Cc]o-?founded|fondée?s?|cofondée?s?|co-fondée?s?|créée?s?)(?:{SP}+(?:in|en){SP}+\d{{4}})?"
    rf"{SP}+(?:by|par){SP}+(?P<names>{PHRASE}(?:(?:,{SP}+|{SP}+(?:and|et){SP}+){PHRASE}){{0,3}})"
)
_FOUNDED_STARTS = ("Founded", "founded", "Co-founded", "co-founded", "Cofounded", "cofounded", "fondé", "cofondé", "co-fondé", "créé")
_AND_SPLIT = re.compile(rf",{SP}+(?:(?:and|et){SP}+)?|{SP}+(?:and|et){SP}+")


class TextContext:
    """Per-article facts the filters need, computed once and only if needed."""

    def __init__(self, text: str, low: str) -> None:
        self.text, self.low = text, low
        self._surnames: dict[tuple[str, int], bool] = {}
        self._title_lines: dict[int, bool] = {}  # line start -> is_title_line
        self._founders: frozenset[str] | None = None

    def founders(self) -> frozenset[str]:
        """Names of two or three words written after "founded by", "fondée par"
        ("founded in 2019 by Noa Tavor and Eitan Ben-Ami"): people, in the whole text."""
        if self._founders is None:
            found = set()
            if "found" in self.low or "fondé" in self.low or "créé" in self.low:
                for m in finditer_at(_FOUNDED, self.text, literal_positions(self.text, _FOUNDED_STARTS)):
                    found.update(n for n in _AND_SPLIT.split(m.group("names")) if 2 <= len(n.split()) <= 3)
            self._founders = frozenset(found)
        return self._founders

    def title_line(self, pos: int) -> bool:
        """:func:`is_title_line`, computed once per line."""
        a = self.text.rfind("\n", 0, pos) + 1
        found = self._title_lines.get(a)
        if found is None:
            found = self._title_lines[a] = is_title_line(self.text, pos)
        return found

    def surname(self, name: str, pos: int) -> bool:
        """Whether ``name`` is written right after a first name in the same
        article ("Sam Altman" makes "Altman" a surname): within about 30 000
        characters of ``pos``, so that a long text costs no more per name."""
        block = pos // _NEAR
        key = (name, block)
        if key not in self._surnames:
            first_names, text, found = words().first_names, self.text, False
            hi = (block + 2) * _NEAR
            i = text.find(" " + name, max(0, (block - 1) * _NEAR), hi)
            while i > 0 and not found:
                j = i + 1 + len(name)
                if j >= len(text) or not text[j].isalnum():
                    found = text[word_start(text, i) : i] in first_names
                i = text.find(" " + name, j, hi)
            self._surnames[key] = found
        return self._surnames[key]

    def common_word(self, name: str, pos: int) -> bool:
        """Whether ``name`` also occurs in lower case near ``pos`` (within the
        same article, about 30 000 characters either side): a common word."""
        low = name.lower()
        if low == name:
            return False
        lo, hi = max(0, pos - _NEAR), pos + _NEAR
        i = self.low.find(low, lo, hi)
        while i >= 0:
            j = i + len(low)
            if (i == 0 or not self.text[i - 1].isalnum()) and (j >= len(self.text) or not self.text[j].isalnum()):
                if self.text[i:j] == low and not (self.text[i - 1 : i] in ("@", "/", ".") or self.text[j : j + 1] == "."
                                                  and self.text[j + 1 : j + 2].isalpha()):
                    return True  # (not an address: "ir@kerdalys.com", "kerdalys.com")
            i = self.low.find(low, i + 1, hi)
        return False


COMPASS = frozenset(("Nord", "Sud", "Est", "Ouest", "North", "South", "East", "West"))  # may start a firm's name
DIRECTIONS = frozenset(("Northern", "Southern", "Eastern", "Western"))  # before a capitalised word: a name's
# number and compass words that start a firm's name before a capitalised word and an organisation word ("Nord Capital Partenaires")
NAME_STARTS = frozenset(("One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Twelve", "Deux", "Trois", "Quatre", "Cinq", "Sept")) | COMPASS


@lru_cache(maxsize=1 << 16)
def name_ok(name: str) -> bool:
    """The checks on the name alone (cached): not a place, person, product,
    calendar or generic word, government body, or all-capital headline."""
    w = words()
    toks = name.split()
    if len(name) < 2 or len(toks) > 6 or not any(c.isalpha() for c in name) or _ROMAN.fullmatch(name) or _ROUND.fullmatch(name) or name[0] == "&":
        return False  # (a roman numeral: "II", "IX"; a funding round)
    if len(name) == 3 and name in tables().codes or any(t.endswith(("-based", "-listed", "-headquartered")) for t in toks) or _SCALED_NUMBER.fullmatch(name):
        return False  # a currency's code ("INR 250 Cr"), a description ("a New York-based AI note-taker"), a count ("36mn shares")
    key = norm_key(name)
    if key in w.blocked or (not key.isascii() and strip_accents(key) in w.blocked):
        return False
    if all(t in w.generic or t in w.suffixes or t in w.stop or t in w.demonyms or t == "&" for t in toks) and not (
        toks[0] in COMPASS and len(toks) > 2 and toks[-1] in w.suffixes  # "Nord Capital Partenaires"
    ):
        return False
    if len(toks) > 1 and toks[-1] in _UNIT_WORDS:
        return False  # "Rail Services Unit": a business sold, not a company the list does not know
    if len(toks) > 1 and toks[-1] in MARKET_WORDS:
        return False  # "Nairobi Securities Exchange", "Baltic Dry Index": a market, not a company the list does not know
    if len(toks) == 1 and name.endswith("s") and (name[:-1] in w.generic or name[:-3] + "y" in w.generic or name[:-2] in w.generic):
        return False  # a plural common noun starting a sentence: "Companies", "Banks", "Suezmaxes"
    # a government word, unless it ends the name as an organisation word does ("Lamartine Conseil"),
    # or the name is a fund's ("Government Pension Fund": an investor, as every fund)
    gov = [t for t in toks if t in w.gov_words]
    if gov == ["Agence"] == toks[:1] and len(toks) > 2 and not any(norm_key(t) in w.places for t in toks):
        gov = []  # a firm's agency ("Agence Bleu Rivage"); a public one goes on in lower case ("Agence nationale de ...")
    if gov and not (len(toks) > 1 and (gov == [toks[-1]] and toks[-1] in w.suffixes or toks[-1] in _FUNDS)) or (
        len(toks) >= 3 and all(t.isupper() for t in toks)
    ):
        return False
    return not (toks[0] in w.first_names and (toks[-1] not in w.suffixes or ", " in name) and "&" not in toks)  # ("Morten Beyer & Agnew": a firm; "Helen Sayer, Company Secretary": a person)


@lru_cache(maxsize=1 << 14)
def product_edition(name: str) -> bool:
    """A product's edition or plan: "ChatGPT Plus", "Windows Server"."""
    toks, products = name.split(), words().products
    return len(toks) > 1 and any(norm_key(" ".join(toks[:i])) in products for i in range(1, len(toks)))


_NAMES_BEFORE = rf"(?:[{UP}][\w'’-]+(?:,{SP}+|{SP}+(?:et|and){SP}+))*"
_FAMILY_BEFORE = re.compile(rf"\b(?:familles|families){SP}+{_NAMES_BEFORE}\Z")  # plural: "la famille X" may be the company's name too
# "X family", "X and Y families", "the Ferrari Ocampo family" (a curated name, then more of the family's name)
_FAMILY_AFTER = re.compile(
    rf"(?:(?:,{SP}+|{SP}+(?:et|and){SP}+)[{UP}][\w'’-]+)*(?:{SP}+[{UP}][\w'’-]+){{0,2}}{SP}+(?:famil(?:y|ies|le|les))(?![\w])"
)


_INSTITUTIONAL = frozenset(("pension", "institutional", "sovereign", "infrastructure", "strategic", "financial", "industrial", "corporate", "state"))


def looks_like_person(ctx: TextContext, start: int, end: int, *, surnames: bool = True) -> bool:
    """A title just before ("PDG", "M."), a role just after (", CEO of"), or
    a surname seen after a first name elsewhere ("Altman")."""
    w, text = words(), ctx.text
    if start > 1 and text[start - 1] == " ":
        ws = word_start(text, start - 1)
        before = text[ws : start - 1].rstrip(",")
        if before in w.titles and text[start:end].rsplit(None, 1)[-1] not in w.suffixes and not (  # (not "partner X Ltd")
            text[word_start(text, ws - 1) : ws - 1].lower() in _INSTITUTIONAL  # (nor "pension investor X")
        ):
            return True
    if text[end : end + 1] in (",", " ") and _person_after().match(text, end) is not None and not _org_ending(text[start:end], w):
        return True  # (not "ATB Capital Markets analyst Leah Fontaine")
    if _FAMILY_AFTER.match(text, end) or _FAMILY_BEFORE.search(text, max(0, start - 80), start):
        return True  # "the Hyderabad-based Reddy family", "the Reddy and Rao families", "des familles Frère et Desmarais"
    if text[start:end] in ctx.founders():
        return True
    return surnames and " " not in text[start:end] and ctx.surname(text[start:end], start)


def _org_ending(name: str, w: Words) -> bool:
    toks = name.split()
    return toks[-1] in w.suffixes or " ".join(toks[-2:]) in w.suffixes


def plausible(ctx: TextContext, start: int, end: int, *, strong: bool = True, cue: bool = False) -> bool:
    """Whether the cleaned span ``text[start:end]`` can be a company name;
    ``cue``: a company noun names it ("le groupe Tessier"), so a family name is fine."""
    text = ctx.text
    name = text[start:end]
    if not name_ok(name) or looks_like_person(ctx, start, end, surnames=not cue) or product_edition(name):
        return False
    if name[:2] in ("L'", "L’") and norm_key(name[2:]) in words().blocked:
        return False  # "L'Insee a publié": a public body with its article (a title may be a source: "L'Alsace")
    if ctx.title_line(start) and (not strong or _headline_only(text, name, start, end)):
        return False  # (the headline in Title Case: "... in Power-Chip Push"; its companies are named again below it)
    if text.endswith(_GOV_BEFORE, max(0, start - 20), start) or not cue and _FOR_BEFORE.search(text, max(0, start - 60), start):
        return False  # "the Committee on Foreign Investment in the United States", "National Fund for Water Management"
    if text.endswith(_PLACE_BEFORE, max(0, start - 20), start):
        return False  # "Veltrix, based in Karlsruhe, sells ..."
    return not (" " not in name and sentence_start(text, start) and ctx.common_word(name, start))


def _headline_only(text: str, name: str, start: int, end: int) -> bool:
    """A name in a headline where every long word is capitalised, never named in the text below it."""
    eol = text.find("\n", end)
    if text.find("\n", 0, start) >= 0 or eol < 0 or text.find(name, end, end + _NEAR) >= 0:
        return False
    long_words = [t for t in _LONG_WORD.findall(text, 0, eol) if len(t) > 3]
    return len(long_words) >= 5 and all(t[0].isupper() for t in long_words)


def sentence_start(text: str, pos: int) -> bool:
    """Whether ``pos`` begins a sentence, a line or a quotation."""
    before = text[max(0, pos - 3) : pos]
    return pos == 0 or before.endswith(("\n", ". ", "! ", "? ", ": ", "« ", '" ', "“")) or before.strip() == ""


def person_or_place(text: str, s: int, e: int, w: Words, ambiguous: bool = False) -> bool:
    """A curated name used as a surname ("Michael Dell", "M. Bouygues", "the
    Ferrari Ocampo family", "la famille Peugeot") or inside a place name
    ("Orange County", "Big Apple"); an ``ambiguous`` one also inside a longer
    capitalised name ("Phoenix Tower International" is not Tower Semiconductor)
    or as a firm's last partner ("Lane Clark & Peacock")."""
    if text.endswith(("famille ", "famille\u00a0"), 0, s) or _FAMILY_AFTER.match(text, e):
        return True
    if text[e : e + 1] == "-" and text[e + 1 : e + 2].isdigit():
        return True  # a product's code: "NVR-204" (an antibody, not the builder NVR)
    if text.endswith(_PLACE_BEFORE, max(0, s - 20), s):
        return True  # "headquartered in Vauxhall": a place, not the carmaker
    if ambiguous and text.endswith(" & ", 0, s) and s > 4 and text[word_start(text, s - 4) : s - 3][:1].isupper():
        return True  # the last partner of a firm: "Lane Clark & Peacock"
    prev = ""
    if s > 1 and text[s - 1] == " " and text[s - 2].isalpha() or text[s - 2 : s] == ". ":
        ws = word_start(text, s - 1)
        prev = text[ws : s - 1]
        if not prev[:1].isupper():
            prev = ""
        elif prev in w.titles or prev in w.first_names:
            return True
        elif ambiguous and prev.isalpha() and not (prev in w.stop or prev in w.demonyms or prev in w.calendar or sentence_start(text, ws)):
            return True
    nxt = ""
    if text[e : e + 1] == " " and text[e + 1 : e + 2].isupper():
        nxt = text[e + 1 : e + 30].split(maxsplit=1)[0].rstrip(",.;:")
    if not (prev or nxt):
        return False
    surface = text[s:e]
    return any(p and norm_key(p) in w.places for p in (prev and f"{prev} {surface}", nxt and f"{surface} {nxt}"))


# a building's or a brand's noun, and what may stand before it: "l'immeuble Lumen", "la marque Alpro", "the brand X"
_NOUN_BEFORE = re.compile(r"(?i:(?:l['’]|la |le |sa |leur |the |its |the office |the shopping )\Z)")
_NAMED_AFTER = re.compile(rf"(?:immeuble|tour|bâtiment|campus|ensemble immobilier|centre commercial|building|tower"
                          rf"|shopping (?:centre|center|mall)|marque(?:{SP}+d[e'’]{SP}*[{LOW}][\w'’-]*(?:{SP}(?!d[eu]{SP}|des{SP})[{LOW}][\w'’-]*)?)?|brand){SP}+(?P<name>{PHRASE})")
_BUILDING_AFTER = re.compile(rf",{SP}+(?:un|une|an?){SP}+(?:[\w-]+{SP}+)?\Z")  # then the noun: "Lumen, un immeuble"
_BUILDING_WORDS = ("immeuble", "tour", "bâtiment", "campus", "ensemble immobilier", "centre commercial", "building", "tower",
                   "skyscraper", "shopping", "marque", "brand")
_NOT_A_BUILDING = ("tour de", "tour d'", "tours", "marques")


_BANNERS = re.compile(
    rf"(?:propriétaire|exploitant|détenteur)e?{SP}+(?:de{SP}+l['’]|des{SP}+)enseignes?{SP}+(?P<a>{PHRASE})(?:(?:,|{SP}+et){SP}+(?P<b>{PHRASE}))?"
    rf"|(?:sous{SP}+(?:l['’]|les{SP}+|la{SP}+)(?:enseignes?|marques?)|(?i:ses|sa|leurs?|les){SP}+gammes?|(?i:its|the){SP}+(?:product{SP}+)?ranges?"
    rf"|brands,?{SP}+(?:including|such{SP}+as))"
    rf"{SP}+(?P<c>{PHRASE})(?:(?:,|{SP}+et|{SP}+and){SP}+(?P<d>{PHRASE}))?"
)


_CALLED_WORDS = (" called ", " named ", " dubbed ", " baptisé ", " baptisée ", " appelé ", " appelée ", " nommé ", " nommée ")
_PRODUCT_NOUNS = frozenset(("product", "platform", "app", "application", "tool", "service", "model", "assistant", "chatbot", "offering",
                            "software", "produit", "plateforme", "outil", "modèle", "logiciel", "offre"))
_CALLED = re.compile(rf"\w+{SP}+(?P<name>{PHRASE})")


#: a filing's defined term, '(the "Merger Consideration")': a word of the contract, not a name
_DEFINED_TERM = re.compile(rf"\((?:the|la|le|l')[ \u00a0]?[\"“«]{SP}?(?P<name>[{UP}][^\"”»\n]{{1,40}}?){SP}?[\"”»]\)")


def building_names(text: str, low: str) -> list[str]:
    """Names the text gives to buildings ("l'immeuble Lumen", "Lumen, un immeuble
    de bureaux") and brands ("la marque Alpro", "the brand Velto", "propriétaire
    de l'enseigne Premier Inn", "sous les enseignes Novotel et Mercure") and
    products ("an enterprise product called Tessera Lab") and a filing's defined
    terms ('(the "Merger Consideration")'): in that article they are not
    companies, even when a company has that name."""
    found = [n for i in literal_positions(low, ("enseigne", "sous les marques", "sous la marque", "gamme", " range", "brands")) if (m := _BANNERS.search(text, max(0, i - 22), i + 80))
             for n in m.group("a", "b", "c", "d") if n]
    found += [m.group("name") for i in literal_positions(low, ('(the "', "(the “", "(la « ", "(le « ", "(l'« ")) if (m := _DEFINED_TERM.match(text, i))]
    found += [m.group("name") for i in literal_positions(low, _CALLED_WORDS)
              if low[word_start(low, i) : i] in _PRODUCT_NOUNS and (m := _CALLED.match(text, i + 1))]
    for p in literal_positions(low, _BUILDING_WORDS):
        if p == 0 or low[p - 1].isalnum() or low.startswith(_NOT_A_BUILDING, p):
            continue
        if _NOUN_BEFORE.search(low, max(0, p - 20), p) and (m := _NAMED_AFTER.match(text, p)):
            found.append(m.group("name"))  # "l'immeuble Lumen"
        elif low[p - 1] == " " and (m := _BUILDING_AFTER.search(text, max(0, p - 31), p)) is not None:
            if span := phrase_before(text, m.start()):
                name = text[span[0] : span[1]]  # "Lumen, un immeuble de bureaux" (not "Puis Orion")
                found.append(name.split(" ", 1)[1] if " " in name and name.split(" ", 1)[0] in words().stop else name)
    return found


def public_acronyms(text: str) -> list[str]:
    """Acronyms the text defines for a government body ("the Oregon Department of
    Administrative Services (DAS)", "l'Autorité des marchés financiers (AMF)")
    or a market index ("the All Share Price Index (ASPI)"): no company in that
    article, even one the list knows by that acronym."""
    gov, found = words().gov_words, []
    for end, acronym in defined_acronyms(text):
        head = text[max(0, end - 90) : end].rsplit("\n", 1)[-1].split()[-6:]
        if acronym.isupper() and (any(t in gov for t in head) or head and head[-1] in MARKET_WORDS):
            span = phrase_before(text, end)  # a sovereign fund the list knows stays a company ("... Authority (KIA)")
            name = text[span[0] : span[1]] if span else ""
            if name.split(" ", 1)[0] in words().stop:
                name = name.partition(" ")[2]  # "The Kuwait Investment Authority"
            if not curated(name):
                found.append(acronym)
    return found


def curated(name: str) -> bool:
    """Whether ``name`` is a name or an alias of a company of the curated list."""
    return any(f.entry >= 0 for f in gazetteer().forms.get(norm_key(name), ()))


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
