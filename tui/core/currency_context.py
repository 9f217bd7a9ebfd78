"""The currency a text means by an ambiguous sign or word, read from the text.

* A declaration at the top or the bottom of an article ("All figures in Canadian
  dollars unless otherwise noted", "Tous les montants sont en dollars
  canadiens", "All figures in Mexican pesos") makes a bare "$" or "dollars"
  that currency (the pesos of the Americas are written "$" at home); "US$",
  "$US", "USD" and "U.S. dollars" keep their own.
* A French text that names Quebec (its cities, its institutions) means
  Canadian dollars by a bare "$" or "dollars", as Quebec's press writes them,
  unless one of its amounts is written in Canadian dollars ("dollars
  canadiens", "$ CA"): then a bare one is American, as the press of France
  writes it.
* A currency name shared by several countries ("francs CFA": XOF or XAF;
  "dirhams": MAD or AED) takes the one whose countries, cities or central bank
  the text names, when only one of them is named; otherwise it stays unknown.

* A sum in "dollars" said in a quotation ("We built it for half a billion
  dollars") in an English text about one dollar country is that country's
  dollar (:mod:`tui.core.currency_spoken`).

Amounts that continue a stated currency ("£900m ... the remaining 600m") are
read by :mod:`tui.core.currency_continued`.

The words are data (``context_currencies`` in ``data/currency_words.json``).
:func:`apply` rewrites the figures of :func:`tui.core.money.find_figures`; it
costs nothing on a text that needs neither rule.
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache
from typing import Any

from .currencies import word_data
from .model import Figure
from .dollar_countries import converts, home_dollars, release_head, us_places, wire_place
from .regional_dollar import item_dollars, regional_dollar
from .text_blocks import ITEM_LABEL, heading_start, item_starts, item_text

_EDGE = 3000  # a declaration stands near the top or the bottom of an article


@lru_cache(maxsize=1)
def _data() -> tuple[re.Pattern[str], dict[str, str], list[tuple[re.Pattern[str], dict[str, list[str]]]], re.Pattern[str]]:
    d: dict[str, Any] = word_data()["context_currencies"]
    names: dict[str, str] = {}  # "canadian dollars" / "dollars canadiens" -> "CAD"
    for noun, table in (("dollars", d["declared_dollars"]), ("pesos", d["declared_pesos"])):
        for adjective, code in table.items():
            names[f"{adjective} {noun}".lower()] = names[f"{noun} {adjective}".lower()] = code
    alt = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(names, key=len, reverse=True))
    declaration = re.compile(
        rf"(?i:(?:figures|amounts|numbers|prices|montants|chiffres)\b[^.\n]{{0,40}}?\b(?:in|en)\s+(?P<a>{alt})\b)"
    )
    shared = [(re.compile(re.escape(word.lower())), codes) for word, codes in d["shared_names"].items()]
    aliases = {alias: word for alias, word in d["shared_aliases"].items() if alias != "_doc"}
    shared += [(re.compile(rf"(?<![^\W\d_]){re.escape(alias)}(?![^\W\d_])"), d["shared_names"][word]) for alias, word in aliases.items()]  # "612 DH", "Dh1.1bn"
    own_us = re.compile(r"US\$|\$\s?US|USD|U\.S\.|\bUS\b|américains?|american", re.I)
    return declaration, {k.lower(): v for k, v in names.items()}, shared, own_us


def own_us() -> re.Pattern[str]:
    """A dollar marked as the US one: "US$", "$US", "USD", "U.S.", "américains"."""
    return _data()[3]


def declared_currency(text: str) -> tuple[str, str] | None:
    """(code, "dollars" or "pesos") when ``text`` declares what a bare "$" means."""
    declaration, names, _, _ = _data()
    for part in (text[:_EDGE], text[-_EDGE:] if len(text) > _EDGE else ""):
        m = declaration.search(part)
        if m:
            phrase = m.group("a").lower()
            return names[" ".join(phrase.split())], "pesos" if "peso" in phrase else "dollars"
    return None


def _shared_code(text: str, low: str, codes: dict[str, list[str]]) -> str | None:
    """The one code among ``codes`` whose cue words occur in the text; "" when
    several do (then the nearest one decides, :func:`nearest_code`)."""
    found = [code for code, cues in codes.items() if any(c in low for c in cues)]
    return found[0] if len(found) == 1 else "" if found else None


_NEAR = 300  # characters either side of an amount
_ARTICLE = 30_000  # characters: about one article (a long text is many): the block where a country is counted


#: per block of text and table of cues: how often each code's cues are named, most first
CueCounts = dict[tuple[int, int], list[tuple[int, str]]]


def nearest_code(low: str, pos: int, codes: dict[str, list[str]], most: CueCounts, *, local: bool = False) -> str | None:
    """The code whose cues alone are named in the sentence of ``pos`` ("85
    milliards de francs CFA" in a sentence about Dakar), else in its paragraph,
    nearest first ("9,6 milliards" after "sa filiale camerounaise"), else the
    one the text names twice as often (counted once per block of text into
    ``most``); None when the sentence names both ("À Dakar et à Douala").  A cue counts at the start
    of a word, alone or as a demonym's start ("egypt" in "egyptian", not "oman"
    in "woman" nor "inde" in "index"). ``local``: "" where neither the sentence nor the paragraph names one (no fallback)."""
    start = max(par := heading_start(low, low.rfind("\n", 0, pos) + 1), pos - _NEAR)
    end = low.find("\n", pos)
    end = min(end if end >= 0 else len(low), pos + _NEAR)
    sentence = (max(start, low.rfind(". ", start, pos) + 1), min(end, i if (i := low.find(". ", pos, end)) >= 0 else end))
    label = (par, m.end()) if (m := ITEM_LABEL.match(low, par, pos)) else None  # a newsletter item's country: "1. Royaume-Uni – …"
    for lo, hi in (sentence, label, (start, end)) if label else (sentence, (start, end)):
        distance = {}
        for code, cues in codes.items():
            near = [abs(i - pos) for c in cues for i in (_cue_before(low, c, lo, min(pos, hi)), _cue_after(low, c, pos, hi)) if i >= 0]
            if near:
                distance[code] = min(near)
        if distance and (lo, hi) not in (sentence, label) and (strong := most_often(low, pos, codes, most, 3)) is not None:
            return strong  # an article about Morocco, a paragraph naming an Emirati partner: the dirham is Moroccan
        if len(distance) == 1:
            return next(iter(distance))
        if len(distance) > 1:
            if (lo, hi) == sentence:
                return None
            ranked = sorted(distance.items(), key=lambda kv: kv[1])
            return ranked[0][0] if ranked[0][1] < ranked[1][1] else None
    return "" if local else most_often(low, pos, codes, most, 2)


def most_often(low: str, pos: int, codes: dict[str, list[str]], most: CueCounts, times: int) -> str | None:
    """The code whose cues the block of text around ``pos`` names ``times`` times
    as often as any other's (and at least three times when ``times`` is three or
    more: a strong lead); counts cached in ``most``."""
    key = (id(codes), pos // _ARTICLE)  # the country the article is mostly about (counted once per block)
    if key not in most:
        lo, hi = key[1] * _ARTICLE, (key[1] + 1) * _ARTICLE
        most[key] = sorted(((sum(cue_count(low, c, lo, hi) for c in cues), code) for code, cues in codes.items()), reverse=True)
    counts = most[key]
    floor = 3 if times >= 3 else 1
    return counts[0][1] if counts[0][0] >= floor and (len(counts) == 1 or counts[0][0] >= times * counts[1][0]) else None


#: what may follow a country's name in the same word: its demonyms ("egypt-ian", "kenya-n",
#: "israel-i", "maroc-ain", "tunisi-en"), not any word it starts ("inde-x", "oman-i" is fine)
DEMONYM_ENDS = frozenset(("", "n", "an", "ian", "ien", "ienne", "iens", "iennes", "ain", "aine", "ains", "aines", "ais",
                          "aise", "i", "is", "ese", "ish", "ic", "ois", "oise", "s", "e", "es"))


def cue_at(low: str, i: int, n: int) -> bool:
    """Whether the cue of length ``n`` found at ``i`` stands as a word or a demonym's start."""
    if i and low[i - 1].isalnum():
        return False
    j = i + n
    while j < len(low) and low[j].isalpha() and j - i - n <= 5:
        j += 1
    return low[i + n : j] in DEMONYM_ENDS


