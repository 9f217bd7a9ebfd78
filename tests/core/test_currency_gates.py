"""Currencies written with a short symbol or a common word, cents, dirham
abbreviations and francs CFA by proximity: each read where the text backs it."""

from __future__ import annotations

from tui.core.money import find_figures


def money(text: str, lang: str = "en") -> list[tuple[str, float | None, float | None, str | None]]:
    return [(f.text, f.amount, f.amount_max, f.currency) for f in find_figures(text, lang) if f.kind == "money"]


def test_rand_and_cents_in_a_south_african_text() -> None:
    text = (
        "JOHANNESBURG - Kestrel Foods offered R4.8bn, or R21.40 a share, for the miller, a R1.5-billion premium; "
        "the board expects between R90m and R110m of savings. Headline earnings were 187.5c, up from 1,042c."
    )
    assert money(text) == [
        ("R4.8bn", 4.8e9, None, "ZAR"), ("R21.40", 21.4, None, "ZAR"), ("R1.5-billion", 1.5e9, None, "ZAR"),
        ("between R90m and R110m", 9e7, 1.1e8, "ZAR"), ("187.5c", 1.875, None, "ZAR"), ("1,042c", 10.42, None, "ZAR"),
    ]


def test_short_symbols_without_their_country_are_nothing() -> None:
    assert money("Under Section 2c it pays $5m; Phase 3c starts.") == [("$5m", 5e6, None, "USD")]
    assert money("The R5 engine and the W3 model cost $40,000 and 99c apps.") == [
        ("$40,000", 40000.0, None, "USD"), ("99c", 0.99, None, "USD")
    ]
    assert money("Le modèle R5 coûte 20 000 euros et 99c de plus.", "fr") == [("20 000 euros", 20000.0, None, "EUR")]


def test_won_in_a_korean_text() -> None:
    text = "SEOUL - Daeho sold W32 billion of shares at 18,450 won each; Minseo paid 1.1 trillion won. In 2019 won awards."
    assert money(text) == [
        ("W32 billion", 3.2e10, None, "KRW"), ("18,450 won", 18450.0, None, "KRW"), ("1.1 trillion won", 1.1e12, None, "KRW")
    ]
    assert money("The team in 2019 won 3 titles, and 4,000 won prizes.") == []


def test_dirham_abbreviations_and_francs_cfa_by_proximity() -> None:
    text = (
        "Le groupe de Casablanca rachète la laiterie de Dakar pour 40 milliards de francs CFA, soit 650 MDH, "
        "et 312 DH par action.\n\n"
        "Sa filiale de Douala a levé 7,5 milliards de francs CFA. À Dakar, la dette atteint 9 milliards de FCFA."
    )
    assert money(text, "fr") == [
        ("40 milliards de francs CFA", 4e10, None, "XOF"), ("650 MDH", 6.5e8, None, "MAD"), ("312 DH", 312.0, None, "MAD"),
        ("7,5 milliards de francs CFA", 7.5e9, None, "XAF"), ("9 milliards de FCFA", 9e9, None, "XOF"),
    ]


def test_pc_spaced_is_a_percentage() -> None:
    assert [(f.text, f.value) for f in find_figures("Its stake rose to 86 pc, from 80pc; it sold 10 PCs and 3 pcs.", "en")] == [
        ("86 pc", 86.0), ("80pc", 80.0)
    ]


def test_francs_cfa_in_a_sentence_without_a_country_take_the_country_most_named() -> None:
    text = (
        "La laiterie de Dakar, premier transformateur du Sénégal, est rachetée.\n\n"
        "Elle a réalisé un chiffre d'affaires de 58 milliards de FCFA.\n\n"
        "Le groupe est aussi présent au Cameroun. Au Sénégal, il emploie 300 personnes."
    )
    assert money(text, "fr") == [("58 milliards de FCFA", 5.8e10, None, "XOF")]


def test_symbols_of_a_countrys_own_press_where_the_text_names_it() -> None:
    text = (
        "NAIROBI - Kenyan lender Mvua Bank set aside KSh 2.4 billion and Kshs 300 million for loans; its Ugandan arm "
        "holds USh 90 billion. In Accra, Ghana's Tanko Pay holds GH₵45 million and GH¢3 million of deposits."
    )
    assert money(text) == [
        ("KSh 2.4 billion", 2.4e9, None, "KES"), ("Kshs 300 million", 3e8, None, "KES"),
        ("USh 90 billion", 9e10, None, "UGX"), ("GH₵45 million", 4.5e7, None, "GHS"), ("GH¢3 million", 3e6, None, "GHS"),
    ]
    assert money("Alger - Le groupe algérien a levé 12 milliards de DA.", "fr") == [("12 milliards de DA", 1.2e10, None, "DZD")]
    assert money("In Kuala Lumpur, the Malaysian builder won a RM1.8bn contract.") == [("RM1.8bn", 1.8e9, None, "MYR")]


def test_naira_riyal_and_shekel_letters_where_the_text_names_the_country() -> None:
    assert money("Lagos-based Kora Pay charges N50 on a N5,000 transfer and raised N2bn.") == [
        ("N50", 50.0, None, "NGN"), ("N5,000", 5000.0, None, "NGN"), ("N2bn", 2e9, None, "NGN")
    ]
    assert money("RIYADH - Nakheel Foods plans to pay SR150 million; its value may reach SR 2.1 billion.") == [
        ("SR150 million", 1.5e8, None, "SAR"), ("SR 2.1 billion", 2.1e9, None, "SAR")
    ]
    assert money("The Israeli start-up received NIS 14 million in grants; the deal is worth NIS 2.1bn.") == [
        ("NIS 14 million", 1.4e7, None, "ILS"), ("NIS 2.1bn", 2.1e9, None, "ILS")
    ]


def test_letter_symbols_without_their_country_are_nothing_before_or_after_the_number() -> None:
    text = "The N95 masks, the SR 520 bridge, a 500 W motor, 1 000 DA of text, the RM5 model and KSh 3 cost $12m."
    assert money(text) == [("$12m", 1.2e7, None, "USD")]
    assert money("Le moteur de 500 W et la route N7 coûtent 3 M€.", "fr") == [("3 M€", 3e6, None, "EUR")]


def test_dirhams_written_before_the_number_and_crowns_with_their_country() -> None:
    assert money("Dubai's Khor Foods raised Dh1.2 billion and Dhs 40 million.") == [
        ("Dh1.2 billion", 1.2e9, None, "AED"), ("Dhs 40 million", 4e7, None, "AED")
    ]
    assert money("About 19.5 billion Czech crowns, 3 billion Icelandic crowns and 2bn Danish crowns.") == [
        ("19.5 billion Czech crowns", 1.95e10, None, "CZK"), ("3 billion Icelandic crowns", 3e9, None, "ISK"),
        ("2bn Danish crowns", 2e9, None, "DKK"),
    ]
