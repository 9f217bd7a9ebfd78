"""Data providers and research firms cited for a figure ("Selon Bureaustat, 2,9
milliards d'euros...", "... according to Pharmalytix."), and property advisers
that are companies when they advise and sources when a figure is theirs."""

from __future__ import annotations

from tests.core.company_helpers import names_in
from tests.core.source_helpers import cited_in

fr, en = cited_in("fr"), cited_in("en")
companies_fr, companies_en = names_in("fr"), names_in("en")

OFFICES = (
    "Velmora cède un immeuble de bureaux à Nanterre\n\n"
    "La foncière Velmora a signé la vente de l'immeuble Lumen pour 380 millions d'euros. "
    "L'acquéreur était conseillé par CBRE et le cabinet Gide Loyrette Nouel, le vendeur par JLL.\n\n"
    "Selon Bureaustat, 2,9 milliards d'euros ont été investis en bureaux franciliens en 2025, un recul de 18 % sur un an. "
    "Selon les chiffres de l'IEIF, les SCPI ont collecté 4,9 milliards d'euros en 2025. "
    "L'information avait d'abord été rapportée par La Presse."
)


def test_a_name_cited_bare_for_a_figure_is_a_source() -> None:
    assert en("Sales\n\nThe upfront payment is 3.8 times the target's 2025 revenue, according to Pharmalytix. Shares rose.") == ["Pharmalytix"]
    assert en("Grocery\n\nAccording to Tescoview, convenience stores now take 23 per cent of grocery spending in the country.") == ["Tescoview"]
    assert en("Office values are 35% below their peak, according to real estate data firm Parkline Analytics, though prices rose.") == ["Parkline Analytics"]
    cited = fr(OFFICES)
    assert "Bureaustat" in cited and "IEIF" in cited and "La Presse" in cited


def test_a_company_a_person_or_a_public_body_cited_bare_is_no_source() -> None:
    assert en("Results\n\nSales rose 5% in the quarter, according to Amazon, which also raised its outlook for the year.") == []
    assert en("Deal\n\nJohn Brackley, an analyst, was cautious. Sales rose 4%, according to Brackley, though margins fell.") == []
    assert en("Deal\n\nAccording to Velmora, sales rose 5% this year. Velmora agreed to buy Tarvik for $40m.") == []
    assert en("Deal\n\nAccording to the Ministry of Finance, the deficit reached 5% of output this year.") == []
    assert en("Deal\n\nAccording to Kiwoom Securities, the deal values the target at 12 times earnings.") == []


def test_an_adviser_is_a_company_and_a_source_only_when_cited() -> None:
    assert "CBRE" not in fr(OFFICES) and "JLL" not in fr(OFFICES)
    found = companies_fr(OFFICES)
    assert "CBRE" in found and "Jones Lang LaSalle" in found
    assert en("Deal\n\nSydney office deals totalled $4.3 billion in 2025, according to Colliers, with prime yields near 6 per cent.") == ["Colliers"]


def test_a_stake_in_a_data_firm_makes_it_a_company() -> None:
    text = "WPP\n\nThe investor wants WPP to sell its remaining 40pc stake in Kantar, the data business it sold in 2019."
    assert en(text) == [] and "Kantar" in companies_en(text)
    assert en("Retail\n\nShoppers spent 4% more in the month, according to Kantar, the market research firm.") == ["Kantar"]
