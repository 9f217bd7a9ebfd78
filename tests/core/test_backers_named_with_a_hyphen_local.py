"""A private-equity newsletter names a firm with its backer glued on by a hyphen: "Wind Point
Partners-backed ThermoCore agreed to buy …". The backer and the firm are two companies, the
firm's name starting after "-backed"; "Sequoia-backed Lumora" still names both."""

from __future__ import annotations

from tests.core.company_helpers import names_in

en = names_in("en")


def test_a_backer_of_several_words_before_the_subject() -> None:
    found = en("Wind Point Partners-backed ThermoCore agreed to buy Cascade Drinkware for $90 million, sources said.")
    assert {"Wind Point Partners", "ThermoCore", "Cascade Drinkware"} <= set(found)
    assert not any("backed" in name for name in found)


def test_a_backer_of_one_word() -> None:
    found = en("Sequoia-backed Lumora raised $40 million in a Series B round led by Accel.")
    assert {"Sequoia", "Lumora"} <= {name.split()[0] for name in found}
