"""Agrifood and wire copy: plural French trade words and farm legal forms that
begin names, a role word that opens a sentence, a count compared "from" a
count, a wire's dateline glued to a name after the year, an Australian state's
short name, "Vous aimerez aussi :" lines, pounds of an abstract noun, a union, a
named robot and a two-city dateline."""

from __future__ import annotations

from tests.core.company_helpers import names_in
from tests.core.figure_helpers import money_implied
from tui.core.clean import clean

en, fr = names_in("en"), names_in("fr")


def test_plural_trade_words_and_farm_forms_begin_names() -> None:
    found = fr(
        "Orge\n\nLa coopérative rachète les Malteries Garnaud pour 94 M€. Saint Louis Sucre reprend les Sucreries du Vermandois. "
        "Le fonds a acheté 410 hectares à la SCEA des Hautes Terres pour 3,6 M€."
    )
    assert {"Malteries Garnaud", "Sucreries du Vermandois", "SCEA des Hautes Terres"} <= set(found)


def test_a_role_word_opening_a_sentence_is_not_part_of_the_name() -> None:
    found = en("Grain\n\nMarubeni will buy 60% of the terminal. Seller Prairie Crest Holdings, a vehicle of a Toronto fund, keeps 35%.")
    assert "Prairie Crest Holdings" in found and "Seller Prairie Crest Holdings" not in found


def test_a_count_compared_from_a_count_is_no_money() -> None:
    text = "The C$100 million loop would lift its capacity to 9 million tonnes from 6.5 million. Revenue rose to $5 billion from 4.2 billion."
    assert [f[0] for f in money_implied(text)] == ["C$100 million", "$5 billion", "4.2 billion"]


def test_a_wires_dateline_after_the_year_is_no_part_of_the_name() -> None:
    found = en(
        "Fund close\n\nLOS ANGELES--(BUSINESS WIRE)--March 10, 2026--Harrowgate Royalty Partners (\"Harrowgate\"), a music rights "
        "investment firm, today announced the close of its third fund.\n\nAbout Harrowgate Royalty Partners\n\nFounded in 2016, "
        "Harrowgate Royalty Partners invests in catalogs."
    )
    assert "Royalty Partners" not in found and "Harrowgate Royalty Partners" in found


def test_an_australian_states_short_name_is_a_place() -> None:
    assert "NSW" not in en("Farmland\n\nThe median price of irrigated farmland in NSW rose 3.4 per cent, Tarlow Pastoral Co said.")


def test_vous_aimerez_aussi_lines_are_leftovers() -> None:
    text = ("Foncier agricole : un fonds lève 215 M€\n\nLe fonds a levé 215 millions d'euros auprès d'épargnants et d'assureurs, "
            "a annoncé sa société de gestion lyonnaise mardi.\n\nVous aimerez aussi : SCPI, forêts, vignes : où placer 50 000 euros en 2026 ?\n\n"
            "Le fonds vise 400 millions d'euros d'ici la fin de l'année, selon ses dirigeants.")
    assert "Vous aimerez aussi : SCPI, forêts, vignes : où placer 50 000 euros en 2026 ?" in clean(text).removed


def test_pounds_of_an_abstract_noun_are_money() -> None:
    from tests.core.figure_helpers import money

    assert money("This is half a billion pounds of confidence in elderly care, said the London owner.") == [
        ("half a billion pounds", 5e8, "GBP")
    ]
    assert money("Britain imports 42 million pounds of cheese a year, a London trade body said.") == []


def test_a_union_a_named_robot_and_a_two_city_dateline_are_no_companies() -> None:
    assert "CFDT Santé" not in fr("Ehpad\n\nCôté syndical, la CFDT Santé-Sociaux demande des garanties au groupe Korian.")
    assert "Spinalis" not in fr("Robotique\n\nSon robot, baptisé Spinalis, a obtenu le marquage CE. Stryker rachète la société.")
    found = en(
        "Deal\n\nMINNEAPOLIS & COPENHAGEN, Denmark--(BUSINESS WIRE)--Sep 8, 2026-- Veltrax Surgical, Inc. (NASDAQ: VLTX) today "
        "announced that it will acquire Nordvik Medical A/S in an all-cash deal valued at $1.2 billion."
    )
    assert found == ["Veltrax Surgical", "Nordvik Medical"]


def test_a_count_a_clause_goes_on_with_is_no_money() -> None:
    text = "The IPO raised R$2.1 billion. The company sold 95.5 million shares, including 12.5 million in a secondary tranche from early backers."
    assert [f[0] for f in money_implied(text)] == ["R$2.1 billion"]
