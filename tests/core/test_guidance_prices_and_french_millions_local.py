"""Rules learnt from the twentieth session's held-out sets (the second half),
each with an article of our own: a Swiss "CHF 1,6 M." at a sentence's end is
millions, not "M. Dupont"; "s'est redressée de 9,8 % à 14,4 %" moves a level;
"relève ses tarifs de CHF 14.90 à CHF 16.50" changes a price (the old
guidance after "up from" is in ``test_quotes_radars_and_restated_local``)."""

from __future__ import annotations

from tests.core.article_helpers import article_money, extracted
from tui.core.load import article_from_text


def test_a_million_at_a_sentence_s_end_is_no_monsieur() -> None:
    text = (
        "Shiptec rachète un chantier\n\n"
        "Le chantier affiche un excédent brut de CHF 1,6 M. Le multiple, 9 fois l'Ebitda, reste sage. L'avocat de "
        "M. Favre a reçu un chèque de $5 M. Dupont, le vendeur, s'en félicite.\n"
    )
    money = article_money(text)
    assert ("CHF 1,6 M", 1_600_000, "CHF") in money
    assert ("$5", 5, "USD") in money


def test_a_price_raised_and_a_margin_recovered_are_two_figures_each() -> None:
    text = (
        "Fleurop relève ses tarifs\n\n"
        "Fleurop-Interflora relève ses tarifs de livraison de CHF 14.90 à CHF 16.50 au 1er septembre. Chez Panzani, "
        "la marge s'est redressée de 9,8 % à 14,4 % des ventes en deux ans.\n"
    )
    figures = [f.text for f in extracted(text).figures]
    assert figures == ["CHF 14.90", "CHF 16.50", "9,8 %", "14,4 %"]



def test_millions_then_thousands_in_words_are_one_amount() -> None:
    text = (
        "Cerneaux du Vercors lève des fonds\n\n"
        "La société lève Trois millions deux cent mille euros auprès de ses actionnaires, après quatre millions huit "
        "cent mille euros en 2024. Its US arm raised three million two hundred thousand dollars.\n"
    )
    assert article_money(text) == [
        ("Trois millions deux cent mille euros", 3_200_000, "EUR"),
        ("quatre millions huit cent mille euros", 4_800_000, "EUR"),
        ("three million two hundred thousand dollars", 3_200_000, "USD"),
    ]


def test_a_turnover_that_weighs_pounds_and_a_domain_s_price_raised() -> None:
    text = (
        "THG et Verisign\n\n"
        "Le groupe de Manchester, qui pèse 1,9 milliard de livres de chiffre d'affaires, dément; sa filiale pèse 50 "
        "millions de livres et chaque colis pèse 40 livres. Verisign relèvera le "
        "prix de gros du .com de 10,26 dollars à 10,98 dollars le 1er septembre. Seabridge raised its guidance to "
        "between $1.45 billion and $1.5 billion, from $1.3 billion to $1.35 billion.\n"
    )
    assert [(t, c) for t, _, c in article_money(text)] == [
        ("1,9 milliard de livres", "GBP"), ("50 millions de livres", "GBP"), ("10,26 dollars", "USD"), ("10,98 dollars", "USD"),
        ("between $1.45 billion and $1.5 billion", "USD"), ("$1.3 billion to $1.35 billion", "USD"),
    ]


def test_a_few_dollars_in_words() -> None:
    text = (
        "Refundly\n\n"
        "Users paid two hundred dollars each last year. Le service coûte trois dollars par mois. Un dollar fort pèse "
        "sur les ventes.\n"
    )
    assert article_money(text) == [("two hundred dollars", 200, "USD"), ("trois dollars", 3, "USD")]


def test_the_amount_said_before_keeps_its_currency() -> None:
    text = (
        "Serralux lève 38 millions d'euros\n\n"
        "La start-up lève 38 millions d'euros, soit environ 44 millions de dollars. Une rivale américaine a obtenu "
        "60 millions de dollars de dette.\n\n"
        "Sur les 38 millions levés, une vingtaine iront à l'usine. Elle vise 20 millions de ventes.\n"
    )
    money = article_money(text)
    assert money[-2:] == [("38 millions", 38_000_000, "EUR"), ("20 millions", 20_000_000, "USD")]


def test_a_labelled_release_dateline_gives_the_date() -> None:
    text = (
        "Snackéo : chiffre d'affaires semestriel en hausse\n\n"
        "Information réglementée – Nantes, le 7 octobre 2026 – 17h45\n\n"
        "Snackéo publie ses résultats du premier semestre clos le 30 juin 2026. Sa trésorerie s'élevait à 9,7 M€ au "
        "30 juin 2026, contre 8,1 M€ au 30 juin 2025.\n"
    )
    assert str(article_from_text(text, path="x.txt").date) == "2026-10-07"
