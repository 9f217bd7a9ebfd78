"""Currency lookup tables for :mod:`tui.core.money`, built once from Babel (CLDR).

Names (singular and plural, French and English, and their currency noun
alone: "tenge", "naira", "dinars"), symbols ("$", "€", "CA$",
"$CA", "R$", "₹" …) and ISO 4217 codes come from Babel's locale data; the
curated extras in ``data/currency_words.json`` add everyday words Babel lacks
("dollars", "dollars américains", "livres sterling", "pence", "couronnes" …).

Ambiguity policy: a name shared by several *current* currencies maps to
``None`` (a currency, but an unknown one), e.g. "francs CFA" (XOF/XAF) or
"couronnes" without an adjective.  A current currency wins over a historical
one with the same name ("dollar des États-Unis" → USD).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from babel import Locale
from babel.core import get_global, localedata
from babel.numbers import get_currency_name, list_currencies

DATA_FILE = Path(__file__).with_name("data") / "currency_words.json"
LOCALES = ("fr", "en")
_PAREN = re.compile(r"\s*\([^)]*\)")


@lru_cache(maxsize=1)
def word_data() -> dict[str, Any]:
    """The curated word lists of ``data/currency_words.json`` (loaded once)."""
    with DATA_FILE.open(encoding="utf-8") as fh:
        return json.load(fh)


@dataclass(frozen=True, slots=True)
class CurrencyTables:
    """Every way of writing a currency that the extractor recognises."""

    words: dict[str, str | None]  # lower-cased name -> ISO code (None = ambiguous)
    symbols: dict[str, str | None]  # exact symbol -> ISO code
    codes: frozenset[str]  # ISO codes accepted when written in capitals
    factors: dict[str, Decimal]  # lower-cased word -> multiplier (pence = 0.01)
    symbol_factors: dict[str, Decimal]  # symbol as written -> multiplier ("MD": a million dinars)
    scale_only: frozenset[str]  # words only read as currency after a scale word


@lru_cache(maxsize=1)
def active_codes() -> frozenset[str]:
    """ISO codes of currencies still legal tender somewhere (CLDR territory data)."""
    active: set[str] = set()
    for entries in get_global("territory_currencies").values():
        for code, _start, end, tender in entries:
            if end is None and tender:
                active.add(code)
    return frozenset(active)


def _resolve(candidates: dict[str, set[str]], active: frozenset[str]) -> dict[str, str | None]:
    """Pick one code per name: unique current code, else unique code, else None."""
    out: dict[str, str | None] = {}
    for name, codes in candidates.items():
        current = codes & active
        pool = current or codes
        out[name] = next(iter(pool)) if len(pool) == 1 else None
    return out


def babel_written(codes: Iterable[str]) -> list[tuple[str, str, str]]:
    """(locale, code, lower-cased name) of Babel's display names, singular and
    plural ("dollars canadiens"), fr and en, without parenthesised parts."""
    return [
        (loc, code, _PAREN.sub("", get_currency_name(code, count, loc)).strip().lower())
        for loc in LOCALES
        for code in codes
        for count in (None, 1, 2)  # display name, CLDR "one" and "other" forms
    ]


def _babel_names(written: Iterable[tuple[str, str, str]]) -> dict[str, set[str]]:
    """The names of :func:`babel_written` that can be read after a number."""
    names: dict[str, set[str]] = {}
    for _loc, code, clean in written:
        if len(clean) >= 3 and clean != code.lower() and not any(ch.isdigit() for ch in clean):
            names.setdefault(clean, set()).add(code)
    return names


def _babel_heads(written: Iterable[tuple[str, str, str]], codes: frozenset[str], stop: set[str]) -> dict[str, set[str]]:
    """The currency noun of the longer names of ``codes``, alone: English puts it
    last ("Kazakhstani tenge" -> "tenge"), French first ("tenge kazakh"), so that
    "30 billion tenge" is read even without the adjective; nouns shared by
    several currencies ("dinars", "rials") resolve to None, an unknown currency.
    ``stop``: heads that are also common words ("gold", "or", "mark")."""
    heads: dict[str, set[str]] = {}
    for loc, code, clean in written:
        words = clean.split()
        if code not in codes or len(words) < 2:
            continue
        head = words[-1] if loc == "en" else words[0]
        if len(head) >= 3 and head.isalpha() and head not in stop:
            heads.setdefault(head, set()).add(code)
    return heads


def _crowns(written: Iterable[tuple[str, str, str]]) -> dict[str, set[str]]:
    """English "crowns" for the currencies French calls "couronnes": "Czech
    crowns" beside Babel's "Czech koruna", as the English press writes them."""
    written = list(written)
    french = {code for loc, code, name in written if loc == "fr" and name.startswith("couronne")}
    out: dict[str, set[str]] = {}
    for loc, code, name in written:
        words = name.split()
        if loc == "en" and code in french and len(words) == 2:
            for noun in ("crown", "crowns"):
                out.setdefault(f"{words[0]} {noun}", set()).add(code)
    return out


