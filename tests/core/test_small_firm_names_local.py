"""Names of small British firms: a founder's possessive and the town
("Pennock's of Preston Ltd"), a possessive before a trade and a legal form
("Whitcombe's Haulage Ltd"), a trade in parentheses ("J. Barraclough & Sons
(Haulage) Ltd"), and a trading name ("trades as Dobson Motor Group")."""

from __future__ import annotations

from tests.core.company_helpers import by_name, names_in

en, fr = names_in("en"), names_in("fr")


def test_a_founders_possessive_and_the_town_is_one_name() -> None:
    found = by_name(
        "Bakery sold\n\nPennock's of Preston Ltd, the family bakery on Friargate, has been sold to Oakhollow Foods. "
        "Pennock's employs 80 people. MacAulay's of Oban Brewing Company was bought by a rival. "
        "Britain's of course the largest market.\n"
    )
    assert "Pennock's of Preston" in found and "MacAulay's of Oban Brewing Company" in found
    assert not any(n.startswith(("Preston", "Britain", "Oban")) for n in found)


def test_the_founders_name_elsewhere_in_the_text_does_not_block_the_firm() -> None:
    found = fr(
        "Bière\n\nLa Brasserie des Trois Moulins a racheté Lennox’s of Kelso Brewing Co., brasserie fondée par Hamish Lennox. "
        "Hamish Lennox reste directeur, et la marque Lennox’s ne changera pas.\n"
    )
    assert "Lennox’s of Kelso Brewing" in found and "Kelso Brewing" not in found


def test_a_possessive_before_a_trade_and_a_legal_form() -> None:
    found = fr("Transport\n\nLe groupe a signé l'acquisition de 85 % de Whitcombe's Haulage Ltd, qui emploie 90 salariés.\n")
    assert "Whitcombe's Haulage" in found and "Haulage" not in found
    assert "Microsoft's Activision Blizzard" not in en("Deal\n\nMicrosoft's Activision Blizzard Inc. unit cut 200 jobs.\n")


def test_a_trade_in_parentheses_and_the_initial_before_the_name() -> None:
    found = by_name(
        "Barraclough & Sons (Haulage) sold\n\nThe management of J. Barraclough & Sons (Haulage) Ltd has bought the firm "
        "from the family, backed by Rowan Debt Partners.\n"
    )
    name = next(n for n in found if "Barraclough" in n)
    assert name.startswith("J. Barraclough & Sons") and "Barraclough & Sons" not in set(found) - {name}


def test_a_trading_name_is_an_alias_of_the_company() -> None:
    found = by_name(
        "Dealer sold\n\nVertex Motors has bought Holloway's of Darlington (Holdings) Ltd, the dealer group that trades as "
        "Holloway Motor Group, for £23.6m.\n"
    )
    name = next(n for n in found if n.startswith("Holloway's"))
    assert "Holloway Motor Group" in found[name] and "Holloway Motor Group" not in found


def test_a_legal_form_before_a_french_name_and_a_chain_of_short_forms() -> None:
    found = by_name("Boulangerie\n\nLa SARL Boulangerie Le Morvan & Fils passe aux mains de ses cadres. La famille cède 100 %.\n", "fr")
    assert "Boulangerie Le Morvan & Fils" in found and not any(n.startswith("SARL") for n in found)
    found = by_name(
        "Vendée : Vertal rachète le groupe Brioche Pasquier & Fils\n\nVertal a signé l'acquisition des Établissements Brioche "
        "Pasquier & Fils, concessionnaire Renault. Les ventes du groupe Brioche Pasquier reculent de 2 %.\n", "fr"
    )
    assert len([n for n in found if "Pasquier" in n]) == 1


def test_a_place_before_an_adviser_s_trade_words_stays_in_the_name() -> None:
    found = en("Sale\n\nBGF was advised by Addleshaw Goddard. Calder Valley Corporate Finance and Gordons acted for the family.\n")
    assert "Calder Valley Corporate Finance" in found and "Corporate Finance" not in found
    assert "Mid West" not in en("Rigs\n\nRedgum runs 212 rigs across the Pilbara and the Mid West, employs 2,300 people and listed in 2019.\n")


def test_a_fund_named_after_its_manager_and_a_family_office() -> None:
    found = fr("Bottes\n\nLe fonds Granmont détiendra 88 % du capital par l’entremise de son troisième fonds, Granmont Fonds III. La Caisse suit.\n")
    assert "Granmont Fonds III" in found and "Fonds III" not in found
    assert "Redmoor Family Office" in en("Deal\n\nRedmoor Family Office, which owns 14.6% of Cobalt, backs the deal.\n")
