"""Trade press: deal tables written with "|", French trade words that open a
firm's name, towns named "X-sur-Y" that hold a company's name, regional
papers with their adjective, and a Canadian story's cents "U.S."."""

from __future__ import annotations

from tests.core.company_helpers import names_in
from tests.core.figure_helpers import in_context
from tui.core.sources import find_sources

names = names_in("fr")

TABLE = (
    "LES DEALS DE LA SEMAINE\n\n"
    "Cible | Activité, siège | Acquéreur / investisseur | Montant\n"
    "Couvertures Ravel | couverture, Dole | Groupe Barlier | NC\n"
    "Échafaudages du Doubs | location, Besançon | management + Garance Capital | 800 k€\n"
    "Charpentes Alby | charpente, La Roche-sur-Yon | reprise familiale | 2,5 M€\n\n"
    "Le marché reste actif."
)


def test_names_in_the_role_columns_of_a_table() -> None:
    found = names(TABLE)
    for name in ("Couvertures Ravel", "Groupe Barlier", "Échafaudages du Doubs", "Garance Capital", "Charpentes Alby"):
        assert name in found
    assert not [n for n in found if n in ("Dole", "Besançon", "NC", "Roche")]


def test_trade_words_that_open_a_firm_name() -> None:
    assert "Transports Brivalle" in names("Le groupe a racheté les Transports Brivalle, un spécialiste du froid basé à Rennes.")
    assert "Cliniques Morvanes" in names("Halys a finalisé le rachat des Cliniques Morvanes, dernier groupe familial.")


def test_a_regional_paper_with_its_adjective() -> None:
    text = "Comme l'avait révélé Le Courrier picard, la reprise a été validée par le tribunal."
    assert [s.name for s in find_sources(text, "fr")] == ["Le Courrier picard"]


def test_cents_us_in_a_canadian_story() -> None:
    text = "CALGARY — The loonie traded at 72 cents U.S. Shares of the Calgary producer rose."
    assert in_context(text)[0] == ("72 cents U.S.", "USD")


def test_share_bars_trending_lines_and_a_swedish_issuers_marker() -> None:
    from tui.core.load import article_from_text

    raw = (
        "Titre\n\nLe groupe a racheté son concurrent pour 12 millions d'euros, selon un communiqué publié lundi.\n\n"
        "Partagez cet article sur : Facebook Twitter LinkedIn WhatsApp\n\n"
        "Trending: Alberta operator sold for $85-million after 10% rent hike\n"
    )
    text = article_from_text(raw, path="x.txt").text
    assert "Facebook" not in text and "Trending" not in text
    assert [s.name for s in find_sources("Ekholt AB (publ) – Year-end report January–December 2025\n\nSales rose.", "en")] == []
    assert "Valley National Bancorp" not in names_in("en")("Harpeth Valley Bank merges with a Nashville lender, the banks said.")