def _cue_before(low: str, cue: str, lo: int, hi: int) -> int:
    i = low.rfind(cue, lo, hi)
    while i >= 0 and not cue_at(low, i, len(cue)):
        i = low.rfind(cue, lo, i)
    return i


def _cue_after(low: str, cue: str, lo: int, hi: int) -> int:
    i = low.find(cue, lo, hi)
    while i >= 0 and not cue_at(low, i, len(cue)):
        i = low.find(cue, i + 1, hi)
    return i


def cue_count(low: str, cue: str, lo: int, hi: int) -> int:
    if not low.count(cue, lo, hi):
        return 0  # (most cues: a count in C first)
    n, i = 0, _cue_after(low, cue, lo, hi)
    while i >= 0:
        n, i = n + 1, _cue_after(low, cue, i + 1, hi)
    return n


_AMERICAN = re.compile(r"\b(?:bourse de new york|new york stock exchange|wall street|nasdaq|nyse)\b")  # (a US listing, not a market: "vers les États-Unis")


def _sentence(low: str, pos: int) -> str:
    """The sentence of ``low`` around ``pos`` (from the last full stop or line break)."""
    start, end = sentence_span(low, pos)
    return low[start:end]


def sentence_span(low: str, pos: int) -> tuple[int, int]:
    """Where the sentence of ``low`` around ``pos`` starts and ends (see :func:`_sentence`)."""
    lo, hi = max(0, pos - 600), min(len(low), pos + 600)  # (bounded: a text of dollar signs and no full stop stays linear)
    start = max(low.rfind(". ", lo, pos), low.rfind("\n", lo, pos), lo - 1) + 1
    return start, min((i for i in (low.find(". ", pos, hi), low.find("\n", pos, hi)) if i >= 0), default=hi)


