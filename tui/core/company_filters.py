"""Filters on company candidates: is this span a plausible company name here?

:func:`plausible` rejects people (a title before, a role after, a surname seen
after a first name), places, products and their editions, government bodies,
calendar words, plural common nouns, headline words of a Title Case line, and a capitalised
common word that starts a sentence.  :func:`name_ok` is the part that looks at the name alone
(cached).  The word lists are data (``data/company_words.json``)."""

from __future__ import annotations

import re
from functools import lru_cache

from .company_data import LOW, PHRASE, SP, UP, Words, gazetteer, load_json, norm_key, strip_accents, word_start, words
from .currencies import tables
from .textscan import finditer_at, literal_positions


_ROMAN = re.compile(r"[IVX]+")


def is_roman(token: str) -> bool:
    """A roman numeral ("IV"): a fund's vintage after its name, not a word of it."""
    return _ROMAN.fullmatch(token) is not None
_FUNDS = frozenset(("Fund", "Funds", "Fonds"))
_FACILITIES = frozenset(("Airport", "Aéroport", "Hospital", "School"))  # public or not: "Nimbus Airport Services" is a firm
_UNIT_WORDS = frozenset(("Unit", "Units", "Division", "Divisions", "Segment", "Unité", "Branche", "Test", "Ratio", "Scheme"))  # (and a rule's: "Capital Adequacy Test", a public "Loan Scheme")
MARKET_WORDS = frozenset(("Exchange", "Index", "Indices", "Composite", "Average"))  # a name ending so is a market
_TRADED = frozenset(("Digital", "Crypto", "Asset", "Assets", "Token", "Coin", "Bitcoin", "Currency"))  # but "X Digital Exchange" is a trading firm


def market_name(toks: list[str]) -> bool:
    """A name that ends as a market's ("Nairobi Securities Exchange", "Baltic Dry Index"), not a crypto exchange's."""
    return toks[-1] in MARKET_WORDS and not (toks[-1] == "Exchange" and len(toks) > 1 and toks[-2] in _TRADED)
_SCALED_NUMBER = re.compile(r"\d+(?:[.,]\d+)?(?:mn|bn|m|k|b|tn|mln|bln|mil|cr|[kMGT]Wh?[pce]?)")  # ("150MW", "2GWh")
_CODE_OR_GRADE = re.compile(r"FY\d{2,4}|[A-Z]{2,6}-\d{2,4}[A-Z]?|[A-Z][a-z]{1,10}-\d{1,3}|[A-Z]-shares?|\w+(?:direktoratet|tilsynet|myndigheten|inspektionen|verket)|AAA|AA[+-]?|BBB[+-]?|BB[+-]?|CCC[+-]?|Aaa|Aa[123]|Baa[123]|Ba[123]|Caa[123]")
_DEPARTMENT_AFTER = re.compile(r" \((?:0[1-9]|[1-8]\d|9[0-5]|2[AB]|97[1-6])\)")  # a French town and its department: "Douai (59)"
_INDEX_AFTER = re.compile(rf"(?:{SP}[{UP}][\w-]*)?{SP}(?:index|indice)\b")
_GLUED_ON = re.compile(r"-[A-Z][\w-]*")
_COMMUNE = re.compile(r"[a-zé]-(?:le|la|les|sur|sous|en|lès|lez|aux)-[A-ZÉ]")  # a French commune: "Castelnau-le-Lez", "Tremblay-en-France"
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th|e|ème)\b")
_COMPETITION = re.compile(r"\b(?:League|Premiership|Ligue|Liga|Championship|Championnat|Cup|Coupe|Olympics|Olympic Games|Super Rugby|Top 14|Pro D2)\b")  # a league or a cup
_ROUND = re.compile(r"(?:Series|Série|Serie)[ \u00a0][A-H]\d?\+?|(?:Phase|Stage|Tranche|Step|Étape)[ \u00a0](?:\d[a-c]?|I{1,3}[ab]?|IV)(?:/\d[a-c]?)?|\d[a-c]")  # a funding round: "Series B", "Série A2"; a trial's "Phase 3", "2a"


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
    line = text[a : b if b >= 0 else a + 400].rstrip()
    if line.endswith(":") or _DATELINE_IN.search(line) or line[:2] in ("- ", "• ", "* ", "– "):
        return False  # a wire's dateline, a line that introduces a list: "March 12 (Reuters) - Northgate Pharmaceuticals Inc:"; a list's item
    long_words = [t for t in _LONG_WORD.findall(line) if len(t) > 3]
    return len(long_words) >= 4 and sum(t[0].isupper() for t in long_words) >= 0.75 * len(long_words)


