"""A rule learnt from the twenty-fourth session's held-out sets, with articles of
our own: "Credit Union", "Building Society" and "Friendly Society" end a
company's name ("Penrose Friendly Society", "Cascadia Shores Credit Union"),
and those words alone, once a place before them is cut, are no name."""

from __future__ import annotations

from tests.core.article_helpers import article_names


def test_credit_unions_and_societies_are_companies() -> None:
    text = (
        "Credit unions to merge\n\n"
        "VANCOUVER, March 3, 2043 (GLOBE NEWSWIRE) -- Cascadia Shores Credit Union said its board approved a merger. "
        "In Britain, Penrose Friendly Society said it would buy a stake in a regional lender.\n"
    )
    names = article_names(text)
    assert "Cascadia Shores Credit Union" in names, names
    assert "Penrose Friendly Society" in names


def test_the_organisation_words_alone_are_no_name() -> None:
    text = (
        "Spin-out fund closes\n\n"
        "LEEDS, March 3, 2043 - Family offices and a regional lender, Aire Valley Building Society, added £5m to "
        "the Pennine Calder fund.\n"
    )
    assert "Building Society" not in article_names(text)


def test_a_first_name_opens_a_society_s_name() -> None:
    # "Fraser", "Mason": first names that also name a river or a town; "Credit Union" ends a firm's name
    text = (
        "Credit unions to merge\n\n"
        "VANCOUVER, March 3, 2043 (GLOBE NEWSWIRE) -- Cascadia Shores Credit Union and Fraser Bend Credit Union said "
        "their boards approved a merger. In Britain, Mason Vale Building Society said it would open ten branches.\n"
    )
    names = article_names(text)
    assert "Fraser Bend Credit Union" in names, names
    assert "Mason Vale Building Society" in names
