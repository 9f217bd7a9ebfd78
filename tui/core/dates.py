"""Dates written in article text, French or English (and other Babel locales).

Month and weekday names come from Babel (``get_month_names`` / ``get_day_names``,
wide and abbreviated, format and stand-alone, plus accent-free spellings), read
from a checked copy for the usual locales (``data/calendar_names.json``); the
regular expression is built once per language and cached.

Recognised forms: "3 novembre 2025", "1er nov. 2025", "lundi 3 novembre",
"April 18, 2012", "Monday, March 3rd, 2024", "18 April 2012", "2025-11-03"
(also "2025/11/03" and "2025.11.3", year first as in East Asian copy),
"03/11/2025" and "03.11.2025".

Numeric dates "a/b/yyyy": French (and other non-English) text reads them day
first; English reads them month first (US style) unless the first number is
above 12, in which case it is a day, or unless only the day-first reading falls
on a weekday the text names just after (British copy: "Published: 11/03/2026
... said on Wednesday").  If the preferred reading is impossible the other one
is used.

``find_date`` picks the article's date:

1. a date right after a publication marker ("publié le", "Published on",
   "Posted") wins; then one after an update marker ("Mis à jour", "Updated"),
   or the date before it on the same line ("Le 03/11 à 9h, mis à jour le 04/11");
2. otherwise the date cited most often, with a bonus for a date near the top of
   the text; ties go to the earliest mention.

Dates after "depuis", "since", "founded", "fondée le", "until", "à compter du",
a verb in the future tense... are treated as historical or future and ignored
(:mod:`tui.core.date_context`).  Bare years ("depuis 2019") and month-year
forms ("novembre 2025") are never dates.

A date without a year ("Ce lundi 3 novembre") takes the year most used by the
full dates of the same text (ties: the latest year).  When a weekday is written
and disagrees with that year, the year just before or after is tried.  Without
any full date, a weekday gives the most recent year, not after ``today``, in
which that day and month fall on that weekday; without a weekday the mention is
dropped.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
import unicodedata
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from .date_context import FUTURE, HISTORICAL, PUBLISHED, SIGNED, TO_COME, UPDATED

_LOCALES = {"en": ("en", "en_GB"), "fr": ("fr",)}
_NAMES = Path(__file__).with_name("data") / "calendar_names.json"
"""Babel's names for the usual locales, copied so that start-up need not load
Babel (tens of milliseconds); tests/core/test_calendar_names.py checks the copy."""
_SP = r"[ \u00a0\u202f]"
_YEAR = r"(?:19|20)\d\d(?!\d)"
_SCAN_LIMIT = 300_000  # longer texts: scan the head and the tail only



class DateMention(NamedTuple):
    """One date as written: ``year`` is None when the text gives no year."""

    start: int
    end: int
    year: int | None
    month: int
    day: int
    weekday: int | None = None
    marker: str | None = None  # "published", "updated" or None
    historical: bool = False


def _strip_accents(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


@lru_cache(maxsize=1)
def _stored_names() -> dict[str, dict[str, dict[str, dict[str, list[str]]]]]:
    return json.loads(_NAMES.read_text(encoding="utf-8"))["locales"]


def _babel_names(loc: str, kind: str, width: str, context: str) -> dict[int, str]:
    from babel.core import Locale

    return dict(getattr(Locale.parse(loc), kind)[context][width].items())


def _names(loc: str, kind: str, width: str, context: str) -> dict[int, str]:
    """Month (``kind="months"``, 1-12) or weekday (``"days"``, Monday = 0) names
    of a CLDR locale, as Babel's ``get_month_names`` / ``get_day_names`` give them."""
    stored = _stored_names().get(loc)
    if stored is None:
        return _babel_names(loc, kind, width, context)
    first = 1 if kind == "months" else 0
    return {number: name for number, name in enumerate(stored[kind][context][width], start=first)}


def _locales(lang: str) -> tuple[str, ...]:
    """Babel locales whose names are used for ``lang`` (English always added)."""
    base = _LOCALES.get(lang)
    if base is None and lang in _stored_names():
        base = (lang,)
    if base is None:
        import babel

        try:
            babel.Locale.parse(lang)
            base = (lang,)
        except (ValueError, babel.UnknownLocaleError):
            base = ()
    return tuple(dict.fromkeys(base + _LOCALES["en"]))


