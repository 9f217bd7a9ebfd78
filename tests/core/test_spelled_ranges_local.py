"""A rule learnt from the twenty-second session's held-out sets, with articles
of our own: "et"/"and" join number words only after tens, hundreds or
thousands ("vingt et un", "one hundred and fifty"); between two other number
words it opens a range ("entre un et deux millions d'euros"), never a sum. A
hyphened scale keeps the amount's own article ("a quarter-million dollars");
a hyphened currency adjective does not ("a billion-dollar company")."""

from __future__ import annotations

from tests.core.article_helpers import article_money, extracted


def _ranges(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(f.text, f.amount, f.amount_max) for f in extracted(text).figures if f.kind == "money"]


def test_a_range_in_french_words() -> None:
    text = (
        "Les Forges du Livradois investissent\n\n"
        "THIERS, 3 mars 2026 - Les Forges du Livradois investiront entre un et deux millions d'euros dans un nouveau four, "
        "après avoir levé vingt et un millions d'euros l'an dernier.\n"
    )
    assert ("entre un et deux millions d'euros", 1e6, 2e6) in _ranges(text)
    assert ("vingt et un millions d'euros", 21e6, "EUR") in article_money(text)


def test_a_range_in_english_words_is_no_sum() -> None:
    text = (
        "Compressor maker raises funds\n\n"
        "LONDON, 3 March 2026 - Airwell said the plant will cost between two and three million pounds, "
        "after one hundred and fifty million pounds of sales last year.\n"
    )
    assert ("between two and three million pounds", 2e6, 3e6) in _ranges(text)
    money = article_money(text)
    assert ("one hundred and fifty million pounds", 150e6, "GBP") in money
    assert not any(a == 5e6 for _, a, _ in money)


def test_a_hyphened_scale_keeps_the_amounts_own_article() -> None:
    text = (
        "Scrub rental\n\n"
        "NEW YORK, 3 March 2026 - ScrubVault said each hospital saves a quarter-million dollars a year, "
        "and a billion-dollar company bought its stake.\n"
    )
    money = article_money(text)
    assert ("a quarter-million dollars", 250_000.0, "USD") in money
    assert ("billion-dollar", 1e9, "USD") in money
