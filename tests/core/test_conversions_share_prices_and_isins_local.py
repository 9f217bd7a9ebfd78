"""Rules learnt from the twenty-first session's held-out sets, each with an
article of our own: an amount after a conversion ("2,5 milliards de
couronnes, soit environ 335 M€ ou 390 M$, dont 800 millions") or after a
share's price in another currency continues the deal's currency; an ISO code
inside an ISIN is no currency; a source list's "Name (ACRONYM)" is the name."""

from __future__ import annotations

from tests.core.article_helpers import article_currencies, article_money, extracted


def test_an_amount_after_a_conversion_continues_the_first_currency() -> None:
    text = (
        "Normal lève des fonds\n\n"
        "Le discounteur Hyggelig lève 1,5 milliard de couronnes danoises, soit environ 200 M€ ou 230 M$, "
        "dont 500 millions apportés par un fonds de pension.\n"
    )
    money = article_currencies(text)
    assert money["500 millions"] == "DKK" and money["200 M€"] == "EUR"


def test_a_share_price_gives_no_currency_to_the_earn_out_after_it() -> None:
    text = (
        "Tweedehands buys in Aarhus\n\n"
        "The consideration consists of DKK 180 million in cash and DKK 40 million in new shares valued at €3.90 per share, "
        "and an earn-out of up to 15 million payable in 2028.\n"
    )
    money = article_currencies(text)
    assert money["15 million"] == "DKK" and money["€3.90"] == "EUR"


def test_a_code_inside_an_isin_is_no_currency() -> None:
    text = "Grands magasins\n\nLe groupe exploite sept magasins. Code ISIN : FR001400GMD7. Il a levé EUR 5 millions.\n"
    assert article_money(text) == [("EUR 5 millions", 5e6, "EUR")]


def test_a_listed_source_s_acronym_in_brackets_is_not_its_name() -> None:
    text = "Seconde main\n\nLe marché progresse de 8 %.\n\nSource : Observatoire de la mode circulaire (OMC), baromètre annuel\n"
    assert [s.name for s in extracted(text).sources] == ["Observatoire de la mode circulaire"]
