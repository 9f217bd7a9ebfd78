"""A rule learnt from the twenty-fourth session's held-out sets, with articles of
our own: a place's possessive before a name is not the name's ("Abu Dhabi's
Helix Investment Co.", "JAPAN'S JAC Recruitment"); a firm's own possessive
stays ("McDonald's Corporation")."""

from __future__ import annotations

from tests.core.article_helpers import article_names


def test_a_places_possessive_is_not_the_names() -> None:
    text = (
        "Deal news\n\n"
        "LONDON, March 3, 2026 (Reuters) - Abu Dhabi's Helix Investment Co. agreed to buy Quark Gas for $50 million, "
        "and JAPAN'S JAC Recruitment bought Tamarind Search for $12 million.\n"
    )
    names = article_names(text)
    assert any(n.startswith("Helix Investment") for n in names), names
    assert "JAC Recruitment" in names
    assert not any("Dhabi" in n or "JAPAN" in n for n in names)


def test_a_firms_own_possessive_stays() -> None:
    text = "Deal news\n\nLONDON, March 3, 2026 (Reuters) - McDonald's Corporation agreed to buy Helix Foods for $50 million.\n"
    assert "McDonald's" in article_names(text)
