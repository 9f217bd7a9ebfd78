"""Rules learnt from the twenty-second session's held-out sets, each with an
article of our own: small sums in English words ("fifty pounds a week", "two
hundred and sixty pounds", "forty-five hundred pounds") and hyphened into an
adjective ("a fifty-euro gap", "a fifteen-pound kit"); the dollar of a sum in
dollar words that its own sentence names; a text that names US states keeps
its bare "$" for the US dollar though it marks "A$" more often than "US$"."""

from __future__ import annotations

from tests.core.article_helpers import article_money


def test_small_sums_in_pounds_written_in_words() -> None:
    text = (
        "A London brace maker grows\n\n"
        "LONDON, 3 March 2026 - Hinge & Strap, a London maker of knee braces, said a rental version costs about fifty pounds a week. "
        "Its 2,300 backers on a crowdfunding site paid an average of about two hundred and sixty pounds each, "
        "and a clinic charges forty-five hundred pounds for a hand-made brace. The company weighs twelve pounds of carbon per brace.\n"
    )
    money = article_money(text)
    assert ("fifty pounds", 50.0, "GBP") in money
    assert ("two hundred and sixty pounds", 260.0, "GBP") in money
    assert ("forty-five hundred pounds", 4500.0, "GBP") in money
    assert not any(t.startswith("twelve") for t, _, _ in money)  # a weight


def test_sums_in_words_hyphened_into_an_adjective() -> None:
    text = (
        "Notes from a skate shop\n\n"
        "Posted 2 May 2026. Decks sell for £58 in Bristol, and a fifteen-pound griptape kit is the best seller. "
        "In Lisbon the same ring costs €40 in one shop and €90 in the next: a fifty-euro gap. "
        "The five-million-dollar colt is another story.\n"
    )
    money = article_money(text)
    assert ("fifteen-pound", 15.0, "GBP") in money
    assert ("fifty-euro", 50.0, "EUR") in money
    assert ("five-million-dollar", 5_000_000.0, "USD") in money


def test_a_sum_in_dollar_words_takes_the_dollar_its_sentence_names() -> None:
    text = (
        "Kowhai joins Nuix\n\n"
        "Sydney, 4 June 2026. Nuix, the ASX-listed software group, is buying Auckland's Kowhai for A$48 million. "
        "Analysts in Sydney and Melbourne expect savings of A$4-6 million a year, and Kowhai's founder spoke in Wellington. "
        "A forty-dollar saving per reviewer hour, in New Zealand dollars, looks small. "
        "Kowhai's caps cost NZ$0.04 more than standard ones, \"which is nothing on a twenty-dollar bottle\".\n"
    )
    money = article_money(text)
    assert ("forty-dollar", 40.0, "NZD") in money
    assert ("twenty-dollar", 20.0, "NZD") in money


def test_a_quoted_sum_takes_the_dollar_of_the_speakers_sentence() -> None:
    text = (
        "Sonic Lane buys Wax Republic\n\n"
        "Melbourne, 8 June 2026. Sonic Lane, the Melbourne record chain, is buying Wax Republic of Sydney for A$6.8 million. "
        "Vinyl sales in Australia rose to A$162.5 million last year.\n\n"
        "Bec Lang, who runs a stall in Geelong, was blunt: \"A forty-dollar record is still a forty-dollar record.\" "
        "The deal also covers a distributor of New Zealand labels.\n"
    )
    assert [m for m in article_money(text) if "dollar" in m[0]] == [("forty-dollar", 40.0, "AUD"), ("forty-dollar", 40.0, "AUD")]


def test_a_text_that_names_us_states_keeps_its_bare_dollar_american() -> None:
    text = (
        "So you want to own a racehorse?\n\n"
        "Posted 9 April 2026. A yearling goes for anywhere from $5,000 to $50,000. In Australia, Inglis of Sydney sold its top lot for A$3.2m, "
        "and a Melbourne syndicate raised A$4.5 million and charges A$89 a month. In Kentucky, expect $120 a day. "
        "Fractional platforms in the US manage about US$400m, and a Kentucky race can pay $140,000.\n"
    )
    money = article_money(text)
    assert ("$5,000 to $50,000", 5000.0, "USD") in money
    assert ("$140,000", 140_000.0, "USD") in money
    assert ("A$3.2m", 3_200_000.0, "AUD") in money
