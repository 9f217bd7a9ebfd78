"""A transcript spells a decimal out: "trois virgule deux millions d'euros" is 3.2 million euros, as
"one point three billion dollars" is 1.3 billion; "virgule" alone, the punctuation mark, is no number."""

from __future__ import annotations

from tests.core.figure_helpers import money


def test_french_spoken_decimals() -> None:
    text = "SOPHIE : Vous avez levé trois virgule deux millions d'euros ? MARC : Oui, et deux virgule quatre millions d'euros de prêts."
    assert money(text, "fr") == [
        ("trois virgule deux millions d'euros", 3_200_000.0, "EUR"),
        ("deux virgule quatre millions d'euros", 2_400_000.0, "EUR"),
    ]


def test_the_punctuation_mark_is_no_number() -> None:
    assert money("Une virgule mal placée coûte deux millions d'euros.", "fr") == [("deux millions d'euros", 2_000_000.0, "EUR")]
