"""Canadian French outside Quebec, Singapore legal forms and the art trade: a
French text about Toronto or Vancouver that writes "318 $" and "200 M$" again
and again counts in Canadian dollars even after one "dollars canadiens";
"Pte Ltd" is a legal form; a dealer or an auction house names a firm."""

from __future__ import annotations

from tests.core.company_helpers import by_name, names_in
from tests.core.figure_helpers import in_context

en, fr = names_in("en"), names_in("fr")


def test_a_french_canadian_text_outside_quebec_writes_its_dollars_after_the_number() -> None:
    text = (
        "FPI\n\nLe fonds de Vancouver cède son portefeuille pour 1,35 milliard de dollars canadiens à un acheteur de Toronto. "
        "Le prix représente 318 $ le pied carré. Le FPI, coté à la TSX, versera 200 M$ aux porteurs, puis 245 M$ en 2027. "
        "Le titre a clôturé à 11,25 $.\n"
    )
    found = dict(in_context(text, "fr"))
    assert found["318 $"] == found["200 M$"] == found["11,25 $"] == "CAD"


def test_a_france_text_that_names_toronto_keeps_its_dollars_american() -> None:
    text = (
        "Rachat\n\nLe groupe parisien rachète une société de Toronto pour 450 millions d'euros. "
        "Son concurrent de Vancouver avait levé 200 M$ en 2024.\n"
    )
    assert ("200 M$", "USD") in in_context(text, "fr")


def test_singapore_private_limited_is_a_legal_form() -> None:
    found = by_name("Deal\n\nKestrel Data acquired Lumora DataHub Pte Ltd for S$80 million. Lumora DataHub runs two sites.\n")
    assert found["Lumora DataHub"] == ("Lumora DataHub Pte Ltd",)


def test_a_dealer_or_an_auction_house_names_a_firm() -> None:
    found = en("Art\n\nThe gallery has acquired a 60% stake in the Los Angeles dealer Casa Verbena for about $25m.\n")
    assert "Casa Verbena" in found
    assert "Hôtel Marcenac" in fr("Ventes\n\nLa maison de ventes Hôtel Marcenac a adjugé le tableau 1,2 million d'euros.\n")
