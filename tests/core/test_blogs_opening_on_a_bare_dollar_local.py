"""A home paper or blog that marks its own dollar ("C$6.2m") and never a US one
writes "$" for its own, also when its first amount is a bare "$2,400" told
before the lead's "C$6.2m"; an agency's story must lead with its own dollar."""

from __future__ import annotations

from tests.core.figure_helpers import currencies_of


def test_a_toronto_blog_that_opens_on_a_bare_dollar() -> None:
    text = (
        "Why I sold my shop\n\n"
        "Posted by Lena Park\n\n"
        "Twenty years ago I bought my first press for $3,100 and rented a room on Queen Street in Toronto. "
        "On Friday I sold Queen Press to a Montreal printer. The headline number is C$4.8m. Last year we billed "
        "$2.9 million and kept about $610,000. Each printer gets a C$4,000 bonus, my lease of $7,400 a month moves "
        "to the buyer, and the bank in Ottawa that lent me $80k gets paid off.\n"
    )
    assert currencies_of(text, "$3,100", "$2.9 million", "$80k") == {"CAD"}


def test_an_agency_from_toronto_that_opens_on_a_us_dollar() -> None:
    text = (
        "Miner agrees takeover\n\n"
        "TORONTO (Reuters) - Northfield Gold agreed to buy Lakeshore Mines for $500 million in cash, it said. "
        "Lakeshore shares rose to C$12.40 in Toronto, valuing it at C$3.1 billion. The buyer expects $40 million "
        "of savings and a $25 million break fee, and plans $60 million of spending in Ontario.\n"
    )
    assert currencies_of(text, "$500 million", "$40 million") == {"USD"}


def test_a_us_release_that_buys_a_canadian_firm() -> None:
    text = (
        "Bluegrass Tack Raises $38M and Acquires Canada's Maple Leaf Saddlery\n\n"
        "LEXINGTON, Ky.--(BUSINESS WIRE)--Mar. 15, 2067-- Bluegrass Tack Holdings, Inc. today announced a $38 million "
        "Series B at a valuation of $240 million, and the acquisition of Maple Leaf Saddlery Ltd. of Guelph, Ontario, "
        "for C$12.5 million. Revenue was $27.4M, and Canadian customers pay C$12.5 million a year less in duties. "
        "Saddles sell for $1,200 to $2,400 in Canada and Ontario.\n"
    )
    assert currencies_of(text, "$38 million", "$240 million", "$27.4M") == {"USD"}
