"""A currency noun that several countries use, read by the country the text names.

"francs", "dinars", "pounds", "pesos", "rupees", "riyals", "shillings",
"crowns" (and their French forms) name a dozen currencies.  Written bare next
to a number ("2,4 milliards de francs", "14,200 dinars", "500 million pounds";
not "francs suisses" or "Egyptian pounds", which Babel's names already read),
the noun takes the currency of the country named nearest: in the same
sentence, else in the paragraph, else the one the article names twice as
often (:func:`tui.core.currency_context.nearest_code`).  A noun with a usual
currency ("francs": CHF, "pounds": GBP) keeps it where no country is named.

The candidates and their countries come from Babel: every current currency
whose English or French name has the noun, and the names of the countries
where it is legal tender (also as the start of a word: "egypt" in
"egyptian"); ``home_nouns`` in ``data/currency_words.json`` lists the nouns
and adds cities and adjectives Babel lacks ("swiss", "london", "nouméa").
Amounts that continue a rewritten one ("900 millions") follow it.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from functools import lru_cache
from typing import Callable

from .currencies import babel_written, country_names, current_territories, word_data
from .currency_context import SENTENCE_END, CueCounts, most_often, nearest_code, rewrite
from .model import Figure
from .numbers import parse_number


@lru_cache(maxsize=1)
def _families() -> tuple[re.Pattern[str], dict[str, dict[str, list[str]]]]:
    """(a bare noun at the end or the start of a figure's text, noun -> code -> cues)."""
    data = word_data()["context_currencies"]["home_nouns"]
    territories = current_territories()
    written = babel_written(territories)
    families: dict[str, dict[str, list[str]]] = {}
    for family, nouns in data["nouns"].items():
        codes: dict[str, list[str]] = {}
        for _loc, code, name in written:
            if any(n in name.split() for n in nouns) and code in territories and code not in codes:
                codes[code] = list(country_names(code))
        for code, extra in data["cues"].get(family, {}).items():
            codes.setdefault(code, []).extend(extra)
        for noun in nouns:  # ("kroner" is Danish or Norwegian, never Swedish: ``spelt_codes``)
            families[noun] = {c: cues for c, cues in codes.items() if c in data["spelt_codes"][noun]} if noun in data["spelt_codes"] else codes
    alt = "|".join(sorted(map(re.escape, families), key=len, reverse=True))
    # the noun right after the number, its scale or "de" ("14,200 dinars", "2 milliards de francs"), or
    # right before it; not after an adjective ("swiss francs") nor before one ("francs suisses")
    bare = re.compile(rf"(?:[\d\s'’]|\bde |\bd['’]|\bof |\b(?:million|milliard|billion|mille)s?[ -])(?P<n>{alt})\Z|\A(?:(?:de|from|between|entre) )?(?P<p>{alt}) ?\d")
    return bare, families


def noun_codes(noun: str) -> frozenset[str]:
    """The codes a bare currency noun may name ("dinars": TND, DZD, KWD...; "dirhams": MAD, AED)."""
    shared = word_data()["context_currencies"]["shared_names"].get(noun.removesuffix("s"), {})
    return frozenset(_families()[1].get(noun, {})) | frozenset(shared)


def apply(figures: list[Figure], text: str, low: str | None = None, lang: str = "en") -> list[Figure]:
    """``figures`` with bare shared currency nouns read by country (see the module doc);
    bare francs in a French text with no Swiss franc in it are French francs of before
    the euro where the text names France or their sentence a year before 2002
    ("racheté en 1998 pour 60 millions de francs")."""
    bare, families = _families()
    nouns = [(f, m) for f in figures if f.kind == "money" and not f.implied and (m := bare.search(f.text.lower()))]
    if not nouns:
        return figures
    lowered = low if low is not None else text.lower()
    changed: dict[int, str] = {}
    most: CueCounts = {}
    weights: set[int] = set()
    swiss_or_france: tuple[bool, bool] | None = None  # (a Swiss franc written anywhere, France named anywhere)
    lead = 0  # where the lead ends: the title and the next two blocks
    for _ in range(3):
        lead = i + 2 if (i := lowered.find("\n\n", lead)) >= 0 else len(lowered)
    for f, m in nouns:
        noun = m.group("n") or m.group("p")
        if noun in _WEIGHT_NOUNS and (_weighed(lowered, f) or _of_goods(lowered, f.end, text) or _books(lowered, f)):
            weights.add(f.start)  # "each weighing less than 40 pounds", "pesant 3 livres", "42 million pounds of cheese", "18 millions de livres de poche" (not "qui pèse 1,9 milliard de livres": a turnover)
            continue
        if f.currency in families[noun] and any(c in f.text.lower() for c in families[noun][f.currency]):
            continue  # "31 million Swedish crowns": its own country
        if (k := _CODE_AFTER.match(text, f.end)) is not None and k.group(1) in families[noun]:
            near = code = k.group(1)  # "900 millions de couronnes (SEK)": the code the text writes after the noun
        else:
            near = nearest_code(lowered, f.start, families[noun], most, local=True)  # ("": nothing named near; None: two countries)
        code = near or _first_named(lead, figures, f, noun, families[noun], bare) or (most_often(lowered, f.start, families[noun], most, 2) if near == "" else None)
        if code is None and noun in ("franc", "francs") and lang == "fr":
            if swiss_or_france is None:  # (once per text)
                swiss_or_france = (_SWISS_FRANC.search(lowered) is not None, _FRANCE.search(lowered) is not None)
            code = "FRF" if not swiss_or_france[0] and (swiss_or_france[1] or _before_euro(lowered, f)) else None
        if code is not None and code != f.currency:
            changed[f.start] = code
    if weights:
        changed.update(_after_weights(figures, weights))
        figures = [f for f in figures if f.start not in weights or f.kind != "money"]
    return rewrite(figures, changed)


def _after_weights(figures: list[Figure], weights: set[int]) -> dict[int, str]:
    """The implied amounts that took their currency from a weight ("14 millions de livres de sirop … 55 millions"):
    they take the currency of the last amount stated before that weight, if any."""
    out: dict[int, str] = {}
    stated: str | None = None
    weight: Figure | None = None
    for f in figures:
        if f.kind != "money":
            continue
        if f.start in weights:
            weight = f
        elif not f.implied:
            stated, weight = f.currency, None
        elif weight is not None and f.currency == weight.currency and stated is not None:
            out[f.start] = stated
    return out


def _first_named(lead: int, figures: list[Figure], f: Figure, noun: str, codes: dict[str, list[str]], bare: re.Pattern[str]) -> str | None:
    """The currency of the first amount before ``f`` that writes ``noun`` with its country ("6,8 milliards de couronnes
    norvégiennes", then "entre 6 et 6,5 milliards de couronnes" in a paragraph that names no country: Norwegian
    crowns), if the title or the lead does (the deal's currency, not one a newsletter's later item or an aside names);
    it counts after the cues of the sentence and the paragraph, before the article's."""
    for g in figures:
        if g.start >= min(f.start, lead):
            return None
        if g.kind == "money" and not g.implied and g.currency in codes and noun in (low := g.text.lower()) and (not bare.search(low) or any(c in low for c in codes[g.currency])):  # (or "12.6 billion Swedish crowns")
            return g.currency
    return None


_CODE_AFTER = re.compile(r"[ \u00a0]*\(([A-Z]{3})\)")
_FRANCE = re.compile(r"\b(?:france|français|française|paris)\b")
_SWISS_FRANC = re.compile(r"\bchf\b|francs? suisses?|\bsuisse|\bswiss|\bmio\b|\bfr\. ")


_OLD_YEAR = re.compile(r"\b(?:19[4-9]\d|200[01])\b")


def _before_euro(low: str, f: Figure) -> bool:
    """Whether the francs' sentence dates them before the euro ("acheté 1.150.000 francs en 1997",
    "dans les années 1990, avait coûté 2 millions de francs"); the caller checks that the text writes no Swiss franc."""
    a, b = max(0, low.rfind(". ", 0, f.start)), low.find(". ", f.end)
    return _OLD_YEAR.search(low, a, b if b >= 0 else len(low)) is not None


_WEIGHT_NOUNS = frozenset(("pound", "pounds", "livre", "livres"))
_BOOKS = re.compile(r"[ \u00a0](?:de poche|imprimés|vendus|numériques|scolaires|audio|d['’]occasion|jeunesse|reliés|brochés)\b")  # books, not pounds
#: a verb of books right before the number, active ("ont vendu 1,8 million de livres", "a écoulé 120 000 livres";
#: not the passive "a été vendu 500 millions de livres", a price)
_BOOKS_BEFORE = re.compile(
    r"(?:\b(?:a|ont|avait|avaient|aura|auront|avoir)[ \u00a0]+(?:déjà[ \u00a0]+)?(?:vendu|écoulé|imprimé|publié|édité|prêté)"
    r"|(?<!\bse )(?<!\bs['’])\b(?:vend|vendent|vendait|vendaient|vendra|écoule|écoulent|imprime|impriment|publie|publient|édite|éditent|prête|prêtent)"
    r"|\b(?:tirage|stock) de)(?:[ \u00a0]+(?:plus de|près de|quelque|environ|au moins|déjà|chaque année|par an))*[ \u00a0]+\Z"
)
_WEIGHED = re.compile(r"\b(?:weigh\w*|heavy|heavier|lighter|(?P<fr>pès\w*|pes(?:ant|ait|aient|er))|lourde?s?|(?P<yields>yield(?:s|ed|ing)?))\b[^.;\n\d]{0,25}\Z")

_PAID = re.compile(r"\b(?:charg|paid|pay|cost|spen[dt]|owe|earn|raise|sold|bought|fetch|price)")


def _weighed(low: str, f: Figure) -> bool:
    """Whether a sum in pounds follows a verb of weighing ("each weighing 40 pounds", "pesant 3 livres");
    in French "pèse" before millions is what a business is worth ("qui pèse 50 millions de livres")."""
    m = _WEIGHED.search(low, max(0, f.start - 40), f.start)
    if m is not None and _PAID.search(m.group()):
        return False  # "the lab that tests for heavy metals charged us fifteen thousand pounds"
    return m is not None and not (m.group("fr") and (f.amount or 0) >= 1e6) and not (m.group("yields") and (f.amount or 0) >= 1000)  # ("each yielding 1.5 pounds")


def _books(low: str, f: Figure) -> bool:
    """Whether "livres" after ``f``'s number are books: "18 millions de livres de poche", "a vendu 120 000 livres"."""
    return _BOOKS.match(low, f.end) is not None or (f.text.lower().endswith("livres") and _BOOKS_BEFORE.search(low, max(0, f.start - 40), f.start) is not None)


_OF_NOUN = re.compile(r" of ([a-z]+)(?: ([a-z]+))?(?: ([a-z]+))?")
#: after "pounds of", a determiner or pronoun ("of that", "of the fund"), or within three words a money noun, make it money
_DETERMINERS = frozenset(("that", "this", "these", "those", "it", "them", "which", "what", "its", "their", "the", "a", "an", "our",
                          "his", "her", "all", "each", "every"))
_MONEY_NOUNS = frozenset((
    "investment", "investments", "funding", "debt", "capital", "revenue", "revenues", "sales", "profit", "profits", "losses",
    "cash", "financing", "equity", "assets", "savings", "spending", "subsidies", "aid", "grants", "taxes", "tax", "fees",
    "bonds", "loans", "deposits", "income", "orders", "contracts", "marketing", "advertising", "research", "support", "damages",
    "fines", "penalties", "costs", "bills", "payments", "wages", "salaries", "rent", "dividends", "bonuses", "donations",
    "sponsorship", "turnover", "purchases", "budget", "money", "funds", "premium", "premiums", "claims", "interest",
    "mortgage", "mortgages", "loan", "credit", "debts", "liabilities", "borrowing", "borrowings", "value", "business",
    "deals", "exports", "imports", "contract", "order", "work", "projects", "pension", "pensions",
))


_ABSTRACT = ("ence", "ance", "ment", "tion", "sion", "ity", "ness")


def _of_goods(low: str, end: int, written: str) -> bool:
    """Whether "of" and goods follow a sum in pounds ("pounds of cheese", "livres de sirop"), not money
    ("pounds of investment", "pounds of construction debt", "pounds of that", "livres de chiffre d'affaires")."""
    if (f := _DE_NOUN.match(written, end)) is not None:  # (the text as written: "de Lloyds Banking Group" is a lender)
        return f.group(1) not in _KEEPS_MONEY_FR
    m = _OF_NOUN.match(low, end)
    return m is not None and m.group(1) not in _DETERMINERS and not _MONEY_NOUNS.intersection(m.groups()) and not m.group(1).endswith(
        _ABSTRACT  # "half a billion pounds of confidence": no goods are weighed in confidence
    )


_DE_NOUN = re.compile(r" de ([a-zéèêëàâîïôûç]{3,})\b")  # "14 millions de livres de sirop", "22 millions de livres de homard"
#: after "livres de", what keeps pounds money: a money noun, or a determiner (the noun after it is unknown)
_KEEPS_MONEY_FR = frozenset((
    "chiffre", "ventes", "dette", "dettes", "capital", "investissement", "investissements", "financement", "financements", "recettes",
    "bénéfice", "bénéfices", "pertes", "subventions", "dépenses", "fonds", "revenus", "dividendes", "primes", "commandes", "contrats",
    "actifs", "prêts", "loyers", "salaires", "marketing", "publicité", "recherche", "frais", "coûts", "amendes", "taxes", "impôts",
    "intérêts", "trésorerie", "liquidités", "crédits", "crédit", "capitaux", "valorisation", "cash", "budget", "sterling", "plus",
    "moins", "réserves", "provisions", "leur", "leurs", "ses", "son", "sa", "cette", "ces", "notre", "nos", "votre", "vos", "mon", "mes", "ton", "tes",
))


@lru_cache(maxsize=1)
def _crowns() -> tuple[frozenset[str], tuple[str, ...], re.Pattern[str]]:
    """(the crown currencies, their nouns, an unscaled number and a noun) from the "crown" family of ``home_nouns``."""
    nouns = tuple(word_data()["context_currencies"]["home_nouns"]["nouns"]["crown"])
    alt = "|".join(sorted(map(re.escape, nouns), key=len, reverse=True))
    number = r"\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:,\d+)?"
    return frozenset(_families()[1]["crown"]), nouns, re.compile(
        rf"(?<![\w.,])(?:(?i:between|entre) (?P<lo>{number}) (?:and|et) )?(?P<n>{number})[ \u00a0](?:{alt})\b"  # ("between 60 and 80 crowns")
        rf"|(?<![\w.])kr\.?[ \u00a0](?P<kn>\d{{1,3}}(?:[\u00a0\u202f ]\d{{3}})+|{number})(?:[-–](?P<khi>{number}))?(?![\w.,]?\d)"  # ("kr 19 per trade", "kr 60-80", "kr 4 500")
    )


def bare_crowns(figures: list[Figure], text: str, lang: str) -> list[Figure]:
    """``figures`` with amounts in crowns written without a scale word ("shares rose
    3 crowns to 132.40 crowns"), which alone could be anything ("three crowns"), in a
    text that has stated one crown currency by name ("7.1 billion Swedish crowns"),
    or else by its code alone ("NOK 7 billion"): they are in that currency, as are
    the bare crowns read without one."""
    crown_codes, nouns, bare = _crowns()
    named = [f for f in figures if f.currency in crown_codes and _in_crowns(f, nouns)]
    codes = {f.currency for f in named}
    if len(codes) > 1:  # (and a bare price takes the crowns of the last price stated: "148.60 Swedish crowns ... a target of 165 crowns")
        prices = [f for f in named if f.amount is not None and f.amount < 10_000 and f.amount_max is None]
        return _added(_crowns_of_several(figures, named, nouns), text, bare, lambda at: _in_sentence(figures, text, at, crown_codes) or next((f.currency for f in reversed(prices) if f.start < at), None), lang)
    if not codes:  # or by its code alone ("NOK 7 billion", then "a price target of 480 crowns")
        codes = {f.currency for f in figures if f.kind == "money" and f.currency in crown_codes and not f.implied}
    if len(codes) != 1:
        return figures
    code = codes.pop()
    figures = [dataclasses.replace(f, currency=code) if f.kind == "money" and f.currency is None and (bare.fullmatch(f.text) or _in_crowns(f, nouns)) else f
               for f in figures]  # ("gagne 3,5 couronnes", a title's "3,4 milliards de couronnes": read, their currency unknown)
    return _added(figures, text, bare, lambda at: _in_sentence(figures, text, at, crown_codes) or code, lang)


def _in_sentence(figures: list[Figure], text: str, at: int, codes: frozenset[str]) -> str | None:
    """The crown currency of an amount earlier in the sentence of ``at`` ("from NOK 100, with a fee of kr 19")."""
    near = next((f for f in reversed(figures) if f.end <= at and f.kind == "money" and f.currency in codes and not f.implied), None)
    return near.currency if near is not None and at - near.end < 200 and SENTENCE_END.search(text, near.end, at) is None else None


def _added(figures: list[Figure], text: str, bare: re.Pattern[str], code_at: Callable[[int], str | None], lang: str) -> list[Figure]:
    """``figures`` and the bare amounts in crowns none of them covers, in the currency ``code_at`` their start (if any)."""
    starts = [f.start for f in figures]  # (sorted, disjoint: the one starting last before a match is the only one that may cover it)
    added = [Figure("money", m.group(), m.start(), m.end(), *_low_high(m, lang), code, False)
             for m in bare.finditer(text) if ((k := bisect.bisect_right(starts, m.start()) - 1) < 0 or figures[k].end <= m.start()) and (code := code_at(m.start()))]
    return sorted(figures + added, key=lambda g: g.start) if added else figures



def _in_crowns(f: Figure, nouns: tuple[str, ...]) -> bool:
    """Whether ``f`` is an amount written in crowns (not implied)."""
    return f.kind == "money" and not f.implied and any(w in f.text.lower() for w in nouns)


def _crowns_of_several(figures: list[Figure], named: list[Figure], nouns: tuple[str, ...]) -> list[Figure]:
    """``figures`` with the bare crowns no country names ("310 millions de couronnes") in a text that
    states two crown currencies: the one of the same amount stated elsewhere (a title's "2,4 milliards
    de couronnes", "2,4 milliards de couronnes danoises" in the lead), else the last one stated before."""
    changed = {}
    for f in figures:
        if f.currency is None and _in_crowns(f, nouns):
            same = [g.currency for g in named if g.amount == f.amount and g.amount_max == f.amount_max]
            before = [g.currency for g in named if g.start < f.start]
            if code := same[0] if same else before[-1] if before else None:
                changed[f.start] = code
    return rewrite(figures, changed)


def _low_high(m: re.Match[str], lang: str) -> tuple[float, float | None]:
    """(amount, amount_max) of a bare amount in crowns, or of a range of them."""
    if m.group("kn"):
        low = float(parse_number(m.group("kn"), lang))
        return (low, float(parse_number(m.group("khi"), lang))) if m.group("khi") else (low, None)
    top = float(parse_number(m.group("n"), lang))
    return (float(parse_number(m.group("lo"), lang)), top) if m.group("lo") else (top, None)