def home_counts(low: str) -> dict[str, int]:
    """How often the text names each dollar country (``home_dollars``; "USD": the United States),
    counted in the first article of a long text, as a declaration is read near its top."""
    head = min(len(low), _ARTICLE)
    return {code: sum(cue_count(low, c, 0, head) for c in cues) for code, cues in home_dollars().items()}


def named_dollars() -> dict[str, str]:
    """A dollar named by its country, in either order ("new zealand dollars", "dollars canadiens") -> its code."""
    return {name: code for name, code in _data()[1].items() if "dollars" in name}


def _us_places(low: str, marked: tuple[int, ...] = (), bare: tuple[int, ...] | None = None) -> bool:
    """Whether the first article names a US state or city of :func:`us_places` ("Kentucky") in a sentence with no amount
    at ``marked`` ("barrels from Kentucky cost US$180") and, if given, one at ``bare`` ("In Kentucky, expect $120")."""
    head = min(len(low), _ARTICLE)
    for c in us_places():
        i = _cue_after(low, c, 0, head) if low.count(c, 0, head) else -1
        while i >= 0:
            s, e = sentence_span(low, i)
            if not any(s <= a < e for a in marked) and (bare is None or any(s <= a < e for a in bare) or release_head(low[s:e])):  # (a release's dateline: "OAKLAND, Calif. (GLOBE NEWSWIRE)")
                return True
            i = _cue_after(low, c, i + 1, head)
    return False


