"""Central European money and names, digital-asset traps, and press-release
forms: "złotys" and "Ft", token counts that are not money, a share class after a
name ("Stora Enso R shares"), a short name defined after a listing, a public
body's complement, and consultancies and data providers cited for a figure."""

from __future__ import annotations

from tests.core.company_helpers import by_name, names_in
from tests.core.figure_helpers import money, money_implied
from tests.core.source_helpers import cited_in

en, fr = names_in("en"), names_in("fr")


def test_zloty_with_its_polish_letter_and_the_forint_sign() -> None:
    found = money_implied(
        "Carton\n\nElle a réalisé un chiffre d'affaires de 842 millions de złotys, contre 768 millions un an plus tôt. "
        "Une consultation est facturée 24 900 Ft, contre 18 500 Ft il y a trois ans.\n",
        "fr",
    )
    assert [(t, c, implied) for t, _, c, implied in found] == [
        ("842 millions de złotys", "PLN", False),
        ("768 millions", "PLN", True),
        ("24 900 Ft", "HUF", False),
        ("18 500 Ft", "HUF", False),
    ]


def test_token_counts_are_not_money() -> None:
    found = money(
        "Treasury\n\nSales were $18 million. The treasury holds roughly 25 million USDC and 3.2 million ether, "
        "and the miner holds 1,200 bitcoins.\n",
        "en",
    )
    assert [t for t, _, _ in found] == ["$18 million"]


def test_a_value_noun_after_de_keeps_the_amount_money() -> None:
    found = money(
        "Usine\n\nLe groupe vend l'usine pour 245 millions de francs suisses.\n\n"
        "Sur les 245 millions de valeur d'entreprise, 33 millions correspondent à des dettes reprises.\n",
        "fr",
    )
    assert [(t, c) for t, _, c in found][1:] == [("245 millions", "CHF"), ("33 millions", "CHF")]


def test_a_share_class_is_not_part_of_the_name() -> None:
    assert en("Shares\n\nKelvora B shares rose 3% and Dunmore Holdings Class A stock fell.\n") == ["Kelvora", "Dunmore Holdings"]


def test_a_short_name_defined_after_the_listing() -> None:
    found = by_name(
        'Deal\n\nHalvard Packaging Corporation (NYSE: HVP) ("HVP" or the "Company") today announced an agreement. '
        "HVP expects synergies of $40 million.\n"
    )
    assert found == {"Halvard Packaging Corporation": ("HVP",)}


def test_a_bullet_starting_with_transaction_is_no_company() -> None:
    assert en("Terms\n\n- Transaction valued at $4.2 billion, or 11.8x EBITDA\n") == []


def test_a_public_bodys_complement_is_no_company() -> None:
    text = "Review\n\nIt needs clearance from the Commission for the Examination of Foreign Direct Investments (CEISD).\n"
    assert en(text) == []
    assert en("Board\n\nThe Board of Orvale Holdings approved the deal.\n") == ["Orvale Holdings"]


def test_a_capital_city_before_a_firm_word_is_a_place() -> None:
    found = en("Sale\n\nThe fund is managed by Bucharest private equity firm Carpath Capital.\n")
    assert found == ["Carpath Capital"]


def test_local_forms_of_firms() -> None:
    assert "Fondul Carpatica" in fr("Capital\n\nLe solde reste entre les mains de Fondul Carpatica, qui a vendu 5 %.\n")
    assert "Tallmark Investment Banking" in en("Advisers\n\nTallmark Investment Banking advised the seller on the sale.\n")


def test_consultancies_and_chain_analysts_cited_for_a_figure_are_sources() -> None:
    cited = cited_in("fr")
    assert cited("Marché\n\nSelon le cabinet Oliver Wyman, les actifs tokenisés pourraient atteindre 3 000 milliards de dollars.\n") == ["Oliver Wyman"]
    assert cited("Marché\n\nD'après Chainalysis, la France est le deuxième marché crypto d'Europe de l'Ouest.\n") == ["Chainalysis"]
