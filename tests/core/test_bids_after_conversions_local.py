"""A rule learnt from the twenty-fourth session's held-out sets, with articles of
our own: a conversion in parentheses ("410 millions de dollars canadiens
(environ 275 millions d'euros)") is not the article's currency, and a rival bid
two paragraphs below ("une offre concurrente de 380 millions") continues the
one the article states for itself."""

from __future__ import annotations

from tests.core.article_helpers import article_money

_TEXT = (
    "Desjardins rachète Santé Boréale\n\n"
    "MONTRÉAL, 3 octobre 2040 (AFP) - Le Mouvement Desjardins a annoncé mercredi le rachat de Santé Boréale, une "
    "plateforme québécoise de soins virtuels, pour 410 millions de dollars canadiens (environ 275 millions d'euros).\n\n"
    "Le groupe coopératif reprend 62 % du capital au fonds montréalais Capital Laurentides.\n\n"
    "Selon le quotidien La Presse, l'assureur Sun Life avait déposé au printemps une offre concurrente de "
    "380 millions, jugée trop faible par les actionnaires.\n"
)


def test_a_rival_bid_below_a_conversion_continues_the_articles_currency() -> None:
    assert ("380 millions", 380e6, "CAD") in article_money(_TEXT)


def test_a_canadian_price_converted_with_soit_is_in_us_dollars() -> None:
    text = (
        "Tim Hortons rachète le québécois Café Boréal\n\n"
        "MONTRÉAL, 3 mars 2040 (AFP) - Le prix comprend 340 millions de dollars canadiens en numéraire et 80 millions "
        "payés en actions, soit quelque 305 M$ au total. La chaîne québécoise exploite 214 cafés au Québec et vaut "
        "environ 2,75 G$, ou 4,6 G$ avec sa dette.\n"
    )
    money = article_money(text)
    assert ("305 M$", 305e6, "USD") in money
    assert ("2,75 G$", 2.75e9, "CAD") in money
    assert ("4,6 G$", 4.6e9, "CAD") in money