def _home_dollar(figures: list[Figure], low: str) -> tuple[str, str] | None:
    """("AUD", "$") when an English text is about Australia (its cities, exchange,
    regulators named three times or more, twice as often as the United States')
    and writes no amount in Australian dollars explicitly: the Australian press
    writes its dollar "$" ("$410m", "33¢"); so do New Zealand's, Canada's,
    Singapore's and Hong Kong's (``home_dollars`` in the data).  A text that
    writes "A$" means the US dollar by a bare "$", as the wires do, unless it
    marks its US dollars at least three times and twice as often ("C$4.6 billion,
    or about US$3.4 billion ... US$120 million": the Canadian Press) and writes
    its own with a sign fewer than three times, or unless it marks its own in
    the title and lead ("A$640m"), never marks a US dollar, names no US place,
    converts nothing and writes "$" at least twice as often after that; one that
    writes "NZ$" is not about New Zealand's own: the next country's may be."""
    counts = home_counts(low)
    us = us_named = counts.pop("USD")
    us_marks = tuple(f.start for f in figures if f.currency == "USD" and _data()[3].search(f.text) is not None)  # "US$180"
    marked = len(us_marks)
    hyphen = any(f.text.startswith("$") and f.text.endswith(("-million", "-billion")) for f in figures)  # "$20.7-million": Canadian house style
    us = 0 if marked >= 3 or marked and hyphen and counts["CAD"] >= 3 else us  # (a text that marks its US dollars "US$" again and again, or
    # once in a Canadian paper's style, writes its own as "$": "sales to the U.S. Northeast, about US$37-million")
    bare = {a for f in figures if f.text.startswith("$") for a in (f.amount, f.amount_max) if a is not None and a != 1}  # (not a rate line's "A$1 = $0.65")
    restated = {f.currency for f in figures if f.currency in counts and not f.text.startswith("$") and not f.implied and f.amount in bare}
    converted = converts(figures, low)  # "A$2.1 billion ($1.37 billion)": "$" is the US one
    in_us = any(f.currency == "USD" and "(" in low[max(0, f.start - 10) : f.start] for f in figures)  # "C$250 million (about US$180 million)": a wire's
    if len(restated) == 1 and counts[home := next(iter(restated))] >= 2 and marked < 3 and not converted:
        return home, "$"  # an amount the text also writes "$" ("NZ$780 million" in the lead, "$780m" in the headline): its own dollar
    us_first = bool(figures) and figures[0].currency == "USD" and _data()[3].search(figures[0].text) is not None
    release = release_head(low)  # a company's release: its dateline and "About" section name its own country
    us_near = sum(cue_count(low, c, *sentence_span(low, a)) for a in us_marks[:3] for c in home_dollars()["USD"]) if us_named and not release else 0  # "exports to Texas at US$38" (not a US release's "US$226 million")
    plain = sum(f.text.startswith("$") and _data()[3].search(f.text) is None for f in figures)  # bare "$" amounts ("$US4.5 million" is marked)
    signs = {c: sum(f.currency == c and not f.implied and not f.text.startswith("$") for f in figures) for c in counts}  # own dollar written marked
    for c, n in signs.items():  # a dollar the text marks again and again ("NZ$64m" … "NZ$4.50"), twice as often as any other, is not its own
        if n >= 3 and all(n >= 2 * m for d, m in signs.items() if d != c) and plain >= 3 and any(counts[d] >= max(3, counts[c] / 2) for d in counts if d != c):
            counts.pop(c)
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])  # (a Melbourne story that buys an Auckland rival: Australian)
    place = wire_place(low)  # an agency filing from abroad writes "$" for the US dollar ("OSLO (Reuters) - ... ($870 million)")
    while ranked:
        if ranked[0][1] < max(3, 2 * us) or len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1] or place is not None and not any(cue_count(place, c, 0, len(place)) for c in home_dollars()[ranked[0][0]]):
            return None
        home = ranked.pop(0)[0]
        written = signs[home]  # ("$20 million CAD" is a "$")
        globe = hyphen and home == "CAD"
        # one that marks "US$" no more often than its own, names no other country (but one whose dollar it marks too, if it marks its own at most
        # twice: "NZ$8 million (A$7.4 million)" in an Australian paper), nor the US, nor a US state or city ("Kentucky", but for
        # one in the sentence of a "US$" amount) and never converts keeps "$" for its own: "NZ$612m ... $2.63 ... US$356m"
        own_first = 0 < marked <= written and (sum(counts.values()) == counts[home] or written <= 2 and all(signs[c] and counts[home] >= 2 * n for c, n in counts.items() if n and c != home)) and not ((us_named > us_near if written <= 2 else us_named) or converted or in_us or _us_places(low, us_marks, tuple(f.start for f in figures if f.text.startswith("$"))))
        # a home paper's style: its own dollar marked in the title and lead ("A$640m"), then "$" again and again, no US dollar anywhere
        # (a blog may open on a "$2,400" before "C$6.2m"; not an agency's, a release's or a text naming a US place: "LEXINGTON, Ky.")
        lead = (figures[0].currency if place is not None or release or _us_places(low) else next((f.currency for f in figures if not f.text.startswith("$")), None)) == home and written >= 2 and not marked and not (us_named or converted or in_us) and len(bare) >= 2 * written
        # a text that marks its own dollar ("C$118.5 million"), leads with a US one ("US$210 Million" in the title) and never
        # converts a US amount into its own ("US$610 million, or roughly $835 million CAD") counts in US dollars
        us_led = us_first and not any(
            a.currency == "USD" and b.currency == home and b.start - a.end < 25 and _data()[3].search(a.text) for a, b in zip(figures, figures[1:]))
        # a blog that marks its own dollar again and again ("NZ$410,000", "NZD 6,900") and lets a "$1,850" slip, no agency's
        slips = place is None and written >= 4 and (not marked or not bare and written >= 3 * marked) and not (us_named or converted or in_us or _us_places(low) or "us dollar" in low)  # (or no "$" at all: "Fifteen thousand dollars")
        if not written or not us_led and (marked >= 3 and marked >= 2 * written and written < 3 or globe and (marked >= written or marked and not release)) or own_first or lead or slips:
            return home, "$"  # (a text that writes "A$" three times or more marks every currency: its bare "$" is the wires')
    return None  # (the text's other dollar written as such, "NZ$310m": the next country's may be its own)


