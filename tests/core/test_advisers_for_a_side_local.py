"""A roundup's line of advisers names each firm with the side it worked for, by the side's
role: "Lexcase pour le management", "Lamy Lexel pour l'acquéreur", "Kirkland for the
sellers". Each is a company; "pour le fonds" in a sentence about no adviser names none."""

from __future__ import annotations

from tests.core.company_helpers import names_in

en, fr = names_in("en"), names_in("fr")


def test_french_advisers_for_a_side() -> None:
    found = fr(
        "Ouest Croissance prend la majorité d'Étuis Marceau pour 18 M€.\n"
        "Conseils : Alantra pour les vendeurs, Lamartine Conseil pour le fonds, Lexcase pour le management.\n"
        "Conseils : In Extenso Finance pour le cédant, Lamy Lexel pour l'acquéreur.\n"
    )
    assert {"Lexcase", "Lamy Lexel", "Lamartine Conseil", "In Extenso Finance"} <= set(found)


def test_english_advisers_for_a_side() -> None:
    found = en("Advisers: Brightwater Partners for the sellers; Halden Rowe for the management team.\n")
    assert {"Brightwater Partners", "Halden Rowe"} <= set(found)


def test_no_adviser_no_name() -> None:
    found = fr("Le Crédit du Morvan a prévu 3 M€ pour le fonds de garantie. Montagne Verte pour les vendeurs reste une option.\n")
    assert "Montagne Verte" not in found
