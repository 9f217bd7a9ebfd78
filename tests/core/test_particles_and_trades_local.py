"""A Spanish or Italian particle inside a name before its legal form ("Vinos
del Norte S.L.", after a cue that alone would take only "Vinos"), and French
trade words that open a small firm's name ("les Cycles Vandamme", "Jouets
Moreau, PME de 38 salariés")."""

from __future__ import annotations

import pytest

from tui.core.extract import extract
from tui.core.load import article_from_text


def _companies(text: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(c.name, c.aliases) for c in extract(article_from_text(text, path="x.txt")).companies]


def test_a_spanish_particle_before_a_legal_form_stays_in_the_name() -> None:
    text = "Titre\n\nLe groupe a racheté 100 % du capital de Vinos del Norte S.L., basée à Logroño, qui exploite 11 caves.\n"
    assert _companies(text) == [("Vinos del Norte", ("Vinos del Norte S.L.",))]


def test_french_trade_words_open_a_firm_name() -> None:
    text = ("Titre\n\nCe jeudi, Bertrand Lemaire a cédé les Cycles Lemaire à Flandres Industrie. Jouets Morin, PME de 38 "
            "salariés installée près de Lyon, a obtenu une subvention.\n")
    assert [n for n, _ in _companies(text)] == ["Cycles Lemaire", "Flandres Industrie", "Jouets Morin"]


def test_a_demonym_after_an_owner_verb_introduces_a_firm() -> None:
    text = "Titre\n\nLe canadien Canfor, déjà propriétaire du suédois Solvik depuis 2019, s'offre un second scieur.\n"
    assert [n for n, _ in _companies(text)] == ["Canfor", "Solvik"]


def test_a_regional_bank_stops_before_a_listed_bank_after_et() -> None:
    for text, names in (
        ("Titre\n\nLe crédit syndiqué est arrangé par la Banque Populaire du Sud et Société Générale, et par la trésorerie.\n",
         ["Banque Populaire du Sud", "Société Générale"]),
        ("Titre\n\nUn prêt de 1 800 000 euros du Crédit Agricole d'Ille-et-Vilaine et d'Arkéa complète le tour.\n",
         ["Crédit Agricole d'Ille-et-Vilaine", "Crédit Mutuel Arkéa"]),
        ("Titre\n\nLa Caisse d'Epargne Auvergne et Limousin prête 3 M€.\n", ["Caisse d'Epargne Auvergne et Limousin"]),
    ):
        assert [n for n, _ in _companies(text)] == names


def test_industries_after_a_listed_name_is_that_company() -> None:
    text = "Title\n\nDaikin Industries, the air-conditioner maker, has agreed to buy Lakeshore Air. Daikin will pay $2.1 billion.\n"
    assert _companies(text)[0] == ("Daikin", ("Daikin Industries",))


@pytest.mark.parametrize(("sentence", "name"), [
    ("Trane Technologies rachète Centrales d'Air Rhénanes, fabricant alsacien.", "Centrales d'Air Rhénanes"),
    ("Tom&Co met la main sur Terre de Croquettes, réseau de 23 boutiques.", "Terre de Croquettes"),
])
def test_a_deal_verb_s_object_keeps_its_particle(sentence: str, name: str) -> None:
    assert name in [n for n, _ in _companies(f"Titre\n\n{sentence}\n")]


@pytest.mark.parametrize("sentence", ["Kestrel rachète Lumo de Lyon.", "Kestrel rachète Lumo de Michel Dupont."])
def test_a_place_or_a_seller_after_de_stays_out(sentence: str) -> None:
    assert "Lumo" in [n for n, _ in _companies(f"Titre\n\n{sentence}\n")]


def test_a_laundry_opens_a_firm_name() -> None:
    text = "Titre\n\nLe groupe Anett reprend la Blanchisserie des Flandres et ses 140 salariés.\n"
    assert [n for n, _ in _companies(text)] == ["Anett", "Blanchisserie des Flandres"]


def test_a_headline_s_short_name_is_the_listed_company_below() -> None:
    text = ("The Aggregate Weekly: Heidelberg goes north with SEK 6.2bn lime deal\n\nFriday, 20 March 2026\n\n"
            "Heidelberg Materials agreed to buy Swedish lime producer Baltisk Kalk. The quarry firm Carrières du Porzay was sold too.\n")
    assert [n for n, _ in _companies(text)][:2] == ["Heidelberg Materials", "Baltisk Kalk"]
    assert "Heidelberg" not in [n for n, _ in _companies(text)]
