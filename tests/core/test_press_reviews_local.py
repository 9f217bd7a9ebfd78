"""Press reviews: publications cited by what they do with the story ("L'Echo
consacre sa une", "Le Temps revient sur", "Reuters, citing two sources,",
"Mint, which also reported", "The Financial Times' Lex column argued"), and the
companies they name ("Mainboard-listed X", "X Private Debt", "le façonnier X")."""

from __future__ import annotations

from tests.core.company_helpers import names_in
from tests.core.source_helpers import cited_in

en, fr = names_in("en"), names_in("fr")
cited_en, cited_fr = cited_in("en"), cited_in("fr")


def test_what_a_publication_does_with_the_story() -> None:
    assert cited_fr("Revue\n\nL'Echo consacre un éditorial au manque de repreneurs belges, qui coûte 2 % de PIB.") == ["L'Echo"]
    assert cited_fr("Revue\n\nLe Temps revient sur l'entrée en Bourse de Valaisia Energie, valorisée 800 millions de francs.") == ["Le Temps"]
    assert cited_en("Digest\n\n- Reuters, citing two sources, said Brookfield is weighing a sale of its 50% stake in the port.") == ["Reuters"]
    assert cited_en("Digest\n\nMint, which also reported the round, put the valuation at ₹2,600 crore.") == ["Mint"]
    assert cited_en("Digest\n\nThe Financial Times' Lex column argued on Thursday that the buyer was paying 20 times earnings.") == ["The Financial Times"]


def test_companies_a_review_names() -> None:
    assert "Hock Seng Marine" in en("Singapore deals\n\nThe week was busy. Mainboard-listed Hock Seng Marine has received a S$120 million offer for its tankers, it said.")
    found = fr("Dette\n\nSelon la newsletter Capital Finance, Ardian Private Debt a arrangé un financement unitranche de 95 millions d'euros.")
    assert "Ardian Private Debt" in found and "Ardian" not in found
    assert "Farmalabor Sud" in fr("Pharma\n\nUCB envisage de céder son usine au façonnier italien Farmalabor Sud pour 80 millions d'euros.")
