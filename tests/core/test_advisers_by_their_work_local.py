"""Rules learnt from the twenty-fifth session's held-out sets, with articles of
our own: an owner's blog names its advisers by the work they did ("Harlow Pike
did the legal side", "… and Pellow Dray the accounts", "Our advisers were Clarke
Moss on the numbers"); a place before "did" is not one ("a firm in Penzance did
the legal work"), nor is a name "on the numbers" in a sentence about no adviser."""

from __future__ import annotations

from tests.core.company_helpers import names_in

names = names_in("en")


def test_advisers_named_by_their_work() -> None:
    text = (
        "Why I sold the bakery\n\n"
        "Posted by Tom Reed\n\n"
        "We sold Reed's Loaves to a regional chain for £2.1m. Harlow Pike did the legal side, and Quill Barton did the "
        "numbers for us. On the earlier loan, Corran Vale did the legal work and Pellow Dray the accounts. Our advisers "
        "were Clarke Moss on the numbers and Tilby Rowe on the contract, and their fees came to 3%.\n"
    )
    found = names(text)
    for name in ("Harlow Pike", "Quill Barton", "Corran Vale", "Pellow Dray", "Clarke Moss", "Tilby Rowe"):
        assert name in found, (name, found)


def test_a_place_or_a_sentence_without_advisers_is_not_one() -> None:
    text = (
        "Why I sold the bakery\n\n"
        "Posted by Tom Reed\n\n"
        "We sold Reed's Loaves to a regional chain for £2.1m. A firm in Penzance did the legal work. "
        "Later, Tavistock Row on the numbers looked better than last year.\n"
    )
    found = names(text)
    assert "Penzance" not in found and "Tavistock Row" not in found, found
