"""A rule learnt from the twenty-fourth session's held-out sets, with articles of
our own: French "livres" followed by "de" and goods are pounds of weight ("14
millions de livres de sirop", "22 millions de livres de homard"), not money;
"de" and a money noun or a lender's name keep them money ("65 millions de
livres de réserves", "35 millions de livres de Lloyds")."""

from __future__ import annotations

from tests.core.article_helpers import article_money


def test_french_pounds_of_goods_are_weights() -> None:
    text = (
        "Sirop d'érable : un conditionneur britannique racheté\n\n"
        "LONDRES, 3 mars 2026 - Le site a conditionné 14 millions de livres de sirop en 2025 et l'usine voisine "
        "traite 22 millions de livres de homard par an. Penrose gère 65 millions de livres de réserves et a obtenu "
        "35 millions de livres de Lloyds Banking Group.\n"
    )
    texts = [t for t, _, _ in article_money(text)]
    assert "14 millions de livres" not in texts and "22 millions de livres" not in texts, texts
    assert "65 millions de livres" in texts and "35 millions de livres" in texts


def test_an_amount_after_a_weight_takes_the_currency_stated_before_it() -> None:
    text = (
        "Sirop d'érable : Citadelle rachète un conditionneur\n\n"
        "MONTRÉAL, 3 mars 2026 - Citadelle rachète le conditionneur pour 112 millions de dollars canadiens. Le site a "
        "conditionné 14 millions de livres de sirop en 2025. L'opération est réglée en numéraire à hauteur de "
        "55 millions, le solde en actions.\n"
    )
    money = article_money(text)
    assert ("55 millions", 55e6, "CAD") in money, money


def test_english_pounds_of_a_mortgage_or_of_loans_are_money() -> None:
    text = (
        "Why I sold the shop\n\n"
        "Posted by Ann Hale\n\n"
        "Dad took the lease in 1974. I think he would have understood three hundred thousand pounds of mortgage paid "
        "off, and the buyer takes on two million pounds of borrowings. The dairy ships 40 million pounds of cheese.\n"
    )
    money = article_money(text)
    assert ("three hundred thousand pounds", 300000.0, "GBP") in money, money
    assert ("two million pounds", 2e6, "GBP") in money
    assert not any(t.startswith("40 million") for t, _, _ in money)
