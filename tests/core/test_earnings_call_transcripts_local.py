"""An earnings-call transcript opens on the issuer's name with its legal form and ticker ("Bourgogne
Provisions Inc. (BGPV) Q4 2079 Earnings Call Transcript", "Wagsworth Pet Services, Inc. (NYSE:
WGSW)"): a firm, though its title line is in Title Case; the "Company Participants" and "Conference
Call Participants" headings name no firm, while the brokers listed under them do."""

from __future__ import annotations

from tests.core.company_helpers import by_name, names_in

en = names_in("en")

CALL = (
    "Morrow Cheese Holdings, Inc. (NYSE: MRCH) Q2 2071 Earnings Call Transcript\n\n"
    "August 3, 2071, 8:30 AM ET\n\n"
    "Company Participants\nAnna Reyes - Chief Executive Officer\nTom Blake - Chief Financial Officer\n\n"
    "Conference Call Participants\nJoe Marsh - Stifel\nLena Ortiz - Piper Sandler\n\n"
    "Operator\nGood morning and welcome to the second-quarter call. I will turn the call over to Anna Reyes.\n\n"
    "Anna Reyes\nThank you. Sales of Morrow Gold, our aged cheddar, rose 11% to $212 million, and we agreed to buy "
    "Pinewood Dairy for $48 million.\n"
)


def test_the_issuer_in_the_title_line() -> None:
    found = by_name(CALL)
    assert "Morrow Cheese Holdings" in found and "Morrow Cheese Holdings, Inc." in found["Morrow Cheese Holdings"]


def test_the_participants_headings_are_no_firm() -> None:
    found = en(CALL)
    assert "Participants" not in found and "Call Participants" not in found
    assert {"Stifel", "Piper Sandler"} <= set(found)


def test_a_title_case_headline_still_names_no_firm_without_a_ticker() -> None:
    found = en("Acme Pledges Record Dividend In Cheese Push\n\nMorrow Cheese said on Monday it would pay $1 a share.")
    assert "Acme Pledges Record Dividend" not in found
