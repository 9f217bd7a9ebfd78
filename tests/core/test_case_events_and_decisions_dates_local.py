"""A court digest's "Petition date: March 8, 2052" and a decision's number and date ("Décision
n° 66-DCC-041 du 12 mars 2066") are events the text reports, not its date: the digest's own
date line ("March 11, 2052 | By …", "Updated September 22, 2064") or the page's date is."""

from __future__ import annotations

import datetime as dt

from tui.core.dates import find_date

TODAY = dt.date(2100, 1, 1)


def test_a_petition_date_is_no_date_of_the_digest() -> None:
    text = (
        "CHAPTER 11 DOCKET DIGEST | Case Summaries\nMarch 11, 2052 | By Rachel Ostrowski\n\nBuoy maker files Chapter 11\n\n"
        "Case: In re Gulf Coast Marine Signal, LLC\nPetition date: March 8, 2052\n\nThe debtor filed on March 8, 2052 "
        "with an $18 million DIP loan.\n"
    )
    assert find_date(text, "en", today=TODAY) == dt.date(2052, 3, 11)


def test_an_update_on_the_petition_line() -> None:
    text = "Crescent City Carriage Co. — Chapter 11\n\nCase No. 64-10482 | Petition date: August 4, 2064 | Updated September 22, 2064\n\nThe debtor runs carriage tours.\n"
    assert find_date(text, "en", today=TODAY) == dt.date(2064, 9, 22)


def test_a_decision_date_is_no_date_of_the_page() -> None:
    text = (
        "Décisions de contrôle des concentrations | Lundi 15 mars 2066\n\nL'Autorité autorise le rachat\n\n"
        "Décision n° 66-DCC-041 du 12 mars 2066\n\nPar sa décision n° 66-DCC-041 du 12 mars 2066, l'Autorité autorise l'opération.\n"
    )
    assert find_date(text, "fr", today=TODAY) == dt.date(2066, 3, 15)
