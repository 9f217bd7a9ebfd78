"""An acronym that spells a currency code ("l'ARS", the regional health agency; "TOP") before an
amount whose own currency is written after it is not that currency: "l'ARS 72 millions d'euros"
is 72 million euros. A code before an amount of the same kind keeps saying whose it is
("CAD 30 millions de dollars"), and a code glued to its number stays a code."""

from __future__ import annotations

from tests.core.figure_helpers import money


def test_an_acronym_before_an_amount_in_euros() -> None:
    text = "Le plan de l'ARS 72 millions d'euros sur trois ans a été validé par le conseil."
    assert money(text, "fr") == [("72 millions d'euros", 72_000_000.0, "EUR")]


def test_an_acronym_before_an_amount_in_dollars() -> None:
    text = "The ARS 15 million dollars grant was paid in March."
    assert money(text, "en") == [("15 million dollars", 15_000_000.0, "USD")]


def test_a_code_of_the_same_kind_keeps_its_country() -> None:
    assert money("Le groupe a levé CAD 30 millions de dollars.", "fr") == [("CAD 30 millions", 30_000_000.0, "CAD")]


def test_codes_alone_are_currencies() -> None:
    assert money("The group paid ARS 40 million, or EUR 36 million.", "en") == [
        ("ARS 40 million", 40_000_000.0, "ARS"),
        ("EUR 36 million", 36_000_000.0, "EUR"),
    ]
