"""Antipodean takeovers and pension-fund results: a bare "$" in a text that
marks its own dollars and, less often, "US$" is its own dollar; asset classes
at a sentence start are no companies; research houses and annual surveys cited
for a figure are sources."""

from __future__ import annotations

from tests.core.company_helpers import names_in
from tests.core.figure_helpers import in_context
from tests.core.source_helpers import cited_in

en = names_in("en")


def test_a_bare_dollar_beside_its_own_marked_dollars_and_one_us_dollar_is_its_own() -> None:
    text = (
        "Kauri Dairy backs NZ$612m offer\n\nNZX-listed Kauri Dairy has agreed to a NZ$3.40-a-share offer valuing it at "
        "NZ$612 million, 38 per cent above its average of $2.46 and above Friday's close of $2.63 in Auckland. "
        "In US dollar terms the offer is worth about US$356m. Kauri's Wellington shareholders back it.\n"
    )
    found = dict(in_context(text))
    assert found["$2.46"] == "NZD" and found["$2.63"] == "NZD" and found["US$356m"] == "USD"


def test_a_wire_that_converts_in_parentheses_keeps_a_bare_dollar_american() -> None:
    text = (
        "Deal\n\nKauri Dairy agreed a NZ$612 million ($356 million) offer in Auckland and Wellington; its NZ$3.40 price "
        "beats the US$2.10 of a rival bid. A second bidder in New Zealand offered $350 million.\n"
    )
    assert ("$350 million", "USD") in in_context(text)


def test_asset_classes_at_a_sentence_start_are_no_companies() -> None:
    assert en("Returns\n\nPrivate equity returned 9.4%. Bonds lost 1.6% as gilt yields rose. Gilts fell 2%.\n") == []


def test_a_research_house_and_an_annual_survey_cited_for_a_figure_are_sources() -> None:
    assert cited_in("en")("Super\n\nThe median fund returned 8.9 per cent, according to research house Tasman Ratings.\n") == ["Tasman Ratings"]
    assert cited_in("fr")(
        "Caisse\n\nLa moyenne des caisses suisses s'établit à 6,1 % selon l'étude annuelle de Swisscanto.\n"
    ) == ["Swisscanto"]
    assert cited_in("en")("Digest\n\nIPE reported that the fund's private markets share will rise to 20%.\n") == ["IPE"]


def test_new_zealand_banks_and_law_firms() -> None:
    found = en(
        "Loan\n\nBank of New Zealand (BNZ) provided the NZ$45m facility; Bell Gully and Simpson Grierson advised. "
        "BNZ also lent to the buyer.\n"
    )
    assert found == ["Bank of New Zealand", "Bell Gully", "Simpson Grierson"]


def test_pension_schemes_named_with_their_kind() -> None:
    found = en(
        "Pensions\n\nStichting Pensioenfonds Havenkade, the €31.2bn scheme for Dutch port workers, returned 6%. "
        "Danish labour-market pension Nordlys Pension, with DKK 412bn under management, returned 8.3%.\n"
    )
    assert "Stichting Pensioenfonds Havenkade" in found and "Nordlys Pension" in found
    assert "Carmélis" in names_in("fr")(
        "Caisses\n\nLa caisse de retraite des professions médicales Carmélis a retenu Mirova pour un mandat de 250 M€.\n"
    )
