"""Wire copy, market digests and startup news: a home dollar when two home
countries are named, "tln won" and a conversion note, "cent US", "5,6 ¢" in
Québec, a count continued ("15.2 billion shares ... the 14.1 billion
average"), a paragraph number before an amount; subjects after an
apposition, investors named with a number, former staff, units between
commas, share moves in market items, run-in headlines in capitals, a fund's
vintage after "Corp.", a Title Case headline's phrases; a publication in the
byline, a market researcher, page furniture."""

from __future__ import annotations

from tests.core.company_helpers import by_name, names_in
from tests.core.figure_helpers import in_context, money
from tui.core.clean import clean
from tui.core.sources import find_sources

names = names_in("fr")
en = names_in("en")


def test_a_home_dollar_where_a_neighbour_is_named_less() -> None:
    text = (
        "Melbourne-based startup Paydeck has raised $35 million and bought Auckland-based Billora for NZ$4.2 million. "
        "The round includes US$8 million from a Californian firm. Paydeck, which will list on the ASX, is one of the "
        "fastest-growing Australian fintechs; Australian rivals have raised $260 million this year."
    )
    assert in_context(text) == [
        ("$35 million", "AUD"), ("NZ$4.2 million", "NZD"), ("US$8 million", "USD"), ("$260 million", "AUD")
    ]


def test_won_in_tln_and_in_a_conversion_note_cent_us_and_quebec_cents() -> None:
    text = "SEOUL, South Korea -- Hanul will pay 1.35 tln won. Shares closed at 45,300 won.\n\n($1 = 1,459.5 won)"
    assert money(text) == [("1.35 tln won", 1.35e12, "KRW"), ("45,300 won", 45300.0, "KRW"), ("$1", 1.0, "USD"), ("1,459.5 won", 1459.5, "KRW")]
    assert money("Le huard a fini à 73,18 cents US, en hausse de 0,21 cent US. Fin.", "fr") == [
        ("73,18 cents US", 0.7318, "USD"), ("0,21 cent US", 0.0021, "USD")
    ]
    text = "Hydro-Québec vendra l'électricité à 5,6 ¢ le kilowattheure, pour un contrat de 2 milliards de dollars."
    assert in_context(text, "fr") == [("5,6 ¢", "CAD"), ("2 milliards de dollars", "CAD")]


def test_counts_continued_and_numbers_that_are_no_amounts() -> None:
    text = "Volume was 15.2 billion shares, compared with the 14.1 billion average. It raised $3 billion."
    assert money(text) == [("$3 billion", 3e9, "USD")]
    assert money("Revenue was 5 billion dollars, compared with 4 billion a year ago.") == [
        ("5 billion dollars", 5e9, "USD"), ("4 billion", 4e9, "USD")
    ]
    assert money("(Corrects value of the contract in paragraph 5 to $3.1 billion, not $3.6 billion)") == [
        ("$3.1 billion", 3.1e9, "USD"), ("$3.6 billion", 3.6e9, "USD")
    ]
    assert money("Il abaisse son objectif de 210 à 185 euros.", "fr") == [("210", 210.0, "EUR"), ("185 euros", 185.0, "EUR")]


def test_subjects_after_an_apposition_and_names_with_a_number() -> None:
    text = (
        "Intro.\n\nTricoté, la marque roubaisienne de pulls en laine recyclée, lève 800 000 € auprès de ses clientes.\n\n"
        "Kordo, la néobanque des associations, obtient 1,2 million d'euros de Side Capital.\n\n"
        "• Kitebridge, a Toronto-based AI tutoring app, raised C$14 million."
    )
    assert names(text) == ["Tricoté", "Kordo", "Side Capital", "Kitebridge"]
    assert names("Intro. Marie Dupont, la directrice générale, obtient 2 millions d'euros de budget.") == []
    assert names("Le tour est mené par Serena, aux côtés de 360 Capital, 21 Holdings et de Bpifrance.") == [
        "Serena", "360 Capital", "21 Holdings", "Bpifrance"
    ]
    assert en("In 2019 Partners Group bought it.") == ["Partners Group"]