_DATELINE_IN = re.compile(r"\([A-Z][\w .&/-]{1,24}\) ?[-–—] ")


_NEAR = 30_000  # characters: about one long article
_CAPITALS_AFTER = re.compile(r"(?: (?:(?:and|&|of|for|on|de|des|du|et) )?[A-Z][\w'’-]*){1,3}")  # the capitalised words that go on after a name ("Competition and Markets Authority")
_STREET_BEFORE = re.compile(r"(?i:\b(?:rue|avenue|boulevard|bd|quai|allée|impasse)(?:\s+(?:de\s+la|du|des|de|d['’]))?\s+\Z)")  # "la maison de la rue Cambon"
_PLACE_BEFORE = (
    "based in ", "based near ", "headquartered in ", "located in ", "located near ", "basé à ", "basée à ", "basés à ", "basées à ", "Basé à ", "Basée à ", "installé à ",
    "installée à ", "implanté à ", "implantée à ", "établi à ", "établie à ", "siège à ", "situé à ", "située à ",
    "canal de ", "Canal de ", "golfe de ", "isthme de ", "vallée de l'", "vallée de l’", "vallée de la ", "vallée du ", "vallée de ",  # ("le canal de Suez", not the water company)
)
_FOR_BEFORE = re.compile(  # "Fund for X", "Fund for X and Y": the complement of a longer name
    rf"[{UP}][\w'’-]+{SP}(?:for|pour(?:{SP}l['’]|{SP}la|{SP}le)?){SP}?(?:(?:[{UP}][\w'’-]+{SP}){{1,4}}(?:and|et){SP})?\Z"
)
_GOV_BEFORE = ("Committee on ", "Commission on ", "Secretary of ")  # ("Ministry of ", "Office of "...: see _GOV_OF)
LAW_AFTER = re.compile(r"(?: [A-Z][\w-]+){0,2} (?:Act|Law|Directive|Regulation)\b")  # "the Norwegian Securities Trading Act"
_GOV_OF = re.compile(  # "the Commission for the Examination of Foreign Direct Investments": the complement of a public body's name
    rf"\b(?:Commission|Committee|Council|Authority|Agency|Ministry|Department|Office|Bureau|Directorate)(?:{SP}(?:for|of){SP}the{SP}[{UP}][\w'’-]+){{0,2}}{SP}(?:of|for){SP}(?:the{SP})?\Z"
)


_FOUNDED = re.compile(
    rf"(?:[Ff]ounded|[Cc]o-?founded|fondée?s?|cofondée?s?|co-fondée?s?|créée?s?)(?:{SP}+(?:in|en){SP}+\d{{4}})?"
    rf"{SP}+(?:by|par){SP}+(?P<names>{PHRASE}(?:(?:,{SP}+|{SP}+(?:and|et){SP}+){PHRASE}){{0,3}})"
)
_FOUNDED_STARTS = ("Founded", "founded", "Co-founded", "co-founded", "Cofounded", "cofounded", "fondé", "cofondé", "co-fondé", "créé")
_AND_SPLIT = re.compile(rf",{SP}+(?:(?:and|et){SP}+)?|{SP}+(?:and|et){SP}+")


# a place named as such ("le site de Cluses", "l'usine de Vierzon", "its plant in Tulsa", "the town of Vervins")
_PLACE_MARKERS = ("site", "usine", "commune", "ville", "agglomération", "bassin", "quartier", "plant", "factor", "mill", "town", "city")
_PLACE_MARKED = re.compile(
    rf"(?<![\w-])(?:(?:site|usine|commune|ville|agglomération|bassin)s?{SP}(?:de{SP}|d['’])|quartiers?{SP}(?:du|de|des){SP}|(?:plant|factory|mill|site)s?{SP}in{SP}|(?:town|city){SP}of{SP})"
    rf"(?P<name>[{UP}][\w'’-]+(?:{SP}[{UP}][\w'’-]+)?)(?![\w'’-])"
)
# a firm named by the place it is from: "le groupe coopératif de Vervins", "l'entreprise de Cluses"
_FIRM_OF_PLACE = re.compile(rf"\b(?:groupe|société|entreprise|firme|coopérative|PME|start-up|fabricant|industriel)(?:{SP}[{LOW}][\w-]*){{0,2}}{SP}d(?:e{SP}|['’])\Z")
_PARTICLES = frozenset(("Le", "La", "De", "Du", "Van", "Von", "Da", "Di", "Del", "Mac"))  # inside a person's name


