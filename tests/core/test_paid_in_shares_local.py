"""A rule learnt from the twenty-fourth session's held-out sets, with articles of
our own: "actions nouvelles" right after an amount paid in them ("210 M€ en
actions nouvelles et 80 millions en obligations") does not make the next
scaled number a count of shares; "12 millions d'actions nouvelles et 3
millions" still counts."""

from __future__ import annotations

from tests.core.article_helpers import article_money


def test_an_amount_after_one_paid_in_new_shares_is_money() -> None:
    text = (
        "Flying Whales lève des fonds\n\n"
        "BORDEAUX, 3 mars 2026 - Flying Whales a réuni 290 millions d'euros, dont 210 M€ en actions nouvelles et "
        "80 millions sous forme d'obligations convertibles. Le groupe a émis 12 millions d'actions nouvelles et "
        "3 millions de bons.\n"
    )
    money = article_money(text)
    assert ("80 millions", 80e6, "EUR") in money, money
    assert not any(t.startswith(("12 millions", "3 millions")) for t, _, _ in money)
