"""Retail, leisure and Pacific copy: a chain named in apposition ("les Marchés
Tournesol, une chaîne de 38 épiceries"), a stake described as an "interest in"
a company, a South African "Proprietary Limited", an amount implied after "F
CFP", a stake raised "ainsi" from one percentage to another, and a Swiss
price's ".–"."""

from __future__ import annotations

from tests.core.company_helpers import names_in
from tests.core.figure_helpers import money, money_implied
from tui.core.extract import extract
from tui.core.load import article_from_text
from tui.core.money import find_figures

en, fr = names_in("en"), names_in("fr")


def test_a_chain_named_in_apposition_is_a_company() -> None:
    assert "Marchés Tournesol" in fr("Épicerie\n\nMetro annonce le rachat des Marchés Tournesol, une chaîne de 38 épiceries fines.")
    assert "Pantry Lane" in en("Grocery\n\nThe fund bought Pantry Lane, a chain of 120 convenience stores, last year.")


def test_an_interest_in_a_company_names_it() -> None:
    assert "Coralbay Ports" in en("Ports\n\nThe pension fund has sold its 30% interest in Coralbay Ports, which runs two terminals.")


def test_a_proprietary_limited_is_the_company_named_without_it() -> None:
    text = (
        "Deal\n\nKgalema Holdings will buy 74% of Themba Cold Chain for R1.48bn.\n\n"
        "Kgalema agreed to acquire 74% of Themba Cold Chain Proprietary Limited from its founders. Themba runs 14 warehouses."
    )
    names = {c.name: c.aliases for c in extract(article_from_text(text, path="x.txt")).companies}
    assert "Themba Cold Chain" in names and "Themba Cold Chain Proprietary Limited" in names["Themba Cold Chain"]


def test_an_amount_implied_after_cfp_francs() -> None:
    assert money_implied("Elle a réalisé 6,9 milliards de F CFP, contre 6,1 milliards en 2024.", "fr") == [
        ("6,9 milliards de F CFP", 6.9e9, "XPF", False),
        ("6,1 milliards", 6.1e9, "XPF", True),
    ]


def test_a_stake_raised_from_one_percentage_to_another_is_two_figures() -> None:
    found = [f.text for f in find_figures("La Sofidep porte ainsi sa participation de 8 % à 12 %.", "fr") if f.kind == "percent"]
    assert found == ["8 %", "12 %"]


def test_a_swiss_price_keeps_its_dash() -> None:
    assert money("Le vélo coûte Fr. 250.– et la selle CHF 12.-, livrée.", "fr") == [("Fr. 250.–", 250.0, "CHF"), ("CHF 12.-", 12.0, "CHF")]
