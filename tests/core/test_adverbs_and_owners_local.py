"""A sentence adverb before ", the company" is not a company ("Separately, the
company confirmed"; "Séparément, le groupe"), and a curated name that is also a
common word or a place ("Randstad", a Dutch region) is a company when the words
after it give it a business of its own ("Randstad a vu ses ventes baisser")."""

from __future__ import annotations

import pytest

from tui.core.extract import extract
from tui.core.load import article_from_text


def _companies(text: str) -> list[str]:
    return [c.name for c in extract(article_from_text(text, path="x.txt")).companies]


@pytest.mark.parametrize("adverb", ["Separately", "Additionally", "Subsequently", "Elsewhere", "Notably"])
def test_a_sentence_adverb_is_no_company(adverb: str) -> None:
    text = f"Title\n\nKestrel Paper bought back shares in 2025. {adverb}, the company confirmed a new boiler at its mill.\n"
    assert _companies(text) == ["Kestrel Paper"]


def test_a_french_sentence_adverb_is_no_company() -> None:
    text = "Titre\n\nLe groupe Papeteries Morvan a racheté ses actions. Séparément, le groupe a confirmé une nouvelle chaudière.\n"
    assert _companies(text) == ["Papeteries Morvan"]


def test_a_region_named_company_with_its_own_sales_is_a_company() -> None:
    text = "Titre\n\nLe marché de l'intérim recule. Randstad a vu ses ventes françaises baisser de 5 % en 2025.\n"
    assert _companies(text) == ["Randstad"]


def test_the_region_alone_stays_a_place() -> None:
    text = "Title\n\nHousing is scarce across the Randstad, where prices rose 4% in 2025.\n"
    assert _companies(text) == []


def _sources(text: str) -> list[str]:
    return [s.name for s in extract(article_from_text(text, path="x.txt")).sources]


def test_a_quote_opening_with_avec_and_a_firm_cites_nothing() -> None:
    text = ("Titre\n\nLe groupe Kestrel rachète Folha Digital, éditeur de paie à Porto.\n\n"
            "« Avec Folha, nous servons enfin la péninsule Ibérique », déclare sa présidente.\n")
    assert _sources(text) == []


def test_a_wire_credit_with_avec_is_still_cited() -> None:
    text = "Titre\n\nLe titre a perdu 38 % entre juillet et décembre.\n\n(Avec AOF / ML)\n"
    assert "AOF" in _sources(text)


def test_a_paper_machine_number_is_no_company() -> None:
    text = "Title\n\nKestrel Paper Inc. rebuilt two paper machines at its Kaukauna mill, including PM 32 and PM 33, for $78 million.\n"
    assert _companies(text) == ["Kestrel Paper"]


def test_a_founder_in_a_list_of_shareholders_stays_a_person() -> None:
    text = ("Title\n\nHartfield & Finch was founded in 2009 by Eleanor Whitcombe, a former perfumer. Holders of 41 per cent, "
            "including Whitcombe, have accepted the offer from Kestrel Beauty Ltd.\n")
    assert "Whitcombe" not in _companies(text)


def test_a_demonym_before_a_trade_word_is_no_company() -> None:
    text = "Evolution to buy Maltese live-casino studio Vallettra for $447 million\n\nEvolution will buy Moroccan rival Atlas Foods Ltd.\n"
    assert "Maltese" not in _companies(text) and "Moroccan" not in _companies(text)


def test_an_infinitive_opening_a_quote_is_no_company() -> None:
    text = "Titre\n\n« Devenir propriétaire de notre stade, c'est capter les recettes », explique le président d'Azur Football Group.\n"
    assert _companies(text) == ["Azur Football Group"]
