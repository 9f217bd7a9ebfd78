"""States, provinces, prefectures, regions and towns are places, not companies: a list of them
after "in" or "including" ("smallholders in Assam, Manipur and Meghalaya", "venues, including
Nashville and New Orleans"), a town before a trade ("Hiroshima oyster farmer") or after "forge de"
("forge de Tilburg") names no firm, while the firms beside them are still found.  A place
that is also a firm's name stays out of the list (Heidelberg, Napa, Gascogne)."""

from __future__ import annotations

import json
from importlib import resources

from tests.core.company_helpers import names_in

en, fr = names_in("en"), names_in("fr")


def test_indian_states_in_a_list() -> None:
    found = en(
        "Shillong-based Spiral Harvest, which organises snail farming among smallholders in Assam, Manipur and "
        "Meghalaya, has raised Rs 45 crore from Caspian Impact. Its plant near Guwahati opens in May."
    )
    assert not {"Assam", "Manipur", "Meghalaya", "Guwahati"} & set(found)
    assert "Spiral Harvest" in found


def test_towns_as_adjectives_and_in_lists() -> None:
    found = en(
        "TOKYO, April 5 (Reuters) - Japanese seafood company Kyokuyo Co said on Wednesday it would buy Hiroshima oyster "
        "farmer Seto Kaki Suisan for 4 billion yen. The number of oyster farms in Hiroshima has fallen by a third. "
        "Backbeat Hospitality opened seven venues, including Nashville and New Orleans, and now runs 64."
    )
    assert not {"Hiroshima", "New Orleans", "Nashville"} & set(found)
    assert "Kyokuyo Co" in found or "Kyokuyo" in found


def test_a_dutch_town_in_french() -> None:
    found = fr("Rouvier rachète 100 % de Hoefijzerfabriek Brabant (HFB), forge de Tilburg qui produit 4,2 millions de fers.")
    assert "Tilburg" not in found


def test_places_that_name_firms_stay_out_of_the_list() -> None:
    data = json.loads(resources.files("tui.core").joinpath("data/company_words.json").read_text(encoding="utf-8"))
    assert not {"Heidelberg", "Napa", "Gascogne", "Mackay", "Vexin"} & set(data["places"])
