"""Rules learnt from the twenty-first session's held-out sets, each with an
article of our own: a raised forecast "désormais de 6,9 à 7 Mds$" is the new
range, not a change; a glued "398m" after a percentage still continues the
stated currency; "dollars de Hongkong" are Hong Kong dollars; "mille deux
cents euros" is one amount in words."""

from __future__ import annotations

from tests.core.article_helpers import article_money


def test_a_forecast_now_between_two_amounts_is_one_range() -> None:
    text = (
        "Épices : le groupe relève sa prévision\n\n"
        "Le groupe a publié un chiffre d'affaires de 1,74 Md$ et relève sa prévision annuelle, désormais de 5,8 à 6 Mds$. "
        "Il relève son objectif de marge de 45 à 52 euros par tonne.\n"
    )
    money = article_money(text)
    assert ("de 5,8 à 6 Mds$", 5.8e9, "USD") in money
    assert ("52 euros", 52.0, "EUR") in money


def test_a_glued_amount_after_a_percentage_continues_the_currency() -> None:
    text = "Cookware deal\n\nStalbruk posted sales of SEK 512m in 2025, up 18% from 434m, and EBIT of SEK 91m.\n"
    assert article_money(text) == [("SEK 512m", 5.12e8, "SEK"), ("434m", 4.34e8, "SEK"), ("SEK 91m", 9.1e7, "SEK")]


def test_dollars_de_hongkong_and_a_thousand_in_words() -> None:
    text = (
        "La lettre du mobile\n\n"
        "À Hongkong, le titre du fabricant a clôturé à 38,40 dollars de Hongkong. En France, la montre coûte "
        "mille deux cents euros, et la version en or trois mille deux cents euros.\n"
    )
    assert article_money(text) == [
        ("38,40 dollars de Hongkong", 38.4, "HKD"),
        ("mille deux cents euros", 1200.0, "EUR"),
        ("trois mille deux cents euros", 3200.0, "EUR"),
    ]


def test_a_number_glued_to_b_continues_a_sum_in_b() -> None:
    text = "Collections start-ups\n\nThe team claims $2.7b in balances under management, up from 0.9b in January; its Series 1b round was small.\n"
    assert article_money(text) == [("$2.7b", 2.7e9, "USD"), ("0.9b", 9e8, "USD")]


def test_two_whole_amounts_joined_by_a_are_a_range_unless_they_change() -> None:
    text = (
        "La lettre du microsillon\n\n"
        "L'enseigne prépare une offre de reprise de vinyles d'occasion : 3 € à 12 € par disque en bon d'achat. "
        "Pour une ferme de 30 hectares, la facture passera d’environ 4 100 € à 4 650 €.\n"
    )
    assert [t for t, _, _ in article_money(text)] == ["3 € à 12 €", "4 100 €", "4 650 €"]
