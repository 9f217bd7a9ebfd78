"""Rules learnt from the twenty-fourth session's held-out sets, with articles of
our own: the kina of Papua New Guinea is read like the leu, its word gated by
the country ("785 million kina", then "between 3.50 and 4 kina"); and a
current currency's noun wins over a historical one's full name ("afghanis" are
the AFN, not the afghani of 1927–2002)."""

from __future__ import annotations

from tests.core.article_helpers import article_money


def test_kina_in_a_text_about_papua_new_guinea() -> None:
    text = (
        "Tuna canners expand in Papua New Guinea\n\n"
        "PORT MORESBY, March 3, 2026 (Reuters) - Papua New Guinea's canners will invest 785 million kina, and a "
        "worker earns between 3.50 and 4 kina an hour, officials in Port Moresby said.\n"
    )
    money = article_money(text)
    assert ("785 million kina", 785e6, "PGK") in money, money
    assert ("between 3.50 and 4 kina", 3.5, "PGK") in money


def test_afghanis_are_the_current_afghani() -> None:
    text = (
        "Saffron farmers\n\n"
        "KABUL, March 3, 2026 (Reuters) - Afghan saffron farmers earn between 60,000 and 80,000 afghanis a season.\n"
    )
    assert ("between 60,000 and 80,000 afghanis", 60000.0, "AFN") in article_money(text)