def apply(figures: list[Figure], text: str, low: str | None = None, lang: str | None = None) -> list[Figure]:
    """``figures`` with the currencies the text declares or implies (see above); then
    the amounts implied after a conversion (once the currencies are known: "3,47 MMDH,
    soit près de 320 millions d'euros" is in dirhams only where Casablanca is named)."""
    from .currency_spoken import spoken  # (it reads this module's dollar countries: imported here, once it is loaded)

    return _past_conversions(spoken(_declared(figures, text, low, lang), text, low, lang), text)


def _declared(figures: list[Figure], text: str, low: str | None, lang: str | None) -> list[Figure]:
    """``figures`` with the currencies the text declares, or names by its places."""
    money = [f for f in figures if f.kind == "money"]
    dollars = [f for f in money if f.currency == "USD" and not f.implied and (
        "$" in f.text or "dollar" in f.text.lower() or f.text.endswith(("cents", "¢", "bucks")) or f.text[-1:] == "c" and f.text[-2:-1].isdigit()
    )]  # (and "4.5c", a dollar's cents in Sydney)
    _, _, shared, own_us = _data()
    unknown = [f for f in money if f.currency is None]
    if not dollars and not unknown:
        return figures
    changed: dict[int, str] = {}
    lowered = low if low is not None else text.lower()  # (once)
    declared = declared_currency(text) if dollars else None
    if dollars and declared is None:
        declared = regional_dollar(money, text, lowered, lang, own_us)
    if dollars and declared is None and lang != "fr":
        declared = _home_dollar(money, lowered)
    elif dollars and declared is None and (qc := word_data()["context_currencies"]["regional_dollar"]) and not any(f.currency == qc["code"] for f in money):  # "Au Québec, X … pour 45 M$"
        if cues := [c for c in qc["cues"] if c in lowered]:
            changed.update((f.start, qc["code"]) for f in dollars if "$" in f.text and not own_us.search(f.text) and any(c in _sentence(lowered, f.start) for c in cues))
    elif dollars and declared is None:  # a letter's item about Quebec: "2. CANADA — À Montréal, … 16,80 $"
        changed.update(item_dollars(dollars, text, lowered, own_us))
    if dollars and declared is not None and declared[0] != "USD":
        code, noun = declared
        after = {a.start: b for a, b in zip(money, money[1:]) if b.start - a.end < 12}
        items = item_starts(lowered, text) if noun == "near" else []
        quebec = word_data()["context_currencies"]["regional_dollar"]["cues"]
        stated = [f for f in money if f.currency == code and not f.implied and "$" not in f.text]  # "340 millions de dollars canadiens"
        for f in dollars:
            if _INTO_OTHER.search(text, max(0, f.start - 30), f.start) and any(0 < f.start - g.end < 120 and SENTENCE_END.search(text, g.end, f.start) is None for g in stated):
                continue  # "340 millions de dollars canadiens … soit quelque 305 M$ au total": converted into the other dollar
            if f.text.endswith(("cents", "cent", "¢", "c")) and (b := after.get(f.start)) and b.currency == "USD" and own_us.search(b.text):
                continue  # "down 41 cents at US$67.43 per barrel": cents of the US dollar
            if len(items) >= 2 and not any(map(item_text(lowered, f.start, items).__contains__, quebec)):  # (the item read once)
                continue  # a letter of France's press, item by item: "2. DUBAÏ – … (soit 41 M$)", "LE CHIFFRE DE LA SEMAINE : 4,8 Mds$" are American
            if not own_us.search(f.text) and (noun in ("dollars", "$", "near") or "$" in f.text) and not (
                noun in ("dollars", "near") and "dollar" in f.text and _AMERICAN.search(_sentence(lowered, f.start))
            ):  # (a Montréal dispatch's "Iron Mountain, coté à la Bourse de New York, ... 6,4 milliards de dollars": American)
                changed[f.start] = code
    if unknown:
        code_of: dict[int, str | None] = {}  # shared name (its cue table) -> its code in this text, looked up once
        most: CueCounts = {}
        for f in unknown:
            written = f.text.lower()
            for name, codes in shared:
                if name.search(written):
                    if id(codes) not in code_of:
                        code_of[id(codes)] = _shared_code(text, lowered, codes)
                    code = code_of[id(codes)] if code_of[id(codes)] != "" else nearest_code(lowered, f.start, codes, most)
                    if code is not None:
                        changed[f.start] = code
                        break
    return rewrite(figures, changed, text)


