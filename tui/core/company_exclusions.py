"""Names an article gives to something other than a company: buildings ("l'immeuble
Lumen"), brands and banners ("la marque Alpro", "sous les enseignes Novotel et
Mercure"), products ("an enterprise product called Tessera Lab"), a filing's
defined terms, and acronyms defined for a public body or an index ("the Oregon
Department of Administrative Services (DAS)").  :func:`tui.core.companies.find_companies`
excludes them from that article's companies."""

from __future__ import annotations

import re

from .company_anchors import defined_acronyms
from .company_data import LOW, PHRASE, SP, UP, phrase_before, word_start, words
from .company_filters import MARKET_WORDS, curated
from .textscan import WORD, literal_positions, spelled_before


# a building's or a brand's noun, and what may stand before it: "l'immeuble Lumen", "la marque Alpro", "the brand X"
_NOUN_BEFORE = re.compile(r"(?i:(?:l['’]|la |le |sa |leur |the |its |the office |the shopping )\Z)")
_NAMED_AFTER = re.compile(rf"(?:immeuble|tour|bâtiment|campus|ensemble immobilier|centre commercial|hôtel|building|tower|hotel"
                          rf"|shopping (?:centre|center|mall)|marque(?:{SP}+d[e'’]{SP}*[{LOW}][\w'’-]*(?:{SP}(?!d[eu]{SP}|des{SP})[{LOW}][\w'’-]*)?)?|brand){SP}+(?P<name>{PHRASE})")
# then the noun: "Lumen, un immeuble", "Quaystone Tower, a 62,000-square-metre office tower", "X House, a 215,000 sq ft office building"
_BUILDING_AFTER = re.compile(rf",{SP}+(?:un|une|an?){SP}+(?:[\d,.]+{SP}*(?:sq{SP}ft|m²|square{SP}feet){SP}+|[\w,.-]+{SP}+){{0,3}}\Z")
_BUILDING_WORDS = ("immeuble", "tour", "bâtiment", "campus", "ensemble immobilier", "centre commercial", "hôtel", "building", "tower",
                   "hotel", "skyscraper", "shopping", "marque", "brand")
_NOUN_ENDS = re.compile(rf"[\w-]*(?:[,.;:)]|{SP}+(?:in|on|at|near|with|that|which|de|du|des|d['’]|à|au|en|dans|sur|qui|situé|située|close|off)(?![\w'’]))")
_WHOLE_BUILDING_WORD = re.compile(f"(?:{'|'.join(_BUILDING_WORDS)})" + r"(?!\w)")
_NOT_A_BUILDING = ("tour de", "tour d'")  # ("tours", "marques": not whole words)


_BANNERS = re.compile(
    rf"(?:propriétaire|exploitant|détenteur)e?{SP}+(?:de{SP}+l['’]|des{SP}+|de{SP}+la{SP}+)(?:enseignes?|marques?){SP}+(?P<a>{PHRASE})(?:(?:,|{SP}+et){SP}+(?P<b>{PHRASE}))?"
    rf"|(?:sous{SP}+(?:l['’]|les{SP}+|la{SP}+)(?:enseignes?|marques?)|(?i:ses|sa|leurs?|les){SP}+gammes?|(?i:its|the){SP}+(?:product{SP}+)?ranges?"
    rf"|(?i:ses|leurs){SP}+marques(?:{SP}+[{LOW}][\w-]*)?"  # "ses marques féminines Mirza et Lisière"
    rf"|brands,?{SP}+(?:including|such{SP}+as|include))"
    rf"{SP}+(?P<c>{PHRASE})(?:(?:,|{SP}+et|{SP}+and){SP}+(?P<d>{PHRASE}))?"
)


# a brand named before the word: "the Hartley & Finch gin brand", "its Centra and SuperValu brands"
# (not "will keep the Bulutfatura brand": a company's own name kept as its brand)
_BRAND_BEFORE = re.compile(
    rf"(?:\b(?:its|their|our)|rebranded{SP}as){SP}(?P<a>{PHRASE})(?:(?:,|{SP}and|{SP}&){SP}(?P<b>{PHRASE}))?(?:{SP}[a-z][\w-]*)?{SP}brands?\Z"
    rf"|\b(?:the|its|their){SP}(?P<c>{PHRASE}){SP}[a-z][\w-]*{SP}brand\Z"
)


# a music act: "the girl group Lumi8", "le boys band Nova"
_ACT = re.compile(rf"(?i:(?:girl|boy)s?[ -](?:group|band)|k-pop{SP}(?:group|band)|groupe{SP}de{SP}k-pop){SP}+(?P<name>[{UP}][\w&'’-]*(?:{SP}[{UP}\d][\w&'’-]*)*)")
_ACT_WORDS = ("girl group", "boy group", "boy band", "girl band", "boys band", "girls band", "k-pop group", "groupe de k-pop")
_CALLED_WORDS = (" called ", " named ", " dubbed ", " baptisé ", " baptisée ", " appelé ", " appelée ", " nommé ", " nommée ")
_PRODUCT_NOUNS = frozenset(("product", "platform", "app", "application", "tool", "service", "model", "assistant", "chatbot", "offering",
                            "software", "produit", "plateforme", "outil", "modèle", "logiciel", "offre", "robot", "device", "drug",
                            "dispositif", "médicament", "molécule", "vaccine", "vaccin", "system", "système"))
