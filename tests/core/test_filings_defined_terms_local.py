"""A filing defines short terms for its parties: a part of a company's name given in quotes right
after it ('Hikari Merger Sub, Inc. ("Merger Sub")'), or after an appositive ('Orbit Merger Sub,
Inc., a wholly owned subsidiary of the Company ("Merger Sub")'), is that company, not a second one;
a generic term ('(the "Company")', '("Parent")') names no company of its own."""

from __future__ import annotations

from tests.core.company_helpers import by_name

ITEM = (
    "Item 1.01 Entry into a Material Definitive Agreement.\n\n"
    'On March 3, 2050, Keystone Optical Corp. (the "Company") entered into an Agreement and Plan of Merger (the "Merger '
    'Agreement") with Hamamatsu Photonics K.K. ("Parent") and Hikari Merger Sub, Inc. ("Merger Sub"). Merger Sub will '
    "merge with and into the Company, and each share will be converted into the right to receive $18.40 in cash.\n"
)


def test_a_defined_term_right_after_the_name() -> None:
    found = by_name(ITEM)
    assert "Merger Sub" not in found
    assert "Merger Sub" in found["Hikari Merger Sub"]


def test_a_defined_term_after_an_appositive() -> None:
    text = (
        'Lakeshore Globe Company, an Illinois corporation ("Lakeshore"), entered into a merger agreement with Orbit Merger '
        'Sub, Inc., a wholly owned subsidiary of Lakeshore ("Merger Sub"), and Juniper Crest Partners. Merger Sub will '
        "merge into Juniper Crest Partners.\n"
    )
    found = by_name(text)
    assert "Merger Sub" not in found and "Merger Sub" in found["Orbit Merger Sub"]
