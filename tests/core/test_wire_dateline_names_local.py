"""A rule learnt from the twenty-fourth session's held-out sets, with articles of
our own: a wire's dateline ends in a double hyphen glued to the first name
("PARIS--(BUSINESS WIRE)--Danone S.A. ..."); that name is found like any other,
while a single hyphen still glues a word to a name ("non-Danone")."""

from __future__ import annotations

from tests.core.article_helpers import article_names


def test_a_curated_name_right_after_a_wires_double_hyphen_is_found() -> None:
    text = (
        "Deal to Acquire Kefirline\n\n"
        "PARIS--(BUSINESS WIRE)--Danone today announced that it has agreed to acquire Kefirline, "
        "a maker of fermented drinks, for $120 million.\n"
    )
    names = article_names(text)
    assert "Danone" in names, names


def test_a_single_hyphen_still_glues_a_word_to_a_name() -> None:
    text = (
        "Kefirline lève 20 millions d'euros\n\n"
        "PARIS, 3 mars 2026 - Kefirline, qui vend ses boissons dans des magasins non-Danone, lève 20 millions d'euros "
        "auprès de Eurazeo.\n"
    )
    names = article_names(text)
    assert "Danone" not in names, names
