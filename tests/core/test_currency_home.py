"""Currency nouns that several countries use, read by the country the text names,
and the symbols of the Tunisian, Pacific and Egyptian press."""

from __future__ import annotations

from tui.core.money import find_figures


def money(text: str, lang: str = "en") -> list[tuple[str, float | None, str | None, bool]]:
    return [(f.text, f.amount, f.currency, f.implied) for f in find_figures(text, lang) if f.kind == "money"]


def test_francs_dinars_pesos_shillings_and_crowns_by_the_country_named() -> None:
    assert money("À Nouméa, le groupe calédonien a payé 3,1 milliards de francs, dont 800 millions empruntés.", "fr") == [
        ("3,1 milliards de francs", 3.1e9, "XPF", False), ("800 millions", 8e8, "XPF", True)
    ]
    assert money("À Sfax, le titre vaut 12,500 dinars ; le fonds a levé 20 millions de dinars.", "fr") == [
        ("12,500 dinars", 12.5, "TND", False), ("20 millions de dinars", 2e7, "TND", False)
    ]
    assert money("The Kenyan lender raised 2 billion shillings and Chile's Falabella 90 billion pesos.") == [
        ("2 billion shillings", 2e9, "KES", False), ("90 billion pesos", 9e10, "CLP", False)
    ]
    assert money("Prague-based CEZ paid 4 billion crowns.") == [("4 billion crowns", 4e9, "CZK", False)]


def test_a_noun_with_a_usual_currency_keeps_it_where_no_other_country_is_named() -> None:
    assert money("Le groupe a payé 48 millions de francs à Lausanne.", "fr") == [("48 millions de francs", 4.8e7, "CHF", False)]
    assert money("It paid 40 million pounds for the brewer.") == [("40 million pounds", 4e7, "GBP", False)]
    text = "Cairo-based Nilepay raised 500 million pounds.\n\nIn London, Barclays paid 40 million pounds."
    assert money(text) == [("500 million pounds", 5e8, "EGP", False), ("40 million pounds", 4e7, "GBP", False)]
    # an adjective names the currency itself; a country inside another word is no cue
    assert money("Nilepay, near Cairo, paid 3 million Swiss francs.") == [("3 million Swiss francs", 3e6, "CHF", False)]
    assert money("A woman from Romania paid 5 million rials.") == [("5 million rials", 5e6, None, False)]


def test_pounds_of_weight_are_not_money() -> None:
    assert money("Each node, weighing less than 40 pounds, costs $9,000.") == [("$9,000", 9000.0, "USD", False)]
    assert money("Le colis, pesant 3 livres, coûte 12 euros.", "fr") == [("12 euros", 12.0, "EUR", False)]


def test_tunisian_pacific_and_egyptian_symbols() -> None:
    text = "Bourse de Tunis : le bloc a été cédé pour 18 MD, au prix de 14,200 DT l'action ; un contrat de 6 420 mD."
    assert money(text, "fr") == [("18 MD", 1.8e7, "TND", False), ("14,200 DT", 14.2, "TND", False), ("6 420 mD", 6.42e6, "TND", False)]
    assert money("The MD 5 team and 3 MD doctors cost $5m.") == [("$5m", 5e6, "USD", False)]
    assert money("En Nouvelle-Calédonie, le prêt atteint 1,5 milliard de F CFP.", "fr") == [("1,5 milliard de F CFP", 1.5e9, "XPF", False)]
    assert money("Cairo-based Nilepay raised LE 320 million and E£4.6 billion, up from 2.7 billion.") == [
        ("LE 320 million", 3.2e8, "EGP", False), ("E£4.6 billion", 4.6e9, "EGP", False), ("2.7 billion", 2.7e9, "EGP", True)
    ]


def test_cents_of_the_main_currency_in_english_copy() -> None:
    text = "The offer values Kilmore at €1.2 billion, or 470 cent per share, a premium of 4.1 cent, and 12c more."
    assert money(text) == [
        ("€1.2 billion", 1.2e9, "EUR", False), ("470 cent", 4.7, "EUR", False), ("4.1 cent", 0.041, "EUR", False),
        ("12c", 0.12, "EUR", False),
    ]
    assert money("Shares rose 15 cents to $12.40.") == [("15 cents", 0.15, "USD", False), ("$12.40", 12.4, "USD", False)]


