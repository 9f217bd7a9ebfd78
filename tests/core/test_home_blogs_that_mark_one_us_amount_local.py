"""An Australian owner's blog marks its own dollar once in the lead ("A$2.4m")
and one US amount ("US$180", in the sentence that names Kentucky, where it was
paid); every other "$" is its own.  A US place named apart from any "US$"
amount still keeps a bare "$" American."""

from __future__ import annotations

from tests.core.figure_helpers import currencies_of


def test_one_us_amount_in_its_own_sentence() -> None:
    text = (
        "Why I'm selling the forge\n\n"
        "Posted by Ellie Marsh\n\n"
        "Huon Forge Pty Ltd, the workshop my mum started near Launceston, is being sold to a Bendigo group for A$1.8m. "
        "It is $1.2m on settlement and $600,000 later. Our oak comes from Kentucky and now costs US$210 a barrel, plus "
        "another $70 to get it across Bass Strait. A barrel sells for $1,100 and we turned over $2.3 million.\n"
    )
    assert currencies_of(text, "$1.2m", "$70", "$2.3 million") == {"AUD"}


def test_a_us_place_apart_from_the_us_amount_keeps_bare_dollars_american() -> None:
    text = (
        "Why I'm selling the forge\n\n"
        "Posted by Ellie Marsh\n\n"
        "Huon Forge Pty Ltd, near Launceston, is being sold to a Bendigo group for A$1.8m. Our oak now costs US$210 a "
        "barrel. In Kentucky a cooper earns $70 an hour, and a barrel sells for $1,100 in Louisville.\n"
    )
    assert currencies_of(text, "$70", "$1,100") == {"USD"}


def test_a_us_place_named_again_without_an_amount_changes_nothing() -> None:
    # a Squamish blog: its bank (RBC) and towns name Canada; "The Colorado offer" names the US bidder again, with no amount
    text = (
        "Why I sold the board shop\n\n"
        "Posted by Kai Moreau\n\n"
        "Sea Line Boards of Squamish went for C$780,000, paid at closing. A Colorado brand offered US$450,000 for the "
        "name. Last year we did C$512K in sales. RBC was ready to lend me C$150,000 for a press, and a split model "
        "would cost about $20K more. The Colorado offer looked good until I read the conditions. We ship to Whistler "
        "and Kelowna every week.\n"
    )
    assert currencies_of(text, "$20K") == {"CAD"}
