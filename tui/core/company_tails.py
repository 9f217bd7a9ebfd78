"""What may follow a company's name and make another company of it: a
country or region ("Tata Steel Nederland", "Huawei Technologies Algérie",
"KGI Securities (Thailand)"), the region of a cooperative bank's regional
bank ("Crédit Agricole des Savoie"), a fund's vintage ("Tikehau Direct
Lending VI").  Each function returns where the longer name ends, or -1.
:func:`origin_end` is the one that looks before a name: the city a firm is from."""

from __future__ import annotations

import re
from functools import lru_cache

from .company_data import LOW, SP, UP, cased_trie_pattern, load_json, norm_key, words
from .company_filters import curated


@lru_cache(maxsize=1)
def _country_tail() -> tuple[re.Pattern[str], frozenset[str], re.Pattern[str]]:
    """A country or region name right after a space (Babel's English and French
    names, plus native names and regions from the data file), the words that
    make it an adjective instead ("Tesla China deliveries"), and the same names
    in parentheses after a space ("KGI Securities (Thailand)")."""
    from babel import Locale  # extraction only: kept off the start-up import path

    data = load_json("company_words.json")["subsidiary_places"]
    names = {
        n for loc in ("en", "fr") for code, n in Locale.parse(loc).territories.items()
        if len(code) == 2 and code.isalpha() and not any(c in n for c in "(),&")
    }
    names.update(data["names"])
    trie = cased_trie_pattern(sorted(names), rf"{SP}+")
    rx = re.compile(rf"{SP}(?:{trie})(?![\w&'’-])")
    return rx, frozenset(data["adjective_before"]), re.compile(rf"{SP}\((?:{trie})\)")


def place_tail(text: str, end: int) -> int:
    """End of a country or region written right after a name ending at ``end``
    ("Tata Steel Nederland", "Vodafone España", "SB OpenAI Japan"), or in
    parentheses ("KGI Securities (Thailand)"): a subsidiary;
    -1 if none, or if a metric noun follows ("Tesla China deliveries")."""
    if text[end : end + 1] not in (" ", "\u00a0"):
        return -1
    if text[end + 1 : end + 2] == "(":  # "Standard Chartered Bank (Hong Kong)" (not a list's "X (Allemagne) : 3,2 M€": its origin)
        if not (m := _country_tail()[2].match(text, end)) or _ITEM_AFTER.match(text, m.end()):
            return -1
        return -1 if _ADVISERS_LINE.match(text, text.rfind("\n", 0, end) + 1) and text[m.end() : m.end() + 1] in (",", ".", ";", "\n", "") else m.end()
    if not text[end + 1 : end + 2].isupper():
        return -1  # (every country name starts with a capital)
    rx, adjective, _ = _country_tail()
    m = rx.match(text, end)
    if m is None:
        return -1
    if text[m.end() : m.end() + 3] == " & " and (both := rx.match(text, m.end() + 2)):
        m = both  # "Vertex Ventures Southeast Asia & India"
    nxt = text[m.end() + 1 : m.end() + 20].split(maxsplit=1)
    if text[m.end() : m.end() + 1] == " " and nxt and (nxt[0].rstrip(",.;:") in adjective or nxt[0][:1].isupper()):
        return -1  # "Tesla China deliveries", "Amazon France Logistique" (a longer name)
    return m.end()


_OF = re.compile(rf"{SP}of(?:{SP}the)?(?={SP})")


def country_after(text: str, end: int) -> int:
    """End of a country after an organisation word, as such or after "of"
    ("KCB Bank Kenya", "Co-operative Bank of Kenya"), or of "International" ending
    the name ("Coris Bank International"); -1 if none."""
    if text.startswith(" International", end) and not _NEXT_WORD.match(text, end + 14):
        return end + 14
    if (m := _OF.match(text, end)) is not None:
        end = m.end()
    return place_tail(text, end)


_NEXT_WORD = re.compile(rf"[ \u00a0]([{UP}][\w'’-]*)")


def subsidiary_tail(text: str, end: int) -> int:
    """:func:`place_tail` right after a name, or after one organisation word
    ("Huawei Technologies Algérie", "TotalEnergies Marketing Côte d'Ivoire"), or a
    builder's unit ("Eiffage Génie Civil", "Colas Rail"); -1 if none."""
    pe = place_tail(text, end)
    if pe < 0 and (m := _NEXT_WORD.match(text, end)) and m.group(1) in _unit_words():
        pe = place_tail(text, m.end())
    if pe < 0 and (u := _units().match(text, end)) and not text[u.end() + 1 : u.end() + 2].isupper():
        pe = u.end()
    return pe


