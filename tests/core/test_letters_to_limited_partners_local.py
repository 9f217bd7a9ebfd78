"""A fund's letter to its limited partners shortens its fund to its number ("Fund III, L.P." in the
header, "Fund III's net asset value") and heads each holding's paragraph with its name and town
("Ironfoot Farrier Supply (Ocala, Florida). Our largest holding ..."): the number is the fund's
alias, and the paragraph's head is a company."""

from __future__ import annotations

from tests.core.company_helpers import by_name

LETTER = (
    "Hollow Creek Partners — Quarterly Letter to Limited Partners\n\n"
    "Fund III, L.P. | Fourth Quarter 2052\n\n"
    "Dear Limited Partners,\n\n"
    "Hollow Creek Partners Fund III, L.P., our $310 million fund, ended the year with a net IRR of 18.4%.\n\n"
    "Portfolio highlights\n\n"
    "Stonebrook Saddlery (Ocala, Florida). Our largest holding, at 34% of Fund III's net asset value, bought a rival "
    "for $18 million.\n\n"
    "Marlowe Tack Works (Lexington, Kentucky). Sales of $14.2 million were 22% below budget.\n"
)


def test_a_fund_shortened_to_its_number() -> None:
    found = by_name(LETTER)
    assert "Fund III" not in found
    assert "Fund III" in found["Hollow Creek Partners Fund III"]


def test_a_holdings_paragraph_opens_on_its_name_and_town() -> None:
    found = by_name(LETTER)
    assert {"Stonebrook Saddlery", "Marlowe Tack Works"} <= set(found)


def test_a_number_shared_by_two_funds_stays_apart() -> None:
    text = LETTER.replace("Dear Limited Partners,", "Dear Limited Partners, Cedar Hill Fund III, L.P. co-invested.")
    assert "Fund III" in by_name(text)
