"""Company rules learnt from the twenty-first session's held-out sets, each
with an article of our own: a dateline in capitals with its country in
brackets ("ZURICH (Suisse), 9 juin") is no Swiss subsidiary of a curated
company; "Joining X on the deal" does not make "Joining X" a name."""

from __future__ import annotations

from tests.core.article_helpers import article_names


def test_a_dateline_with_its_country_in_brackets_is_no_subsidiary() -> None:
    text = (
        "Un fabricant français rachète un zurichois\n\n"
        "ZURICH (Suisse), 9 juin 2027 (AFP) - Le fabricant français de terminaux Monetia a annoncé le rachat de "
        "Kassenwerk AG pour 80 millions de francs.\n"
    )
    names = article_names(text)
    assert "ZURICH (Suisse)" not in names and "Kassenwerk" in names


def test_joining_before_a_name_is_no_part_of_it() -> None:
    text = (
        "Meadowfield buys an egg farm\n\n"
        "Meadowfield Foods agreed to buy Sunnyhill Eggs for $120 million. Joining Meadowfield Foods on the deal were "
        "Lincoln International and Husch Blackwell LLP.\n"
    )
    names = article_names(text)
    assert not any(n.startswith("Joining") for n in names)
    assert "Lincoln International" in names and "Husch Blackwell" in names


def test_a_name_with_a_model_number_after_it_is_a_product() -> None:
    text = (
        "Hearthline buys Copperleaf\n\n"
        "Hearthline agreed to buy Copperleaf Lending for $40 million. Copperleaf's broker portal, Copperleaf Connect 3.0, will "
        "remain in service, and its Harborview Home 365 range will be discussed. Pinecrest Capital 34 % and Go Ventures "
        "1 800 000 euros also invested.\n"
    )
    names = article_names(text)
    assert "Copperleaf Connect" not in names and "Harborview Home" not in names
    assert "Copperleaf Lending" in names


def test_a_group_publishing_its_revenue_and_an_acronym_with_a_particle() -> None:
    text = (
        "Les télécoms en bref\n\n"
        "Orange a publié jeudi un chiffre d'affaires trimestriel de 10,3 Md€, en hausse de 1,2 %.\n\n"
        "Zweifel rachète Pruneaux du Valais SA pour CHF 20 millions. PDV a réalisé l'an dernier un chiffre d'affaires de CHF 14,8 millions.\n"
    )
    names = article_names(text)
    assert "Orange" in names
    assert "PDV" in names["Pruneaux du Valais"] and "PDV" not in names


def test_a_firm_joined_by_and_after_a_curated_adviser_is_its_own() -> None:
    text = "Vapora sold\n\nHalcyon agreed to buy Vapora for $90 million. Lincoln International and Brightwater Sandler LLP advised Vapora.\n"
    names = article_names(text)
    assert "Lincoln International" in names and "Brightwater Sandler" in names