_CALLED = re.compile(rf"\w+{SP}+(?P<name>{PHRASE})")
_OWN_PRODUCTS = (" plateforme ", " platform ", " logiciel ", " software ", " solution ", " outil ", " tool ", " produit ", " product ", " application ", " app ")
_TRANSIT = re.compile(rf"(?:réseau(?: de (?:bus|cars|tramways?|métro|transports?(?: urbains?| en commun)?)| urbain)| (?:bus|tram|transit) network) (?P<name>{PHRASE})")
_PROGRAMME_BEFORE = re.compile(r"(?:\bau|\bdu|\ble|\bthe|\bits|\bson|\bsa|\bleur|\btheir) \Z")  # a programme's or a project's name
_OWNER = re.compile(r"(?:\bsa|\bson|\bleur|\bits|\btheir|\bnouvelle|\bnew) \Z")  # a firm's own product: "sa (nouvelle) plateforme X"


#: a filing's defined term, '(the "Merger Consideration")': a word of the contract, not a name
_DEFINED_TERM = re.compile(rf"\((?:the|la|le|l')[ \u00a0]?[\"“«]{SP}?(?P<name>[{UP}][^\"”»\n]{{1,40}}?){SP}?[\"”»]\)")


def building_names(text: str, low: str) -> list[str]:
    """Names the text gives to buildings ("l'immeuble Lumen", "Lumen, un immeuble
    de bureaux") and brands ("la marque Alpro", "the brand Velto", "propriétaire
    de l'enseigne Premier Inn", "sous les enseignes Novotel et Mercure") and
    products ("an enterprise product called Tessera Lab", "X commercialise Kaliom Copilot") and a filing's defined
    terms ('(the "Merger Consideration")'): in that article they are not
    companies, even when a company has that name."""
    found = [n for i in literal_positions(low, ("enseigne", "sous les marques", "sous la marque", "des marques", "de la marque", "gamme", " range", "brands",
                                                 "ses marques", "leurs marques")) if (m := _BANNERS.search(text, max(0, i - 22), i + 80))
             for n in m.group("a", "b", "c", "d") if n]
    found += [m.group("name") for i in literal_positions(low, ('(the "', "(the “", "(la « ", "(le « ", "(l'« ")) if (m := _DEFINED_TERM.match(text, i))]
    found += [m.group("name") for i in literal_positions(low, (" commercialise ", " commercialisent ", " commercialisera "))
              if (m := _CALLED.match(text, i + 1))]  # "Kaliom commercialise Kaliom Copilot, un agent": a product
    found += [m.group("name") for i in literal_positions(low, _CALLED_WORDS)
              if low[word_start(low, i) : i].rstrip(",") in _PRODUCT_NOUNS and (m := _CALLED.match(text, i + 1))]  # ("son robot, baptisé X")
    found += [m.group("name") for i in literal_positions(low, _ACT_WORDS) if (m := _ACT.match(text, i))]
    found += [n for i in literal_positions(low, _OWN_PRODUCTS) if _OWNER.search(low, max(0, i - 7), i + 1) and (m := _CALLED.match(text, i + 1))
              and " " in (n := m.group("name")) and not curated(n)]  # "sa plateforme Skyward X2", "its platform Falcon Insight"
    found += [n for i in literal_positions(low, (" programme ", " program ", " projet ", " project ")) if _PROGRAMME_BEFORE.search(low, max(0, i - 5), i + 1)
              and (m := _CALLED.match(text, i + 1)) and not curated(n := m.group("name"))]  # "au programme EPR2", "the project Aurora"
    found += [m.group("name") for i in literal_positions(low, ("réseau de ", "réseau urbain ", " bus network ", " tram network ", " transit network ")) if (m := _TRANSIT.match(text, i))]  # "le réseau de bus Pyrébus"
    for p in literal_positions(low, (" business", " segment", " division")):  # "our Specialty Materials business", "Cardinal's Pharmaceutical segment"
        spans = [span] if (span := phrase_before(text, p)) else []
        if spans and low.endswith(" and ", 0, spans[0][0]) and (first := phrase_before(text, spans[0][0] - 5)):
            spans.insert(0, first)  # "Cardinal Health's Pharmaceutical and Specialty Solutions segment"
        if spans and _LINE_OWNER.search(low, max(0, spans[0][0] - 8), spans[0][0]):
            found += [n for a, b in spans if not curated(n := text[a:b])]
    for p in literal_positions(low, (" brand",)):  # (a curated company's own brand, "the Tesco brand", leaves it a company)
        end = p + (7 if low[p + 6 : p + 7] == "s" else 6)
        if not low[end : end + 1].isalpha() and (m := _BRAND_BEFORE.search(text, max(0, p - 90), end)):
            found += [n for n in m.group("a", "b", "c") if n and not curated(n)]  # ("the Kōdo fragrance brand")
    for p in literal_positions(low, _BUILDING_WORDS):
        if p == 0 or low[p - 1].isalnum() or low.startswith(_NOT_A_BUILDING, p) or not _WHOLE_BUILDING_WORD.match(low, p):  # (not "tourquennois")
            continue
        if _NOUN_BEFORE.search(low, max(0, p - 20), p) and (m := _NAMED_AFTER.match(text, p)):
            found.append(m.group("name"))  # "l'immeuble Lumen"
        elif low[p - 1] == " " and (m := _BUILDING_AFTER.search(text, max(0, p - 60), p)) is not None and _NOUN_ENDS.match(text, p):
            if span := phrase_before(text, m.start()):
                name = text[span[0] : span[1]]  # "Lumen, un immeuble de bureaux" (not "Puis Orion")
                found.append(name.split(" ", 1)[1] if " " in name and name.split(" ", 1)[0] in words().stop else name)
    return found


