"""Tests for tui.core.rates: ECB conversion at the article's date, the article's own conversions."""

from __future__ import annotations

import datetime as dt
import os

import pytest

from tui.core.model import Article, Extraction, Figure, RateInfo
from tui.core.rates import DEFAULT_SOURCE, Rates, RatesError, convert_extraction, describe

D = dt.date


@pytest.fixture(scope="module")
def ecb() -> Rates:
    """The bundled ECB history, loaded once without touching the user's cache."""
    return Rates.load(cache_dir=None)


def spaced(text: str) -> str:
    return text.replace("\xa0", " ").replace("\u202f", " ")


def money(text: str, snippet: str, amount: float, currency: str | None) -> Figure:
    start = text.index(snippet)
    return Figure(kind="money", text=snippet, start=start, end=start + len(snippet),
                  amount=amount, currency=currency)


def extraction(text: str, figures: list[Figure], date: dt.date | None, lang: str = "fr") -> Extraction:
    article = Article(path="t", title="", text=text, language=lang, date=date)
    return Extraction(article=article, figures=tuple(figures))


FR_DEAL = ("La jeune pousse a signé un contrat de 38 milliards de dollars "
           "(33 milliards d'euros) avec un géant du cloud, en hausse de 4 % sur un an.")


def fr_deal(date: dt.date | None) -> Extraction:
    figs = [
        money(FR_DEAL, "38 milliards de dollars", 38e9, "USD"),
        money(FR_DEAL, "33 milliards d'euros", 33e9, "EUR"),
        Figure(kind="percent", text="4 %", start=FR_DEAL.index("4 %"),
               end=FR_DEAL.index("4 %") + 3, value=4.0),
    ]
    return extraction(FR_DEAL, figs, date)


# --- the bundled file --------------------------------------------------------

def test_bundled_file(ecb: Rates) -> None:
    assert os.path.isfile(DEFAULT_SOURCE)
    assert ecb.path == DEFAULT_SOURCE
    assert ecb.first_date == D(1999, 1, 4)
    assert ecb.last_date >= D(2025, 11, 3)
    assert {"EUR", "USD", "GBP", "JPY", "CHF"} <= ecb.currencies


def test_rate_on_2025_11_03(ecb: Rates) -> None:
    assert ecb.day_for(D(2025, 11, 3)) == (D(2025, 11, 3), False)
    assert ecb.rate("USD", D(2025, 11, 3)) == pytest.approx(1.1514)
    assert ecb.rate("EUR", D(2025, 11, 3)) == 1.0
    assert ecb.convert(38e9, "USD", "EUR", D(2025, 11, 3)) == pytest.approx(33.0e9, rel=2e-3)


def test_accepts_datetime(ecb: Rates) -> None:
    assert ecb.day_for(dt.datetime(2025, 11, 3, 18, 30)) == (D(2025, 11, 3), False)


def test_article_from_2014_uses_2014_rates(ecb: Rates) -> None:
    ex = convert_extraction(fr_deal(D(2014, 4, 2)), ecb)
    assert ex.rate is not None and ex.rate.date == D(2014, 4, 2)
    assert ex.rate.eur_usd == pytest.approx(1.3795)
    usd = ex.figures[0]
    assert usd.rate_date == D(2014, 4, 2)
    assert usd.converted["EUR"] == pytest.approx(38e9 / 1.3795)  # type: ignore[index]


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (D(2025, 11, 1), D(2025, 10, 31)),  # Saturday
        (D(2025, 11, 2), D(2025, 10, 31)),  # Sunday
        (D(2025, 12, 25), D(2025, 12, 24)),  # Christmas
        (D(2025, 12, 26), D(2025, 12, 24)),  # Boxing Day (TARGET holiday)
        (D(2025, 1, 1), D(2024, 12, 31)),  # New Year
        (D(2025, 4, 18), D(2025, 4, 17)),  # Good Friday
        (D(2025, 4, 21), D(2025, 4, 17)),  # Easter Monday
        (D(1999, 1, 4), D(1999, 1, 4)),  # first ECB day
    ],
)
def test_weekend_and_holiday_fallback(ecb: Rates, day: dt.date, expected: dt.date) -> None:
    assert ecb.day_for(day) == (expected, False)
    assert ecb.rate("USD", day) == ecb.rate("USD", expected)


