"""Deal announcements as posted on professional networks: names tagged with "@"
are named ("arranged by @HSBC UK and @Barclays", "thanks to @Halvorsen
Partners"); e-mail addresses and glued user handles are not."""

from __future__ import annotations

from tests.core.company_helpers import names_in

en = names_in("en")

POST = (
    "Halden Logistics Group on LinkedIn: We're buying Vantor Cold Chain for £86m\n\n"
    "📣 Big news! We have agreed to buy Vantor Cold Chain for £86m in cash.\n\n"
    "The cash comes from a new £120m revolving credit facility arranged by @HSBC UK and @Barclays at 225 basis points over SONIA.\n\n"
    "👏 Thank you to our advisers @Halvorsen Partners and @Pinsent Masons. Questions? Write to deals@haldenlogistics.com or ping @OliverPH_biz.\n\n"
    "👍 124 · 18 comments"
)


def test_names_tagged_with_an_at_sign() -> None:
    found = set(en(POST))
    assert {"HSBC UK", "Barclays", "Halvorsen Partners", "Pinsent Masons"} <= found


def test_addresses_and_user_handles_are_no_names() -> None:
    found = en(POST)
    assert not any("haldenlogistics" in name.lower() or "OliverPH" in name for name in found)
