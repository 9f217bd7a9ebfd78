"""Local ways of writing money: the broker's "mill", the Malaysian "RM…mil",
Gulf, Levant, Bangladeshi and Chilean letter symbols, subunits ("fils", "sen"),
each read only where the text names the country; people counted are not money."""

from __future__ import annotations

from tui.core.money import find_figures


def money(text: str, lang: str = "en") -> list[tuple[str, float | None, float | None, str | None, bool]]:
    return [(f.text, f.amount, f.amount_max, f.currency, f.implied) for f in find_figures(text, lang) if f.kind == "money"]


def test_shipbrokers_mill() -> None:
    text = (
        "Greek owners paid USD 31.2 mill for the 2014-built bulker, a sister went for USD 30 mill and a third "
        "for 29.5 mill. The pair sold en bloc at USD 61-62 mill, the tanker between USD 40 and 41 mill."
    )
    assert money(text) == [
        ("USD 31.2 mill", 3.12e7, None, "USD", False), ("USD 30 mill", 3e7, None, "USD", False),
        ("29.5 mill", 2.95e7, None, "USD", True), ("USD 61-62 mill", 6.1e7, 6.2e7, "USD", False),
        ("between USD 40 and 41 mill", 4e7, 4.1e7, "USD", False),
    ]


def test_malaysian_ringgit_mil_bil_and_sen() -> None:
    text = (
        "KUALA LUMPUR: Tekun Bina won a RM2.4bil job in Malaysia after RM450mil last year; analysts see "
        "between RM80mil and RM95mil of profit, and 7.5mil more. The shares rose 9 sen to RM1.32."
    )
    assert money(text) == [
        ("RM2.4bil", 2.4e9, None, "MYR", False), ("RM450mil", 4.5e8, None, "MYR", False),
        ("between RM80mil and RM95mil", 8e7, 9.5e7, "MYR", False), ("7.5mil", 7.5e6, None, "MYR", True),
        ("9 sen", 0.09, None, "MYR", False), ("RM1.32", 1.32, None, "MYR", False),
    ]


def test_gulf_symbols_and_subunits_by_the_country_named_nearest() -> None:
    text = (
        "KUWAIT - Burgan rose 6 fils to 255 fils on turnover of KD 41.2 million, after 36.5 million. "
        "In Qatar, Ooredoo closed at QR11.40 after a QR300 million bond. In Oman, Omantel gained 4 baisa "
        "to 962 baisa on RO 12 million. In Bahrain, Alba traded BD 3.5 million and rose 20 fils. In Jordan, JD 20 million."
    )
    assert money(text) == [
        ("6 fils", 0.006, None, "KWD", False), ("255 fils", 0.255, None, "KWD", False),
        ("KD 41.2 million", 4.12e7, None, "KWD", False), ("36.5 million", 3.65e7, None, "KWD", True),
        ("QR11.40", 11.4, None, "QAR", False), ("QR300 million", 3e8, None, "QAR", False),
        ("4 baisa", 0.004, None, "OMR", False), ("962 baisa", 0.962, None, "OMR", False),
        ("RO 12 million", 1.2e7, None, "OMR", False), ("BD 3.5 million", 3.5e6, None, "BHD", False),
        ("20 fils", 0.02, None, "BHD", False), ("JD 20 million", 2e7, None, "JOD", False),
    ]


def test_taka_lebanese_pound_and_chilean_units() -> None:
    assert money("DHAKA - Padma Bank will pay Tk 250 crore in Bangladesh; shares closed at Tk 21.40, "
                 "it set aside Tk 35 lakh, after 180 crore.") == [
        ("Tk 250 crore", 2.5e9, None, "BDT", False), ("Tk 21.40", 21.4, None, "BDT", False),
        ("Tk 35 lakh", 3.5e6, None, "BDT", False), ("180 crore", 1.8e9, None, "BDT", True),
    ]
    assert money("À Beyrouth, le kilowattheure coûte 27 000 LL au taux officiel du Liban.", "fr") == [
        ("27 000 LL", 27000.0, None, "LBP", False)
    ]
    assert money("SANTIAGO - The fund paid UF 12 million (Ch$470 billion) for the Chilean toll road, fees of "
                 "between UF 2 million and UF 3 million and Ch$61.5 billion of debt, after 55.2 billion.") == [
        ("UF 12 million", 1.2e7, None, "CLF", False), ("Ch$470 billion", 4.7e11, None, "CLP", False),
        ("between UF 2 million and UF 3 million", 2e6, 3e6, "CLF", False),
        ("Ch$61.5 billion", 6.15e10, None, "CLP", False), ("55.2 billion", 5.52e10, None, "CLP", True),
    ]


def test_letters_and_subunits_without_their_country_are_nothing() -> None:
    assert money("Il a 3 fils et 2 filles ; la BD 3 sort, puis RO 5, KD 4, LL 3, Tk 5 et UF 3.", "fr") == []
    assert money("Version 12 sen, item 4 baisa, sheet 2 fils, tape 5 mil thick.") == []


