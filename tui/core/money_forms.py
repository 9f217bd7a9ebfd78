"""Amounts the number grammar of :mod:`tui.core.money` does not read.

* A symbolic price in words: "la marque à un euro symbolique", "cédée pour un
  dollar symbolique", "sold for a symbolic one pound".  Number words are read
  only before a scale word ("un milliard"), so a single unit in words is no
  figure on its own: "un euro" is as often the currency itself ("un euro fort")
  as an amount.  "symbolique" / "symbolic" says it is a price ("nominal" is not
  enough: "in nominal dollar terms").
* A thousand or hundreds in French words: "une prime de mille euros", "cinq
  cents euros" ("deux mille euros" is the grammar's, from its scale word;
  "mille livres" may be books).
* A Swiss price with its centimes after the franc: "6 fr. 50" (CHF 6.50),
  "12 fr. 80 par nuitée"; in French, an amount in francs written "fr." after it,
  "2,20 fr.", "31 millions de fr." ("25 Fr." is read by the grammar's symbols).
* A Nordic report's scaled code before the number: "MSEK 412" (412 million
  kronor), "MNOK 96", "TSEK 850" (thousands), "MEUR 142.7"; or after it: "DKKm 1,840".
* A few euros, yen, dollars or pounds in words: "moins de trois euros", "twelve euros",
  "ten yen", "two hundred dollars", "fifty pounds a week" (units and tens, and English
  hundreds; French hundreds and thousands are above; "un euro" is the currency); in
  English also hyphened into an adjective: "a fifty-euro gap", "a fifteen-pound kit".
* Percentages in words: "nine per cent", "between six and eight per cent",
  "dix pour cent" (a number before a percent word; digits are the grammar's).
* A Swiss price's ".–" (no centimes) belongs to it: "Fr. 250.–" (:func:`swiss_dash`).
* Percentages with a fraction: "66 2/3%", "66⅔ %", "33 1/3 per cent" (a
  vote threshold); the grammar reads no number after a "/".
* Cents in words, in English: "up four cents", "by twenty-five cents" (US
  cents, as "41 cents" is, until the text's context says whose); in French
  "six cents" is six hundred.

The figure is the amount and its currency as written, as for any other amount.
"""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal
from functools import lru_cache

from .currencies import word_data
from .model import Figure
from .numbers import lookup_scale, parse_number, parse_spelled, spelled_regex, spelled_tables
from .textscan import literal_positions

_CODES = {"euro": "EUR", "dollar": "USD", "pound": "GBP", "yen": "JPY", "francs suisses": "CHF"}  # a currency word, singular (or a name in full)
_FR = re.compile(r"\b(?:un|1) (euro|dollar)(?= symbolique\b)")
_MILLE = re.compile(r"mille (euro|dollar)s?(?! symbolique)\b")


@lru_cache(maxsize=1)
def _hundreds() -> re.Pattern[str]:
    """Hundreds in French words before euros or dollars: "cinq cents euros", "cent dollars" (no thousand: the grammar's)."""
    units = "un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|vingt|trente|quarante|cinquante|soixante|quatre-vingts?"
    return re.compile(rf"(?<![\w-])((?:(?:{units})[ -])?cents?(?:[ -](?:et[ -])?(?:{units}))?) (euro|dollar)s?\b")


@lru_cache(maxsize=1)
def _few_euros() -> re.Pattern[str]:
    """Units and tens in words (after thousands and hundreds) before "euros", "yen", "dollars", "pounds" or "francs
    suisses": "trois euros", "cent vingt euros", "ten yen", "seventy-seven thousand eight hundred and ninety pounds"."""
    units = "|".join(sorted((w for w in spelled_tables()[0] if " " not in w), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])((?:(?:(?:{units})[ -])?mille[ -])?(?:(?:(?:{units})[ -])?cents?[ -])?(?:{units})(?:[ -](?:et[ -]|and[ -])?(?:{units}|hundred|thousand)){{0,6}}) (euros|yen|dollars|pounds|francs suisses)\b")


