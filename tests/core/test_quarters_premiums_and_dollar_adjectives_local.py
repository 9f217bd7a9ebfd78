"""Rules learnt from the twenty-first session's held-out sets, each with an
article of our own: "a quarter-billion-dollar valuation" is a quarter of a
billion; "pounds of premium" are money, not a weight; a French "$" followed
by its country's adjective ("entre 62 et 65 M$ australiens") is that dollar."""

from __future__ import annotations

from tests.core.article_helpers import article_money


def test_a_quarter_billion_is_a_quarter_of_a_billion() -> None:
    text = "Clinics merge\n\n\"A quarter-billion-dollar valuation tells our nurses their work matters,\" she said.\n"
    assert article_money(text) == [("quarter-billion-dollar", 2.5e8, "USD")]


def test_pounds_of_premium_are_money() -> None:
    text = "Syndicate launch\n\n\"We expect to write close to half a billion pounds of premium,\" he said.\n"
    assert article_money(text) == [("half a billion pounds", 5e8, "GBP")]


def test_a_dollar_sign_followed_by_its_country_s_adjective() -> None:
    text = (
        "La lettre de la fertilité\n\n"
        "Le réseau est valorisé entre 62 et 65 M$ australiens, contre 40 M$ canadiens pour son rival ; "
        "son logiciel coûte 3 M$.\n"
    )
    assert article_money(text) == [
        ("entre 62 et 65 M$ australiens", 6.2e7, "AUD"),
        ("40 M$ canadiens", 4e7, "CAD"),
        ("3 M$", 3e6, "USD"),
    ]


def test_a_quarter_of_a_billion_hyphened() -> None:
    text = "Craft chain sale\n\n\"It's not a quarter-of-a-billion-pound business yet, nor a half-a-billion-dollar one,\" he said.\n"
    assert article_money(text) == [("quarter-of-a-billion-pound", 2.5e8, "GBP"), ("half-a-billion-dollar", 5e8, "USD")]