class TextContext:
    """Per-article facts the filters need, computed once and only if needed."""

    def __init__(self, text: str, low: str) -> None:
        self.text, self.low = text, low
        self._surnames: dict[tuple[str, int], bool] = {}
        self._title_lines: dict[int, bool] = {}  # line start -> is_title_line
        self._founders: frozenset[str] | None = None
        self._places: frozenset[str] | None = None
        self.first_line_end = text.find("\n") if "\n" in text[:2000] else min(len(text), 2000)  # (the headline)

    def places(self) -> frozenset[str]:
        """Names written as places somewhere in the text: "le site de Cluses", "its plant in Tulsa"."""
        if self._places is None:
            starts = literal_positions(self.low, _PLACE_MARKERS)
            self._places = frozenset(m.group("name") for m in finditer_at(_PLACE_MARKED, self.text, starts))
        return self._places

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
                    before = word_start(text, i)
                    if text[before:i] in _PARTICLES and before > 1:  # "Anne Le Bihan"
                        before = word_start(text, before - 1)
                        i = text.rfind(" ", 0, i)
                    found = (text[before:i].split() or [""])[-1] in first_names  # (also the first word of a paragraph)
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


def _in_place(toks: list[str], i: int, w: Words) -> bool:
    """Whether ``toks[i]`` belongs to a place named with the word before or after it ("Massif Central")."""
    return i > 0 and norm_key(f"{toks[i - 1]} {toks[i]}") in w.places or i + 1 < len(toks) and norm_key(f"{toks[i]} {toks[i + 1]}") in w.places


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
    if len(name) < 2 or len(toks) > (8 if _FUNDS.intersection(toks[-2:]) else 6) or not any(c.isalpha() for c in name) or _ROMAN.fullmatch(name) or _ROUND.fullmatch(name) or name[0] == "&":
        return False  # (a roman numeral: "II", "IX"; a funding round)
    if len(name) == 3 and name in tables().codes or any(t.endswith(("-based", "-listed", "-headquartered")) for t in toks) or _SCALED_NUMBER.fullmatch(name):
        return False  # a currency's code ("INR 250 Cr"), a description ("a New York-based AI note-taker"), a count ("36mn shares")
    if _ORDINAL.match(name) or len(toks) == 1 and ("-" in name and (all(p in w.demonyms for p in name.split("-")) or name.count("-") > 1 and all(norm_key(p) in w.places for p in name.split("-")) or _COMMUNE.search(name) is not None) or _CODE_OR_GRADE.fullmatch(name)):
        return False  # a street ("28th Street"), a demonym ("Irish-American"), places ("Lille-Lyon-Marseille"), a product code ("FLUO-301"), a rating
    key = norm_key(name)
    if key in w.blocked or (not key.isascii() and strip_accents(key) in w.blocked) or "&" in toks and all(t == "&" or norm_key(t) in w.places for t in toks):
        return False  # (and places joined: "UK & Ireland")
    if all((t in w.generic or t in w.suffixes) and t != "Investors" or t in w.stop or t in w.demonyms or t == "&" for t in toks) and not (
        (toks[0] in COMPASS and len(toks) > 1 or toks[0] in w.demonyms and len(toks) > 2) and toks[-1] in w.suffixes  # "Nord Capital Partenaires", "East Ventures", "Gulf Digital Ventures"
    ):
        return False
    if len(toks) > 1 and toks[-1] in _UNIT_WORDS:
        return False  # "Rail Services Unit": a business sold, not a company the list does not know
    if len(toks) > 1 and market_name(toks) or _COMPETITION.search(name) and toks[-1].rstrip(".") not in w.legal:
        return False  # "Nairobi Securities Exchange", "Baltic Dry Index": a market; "English Premiership", "Liga MX": a competition
    if len(toks) == 1 and name.endswith("s") and (name[:-1] in w.generic or name[:-3] + "y" in w.generic or name[:-2] in w.generic):
        return False  # a plural common noun starting a sentence: "Companies", "Banks", "Suezmaxes"
    # a government word, unless it ends the name as an organisation word does ("Lamartine Conseil"),
    # or the name is a fund's ("Government Pension Fund": an investor, as every fund)
    gov = [t for i, t in enumerate(toks) if t in w.gov_words and not _in_place(toks, i, w)]
    if gov == ["Agence"] == toks[:1] and len(toks) > 2 and not any(norm_key(t) in w.places for t in toks):
        gov = []  # a firm's agency ("Agence Bleu Rivage"); a public one goes on in lower case ("Agence nationale de ...")
    if len(toks) > 2 and " ".join(toks[-2:]) in w.suffixes and set(gov) <= set(toks[-2:]):
        gov = []  # "Kettani Law Firm": the organisation word's own
    if gov and not (len(toks) > 1 and (gov == [toks[-1]] and toks[-1] in w.suffixes or toks[-1] in _FUNDS or set(gov) <= _FACILITIES and toks[-1] in w.suffixes)) or (
        len(toks) >= 3 and all(t.isupper() for t in toks)
    ):
        return False
    return not (toks[0] in w.first_names and (not _org_ending(name, w) or ", " in name) and "&" not in toks)  # ("Morten Beyer & Agnew", "Fraser Bend Credit Union": firms; "Helen Sayer, Company Secretary": a person)


