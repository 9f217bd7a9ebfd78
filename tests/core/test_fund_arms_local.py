"""A group written by its own name after its fund arm is that fund manager
("Macquarie Asset Management has agreed to buy ... Macquarie takes 60%"), and
one written after a company's venture arm stays the company ("Airbus Ventures"
and "Airbus" are two)."""

from __future__ import annotations

from tests.core.company_helpers import by_name, names_in

names = names_in("fr")


def test_a_group_after_its_fund_arm_is_that_manager() -> None:
    assert by_name("Macquarie Asset Management has agreed to buy Kelvale Rinks. Macquarie takes 60% of the group.", "en") == {
        "Macquarie Asset Management": ("Macquarie",), "Kelvale Rinks": ()
    }
    assert by_name("Mubadala Capital investit dans Vertal. Mubadala détiendra 30 %.", "fr") == {
        "Mubadala Capital": ("Mubadala",), "Vertal": ()
    }


def test_a_group_after_its_venture_arm_or_before_its_fund_arm_stays_itself() -> None:
    assert names("Airbus Ventures participe au tour ; Airbus est client de Célestia.") == ["Airbus Ventures", "Airbus", "Célestia"]
    assert names("Macquarie a publié ses comptes. Macquarie Asset Management achète Kelvale Patinoires SAS.") == [
        "Macquarie", "Macquarie Asset Management", "Kelvale Patinoires"
    ]
