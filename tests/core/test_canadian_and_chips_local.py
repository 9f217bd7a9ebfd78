"""Canadian copy and chip-industry wires: a code written before the dollar sign
("CAD $12 million"), a range whose second amount carries the code ("$40 million
to $60 million CAD"), the wires' "T$" and the French "dollars taïwanais", a
newsletter that marks every dollar, and a conversion in brackets after
"quelque", Nordic crowns written "kr" and codes with a scale ("DKKm 1,840")."""

from __future__ import annotations

from tests.core.figure_helpers import money, money_implied
from tui.core.currency_context import apply
from tui.core.money import find_figures


def test_a_code_before_the_dollar_sign() -> None:
    assert money("It raised a CAD $12 million Series A and a USD $5 million note.") == [
        ("CAD $12 million", 12e6, "CAD"),
        ("USD $5 million", 5e6, "USD"),
    ]


def test_a_range_whose_second_amount_carries_the_code() -> None:
    found = [(f.text, f.amount, f.amount_max, f.currency) for f in find_figures("Options worth $40 million to $60 million CAD vest.", "en")]
    assert found == [("$40 million to $60 million CAD", 40e6, 60e6, "CAD")]


def test_taiwan_dollars_as_the_wires_and_the_french_press_write_them() -> None:
    assert money_implied("TAIPEI (Reuters) - It will spend T$12.6 billion, 5.1 billion more than planned.\n\n($1 = 32.80 Taiwan dollars)") == [
        ("T$12.6 billion", 12.6e9, "TWD", False),
        ("5.1 billion", 5.1e9, "TWD", True),
        ("$1", 1.0, "USD", False),
        ("32.80 Taiwan dollars", 32.8, "TWD", False),
    ]
    assert money("Le fondeur investira 6,5 milliards de dollars taïwanais.", "fr") == [("6,5 milliards de dollars taïwanais", 6.5e9, "TWD")]


def test_a_text_that_marks_its_own_dollars_three_times_keeps_a_bare_dollar_american() -> None:
    text = (
        "Deterra pays A$212 million (US$139m) in Perth; the ASX-listed group has an A$350m facility and trades at A$4.21 in Sydney. "
        "Gold closed at US$2,968 in Perth, US$1,800 a year ago; the Perth miner pays US$190 million, US$85m and US$4.2B. "
        "Palladium sold for more than $2,000 an ounce in Perth and Brisbane."
    )
    assert ("$2,000", "USD") in [(f.text, f.currency) for f in apply(find_figures(text, "en"), text, text.lower(), "en")]


def test_an_amount_implied_after_a_conversion_in_brackets() -> None:
    text = "L'État toucherait 420 milliards de pesos chiliens (quelque 450 millions de dollars) par an, dont 35 milliards pour la région."
    assert [(f.text, f.currency) for f in apply(find_figures(text, "fr"), text, text.lower(), "fr") if f.kind == "money"][-1] == ("35 milliards", "CLP")


def test_nordic_crowns_written_kr_and_codes_with_a_scale() -> None:
    assert money("Lindqvist, coté à Stockholm, émet des actions à 18,50 kr. Le groupe suédois lève 400 millions de couronnes suédoises.", "fr")[0] == (
        "18,50 kr", 18.5, "SEK"
    )
    assert money("Revenue was DKKm 1,840 against DKKm 1,614 and EURbn 1.2.") == [
        ("DKKm 1,840", 1.84e9, "DKK"),
        ("DKKm 1,614", 1.614e9, "DKK"),
        ("EURbn 1.2", 1.2e9, "EUR"),
    ]


def test_macau_patacas_and_oil_field_counts() -> None:
    assert money("GGR rose to MOP21.6 billion from 19.93bn; MOP250 billion to MOP260 billion is expected.") == [
        ("MOP21.6 billion", 21.6e9, "MOP"),
        ("19.93bn", 19.93e9, "MOP"),
        ("MOP250 billion to MOP260 billion", 250e9, "MOP"),
    ]
    text = "Redbird sold $3.9 billion of assets; it had proved reserves of 212 million boe and 210 million standard cubic feet of gas a day."
    assert money(text) == [("$3.9 billion", 3.9e9, "USD")]


def test_vietnamese_dongs_in_french() -> None:
    assert money_implied("Le groupe investira 2 300 milliards de dongs, contre 1 900 milliards en 2024.", "fr") == [
        ("2 300 milliards de dongs", 2.3e12, "VND", False),
        ("1 900 milliards", 1.9e12, "VND", True),
    ]