def test_no_date_means_latest(ecb: Rates) -> None:
    assert ecb.day_for(None) == (ecb.last_date, True)
    ex = convert_extraction(fr_deal(None), ecb)
    assert ex.rate == RateInfo(source="ECB", date=ecb.last_date, eur_usd=ecb.rate("USD", ecb.last_date),
                               latest=True, requested=None)
    assert describe(ex.rate, "en").startswith(f"latest ECB rate, {ecb.last_date.isoformat()} · €1 = $")
    assert describe(ex.rate, "fr").startswith(f"dernier cours ECB, {ecb.last_date.isoformat()} · 1")


def test_day_after_the_data_uses_newest_and_says_so(ecb: Rates) -> None:
    later = ecb.last_date + dt.timedelta(days=40)
    assert ecb.day_for(later) == (ecb.last_date, True)
    ex = convert_extraction(fr_deal(later), ecb)
    assert ex.rate is not None and ex.rate.date == ecb.last_date and ex.rate.requested == later
    assert not ex.rate.latest
    assert "(for " in describe(ex.rate, "en") and later.isoformat() in describe(ex.rate, "en")


def test_date_before_the_ecb_data(ecb: Rates) -> None:
    with pytest.raises(RatesError) as info:
        ecb.day_for(D(1990, 1, 1))
    message = str(info.value)
    assert "\n" not in message and "1990-01-01" in message and "1999-01-04" in message
    assert ecb.rate("USD", D(1990, 1, 1)) is None
    assert ecb.convert(1.0, "USD", "EUR", D(1990, 1, 1)) is None

    ex = convert_extraction(fr_deal(D(1990, 1, 1)), ecb)
    assert ex.rate == RateInfo(source="ECB", date=None, eur_usd=None, latest=False,
                               requested=D(1990, 1, 1))
    money_figs = [f for f in ex.figures if f.kind == "money"]
    assert all(f.converted == {} and f.rate_date is None for f in money_figs)
    # The article's own conversion is still reported, without an ECB comparison.
    assert len(ex.pairings) == 1
    assert ex.pairings[0].ecb_rate is None and ex.pairings[0].deviation is None
    assert describe(ex.rate, "en") == "no ECB rate for 1990-01-01: before the ECB data begins"
    assert "1990-01-01" in describe(ex.rate, "fr")


@pytest.mark.parametrize("code", ["XYZ", "VND", "MAD", "", "usdollar"])
def test_unknown_currency_is_marked_not_crashed(ecb: Rates, code: str) -> None:
    day = D(2025, 11, 3)
    assert ecb.rate(code, day) is None
    assert ecb.convert(100.0, code, "EUR", day) is None
    assert ecb.convert(100.0, "EUR", code, day) is None
    text = f"Un prêt de 5 milliards {code} a été signé."
    ex = convert_extraction(extraction(text, [money(text, "5 milliards", 5e9, code or None)], day), ecb)
    assert ex.figures[0].converted == {}
    assert ex.figures[0].rate_date is None


def test_currency_known_but_not_fixed_that_day(ecb: Rates) -> None:
    assert ecb.rate("RUB", D(2021, 6, 1)) is not None
    assert ecb.rate("RUB", D(2023, 6, 1)) is None  # the ECB suspended RUB in March 2022
    assert ecb.rate("ISK", D(2010, 6, 1)) is None  # N/A from Dec 2008 to 2018


@pytest.mark.parametrize("code", ["GBP", "JPY", "CHF", "NOK", "AUD", "CNY"])
def test_cross_rates_to_usd_and_eur(ecb: Rates, code: str) -> None:
    day = D(2025, 11, 3)
    per_eur = ecb.rate(code, day)
    assert per_eur is not None and per_eur > 0
    assert ecb.convert(1.0, code, "EUR", day) == pytest.approx(1 / per_eur)
    assert ecb.convert(1.0, code, "USD", day) == pytest.approx(1.1514 / per_eur)
    there = ecb.convert(1000.0, code, "USD", day)
    assert there is not None
    assert ecb.convert(there, "USD", code, day) == pytest.approx(1000.0)
    assert ecb.convert(5.0, code, code, day) == pytest.approx(5.0)


