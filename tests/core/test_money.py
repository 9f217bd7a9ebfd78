"""Table-driven tests for tui.core.money.find_figures (French and English)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from tui.core.currencies import is_code, lookup_symbol, lookup_word, trie_regex
from tui.core.model import Figure
from tui.core.money import find_figures
from tui.core.numbers import parse_number, parse_spelled

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_49812cfdf0026165.txt"
NB, NNB = "\u00a0", "\u202f"


def M(text: str, amount: float, currency: str | None, amount_max: float | None = None, implied: bool = False) -> tuple:
    return ("money", text, amount, amount_max, currency, implied)


def P(text: str, value: float, value_max: float | None = None) -> tuple:
    return ("percent", text, value, value_max)


def summary(figs: list[Figure]) -> list[tuple]:
    out = []
    for f in figs:
        if f.kind == "money":
            out.append(M(f.text, f.amount, f.currency, f.amount_max, f.implied))
        else:
            out.append(P(f.text, f.value, f.value_max))
    return out


def check_spans(text: str, figs: list[Figure]) -> None:
    last = 0
    for f in figs:
        assert text[f.start : f.end] == f.text
        assert f.start >= last, "figures overlap or are not sorted"
        last = f.end


# (lang, text, expected figures in order)
CASES: list[tuple[str, str, list[tuple]]] = [
    # --- French "de"/"d'" linking and scale words
    ("fr", "un accord de 38 milliards de dollars", [M("38 milliards de dollars", 38e9, "USD")]),
    ("fr", "soit 33 milliards d’euros", [M("33 milliards d’euros", 33e9, "EUR")]),
    ("fr", "soit 33 milliards d'euros", [M("33 milliards d'euros", 33e9, "EUR")]),
    ("fr", "il a investi 13 milliards de dollars", [M("13 milliards de dollars", 13e9, "USD")]),
    ("fr", "près de 2 millions d’euros", [M("2 millions d’euros", 2e6, "EUR")]),
    ("fr", f"un total de 1{NNB}400 milliards de dollars", [M(f"1{NNB}400 milliards de dollars", 1.4e12, "USD")]),
    ("fr", "un total de 1 400 milliards de dollars", [M("1 400 milliards de dollars", 1.4e12, "USD")]),
    ("fr", f"un total de 1{NB}400 milliards de dollars", [M(f"1{NB}400 milliards de dollars", 1.4e12, "USD")]),
    ("fr", "10 mille euros", [M("10 mille euros", 1e4, "EUR")]),
    ("fr", "1,5 milliard d'euros", [M("1,5 milliard d'euros", 1.5e9, "EUR")]),
    ("fr", "1 milliard et demi d'euros", [M("1 milliard et demi d'euros", 1.5e9, "EUR")]),
    ("fr", "38 MILLIARDS DE DOLLARS", [M("38 MILLIARDS DE DOLLARS", 38e9, "USD")]),
    # --- French compact forms
    ("fr", "une levée de 2,1 Md€", [M("2,1 Md€", 2.1e9, "EUR")]),
    ("fr", "un budget de 5 M€ cette année", [M("5 M€", 5e6, "EUR")]),
    ("fr", "38 Mds$ promis", [M("38 Mds$", 38e9, "USD")]),
    ("fr", "un contrat de 3 G$", [M("3 G$", 3e9, "USD")]),
    ("fr", "un salaire de 50 k€", [M("50 k€", 5e4, "EUR")]),
    ("fr", "2,1 Md de dollars", [M("2,1 Md de dollars", 2.1e9, "USD")]),
    ("fr", "5 M $ de plus", [M("5 M $", 5e6, "USD")]),
    ("fr", "€ 3 millions", [M("€ 3 millions", 3e6, "EUR")]),
    ("fr", "CHF 20 millions", [M("CHF 20 millions", 20e6, "CHF")]),
    ("fr", "1 000 € par mois", [M("1 000 €", 1000.0, "EUR")]),
    ("fr", "1.400 euros", [M("1.400 euros", 1400.0, "EUR")]),
    ("fr", "1'400 francs suisses", [M("1'400 francs suisses", 1400.0, "CHF")]),
    ("fr", "1 234,56 euros", [M("1 234,56 euros", 1234.56, "EUR")]),
    # --- English
    ("en", "OpenAI signs $38 billion deal", [M("$38 billion", 38e9, "USD")]),
    ("en", "It raised $US10b last year", [M("$US10b", 10e9, "USD")]),
    ("en", "a US$1.5 billion bond", [M("US$1.5 billion", 1.5e9, "USD")]),
    ("en", "revenue of 2.5bn euros", [M("2.5bn euros", 2.5e9, "EUR")]),
    ("en", "1,400 dollars", [M("1,400 dollars", 1400.0, "USD")]),
    ("en", "a €1,5 billion loan", [M("€1,5 billion", 1.5e9, "EUR")]),
    ("en", "sold for £5m", [M("£5m", 5e6, "GBP")]),
    ("en", "a €3b round", [M("€3b", 3e9, "EUR")]),
    ("en", "worth 5m$ only", [M("5m$", 5e6, "USD")]),
    ("en", "$50K salary", [M("$50K", 5e4, "USD")]),
    ("en", "a $1.5tn market", [M("$1.5tn", 1.5e12, "USD")]),
    ("en", "a $2T valuation", [M("$2T", 2e12, "USD")]),
    ("en", "GBP 3.5bn and 3.5bn GBP", [M("GBP 3.5bn", 3.5e9, "GBP"), M("3.5bn GBP", 3.5e9, "GBP")]),
    ("en", "USD5m upfront", [M("USD5m", 5e6, "USD")]),
    ("en", "1,234.56 dollars", [M("1,234.56 dollars", 1234.56, "USD")]),
    ("en", "1,000,000 dollars", [M("1,000,000 dollars", 1e6, "USD")]),
    ("en", "$5 thousand", [M("$5 thousand", 5e3, "USD")]),
    ("en", "$5 million ($4.3 million)", [M("$5 million", 5e6, "USD"), M("$4.3 million", 4.3e6, "USD")]),
    # --- Babel symbols, codes and names
    ("en", "C$5 million", [M("C$5 million", 5e6, "CAD")]),
    ("en", "CA$5 million", [M("CA$5 million", 5e6, "CAD")]),
    ("en", "A$3bn", [M("A$3bn", 3e9, "AUD")]),
    ("en", "HK$2 billion", [M("HK$2 billion", 2e9, "HKD")]),
    ("en", "R$10 billion", [M("R$10 billion", 10e9, "BRL")]),
    ("en", "₹500 crore", [M("₹500 crore", 5e9, "INR")]),
    ("en", "SEK 5bn", [M("SEK 5bn", 5e9, "SEK")]),
    ("en", "JPY 100 billion", [M("JPY 100 billion", 100e9, "JPY")]),
    ("en", "5 billion Swedish kronor", [M("5 billion Swedish kronor", 5e9, "SEK")]),
    ("en", "3 billion Norwegian kroner", [M("3 billion Norwegian kroner", 3e9, "NOK")]),
    ("en", "10 billion yen", [M("10 billion yen", 10e9, "JPY")]),
    ("en", "10 billion won", [M("10 billion won", 10e9, "KRW")]),
    ("en", "50 pence a share", [M("50 pence", 0.5, "GBP")]),
    ("en", "or 85 cents a share", [M("85 cents", 0.85, "USD")]),
    ("fr", "50 centimes d'euro", [M("50 centimes d'euro", 0.5, "EUR")]),
    ("en", "SFr 2bn, SKr 5bn and DKr 3bn", [M("SFr 2bn", 2e9, "CHF"), M("SKr 5bn", 5e9, "SEK"), M("DKr 3bn", 3e9, "DKK")]),
    ("en", "Rs 500 crore", [M("Rs 500 crore", 5e9, "INR")]),
    ("en", "₹5 lakh crore and Rs 50 lakh", [M("₹5 lakh crore", 5e12, "INR"), M("Rs 50 lakh", 5e6, "INR")]),
    ("fr", "3 MdsEUR et 450 kEUR", [M("3 MdsEUR", 3e9, "EUR"), M("450 kEUR", 450e3, "EUR")]),
    ("fr", "14 milliards d'euros ; on attendait 13,9 milliards de chiffre d'affaires et 2 millions d'abonnés",
     [M("14 milliards d'euros", 14e9, "EUR"), M("13,9 milliards", 13.9e9, "EUR", implied=True)]),
    ("fr", "L'euro valait 1,08 dollar", [M("1,08 dollar", 1.08, "USD")]),
    ("fr", "3 milliards de yuans", [M("3 milliards de yuans", 3e9, "CNY")]),
    ("fr", "5 milliards de dollars canadiens", [M("5 milliards de dollars canadiens", 5e9, "CAD")]),
    ("fr", "5 milliards de couronnes suédoises", [M("5 milliards de couronnes suédoises", 5e9, "SEK")]),
    ("fr", "5 milliards de couronnes norvégiennes", [M("5 milliards de couronnes norvégiennes", 5e9, "NOK")]),
    ("fr", "3 milliards de couronnes", [M("3 milliards de couronnes", 3e9, None)]),
    # the currency noun of a Babel name alone; one shared by several currencies is unknown
    ("en", "30 billion tenge and 2 billion naira", [M("30 billion tenge", 30e9, "KZT"), M("2 billion naira", 2e9, "NGN")]),
    ("fr", "30 milliards de tenges", [M("30 milliards de tenges", 30e9, "KZT")]),
    ("en", "$5 billion, then 40 million dinars", [M("$5 billion", 5e9, "USD"), M("40 million dinars", 40e6, None)]),
    ("en", "$5 billion; it crossed the 1 million mark with 3 million ounces of gold", [M("$5 billion", 5e9, "USD")]),
    ("en", "$5 billion for 4 billion kilowatt-hours", [M("$5 billion", 5e9, "USD")]),
    ("fr", "20 millions de francs suisses", [M("20 millions de francs suisses", 20e6, "CHF")]),
    ("fr", "500 millions de livres sterling", [M("500 millions de livres sterling", 5e8, "GBP")]),
    ("fr", "38 milliards de dollars américains", [M("38 milliards de dollars américains", 38e9, "USD")]),
    ("fr", "5 millions de dollars US", [M("5 millions de dollars US", 5e6, "USD")]),
    ("fr", "5 000 $ US", [M("5 000 $ US", 5000.0, "USD")]),
    ("fr", "10 $US", [M("10 $US", 10.0, "USD")]),
    ("fr", "200 millions de yens", [M("200 millions de yens", 2e8, "JPY")]),
    # --- French long scale
    ("fr", "1 billion de dollars", [M("1 billion de dollars", 1e12, "USD")]),
    ("fr", "le contrat à $38 billion", [M("$38 billion", 38e9, "USD")]),
    ("en", "1 billion dollars", [M("1 billion dollars", 1e9, "USD")]),
    # --- ranges
    ("fr", "entre 80 et 90 milliards de dollars", [M("entre 80 et 90 milliards de dollars", 80e9, "USD", 90e9)]),
    ("en", "between 7 and 8 billion dollars", [M("between 7 and 8 billion dollars", 7e9, "USD", 8e9)]),
    ("fr", "un tour de 5 à 7 millions d'euros", [M("5 à 7 millions d'euros", 5e6, "EUR", 7e6)]),
    ("en", "a $7-8 billion deal", [M("$7-8 billion", 7e9, "USD", 8e9)]),
    ("en", "7 to 8 billion euros", [M("7 to 8 billion euros", 7e9, "EUR", 8e9)]),
    ("en", "$7bn-$8bn", [M("$7bn-$8bn", 7e9, "USD", 8e9)]),
    (
        "en",
        "sales of between $206 billion and $213 billion",
        [M("between $206 billion and $213 billion", 206e9, "USD", 213e9)],
    ),
    ("en", "rose from $7 billion to $8 billion", [M("$7 billion", 7e9, "USD"), M("$8 billion", 8e9, "USD")]),
    (
        "en",
        "checks of between $200,000 and $1.5 million",
        [M("between $200,000 and $1.5 million", 2e5, "USD", 1.5e6)],
    ),
    ("fr", "un budget de 3 à 4 Md€", [M("de 3 à 4 Md€", 3e9, "EUR", 4e9)]),
    ("fr", "de 10 000 à 15 000 embauches", []),
    ("en", "between 2024 and 2026, it will spend $80bn", [M("$80bn", 80e9, "USD")]),
    ("fr", "en 2025 à 5 milliards de dollars", [M("5 milliards de dollars", 5e9, "USD")]),
    # --- spelled-out and hyphenated amounts
    ("fr", "un milliard d'euros", [M("un milliard d'euros", 1e9, "EUR")]),
    ("fr", "deux milliards de dollars", [M("deux milliards de dollars", 2e9, "USD")]),
    ("fr", "Deux cents millions d'euros", [M("Deux cents millions d'euros", 2e8, "EUR")]),
    ("fr", "un demi-milliard d'euros", [M("un demi-milliard d'euros", 5e8, "EUR")]),
    ("fr", "vingt-cinq millions d'euros", [M("vingt-cinq millions d'euros", 25e6, "EUR")]),
    ("fr", "mille milliards de dollars", [M("mille milliards de dollars", 1e12, "USD")]),
    ("en", "a billion dollars", [M("a billion dollars", 1e9, "USD")]),
    ("en", "one million dollars", [M("one million dollars", 1e6, "USD")]),
    ("en", "half a billion dollars", [M("half a billion dollars", 5e8, "USD")]),
    ("en", "one hundred and fifty million dollars", [M("one hundred and fifty million dollars", 150e6, "USD")]),
    ("en", "a 10-billion-euro round", [M("10-billion-euro", 10e9, "EUR")]),
    ("en", "a $2-billion deal", [M("$2-billion", 2e9, "USD")]),
    ("en", "a 500-million-dollar contract", [M("500-million-dollar", 5e8, "USD")]),
    # --- implied currency
    (
        "fr",
        "14,5 milliards de dollars cette année, contre 12 milliards l'an dernier.",
        [M("14,5 milliards de dollars", 14.5e9, "USD"), M("12 milliards", 12e9, "USD", implied=True)],
    ),
    (
        "en",
        "Revenue was $14.5 billion.\nIt was 12 billion a year ago.",
        [M("$14.5 billion", 14.5e9, "USD"), M("12 billion", 12e9, "USD", implied=True)],
    ),
    (
        "fr",
        "Il a levé 10 millions d'euros.\n\nUn autre paragraphe.\n\nPuis 12 milliards.",
        [M("10 millions d'euros", 10e6, "EUR")],
    ),
    ("fr", "La valorisation atteint 1,2 milliard.", []),
    ("fr", "Il a levé 2 Md€ puis un milliard.", [M("2 Md€", 2e9, "EUR"), M("un milliard", 1e9, "EUR", implied=True)]),
    # --- not money
    ("fr", "10 millions d'utilisateurs", []),
    ("fr", "Il a levé 5 M€. Il revendique 10 millions d'utilisateurs.", [M("5 M€", 5e6, "EUR")]),
    ("fr", "Il a levé 5 M€ et émis 2 millions d’actions.", [M("5 M€", 5e6, "EUR")]),
    ("en", "It raised $5m and has 10 million users.", [M("$5m", 5e6, "USD")]),
    ("en", "It raised $5m and issued 2 million shares.", [M("$5m", 5e6, "USD")]),
    ("en", "$3bn for 1 million GPUs", [M("$3bn", 3e9, "USD")]),
    ("fr", "Il emploie 1 000 salariés depuis 2019.", []),
    ("en", "It raised $40 billion and has 90 million weekly users.", [M("$40 billion", 40e9, "USD")]),
    ("en", "It paid ¥60 billion to buy back 25 million of its own shares.", [M("¥60 billion", 60e9, "JPY")]),
    ("en", "It raised $1bn; 5 million subscribers watched.", [M("$1bn", 1e9, "USD")]),
    ("en", "It raised $1bn.\nEBITDA was 2.1 billion in 2024.", [M("$1bn", 1e9, "USD"), M("2.1 billion", 2.1e9, "USD", implied=True)]),
    ("en", "5 MİLLİON dollars, 5 millionſ", []),
    ("fr", "Ce lundi 3 novembre 2025, en 2025.", []),
    ("en", "Windows 11 and GPT-4 and the A320", []),
    ("fr", "Appelez le 01 23 45 67 89 ou le +33 1 23 45 67 89.", []),
    ("fr", "un câble de 5 m et 12 km", []),
    ("en", "The CEO 5 million, AWS 3 billion", []),
    ("en", "in 2019 won the prize", []),
    ("en", "Back in 2019 $10 million was a lot.", [M("$10 million", 10e6, "USD")]),
    ("fr", "v2.5, 10:30, 03.11.2025, la 5G, H100", []),
    # --- percentages
    ("fr", "le cours a bondi de 4 % à Wall Street", [P("4 %", 4.0)]),
    ("fr", f"une hausse de 4{NNB}%", [P(f"4{NNB}%", 4.0)]),
    ("en", "up 4%", [P("4%", 4.0)]),
    ("fr", "4 pour cent", [P("4 pour cent", 4.0)]),
    ("en", "4 per cent and 5 percent", [P("4 per cent", 4.0), P("5 percent", 5.0)]),
    ("en", "fell 2.3pc, a 5pct stake, 4 pct", [P("2.3pc", 2.3), P("5pct", 5.0), P("4 pct", 4.0)]),
    ("en", "sold 10 PCs, 3 pcs and 2 PC units", []),
    ("fr", "une marge de 4,5 %", [P("4,5 %", 4.5)]),
    ("en", "shares jumped +4.5% then fell -3 %", [P("4.5%", 4.5), P("-3 %", -3.0)]),  # (a "+" stays out)
    ("fr", "en baisse de −3 %", [P("−3 %", -3.0)]),
    ("fr", "entre 3 et 5 %", [P("entre 3 et 5 %", 3.0, 5.0)]),
    ("en", "a 3-5% rise", [P("3-5%", 3.0, 5.0)]),
    ("en", "valued at €200-300m or £1.5-2 billion", [M("€200-300m", 200e6, "EUR", 300e6), M("£1.5-2 billion", 1.5e9, "GBP", 2e9)]),
    ("en", "between 3% and 5%", [P("between 3% and 5%", 3.0, 5.0)]),
    ("en", "rose 3% to 5%", [P("3%", 3.0), P("5%", 5.0)]),
    ("en", "growth of 3% to 5% and a stake of 10 % to 15 %", [P("3% to 5%", 3.0, 5.0), P("10 % to 15 %", 10.0, 15.0)]),
    ("en", "revenue of $41 billion to $41.3 billion", [M("$41 billion to $41.3 billion", 41e9, "USD", 41.3e9)]),
    ("en", "Revenue rose from $7bn to $8bn, then fell 9% to $12.3 billion.",
     [M("$7bn", 7e9, "USD"), M("$8bn", 8e9, "USD"), P("9%", 9.0), M("$12.3 billion", 12.3e9, "USD")]),
    # a change between two prices: two figures, the first taking the second's currency and scale
    ("fr", "Oddo abaisse son objectif de cours de 96 à 88 euros.", [M("96", 96.0, "EUR", implied=True), M("88 euros", 88.0, "EUR")]),
    ("fr", "Kepler relève son objectif de 41 à 47 euros.", [M("41", 41.0, "EUR", implied=True), M("47 euros", 47.0, "EUR")]),
    ("fr", "la dette passe de 2,1 à 2,6 milliards d'euros", [M("2,1", 2.1e9, "EUR", implied=True), M("2,6 milliards d'euros", 2.6e9, "EUR")]),
    ("fr", "le cours, de 130 à 120 dollars", [M("130", 130.0, "USD", implied=True), M("120 dollars", 120.0, "USD")]),
    ("en", "Shares rose from 45 to 52 dollars; bids ranged from 45 to 52 dollars.",
     [M("45", 45.0, "USD", implied=True), M("52 dollars", 52.0, "USD"), M("45 to 52 dollars", 45.0, "USD", 52.0)]),
    ("fr", "une fourchette de 45 à 52 euros par action", [M("de 45 à 52 euros", 45.0, "EUR", 52.0)]),
    ("en", "a quarter of a billion pounds and three quarters of a billion euros",
     [M("a quarter of a billion pounds", 2.5e8, "GBP"), M("three quarters of a billion euros", 7.5e8, "EUR")]),
    ("fr", "un quart de milliard d'euros", [M("un quart de milliard d'euros", 2.5e8, "EUR")]),
    ("fr", "un dividende représentant 30 % à 40 % du résultat ; la marge est passée de 12 % à 18 %",
     [P("30 % à 40 %", 30.0, 40.0), P("12 %", 12.0), P("18 %", 18.0)]),
    ("fr", "il peut porter sa marge d'Ebita de 7,4 % à 8 % d'ici à 2028", [P("7,4 %", 7.4), P("8 %", 8.0)]),
    ("fr", "porter la part du ferroviaire de 38 % à 45 % des ventes", [P("38 %", 38.0), P("45 %", 45.0)]),
    ("en", "raised its forecast to $4.6bn-$5bn from $4.1bn-$4.5bn",
     [M("$4.6bn-$5bn", 4.6e9, "USD", 5e9), M("$4.1bn-$4.5bn", 4.1e9, "USD", 4.5e9)]),
    ("fr", "après une vente de 1,2 Md€, ils pourraient céder 2 à 3 milliards d'actifs",
     [M("1,2 Md€", 1.2e9, "EUR"), M("2 à 3 milliards", 2e9, "EUR", 3e9, implied=True)]),
    # a difference of two percentages is no percentage (as every blind labeller has it)
    ("fr", "10 points de pourcentage", []),
    ("en", "the ratio rose 9 percentage points to 212%", [P("212%", 212.0)]),
    ("fr", "0,5 % et 100 %", [P("0,5 %", 0.5), P("100 %", 100.0)]),
    # --- pence glued to the number, only in a text about sterling
    ("en", "Shares fell 3% to 245p, valuing it at £2bn.", [P("3%", 3.0), M("245p", 2.45, "GBP"), M("£2bn", 2e9, "GBP")]),
    ("en", "The dividend is 4.1p, in pence per share.", [M("4.1p", 0.041, "GBP")]),
    ("en", "It streams in 1080p and 720p.", []),
    ("en", "A 245 p note on £5 and 12P in sterling.", [M("£5", 5.0, "GBP")]),
    # --- US cents, and "MUSD"/"MdEUR" (million/billion glued to the code)
    ("en", "The loonie traded at 71.52 U.S. cents; the dividend is 45 US cents.",
     [M("71.52 U.S. cents", 0.7152, "USD"), M("45 US cents", 0.45, "USD")]),
    ("fr", "Une levée de 300 MUSD puis de 2 MdEUR.", [M("300 MUSD", 3e8, "USD"), M("2 MdEUR", 2e9, "EUR")]),
    # --- Australian dollars written "$A", francs alone are Swiss francs
    ("en", "AirTrunk is worth $A24 billion; shares hit $A16.85.", [M("$A24 billion", 24e9, "AUD"), M("$A16.85", 16.85, "AUD")]),
    ("fr", "Le groupe a levé 1,2 milliard de francs et 3 millions de francs CFA.",
     [M("1,2 milliard de francs", 1.2e9, "CHF"), M("3 millions de francs CFA", 3e6, None)]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES, ids=[f"{c[0]}:{c[1][:40]}" for c in CASES])
def test_cases(lang: str, text: str, expected: list[tuple]) -> None:
    figs = find_figures(text, lang)
    check_spans(text, figs)
    assert summary(figs) == expected


def test_sample_article() -> None:
    text = SEED.read_text(encoding="utf-8")
    figs = find_figures(text, "fr")
    check_spans(text, figs)
    got = summary(figs)
    assert got.count(M("38 milliards de dollars", 38e9, "USD")) >= 3
    assert M("33 milliards d’euros", 33e9, "EUR") in got
    assert M("13 milliards de dollars", 13e9, "USD") in got
    assert M("1 400 milliards de dollars", 1.4e12, "USD") in got
    assert P("4 %", 4.0) in got
    assert got.count(M("$38 billion", 38e9, "USD")) == 2
    texts = " | ".join(f.text for f in figs)
    for bad in ("2019", "2025", "novembre"):
        assert bad not in texts


def test_other_language_reads_like_english() -> None:
    assert summary(find_figures("1,400 dollars", "de")) == [M("1,400 dollars", 1400.0, "USD")]
    assert summary(find_figures("1,400 dollars", "fr-FR")) == [M("1,400 dollars", 1.4, "USD")]


def test_empty_and_no_digits() -> None:
    assert find_figures("", "fr") == []
    assert find_figures("Aucun chiffre ici.", "fr") == []


@pytest.mark.parametrize(
    ("raw", "lang", "value"),
    [
        ("1400", "fr", "1400"),
        ("1 400", "fr", "1400"),
        ("1\u202f400", "fr", "1400"),
        ("1.400", "fr", "1400"),
        ("1,400", "fr", "1.4"),
        ("1,400", "en", "1400"),
        ("1.400", "en", "1.4"),
        ("1,5", "en", "1.5"),
        ("2.5", "fr", "2.5"),
        ("1,234.56", "fr", "1234.56"),
        ("1.234,56", "en", "1234.56"),
        ("1,000,000", "en", "1000000"),
        ("1.000.000", "fr", "1000000"),
        ("1'400", "en", "1400"),
        ("1 234,567", "fr", "1234.567"),
    ],
)
def test_parse_number(raw: str, lang: str, value: str) -> None:
    assert parse_number(raw, lang) == Decimal(value)


@pytest.mark.parametrize(
    ("words", "value"),
    [("un", 1), ("deux cents", 200), ("vingt-cinq", 25), ("one hundred and fifty", 150), ("half a", 0.5)],
)
def test_parse_spelled(words: str, value: float) -> None:
    assert parse_spelled(words) == Decimal(str(value))


def test_currency_tables_come_from_babel() -> None:
    assert is_code("USD") and is_code("CHF") and is_code("ZAR")
    assert not is_code("CEO") and not is_code("AWS") and not is_code("ALL")
    assert lookup_symbol("$") == "USD"
    assert lookup_symbol("CA$") == "CAD" and lookup_symbol("$CA") == "CAD"
    assert lookup_symbol("R$") == "BRL" and lookup_symbol("₹") == "INR"
    assert lookup_word("dollars canadiens")[0] == "CAD"  # Babel fr plural
    assert lookup_word("Swiss francs")[0] == "CHF"  # Babel en plural
    assert lookup_word("pence") == ("GBP", Decimal("0.01"))
    assert lookup_word("couronnes")[0] is None


def test_trie_regex_prefers_longest() -> None:
    import re

    rx = re.compile(f"(?:{trie_regex(['$', '$US', 'US$', 'A$'])})")
    assert rx.match("$US10").group() == "$US"
    assert rx.match("$10").group() == "$"
    assert rx.match("US$1").group() == "US$"


def test_scaled_amount_without_currency_before_a_is_a_range() -> None:
    def read(text: str) -> list[tuple[str, float | None, float | None, str | None]]:
        return [(f.text, f.amount, f.amount_max, f.currency) for f in find_figures(text, "fr")]

    assert read("L'opération, de 800 millions à 1 milliard d'euros, sera financée.") == [
        ("de 800 millions à 1 milliard d'euros", 8e8, 1e9, "EUR")
    ]
    assert read("Elle coûtera 800 millions à 1 milliard d'euros.") == [("800 millions à 1 milliard d'euros", 8e8, 1e9, "EUR")]
    assert read("Le chiffre d'affaires est passé de 800 millions à 1 milliard d'euros.") == [
        ("1 milliard d'euros", 1e9, None, "EUR")  # a change, not a range
    ]
    assert read("Le groupe vise 500 M€ à 600 M€ de ventes.") == [("500 M€ à 600 M€", 5e8, 6e8, "EUR")]  # (no verb of change: a range)
    # a first number in thousands does not take the second's scale word; a larger second number still shares it
    assert read("Le prix se situe entre 450'000 et 1,2 million de francs.") == [("entre 450'000 et 1,2 million de francs", 4.5e5, 1.2e6, "CHF")]
    assert [(f.text, f.amount, f.amount_max) for f in find_figures("It costs Rs 3,000-4,000 crore.", "en")] == [("Rs 3,000-4,000 crore", 3e10, 4e10)]
    assert read("iA prévoit un effet relutif de 0,15 $ à 0,20 $ sur son bénéfice par action.") == [("de 0,15 $ à 0,20 $", 0.15, 0.2, "USD")]
    assert read("Verdalis passera d'un chiffre d'affaires de 540 millions d'euros à 711 millions.") == [
        ("540 millions d'euros", 5.4e8, None, "EUR"), ("711 millions", 7.11e8, None, "EUR")
    ]


def test_crore_abbreviated() -> None:
    text = "Reliance will invest Rs4,500cr and Rs 300 Cr, ₹2,000cr in the unit; 40 cr people live there."
    assert [(f.text, f.amount, f.currency) for f in find_figures(text, "en")] == [
        ("Rs4,500cr", 4.5e10, "INR"), ("Rs 300 Cr", 3e9, "INR"), ("₹2,000cr", 2e10, "INR")
    ]
