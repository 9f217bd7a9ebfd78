"""A US press release that buys a Canadian firm marks its Canadian dollars
("C$48 million, including C$8 million in stock and 40 million in cash") and
writes its own "$": a bare "$40 million" loan later in the text is not a
restatement of the implied "40 million", so every bare "$" stays American; so
does a release datelined "OAKLAND, Calif." (a state written as the wires
abbreviate it names a US place)."""

from __future__ import annotations

from tests.core.figure_helpers import currencies_of

TEXT = (
    "Harbor Lights Raises $95 Million and Agrees to Acquire Montreal's Club Lumen\n\n"
    "Growth round values the operator at US$780 million\n\n"
    "MIAMI--(BUSINESS WIRE)--Apr. 23, 2069--Harbor Lights Hospitality, Inc. today announced a $95 million financing. "
    "The round values the company at US$780 million. Harbor Lights agreed to acquire Club Lumen Inc., which runs four "
    "clubs in Montreal and one in Toronto, for C$48 million, including C$8 million in stock and 40 million in cash. "
    "Club Lumen made revenue of C$31.5 million last year in Canada and Quebec. Harbor Lights also entered into a "
    "$40 million revolving credit facility and reported revenue of $142.7M.\n"
)


def test_a_bare_amount_equal_to_an_implied_one_is_no_restatement() -> None:
    assert currencies_of(TEXT, "$95 million", "$40 million", "$142.7M") == {"USD"}
    assert currencies_of(TEXT, "C$48 million", "40 million", "C$31.5 million") == {"CAD"}


def test_a_release_datelined_in_a_us_state_by_its_abbreviation_keeps_its_dollars() -> None:
    # "OAKLAND, Calif." names a US place in the dateline's sentence, which "Inc. (" cuts before the first amount
    text = (
        "Deepbore Systems Raises $64 Million and Acquires Canada's Rockmap Geoscience\n\n"
        "Funding values the developer at US$410 million\n\n"
        "OAKLAND, Calif., April 14, 2071 (GLOBE NEWSWIRE) -- Deepbore Systems, Inc. (\"Deepbore\") today announced a "
        "$64 million Series B financing. The round values the company at US$410 million, up from $120M.\n\n"
        "- Acquisition of Rockmap Geoscience Ltd. of Sudbury, Ontario, for C$18 million\n"
        "- A $20 million venture debt facility\n\n"
        "Deepbore will pay C$18 million for Rockmap, including C$5 million in stock. Rockmap generated revenue of "
        "C$7.2 million last year. The deal is subject to review by the Canadian Nuclear Safety Commission.\n"
    )
    assert currencies_of(text, "$64 million", "$120M", "$20 million") == {"USD"}
    assert currencies_of(text, "C$18 million", "C$7.2 million") == {"CAD"}
