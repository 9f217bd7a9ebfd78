"""Market copy, beverages and Alpine business press: an index or exchange
followed by a move verb that is also a deal verb ("le Nasdaq cède 1,2 %")."""

from __future__ import annotations

from tests.core.company_helpers import names_in

en, fr = names_in("en"), names_in("fr")


def test_a_market_that_falls_is_no_company_but_a_seller_still_is() -> None:
    assert "Nasdaq" not in fr("Bourse\n\nÀ Wall Street, le Nasdaq cède 1,2 % et le Dow Jones recule de 0,4 %.\n")
    assert "Vinalys" in fr("Cession\n\nVinalys cède sa filiale bordelaise à un fonds familial.\n")