@lru_cache(maxsize=1)
def _hyphened() -> re.Pattern[str]:
    """Units and tens in words hyphened into an adjective: "a fifty-euro gap", "a fifteen-pound kit", "twenty-five-dollar"."""
    units = "|".join(sorted((w for w in spelled_tables()[0] if " " not in w and w.isalpha()), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])((?:{units})(?:-(?:{units}|hundred)){{0,2}})-(euro|yen|dollar|pound)(?![\w-])")


#: a round number about which an amount is ("une quarantaine de millions d'euros": about forty million)
_ABOUT_VALUES = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40, "cinquantaine": 50,
                 "soixantaine": 60, "centaine": 100}
_ABOUT_CODES = {"euros": "EUR", "dollars": "USD", "livres": "GBP", "francs suisses": "CHF"}
_ABOUT = re.compile(rf"(?<![\w-])(?:une |la |d['’]une )?({'|'.join(_ABOUT_VALUES)}) de (millions|milliards) (?:d['’]|de )({'|'.join(_ABOUT_CODES)})\b")
_EN = re.compile(r"(?<=\bsymbolic )(?:one )?(euro|dollar|pound)\b(?! (?:sign|amount|value|figure|price|terms?)s?\b)")
_UNITS = "one two three four five six seven eight nine".split()
_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
_TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_CENTS = re.compile(rf"(?<![\w-])(?:({'|'.join(_TENS)})(?:[- ]({'|'.join(_UNITS)}))?|({'|'.join(_TEENS + _UNITS)})) cents?(?![\w-])")
_FRANCS = re.compile(  # a Swiss amount in francs written "fr." after it: "2,20 fr.", "31 millions de fr."
    r"(?<![\w.,'’])(\d{1,3}(?:['’\u00a0\u202f ]\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?:[ \u00a0](millions?|milliards?|mio|mia))?(?:[ \u00a0]de)?[ \u00a0]fr\.\Z"
)
_SWISS = re.compile(r"(?<![\w.,'’])(\d{1,3}(?:['’\u00a0\u202f ]\d{3})*|\d+)[ \u00a0\u202f]fr\.[ \u00a0\u202f](\d{2})(?!\d|[.,]\d)")


_VULGAR = {"½": (1, 2), "⅓": (1, 3), "⅔": (2, 3), "¼": (1, 4), "¾": (3, 4), "⅛": (1, 8), "⅜": (3, 8), "⅝": (5, 8), "⅞": (7, 8)}
_FRACTION = re.compile(
    r"(?<![\w.,/])(?:(\d{1,3})(?:[ \u00a0\u202f]?([½⅓⅔¼¾⅛⅜⅝⅞])|[ \u00a0](\d)/(\d))|(\d)/(\d)|([½⅓⅔¼¾⅛⅜⅝⅞]))"
    r"(?![\w/])[ \u00a0\u202f]?(?:%|(?i:per ?cent|pour ?cent)\b)"
)
_FRACTION_KEYS = re.compile("[/½⅓⅔¼¾⅛⅜⅝⅞]")  # (one pass over the text: faster than a find per key)


def _fractions(text: str) -> list[Figure]:
    """Percentages with a fraction: "66 2/3%", "66⅔ %", "3/4 per cent"."""
    found, end = [], -1
    for k in _FRACTION_KEYS.finditer(text):
        i = k.start()
        if i < end or text[i] == "/" and text[i + 1 : i + 2] not in ("2", "3", "4", "8") or not (m := _FRACTION.search(text, max(0, i - 6), i + 20)) or not m.start() <= i < m.end():
            continue
        whole, glyph, num, den, num2, den2, glyph2 = m.groups()
        num, den = _VULGAR[glyph or glyph2] if glyph or glyph2 else (int(num or num2), int(den or den2))
        if den and 0 < num < den:
            value = round(int(whole or 0) + num / den, 3)
            found.append(Figure("percent", m.group(), m.start(), m.end(), value=value))
            end = m.end()
    return found


