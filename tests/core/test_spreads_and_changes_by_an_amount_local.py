"""Rules learnt from the twenty-third session's held-out sets, with articles of
our own: "anything from 8% to 15%" is a spread, one range; "climbed 30% to 35%
since 2020" and "réduire ses coûts de 15 % à 20 %" say by how much something
changed, one range, while "porter sa marge de 7 % à 8 %" moves a level, two
figures; "a relevé dans la nuit son objectif de cours de 29 € à 31 €" changes a
target, two prices."""

from __future__ import annotations

from tests.core.article_helpers import extracted


def _figures(text: str) -> list[tuple[str, float | None]]:
    return [(f.text, f.amount if f.kind == "money" else f.value) for f in extracted(text).figures]


def test_english_spreads_and_changes_since_a_year_are_ranges() -> None:
    text = (
        "Boat prices keep rising\n\n"
        "MIAMI, March 3, 2026 - Average prices of new fiberglass boats have climbed 30% to 35% since 2020, "
        "and smaller yards negotiate anything from 8% to 15% off the list price.\n"
    )
    figures = _figures(text)
    assert ("30% to 35%", 30.0) in figures and ("8% to 15%", 8.0) in figures


def test_french_cut_by_an_amount_is_a_range_and_a_level_moved_is_two() -> None:
    text = (
        "Chitrakatha Studios racheté\n\n"
        "MUMBAI, 3 mars 2026 - Le groupe compte réduire ses coûts de post-production de 15 % à 20 %, "
        "et porter sa marge de 7 % à 8 %. Kepler a relevé dans la nuit son objectif de cours de 29 € à 31 €. "
        "Les coûts de greffe ont grimpé de 10 % à 12 % en un an.\n"
    )
    figures = _figures(text)
    assert ("de 15 % à 20 %", 15.0) in figures
    assert ("7 %", 7.0) in figures and ("8 %", 8.0) in figures
    assert ("29 €", 29.0) in figures and ("31 €", 31.0) in figures
    assert ("de 10 % à 12 %", 10.0) in figures
