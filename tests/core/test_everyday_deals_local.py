"""An ordinary day of deal news: public bodies abroad, a product a firm sells,
"Rival X", a firm's town between commas, a research firm that gets a
"Research", a listed bank in a list with an article, Spanish particles, the
headline's long name merging its short form, a wire's "Source:" issuer,
"a report by consultancy X", "X counts", video and "Most Read" furniture,
"W1.4tr", brands after "propriétaire des marques"."""

from __future__ import annotations

from tests.core.company_helpers import by_name, names_in
from tests.core.figure_helpers import money
from tests.core.source_helpers import cited_in
from tui.core.clean import clean

names = names_in("fr")
en = names_in("en")


cited = cited_in("en")


def test_public_bodies_products_and_descriptors() -> None:
    assert names("Intro. La vente, soumise au feu vert de l'Autoriteit Consument & Markt, est attendue.") == []
    assert names("Intro. La Caisse nationale de l'assurance maladie (Cnam) a retenu Capgemini et Orvane Cloud.") == ["Capgemini", "Orvane Cloud"]
    assert names("Intro. Kaliom lève 12 millions d'euros. Kaliom commercialise Kaliom Copilot, un agent conversationnel.") == ["Kaliom"]
    assert en("Intro. Quillon enters a crowded market. Rival Claimwise raised $25 million in January.") == ["Claimwise"]
    assert names("Intro. Le spécialiste du froid Frigomax, de Laval, change de mains.") == ["Frigomax"]
    assert en("Intro. The short seller Blackfin Research has criticised it.") == ["Blackfin Research"]
    assert en("Intro. Activist Corbel Capital disclosed a stake, the filing on EDGAR shows.") == ["Corbel Capital"]
    text = "Intro. Le groupe italien Dolciaria Valtellina, propriétaire des marques Crocchini et Dolcevita, rachète Fabre."
    assert names(text) == ["Dolciaria Valtellina", "Fabre"]


def test_lists_with_articles_particles_and_headline_names() -> None:
    assert names("Intro. Le crédit est arrangé par BNP Paribas, Crédit Agricole CIB et le CIC.") == [
        "BNP Paribas", "Crédit Agricole CIB", "Crédit Industriel et Commercial"
    ]
    assert "Energías del Norte" in names("Intro. Le fonds rachète la centrale à l'espagnol Energías del Norte pour 640 millions d'euros.")
    text = (
        "Japan's Sanwa Seiki to buy Redfield for $2.8bn\n\nOsaka-based Sanwa will pay with cash on hand and loans.\n\n"
        "TOKYO -- Sanwa Seiki, a maker of bearings, will acquire Redfield Motion Controls."
    )
    assert by_name(text)["Sanwa Seiki"] == ("Sanwa",)


def test_sources_issuers_reports_and_counts() -> None:
    assert cited("Texte.\n\nSource: Tessaro Health Technologies, Inc.") == []
    assert cited("Claims cost hospitals $260 billion a year, according to a report by consultancy Kaufman Hall.") == ["Kaufman Hall"]
    assert cited("It is the third takeover this year. Dealogic counts £9.8bn of inbound bids since January.") == ["Dealogic"]


def test_video_and_most_read_furniture() -> None:
    page = (
        "Norvane to buy Halcyra\n\nNorvane agreed to buy Halcyra for about $14 billion.\n\nWATCH NOW\n\nVIDEO 03:12\n\n"
        "Norvane CEO on the $14 billion Halcyra deal\n\nNorvane will fund it with cash.\n\nMost Read from Bloomberg\n\n"
        "China's Developers Face $20 Billion Bond Wall\n\nThe deal closes in June.\n"
    )
    assert clean(page, "Norvane to buy Halcyra").text == (
        "Norvane to buy Halcyra\n\nNorvane agreed to buy Halcyra for about $14 billion.\n\nNorvane will fund it with cash.\n\n"
        "The deal closes in June."
    )
    last = "Title\n\nThe deal closes in June.\n\nRead more\n\nUAE capacity to triple by 2030\n\nSaudi chip orders worth $10bn\n"
    assert clean(last, "Title").text == "Title\n\nThe deal closes in June."


def test_korean_trillions_glued() -> None:
    assert money("Hanseong Chemical will buy Daejin for W1.4tr, Seoul, South Korea.") == [("W1.4tr", 1.4e12, "KRW")]