@lru_cache(maxsize=1 << 14)
def product_edition(name: str, after: str = "") -> bool:
    """A product's edition or plan: "ChatGPT Plus", "Windows Server"; or a model, its number ``after`` it: "Larkspur Lab 2", "Harbor Home 365"."""
    toks, products = name.split(), words().products
    return len(toks) > 1 and (any(norm_key(" ".join(toks[:i])) in products for i in range(1, len(toks))) or re.match(
        r" (?!(?:19|20)\d\d\b)\d{1,4}(?:\.\d)?(?:-[A-Za-z]+)?(?=[,;)]|\.(?!\d)| (?!(?:millions?|billions?|milliards?|mds?|bn|euros?|dollars?|livres?|francs?|pounds?|yen|crores?)\b)[a-zà-ÿ]{2,})", after) is not None)


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
        before, prior = text[ws : start - 1].rstrip(","), text[word_start(text, ws - 1) : ws - 1].lower()
        if before in w.titles and text[start:end].rsplit(None, 1)[-1] not in w.suffixes and not (  # (not "partner X Ltd")
            prior in _INSTITUTIONAL  # (nor "pension investor X")
            or before == "manager" and " " not in text[start:end] and prior in ("fund", "asset", "investment")
        ):  # (nor "fund manager Taaleri", one word: "fund manager Terry Smith" is a person)
            return True
    if text[end : end + 1] in (",", " ") and _person_after().match(text, end) is not None and not _org_ending(text[start:end], w) and (
        surnames or text[end : end + 1] == " "  # (a company noun before it: "le groupe Lemaire-Duhamel, un spécialiste")
    ):
        return True  # (not "ATB Capital Markets analyst Leah Fontaine")
    if _FAMILY_AFTER.match(text, end) and not _org_ending(text[start:end], w) or _FAMILY_BEFORE.search(text, max(0, start - 80), start):
        return True  # "the Hyderabad-based Reddy family", "the Reddy and Rao families", "des familles Frère et Desmarais"
    if text[start:end] in ctx.founders():
        return True
    return surnames and " " not in text[start:end] and ctx.surname(text[start:end], start)


def _org_ending(name: str, w: Words) -> bool:
    return (toks := name.split())[-1] in w.suffixes or " ".join(toks[-2:]) in w.suffixes