_SCALED_CODES = "SEK|NOK|DKK|ISK|EUR|USD|GBP|CHF"
_CODE_NUMBER = r"(\d{1,3}(?:[ \u00a0,.]\d{3})*(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![\w.,]\d)"  # a report's number after its scaled code
_CODE_SCALED = re.compile(r"(?<![\w.])(" + _SCALED_CODES + r")(m|bn|k)[ \u00a0]" + _CODE_NUMBER)
_CODE_SCALED_KEYS = re.compile(f"(?:{_SCALED_CODES})(?:m|bn|k)[ \u00a0]")  # (one pass: faster than a find per code)
_SCALED_CODE = re.compile(r"(?<![\w.])([MT])(SEK|NOK|DKK|EUR|USD)[ \u00a0]" + _CODE_NUMBER)


@lru_cache(maxsize=1)
def _spelled_percent() -> re.Pattern[str]:
    words = spelled_regex()
    return re.compile(
        rf"(?i:(?P<open>between |entre )?(?P<a>{words})(?:(?: and | et | to | à )(?P<b>{words}))? (?:per ?cent|percent|pour ?cent)\b)\Z"
    )


def find(text: str, low: str, lang: str) -> list[Figure]:
    """The symbolic prices and Swiss francs-and-centimes of ``text`` (``low``:
    its lower-cased form, same offsets); each found around its rare word, so a
    text without one costs a few ``str.find``."""
    found = []
    pattern, key = (_FR, " symbolique") if lang == "fr" else (_EN, "symbolic ")
    for i in literal_positions(low, (key,)):  # "un euro symbolique"; "a symbolic one pound"
        if m := pattern.search(low, max(0, i - 12), i + 30):
            found.append(Figure("money", text[m.start() : m.end()], m.start(), m.end(), 1.0, None, _CODES[m.group(1)]))
    if lang == "fr":
        for i in literal_positions(low, (" mille ",)):  # "une prime de mille euros" (not "deux mille euros": the grammar's)
            before = (low[max(0, i - 30) : i + 1].rsplit(None, 1)[-1:] or [""])[0].split("'")[-1]
            if (m := _MILLE.match(low, i + 1)) and before not in spelled_tables()[0] and before not in spelled_tables()[1]:
                found.append(Figure("money", text[m.start() : m.end()], m.start(), m.end(), 1000.0, None, _CODES[m.group(1)]))
        for i in literal_positions(low, (" cents euros", " cents dollars", " cent euros", " cent dollars")):  # "cinq cents euros"
            end = low.find(" ", i + 2) + 1
            m = next((m for m in _hundreds().finditer(low, max(0, i - 40), end + 8) if m.start() <= i + 1 < m.end()), None)
            if m and (value := parse_spelled(m.group(1))):
                start, (values, mult, _, _) = m.start(), spelled_tables()
                while (b := low.rfind(" ", 0, start - 1) + 1) < start - 1 and (low[b : start - 1] in values or low[b : start - 1] in mult):
                    if (whole := parse_spelled(low[b : m.end(1)])) is None:
                        break
                    start, value = b, whole  # "mille deux cents euros", "trois mille deux cents euros"
                found.append(Figure("money", text[start : m.end()], start, m.end(), float(value), None, _CODES[m.group(2)]))
        for i in literal_positions(low, ("aine de millions ", "aine de milliards ")):  # "une quarantaine de millions d'euros"
            if m := _ABOUT.search(low, max(0, i - 24), i + 48):
                value = _ABOUT_VALUES[m.group(1)] * (1e6 if m.group(2) == "millions" else 1e9)
                found.append(Figure("money", text[m.start() : m.end()], m.start(), m.end(), value, None, _ABOUT_CODES[m.group(3)]))
    for i in literal_positions(low, (" euros", " yen", " dollars", " pounds", " francs suisses")):  # "moins de trois euros", "ten yen", "cent vingt euros"
        end = i + next(len(w) for w in (" euros", " dollars", " pounds", " francs suisses", " yen") if low.startswith(w, i))
        if (m := next((m for m in _few_euros().finditer(low, max(0, i - 60), end) if m.end() == end), None)) and (value := parse_spelled(m.group(1))) and value >= 2:
            found.append(Figure("money", text[m.start() : m.end()], m.start(), m.end(), float(value), None, _CODES.get(m.group(2)) or _CODES[m.group(2).removesuffix("s")]))
    if lang == "en":
        for i in literal_positions(low, ("-euro", "-dollar", "-pound", "-yen")):  # "a fifty-euro gap", "a fifteen-pound kit"
            if (m := next((m for m in _hyphened().finditer(low, max(0, i - 30), i + 8) if m.end(1) == i), None)) and (value := parse_spelled(m.group(1))):
                found.append(Figure("money", text[m.start() : m.end()], m.start(), m.end(), float(value), None, _CODES[m.group(2)]))
        for i in literal_positions(low, (" cent",)):  # "up four cents"
            if m := _CENTS.search(low, max(0, i - 14), i + 7):
                value = float(parse_spelled(m.group().rsplit(" ", 1)[0]) or 0) / 100
                found.append(Figure("money", text[m.start() : m.end()], m.start(), m.end(), value, None, "USD"))
    for i in literal_positions(low, ("fr. ", "fr.\u00a0", "fr.\u202f", "fr.\n")):  # "6 fr. 50", "2,20 fr.", "31 millions de fr."
        if m := _SWISS.search(text, max(0, i - 16), i + 8):
            amount = parse_number(m.group(1), lang) + Decimal(m.group(2)) / 100
            found.append(Figure("money", m.group(), m.start(), m.end(), float(amount), None, "CHF"))
        elif lang == "fr" and not text[i + 3 : i + 5].strip()[:1].isdigit() and (m := _FRANCS.search(text, max(0, i - 40), i + 3)):
            amount = parse_number(m.group(1), lang) * (lookup_scale(m.group(2)).value if m.group(2) else 1)
            found.append(Figure("money", m.group(), m.start(), m.end(), float(amount), None, "CHF"))
    for i in literal_positions(low, (" per cent", " percent", " pour cent")):  # "nine per cent"
        end = low.find("cent", i) + 4
        if low[end : end + 1].isalpha():
            continue  # "four to five percentage points": points, not a percentage
        if (m := _spelled_percent().search(text, max(0, i - 60), end)) and not text[m.start() - 1 : m.start()].isalnum():
            first, second = m.group("a", "b")
            if m.group("open") and second is None and len(parts := re.split(r" (?:and|et|to|à) ", first, maxsplit=1)) == 2:
                first, second = parts  # ("between six and eight": the number words' own "and" is the range's)
            a, b = parse_spelled(first), parse_spelled(second) if second else None
            if a is not None and (second is None) == (b is None) and (b is None or m.group("open") or b > a):
                s = m.start() if m.group("open") or b is None else m.start("a")
                found.append(Figure("percent", text[s:end], s, end, value=float(a), value_max=float(b) if b is not None else None))
    found += _fractions(text)
    for i in literal_positions(text, ("MSEK", "MNOK", "MDKK", "TSEK", "MEUR", "TEUR", "MUSD")):  # "MSEK 412", a Finnish report's "MEUR 142.7"
        if m := _SCALED_CODE.match(text, i):
            raw = m.group(3)
            if m.group(1) == "T" and re.fullmatch(r"\d{1,3}(?:\.\d{3})+", raw):
                raw = raw.replace(".", "")  # thousands have no decimals: a German "TEUR 84.350" is 84,350 thousand
            amount = parse_number(raw, lang) * (Decimal("1e6") if m.group(1) == "M" else Decimal("1e3"))
            found.append(Figure("money", m.group(), m.start(), m.end(), float(amount), None, m.group(2)))
    for k in _CODE_SCALED_KEYS.finditer(text):  # a report's "DKKm 1,840", "EURbn 2.1"
        if m := _CODE_SCALED.match(text, k.start()):
            amount = parse_number(m.group(3), lang) * {"m": Decimal("1e6"), "bn": Decimal("1e9"), "k": Decimal("1e3")}[m.group(2)]
            found.append(Figure("money", m.group(), m.start(), m.end(), float(amount), None, m.group(1)))
    return found