def test_a_half_after_the_scale_adds_half_a_unit() -> None:
    text = "Il a payé 38 milliards et demi de dollars, deux milliards et demi de dollars et 1 milliard et demi d'euros."
    assert money(text, "fr") == [
        ("38 milliards et demi de dollars", 3.85e10, "USD", False), ("deux milliards et demi de dollars", 2.5e9, "USD", False),
        ("1 milliard et demi d'euros", 1.5e9, "EUR", False),
    ]
    assert money("It paid 3 billion and a half dollars.") == [("3 billion and a half dollars", 3.5e9, "USD", False)]


def test_swiss_abbreviations_of_million_and_billion() -> None:
    assert money("La banque vise CHF 1,2 Mio, 15 mio de francs et un bénéfice de 2,3 mia CHF.", "fr") == [
        ("CHF 1,2 Mio", 1.2e6, "CHF", False), ("15 mio de francs", 1.5e7, "CHF", False), ("2,3 mia CHF", 2.3e9, "CHF", False)
    ]
    assert money("The Mio app has 3 Mio users.") == []


def test_rupees_written_rs_and_paisa_by_country_and_centimes_in_algeria() -> None:
    assert money("À Port-Louis, le groupe paie Rs 1,35 milliard, soit Rs 46,25 l'action.", "fr") == [
        ("Rs 1,35 milliard", 1.35e9, "MUR", False), ("Rs 46,25", 46.25, "MUR", False)
    ]
    assert money("KARACHI - The stock closed Rs 8.42 higher at Rs 286.15 and the rupee gained 4 paisa.") == [
        ("Rs 8.42", 8.42, "PKR", False), ("Rs 286.15", 286.15, "PKR", False), ("4 paisa", 0.04, "PKR", False)
    ]
    assert money("Mumbai-based Tarvik raised Rs 500 crore.") == [("Rs 500 crore", 5e9, "INR", False)]
    assert money("À Alger, le contrat vaut 85 milliards de centimes.", "fr") == [("85 milliards de centimes", 8.5e8, "DZD", False)]


def test_peso_and_sol_letters_where_the_country_is_named() -> None:
    assert money("MANILA - The bank will spend P4.8-billion and P550 million to P600 million; the S&P 500 rose.") == [
        ("P4.8-billion", 4.8e9, "PHP", False), ("P550 million to P600 million", 5.5e8, "PHP", False)
    ]
    assert money("LIMA - Buenaventura paid S/12.6-million.") == [("S/12.6-million", 1.26e7, "PEN", False)]
    assert money("The P5 model and the S&P 500 cost $3m.") == [("$3m", 3e6, "USD", False)]


def test_a_change_between_two_prices_is_two_figures() -> None:
    assert money("Meezan rose $1.20 to $45.10, in a range of $7 to $8 billion.") == [
        ("$1.20", 1.2, "USD", False), ("$45.10", 45.1, "USD", False), ("$7 to $8 billion", 7e9, "USD", False)
    ]


def test_an_amount_that_continues_a_currency_named_later_by_its_country() -> None:
    text = "À Abidjan, la capitalisation atteint 12 436 milliards FCFA, contre 12 214 milliards une semaine plus tôt."
    assert money(text, "fr") == [
        ("12 436 milliards FCFA", 1.2436e13, "XOF", False), ("12 214 milliards", 1.2214e13, "XOF", True)
    ]
    assert money("Il a payé 12 milliards de dinars, contre 10 milliards.", "fr") == [("12 milliards de dinars", 1.2e10, None, False)]


def test_a_country_cue_is_a_word_or_a_demonym_not_the_start_of_any_word() -> None:
    text = "KARACHI - The KSE-100 index rose. Banks rallied.\n\nMeezan closed Rs 11.35 higher at Rs 452.60, the index said."
    assert [c for _, _, c, _ in money(text)] == ["PKR", "PKR"]


def test_ranges_written_with_a_currency_before_the_first_number() -> None:
    assert money("À Port-Louis, la soulte est estimée de Rs 45 à 60 millions.", "fr") == [("de Rs 45 à 60 millions", 4.5e7, "MUR", False)]
    assert money("The range is $7 to $8 billion, or from $7 to $8 billion.") == [
        ("$7 to $8 billion", 7e9, "USD", False), ("$7 to $8 billion", 7e9, "USD", False)
    ]  # ("from" is not kept: English copy's figure starts at the amount)