@lru_cache(maxsize=1)
def current_territories() -> dict[str, frozenset[str]]:
    """ISO code -> the territories where it is legal tender today (CLDR)."""
    out: dict[str, set[str]] = {}
    for territory, entries in get_global("territory_currencies").items():
        for code, _start, end, tender in entries:
            if end is None and tender:
                out.setdefault(code, set()).add(territory)
    return {code: frozenset(ts) for code, ts in out.items()}


@lru_cache(maxsize=None)
def country_names(code: str) -> tuple[str, ...]:
    """Lower-case names, in English and French, of the countries where ``code``
    is legal tender ("ghana", "kenya", "tunisie"...), from Babel."""
    names = [Locale.parse(loc).territories for loc in LOCALES]
    territories = sorted(current_territories().get(code, ()))
    return tuple(dict.fromkeys(n.lower() for t in territories for names_of in names if (n := names_of.get(t))))


@lru_cache(maxsize=1)
def home_symbols() -> dict[str, str]:
    """Symbols that a country's own English or French locale writes for its
    currency and that plain fr and en do not: "GH₵" (en_GH), "Ksh" (en_KE), "RM"
    (en_MY), "DA" (fr_DZ).  Left out: one-letter symbols, symbols of two
    currencies ("kr", "Rs") and "Le" (a French word).  Letter-only ones are
    read only in a text that names the country (:mod:`tui.core.currency_gates`)."""
    have = set(localedata.locale_identifiers())
    found: dict[str, set[str]] = {}
    for code, territories in current_territories().items():
        for territory in territories:
            for lang in LOCALES:
                if f"{lang}_{territory}" in have:
                    sym = Locale.parse(f"{lang}_{territory}").currency_symbols.get(code)
                    if sym and sym != code and len(sym.replace(".", "")) >= 2 and sym != "Le":
                        found.setdefault(sym, set()).add(code)
    return {sym: next(iter(codes)) for sym, codes in found.items() if len(codes) == 1}


def _babel_symbols(codes: Iterable[str]) -> dict[str, set[str]]:
    """Currency symbols for fr and en, skipping bare codes and 1-2 letter words."""
    symbols: dict[str, set[str]] = {}
    wanted = set(codes)
    for loc_name in LOCALES:
        for code, sym in Locale.parse(loc_name).currency_symbols.items():
            if code not in wanted or sym == code or sym == "¤":
                continue
            if sym.replace(".", "").isalpha() and len(sym.replace(".", "")) < 3:
                continue  # "F" (French franc), "FB", "Cg." — too ambiguous
            symbols.setdefault(sym, set()).add(code)
    return symbols


@lru_cache(maxsize=1)
def tables() -> CurrencyTables:
    """Build (once) the name, symbol and code tables."""
    data = word_data()
    stop = set(data["code_stoplist"])
    active = active_codes()
    all_codes = [c for c in list_currencies() if re.fullmatch("[A-Z]{3}", c)]
    legacy = frozenset(data["legacy_codes"]["codes"])  # (other historical codes are acronyms: "38 000 TPE", "ARM")
    codes = frozenset(c for c in all_codes if c not in stop and (c in active or c in legacy))
    usable = [c for c in all_codes if c not in stop or c in active and not c.startswith("X")]
    written = babel_written(usable)  # (Babel's name lookups are most of the cost: done once)
    words = _resolve(_babel_names(written), active)
    current = frozenset(c for c in usable if c in active)
    for head, code in _resolve(_babel_heads(written, current, set(data["head_stoplist"])), active).items():
        if code is not None and words.get(head) not in active:
            words[head] = code  # (a current currency's noun over a historical one's full name: French "afghani (1927–2002)")
        words.setdefault(head, code)
    for crown, code in _resolve(_crowns(written), active).items():
        words.setdefault(crown, code)
    words.update({k.lower(): v for k, v in data["words"].items()})
    for name in [k for k in words if " " in k and k[-1] not in "sx" and " de " not in k]:  # "a 3-billion-Australian-dollar deal": the singular
        words.setdefault(name.replace(" ", "-"), words[name])  # name as an adjective, hyphened with the amount
    symbols = _resolve(_babel_symbols(usable), active)
    for sym, code in home_symbols().items():
        symbols.setdefault(sym, code)
    for sym in list(symbols):
        if sym.lower() in words and sym.isalpha():
            del symbols[sym]  # let the case-insensitive word table handle it
    symbols.update(data["symbols"])  # curated ones may be words too: "Dh1.1 billion" is read before its number
    for sym in [s for s in symbols if " " in s]:  # "$ US" also with a no-break space, as French typography writes it
        for space in ("\u00a0", "\u202f"):
            symbols.setdefault(sym.replace(" ", space), symbols[sym])
    factors = {k.lower(): Decimal(v) for k, v in data["factors"].items()}
    scale_only = frozenset(w.lower() for w in data["scale_only_words"])
    symbol_factors = {k: Decimal(v) for k, v in data["symbol_factors"].items() if k != "_doc"}
    return CurrencyTables(words, symbols, codes, factors, symbol_factors, scale_only)