_SWISS_DASH = re.compile(r"\.[–-](?![\w\d–-])")


def swiss_dash(figures: list[Figure], text: str) -> list[Figure]:
    """``figures`` with a Swiss price's ".–" (no centimes) kept in its text: "Fr. 250.–", "CHF 12.-"."""
    out = []
    for f in figures:
        if f.kind == "money" and f.currency == "CHF" and f.text[-1:].isdigit() and (m := _SWISS_DASH.match(text, f.end)):
            f = dataclasses.replace(f, text=text[f.start : m.end()], end=m.end())
        out.append(f)
    return out


_CLOCK = re.compile(r"(?:[01]\d|2[0-3])[.:h][0-5]\d[ \u00a0]+[A-Z][a-z]")


def clock_led(text: str, fig: Figure) -> bool:
    """Whether ``fig`` is a live blog's time before a heading that opens with a
    currency's name, at a line's start ("09.12 Sterling slips below $1.27")."""
    return fig.kind == "money" and (fig.start == 0 or text[fig.start - 1] == "\n") and _CLOCK.match(fig.text) is not None


_CONSTANT = re.compile(r"(?:19|20)\d\d[ \u00a0](?i:dollars|euros|pounds|francs)\Z")


def constant_money(text: str, fig: Figure) -> bool:
    """Whether ``fig`` is the year of a constant currency ("$1.10 per mile in 2030 dollars"), not an amount."""
    return fig.kind == "money" and text.endswith(("in ", "In "), 0, fig.start) and _CONSTANT.match(fig.text) is not None


