"""A sum in "dollars" said in a quotation, in an English text about one dollar
country, is that country's dollar when the speaker's paragraph names it ("We
built it for half a billion dollars", said in Auckland); a quotation in a
paragraph that names no such country keeps the US dollar, as does a written,
unquoted one."""

from __future__ import annotations

from tests.core.article_helpers import article_currencies as _currencies


_BLOG = (
    "Kinetic buys Totara Coachlines for NZ$265m\n\n"
    "Last Thursday Kinetic, the Melbourne bus group, agreed to buy Totara Coachlines, New Zealand's biggest school-bus "
    "operator, for NZ$265m. Totara runs 610 buses from Auckland, Wellington and Christchurch.\n\n"
    "The seller, Harbourline Partners, an Auckland firm, bought it in 2019. Its founder told me: \"We built it for half "
    "a billion dollars of contracts, not to sit on forever.\"\n\n"
    "Kinetic also spent A$180m in Sydney. \"Buses are a two billion dollars business,\" said an adviser in London.\n\n"
    "New Zealand's bus market is worth about three billion dollars a year.\n"
)


def test_a_quoted_sum_in_a_paragraph_naming_the_country_is_its_dollar() -> None:
    money = _currencies(_BLOG)
    assert money["half a billion dollars"] == "NZD"


def test_other_quotes_and_written_sums_keep_the_us_dollar() -> None:
    money = _currencies(_BLOG)
    assert money["two billion dollars"] == "USD"  # (its paragraph names Sydney, but the text names Australia only twice)
    assert money["three billion dollars"] == "USD"  # (not a quotation)


def test_a_us_release_s_chief_executive_speaks_in_us_dollars() -> None:
    text = (
        "Titan Machinery to Acquire Prairie Iron for $62 Million\n\n"
        "WEST FARGO, N.D., March 3, 2026 (GLOBE NEWSWIRE) -- Titan Machinery Inc. will buy Prairie Iron, a dealer with "
        "stores in Canada, Saskatchewan and Manitoba, for $62 million, plus C$18 million of inventory.\n\n"
        "\"Prairie Iron fills the map between our North Dakota stores and our Canadian customers,\" said its chief "
        "executive. \"We have sold more than half a billion dollars of equipment in the region.\"\n"
    )
    assert _currencies(text)["half a billion dollars"] == "USD"


def test_a_quote_in_a_paragraph_naming_no_country_takes_the_text_s_dollar() -> None:
    text = (
        "Viva Leisure buys Coastline Gyms for A$48.5m\n\n"
        "Sydney-listed Viva Leisure agreed to buy Coastline, which runs 22 gyms in Queensland and New South Wales, for "
        "A$48.5 million. Brisbane and Melbourne clubs follow; the ACCC will look at Australia's market.\n\n"
        "I asked its founder whether she sold too early. \"Someone was always going to write a fifty-million-dollar "
        "cheque for this business,\" she told me.\n"
    )
    assert _currencies(text)["fifty-million-dollar"] == "AUD"
