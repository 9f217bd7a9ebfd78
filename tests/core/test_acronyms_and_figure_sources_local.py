"""Acronyms in parentheses and source lines of figures.

An acronym the words before it spell is defined there, not cited: "l'ancienne Afrique-Occidentale
française (AOF)" cites no Agence Option Finance, and "l'allocation personnalisée d'autonomie
(APA)" is no company. An agency's own acronym after its name is that agency's
("l'Agence de presse sénégalaise (APS)", not Algeria's APS). "Source des montants :
sociétés, CFNEWS." is a source line, its last name without the full stop. Trade papers cite
with "avait dévoilé", "avaient évoqué"."""

from __future__ import annotations

from tests.core.company_helpers import names_in
from tests.core.source_helpers import cited_in

fr = cited_in("fr")


def test_a_defined_acronym_cites_nothing() -> None:
    assert fr("Le contrat porte sur 2.300 registres de l'ancienne Afrique-Occidentale française (AOF). Il vaut 95 millions de FCFA.") == []


def test_an_agency_and_its_acronym_are_one_source() -> None:
    assert fr("Selon l'Agence de presse sénégalaise (APS), le marché est estimé à 42 milliards de FCFA.") == ["Agence de presse sénégalaise"]


def test_a_common_noun_acronym_is_no_company() -> None:
    found = names_in("fr")("Le tarif versé au titre de l'allocation personnalisée d'autonomie (APA) atteint 24,58 euros de l'heure.")
    assert found == []


def test_the_source_line_of_the_figures() -> None:
    assert fr("Le marché pèse 40 M€.\n\nSource des montants : sociétés, CFNEWS.\n") == ["CFNEWS"]
    assert fr("Le marché pèse 40 M€.\n\nSources : Insee, Les Echos.\n") == ["Insee", "Les Echos"]


def test_trade_paper_cues() -> None:
    assert fr("L'opération, dont Médias24 avait dévoilé les contours, porte sur 120 millions de dirhams.") == ["Médias24"]
    assert fr("Le fonds signe un financement de 45 M$. Les Echos avaient évoqué l'opération en mars.") == ["Les Echos"]
    assert fr("Selon Le Lien horticole, le marché pèse entre 1,1 et 1,3 milliard d'euros.") == ["Le Lien horticole"]