def test_people_counted_before_a_scaled_number_are_not_money() -> None:
    text = ("The bank raised $2 billion. The country has a population of about five million, Lagos some "
            "15 million inhabitants, and a city of 3 million residents paid $4 million.")
    assert money(text) == [("$2 billion", 2e9, None, "USD", False), ("$4 million", 4e6, None, "USD", False)]
    assert money("Le pays, peuplé de 12 millions d'âmes, a levé 2 milliards d'euros.", "fr") == [
        ("2 milliards d'euros", 2e9, None, "EUR", False)
    ]


def test_an_amount_of_the_title_takes_the_currency_of_the_lead() -> None:
    text = "Vantor cède Kelvar à Altea pour 1,2 milliard\n\nVantor a annoncé la cession de Kelvar pour 1,2 milliard d'euros."
    assert money(text, "fr") == [
        ("1,2 milliard", 1.2e9, None, "EUR", True), ("1,2 milliard d'euros", 1.2e9, None, "EUR", False)
    ]
    assert money("Streamo passe les 300 millions d'abonnés\n\nLe groupe vaut 400 milliards de dollars.", "fr") == [
        ("400 milliards de dollars", 4e11, None, "USD", False)
    ]
    far = "Vantor vend Kelvar pour 2 milliards\n\n" + "Le groupe se recentre. " * 40 + "Il touchera 2 milliards d'euros."
    assert money(far, "fr") == [("2 milliards d'euros", 2e9, None, "EUR", False)]


def test_east_african_shillings_thai_baht_turkish_lira_and_haitian_gourdes() -> None:
    assert money("NAIROBI - The lender raised Sh5-billion and Sh100,000 at Sh129.20 a share in Kenya.") == [
        ("Sh5-billion", 5e9, None, "KES", False), ("Sh100,000", 1e5, None, "KES", False), ("Sh129.20", 129.2, None, "KES", False)
    ]
    assert money("KAMPALA - Stanbic raised Sh300 billion in Uganda.") == [("Sh300 billion", 3e11, None, "UGX", False)]
    assert money("BANGKOK - The Thai IPO priced at Bt9.20-9.80, raising Bt4.9 billion, up 12 satang.") == [
        ("Bt9.20-9.80", 9.2, 9.8, "THB", False), ("Bt4.9 billion", 4.9e9, None, "THB", False), ("12 satang", 0.12, None, "THB", False)
    ]
    assert money("ISTANBUL - The Turkish firm paid TL 2.05 billion, after 352 million.") == [
        ("TL 2.05 billion", 2.05e9, None, "TRY", False), ("352 million", 3.52e8, None, "TRY", True)
    ]
    assert money("À Port-au-Prince, la banque haïtienne a prêté 2,4 milliards de gourdes, à 131,20 gourdes "
                 "l'action, et 58 000 Gdes.", "fr") == [
        ("2,4 milliards de gourdes", 2.4e9, None, "HTG", False), ("131,20 gourdes", 131.2, None, "HTG", False),
        ("58 000 Gdes", 58000.0, None, "HTG", False),
    ]
    assert money("Il a une gourde de 2 litres et 3 gourdes ; le modèle Bt5 et le TL 4 sont sortis.", "fr") == []
    assert money("It cost 2.7 billion quid, the Treasury said.") == [("2.7 billion quid", 2.7e9, None, "GBP", False)]


def test_french_hundred_and_percent_ranges_after_de() -> None:
    assert money("Le capital de un million cent mille euros, soit deux cent mille euros.", "fr") == [
        ("deux cent mille euros", 2e5, None, "EUR", False)
    ]
    found = [(f.text, f.value, f.value_max) for f in find_figures(
        "Une décote de 12 % à 18 % ; la marge passe de 8 % à 9 % et les ventes progressent de 3 % à 5 %.", "fr")]
    assert found == [("de 12 % à 18 %", 12.0, 18.0), ("8 %", 8.0, None), ("9 %", 9.0, None), ("3 %", 3.0, None), ("5 %", 5.0, None)]


def test_a_bare_dollar_in_an_australian_text_and_its_cents() -> None:
    text = ("Bendigo posts record profit\n\nSYDNEY - Kuranda Bank, the ASX-listed lender based in Victoria, Australia, "
            "posted a $410m profit, up from $253m, and will pay 33¢ a share, or 30.5 cents. The regulator APRA approved "
            "it and its shares closed at $12.84 in Sydney, or 1.2 billion US dollars.")
    assert [(t, c) for t, _, _, c, _ in money(text)] == [
        ("$410m", "AUD"), ("$253m", "AUD"), ("33¢", "AUD"), ("30.5 cents", "AUD"), ("$12.84", "AUD"),
        ("1.2 billion US dollars", "USD"),
    ]
    wire = "SYDNEY, Nov 14 (Reuters) - Brookfield will buy Tilt in Australia for A$9 billion ($5.9 billion), ASX sources in Sydney said."
    assert [(t, c) for t, _, _, c, _ in money(wire)] == [("A$9 billion", "AUD"), ("$5.9 billion", "USD")]


def test_a_duration_after_an_implied_amount_counts_nothing() -> None:
    assert money("Le chiffre d'affaires atteint 910 millions d'euros, contre 780 millions deux ans plus tôt.", "fr") == [
        ("910 millions d'euros", 9.1e8, None, "EUR", False), ("780 millions", 7.8e8, None, "EUR", True)
    ]