def plausible(ctx: TextContext, start: int, end: int, *, strong: bool = True, cue: bool = False) -> bool:
    """Whether the cleaned span ``text[start:end]`` can be a company name;
    ``cue``: a company noun names it ("le groupe Tessier"), so a family name is fine."""
    text = ctx.text
    name = text[start:end]
    if not name_ok(name) or looks_like_person(ctx, start, end, surnames=not cue) or product_edition(name, text[end : end + 24]):
        return False
    if name[:2] in ("L'", "L’") and norm_key(name[2:]) in words().blocked:
        return False  # "L'Insee a publié": a public body with its article (a title may be a source: "L'Alsace")
    if (not strong or start < ctx.first_line_end) and ctx.title_line(start) and (not strong or _headline_only(text, name, start, end)) and (
        start < ctx.first_line_end or name.rsplit(None, 1)[-1] not in words().legal) and not (  # (not a tombstone's "Law firms: …; Y LLP (Aldergrove)")
        " " in name and name.rpartition(" ")[2] in words().legal and (_TICKER.match(text, end) or start == 0 and _REPORT_SEP.match(text, end))):
        return False  # (the headline in Title Case: "... in Power-Chip Push"; its companies are named again below it; but
        # "Bourgogne Provisions Inc. (BGPV) Q4 2079 Earnings Call Transcript", a legal form and a ticker, is a firm)
    if text.endswith(_GOV_BEFORE, max(0, start - 20), start) or not cue and _FOR_BEFORE.search(text, max(0, start - 60), start) or _GOV_OF.search(text, max(0, start - 70), start):
        return False  # "the Committee on Foreign Investment in the United States", "National Fund for Water Management"
    if text.endswith(_PLACE_BEFORE, max(0, start - 20), start) or _STREET_BEFORE.search(text, max(0, start - 16), start) or (
        not cue and _FIRM_OF_PLACE.search(text, max(0, start - 50), start)
    ):
        return False  # "Veltrix, based in Karlsruhe, sells ...", "le groupe coopératif de Vervins reprend"
    if name in ctx.places() or text[max(0, start - 3) : start] in ("-d'", "-d’", "-l'", "-l’") or _INDEX_AFTER.match(text, end) or _DEPARTMENT_AFTER.match(text, end) or LAW_AFTER.match(text, end):
        return False  # a place ("le site de Cluses", "Douai (59)"), the end of "Villeneuve-d'Ascq", an index ("... Custody Banks index")
    if text[end : end + 1] == "-" and (glued := _GLUED_ON.match(text, end)) and norm_key(name + glued.group()) in words().blocked:
        return False  # the start of a hyphenated public name: "la CFE-CGC"
    if " " not in name and name.isupper() and _shouted_line(text, start):
        return False  # a wire's bullet in capitals: "* SAYS ... A$96 MLN IN CASH AND A$30 MLN"
    if name.isupper() and " " in name and text[start - 1 : start] in ("", "\n") and (text[end : end + 1] in ("", "\n") or text[start : text.find("\n", end) % (len(text) + 1)].isupper()) and any(t.title() in words().generic or t.title() in words().demonyms for t in name.split()):
        return False  # a newsletter's section heading in capitals: "TRADE FINANCE", "POLISH TILES CHANGE HANDS"
    if text[end : end + 1] == " " and (more := _CAPITALS_AFTER.match(text, end)) and any(t in words().gov_words for t in more.group().split()):
        return False  # the start of a public body's name: "the Qatar Financial Markets Authority"
    if name.isupper() and " & " in name and (start == 0 or text[start - 1] == "\n") and text[end : end + 1] in (",", "-"):
        return False  # a wire's dateline of two cities: "MINNEAPOLIS & COPENHAGEN, Denmark--(BUSINESS WIRE)--"
    if " " not in name and text[end : end + 1] == "," and name.endswith(_ADVERB_ENDS) and sentence_start(text, start):
        return False  # a sentence adverb: "Separately, the company confirmed", "Séparément, le groupe"
    return not (" " not in name and sentence_start(text, start) and ctx.common_word(name, start))


_TICKER = re.compile(r" \((?:[A-Z]+: ?)?[A-Z]{2,6}\)")  # "(BGPV)", "(NYSE: BGPV)"
_REPORT_SEP = re.compile(r" [|–—] ")  # "Sundowner Outdoor Living plc | Annual Report and Accounts 2037"
_ADVERB_ENDS = ("ally", "ately", "ently", "antly", "ively", "ously", "ingly", "ably", "ibly", "edly", "ctly", "fully", "ément", "ement", "amment", "emment")


