"""Insurance and transport copy: a French text that counts in euros and names
Montréal once means US dollars by "dollars"; a place or a public body a curated
name begins ("Hong Kong-listed", "the Prudential Regulation Authority"); a
Reuters code after another company ("Chesnara (CSN.L)"); a bank's short name
beside its full one; a name defined in quotes with its listing; research firms
cited for an estimate; an audio player's "Listen (4 min)"."""

from __future__ import annotations

from tests.core.company_helpers import by_name, names_in
from tests.core.figure_helpers import in_context
from tests.core.source_helpers import cited_in
from tui.core.load import article_from_text

en, fr = names_in("en"), names_in("fr")


def test_french_copy_in_euros_naming_montreal_once_means_us_dollars() -> None:
    text = "Air Alizé commande quatre A350 pour 91,5 millions de dollars l'appareil. La compagnie vise Montréal et vend 12 M€ de billets."
    assert in_context(text, "fr")[0] == ("91,5 millions de dollars", "USD")
    quebec = "Le groupe de Montréal paie 350 millions de dollars. Desjardins et la Caisse de Montréal financent l'achat."
    assert in_context(quebec, "fr")[0] == ("350 millions de dollars", "CAD")


def test_a_place_or_a_public_body_a_curated_name_begins() -> None:
    found = en("Cargo\n\nHong Kong-listed Pearl Delta Logistics will sell a stake. Hong Kong International Airport handled 4.9 million tonnes.")
    assert "Kong Inc." not in found
    found = en("Insurers\n\nThe transfer is subject to sign-off by the Prudential Regulation Authority. Aviva said it was pleased.")
    assert found == ["Aviva"]


def test_a_reuters_code_after_another_company() -> None:
    assert en("Insurers\n\nAviva was in talks with Chesnara (CSN.L) and Valeo (VLOF.PA) last month, people said.") == ["Aviva", "Chesnara", "Valeo"]


def test_a_bank_short_name_in_the_headline_and_the_full_one_below() -> None:
    text = "Bancassurance : la Banque Rhodanienne confie son assurance-vie à CNP Assurances\n\nLa Banque Rhodanienne de Crédit (BRC) a choisi CNP Assurances. Pour BRC, l'accord est clé."
    assert by_name(text, "fr")["Banque Rhodanienne de Crédit"] == ("Banque Rhodanienne", "BRC")


def test_a_name_defined_in_quotes_with_its_listing() -> None:
    text = (
        'Bank deal\n\nHO CHI MINH CITY, Vietnam, April 2, 2026 /PRNewswire/ -- Saigon Delta Commercial Joint Stock Bank ("SDBank", HOSE: SDB) '
        "and AIA Vietnam, a unit of AIA Group Limited, today announced a deal. AIA will pay SDBank US$420 million."
    )
    assert by_name(text)["Saigon Delta Commercial Joint Stock Bank"] == ("SDBank",)


def test_research_firms_cited_for_an_estimate() -> None:
    cited = cited_in("en")
    assert "Maritime Strategies International" in cited("Charters\n\nThe backlog is $1.7bn, according to estimates by Maritime Strategies International (MSI).")
    assert cited_in("fr")("Mutuelles\n\nLa hausse sera limitée à 3,5 %, contre 8,1 % sur le marché d’après une estimation de News Assurances Pro.") == ["News Assurances Pro"]


def test_an_audio_players_line_is_a_leftover() -> None:
    article = article_from_text("Kuehne+Nagel buys Ridgeline\n\nBy Marcus Pike\n\nListen (4 min)\n\nKuehne+Nagel agreed to buy Ridgeline for $41 a share.", path="x.txt")
    assert "Listen" not in article.text


def test_a_crown_lender_by_its_french_name_and_acronym() -> None:
    text = "Batteries\n\nExportation et développement Canada (EDC) prête 200 M$ à Lithiar. EDC avait déjà financé Nemaska Lithium."
    found = by_name(text, "fr")
    assert found["Export Development Canada"] == ("Exportation et développement Canada", "EDC") and "Nemaska Lithium" in found