@lru_cache(maxsize=1)
def _units() -> re.Pattern[str]:
    units = load_json("company_words.json")["subsidiary_units"]["names"]
    return re.compile(rf"{SP}(?:{cased_trie_pattern(sorted(units), rf'{SP}+')})(?![\w&'’-])")


@lru_cache(maxsize=1)
def _unit_words() -> frozenset[str]:
    """Organisation words, and a unit's trade, that may stand between a name and its country."""
    return words().suffixes | {"Marketing", "Distribution", "Services", "Trading", "Energy", "Énergie"}


@lru_cache(maxsize=1)
def _networks() -> tuple[frozenset[str], re.Pattern[str]]:
    names = frozenset(load_json("company_words.json")["regional_networks"]["names"])
    word = rf"[{UP}][\w'’-]*"
    return names, re.compile(
        rf"{SP}+(?:(?:de{SP}+[lL]a|de{SP}+[lL]['’]|du|des|de|d['’]){SP}*)?(?P<w>{word})"
        rf"(?:{SP}+(?:(?:et{SP}+)?(?:de{SP}+la{SP}+|de{SP}+l['’]|du{SP}+|des{SP}+|de{SP}+|d['’])|et{SP}+(?=[{UP}][{LOW}]))?{word}){{0,3}}"  # "de l'Anjou et du Maine"
        rf"(?:{SP}(?:[0-8]\d|9[0-5]|2[AB])(?!\w|[,.]\d))?"  # and its département's number: "Crédit Agricole Toulouse 31"
    )


_AND_PARTICLE = re.compile(rf"{SP}+et{SP}+(?:de{SP}+la|de{SP}+l['’]|du|des|de|d['’])")


def network_tail(text: str, start: int, end: int) -> int:
    """End of the region or city after a cooperative or savings bank network
    ("Crédit Agricole des Savoie", "Crédit Mutuel de Bretagne", "CIC Lyonnaise
    de Banque", "Sparkasse KölnBonn"): a regional bank of its own; -1 if none.
    The networks are data (``regional_networks`` in ``data/company_words.json``)."""
    names, tail = _networks()
    if text[start:end] not in names or text[end : end + 1] not in (" ", "\u00a0"):
        return -1
    m = tail.match(text, end)
    if m is None:
        return -1
    w = words()
    first = m.group("w")
    if first in w.stop or first in w.calendar or first in w.legal or first in w.same_entity or first in w.titles:
        return -1
    if m.start("w") - end <= 1 and (cut := _AND_PARTICLE.search(text, end, m.end())):
        return cut.start()  # "Crédit Agricole Centre Loire et de la Caisse d'Epargne": a list; ("de l'Anjou et du Maine": a region)
    for et in _AND_NAME.finditer(text, end, m.end()):  # (each "et": "de la Touraine et du Poitou et de la Caisse d'Epargne")
        if any(curated(" ".join(et.group("n").split()[:k])) for k in (1, 2, 3)) or et.group("n").split()[0] in w.prefixes:
            return et.start()  # "le Crédit Agricole du Finistère et Arkéa", "… du Sud et Société Générale", "… d'Ille-et-Vilaine et d'Arkéa", "… des Savoie et de la Banque de Savoie":
        # a list ("Caisse d'Epargne Auvergne et Limousin": a region)
    return m.end()


#: a tombstone's line of advisers, where a country in brackets is the firm's office: "Conseils : Lenz & Staehelin (Suisse), Fidal (France)."
_ADVISERS_LINE = re.compile(r"[-•* \t]*(?i:conseils?|advis[eo]rs?|counsel|avocats?|legal advis[eo]rs?)\b[^:\n]{0,40}:")
_ITEM_AFTER = re.compile(r"[ \u00a0]*[:–—]|[ \u00a0]+-[ \u00a0]")
_AND_NAME = re.compile(rf"{SP}+et{SP}+(?:d['’]|de{SP}+la{SP}+|du{SP}+)?(?P<n>[{UP}][\w'’-]*(?:{SP}[{UP}][\w'’-]*){{0,2}})")


_FUND_TAIL = re.compile(
    rf"(?:(?:{SP}+[{UP}][\w'’-]*){{1,4}}{SP}+(?:I{{2,3}}|IV|VI{{0,3}}|IX|XI{{0,3}}|XIV|XV|XVI)"
    rf"|{SP}+(?P<bare>I{{2,3}}|IV|VI{{1,3}}|IX|XI{{1,3}}|XIV|XV|XVI)"  # "EQT Infrastructure VI" (not "Tier III")
    rf"|(?:{SP}+[{UP}][\w&-]*){{1,4}}?{SP}+(?:Fund|Funds|Fonds)(?:{SP}+(?:I{{2,3}}|IV|VI{{0,3}}|IX|XI{{0,3}}|XIV|XV|XVI))?)(?![\w'’-])"  # "SoftBank Latin America Fund"
)


