"""A rule learnt from the twenty-fourth session's held-out sets, with articles of
our own: a news agency writes its bare "$" for the US dollar, also in a story
about a Canadian or an Australian firm, when it files from abroad ("OSLO, Sept
13 (Reuters) - ... 9.4 billion crowns ($870 million)"); filed from the firm's
own country ("TORONTO, Sept 13 (Reuters) -") the story keeps the home dollar."""

from __future__ import annotations

from tests.core.article_helpers import article_money

_STORY = (
    "Canada's Maplewood bids $870 million for Norwegian salmon farmer Fjordlaks\n\n"
    "{place}, Sept 13 (Reuters) - Canadian seafood group Maplewood Inc offered on Tuesday to buy Norwegian salmon "
    "farmer Fjordlaks ASA, valuing the company at 9.4 billion crowns ($870 million).\n\n"
    "Maplewood, which farms salmon in Canada and Chile, will fund the deal with a $600 million bridge loan. "
    "The Canadian group has annual sales of about $4.1 billion, according to Canadian industry estimates.\n"
)


def test_an_agency_filing_from_abroad_writes_us_dollars() -> None:
    money = article_money(_STORY.format(place="OSLO"))
    assert ("$870 million", 870e6, "USD") in money
    assert ("$600 million", 600e6, "USD") in money


def test_an_agency_filing_from_the_firms_country_writes_its_dollars() -> None:
    money = article_money(_STORY.format(place="TORONTO"))
    assert ("$600 million", 600e6, "CAD") in money
