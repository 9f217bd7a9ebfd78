"""Rules learnt from the twenty-first session's held-out sets, each with an
article of our own: "colones" are Costa Rica's; "Ps." before a number is the
Mexican peso where Mexico is named; a digest that names a US city besides
Sydney keeps "$" for the US dollar although its first item marks "A$";
"RFID" and "NFC" are technologies and SOFR or SONIA benchmark rates, not
companies; "National Association" is a bank's legal form; pounds a block
yields are a weight."""

from __future__ import annotations

from tests.core.article_helpers import article_currencies, article_names


def test_colones_and_a_peso_sign_with_a_period() -> None:
    text = (
        "Bananes et aliments\n\n"
        "Au Costa Rica, Bananera Turrialba a réalisé 81 milliards de colones de chiffre d'affaires.\n\n"
        "In Mexico, Granjero bought Forrajes del Norte for Ps. 2.4 billion, the Monterrey company said.\n"
    )
    money = article_currencies(text)
    assert money["81 milliards de colones"] == "CRC"
    assert money["Ps. 2.4 billion"] == "MXN"


def test_a_digest_naming_chicago_keeps_the_us_dollar() -> None:
    text = (
        "The Adviser Letter\n\n"
        "1. Sydney\n\nBluegum paid A$38M for a Sydney boutique. It billed A$14.6m last year; Australia's fee pool is A$1.2bn.\n\n"
        "2. Chicago\n\nLakefront Partners paid $85m for a Chicago restructuring firm with revenue of $41M and a $750k bonus pool. "
        "Its rival raised $500 million and another was sold for $40-60 million, with $10bn of deals a year.\n"
    )
    money = article_currencies(text)
    assert money["$85m"] == "USD" and money["$500 million"] == "USD"
    assert money["A$38M"] == "AUD"


def test_rfid_is_no_company() -> None:
    names = article_names("Étiquettes\n\nLe groupe vend des étiquettes RFID et NFC. Le marché RFID progresse ; Tagora lève 12 millions d'euros.\n")
    assert "RFID" not in names and "NFC" not in names


def test_a_bank_s_national_association_and_benchmark_rates() -> None:
    text = (
        "Farm loan\n\nThe $300 million loan, priced at SOFR plus 2% or SONIA plus 2.1%, was led by Harbor Valley Bank National Association.\n"
    )
    names = article_names(text)
    assert not {"SOFR", "SONIA"} & set(names)
    assert names["Harbor Valley Bank"] == ("Harbor Valley Bank National Association",)


def test_pounds_a_block_yields_are_a_weight() -> None:
    text = "Mushroom farm\n\nWe move 2,000 blocks a week, each yielding roughly 1.5 pounds, sold at £8 a pound; the unit yielded 5 million pounds of sales.\n"
    assert [t for t, _ in article_currencies(text).items()] == ["£8", "5 million pounds"]