def fund_tail(text: str, start: int, end: int) -> int:
    """End of a fund's name after its manager's ("Tikehau Direct Lending VI",
    "Siparex Transmission Alpes II", "SoftBank Latin America Fund"): a vintage in
    roman numerals or the word "Fund" makes a fund of its own; -1 if none."""
    if text.endswith(("Fund", "Fonds"), start, end) and (n := FUND_NUMBER.match(text, end)):
        return n.end()  # "SoftBank Vision Fund 2"
    m = _FUND_TAIL.match(text, end) if text[end : end + 1] in (" ", "\u00a0") else None
    if m and m.group("bare") and " " not in (name := text[start:end]) and norm_key(name) not in _fund_managers():
        return -1  # "Tier III" (but "EQT VIII": a fund manager's)
    return m.end() if m else -1


FUND_NUMBER = re.compile(
    rf"{SP}\d{{1,2}}(?![\d%]|[.,]\d|{SP}?%|{SP}+(?:millions?|milliards?|billions?|bn|mn|m|k|euros?|dollars?|francs?|per|pour)(?![\w]))"
)


@lru_cache(maxsize=1)
def _fund_managers() -> frozenset[str]:
    """The curated fund managers' names and aliases (``"kind": "fund"`` in ``companies.json``)."""
    return frozenset(norm_key(n) for c in load_json("companies.json")["companies"] if c.get("kind") == "fund" for n in (c["name"], *c.get("aliases", ())))


def fund_arm(name: str) -> bool:
    """A curated fund manager that is no company's venture arm: its group's name
    alone after it is that manager ("Macquarie Asset Management ... Macquarie
    takes 60%"), where "Orange" after "Orange Ventures" stays the operator."""
    return norm_key(name) in _fund_managers() and not name.endswith(("Ventures", "Venture Capital"))


_FROM_CITY = re.compile(
    rf"(?i:\b(?:fonds|groupe|société|firme|entreprise|compagnie|cabinet|banque|investisseur|start-up|jeune{SP}+pousse|PME)"
    rf"{SP}+d(?:e{SP}+|['’]))\Z"
)
_CITY_WORDS = re.compile(rf"[{UP}][\w'’-]*(?:{SP}+[{UP}][\w'’-]*){{0,2}}")


def origin_end(text: str, start: int, end: int) -> int:
    """Where the name starts after the city a firm is from, as Québec's press writes
    it ("le fonds de Chicago Lakeshore Equity Partners", "l'entreprise de Laval X"):
    the end of that city, or ``start`` if the candidate does not start with one."""
    if not text.endswith(("de ", "d'", "d’", "de\u00a0"), max(0, start - 3), start) or not _FROM_CITY.search(text, max(0, start - 30), start):
        return start
    places = words().places
    m = _CITY_WORDS.match(text, start, end)
    toks = m.group().split() if m else []
    for k in range(min(len(toks), 3), 0, -1):
        city_end = start + len(" ".join(toks[:k]))
        if norm_key(text[start:city_end]) in places and text[city_end + 1 : city_end + 2].isupper() and city_end + 1 < end:
            return city_end + 1
    return start


_UNIT_TAIL = re.compile(
    rf"{SP}(?:Marchés?{SP}des{SP}[cC]apitaux|Gestion{SP}de{SP}patrimoine|Gestion{SP}d['’]actifs|Valeurs{SP}mobilières|Banque{SP}privée)(?![\w'’-])"
)


def unit_tail(text: str, end: int) -> int:
    """End of a bank's unit named in lower case after it ("Desjardins Marchés des capitaux",
    "BNP Paribas Gestion d'actifs"): a company of its own; -1 if none."""
    m = _UNIT_TAIL.match(text, end) if text[end : end + 1] in (" ", "\u00a0") else None
    return m.end() if m else -1


_NUMBERED = re.compile(r"[IVX]{1,5}|\d{1,2}")


def numbered_funds(toks: dict[int, list[str]], done: dict[int, int]) -> dict[int, int]:
    """A fund named by its number alone ("Fund III", "Fonds II") -> the one longer name that ends with it
    ("Paddock Road Capital Fund III"): a letter to its partners shortens its fund so."""
    out: dict[int, int] = {}
    for a, ta in toks.items():
        if a not in done and len(ta) == 2 and ta[0] in ("Fund", "Fonds") and _NUMBERED.fullmatch(ta[1]):
            ends = [b for b, tb in toks.items() if b != a and len(tb) > 2 and tb[-2:] == ta]
            if len(ends) == 1:
                out[a] = ends[0]
    return out
