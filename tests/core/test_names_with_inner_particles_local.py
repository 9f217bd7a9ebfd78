"""A name with "à l'", "à la" or "con" inside it before its legal form is one
name: "Côte à l'Os BV", "Casas con Encanto SL" (not "Os BV", "Encanto SL"), also
as a deal verb's object ("reprend Côte à l'Os BV")."""

from __future__ import annotations

from tests.core.company_helpers import names_in

fr = names_in("fr")


def test_a_deal_verbs_object_with_an_inner_particle() -> None:
    assert fr("Maison Grillon reprend Côte à l'Os BV, à Gand.") == ["Maison Grillon", "Côte à l'Os"]
    assert fr("Il reprend Casas con Encanto SL et Terroirs & Comptoirs SA.") == ["Casas con Encanto", "Terroirs & Comptoirs"]


def test_a_legal_form_after_an_inner_particle() -> None:
    assert fr("Selon Les Echos, Côte à l'Os BV a été cédée.") == ["Côte à l'Os"]