def named_or_weighed(text: str, fig: Figure) -> bool:
    """Whether ``fig`` is a name glued to a crown's letters in neither crown's spelling ("selon 36Kr"), or a weight
    ("its flagship 20-pound bag of seed"), not an amount."""
    return fig.kind == "money" and (_NAMED_KR.fullmatch(fig.text) is not None or fig.text.endswith("-pound") and _WEIGHED_THING.match(text, fig.end) is not None)


_NAMED_KR = re.compile(r"\d+Kr")  # (crowns are written "36 kr", "kr 36", "36 kr.")
_WEIGHED_THING = re.compile(r" (?:bags?|sacks?|boxe?s?|buckets?|blocks?|tubs?|bales?|wheels?|turkeys?|dumbbells?|weights?|loads?)\b")


@lru_cache(maxsize=1)
def _dollar_adjective() -> tuple[re.Pattern[str], dict[str, str]]:
    """(a French adjective of a dollar after "$", its code by adjective) from ``declared_dollars``."""
    declared = {k: v for k, v in word_data()["context_currencies"]["declared_dollars"].items() if not k.isascii() or k.endswith("s") or k.startswith("de ")}
    alt = "|".join(sorted(map(re.escape, declared), key=len, reverse=True))
    return re.compile(rf"[ \u00a0](?i:{alt})\b"), declared


def dollar_adjective(figures: list[Figure], text: str) -> list[Figure]:
    """``figures`` with a sum in "$" that an adjective follows ("entre 62 et 65 M$ australiens") in that dollar, the adjective in its text."""
    rx, codes = _dollar_adjective()
    out = []
    for f in figures:
        if f.kind == "money" and f.text.endswith("$") and (m := rx.match(text, f.end)):
            f = dataclasses.replace(f, text=text[f.start : m.end()], end=m.end(), currency=codes[m.group().strip().lower()])
        out.append(f)
    return out
