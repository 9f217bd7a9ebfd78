"""Cross-border deals: a tombstone's roles ("DD stratégique : X ; Dette : Y"),
an acronym that keeps a demonym, a fund's complement ("National Fund for X
and Y"), an apposition after an acronym, more cues; the złoty and the
Mexican peso as the FT writes them, fils in the Emirates, the dirham of an
article about Morocco, a wire release's SOURCE line and national agencies."""

from __future__ import annotations

from tests.core.company_helpers import names_in
from tests.core.figure_helpers import money
from tui.core.clean import clean
from tui.core.money import find_figures
from tui.core.sources import find_sources

names = names_in("fr")
en = names_in("en")


def test_a_tombstones_roles_and_french_cues() -> None:
    text = (
        "Intro.\n\nConseils acquéreurs : M&A : Lazard ; DD stratégique : Strategia Conseil ; DD financière : Eight Advisory ; "
        "Dette : Kramer Levin\n\nAprès cinq ans, Ardian passe la main sur Qalix. Un parc éolien développé par Narvia alimente l'usine."
    )
    assert names(text) == ["Lazard", "Strategia Conseil", "Eight Advisory", "Kramer Levin", "Ardian", "Qalix", "Narvia"]
    assert names("LBO : Montefiore reprend Qalix à Ardian\n\nTexte.") == ["Montefiore", "Qalix", "Ardian"]


def test_acronyms_complements_and_appositions() -> None:
    text = "Intro.\n\nThe contract was awarded by the Saudi Power Procurement Company (SPPC) to Helion Power. SPPC said so."
    assert en(text) == ["Saudi Power Procurement Company", "Helion Power"]
    text = "Intro.\n\nThe National Fund for Environmental Protection and Water Management, a state agency, will lend."
    assert en(text) == []
    text = (
        "Intro.\n\nAutopistas del Valle (Avsa), the toll-road operator, priced bonds. Equity comes from sponsor Red Kite "
        "and Taesa won lot 4. The deal values Termika Górny Śląsk at PLN13bn."
    )
    assert en(text) == ["Autopistas del Valle", "Red Kite", "Taesa", "Termika Górny Śląsk"]


def test_zloty_peso_fils_and_a_moroccan_dirham() -> None:
    assert money("PGE in Warsaw will fund a Zl18bn programme; shares rose to Zl9.84.") == [
        ("Zl18bn", 1.8e10, "PLN"), ("Zl9.84", 9.84, "PLN")
    ]
    assert money("Proceeds repay a Ps2.3 billion loan in Mexico.") == [("Ps2.3 billion", 2.3e9, "MXN")]
    assert money("Ps2 is a console and Zl5 a code.") == []
    assert money("The tariff is 4.74 fils in Abu Dhabi.") == [("4.74 fils", 0.0474, "AED")]
    text = (
        "Le Maroc investit à Casablanca et à Rabat ; le marocain Hydra a gagné. Le Maroc vise 2030.\n\n"
        "Le partenaire émirati apporte 20 %. L'office paiera 4,48 DH le mètre cube."
    )
    assert money(text, "fr") == [("4,48 DH", 4.48, "MAD")]


def test_wire_issuers_national_agencies_and_sponsored_lines() -> None:
    assert [s.name for s in find_sources("Text.\n\nSOURCE Harbor Lane Partners", "en")] == []
    text = "Its CFO told state news agency PAP that returns are fine, rappelle l'agence MAP."
    assert [s.name for s in find_sources(text, "en")] == ["PAP", "MAP"]
    body = "Le groupe a racheté la société pour 12 millions d'euros, a indiqué son dirigeant lundi soir à Lyon."
    assert clean(f"Titre\n\n{body}\n\nSponsored: Join our webinar. Tickets £95.").removed == ("Sponsored: Join our webinar. Tickets £95.",)


def test_an_implied_amount_after_a_conversion() -> None:
    text = "Le fonds sera doté de 30 milliards d'euros. MGX apportera 12 Md€, soit environ 48 milliards de dirhams à Abou Dhabi, les partenaires français 8 milliards."
    assert money(text, "fr")[-1] == ("8 milliards", 8e9, "EUR")
    assert money("It raised $5 billion (about €4.6 billion) and a further 2 billion later.")[-1] == ("2 billion", 2e9, "USD")


def test_regional_currencies_and_ranges_still_to_come() -> None:
    assert money("Apteka paid zł 1.1 billion, or zł 812 a share, in Warsaw; Fjällvik sold 612 MSEK.") == [
        ("zł 1.1 billion", 1.1e9, "PLN"), ("zł 812", 812.0, "PLN"), ("612 MSEK", 6.12e8, "SEK")
    ]
    assert money("The Lima port cost 1.28 billion soles.") == [("1.28 billion soles", 1.28e9, "PEN")]
    assert money("Le fonds a levé 42 millions de rials omanais.", "fr") == [("42 millions de rials omanais", 4.2e7, "OMR")]
    assert money("In Kuala Lumpur, Kinabalu will raise RM180mil to RM200mil.") == [("RM180mil to RM200mil", 1.8e8, "MYR")]
    pcts = [f.text for f in find_figures("Prices are expected to rise 8% to 10%; costs rose 3% to 5%.", "en")]
    assert pcts == ["8% to 10%", "3%", "5%"]
    assert [s.name for s in find_sources("Selon le quotidien économique Hospodářské noviny, le prix a baissé.", "fr")] == ["Hospodářské noviny"]
