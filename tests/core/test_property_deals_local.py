"""Property deals: buildings and hotels named like companies, a neighbourhood
after a city's possessive, funds numbered after "Fund", prices that "range
from" one amount to another, and public landowners."""

from __future__ import annotations

from tests.core.company_helpers import names_in
from tests.core.figure_helpers import money

en, fr = names_in("en"), names_in("fr")


def test_a_building_or_a_hotel_described_after_its_name_is_no_company() -> None:
    found = en(
        "Harbour deal\n\nVelmora REIT has agreed to sell a 50 per cent stake in Quillon Tower, a 62,000-square-metre office tower "
        "in Sydney's CBD, to Tarvik Asset Management. Brentford House, a 215,000 sq ft office building in the City, was sold too. "
        "Quillon Tower is 96 per cent let."
    )
    assert "Tarvik Asset Management" in found
    assert not {"Quillon Tower", "Brentford House", "CBD"} & set(found)
    found = fr("Biarritz\n\nLa holding a signé la vente de l’hôtel Ondine, un cinq-étoiles ouvert en 1912, au groupe Maisons Vernay, pour 46 millions d'euros.")
    assert "Ondine" not in found


def test_an_apposition_that_names_a_trade_keeps_the_company() -> None:
    found = en("Lodging deal\n\nOctavia Hospitality Group, a hotel owner based in Texas, bought Brontex Materials Ltd, a building supplier, for $40m.")
    assert "Octavia Hospitality Group" in found and "Brontex Materials" in found


def test_a_neighbourhood_after_a_city_possessive_is_a_place() -> None:
    found = en("Miami\n\nCoralline Development Group secured a $412 million loan to build a tower in Miami's Brickell neighborhood.")
    assert "Brickell" not in found and "Coralline Development Group" in found


def test_a_fund_numbered_after_fund_is_one_name() -> None:
    found = en("Funds\n\nThe stake will be held by Hanley Global Core Real Estate Fund 3, a vehicle backed by a pension fund, which committed $500m.")
    assert "Hanley Global Core Real Estate Fund 3" in found
    found = en("Debt funds\n\nKestrel Hill, a Dallas-based debt fund manager, closed its third vehicle, Kestrel Hill Real Estate Credit Fund III, at $1.6 billion.")
    assert "Kestrel Hill Real Estate Credit Fund III" in found


def test_prices_that_range_from_one_amount_to_another_are_one_range() -> None:
    assert money("Condos range from $1.2 million to $14 million, with an average of $1,850 a square foot.", "en")[0] == (
        "$1.2 million to $14 million", 1.2e6, "USD"  # ("from" not kept, unlike French "de")
    )
    assert [m[0] for m in money("Revenue rose from $7bn to $8bn.", "en")] == ["$7bn", "$8bn"]
    assert money("Les loyers vont de 180 € à 260 € le mètre carré.", "fr")[0][0] == "de 180 € à 260 €"


def test_a_metropolitan_authority_is_a_public_body() -> None:
    found = fr("Lyon\n\nLe terrain, acheté à la Métropole de Lyon par Ardoise Promotion, représente une charge foncière de 850 euros le m².")
    assert "Métropole de Lyon" not in found