_INTO_OTHER = re.compile(r"(?:\bsoit|\()[ \u00a0]*(?:(?:environ|quelque|près de|about|around|approximately|roughly|some)[ \u00a0]+)?\Z")  # "…, soit quelque 305 M$"
_CONVERSION_BEFORE = re.compile(r"(?:\b(?:soit|ou|or|i\.e\.|about|environ|approximately|roughly)|\()[ \u00a0]*(?:(?:environ|about|près de|approximately|roughly|some|quelque|around|nearly|almost)[ \u00a0]+)?\Z")


def _past_conversions(figures: list[Figure], text: str) -> list[Figure]:
    """An implied amount after a conversion takes the currency converted, not
    the conversion's: "MGX apportera 12 Md€, soit environ 48 milliards de
    dirhams, les partenaires français 8 milliards" (euros)."""
    changed: dict[int, str] = {}
    h = g = None  # the last two amounts stated with their currency
    for f in figures:
        if f.kind != "money":
            continue
        if not f.implied:
            h, g = g, f
        elif g is not None and h is not None and g.currency == f.currency and h.currency not in (None, g.currency) and (
            g.start - h.end < 40 and _CONVERSION_BEFORE.search(text, max(0, g.start - 24), g.start)
        ):
            changed[f.start] = h.currency
    return rewrite(figures, changed) if changed else figures


def rewrite(figures: list[Figure], changed: dict[int, str], text: str | None = None) -> list[Figure]:
    """``figures`` with the currencies ``changed`` gives (figure start -> code);
    an implied amount after a rewritten one follows it ("$940 million ... up from
    800 million" in Canadian dollars, "900 millions" after "2,4 milliards de francs"),
    across a conversion into another currency when ``text`` is given ("40 M$ ... soit
    environ 20,1 millions de dollars américains ... jusqu'à 50 millions": Canadian)."""
    if not changed:
        return figures
    out, last = [], (None, None)  # the last written currency: (as read, as rewritten)
    for f in figures:
        if f.kind == "money":
            code = changed.get(f.start)
            if f.implied and f.currency == last[0] and last[1] != last[0]:
                code = last[1]
            elif not f.implied and not (text is not None and last[1] not in (None, code or f.currency) and _CONVERSION_BEFORE.search(text, max(0, f.start - 30), f.start)):
                last = (f.currency, code or f.currency)
            if code is not None:
                f = dataclasses.replace(f, currency=code)
        out.append(f)
    return out


SENTENCE_END = re.compile(r"[.;!?](?:\s|\Z)|\n")  # (also read by currency_gates)
