"""An owner's blog from New Zealand marks its own dollar in the lead ("NZ$1.6m"),
then writes "$" for it: its places, bank, post and papers (Kiwibank, NZ Post,
a ".co.nz" link) say which country it is about, not only "New Zealand" or its
three biggest cities."""

from __future__ import annotations

from tests.core.figure_helpers import currencies_of


def test_a_blog_from_new_zealand_keeps_its_dollar() -> None:
    text = (
        "Why I sold the bakery\n\n"
        "Posted by Aroha Rangi\n\n"
        "So here it is: Tui Bakehouse has been sold to a Dunedin grocer for NZ$1.4m. I started in Lyttelton with an oven "
        "that cost me $900. Last year we turned over NZ$2.1 million. Kiwibank, who lent me $50,000 in 2039, gets paid "
        "first. NZ Post put its letter rate up again, and flour went from $31 to $44 a sack.\n\n"
        "[via stuff.co.nz]\n"
    )
    assert currencies_of(text, "$900", "$50,000", "$31") == {"NZD"}


def test_one_new_zealand_name_in_a_us_story_changes_nothing() -> None:
    text = (
        "Mailer maker sold\n\n"
        "CHICAGO - Lakeside Mailers was sold for $40 million. Its founder once worked at Fonterra, and the buyer, "
        "based in Texas, also owns a plant in Dallas that cost $12 million.\n"
    )
    assert currencies_of(text, "$12 million") == {"USD"}
