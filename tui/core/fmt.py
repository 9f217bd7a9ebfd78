"""Locale-aware formatting of money, numbers, percentages and exchange rates.

All functions take a locale string Babel understands ("fr", "en_US", "de-CH"...);
an unknown or malformed locale falls back to English.  Spaces inside the
output are the locale's own (French uses no-break spaces: ``"33,0\\xa0Md\\xa0€"``).

Compact style (the default) scales by the locale's CLDR short compact patterns
and shows one decimal below 100 and none from 100 up: ``33.0bn``, ``12.5m``,
``950m``.  English uses the British financial-press abbreviations (k, m, bn,
tn, i.e. Babel's ``en_GB`` patterns) instead of CLDR's generic "K, M, B, T",
because "$38bn" is how deal news writes it; the currency symbol still comes
from the requested locale ("$" in ``en``/``en_US``, "US$" in ``en_GB``).
Amounts below 1,000 are not scaled (``€950``, ``€0.50``, ``KWD 0.006``).

Locale data and patterns are looked up once and cached, so the functions are
cheap to call for every figure the UI shows.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.numbers import (
    NumberPattern,
    format_currency,
    format_decimal,
    get_currency_symbol,
    get_minus_sign_symbol,
    parse_pattern,
)

__all__ = [
    "currency_symbol",
    "format_money",
    "format_number",
    "format_percent",
    "format_rate",
    "get_locale",
]

_FALLBACK = "en"
# Locale whose compact patterns English uses (k/m/bn/tn); see module docstring.
_ENGLISH_COMPACT = "en_GB"
_RATE_SIGNIFICANT = 5  # 1.1514, 162.07, 0.85432


@lru_cache(maxsize=64)
def get_locale(locale: str | None) -> Locale:
    """Parse a locale string ("fr", "en-US", "fr_FR"); unknown -> English."""
    if not locale:
        return Locale.parse(_FALLBACK)
    try:
        return Locale.parse(str(locale).strip().replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return Locale.parse(_FALLBACK)


@lru_cache(maxsize=32)
def _pattern(spec: str) -> NumberPattern:
    return parse_pattern(spec)


_QUOTED = re.compile(r"'([^']*)'")


def _unquote(affix: str) -> str:
    """Resolve CLDR literal quoting in a pattern affix ("Mrd'.'" -> "Mrd.")."""
    return _QUOTED.sub(lambda m: m.group(1) or "'", affix)


@lru_cache(maxsize=64)
def _compact_table(loc: Locale) -> tuple[tuple[int, int, dict[str, tuple[str, str]]], ...]:
    """Thresholds of the locale's short compact format, largest first.

    Each row: (threshold, digits, {plural form: (prefix, suffix)}) where
    ``digits`` is the number of integer digits the pattern shows at that
    threshold ("00 Md" -> 2).  Rows whose pattern is a bare "0" (no
    compaction, e.g. German thousands) are dropped.
    """
    source = get_locale(_ENGLISH_COMPACT) if loc.language == "en" else loc
    formats = source.compact_decimal_formats.get("short", {})
    rows: dict[int, dict[str, tuple[str, str]]] = {}
    digits_of: dict[int, int] = {}
    for form, table in formats.items():
        for threshold, pattern in table.items():
            prefix, suffix = _unquote(pattern.prefix[0]), _unquote(pattern.suffix[0])
            if not prefix.strip() and not suffix.strip():
                continue
            key = int(threshold)
            rows.setdefault(key, {})[form] = (prefix, suffix)
            digits_of[key] = max(1, pattern.int_prec[1] if pattern.int_prec else 1)
    return tuple(sorted(((t, digits_of[t], rows[t]) for t in rows), reverse=True))


def _compact_parts(value: float, loc: Locale) -> tuple[str, str, str]:
    """Split |value| into (prefix, number text, suffix) in compact style."""
    magnitude = abs(value)
    table = _compact_table(loc)
    if magnitude >= 1000 and table:
        for index, (threshold, digits, forms) in enumerate(table):
            if magnitude < threshold:
                continue
            divisor = threshold // 10 ** (digits - 1)
            scaled = magnitude / divisor
            decimals = 1 if scaled < 100 else 0
            rounded = round(scaled, decimals)
            if rounded >= 10**digits and index > 0:
                # 999.96k rounds to 1000k: use the next larger unit instead.
                threshold, digits, forms = table[index - 1]
                divisor = threshold // 10 ** (digits - 1)
                rounded = round(magnitude / divisor, 1)
                decimals = 1 if rounded < 100 else 0
            spec = "#,##0.0" if decimals else "#,##0"
            number = _pattern(spec).apply(rounded, loc)
            form = loc.plural_form(rounded) if loc.plural_form else "other"
            prefix, suffix = forms.get(form) or forms.get("other") or next(iter(forms.values()))
            return prefix, number, suffix
    if magnitude >= 1000 or magnitude == int(magnitude):
        # Not scaled (below 1,000, or the locale does not compact thousands
        # like German): whole units from 1,000 up, cents below, and a third
        # decimal below one unit ("6 fils" is KWD 0.006, not 0.01).
        number = _pattern("#,##0").apply(magnitude, loc)
    else:
        number = _pattern("#,##0.00#" if magnitude < 1 else "#,##0.00").apply(magnitude, loc)
    return "", number, ""


@lru_cache(maxsize=256)
def currency_symbol(currency: str, locale: str | None = None) -> str:
    """The locale's symbol for an ISO code ("USD" -> "$" en, "$US" fr); the code if none."""
    code = (currency or "").strip().upper()
    if not code:
        return ""
    return get_currency_symbol(code, locale=get_locale(locale))


