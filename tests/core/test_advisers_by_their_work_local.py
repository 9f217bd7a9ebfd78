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


def test_a_bank_s_acronym_after_a_loan_is_a_company() -> None:
    # "CIC" names a French bank and a Chinese fund: after "un prêt … consenti par le" it is a lender
    french = names_in("fr")
    text = (
        "Reprise de la Biscuiterie d'Orval\n\n"
        "BOURGES, 3 mars 2046 - La partie en numéraire sera financée par un prêt bancaire de 4 M€ consenti par le CIC, "
        "au taux Euribor 3 mois + 175 points de base. Le ratio fixé par la BCE reste loin.\n"
    )
    found = french(text)
    assert "Crédit Industriel et Commercial" in found, found
    assert not any("BCE" in n for n in found)