def _shouted_line(text: str, pos: int) -> bool:
    """Whether the line around ``pos`` is written in capitals (six words or more)."""
    line = text[text.rfind("\n", 0, pos) + 1 : b if (b := text.find("\n", pos)) >= 0 else len(text)]
    return line.isupper() and len(line.split()) >= 6


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
    return pos == 0 or before.endswith(("\n", ". ", "! ", "? ", ": ", "« ", '" ', "“", '\n"', '. "')) or before.strip() == ""


_TOWN_GOES_ON = re.compile(r"-(?:sur|sous|en|le|la|les|lès|lez|de|du|des|aux|d['’])(?:-|\b)")


_SCORE_AFTER = re.compile(r"[ \u00a0](?:credit[ \u00a0])?scores?\b")


def person_or_place(text: str, s: int, e: int, w: Words, ambiguous: bool = False) -> bool:
    """A curated name used as a surname ("Michael Dell", "M. Bouygues", "the
    Ferrari Ocampo family", "la famille Peugeot"), inside a place name ("Orange
    County", "Big Apple") or naming a score ("an average FICO score"); an
    ``ambiguous`` one also inside a longer capitalised name ("Phoenix Tower
    International" is not Tower Semiconductor) or as a firm's last partner
    ("Lane Clark & Peacock")."""
    if text.endswith(("famille ", "famille\u00a0"), 0, s) or _FAMILY_AFTER.match(text, e):
        return True
    if text[s - 1 : s] == "(" and _RIC_AFTER.match(text, e):
        return True  # a Reuters code after another company's name: "Chesnara (CSN.L)"
    if text[e : e + 1] == "-" and (text[e + 1 : e + 2].isdigit() or (g := _GLUED_ON.match(text, e)) and norm_key(text[s : g.end()]) in w.blocked):
        return True  # a product's code: "NVR-204" (an antibody, not the builder NVR); a public name: "la CFE-CGC"
    if _SCORE_AFTER.match(text, e) or text.endswith(("score ", "score\u00a0", "scores "), 0, s):
        return True  # a credit score named after its maker: "an average FICO score of 764", "le score FICO moyen"
    if text.endswith(_PLACE_BEFORE, max(0, s - 20), s) or text[e : e + 1] == "-" and _TOWN_GOES_ON.match(text, e):
        return True  # "headquartered in Vauxhall": a place, not the carmaker; "La Roche-sur-Yon", not the drugmaker
    if ambiguous and text.endswith(" & ", 0, s) and s > 4 and text[word_start(text, s - 4) : s - 3][:1].isupper():
        return True  # the last partner of a firm: "Lane Clark & Peacock"
    prev = ""
    if s > 1 and text[s - 1] == " " and text[s - 2].isalpha() or text[s - 2 : s] == ". ":
        ws = word_start(text, s - 1)
        prev = text[ws : s - 1]
        if not prev[:1].isupper():
            prev = ""
        elif prev in w.titles or prev in w.first_names or norm_key(f"{prev} {text[s:e].split(None, 1)[0]}") in w.places:
            return True  # (and "Hong Kong-listed": a place, not Kong Inc.)
        elif ambiguous and prev.isalpha() and not (prev in w.stop or prev in w.demonyms or prev in w.calendar or sentence_start(text, ws)):
            return True
    nxt: list[str] = []
    if text[e : e + 1] == " " and text[e + 1 : e + 2].isupper():
        nxt = [t.rstrip(",.;:") for t in text[e + 1 : e + 45].split(maxsplit=3)[:3]]
    if not (prev or nxt):
        return False
    surface = text[s:e]  # (a place or a public body it begins: "Prudential Regulation Authority")
    return any(p and norm_key(p) in w.places for p in (prev and f"{prev} {surface}", *(f"{surface} {' '.join(nxt[:k])}" for k in range(1, len(nxt) + 1))))


def curated(name: str) -> bool:
    """Whether ``name`` is a name or an alias of a company of the curated list."""
    return any(f.entry >= 0 for f in gazetteer().forms.get(norm_key(name), ()))


_RIC_AFTER = re.compile(r"\.[A-Z]{1,3}\)")
