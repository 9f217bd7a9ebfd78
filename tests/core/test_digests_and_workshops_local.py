"""Names in results digests and regional trade copy: an apposition with a
dotted country ("X, the U.S. firm it bought"), Italian and Dutch holding words
("Partecipazioni"), a trade prefix with two particles ("Cidrerie du Val de
Rance"), a shipyard ("Chantier naval du Scorff"), and a consensus provider
cited as a source."""

from __future__ import annotations

from tests.core.company_helpers import by_name, names_in
from tests.core.source_helpers import cited_in

en, fr = names_in("en"), names_in("fr")
cited = cited_in("en")


def test_an_apposition_with_a_dotted_country() -> None:
    found = en(
        "Orders up\n\nQuarterly orders rose 4%. Kestrow Valve Systems, the U.S. firm it bought last year for $410 million, "
        "added 61 million euros of sales.\n"
    )
    assert "Kestrow Valve Systems" in found
    assert "U.S." not in found


def test_a_dotted_country_alone_after_a_comma_is_no_firm() -> None:
    assert en("Trade\n\nExports to the U.K., the U.S. and Japan rose 3% in the quarter.\n") == []


def test_an_italian_holding_word_ends_a_name() -> None:
    found = en("Stake\n\nThe controlling shareholder, Ardolino Partecipazioni, owns 51.2% of the company.\n")
    assert found == ["Ardolino Partecipazioni"]


def test_a_trade_prefix_with_two_particles_keeps_the_whole_place() -> None:
    found = fr("Cidre\n\nLa Cidrerie du Val de Sélune rachète la Brasserie de la Vallée pour 3 millions d'euros.\n")
    assert "Cidrerie du Val de Sélune" in found and "Val de Sélune" not in found
    assert "Brasserie de la Vallée" in found


def test_a_shipyard_is_named_with_its_trade() -> None:
    found = fr("Naval\n\nLe Chantier naval du Blavet a été racheté par Kerlouan Marine pour 3 millions d'euros.\n")
    assert "Chantier naval du Blavet" in found and "Blavet" not in found


def test_a_consensus_provider_is_a_source() -> None:
    assert "Visible Alpha" in cited(
        "Digest\n\nThree mid-caps reported before the bell. Consensus is from Visible Alpha unless stated.\n"
    )


def test_analysis_or_research_by_a_firm_cited_for_a_figure_is_a_source() -> None:
    assert cited("Pubs\n\nPubs close at one a day, according to analysis by Pennard Group, while others reopen.\n") == ["Pennard Group"]
    assert cited("Pubs\n\nPubs close, according to new research from the Harwell Foundation, a think tank.\n") == ["Harwell Foundation"]
    assert cited("Sales\n\nSales fell, according to research by Goldman Sachs.\n") == []  # a broker's research: a company


def test_company_registers_are_sources() -> None:
    text = (
        "Filature\n\nD'après les comptes 2024 publiés sur Pappers, l'entreprise avait perdu 870 000 euros. "
        "Selon le Bodacc, la date de cessation des paiements a été fixée au 2 janvier.\n"
    )
    assert cited_in("fr")(text) == ["Pappers", "Bodacc"]
    assert "Pappers" not in fr(text)


def test_an_ampersand_company_without_its_dot() -> None:
    found = en("Advisers\n\nThe family was advised by accountants Corran Hegarty & Co and solicitors Dunlewey Kelly LLP.\n")
    assert "Corran Hegarty" in found and "Dunlewey Kelly" in found


def test_a_trade_word_alone_is_the_firm_named_with_it() -> None:
    found = by_name(
        "Reprise\n\nLe tribunal a arrêté le plan de cession de la Filature Vandewalle au profit du groupe Hennequin. "
        "La Filature emploie 80 salariés.\n",
        "fr",
    )
    assert found["Filature Vandewalle"] == ("Filature",) and "Filature" not in found
