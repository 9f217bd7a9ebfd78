"""A regional bank named after two regions ("Crédit Agricole de la Touraine et
du Poitou") ends before the next bank of a list ("et de la Caisse d'Epargne
Loire-Centre"): each "et" is read, not only the first.  A release's bullet
"- Agreement to acquire X" names no company "Agreement" (stop list)."""

from __future__ import annotations

from tests.core.company_helpers import names_in

names = names_in("fr")


def test_two_regional_banks_in_a_list() -> None:
    text = (
        "Potagers du Centre reprend un maraîcher\n\n"
        "TOURS, 3 mars 2046 - Potagers du Centre a obtenu un prêt de 800.000 euros du Crédit Agricole de la Touraine "
        "et du Poitou et de la Caisse d'Epargne Loire-Centre, complété par ses fonds propres.\n"
    )
    found = names(text)
    assert "Crédit Agricole de la Touraine et du Poitou" in found, found
    assert "Caisse d'Epargne Loire-Centre" in found


def test_an_agreement_opening_a_bullet_is_no_company() -> None:
    text = (
        "Crunchbox raises $40 million\n\n"
        "NEW YORK--(BUSINESS WIRE)--Crunchbox Foods Inc. today announced a $40 million Series C.\n\n"
        "Highlights:\n- Agreement to acquire Prairie Leaf Kitchens Ltd. of Regina\n- Revenue up 40%\n"
    )
    assert "Agreement" not in names_in("en")(text)