def test_cross_rate_magnitudes(ecb: Rates) -> None:
    day = D(2025, 11, 3)
    assert 1.1 < ecb.convert(1, "GBP", "USD", day) < 1.6  # type: ignore[operator]
    assert 0.004 < ecb.convert(1, "JPY", "USD", day) < 0.01  # type: ignore[operator]
    assert 0.1 < ecb.convert(1, "CNY", "USD", day) < 0.2  # type: ignore[operator]


# --- convert_extraction and pairings ----------------------------------------

def test_sample_article_conversion_and_pairing(ecb: Rates) -> None:
    ex = convert_extraction(fr_deal(D(2025, 11, 3)), ecb)
    usd, eur, pct = ex.figures
    assert ex.rate == RateInfo(source="ECB", date=D(2025, 11, 3), eur_usd=pytest.approx(1.1514),
                               latest=False, requested=D(2025, 11, 3))
    assert usd.converted is not None and set(usd.converted) == {"USD", "EUR"}
    assert usd.converted["USD"] == 38e9
    assert usd.converted["EUR"] == pytest.approx(33.0e9, rel=2e-3)
    assert eur.converted["USD"] == pytest.approx(33e9 * 1.1514)  # type: ignore[index]
    assert usd.rate_date == eur.rate_date == D(2025, 11, 3)
    assert pct.converted is None and pct.rate_date is None
    (pair,) = ex.pairings
    assert (pair.first.currency, pair.second.currency) == ("USD", "EUR")
    assert pair.first is usd and pair.second is eur
    assert pair.implied_rate == pytest.approx(33 / 38)
    assert pair.ecb_rate == pytest.approx(1 / 1.1514)
    assert abs(pair.deviation) < 0.01  # type: ignore[arg-type]
    assert ex.article.text == FR_DEAL


def test_explicit_day_overrides_article_date(ecb: Rates) -> None:
    ex = convert_extraction(fr_deal(D(2025, 11, 3)), ecb, day=D(2014, 4, 2))
    assert ex.rate is not None and ex.rate.date == D(2014, 4, 2) and ex.rate.requested == D(2014, 4, 2)


def test_display_currencies(ecb: Rates) -> None:
    ex = convert_extraction(fr_deal(D(2025, 11, 3)), ecb, display=("gbp", "CHF", "VND", "USD"))
    converted = ex.figures[0].converted
    assert converted is not None and list(converted) == ["USD", "EUR", "GBP", "CHF"]
    assert None not in converted.values()


def test_weekend_article_and_describe(ecb: Rates) -> None:
    ex = convert_extraction(fr_deal(D(2025, 11, 2)), ecb)
    assert ex.rate is not None and ex.rate.date == D(2025, 10, 31) and ex.rate.requested == D(2025, 11, 2)
    assert ex.figures[0].rate_date == D(2025, 10, 31)
    usd = ecb.rate("USD", D(2025, 10, 31))
    assert describe(ex.rate, "en") == f"ECB 2025-10-31 (for Sun 2025-11-02) · €1 = ${usd:.4f}"
    assert spaced(describe(ex.rate, "fr")).startswith("ECB 2025-10-31 (pour le dim. 2025-11-02) · 1 € = ")


def test_describe_exact_day() -> None:
    info = RateInfo(source="ECB", date=D(2025, 11, 3), eur_usd=1.1514, requested=D(2025, 11, 3))
    assert describe(info, "en") == "ECB 2025-11-03 · €1 = $1.1514"
    assert spaced(describe(info, "fr")) == "ECB 2025-11-03 · 1 € = 1,1514 $US"
    assert describe(info, "xx") == "ECB 2025-11-03 · €1 = $1.1514"
    no_usd = RateInfo(source="ECB", date=D(2025, 11, 3), eur_usd=None, requested=D(2025, 11, 3))
    assert describe(no_usd, "en") == "ECB 2025-11-03"


