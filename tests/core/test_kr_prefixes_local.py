"""Rules learnt from the twenty-first session's held-out sets, each with an
article of our own: "kr" written before a number ("kr 19 per trade", "kr
60-80", "kr 4 500") is an amount in crowns, in the crown currency of an amount
stated earlier in its sentence, else in the one the text names."""

from __future__ import annotations

from tests.core.article_helpers import article_money


def test_kr_before_a_number_takes_the_crowns_of_its_sentence() -> None:
    text = (
        "Nordic trading apps\n\n"
        "Fjordhandel, founded in Bergen, lets Norwegian savers buy shares from NOK 100, with a flat fee of kr 19 per trade. "
        "Its Swedish rival charges 25 kronor a trade and kr 60-80 a month; a premium plan costs kr 4 500 a year.\n"
    )
    assert article_money(text) == [
        ("NOK 100", 100.0, "NOK"),
        ("kr 19", 19.0, "NOK"),
        ("25 kronor", 25.0, "SEK"),
        ("kr 60-80", 60.0, "SEK"),
        ("kr 4 500", 4500.0, "SEK"),
    ]


def test_a_decimal_point_does_not_end_the_sentence_of_kr() -> None:
    text = "Nordic trading apps\n\nFjordhandel lets savers buy funds from NOK 100, 2.5 times less than banks, with a fee of kr 19. Its Swedish rival charges 25 kronor.\n"
    assert ("kr 19", 19.0, "NOK") in article_money(text)
