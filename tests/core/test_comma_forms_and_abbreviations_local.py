"""A curated name followed by a comma and a legal form is that company
("National Vision Holdings, Inc." is National Vision), and a count noun after
an abbreviation still counts things ("1.2 million U.S. patients" is no money)."""

from __future__ import annotations

from tests.core.article_helpers import extracted as _extraction


def test_a_curated_alias_with_a_comma_and_legal_form_is_that_company() -> None:
    text = (
        "National Vision to Acquire Bayou Eyecare\n\n"
        "DULUTH, Ga., Feb. 24, 2026 (GLOBE NEWSWIRE) -- National Vision Holdings, Inc. (Nasdaq: EYE), an optical "
        "retailer, today announced a deal. National Vision shares closed at $12.84.\n"
    )
    names = {c.name: c.aliases for c in _extraction(text).companies}
    assert "National Vision Holdings, Inc." in names["National Vision"]
    assert "National Vision Holdings" not in names


def test_a_count_after_an_abbreviation_is_no_money() -> None:
    text = (
        "Hearing aids\n\nMarch 3, 2026. Fitted aids can cost $4,500 or more for 1.2 million U.S. patients a year; "
        "revenue was $5 million, up from 4.1 million.\n"
    )
    money = {f.text for f in _extraction(text).figures if f.kind == "money"}
    assert "1.2 million" not in money
    assert {"$4,500", "$5 million", "4.1 million"} <= money


def test_a_hyphenated_scale_adjective_leaves_its_article_out() -> None:
    text = "Title\n\nMarch 3, 2026. It became a billion-dollar company after a million-euro prize; a billion dollars came later.\n"
    money = {f.text: f.amount for f in _extraction(text).figures if f.kind == "money"}
    assert money == {"billion-dollar": 1e9, "million-euro": 1e6, "a billion dollars": 1e9}
    more = "Title\n\nMarch 3, 2026. A hundred-million-dollar deal.\n"
    assert [f.text for f in _extraction(more).figures] == ["hundred-million-dollar"]


def test_a_stat_line_that_counts_after_a_colon() -> None:
    text = (
        "Hold music\n\nMarch 3, 2026. Transcom priced SEK 2.6bn of bonds.\n\n"
        "4.1 million: agents in the Philippines and India combined.\n\n€2 billion: sales last year.\n"
    )
    money = {f.text for f in _extraction(text).figures if f.kind == "money"}
    assert "4.1 million" not in money
    assert "€2 billion" in money


def test_a_suspended_hyphen_ends_no_name() -> None:
    text = "TTEC buys Cordillera\n\nMarch 3, 2026. \"Our clients want English- and Spanish-speaking teams,\" said TTEC.\n"
    assert "English" not in {c.name for c in _extraction(text).companies}


def test_one_before_a_spelled_number_is_an_article() -> None:
    text = "Title\n\nMarch 3, 2026. She turned down at least one ten-million-pound offer and one hundred million dollars.\n"
    money = {f.text: f.amount for f in _extraction(text).figures if f.kind == "money"}
    assert money == {"ten-million-pound": 1e7, "one hundred million dollars": 1e8}


def test_a_fund_named_with_an_acronym_and_a_publication_s_word() -> None:
    text = (
        "Greenhaven rejects approach from TDR Capital\n\n"
        "LONDON, May 5 (Reuters) - Greenhaven said it had rejected a proposal from private equity firm TDR Capital.\n"
    )
    extraction = _extraction(text)
    assert "TDR Capital" in {c.name for c in extraction.companies}
    assert "Capital" not in {s.name for s in extraction.sources}
