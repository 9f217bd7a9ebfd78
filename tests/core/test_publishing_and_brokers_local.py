"""Book and music trade: an imprint, a record label or a music publisher
names a firm ("crime imprint Foxglove Press"); a broker that "set a target"
or "has a price target" is a firm; a loan "consenti par X" names the lender;
the trade press (The Bookseller, Music & Copyright, Billboard...) is cited, and
a site named by its capitalised domain after "a révélé" or "reported" too; a
research house named as an adviser ("…, Primonial REIM France par JLL") is not
cited."""

from __future__ import annotations

from tests.core.company_helpers import names_in
from tests.core.source_helpers import cited_in

en, fr = names_in("en"), names_in("fr")
cited_en, cited_fr = cited_in("en"), cited_in("fr")


def test_an_imprint_or_a_label_names_a_firm() -> None:
    assert en("HarperCollins has bought British crime imprint Foxglove Press.") == ["HarperCollins", "Foxglove Press"]
    assert "Southerly Records" in en("Mushroom agreed to buy the record label Southerly Records for A$30 million.")
    assert fr("Le groupe rachète la maison d'édition Hirondelle Éditions.") == ["Hirondelle Éditions"]


def test_a_broker_setting_a_target_is_a_firm() -> None:
    names = en("The shares trade at $31.20, and Varden Securities set a target of $38. Morgans has a price target of $1.80 on the stock.")
    assert names == ["Varden Securities", "Morgans"]


def test_a_loan_granted_by_names_the_lender() -> None:
    assert fr("Le reste provient d'un prêt de 20 millions de dollars consenti par Orléane et d'un prêt octroyé par Vexalia.") == [
        "Orléane", "Vexalia"
    ]


def test_the_book_and_music_trade_press_is_cited() -> None:
    assert cited_en("According to The Bookseller, Bloomsbury has held talks.") == ["The Bookseller"]
    assert cited_fr("Le catalogue serait valorisé 18-20 M€, selon Music & Copyright.") == ["Music & Copyright"]
    assert "Music & Copyright" not in fr("Le catalogue serait valorisé 18-20 M€, selon Music & Copyright.")


def test_trade_press_with_a_press_word_in_its_name_is_cited_whole() -> None:
    assert cited_en("The gallery took a loan from its bank. The Art Newspaper first reported the talks in June.") == ["The Art Newspaper"]
    assert cited_en("Gold demand rose 3%, according to the World Gold Council.") == ["World Gold Council"]


def test_a_capitalised_press_word_is_part_of_an_unlisted_title() -> None:
    assert cited_en("The gallery took a loan. The Kestrel Newspaper first reported the talks in June.") == ["The Kestrel Newspaper"]
    assert cited_en("The gallery took a loan. The Kestrel daily first reported the talks.") == ["The Kestrel"]


def test_a_capitalised_domain_after_a_reporting_verb_is_cited() -> None:
    assert cited_fr("Le club vaudrait 1,3 milliard d'euros, a révélé Calciomercato.com. Deux candidats sont en lice.") == ["calciomercato.com"]


def test_a_research_house_named_as_an_adviser_is_not_cited() -> None:
    text = (
        "Emeis était conseillé par Rothschild & Co et le cabinet Gide Loyrette Nouel, Primonial REIM France par JLL et "
        "De Pardieu Brocas Maffei. La finalisation est attendue en juin."
    )
    assert cited_fr(text) == []
