"""A paper named in the text ("As the Manchester Evening News reported") and
credited at the end by its domain alone ("[via manchestereveningnews.co.uk]")
is one source, with that domain for its link, whichever comes first."""

from __future__ import annotations

from tui.core.sources import find_sources


def _sources(text: str) -> list[tuple[str, str | None]]:
    return [(s.name, s.url) for s in find_sources(text, "en")]


def test_a_paper_and_its_domain_in_a_via_credit() -> None:
    text = (
        "How I sold the salon\n\n"
        "As the Manchester Evening News reported, TanCo has been buying independents all winter.\n\n"
        "[via manchestereveningnews.co.uk]\n"
    )
    assert _sources(text) == [("Manchester Evening News", "https://manchestereveningnews.co.uk")]


def test_a_domain_credited_before_the_papers_name() -> None:
    text = "[via thechronicleherald.ca]\n\nThe sale was first reported by The Chronicle Herald on Monday.\n"
    assert [name for name, _ in _sources(text)] == ["The Chronicle Herald"]


def test_a_via_credit_with_the_papers_name_and_its_domain() -> None:
    text = "The shop sold for £640,000, the paper says.\n\n[via The Scotsman, scotsman.com]\n"
    assert _sources(text) == [("The Scotsman", "https://scotsman.com")]


def test_a_listed_paper_named_before_its_domain_alone() -> None:
    text = (
        "Farmers Weekly reported the sale first.\n\n"
        "Small British pulse brands are rare [via farmersweekly.co.uk]. So here are a few numbers.\n"
    )
    assert [name for name, _ in _sources(text)] == ["Farmers Weekly"]
