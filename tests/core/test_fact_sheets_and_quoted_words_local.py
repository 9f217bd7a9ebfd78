"""Rules learnt from the twenty-third session's held-out sets, with articles of
our own: a fact sheet's "Tickets sold: 1.1 million" names no company, and a
common word opening a quotation ("\"Poker is a network business\") is checked
as a word, like one opening a sentence."""

from __future__ import annotations

from tests.core.article_helpers import article_names


def test_fact_sheet_fields_and_quoted_common_words_are_no_names() -> None:
    text = (
        "Playtech buys Ravelin Poker Network\n\n"
        "LONDON, March 3, 2026 (Reuters) - Gambling software maker Playtech said it had agreed to buy Ravelin Poker "
        "Network Ltd, which runs shared poker tables for online casinos.\n"
        '"Poker is a network business," the chief executive said.\n\n'
        "Ravelin in numbers\n"
        "- Tickets sold: 1.1 million\n"
        "- Umbrellas sold: 2.4 million\n"
    )
    names = article_names(text)
    assert not {"Poker", "Tickets", "Umbrellas"} & set(names), names
    assert "Playtech" in names
