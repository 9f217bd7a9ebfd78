"""A quotation that opens on "Whoever" ("Whoever buys it is paying for the
renewals") names no company: the word is in the data's stop list, as
"However" is."""

from __future__ import annotations

from tests.core.company_helpers import names_in

names = names_in("en")


def test_whoever_opening_a_quotation_is_no_company() -> None:
    text = (
        "Newsletter group up for sale\n\n"
        "Harbour Letters Ltd, which owns six paid newsletters, is for sale, said an analyst who covers publishing. "
        "\"Whoever buys it is paying for the renewals, not the headlines.\" Whichever bidder wins, the staff stay.\n"
    )
    found = names(text)
    assert any(n.startswith("Harbour Letters") for n in found), found
    assert not {"Whoever", "Whichever"} & set(found)