def test_former_staff_owned_divisions_and_leads() -> None:
    assert en("It was founded by former Yorkshire Building Society executives Hannah Clegg and Ravi Mistry.") == ["Yorkshire Building Society"]
    assert names("Intro. Le groupe va céder sa division pharmaceutique, Neoglass Pharma Vials, au fonds Astorg.") == [
        "Neoglass Pharma Vials", "Astorg"
    ]
    assert en("Intro.\n\nFernhill raised A$9.5 million. Main Sequence led the round.") == ["Fernhill", "Main Sequence"]
    assert en("Quillmark raised S$20 million from Vertex Ventures Southeast Asia & India.") == ["Quillmark", "Vertex Ventures Southeast Asia & India"]
    assert en("Intro. Dutch pension investor Veldhuis Pensioenbeheer will hold 25%.") == ["Veldhuis Pensioenbeheer"]


def test_market_items_and_share_moves() -> None:
    text = (
        "Intro.\n\nVernadis, en hausse de 4,6 %. Le groupe a dégagé un chiffre d'affaires record.\n\n"
        "Cobalys, -7,3 %. Le fabricant accuse une perte.\n\nAérotrame, stable. Le sous-traitant publie.\n\n"
        "Les concurrents ont profité : Robinetterie Aubrac (RBA) a pris 6,2 % et Fluidys 4,8 %.\n\n"
        "A suivre vendredi : les semestriels de Sodexis."
    )
    assert names(text) == ["Vernadis", "Cobalys", "Aérotrame", "Robinetterie Aubrac", "Fluidys", "Sodexis"]
    assert en("Intro. Sage shares closed up 0.6% at 1,184p on Tuesday. Revenue was up 3% on the year.") == ["Sage"]
    assert en("Intro. Pioneer Square Labs, the Seattle startup studio, and Voyager Capital invested.") == [
        "Pioneer Square Labs", "Voyager Capital"
    ]


def test_headlines_in_capitals_and_title_case() -> None:
    text = (
        "Intro.\n\nCEDAR POINT TO ACQUIRE RIDGEWAY. Cedar Point Logistics agreed to buy Ridgeway Freight Inc. for $615 million.\n\n"
        "NORSTEAD BANK LIFTS PAYOUT. Toronto-based Norstead Bank posted net income of C$1.08 billion.\n\n"
        "SPAC DEAL. Ridgeline Acquisition Corp. II will merge with electric air-taxi developer AeroLift."
    )
    found = by_name(text)
    assert list(found) == ["Cedar Point Logistics", "Ridgeway Freight", "Norstead Bank", "Ridgeline Acquisition Corp. II", "AeroLift"]
    assert found["Ridgeway Freight"] == ("RIDGEWAY", "Ridgeway Freight Inc.")
    text = "Arlen Semiconductor to Buy Kestrova Microsystems for $7.4 Billion in Power-Chip Push\n\nArlen Semiconductor agreed to buy Kestrova Microsystems."
    assert en(text) == ["Arlen Semiconductor", "Kestrova Microsystems"]
    assert en("Intro. Adjusted Ebitdaal rose 9.4% to GBP188.6 million last year.") == []


def test_bylines_researchers_and_page_furniture() -> None:
    text = "Titre\n\nPublié le 5 octobre 2027 à 16h52 | La Presse Canadienne\n\nMONTRÉAL — La Bourse de Toronto a fini en hausse."
    assert [s.name for s in find_sources(text, "fr")] == ["La Presse Canadienne"]
    assert [s.name for s in find_sources("It has 14 percent of the market, according to market researcher IDC Korea.", "en")] == ["IDC Korea"]
    page = (
        "Titre\n\nLe groupe a vendu.\n\nValeurs associées : SILICIANE 14,32 EUR +18,60% | MARVELL 118,50 USD -0,40%\n\n"
        "Previously on GeekWire: Fathomly raises $22M\n\nNos normes : Les principes de confiance de Thomson Reuters.\n"
    )
    assert clean(page, "Titre").text == "Titre\n\nLe groupe a vendu."
