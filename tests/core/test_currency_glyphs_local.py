"""Currencies of a country named in the text: the tenge sign, the kip (a word
and a code too common to read elsewhere), lower-case "gdes", the kuruş, cents
of a named dollar, the ringgit by a Malaysian state; a symbolic price in words."""

from __future__ import annotations

from tui.core.money import find_figures


def money(text: str, lang: str = "en") -> list[tuple[str, float | None, float | None, str | None, bool]]:
    return [(f.text, f.amount, f.amount_max, f.currency, f.implied) for f in find_figures(text, lang) if f.kind == "money"]


def test_tenge_sign_and_its_range() -> None:
    text = "ALMATY - Arqa Foods priced its shares at ₸1,840–₸1,990, raising ₸92.5 billion; the smallest bid is ₸5,000."
    assert money(text) == [
        ("₸1,840–₸1,990", 1840.0, 1990.0, "KZT", False), ("₸92.5 billion", 9.25e10, None, "KZT", False),
        ("₸5,000", 5000.0, None, "KZT", False),
    ]


def test_kip_symbols_only_where_laos_is_named() -> None:
    text = "A Vientiane brewer borrowed 320 billion kip and LAK 45 billion more; its rival owes ₭12 billion."
    assert money(text) == [
        ("320 billion kip", 3.2e11, None, "LAK", False), ("LAK 45 billion", 4.5e10, None, "LAK", False),
        ("₭12 billion", 1.2e10, None, "LAK", False),
    ]
    assert money("The LAK 5 lamp weighs 2 kip.") == []  # (after a scale word, "kip" is the currency anywhere, as "won")


def test_lower_case_gourdes_kurus_and_a_ringgit_by_its_state() -> None:
    haiti = "La banque de Port-au-Prince versera 300 millions gdes puis HTG 2 milliards."
    assert money(haiti, "fr") == [
        ("300 millions gdes", 3e8, None, "HTG", False), ("HTG 2 milliards", 2e9, None, "HTG", False)
    ]
    assert money("The Izmir retailer in Turkey pays 40 kuruş a share.") == [("40 kuruş", 0.4, None, "TRY", False)]
    assert money("The Penang plant is valued at RM640 million.") == [("RM640 million", 6.4e8, None, "MYR", False)]
    assert money("The RM640 model ships today.") == []


def test_cents_of_a_named_dollar_and_the_bare_cents_beside_them() -> None:
    text = "The trust lifted its payout to 3.15 Australian cents from 2.9 cents, and paid A$40 million for a depot."
    assert money(text) == [
        ("3.15 Australian cents", 0.0315, None, "AUD", False), ("2.9 cents", 0.029, None, "AUD", False),
        ("A$40 million", 4e7, None, "AUD", False),
    ]


def test_a_symbolic_price_in_words() -> None:
    assert money("Le tribunal cède la marque à un euro symbolique et l'usine pour 3 millions d'euros.", "fr") == [
        ("un euro", 1.0, None, "EUR", False), ("3 millions d'euros", 3e6, None, "EUR", False)
    ]
    assert money("The club was sold for a symbolic one pound.") == [("one pound", 1.0, None, "GBP", False)]
    assert money("Un euro fort pèse sur les ventes ; in nominal dollar terms, the symbolic dollar sign.", "fr") == []


def test_swiss_mio_and_francs_with_their_centimes() -> None:
    text = "Le groupe de Lausanne a vendu pour 48,5 mio de francs, contre 41,2 mio un an plus tôt; le café coûte 4 fr. 20."
    assert money(text, "fr") == [
        ("48,5 mio de francs", 4.85e7, None, "CHF", False), ("41,2 mio", 4.12e7, None, "CHF", True),
        ("4 fr. 20", 4.2, None, "CHF", False),
    ]


