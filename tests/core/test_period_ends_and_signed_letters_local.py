"""A period's end is no date of the text: "In the year ended 31 March 2055", "the 52 weeks to
31 March 2058", "l'exercice clos le 31 janvier 2037". A chair's letter is dated under its
signature ("Margaret Hollins / Chair / 12 June 2087"), and that is its date."""

from __future__ import annotations

import datetime as dt

from tui.core.dates import find_date

TODAY = dt.date(2100, 1, 1)


def test_a_period_end_alone_gives_no_date() -> None:
    text = "Castlemere Play Group plc | Annual Report 2055\n\nChair's statement\n\nIn the year ended 31 March 2055, revenue rose 10.9% to £312.4m.\n"
    assert find_date(text, "en", today=TODAY) is None
    text = "Balancia publie les résultats de l'exercice 2036-2037, clos le 31 janvier 2037. Le chiffre d'affaires progresse de 6 %."
    assert find_date(text, "fr", today=TODAY) is None


def test_the_date_under_the_signature() -> None:
    text = (
        "Northfield Onsite Group plc – Annual Report 2058\n\nChair's letter\n\nIn the 52 weeks to 31 March 2058, group revenue "
        "rose 9.6% to £312m. Our Leeds depot opened on 2 April 2058, and a second one on 2 April 2058 in Hull.\n\n"
        "Our tankers emptied more septic tanks than in any year before, our package treatment plants sold well in Ireland and "
        "Scotland, and our services backlog grew by a fifth; I thank our drivers, engineers and staff for a safe year.\n\n"
        "Eleanor Whitcombe\nChair\n21 May 2058\n"
    )
    assert find_date(text, "en", today=TODAY) == dt.date(2058, 5, 21)


def test_a_release_date_still_wins() -> None:
    text = "Paris, le 12 avril 2037 – Balancia publie les résultats de l'exercice clos le 31 janvier 2037."
    assert find_date(text, "fr", today=TODAY) == dt.date(2037, 4, 12)
