"""Rules learnt from the twenty-second session's held-out sets, each with an
article of our own: a currency name spaced with no-break spaces ("francs
suisses" with U+202F); "MDS" and "MD" in capitals as billions before a
currency; thousands in English words before a currency; "pounds of interest"
are money; a sum in dollar words outside a quotation is in the dollar the text
marks with its sign far more often than any other."""

from __future__ import annotations

from tests.core.article_helpers import article_money

NNBSP = "\u202f"


def test_a_currency_name_spaced_with_narrow_no_break_spaces() -> None:
    text = (
        "Smash Arena lève des fonds\n\n"
        f"LAUSANNE, 3 mars 2026 - Smash Arena a réalisé un chiffre d'affaires de 9,8{NNBSP}millions{NNBSP}de{NNBSP}francs{NNBSP}suisses "
        f"et reçu une aide de 20{NNBSP}000{NNBSP}francs{NNBSP}suisses du canton.\n"
    )
    money = article_money(text)
    assert (f"9,8{NNBSP}millions{NNBSP}de{NNBSP}francs{NNBSP}suisses", 9.8e6, "CHF") in money
    assert (f"20{NNBSP}000{NNBSP}francs{NNBSP}suisses", 20000.0, "CHF") in money


def test_billions_abbreviated_in_capitals() -> None:
    text = (
        "LA LETTRE DU SOUDAGE\n\n"
        "LE CHINOIS HUAHAN LÈVE 2,3 MDS DE YUANS\n\n"
        "Le marché mondial du soudage pèse 1,1 MD$ en Asie et 12 MDS€ dans le monde, selon le cabinet.\n"
    )
    money = article_money(text)
    assert ("2,3 MDS DE YUANS", 2.3e9, "CNY") in money
    assert ("1,1 MD$", 1.1e9, "USD") in money
    assert ("12 MDS€", 12e9, "EUR") in money


def test_thousands_in_english_words_and_pounds_of_interest() -> None:
    text = (
        "Notes from a race director\n\n"
        "Posted 4 May 2026. The portable toilets came to nine thousand eight hundred pounds in London, and the loan for the "
        "start gantry cost twelve thousand pounds of interest over five years, and the barriers seventy-seven thousand "
        "eight hundred and ninety pounds.\n"
    )
    money = article_money(text)
    assert ("seventy-seven thousand eight hundred and ninety pounds", 77890.0, "GBP") in money
    assert ("nine thousand eight hundred pounds", 9800.0, "GBP") in money
    assert ("twelve thousand pounds", 12000.0, "GBP") in money


def test_a_sum_in_dollar_words_takes_the_dollar_the_text_marks() -> None:
    text = (
        "My workshop compressor\n\n"
        "Posted 4 May 2026. The new screw compressor cost NZ$14,800 fitted, the old piston unit NZ$3,900, and the service "
        "contract runs NZ$420 a quarter. A mate in the trade told me to just buy another piston unit for eight thousand dollars "
        "and be done with it. A US$640 leak detector would have settled it.\n"
    )
    assert ("eight thousand dollars", 8000.0, "NZD") in article_money(text)
