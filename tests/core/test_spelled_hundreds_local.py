"""A rule learnt from the twenty-fourth session's held-out sets, with articles of
our own: French amounts in words that open with "cent" or "mille" are read
whole ("cent vingt euros", "mille deux cent cinquante euros"), and so are Swiss
francs in words ("cent quatre-vingts francs suisses")."""

from __future__ import annotations

from tests.core.article_helpers import article_money


def test_french_hundreds_and_thousands_in_words_are_read_whole() -> None:
    text = (
        "Le pressing se consolide en France\n\n"
        "PARIS, 3 mars 2026 - Une chemise se repasse désormais pour trois euros, un kilo de linge se facture cent "
        "vingt euros par mois aux hôtels, et il faut mille deux cent cinquante euros pour ouvrir un comptoir, a "
        "indiqué la fédération. À Genève, une pose volume se facture jusqu'à cent quatre-vingts francs suisses.\n"
    )
    money = article_money(text)
    assert ("cent vingt euros", 120.0, "EUR") in money, money
    assert ("mille deux cent cinquante euros", 1250.0, "EUR") in money
    assert ("cent quatre-vingts francs suisses", 180.0, "CHF") in money
    assert ("trois euros", 3.0, "EUR") in money


def test_long_french_number_words_before_a_scale_are_read_whole() -> None:
    text = (
        "Dirigeables : Flying Whales lève des fonds\n\n"
        "BORDEAUX, 3 mars 2026 - Le constructeur a bouclé un tour de deux cent quatre-vingt-dix millions d'euros, "
        "après cent quatre-vingt-dix-neuf millions d'euros levés en 2024, a indiqué la direction.\n"
    )
    money = article_money(text)
    assert ("deux cent quatre-vingt-dix millions d'euros", 290e6, "EUR") in money, money
    assert ("cent quatre-vingt-dix-neuf millions d'euros", 199e6, "EUR") in money