def test_djibouti_francs_caribbean_and_argentine_dollars_and_soums() -> None:
    djibouti = "À Djibouti, le terminal coûte 30 milliards de FDJ, soit 30 milliards de francs Djibouti ; le conteneur paie 9 500 FDJ."
    assert money(djibouti, "fr") == [
        ("30 milliards de FDJ", 3e10, None, "DJF", False), ("30 milliards de francs Djibouti", 3e10, None, "DJF", False),
        ("9 500 FDJ", 9500.0, None, "DJF", False),
    ]
    assert money("La FDJ a reversé 12 FDJ.", "fr") == []  # (the lottery, where Djibouti is not named)
    text = "It paid TT$95 million and J$1.2 billion, after BDS$20 million, EC$4m and AR$2.5 trillion; a share is J$14.30."
    assert money(text) == [
        ("TT$95 million", 9.5e7, None, "TTD", False), ("J$1.2 billion", 1.2e9, None, "JMD", False),
        ("BDS$20 million", 2e7, None, "BBD", False), ("EC$4m", 4e6, None, "XCD", False),
        ("AR$2.5 trillion", 2.5e12, None, "ARS", False), ("J$14.30", 14.3, None, "JMD", False),
    ]
    assert money("The Tashkent lender booked 95 billion soums.") == [("95 billion soums", 9.5e10, None, "UZS", False)]


def test_visitors_counted_and_a_range_of_rises() -> None:
    text = "Sales hit Rs. 3.1 billion, up from 2.8 billion, as visitor arrivals to the coast climbed to 1.4 million."
    assert [t for t, *_ in money(text)] == ["Rs. 3.1 billion", "2.8 billion"]
    rates = [(f.text, f.value, f.value_max) for f in find_figures("Rents are up 10% to 15% since May; costs rose 3% to 5%.", "en")]
    assert rates == [("10% to 15%", 10.0, 15.0), ("3%", 3.0, None), ("5%", 5.0, None)]


def test_romanian_lei_peruvian_code_and_capital_mn() -> None:
    text = "The Cluj lender earned 95 million lei on RON 2.4 billion of loans; the rate was 5.0120 lei per euro."
    assert money(text) == [
        ("95 million lei", 9.5e7, None, "RON", False), ("RON 2.4 billion", 2.4e9, None, "RON", False),
        ("5.0120 lei", 5.012, None, "RON", False),
    ]
    assert money("She wore 5 lei around her neck.") == []  # (garlands, where Romania is not named)
    assert money("The Lima utility billed PEN 2.7 billion.") == [("PEN 2.7 billion", 2.7e9, None, "PEN", False)]
    assert money("Sign with a PEN 2 refill.") == []  # (no Peru)
    text = "The Colombo group posted revenue of Rs. 4,150 Mn, against 3,980 Mn a year earlier."
    assert money(text) == [("Rs. 4,150 Mn", 4.15e9, None, "LKR", False), ("3,980 Mn", 3.98e9, None, "LKR", True)]


def test_swiss_francs_written_fr_and_the_dirham_code() -> None:
    text = "L'horloger vaudois a un Ebitda de 31 millions de fr. Le dividende de 2,20 fr. sera maintenu; le café coûte 4 fr. 20."
    assert money(text, "fr") == [
        ("31 millions de fr.", 3.1e7, None, "CHF", False), ("2,20 fr.", 2.2, None, "CHF", False), ("4 fr. 20", 4.2, None, "CHF", False)
    ]
    assert money("Le laitier de Casablanca lève MAD 1,2 milliard.", "fr") == [("MAD 1,2 milliard", 1.2e9, None, "MAD", False)]
    assert money("He was MAD 5 times.") == []


def test_thousands_of_euros_as_accounts_write_them() -> None:
    text = "Le chiffre d'affaires atteint 48 312 milliers d'euros. Des milliers de salariés manifestent."
    assert money(text, "fr") == [("48 312 milliers d'euros", 48312000.0, None, "EUR", False)]
