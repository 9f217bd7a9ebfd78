"""Rules learnt from the twenty-fifth session's held-out sets, with articles of
our own: a bare grouped number after a word of money is money in the currency
stated before it, also when it is far smaller than that amount ("un chiffre
d'affaires de 5,8 millions d'euros, pour un bénéfice de 210.000"), after a debt,
an overdraft or a contribution ("une dette de", "un découvert autorisé de",
"apportera"), before what it is owed to or lent by ("dont 800.000 dus aux",
"un second de 400.000 auprès de") and before a word of money ("80.000 de prêt")."""

from __future__ import annotations

from tests.core.article_helpers import extracted
from tests.core.figure_helpers import money


def _implied(text: str) -> set[tuple[str, float | None, str | None]]:
    return {(f.text, f.amount, f.currency) for f in extracted(text).figures if f.kind == "money" and f.implied}


def test_a_small_profit_after_a_turnover_in_millions() -> None:
    text = (
        "La Fromagerie du Vercors change de mains\n\n"
        "GRENOBLE, 3 mars 2046 - La fromagerie a réalisé un chiffre d'affaires de 6,4 millions d'euros (-2 %), pour un "
        "bénéfice de 190.000. Elle transforme 9.000 tonnes de lait par an.\n"
    )
    assert ("190.000", 190000.0, "EUR") in _implied(text)


def test_debts_overdrafts_contributions_and_loans() -> None:
    text = (
        "Reprise de la Biscuiterie d'Orval\n\n"
        "BOURGES, 3 mars 2046 - Le repreneur a obtenu un prêt de 1,5 million d'euros de la Banque Populaire et un second "
        "de 300.000 auprès du Crédit Mutuel. Une dette de 420.000 sera remboursée aux fournisseurs. Le groupe apportera "
        "1.100.000 sur ses fonds propres.\n\n"
        "Le passif atteint 2.750.000 euros, dont 800.000 dus aux organismes sociaux. La Caisse d'Epargne accorde un "
        "découvert autorisé de 70.000.\n\n"
        "Le plan associe un prêt de 500.000 euros, 200.000 d'apport du repreneur et 60.000 de prêt d'honneur.\n"
    )
    found = {t for t, _, c in _implied(text) if c == "EUR"}
    assert {"300.000", "420.000", "1.100.000", "800.000", "70.000", "200.000", "60.000"} <= found, found


def test_a_count_after_a_word_of_money_is_not() -> None:
    text = (
        "Reprise de la Biscuiterie d'Orval\n\n"
        "BOURGES, 3 mars 2046 - Le repreneur a obtenu un prêt de 1,5 million d'euros. L'usine produit 9.000 tonnes "
        "par an, et 45.000 colis partent chaque mois.\n"
    )
    assert not _implied(text)


def test_thousands_in_words_after_a_word_of_money() -> None:
    text = (
        "Why I sold the nursery\n\n"
        "Posted by Ann Hale\n\n"
        "Weald Trees pays £850,000 on completion and another 400 thousand over four years, then the other 60 thousand "
        "comes in 2048. The Kent shop went for £1.6 million on completion and 500 thousand spread over two years, "
        "and the remaining 70 thousand is paid over three years. Our fee income is 90 "
        "thousand, so nobody here is rich. Another 800 thousand people visit the gardens each year, and we sold "
        "300 thousand over two years.\n"
    )
    found = _implied(text)
    assert ("400 thousand", 400000.0, "GBP") in found, found
    assert ("90 thousand", 90000.0, "GBP") in found
    assert ("60 thousand", 60000.0, "GBP") in found
    assert {("500 thousand", 500000.0, "GBP"), ("70 thousand", 70000.0, "GBP")} <= found
    assert not any(t.startswith(("800", "300")) for t, _, _ in found)


def test_thousands_in_words_compared_with_an_amount() -> None:
    french = (
        "La Salle du Trèfle change de mains\n\n"
        "ANGERS, 3 mars 2046 - Elle a réalisé un chiffre d'affaires de 720.000 €, contre 655 mille un an plus tôt.\n"
    )
    assert ("655 mille", 655000.0, "EUR") in _implied(french)
    english = (
        "We switched library systems\n\n"
        "Posted by Ann Hale\n\n"
        "The new tool charges $6,200 a year, down from 7.8 thousand in its first quote.\n"
    )
    assert ("7.8 thousand", 7800.0, "USD") in _implied(english)


def test_a_glued_amount_after_a_word_of_money_and_about() -> None:
    text = (
        "Why I sold the shop\n\n"
        "Posted by Ann Hale\n\n"
        "Last year the shop turned over £2.3 million, and we made a profit of about 260K before I paid myself. "
        "The year before we billed £1.9 million and kept about 180K. The bakery next door made 40,000 loaves.\n"
    )
    found = _implied(text)
    assert {("260K", 260000.0, "GBP"), ("180K", 180000.0, "GBP")} <= found, found
    assert not any(t.startswith("40,000") for t, _, _ in found)


def test_thousands_in_words_added_to_an_amount_paid_on_completion() -> None:
    text = (
        "Why I sold the cobbler's\n\n"
        "Posted by Ann Hale\n\n"
        "The headline price was £385,000. That's £300,000 on completion and 85 thousand more over two years if turnover "
        "holds up. The van went for £40,000 upfront plus 12 thousand if it passes its test, and the lease is £2,650,000 "
        "on completion and 550 thousand deferred over three years. A further 25 thousand is due in 2049. We sold "
        "£90,000 of stock and 300 thousand pairs of laces.\n"
    )
    found = _implied(text)
    assert {("85 thousand", 85000.0, "GBP"), ("12 thousand", 12000.0, "GBP"), ("550 thousand", 550000.0, "GBP")} <= found
    assert ("25 thousand", 25000.0, "GBP") in found
    assert not any(t.startswith("300") for t, _, _ in found)


def test_a_sum_paid_after_a_heavy_word_is_no_weight() -> None:
    text = "The lab that tests every batch for heavy metals charged us fifteen thousand pounds last year in Leeds."
    assert ("fifteen thousand pounds", 15000.0, "GBP") in money(text)
    assert not money("Each crate, heavy with cod, weighs forty pounds in Leeds.")


def test_glued_amounts_added_to_an_amount_paid_on_completion() -> None:
    text = (
        "Why I sold the lab\n\n"
        "Posted by Ann Hale\n\n"
        "The headline price was £1,100,000: £850,000 on completion and up to 250k more over two years. The van went "
        "for C$2.6 million at closing and 800k more if sales hold up, and we sold 400k cups.\n"
    )
    found = _implied(text)
    assert {("250k", 250000.0, "GBP"), ("800k", 800000.0, "CAD")} <= found
    assert not any(t.startswith("400") for t, _, _ in found)
