"""Hard cases: number words that start a firm's name, a possessive after an
ampersand name, a curated name as a place ("headquartered in Vauxhall"), a
press contact's own address; "a five-million-dollar grant", pounds of cheese,
"840 mln stg", "2.5 billion-peso" in a Mexican story, "grimpera de 12 % à 35 %",
and a last list of headlines with blank lines between them."""

from __future__ import annotations

from tests.core.company_helpers import names_in
from tests.core.figure_helpers import money
from tui.core.clean import clean
from tui.core.money import find_figures

names = names_in("fr")
en = names_in("en")


def test_names_with_numbers_possessives_and_places() -> None:
    text = (
        "Intro.\n\nA managing director at investment bank Three Rivers Capital Partners said so. Nine Rivers Capital invests. "
        "Three companies bid. Sable Rock agreed to buy Fenwick & Dray. Fenwick & Dray's board backed it. "
        "The group, which is headquartered in Vauxhall, south London, rose.\n\nContacts\n\nMedia: Jenna Roth, jroth@example.com"
    )
    assert en(text) == ["Three Rivers Capital Partners", "Nine Rivers Capital", "Sable Rock", "Fenwick & Dray"]
    assert names("Intro.\n\nLe groupe a racheté Sahel & Mer, le spécialiste des produits de la mer.") == ["Sahel & Mer"]


def test_spelled_adjectives_weights_and_wire_words() -> None:
    assert money("It got a five-million-dollar grant and a hundred million dollars.") == [
        ("five-million-dollar", 5e6, "USD"), ("a hundred million dollars", 1e8, "USD")
    ]
    assert money("It makes 42 million pounds of cheese and raised 5 million pounds of investment.") == [
        ("5 million pounds", 5e6, "GBP")
    ]
    assert money("UPDATE 2-Sable Rock agrees 840 mln stg deal") == [("840 mln stg", 8.4e8, "GBP")]
    assert money("It filed with the Bolsa Mexicana de Valores a 2.5 billion-peso loan from BBVA México.") == [
        ("2.5 billion-peso", 2.5e9, "MXN")
    ]
    pct = [f.text for f in find_figures("La part grimpera de 12 % à 35 % des ventes.", "fr")]
    assert pct == ["12 %", "35 %"]


def test_a_last_list_of_headlines() -> None:
    body = "Founded in 2019, the fund manages about 6 billion dollars and earmarked a billion dirhams for more deals."
    removed = clean(f"Title\n\n{body}\n\nRead more\n\nCapacity to triple by 2030\n\nChip orders worth $10bn\n").removed
    assert removed == ("Read more", "Capacity to triple by 2030", "Chip orders worth $10bn")


def test_pounds_of_what_hyphenated_percents_and_index_subjects() -> None:
    text = "It won half a billion pounds of that order, 42 million pounds of cheese a year and a billion pounds of construction debt."
    assert [t for t, *_ in money(text)] == ["half a billion pounds", "a billion pounds"]
    assert [f.text for f in find_figures("Mitsubishi holds a 15-per-cent stake after a 20-percent rise.", "en")] == ["15-per-cent", "20-percent"]
    text = "Intro.\n\nL'indice S&P/TSX a clôturé à 26 418 points. Valoris a clôturé à 27 euros. The Nikkei Stock Average gained 0.8%."
    assert names(text) == ["Valoris"]


def test_a_curated_name_glued_inside_a_word_hides_nothing() -> None:
    text = "Intro.\n\nATB Capital Markets analyst Leah Fontaine said so. The consultancy Amberline Strategy agreed; B Capital invested."
    assert en(text) == ["ATB Capital Markets", "Amberline Strategy", "B Capital"]
    assert en("Intro.\n\nThe Scottish steel processor Dalzell Plate Services will supply steel.") == ["Dalzell Plate Services"]


def test_an_acronym_the_text_defines_for_another_name() -> None:
    from tui.core.extract import extract
    from tui.core.load import article_from_text

    text = "Title\n\nThe fund Permodalan Nasional Bhd (PNB) bought 12% of Permata Glove. PNB said the stake was long term.\n"
    names_out = [c.name for c in extract(article_from_text(text, path="x.txt")).companies]
    assert "Punjab National Bank" not in names_out and any(n.startswith("Permodalan Nasional") for n in names_out)


def test_dollar_cents_abroad_mn_and_hired_advisers() -> None:
    text = "Sydney-based Warrigal placed shares at 4.5c each against a 5.4c close; it raised $12m on the ASX. Perth, Melbourne, Sydney."
    assert [c for *_, c in money(text)] == ["AUD", "AUD", "AUD"]
    assert money("Mumbai: Oakridge will invest USD 240 mn. Le trajet dure 30 mn.") == [("USD 240 mn", 2.4e8, "USD")]
    text = "Intro.\n\nJarden is advising Bellbird, with Rusmor McVeagh as lawyers. Tūī has hired Forsyth Barr and Chapman Tripp."
    assert en(text) == ["Jarden", "Bellbird", "Rusmor McVeagh", "Forsyth Barr", "Chapman Tripp"]


def test_brand_lists_counts_regions_and_share_via_bars() -> None:
    text = (
        "Intro.\n\nCalder said Pinewood's brands, including Sunrise Stack and Harvest Table, would gain shelf space. It sold "
        "36mn shares at $24 each. Northmark Foods agreed to buy Atlantic Canada grocery chain Harbourview Markets Ltd."
    )
    assert en(text) == ["Northmark Foods", "Harbourview Markets"]
    body = "Northmark Foods Inc. says it has agreed to buy a grocery chain for 1.2 billion dollars in cash, the company said."
    assert clean(f"Title\n\nShare via Facebook · Share via X · Share via Email\n\n{body}").removed == (
        "Share via Facebook · Share via X · Share via Email",
    )
