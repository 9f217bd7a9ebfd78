"""Local and regional press: regional banks named with two regions, Belgian
and Swiss number words, local papers cited by their full title, data
providers cited for a statistic, related headlines and paywall lines of a
pasted page, and the home dollar of a story whose other party writes its own."""

from __future__ import annotations

from tests.core.company_helpers import names_in
from tests.core.figure_helpers import in_context, money
from tests.core.source_helpers import cited_in
from tui.core.load import article_from_text

names = names_in("fr")


cited = cited_in("fr")


def test_regional_banks_with_two_regions_and_lists_of_banks() -> None:
    found = names("La dette est partagée entre le Crédit Agricole de l'Anjou et du Maine et CIC Ouest.")
    assert found[:2] == ["Crédit Agricole de l'Anjou et du Maine", "CIC Ouest"]
    found = names("Le prêt vient du Crédit Agricole Centre Loire et de la Caisse d'Epargne Loire-Centre.")
    assert "Crédit Agricole Centre Loire" in found and "Caisse d'Epargne Loire-Centre" in found


def test_belgian_and_swiss_number_words_and_eighty() -> None:
    assert money("Il a payé nonante mille euros.", "fr") == [("nonante mille euros", 90000.0, "EUR")]
    assert money("Le prix atteint septante-cinq millions de francs suisses.", "fr")[0][1] == 75e6
    assert money("Le prix atteint quatre-vingts millions d'euros.", "fr") == [("quatre-vingts millions d'euros", 8e7, "EUR")]
    assert money("quatre-vingt-dix millions d'euros", "fr")[0][1] == 9e7


def test_local_papers_by_their_full_title() -> None:
    text = "Comme l'indiquait Le Courrier du Perche la semaine dernière, deux industriels avaient fait une offre."
    assert cited(text) == ["Le Courrier du Perche"]
    assert cited("Comme l'avait annoncé La Vigie savoyarde, la Région a promis une aide.") == ["La Vigie savoyarde"]
    assert cited("Comme l'avait annoncé Brivane en mars, la vente est faite.") == []


def test_data_providers_cited_for_a_statistic() -> None:
    assert cited("According to Experian, the number of completed deals rose 9% last year.", "en") == ["Experian"]
    assert cited("Selon Altares, les défaillances ont progressé de 14 % en 2025.") == ["Altares"]


def test_related_headlines_and_paywall_lines_of_a_pasted_page() -> None:
    raw = (
        "Kystmat buys Fjordlaks\n\nKystmat will pay NOK 1.2 billion for Fjordlaks, the companies said. "
        "The deal values Fjordlaks at twelve times its operating profit and closes in the third quarter.\n\n"
        "Related\n\nFeed prices: why salmon margins hit eight-year lows (Feb 12, 2026)\n\n"
        "Enjoyed this article? Support independent Nordic business journalism from €9 a month.\n"
    )
    article = article_from_text(raw, path="x.txt")
    assert article.date is None
    assert "€9" not in article.text
    assert "Cet article vous est offert" not in article_from_text(
        "Titre\n\nCet article vous est offert. Pour lire tous nos contenus, abonnez-vous dès 1 € le premier mois.\n\n"
        "Le groupe a racheté son concurrent pour 12 millions d'euros, selon un communiqué publié lundi.", path="y.txt"
    ).text


def test_the_home_dollar_when_the_other_party_writes_its_own() -> None:
    text = (
        "A Melbourne dairy agreed to sell to New Zealand's Kaiwaka Dairy for $14.5 million. Kaiwaka put the price at "
        "NZ$16 million. The Melbourne business supplies Sydney and Brisbane retailers and has an ASX-listed rival."
    )
    assert in_context(text)[0] == ("$14.5 million", "AUD")


def test_french_canadian_dollars_outside_quebec_and_uk_regions() -> None:
    text = "Le transformateur acadien de Caraquet, au Nouveau-Brunswick, est racheté pour 185 millions $ par un groupe de Colombie-Britannique."
    assert in_context(text, "fr") == [("185 millions $", "CAD")]
    found = names_in("en")("The Newport fabricator in Wales went into administration; UK Export Finance had backed its loans, Begbies said.")
    assert not [n for n in found if n in ("Wales", "UK Export Finance")]
