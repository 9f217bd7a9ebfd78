"""A regional edition named in two words ("France 3 Grand Est", "France 3 Pays
de la Loire") is cited whole, as one-word editions are ("France Bleu
Champagne"); a word that is not a region's ("Lundi") stays out."""

from __future__ import annotations

import pytest

from tui.core.extract import extract
from tui.core.load import article_from_text


def _sources(text: str) -> list[str]:
    return [s.name for s in extract(article_from_text(text, path="x.txt")).sources]


@pytest.mark.parametrize("edition", ["France 3 Grand Est", "France 3 Pays de la Loire", "France 3 Hauts-de-France", "France Bleu Champagne"])
def test_a_regional_edition_is_cited_whole(edition: str) -> None:
    text = f"Titre\n\nLa scierie Kestrel a été rachetée entre 9 et 11 millions d'euros, selon {edition}. Les salariés sont repris.\n"
    assert _sources(text) == [edition]


def test_a_weekday_after_the_edition_stays_out() -> None:
    text = "Titre\n\nLa scierie Kestrel a été rachetée, selon France Bleu Champagne Lundi dernier, pour 9 millions d'euros.\n"
    assert _sources(text) == ["France Bleu Champagne"]


def test_a_person_after_the_edition_stays_out() -> None:
    text = ("Titre\n\nLe chantier coûte 4 millions d'euros, a confirmé à France 3 Hauts-de-France Pascal Huchin, directeur "
            "des opérations de la blanchisserie.\n")
    assert _sources(text) == ["France 3 Hauts-de-France"]


def test_a_rival_after_face_a_is_not_cited() -> None:
    text = "Titre\n\nL'enjeu est d'accélérer face à Kantar sur les panels. Le PDG a déclaré à Reuters que l'offre tient.\n"
    assert _sources(text) == ["Reuters"]
