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


def test_a_blog_that_marks_its_dollar_again_and_again_lets_one_slip() -> None:
    text = (
        "Why we sold the orchard\n\n"
        "Posted by Mere Tane\n\n"
        "We are selling Kōwhai Orchard for NZ$3.2 million. Back in 2031 we bought the block next door for NZ$410,000, "
        "and a tree costs NZD 690 to plant. Picking costs NZ$14 a bin, and packing another $1,850 a week. Our turnover "
        "was NZ$1.46 million, and the buyer takes over the lease of $64,000 a year. Auckland buyers came, and so did "
        "a fund from Wellington and a family from Christchurch.\n"
    )
    assert currencies_of(text, "$1,850", "$64,000") == {"NZD"}
    reports = text.replace("a week.", "a week (its owner reports in US dollars).")
    assert currencies_of(reports, "$1,850") == {"USD"}


def test_dollars_and_bucks_in_words_in_a_blog_that_marks_its_own_dollar() -> None:
    # no bare "$" anywhere: "NZ$" again and again, one US amount marked, and the rest in words
    text = (
        "Why we sold the drop zone\n\n"
        "Posted by Tama Reid\n\n"
        "Kaimai Freefall, our Tauranga skydiving centre, went for NZ$2.4m: NZ$1.9m on completion and the rest later. "
        "One Queenstown operator waved a million bucks at us in 2059. The new canopy cost NZ$18k, a tandem rig NZ$350,000 "
        "over ten years, and we paid US$1.2 million for the plane. Fifteen thousand "
        "dollars went on the hangar roof, and a jump sells for NZ$449.\n"
    )
    assert currencies_of(text, "a million bucks", "Fifteen thousand dollars") == {"NZD"}