#: characters that ``(?i:)`` folds onto letters beyond str.lower/str.upper
_FOLD_EXTRA = "\u0130\u0131\u212a\u017f\u212b\u1e9e\u00df\u00b5\u2126"


@lru_cache(maxsize=None)
def fold_class(ch: str) -> str:
    """A pattern for ``ch`` that matches exactly what ``(?i:ch)`` matches, without
    the flag ("[mM]", "[kK\u212a]"); ``tests/core/test_money_fast.py`` checks it
    against every code point for the characters of the word lists."""
    cands = {ch, ch.lower(), ch.upper(), ch.title(), ch.casefold(), ch.swapcase(), *_FOLD_EXTRA}
    same = sorted(x for x in cands if len(x) == 1 and re.fullmatch("(?i:" + re.escape(ch) + ")", x))
    return re.escape(ch) if same == [ch] else "[" + "".join(re.escape(x) for x in same) + "]"


def trie_regex(words: Iterable[str], *, fold: bool = False) -> str:
    """A regex alternation for ``words`` factored as a trie (longest match first).

    Matching cost is bounded by the longest word, so it stays linear in the
    text; a flat alternation of ~1,000 names would be tried branch by branch.
    ``fold``: match any case, as ``(?i:...)`` around the lower-case ``words``
    would, but with the first character as an explicit class ("[mM](?i:illion)"),
    so the engine skips a word's branch on its first character instead of
    entering it (explicit classes everywhere would compile ten times slower).
    """
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict], first: bool = False) -> str:
        if first:
            branches = [fold_class(ch) + ((f"(?i:{rest})") if (rest := build(sub)) else "") for ch, sub in sorted(node.items()) if ch]
        else:
            branches = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return ("(?:" + body + ")?") if len(branches) > 1 or len(body) > 1 else body + "?"
        return body

    return build(root, fold)


def lookup_word(word: str) -> tuple[str | None, Decimal]:
    """ISO code and unit factor for a currency name as written (any case)."""
    key = " ".join(word.lower().split())
    tab = tables()
    return tab.words.get(key), tab.factors.get(key, Decimal(1))


def lookup_symbol(symbol: str) -> str | None:
    """ISO code for a currency symbol as written ("$", "CA$", "€" …)."""
    return tables().symbols.get(symbol)


def is_code(code: str) -> bool:
    """True for an ISO 4217 code Babel knows (minus a stoplist of common words)."""
    return code in tables().codes


@lru_cache(maxsize=1)
def currency_patterns() -> tuple[str, str]:
    """Regex sources (after, before) for a currency written next to a number.

    *after*: a symbol, an ISO code or a name, with groups ``sym``/``code``/``word``;
    *before*: a symbol or an ISO code, then an optional space (groups ``sym``/``code``).
    Codes are matched as any three capitals and validated with :func:`is_code`.
    """
    tab = tables()
    sym = trie_regex(tab.symbols)
    names = trie_regex(tab.words, fold=True).replace(re.escape(" "), "[ \u00a0\u202f]")  # (also "francs\u202fsuisses", as French typography may space them)
    after = (
        rf"(?:(?P<sym>{sym})(?![^\W\d_])|(?P<code>[A-Z]{{3}})(?![^\W\d_])"
        rf"|(?P<word>{names})(?!\w))"
    )
    before = rf"(?:(?P<sym>{sym})|(?<![^\W_])(?P<code>[A-Z]{{3}}))[ \u00a0\u202f]?"  # (a code not inside a word: "FR001400GMD7", an ISIN)
    return after, before


@lru_cache(maxsize=1)
def symbol_edges() -> tuple[frozenset[str], frozenset[str]]:
    """(first characters, last characters) of all symbols and codes — cheap pre-checks."""
    syms = tables().symbols
    caps = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return frozenset(caps + "".join(s[0] for s in syms)), frozenset(caps + "".join(s[-1] for s in syms))


@lru_cache(maxsize=1)
def prefix_ends() -> tuple[frozenset[str], frozenset[str]]:
    """(one-character symbols, last two characters of the longer symbols and of the
    codes): a currency written before a number ends with one of them."""
    syms = tables().symbols
    caps = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    pairs = {a + b for a in caps for b in caps} | {s[-2:] for s in syms if len(s) >= 2}
    return frozenset(s for s in syms if len(s) == 1), frozenset(pairs)


DOLLARS = frozenset(("CAD", "AUD", "NZD", "SGD", "HKD"))  # a code after "$" that says whose dollar


def prefix_currency(prefix: str, after: str | None) -> str:
    """The currency of an amount written with ``prefix`` and the code ``after`` it: the prefix's,
    but a bare "$" (read as USD) followed by a dollar's code is that dollar ("$20 million CAD")."""
    return after if prefix == "USD" and after in DOLLARS else prefix


@lru_cache(maxsize=512)
def same_kind(a: str, b: str) -> bool:
    """Whether two currencies share the noun of their English names: two dollars, two
    francs ("CAD 30 million dollars" is Canadian), but not a peso and a euro."""
    return a == b or get_currency_name(a, locale="en").split()[-1].lower() == get_currency_name(b, locale="en").split()[-1].lower()