def public_acronyms(text: str) -> list[str]:
    """Acronyms the text defines for a government body ("the Oregon Department of
    Administrative Services (DAS)", "l'Autorité des marchés financiers (AMF)")
    or a market index ("the All Share Price Index (ASPI)"), or for a common noun ("l'allocation
    personnalisée d'autonomie (APA)"): no company in that
    article, even one the list knows by that acronym."""
    gov, found = words().gov_words, []
    for end, acronym in defined_acronyms(text):
        head = text[max(0, end - 90) : end].rsplit("\n", 1)[-1].split()[-6:]
        if acronym.isupper() and (any(t in gov for t in head) or head and head[-1] in MARKET_WORDS or spelled_before(text, end, acronym, lower=True)):
            span = phrase_before(text, end)  # a sovereign fund the list knows stays a company ("... Authority (KIA)")
            name = text[span[0] : span[1]] if span else ""
            if name.split(" ", 1)[0] in words().stop:
                name = name.partition(" ")[2]  # "The Kuwait Investment Authority"
            if not curated(name):
                found.append(acronym)
                if span and (both := _BODY_AND.search(text, max(0, span[0] - 60), span[0])):
                    found.append(both.group("first"))  # "The Norwegian Water Resources and Energy Directorate (NVE)"
    return found


_LINE_OWNER = re.compile(r"(?:\b(?:our|its|their)|\w['’]s) \Z")  # whose business line it is


_BODY_AND = re.compile(rf"(?P<first>[{UP}][\w'’-]*(?:{SP}[{UP}][\w'’-]*){{1,4}}){SP}(?:and|et){SP}\Z")


_JOINED = re.compile(rf"(?<![\w'’&-])[{UP}][{LOW}]+(?:[ -][{UP}][{LOW}]+)?{SP}&{SP}[{UP}][{LOW}]+(?:[ -][{UP}][{LOW}]+)?(?![\w'’-]|{SP}[{UP}])")
_NEAR = 4000  # "elsewhere in the text": within this many characters (a bounded scan per "&")


def segment_names(text: str) -> list[str]:
    """A group's business lines named by common nouns joined by "&" ("Harnesses & Hardware,
    home to our harnesses", "Tanks & Treatment, which makes septic tanks"): each of their
    words is written in lower case nearby (4,000 characters either side), one is a plural, and
    the list knows no such firm ("Houle & Vent", "Pilchard & Co" stay firms)."""
    found = []
    for i in literal_positions(text, (" & ",)):
        m = next((m for m in _JOINED.finditer(text, max(0, i - 40), i + 40) if m.start() < i < m.end()), None)
        if m is None:
            continue
        ws = WORD.findall(name := m.group())
        if ws[-1] in words().suffixes or not any(w.endswith("s") for w in ws):
            continue
        if all(_written_lower(text, w.lower(), max(0, i - _NEAR), i + _NEAR) for w in ws) and not curated(name):
            found.append(name)
    return found


def _written_lower(text: str, word: str, a: int, b: int) -> bool:
    """Whether ``word`` (in lower case) is written as a whole word in ``text[a:b]``."""
    j = text.find(word, a, b)
    while j >= 0:
        e = j + len(word)
        if not (j and (text[j - 1].isalnum() or text[j - 1] in "'’-")) and not (text[e : e + 1].isalnum() or text[e : e + 1] in ("'", "’", "-")):
            return True
        j = text.find(word, j + 1, b)
    return False
