"""An annual report's first line names its issuer with its legal form before a separator:
"Sundowner Outdoor Living plc | Annual Report and Accounts 2037". That name is a company,
though the first line is in Title Case; a headline in Title Case names none."""

from __future__ import annotations

from tests.core.company_helpers import names_in

en = names_in("en")


def test_the_issuer_of_an_annual_report() -> None:
    found = en(
        "Sundowner Outdoor Living plc | Annual Report and Accounts 2037\n\nChair's statement\n\n"
        "I am pleased to report on a good year for Sundowner. Revenue rose 7.3% to £186.4m.\n"
    )
    assert "Sundowner Outdoor Living" in found


def test_with_a_dash() -> None:
    found = en("Yewline Holdings plc – Annual Report and Accounts 2071\n\nFY2071 was the year Yewline grew. Revenue rose 11% to £312.4m.\n")
    assert "Yewline Holdings" in found


def test_a_title_case_headline_names_no_firm() -> None:
    found = en("Swing Makers Face Wettest April | Market Report\n\nSales of garden swings fell 4% in April, traders said.\n")
    assert not {"Swing Makers", "Swing Makers Face Wettest April"} & set(found)
