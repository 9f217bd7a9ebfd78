"""Market copy, beverages and Alpine business press: an index or exchange
followed by a move verb that is also a deal verb ("le Nasdaq cède 1,2 %"),
Latin American and Philippine "centavos"."""

from __future__ import annotations

from tests.core.company_helpers import names_in
from tui.core.money import find_figures

en, fr = names_in("en"), names_in("fr")


def money_in(text: str, lang: str = "en") -> list[tuple[str, float | None, str | None]]:
    return [(f.text, f.amount, f.currency) for f in find_figures(text, lang) if f.kind == "money"]


def test_a_market_that_falls_is_no_company_but_a_seller_still_is() -> None:
    assert "Nasdaq" not in fr("Bourse\n\nÀ Wall Street, le Nasdaq cède 1,2 % et le Dow Jones recule de 0,4 %.\n")
    assert "Vinalys" in fr("Cession\n\nVinalys cède sa filiale bordelaise à un fonds familial.\n")


def test_centavos_are_read_in_the_currency_of_the_country_named_nearest() -> None:
    found = money_in(
        "Dividends\n\nThe Mexican bakery group raised its dividend to 45 centavos per share. Across the gulf, in Manila, "
        "the Philippine utility paid 50 centavos a share.\n"
    )
    assert ("45 centavos", 0.45, "MXN") in found and ("50 centavos", 0.5, "PHP") in found


def test_centavos_without_a_country_are_not_money() -> None:
    assert not [f for f in money_in("Note\n\nThe poem counts 45 centavos of nothing.\n") if "centavos" in f[0]]
