"""Counts of animals, eggs and bottles are not money ("1.1 million head of
cattle", "3.4 million sheep", "a country of 12 million cattle"), nor is a
number after a flock or herd ("the sheep flock shrank to 22.6 million"), nor
one on a fact box's line whose label names what it counts ("Hatching eggs set
per year: 48 million"); a line labelled by money ("Revenue: 3.2 million") keeps
its implied currency."""

from __future__ import annotations

from tests.core.figure_helpers import money


def money_texts(text: str) -> list[str]:
    return [t for t, _, _ in money(text)]


def test_animals_counted_after_the_number() -> None:
    text = "Riverina Ltd earned A$4 million in fees. It sold 1.1 million head of cattle and 3.4 million sheep last year."
    assert money_texts(text) == ["A$4 million"]
    text = "Lots fetched UYU 2,500 each, in a country of 12 million cattle and 3.4 million people."
    assert money_texts(text) == ["UYU 2,500"]


def test_a_flock_or_herd_before_the_number() -> None:
    text = "Prime steers fetch NZ$7.10 million a sale, even as the sheep flock shrank to 22.6 million, the fewest since 1850."
    assert money_texts(text) == ["NZ$7.10 million"]


def test_a_fact_box_line_labelled_by_a_count() -> None:
    text = (
        "Duckfield Ltd sold its farm for £4 million last year, and its turnover rose.\n\n"
        "Hatching eggs set per year: 48 million. Revenue: 3.2 million. Profit was 1.1 million.\n"
    )
    assert money_texts(text) == ["£4 million", "3.2 million", "1.1 million"]
