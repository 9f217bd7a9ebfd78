"""Tests for tui.core.fmt: locale-aware money, number, percent and rate formatting."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.fmt import (
    currency_symbol,
    format_money,
    format_number,
    format_percent,
    format_rate,
    get_locale,
)


def spaced(text: str) -> str:
    """Babel uses no-break spaces (U+00A0, U+202F); compare with plain ones."""
    return text.replace("\xa0", " ").replace("\u202f", " ")


@pytest.mark.parametrize(
    ("amount", "currency", "locale", "expected"),
    [
        (33e9, "EUR", "en", "€33.0bn"),
        (38e9, "USD", "en", "$38.0bn"),
        (38e9, "usd", "en_US", "$38.0bn"),
        (12.5e6, "GBP", "en", "£12.5m"),
        (1.2e12, "USD", "en", "$1.2tn"),
        (125e9, "USD", "en", "$125bn"),
        (4500, "CHF", "en", "CHF4.5k"),
        (950, "EUR", "en", "€950"),
        (0.5, "EUR", "en", "€0.50"),
        (0.006, "KWD", "en", "KWD0.006"),
        (12.61, "QAR", "en", "QAR12.61"),
        (-2.5e9, "EUR", "en", "-€2.5bn"),
        (38e9, "USD", "en_GB", "US$38.0bn"),
        (33e9, "EUR", "fr", "33,0 Md €"),
        (38e9, "USD", "fr_FR", "38,0 Md $US"),
        (12.5e6, "EUR", "fr", "12,5 M €"),
        (1.2e12, "EUR", "fr", "1,2 Bn €"),
        (950, "EUR", "fr", "950 €"),
        (33e9, "EUR", "de", "33,0 Mrd. €"),
    ],
)
def test_format_money_compact(amount: float, currency: str, locale: str, expected: str) -> None:
    assert spaced(format_money(amount, currency, locale)) == expected


def test_format_money_french_uses_no_break_spaces() -> None:
    assert format_money(33e9, "EUR", "fr") == "33,0\xa0Md\xa0€"


@pytest.mark.parametrize(
    ("amount", "locale", "expected"),
    [
        (999_960, "en", "€1.0m"),  # would round to "1000k"
        (99.96e9, "en", "€100bn"),
        (999.999e9, "fr", "1,0 Bn €"),
    ],
)
def test_format_money_rounding_moves_to_next_unit(amount: float, locale: str, expected: str) -> None:
    assert spaced(format_money(amount, "EUR", locale)) == expected


def test_format_money_full() -> None:
    assert format_money(33e9, "EUR", "en", compact=False) == "€33,000,000,000.00"
    assert spaced(format_money(33e9, "EUR", "fr", compact=False)) == "33 000 000 000,00 €"
    assert format_money(38e6, "JPY", "en", compact=False) == "¥38,000,000"


def test_format_money_unknown_currency_and_non_finite() -> None:
    assert format_money(5e6, "XYZ", "en") == "XYZ5.0m"
    assert "XYZ" in format_money(math.nan, "xyz", "fr")
    assert format_money(math.inf, "EUR", "en")


def test_locale_without_compact_thousands_shows_whole_units() -> None:
    assert spaced(format_money(1000.7, "EUR", "de")) == "1.001 €"
    assert spaced(format_number(45_000.25, "de")) == "45.000"


def test_format_number() -> None:
    assert format_number(33e9, "en") == "33.0bn"
    assert spaced(format_number(33e9, "fr")) == "33,0 Md"
    assert format_number(-1234.5, "en") == "-1.2k"
    assert format_number(1234.5, "en", compact=False) == "1,234.5"
    assert spaced(format_number(1234.5, "fr", compact=False)) == "1 234,5"
    assert format_number(42, "en") == "42"


@pytest.mark.parametrize(
    ("value", "locale", "expected"),
    [
        (4.0, "fr", "4 %"),
        (4.0, "en", "4%"),
        (4.25, "fr", "4,25 %"),
        (4.25, "en_US", "4.25%"),
        (0.5, "en", "0.5%"),
        (-3.0, "en", "-3%"),
        (150.0, "en", "150%"),
    ],
)
def test_format_percent(value: float, locale: str, expected: str) -> None:
    assert spaced(format_percent(value, locale)) == expected


def test_format_percent_uses_the_locale_space() -> None:
    assert format_percent(4.0, "fr") == "4\xa0%"


@pytest.mark.parametrize(
    ("rate", "locale", "expected"),
    [
        (1.1514, "fr", "1,1514"),
        (1.1514, "en", "1.1514"),
        (162.07, "en", "162.07"),
        (0.85432, "en", "0.85432"),
        (0.0061234, "en", "0.0061234"),
        (20275.17, "en", "20,275"),
        (1.0, "en", "1.0000"),
        (0.0, "en", "0"),
    ],
)
def test_format_rate(rate: float, locale: str, expected: str) -> None:
    assert format_rate(rate, locale) == expected


def test_format_rate_with_currency() -> None:
    assert format_rate(1.1514, "en", "USD") == "$1.1514"
    assert spaced(format_rate(1.1514, "fr", "USD")) == "1,1514 $US"


@pytest.mark.parametrize("bad", ["xx", "", None, "not a locale!!", "zz_ZZ"])
def test_unknown_locale_falls_back_to_english(bad: str | None) -> None:
    assert get_locale(bad).language == "en"
    assert format_money(33e9, "EUR", bad) == "€33.0bn"  # type: ignore[arg-type]
    assert format_rate(1.1514, bad) == "1.1514"  # type: ignore[arg-type]


def test_locale_spellings() -> None:
    assert get_locale("fr-FR").language == "fr"
    assert spaced(format_money(33e9, "EUR", "fr-FR")) == "33,0 Md €"


def test_currency_symbol() -> None:
    assert currency_symbol("USD", "en") == "$"
    assert currency_symbol("eur", "fr") == "€"
    assert currency_symbol("", "en") == ""


@settings(max_examples=150, deadline=None)
@given(
    amount=st.floats(min_value=-1e16, max_value=1e16, allow_nan=False),
    currency=st.sampled_from(["USD", "EUR", "GBP", "JPY", "CHF", "XYZ"]),
    locale=st.sampled_from(["en", "fr", "de", "en_GB", "ja", "es", "xx"]),
    compact=st.booleans(),
)
def test_format_money_never_fails(amount: float, currency: str, locale: str, compact: bool) -> None:
    text = format_money(amount, currency, locale, compact=compact)
    assert any(ch.isdigit() for ch in text)


@settings(max_examples=100, deadline=None)
@given(value=st.floats(min_value=1e3, max_value=1e14), locale=st.sampled_from(["en", "fr"]))
def test_compact_number_keeps_three_significant_digits(value: float, locale: str) -> None:
    digits = [ch for ch in format_number(value, locale) if ch.isdigit()]
    assert 1 <= len(digits) <= 4