def test_english_pairings_and_runs(ecb: Rates) -> None:
    text = "The buyer paid £10m ($12.5m, or about €11.4m) for the unit and $3bn for the rest."
    figs = [money(text, "£10m", 10e6, "GBP"), money(text, "$12.5m", 12.5e6, "USD"),
            money(text, "€11.4m", 11.4e6, "EUR"), money(text, "$3bn", 3e9, "USD")]
    ex = convert_extraction(extraction(text, figs, D(2024, 3, 5), "en"), ecb)
    assert [(p.first.currency, p.second.currency) for p in ex.pairings] == [("GBP", "USD"), ("GBP", "EUR")]
    gbp_usd = ex.pairings[0]
    assert gbp_usd.implied_rate == pytest.approx(1.25)
    assert gbp_usd.ecb_rate == pytest.approx(ecb.convert(1, "GBP", "USD", D(2024, 3, 5)))
    assert gbp_usd.deviation == pytest.approx(1.25 / gbp_usd.ecb_rate - 1)  # type: ignore[operator]


def test_no_pairing_for_same_currency_unknown_or_unrelated(ecb: Rates) -> None:
    text = "Revenue of $5m (up from $4m), a €2m fine and, separately, £1m; 3 ZZZ (4 USD)."
    figs = [money(text, "$5m", 5e6, "USD"), money(text, "$4m", 4e6, "USD"),
            money(text, "€2m", 2e6, "EUR"), money(text, "£1m", 1e6, "GBP"),
            money(text, "3 ZZZ", 3.0, "ZZZ"), money(text, "4 USD", 4.0, "USD")]
    ex = convert_extraction(extraction(text, figs, D(2024, 3, 5), "en"), ecb)
    # Only "3 ZZZ (4 USD)" reads as a conversion; the ECB cannot check it.
    assert [(p.first.currency, p.second.currency) for p in ex.pairings] == [("ZZZ", "USD")]
    assert ex.pairings[0].ecb_rate is None and ex.pairings[0].deviation is None


def test_percent_figures_untouched(ecb: Rates) -> None:
    source = fr_deal(D(2025, 11, 3))
    ex = convert_extraction(source, ecb)
    assert ex.figures[2] == source.figures[2] and ex.figures[2].converted is None


def test_money_without_currency_or_amount(ecb: Rates) -> None:
    text = "Un montant de 5 millions et une somme non chiffrée en dollars."
    figs = [money(text, "5 millions", 5e6, None),
            Figure(kind="money", text="dollars", start=text.index("dollars"),
                   end=text.index("dollars") + 7, amount=None, currency="USD")]
    ex = convert_extraction(extraction(text, figs, D(2025, 11, 3)), ecb)
    assert [f.converted for f in ex.figures] == [{}, {}]


def test_currencies_fixed_to_the_euro_convert_at_their_parity(ecb: Rates) -> None:
    day = D(2025, 11, 3)
    assert ecb.rate("XOF", day) == ecb.rate("XAF", day) == 655.957
    assert ecb.convert(655_957, "XOF", "EUR", day) == pytest.approx(1000.0)
    assert ecb.convert(655_957, "XAF", "USD", day) == pytest.approx(1000.0 * ecb.rate("USD", day))
    assert ecb.rate("BAM", day) == 1.95583 and ecb.rate("XOF", None) == 655.957
    assert ecb.rate("XOF", D(1998, 6, 1)) is None  # before the euro
    assert ecb.rate("MAD", day) is None  # not pegged, not published: no guess


def test_currencies_fixed_to_the_dollar_convert_through_the_ecb_dollar(ecb: Rates) -> None:
    day = D(2025, 11, 3)
    usd = ecb.rate("USD", day)
    assert ecb.rate("SAR", day) == pytest.approx(3.75 * usd)
    assert ecb.convert(3_640_000, "QAR", "USD", day) == pytest.approx(1_000_000)
    assert ecb.convert(0.3845, "OMR", "EUR", day) == pytest.approx(1 / usd)
    assert ecb.rate("QAR", D(2000, 6, 1)) is None  # before its fixed rate
    assert ecb.rate("KWD", day) is None  # a basket, not a dollar peg: no guess
