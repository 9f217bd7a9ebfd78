"""A count noun after two adjectives joined by "and" still counts things
("1.1 million residential and business customers"); a firm said to be part
of another ("Tessor, part of Velbrook", "Corvel, propriété du groupe
Astrane") names both, but not the tail of a longer public body's name; a
"X Digital Exchange" is a trading firm, a "Securities Exchange" a market; a
newsletter's section heading in capitals ("TRADE FINANCE") is no firm; a
listed name followed by a sector word and "Group" is that company; "JSW"
after "JSW Steel" is JSW Steel, not the JSW Group; "X était détenu par",
"X is owned by" name X."""

from __future__ import annotations

from tests.core.company_helpers import names_in
from tests.core.figure_helpers import money_implied

en, fr = names_in("en"), names_in("fr")


def test_a_count_noun_after_two_joined_adjectives_is_not_money() -> None:
    text = "The utility cost $4 billion. It serves 1.1 million residential and business customers. Revenue was 3.2 billion."
    assert money_implied(text) == [("$4 billion", 4e9, "USD", False), ("3.2 billion", 3.2e9, "USD", True)]


def test_an_amount_followed_by_and_is_still_money() -> None:
    text = "The group paid $4 billion. It raised 5 million and hired staff."
    assert ("5 million", 5e6, "USD", True) in money_implied(text)


def test_part_of_names_the_firm_and_its_owner() -> None:
    names = en("Tessor, part of Velbrook, paid $20 million. Marlow, now part of the Brantley Group, agreed.")
    assert {"Tessor", "Velbrook", "Marlow"} <= set(names)
    assert any(n.startswith("Brantley") for n in names)


def test_propriete_de_names_the_firm_and_its_owner() -> None:
    names = fr("Corvel, propriété du groupe Astrane, a cédé son usine. Vireo est la propriété de Mantis depuis 2019.")
    assert {"Corvel", "Astrane", "Mantis"} <= set(names)


def test_part_of_after_a_long_public_name_takes_no_tail() -> None:
    names = en("Veridian got a $3.2 million award from the National Institute on Aging (NIA), part of the National Institutes of Health.")
    assert "Aging" not in names


def test_part_of_a_lower_case_thing_names_nothing() -> None:
    assert en("Revenue, part of which came from Europe, rose. The payment, part of a wider package, came in May.") == []


def test_a_digital_exchange_is_a_firm_but_a_stock_exchange_is_a_market() -> None:
    names = en("Tsim Digital Exchange raised $20 million from Kestrel Partners. Loomis listed on the Nairobi Securities Exchange.")
    assert "Tsim Digital Exchange" in names
    assert "Nairobi Securities Exchange" not in names


def test_a_section_heading_in_capitals_is_not_a_firm() -> None:
    text = "Metals Ledger\n\nTHE BIG ONE\n\nNucor bought Lone Star Rebar for $3.4bn.\n\nTRADE FINANCE\n\n- Glencore signed a $400M prepayment.\n"
    names = en(text)
    assert "TRADE FINANCE" not in names
    assert {"Nucor", "Glencore"} <= set(names)


def test_a_listed_name_with_a_sector_word_and_group_is_that_company() -> None:
    from tests.core.company_helpers import by_name

    found = by_name("Commodity trader Trafigura Trading Group agreed to buy it. Geneva-based Trafigura will pay $980 million.")
    assert found == {"Trafigura": ("Trafigura Trading Group",)}


def test_a_plain_alias_that_begins_another_listed_name_goes_to_it() -> None:
    from tests.core.company_helpers import by_name

    found = by_name("JSW Steel has agreed to buy the plant for £215 million. JSW has promised to keep it open.")
    assert found == {"JSW Steel": ("JSW",)}


def test_a_firm_said_to_be_owned_by_another_is_a_firm() -> None:
    assert fr("Recyméta était jusqu'ici détenu par son fondateur et par le fonds Nordia Capital.") == ["Recyméta", "Nordia Capital"]
    assert en("Quintar is majority owned by Fennick Holdings.") == ["Quintar", "Fennick Holdings"]
    assert fr("La société était détenue par son fondateur.") == []
