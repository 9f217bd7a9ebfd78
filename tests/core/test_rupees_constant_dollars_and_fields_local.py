"""Rules learnt from the twenty-first session's held-out sets, each with an
article of our own: English "rupees" are never the rupiah, even in a text
that names Indonesia; "in 2030 dollars" is a constant currency, not an
amount; "pounds of fines" are money; a source list ends where another field
of the footer begins ("Source : LSA, Rzeczpospolita. Rédaction : X")."""

from __future__ import annotations

from tests.core.article_helpers import article_currencies, article_money, extracted


def test_rupees_are_not_the_rupiah_where_indonesia_is_named() -> None:
    text = "Audio stories\n\nThe studio plans to spend as much as 3 billion rupees on voice actors, then to expand into Indonesia.\n"
    assert article_currencies(text)["3 billion rupees"] == "INR"


def test_a_year_s_dollars_are_a_constant_currency() -> None:
    text = "Toll lanes\n\nTolls will run between $0.30 and $1.20 per mile in 2031 dollars. In 2031 the operator paid 2031 dollars for a permit.\n"
    assert [t for t, _, _ in article_money(text)] == ["between $0.30 and $1.20", "2031 dollars"]


def test_pounds_of_fines_are_money() -> None:
    text = "Tolls and fines\n\n\"Twenty thousand pounds of fines avoided in a month was the moment we knew,\" she said.\n"
    assert article_money(text) == [("Twenty thousand pounds", 20000.0, "GBP")]


def test_a_source_list_ends_where_another_field_begins() -> None:
    text = (
        "La lettre des stations\n\n"
        "Le distributeur rénove 300 boutiques pour 1,8 milliard de zlotys, selon Rzeczpospolita.\n\n"
        "Source : LSA, Rzeczpospolita. Rédaction : Hélène Marchal.\n"
    )
    assert sorted(s.name for s in extracted(text).sources) == ["LSA", "Rzeczpospolita"]


def test_a_trade_paper_of_several_words_in_lower_case() -> None:
    text = "La lettre du transit\n\nSelon le Journal de la Marine marchande, le transitaire lyonnais a gagné 12 % de chiffre d'affaires en 2025.\n"
    assert [s.name for s in extracted(text).sources] == ["Journal de la Marine marchande"]
