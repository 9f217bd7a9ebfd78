"""Names with a number between two name words ("Hangar 9 Aviation"), and the
numbers that stay outside a name: indexes, series, dates, scales and places."""

from __future__ import annotations

from tests.core.company_helpers import names_in

names = names_in("en")


def test_a_number_inside_a_name_is_part_of_it() -> None:
    assert "Hangar 9 Aviation" in names("Elmhurst Capital acquired Hangar 9 Aviation, a Wichita-based aircraft parts repairer.")
    assert "Quarry 12 Robotics" in names("The fund took a 35% stake in Quarry 12 Robotics, a warehouse automation firm.")
    assert "Atelier 7 Saisons" in names("Le fabricant de meubles Atelier 7 Saisons a levé 4 millions d'euros.", "fr")


def test_numbers_that_end_a_name_or_start_a_figure_stay_outside() -> None:
    found = names("The Stoxx Europe 600 Insurance index rose 0.6% as Veltra Capital bought Ondrix for $40 million.")
    assert not [n for n in found if "600" in n or "Stoxx" in n]
    found = names("On March 3 Norvane Systems agreed to buy Pellucid.")
    assert "March 3 Norvane Systems" not in found
    found = names("Brightwave Robotics Raises 40 Million Dollars From Kestrel Ventures")
    assert not [n for n in found if "40" in n]
    assert not [n for n in names("Our Series 2 Brightwave notes were bought by Kestrel Ventures.") if "Series" in n]
