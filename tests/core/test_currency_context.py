"""Currencies read from the text: a declared dollar, and names shared by several countries."""

from __future__ import annotations

from tui.core.money import find_figures


def currencies(text: str, lang: str) -> list[tuple[str, str | None, bool]]:
    return [(f.text, f.currency, f.implied) for f in find_figures(text, lang) if f.kind == "money"]


def test_declared_canadian_dollars() -> None:
    text = (
        "CALGARY - Pembina will sell a stake for $1.5 billion, or $56.40 a share, up from 1.2 billion, "
        "plus US$200 million and 3 billion dollars.\n\nAll figures in Canadian dollars unless otherwise noted."
    )
    assert currencies(text, "en") == [
        ("$1.5 billion", "CAD", False), ("$56.40", "CAD", False), ("1.2 billion", "CAD", True),
        ("US$200 million", "USD", False), ("3 billion dollars", "CAD", False),
    ]


def test_declared_in_french_and_no_declaration() -> None:
    assert currencies("Tous les montants sont en dollars australiens.\n\nBHP paie 2 milliards de $.", "fr") == [
        ("2 milliards de $", "AUD", False)
    ]
    assert currencies("Pembina will sell a stake for $1.5 billion.", "en") == [("$1.5 billion", "USD", False)]


def test_declared_pesos_change_the_dollar_sign_only() -> None:
    text = (
        "(All amounts in Chilean pesos unless otherwise stated.)\n\nThe miner raised $840 billion, "
        "between $1,200 and $1,350 a share, against 95 billion the year before, plus US$300 million "
        "and 2 billion dollars of US debt."
    )
    assert currencies(text, "en") == [
        ("$840 billion", "CLP", False), ("between $1,200 and $1,350", "CLP", False),
        ("95 billion", "CLP", True), ("US$300 million", "USD", False), ("2 billion dollars", "USD", False),
    ]
    assert currencies("Montants en pesos mexicains.\n\nLa Fibra lève 9 000 millions de $.", "fr") == [
        ("9 000 millions de $", "MXN", False)
    ]


def test_shared_names_take_the_country_the_text_names() -> None:
    assert currencies("DAKAR - Elle lève 33 milliards de francs CFA.", "fr") == [("33 milliards de francs CFA", "XOF", False)]
    assert currencies("À Douala, 12 milliards de francs CFA.", "fr") == [("12 milliards de francs CFA", "XAF", False)]
    assert currencies("À Dakar et à Douala, 12 milliards de francs CFA.", "fr") == [("12 milliards de francs CFA", None, False)]
    assert currencies("Au Maroc, 2 milliards de dirhams.", "fr") == [("2 milliards de dirhams", "MAD", False)]
    assert currencies("ADQ spent 1.5 billion dirhams in Abu Dhabi.", "en") == [("1.5 billion dirhams", "AED", False)]
    assert currencies("It spent 1.5 billion dirhams.", "en") == [("1.5 billion dirhams", None, False)]


def test_glued_amounts_continue_a_glued_amount_of_the_same_sentence() -> None:
    text = "Pelham will inject £900m this year and the remaining 600m in 2027, up from 1.1bn planned."
    assert currencies(text, "en") == [("£900m", "GBP", False), ("600m", "GBP", True), ("1.1bn", "GBP", True)]
    metres = "Revenue rose to $1.2bn, up from 900m, and it dug a 600m tunnel that is 300m long."
    assert currencies(metres, "en") == [("$1.2bn", "USD", False), ("900m", "USD", True)]
    assert currencies("It paid £50m. The 600m tunnel opened.", "en") == [("£50m", "GBP", False)]
    assert currencies("It paid £50 million, then 600m more.", "en") == [("£50 million", "GBP", False)]


def test_quebec_french_press_writes_canadian_dollars() -> None:
    text = "Hydro-Québec investira 1,2 G$ et Desjardins 350 M$, plus 200 M$ US d'une banque américaine."
    assert currencies(text, "fr") == [("1,2 G$", "CAD", False), ("350 M$", "CAD", False), ("200 M$ US", "USD", False)]
    assert currencies("Le canadien Brookfield rachète Atlas pour 5 milliards de dollars.", "fr") == [
        ("5 milliards de dollars", "USD", False)
    ]
    assert currencies("Hydro-Québec will invest $1.2 billion.", "en") == [("$1.2 billion", "USD", False)]
    afp = "Schneider rachète le québécois Laurentide pour 2,1 milliards de dollars canadiens, après 850 millions de dollars en 2024."
    assert currencies(afp, "fr") == [
        ("2,1 milliards de dollars canadiens", "CAD", False), ("850 millions de dollars", "USD", False)
    ]
    cadre = "Desjardins investira 350 M$ dans le cadre du projet."  # "cadre" is no "CAD"
    assert currencies(cadre, "fr") == [("350 M$", "CAD", False)]
