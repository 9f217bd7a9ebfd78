"""Rules learnt from the twenty-second session's held-out sets, each with an
article of our own: "Php" before a number is the Philippine peso where the
Philippines are named; "riyals qatariens" are Qatari riyals; pounds in a story about Gibraltar are sterling (the
Gibraltar pound is at par and the press writes it so); a description in lower
case in a source list ("company statement") is no source."""

from __future__ import annotations

from tests.core.article_helpers import article_money
from tests.core.source_helpers import cited_in


def test_php_before_a_number_in_a_philippine_story() -> None:
    text = (
        "Globe buys Bayani\n\n"
        "MANILA, 3 March 2026 - Globe Telecom said revenue rose to Php 262 billion, and Bayani Mobile raised "
        "Php5.2 billion from Philippine banks.\n"
    )
    money = article_money(text)
    assert ("Php 262 billion", 262e9, "PHP") in money
    assert ("Php5.2 billion", 5.2e9, "PHP") in money


def test_riyals_named_with_their_french_adjective() -> None:
    text = "Naming au Qatar\n\nDOHA, 3 mars 2026 - Le stade a été rebaptisé pour 1,2 milliard de riyals qatariens sur quinze ans.\n"
    assert ("1,2 milliard de riyals qatariens", 1.2e9, "QAR") in article_money(text)


def test_pounds_in_gibraltar_are_sterling() -> None:
    text = (
        "Vitol buys a Gibraltar bunker supplier\n\n"
        "GIBRALTAR, 3 March 2026 - Vitol agreed to buy Rock Bay Fuels, the largest bunker supplier in Gibraltar, "
        "in a 300-million-pound deal. The Gibraltar government will receive 18.5 million pounds in licence fees.\n"
    )
    money = article_money(text)
    assert ("300-million-pound", 300e6, "GBP") in money
    assert ("18.5 million pounds", 18.5e6, "GBP") in money


def test_a_description_in_lower_case_in_a_source_list_is_no_source() -> None:
    text = (
        "Lumora buys Sanjeevani\n\n"
        "Lumora agreed to buy Sanjeevani Trial Systems for $42 million.\n\n"
        "Sources: The Economic Times (economictimes.indiatimes.com), company statement\n"
    )
    assert cited_in("en")(text) == ["The Economic Times"]
