"""Curated names that are also common words or surnames ("Racine", "Goodwin",
"Davy", "Desjardins") are companies where the text says what they do for the
deal: an adviser "pour" a party or "en qualité de conseil", a broker keeping
its price target or its recommendation."""

from __future__ import annotations

import pytest

from tui.core.extract import extract
from tui.core.load import article_from_text


def _companies(text: str) -> list[str]:
    return [c.name for c in extract(article_from_text(text, path="x.txt")).companies]


@pytest.mark.parametrize("sentence", [
    "Natixis Partners et Bredin Prat pour Estran Capital ; Racine pour Rocaval.",
    "Oddo BHF intervient comme chef de file, Racine en qualité de conseil juridique.",
])
def test_an_adviser_for_a_party_is_a_company(sentence: str) -> None:
    assert "Racine Avocats" in _companies(f"Titre\n\nLes conseils ont accompagné l'opération. {sentence}\n")


def test_an_adviser_between_commas_before_pour_is_a_company() -> None:
    text = "Titre\n\nLes cabinets Gide Loyrette Nouel, conseil de Sillage, et Goodwin, pour General Catalyst, ont accompagné l'opération.\n"
    assert "Goodwin Procter" in _companies(text)


@pytest.mark.parametrize(("sentence", "name"), [
    ("Davy, the company's broker, kept its price target of 4.40 euros.", "Davy"),
    ("Desjardins a maintenu sa recommandation « conserver ».", "Desjardins"),
])
def test_a_broker_s_view_makes_a_company(sentence: str, name: str) -> None:
    assert name in _companies(f"Titre\n\n{sentence}\n")


def test_a_surname_before_pour_outside_an_adviser_sentence_is_not_read() -> None:
    assert _companies("Titre\n\nLe prix Racine pour Phèdre a été remis hier au théâtre.\n") == []


@pytest.mark.parametrize("sentence", [
    "Ravi Castellano, a former engineering chief at Stripe, joined the board.",
    "Dana Whitcombe, previously chief operating officer at Stripe, joined the board.",
])
def test_a_role_at_a_firm_makes_it_a_company(sentence: str) -> None:
    assert _companies(f"Title\n\n{sentence}\n") == ["Stripe"]


def test_two_firms_acting_as_legal_counsel_are_companies() -> None:
    text = "Titre\n\nLa Banque Laurentienne fournit le prêt à terme. Lavery et McMillan agissent comme conseillers juridiques.\n"
    assert _companies(text)[-2:] == ["Lavery", "McMillan"]


def test_a_law_firm_with_its_legal_form_on_a_tombstone_line_is_a_company() -> None:
    text = "Title\n\nTerumo buys Aldergrove Inc. for $1.4bn.\n\nLaw firms: Nishimura & Asahi (Terumo); Kestrel Hale LLP (Aldergrove)\n"
    assert "Kestrel Hale" in _companies(text)


def test_a_possessive_business_noun_confirms_a_short_name() -> None:
    assert "HgCapital" in _companies("The Buyout Brief\n\nHg's continuation fund closed at $2bn on Friday.\n")


def test_the_market_a_share_moved_on_is_no_company() -> None:
    text = "Titre\n\nLe titre Cintas a reculé sur la semaine au Nasdaq (-3,1 %). Implenia (-0,8 %) a annoncé un contrat.\n"
    assert _companies(text) == ["Cintas", "Implenia"]
