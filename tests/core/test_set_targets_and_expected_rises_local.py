"""Rules learnt from the twenty-fourth session's held-out sets, with articles of
our own: a raised target "désormais fixé de 12 % à 14 %" is the new range, one
figure, and "prices would go up by 15% to 20%" is a change still to come, one
range; "relève son objectif de 12 % à 14 %" stays two figures."""

from __future__ import annotations

from tests.core.article_helpers import extracted


def _percents(text: str) -> list[str]:
    return [f.text for f in extracted(text).figures if f.kind == "percent"]


def test_a_target_now_set_at_a_range_is_one_figure() -> None:
    text = (
        "Céréales : Granolia relève son objectif\n\n"
        "LYON, 3 mars 2026 - Granolia relève son objectif de marge d'Ebitda, désormais fixé de 12 % à 14 % "
        "à l'horizon 2030, après le rachat d'un meunier polonais.\n"
    )
    assert _percents(text) == ["de 12 % à 14 %"]


def test_a_raised_target_from_one_level_to_another_stays_two_figures() -> None:
    text = (
        "Céréales : Granolia relève son objectif\n\n"
        "LYON, 3 mars 2026 - Granolia relève son objectif de marge d'Ebitda de 12 % à 14 % à l'horizon 2030.\n"
    )
    assert _percents(text) == ["12 %", "14 %"]


def test_prices_that_would_go_up_by_a_range_are_one_figure() -> None:
    text = (
        "Balloon shops squeezed by helium costs\n\n"
        "LEEDS, March 3, 2026 - \"If I passed the full rise on, prices would go up by 15% to 20%,\" said the owner "
        "of a party shop. Last year prices went up 4% to 6% in a month.\n"
    )
    assert _percents(text)[0] == "15% to 20%"


def test_a_fall_to_a_higher_percentage_says_by_how_much() -> None:
    text = (
        "Coton : les négociants genevois sous pression\n\n"
        "GENÈVE, 3 mars 2026 - Plusieurs maisons genevoises ont vu leurs lignes de crédit réduites de 20 % à 30 % "
        "par leurs banques, tandis que leurs marges ont reculé de 9 % à 6 %.\n"
    )
    assert _percents(text) == ["de 20 % à 30 %", "9 %", "6 %"]


def test_a_heading_with_a_verb_of_change_does_not_reach_the_next_line() -> None:
    text = (
        "Graphite : Graphitek rachète un broyeur norvégien\n\n"
        "OSLO, 3 mars 2026 - Graphitek rachète Nordgraf pour 38 millions d'euros.\n\n"
        "Objectifs relevés\n\n"
        "Le groupe attend des synergies annuelles de 900 000 à 1 300 000 € à partir de 2028.\n"
    )
    money = [f.text for f in extracted(text).figures if f.kind == "money"]
    assert "de 900 000 à 1 300 000 €" in money, money


def test_down_from_a_lower_to_a_higher_percentage_is_the_old_range() -> None:
    text = (
        "Hot sauce maker loses ground\n\n"
        "NEW YORK, March 3, 2026 (Reuters) - The company holds about a 12% share of U.S. hot sauce sales, down from "
        "25% to 30% a decade ago. Its margins fell from 30% to 25%.\n"
    )
    assert _percents(text) == ["12%", "25% to 30%", "30%", "25%"]