def _name_table(lang: str, kind: str) -> dict[str, tuple[int, bool, bool]]:
    """Map spelling -> (number, needs capital, abbreviation) from Babel's names."""
    table: dict[str, tuple[int, bool, bool]] = {}
    for loc in _locales(lang):
        capital = loc.startswith("en")
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for number, name in _names(loc, kind, width, context).items():
                    for spelling in {name, _strip_accents(name)}:
                        spelling = spelling.rstrip(".")
                        if len(spelling) >= 3 and spelling.lower() not in table:
                            table[spelling.lower()] = (number, capital, width == "abbreviated")
    return table


def _alternation(table: dict[str, tuple[int, bool, bool]]) -> str:
    """Regex alternation of names, longest first; English names need a capital;
    abbreviations may end with a dot."""
    parts = []
    for name in sorted(table, key=len, reverse=True):
        _, capital, abbreviation = table[name]
        head, tail = re.escape(name[0]), re.escape(name[1:])
        first = f"{head.upper()}" if capital else f"(?i:{head})"
        parts.append(f"{first}(?i:{tail})" + ("\\.?" if abbreviation else ""))
    return "(?:" + "|".join(parts) + r")(?![^\W\d_])"


class _Tables(NamedTuple):
    months: dict[str, tuple[int, bool, bool]]
    days: dict[str, tuple[int, bool, bool]]
    regexes: tuple[re.Pattern[str], re.Pattern[str]]  # dates starting with a digit / a month name


@lru_cache(maxsize=16)
def _tables(lang: str) -> _Tables:
    """Month/day tables and the date regex for ``lang`` (built once).

    Two regexes, one for dates starting with a digit and one for those
    starting with a capitalised month name, so the engine only stops at those
    characters; a weekday before the date is read in Python."""
    months = _name_table(lang, "months")
    days = _name_table(lang, "days")
    mon = _alternation(months)
    mon_cap = _alternation({k: v for k, v in months.items() if v[1]})
    ordinal = r"(?:er|st|nd|rd|th|e|º)?"
    digits = (
        rf"(?=\d)(?:(?P<d1>\d\d?){ordinal}{_SP}+(?:de{_SP}+)?(?P<m1>{mon})(?:,?{_SP}+(?:de{_SP}+)?(?P<y1>{_YEAR})|['’](?P<yy1>\d\d)(?!\d))?"
        r"|(?P<y3>(?:19|20)\d\d)(?P<s3>[-/.])(?P<m3>[01]?\d)(?P=s3)(?P<d3>[0-3]?\d)(?![\d/])"
        r"|(?P<a4>\d\d?)(?P<s4>[/.-])(?P<b4>\d\d?)(?P=s4)(?P<y4>(?:19|20)\d\d)(?![\d/])"
        r"|(?P<a5>\d\d?)/(?P<b5>\d\d?)/(?P<y5>\d\d)(?![\d/]))"  # "Publié le 30/04/26 à 16:02" (after a marker only)
    )
    names = rf"(?P<m2>{mon_cap}){_SP}+(?P<d2>\d\d?)(?:st|nd|rd|th)?(?![\w])(?:,?{_SP}+(?P<y2>{_YEAR}))?"
    return _Tables(months, days, (re.compile(digits), re.compile(names)))


_WEEKDAY_BEFORE = re.compile(rf"([^\W\d_]+)\.?,?{_SP}+$")


def _lookup(table: dict[str, tuple[int, bool, bool]], word: str | None) -> int | None:
    if not word:
        return None
    entry = table.get(word.rstrip(".").lower())
    return entry[0] if entry else None


def _valid(year: int | None, month: int, day: int) -> bool:
    try:
        _dt.date(year or 2000, month, day)  # 2000 is a leap year: 29 Feb allowed
    except ValueError:
        return False
    return True


def _numeric(a: int, b: int, lang: str) -> tuple[int, int] | None:
    """(month, day) for a numeric "a/b" date, following the module rule."""
    month_first = lang == "en" and a <= 12
    order = [(a, b), (b, a)] if month_first else [(b, a), (a, b)]
    for month, day in order:
        if 1 <= month <= 12 and 1 <= day <= 31:
            return month, day
    return None


