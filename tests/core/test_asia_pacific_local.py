"""Money as Asia-Pacific, telecoms and consumer deal copy writes it: Indian lakh
grouping, crores far from their rupees, "dollars HK", "55mn" after "£38mn",
bare crowns after a named crown currency, a conversion after a currency the
text names by its places, English ranges without their "from", and the
nouns after "millions de" that are money ("71 millions d'Ebitda")."""

from __future__ import annotations

from tests.core.figure_helpers import money, money_implied


def test_indian_lakh_grouping_is_one_number() -> None:
    found = money("A borrower's income must stay below ₹3,00,000 a year; the bank lent Rs 1,20,00,000 to 40 groups.")
    assert found == [("₹3,00,000", 300000.0, "INR"), ("Rs 1,20,00,000", 12000000.0, "INR")]
    # a run of pairs with no group of three is no lakh number; western grouping is unchanged
    assert money("Codes 1,11,11 and $1,234,567.") == [("$1,234,567", 1234567.0, "USD")]


def test_an_english_range_leaves_its_from_out() -> None:
    assert money("Ticket sizes range from ₹25,000 to ₹1.2 lakh, the lender said.")[0] == ("₹25,000 to ₹1.2 lakh", 25000.0, "INR")
    assert money("Condos range from $2.1 million to $9 million.")[0][0] == "$2.1 million to $9 million"
    # French keeps its "de", as before
    assert money("Les loyers vont de 180 € à 260 € le mètre carré.", "fr")[0][0] == "de 180 € à 260 €"


def test_crores_continue_the_rupee_far_from_it() -> None:
    text = (
        "Le fonds investit 2 850 crores de roupies (300 M€).\n\nEbitda : 412 crores (43 M€)\n\n"
        "Le marché reste porteur.\n\nLa société lèvera aussi une dette de 900 crores auprès de deux banques."
    )
    assert ("900 crores", 9e9, "INR", True) in money_implied(text, "fr")


def test_a_paying_verb_continues_the_only_currency_of_the_text() -> None:
    text = (
        "Les acheteurs apportent 480 M€ de fonds propres.\n\nLa banque conseillait le vendeur.\n\n"
        "Un troisième candidat avait proposé environ 1,2 milliard. Le dossier reste ouvert."
    )
    assert ("1,2 milliard", 1.2e9, "EUR", True) in money_implied(text, "fr")
    # two paragraphs away without such a verb, nothing is implied
    assert [f[0] for f in money_implied(text.replace("avait proposé environ", "compte"), "fr")] == ["480 M€"]
    # nor when the text has stated two currencies
    two = text.replace("Les acheteurs", "Le vendeur reçoit 20 millions de dollars. Les acheteurs")
    assert "1,2 milliard" not in [f[0] for f in money_implied(two, "fr")]


def test_money_nouns_after_millions_de() -> None:
    found = money_implied("Le groupe a réalisé 468 millions d’euros de ventes et 71 millions d’Ebitda, avec 3 millions de frais.", "fr")
    assert [f[0] for f in found] == ["468 millions d’euros", "71 millions", "3 millions"]
    assert money("Le groupe compte 3 millions d'abonnés et 468 millions d’euros de ventes.", "fr") == [("468 millions d’euros", 4.68e8, "EUR")]


def test_dollars_hk_in_french() -> None:
    assert money("L'offre valorise le groupe 14,6 milliards de dollars HK, soit 6,85 dollars HK par action.", "fr") == [
        ("14,6 milliards de dollars HK", 1.46e10, "HKD"), ("6,85 dollars HK", 6.85, "HKD")
    ]


def test_a_glued_mn_continues_a_glued_amount() -> None:
    assert money_implied("Cobaltline made ebitda of £38mn last year and expects 55mn in 2026.") == [
        ("£38mn", 3.8e7, "GBP", False), ("55mn", 5.5e7, "GBP", True)
    ]


def test_bare_crowns_after_a_named_crown_currency() -> None:
    found = money("The unit was sold for 7.1 billion Swedish crowns. Shares rose 3 crowns to 132.40 crowns.")
    assert found == [("7.1 billion Swedish crowns", 7.1e9, "SEK"), ("3 crowns", 3.0, "SEK"), ("132.40 crowns", 132.4, "SEK")]
    assert money("L'action gagne 3,5 couronnes après la vente pour 2 milliards de couronnes norvégiennes.", "fr")[0] == ("3,5 couronnes", 3.5, "NOK")
    # without a named crown currency, bare crowns stay unread
    assert money("The three crowns cost 12 crowns each.") == []


def test_a_share_count_in_a_fact_sheet_is_no_money() -> None:
    assert money("Prix : 4,1 milliards de dollars australiens\nActions en circulation : 2,8 milliards", "fr") == [
        ("4,1 milliards de dollars australiens", 4.1e9, "AUD")
    ]


def test_an_amount_after_a_conversion_keeps_the_currency_converted() -> None:
    from tui.core.currency_context import apply
    from tui.core.money import find_figures

    text = (
        "À Casablanca, la société commune est valorisée 6,8 MMDH, ce qui porte le prix de la participation cédée à 3,47 MMDH, "
        "soit près de 320 millions d'euros.\n\nChaque opérateur encaissera environ 1,73 milliard."
    )
    found = [(f.text, f.currency) for f in apply(find_figures(text, "fr"), text, text.lower(), "fr") if f.kind == "money"]
    assert ("1,73 milliard", "MAD") in found


def test_an_amount_implied_after_cents_takes_their_currency() -> None:
    found = money_implied("Il vend pour 610 millions de dollars au Québec, à 7,4 ¢ le kWh. Leurs revenus ont atteint 142 millions en 2025.", "fr")
    assert found[-1] == ("142 millions", 1.42e8, "CAD", True)


def test_a_conditional_change_gives_two_percentages_and_a_fee_continues_the_currency() -> None:
    from tui.core.money import find_figures

    found = [f.text for f in find_figures("Le ratio CET1 passerait de 14,2 % à 16,9 %, selon la banque.", "fr") if f.kind == "percent"]
    assert found == ["14,2 %", "16,9 %"]
    text = "Le prix est de 610 millions d'euros.\n\nLes conseillers sont Lazard et Bredin Prat.\n\nEn cas de rupture, la banque devra verser une indemnité de 52 millions."
    assert money_implied(text, "fr")[-1] == ("52 millions", 5.2e7, "EUR", True)