@lru_cache(maxsize=64)
def _currency_affixes(loc: Locale) -> tuple[tuple[str, str], tuple[str, str]]:
    """((positive prefix, suffix), (negative prefix, suffix)) with "¤" and "-" unreplaced."""
    pattern = loc.currency_formats["standard"]
    return (pattern.prefix[0], pattern.suffix[0]), (pattern.prefix[1], pattern.suffix[1])


def _with_currency(number: str, negative: bool, currency: str, loc: Locale) -> str:
    """Place ``currency``'s symbol around an already formatted number."""
    prefix, suffix = _currency_affixes(loc)[1 if negative else 0]
    symbol = get_currency_symbol(currency, locale=loc)
    minus = get_minus_sign_symbol(loc)
    return (prefix.replace("¤", symbol).replace("-", minus)
            + number
            + suffix.replace("¤", symbol).replace("-", minus))


def format_money(amount: float, currency: str, locale: str, *, compact: bool = True) -> str:
    """Format an amount of an ISO currency: "€33.0bn" (en), "33,0 Md €" (fr).

    ``compact=False`` gives the full figure with the currency's usual decimals:
    "€33,000,000,000.00" / "33 000 000 000,00 €".
    """
    loc = get_locale(locale)
    code = (currency or "").strip().upper() or "XXX"
    value = float(amount)
    if not math.isfinite(value):
        return f"{format_decimal(value, locale=loc)} {code}"
    if not compact:
        return format_currency(value, code, locale=loc)
    prefix, number, suffix = _compact_parts(value, loc)
    return _with_currency(prefix + number + suffix, value < 0, code, loc)


def format_number(value: float, locale: str, *, compact: bool = True) -> str:
    """Format a plain number: "33.0bn" / "33,0 Md" compact, "33,000,000,000" full."""
    loc = get_locale(locale)
    number = float(value)
    if not math.isfinite(number):
        return format_decimal(number, locale=loc)
    if not compact:
        return format_decimal(number, locale=loc)
    prefix, text, suffix = _compact_parts(number, loc)
    sign = get_minus_sign_symbol(loc) if number < 0 else ""
    return sign + prefix + text + suffix


def format_percent(value: float, locale: str) -> str:
    """Format a value given in percent: 4.0 -> "4 %" (fr), "4%" (en); up to 2 decimals."""
    loc = get_locale(locale)
    number = float(value)
    if not math.isfinite(number):
        return format_decimal(number, locale=loc) + "%"
    fraction = (Decimal(repr(round(number, 2))) / 100).normalize()
    pattern = loc.percent_formats.get(None) or _pattern("#,##0%")
    return pattern.apply(fraction, loc, decimal_quantization=False)


def format_rate(rate: float, locale: str, currency: str | None = None) -> str:
    """Format an exchange rate to 5 significant digits: 1.1514 -> "1,1514" (fr), "1.1514" (en).

    With ``currency`` the locale places its symbol: "$1.1514" / "1,1514 $US".
    """
    loc = get_locale(locale)
    number = float(rate)
    if not math.isfinite(number):
        return format_decimal(number, locale=loc)
    magnitude = abs(number)
    if magnitude == 0:
        text = _pattern("0").apply(0, loc)
    else:
        integer_digits = math.floor(math.log10(magnitude)) + 1
        decimals = min(8, max(0, _RATE_SIGNIFICANT - integer_digits))
        spec = "#,##0." + "0" * decimals if decimals else "#,##0"
        text = _pattern(spec).apply(magnitude, loc)
    if currency:
        return _with_currency(text, number < 0, currency.strip().upper(), loc)
    return get_minus_sign_symbol(loc) + text if number < 0 else text