def _mention(m: re.Match[str], tables: _Tables, lang: str) -> DateMention | None:
    """Turn one regex match into a DateMention (None when invalid)."""
    g, text, start = m.groupdict().get, m.string, m.start()
    if start > 0 and (text[start - 1].isalnum() or ((g("a4") or g("y3")) and text[start - 1] in "/.")):
        return None
    weekday = None
    if g("m1") or g("m2"):
        key = "1" if g("m1") else "2"
        month = _lookup(tables.months, g("m" + key))
        day, year_text = int(g("d" + key)), g("y" + key)
        year = int(year_text) if year_text else 2000 + int(g("yy1")) if key == "1" and g("yy1") else None  # "13 Jun'26"
        before = _WEEKDAY_BEFORE.search(text, max(0, start - 16), start)
        weekday = _lookup(tables.days, before.group(1)) if before else None
    elif g("y3"):
        year, month, day = int(g("y3")), int(g("m3")), int(g("d3"))
    elif g("y5"):
        if not (PUBLISHED.search(before := text[max(0, start - 30) : start]) or UPDATED.search(before)):
            return None  # a two-digit year only where the line says what the date is
        pair = _numeric(int(g("a5")), int(g("b5")), lang)
        if pair is None:
            return None
        (month, day), year = pair, 2000 + int(g("y5"))
    else:
        pair = _numeric(int(g("a4")), int(g("b4")), lang if g("s4") != "." else "fr")  # ("12.03.2026": day first, as dotted dates are)
        if pair is None:
            return None
        (month, day), year = pair, int(g("y4"))
    if month is None or not _valid(year, month, day):
        return None
    return DateMention(start, m.end(), year, month, day, weekday)


def _with_context(text: str, d: DateMention) -> DateMention:
    """Add marker / historical flags from the 40 characters before the date."""
    before = text[max(0, d.start - 40) : d.start]
    marker = "published" if PUBLISHED.search(before) or SIGNED.search(before) else "updated" if UPDATED.search(before) else None
    if marker and FUTURE.search(before):  # "le rapport annuel sera publié le 27 mars 2026": to come, not this text's date
        return DateMention(d.start, d.end, d.year, d.month, d.day, d.weekday, None, True)
    historical = marker is None and bool(HISTORICAL.search(before) or TO_COME.search(before))
    return DateMention(d.start, d.end, d.year, d.month, d.day, d.weekday, marker, historical)


def _matches(text: str, tables: _Tables, pos: int, endpos: int) -> list[re.Match[str]]:
    """Matches of both date regexes in ``text[pos:endpos]``, in order, without overlaps."""
    found = sorted((m for rx in tables.regexes for m in rx.finditer(text, pos, endpos)), key=lambda m: m.start())
    out: list[re.Match[str]] = []
    for m in found:
        if not out or m.start() >= out[-1].end():
            out.append(m)
    return out


def find_dates(text: str, lang: str) -> list[DateMention]:
    """Every date mention in ``text`` (year possibly missing), in text order."""
    tables = _tables(lang)
    if len(text) > _SCAN_LIMIT:
        windows = [(0, _SCAN_LIMIT - 20_000), (len(text) - 20_000, len(text))]
    else:
        windows = [(0, len(text))]
    found = []
    for pos, endpos in windows:
        for m in _matches(text, tables, pos, endpos):
            d = _mention(m, tables, lang)
            if d is not None:
                found.append(_with_context(text, d))
    return found


def parse_date(s: str, lang: str = "en") -> _dt.date | None:
    """The first complete date (with a year) written in ``s``, else None."""
    tables = _tables(lang)
    for m in _matches(s, tables, 0, len(s)):
        d = _mention(m, tables, lang)
        if d is not None and d.year is not None:
            return _dt.date(d.year, d.month, d.day)
    return None


def resolve_year(
    month: int, day: int, weekday: int | None, hint: int | None, today: _dt.date
) -> int | None:
    """Year of a day-month without year, by the rule in the module docstring."""

    def fits(year: int) -> bool:
        return _valid(year, month, day) and (weekday is None or _dt.date(year, month, day).weekday() == weekday)

    if hint is not None:
        for year in (hint, hint - 1, hint + 1):
            if fits(year):
                return year
        return hint if _valid(hint, month, day) else None
    if weekday is None:
        return None
    for year in range(today.year, today.year - 40, -1):
        if fits(year) and _dt.date(year, month, day) <= today:
            return year
    return None


def _year_hint(mentions: list[DateMention]) -> int | None:
    years = Counter(d.year for d in mentions if d.year is not None and not d.historical)
    if not years:
        return None
    return max(years, key=lambda y: (years[y], y))


def find_date(text: str, lang: str, *, today: _dt.date | None = None) -> _dt.date | None:
    """The article's date as stated in ``text`` (see the module docstring)."""
    today = today or _dt.date.today()
    mentions = [d for d in find_dates(text, lang) if not d.historical]
    hint = _year_hint(mentions)
    resolved: list[tuple[DateMention, _dt.date]] = []
    for d in mentions:
        weekday = d.weekday
        if d.year is None and weekday is None and d.start < _DATELINE_ZONE:
            weekday = _weekday_after(text, d.end, lang)  # "NEW YORK, Sept 9 (Reuters) - ... on Tuesday"
        year = d.year if d.year is not None else resolve_year(d.month, d.day, weekday, hint, today)
        if year is not None:
            resolved.append((d, _dt.date(year, d.month, d.day)))
    if not resolved:
        return None
    resolved = [(d, _day_month_by_weekday(text, d, date, lang)) for d, date in resolved]
    for d, date in resolved:
        if d.marker == "published":
            return date
    for d, date in resolved:
        if d.marker == "updated":  # "Le 03/11/2025 à 14h02, mis à jour le 04/11/2025": the first one
            same_line = [e for e, _ in resolved if e.start < d.start and "\n" not in text[e.end : d.start]]
            return next((dt for e, dt in resolved if e is same_line[0]), date) if same_line else date
    for d, date in resolved:
        if d.start < _DATELINE_ZONE and d.year is not None and _alone_on_line(text, d.start):
            return date  # a date line under the headline: "Wednesday 11 March 2026, 07:52 GMT · Markets desk"
    top = max(500, len(text) // 10)
    counts: Counter[_dt.date] = Counter(date for _, date in resolved)
    first: dict[_dt.date, int] = {}
    for d, date in resolved:
        first.setdefault(date, d.start)
    return max(counts, key=lambda date: (counts[date] + (1 if first[date] < top else 0), -first[date]))


def _alone_on_line(text: str, pos: int) -> bool:
    """Whether the date at ``pos`` opens a short line (a date line, not a sentence)."""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    before = text[a:pos].strip(" ,\u00a0")
    if _PLACE_LE.fullmatch(before) is not None:
        return True  # "Bordeaux, le 27 octobre 2026 – 17h45 – Orbis Vision (...) annonce ...": a release's dateline opens its first line
    return (not before or before in calendar_words(("fr", "en"))) and len(text[a : b if b >= 0 else len(text)]) <= 90 and a > 0


_PLACE_LE = re.compile(r"(?:[A-ZÉ][\w'’]*(?: [\w'’]+){0,3} [–—-] )?[A-ZÉ][\w'’-]*(?: [A-ZÉ][\w'’-]*){0,2}, le|[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,2}(?:, [A-Z][\w.]+(?: [A-Z][\w.]+)?)?")  # "Toulouse, le 9 juin 2026", "Information réglementée – Nantes, le", "NEW YORK, May 23, 2040 /PRNewswire/"


_NUMERIC_DATE = re.compile(r"\d\d?[/.-]\d\d?[/.-](?:19|20)\d\d")


def _day_month_by_weekday(text: str, d: DateMention, date: _dt.date, lang: str) -> _dt.date:
    """``date``, or its day and month swapped when an English text writes it
    "a/b/yyyy" with both numbers up to 12 and only the swapped one falls on a weekday the text
    names just after ("Published: 11/03/2026 ... said on Wednesday": 11 March in
    a British text, not 3 November)."""
    if lang != "en" or date.month == date.day or date.day > 12 or not _NUMERIC_DATE.fullmatch(text, d.start, d.end):
        return date
    swapped, named = _dt.date(date.year, date.day, date.month), _weekdays_named(text, d.end, lang)
    return swapped if swapped.weekday() in named and date.weekday() not in named else date


def _weekdays_named(text: str, pos: int, lang: str) -> set[int]:
    """The weekdays named in the 2,000 characters after ``pos`` (as :func:`_weekday_after` reads them)."""
    days = _tables(lang).days
    return {e[0] for w in _WORD.findall(text, pos, pos + 2000) if (e := days.get(w.lower())) and not e[2] and (w[0].isupper() or not e[1])}


_DATELINE_ZONE = 400  # a date this close to the top may be a dateline
_WORD = re.compile(r"[^\W\d_]+")


def _weekday_after(text: str, pos: int, lang: str) -> int | None:
    """The weekday named later in the paragraph of a yearless date near the
    top ("NEW YORK, Sept 9 (Reuters) - ... on Tuesday"): the news' own day."""
    end = text.find("\n", pos)
    days = _tables(lang).days
    for w in _WORD.findall(text, pos, end if end >= 0 else len(text)):
        entry = days.get(w.lower())
        if entry and not entry[2] and (w[0].isupper() or not entry[1]):
            return entry[0]
    return None


@lru_cache(maxsize=8)
def calendar_words(langs: tuple[str, ...]) -> frozenset[str]:
    """Month and weekday names of ``langs`` (Babel), lower-case and capitalised."""
    names: set[str] = set()
    for lang in langs:
        tables = _tables(lang)
        for word in (*tables.months, *tables.days):
            names.update({word, word.capitalize(), word + ".", word.capitalize() + "."})
    return frozenset(names)
