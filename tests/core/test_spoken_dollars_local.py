"""A sum in "dollars" said in a quotation, in an English text about one dollar
country, is that country's dollar when the speaker's paragraph names it ("We
built it for half a billion dollars", said in Auckland); a quotation in a
paragraph that names no such country keeps the US dollar, as does a written,
unquoted one."""

from __future__ import annotations

from tui.core.extract import extract
from tui.core.load import article_from_text


def _currencies(text: str) -> dict[str, str | None]:
    return {f.text: f.currency for f in extract(article_from_text(text, path="x.txt")).figures if f.kind == "money"}


_BLOG = (
    "Kinetic buys Totara Coachlines for NZ$265m\n\n"
    "Last Thursday Kinetic, the Melbourne bus group, agreed to buy Totara Coachlines, New Zealand's biggest school-bus "
    "operator, for NZ$265m. Totara runs 610 buses from Auckland, Wellington and Christchurch.\n\n"
    "The seller, Harbourline Partners, an Auckland firm, bought it in 2019. Its founder told me: \"We built it for half "
    "a billion dollars of contracts, not to sit on forever.\"\n\n"
    "Kinetic also spent A$180m in Sydney. \"Buses are a two billion dollars business,\" said an adviser in London.\n\n"
    "New Zealand's bus market is worth about three billion dollars a year.\n"
)


def test_a_quoted_sum_in_a_paragraph_naming_the_country_is_its_dollar() -> None:
    money = _currencies(_BLOG)
    assert money["half a billion dollars"] == "NZD"


def test_other_quotes_and_written_sums_keep_the_us_dollar() -> None:
    money = _currencies(_BLOG)
    assert money["two billion dollars"] == "USD"  # (its paragraph names Sydney, but the text names Australia only twice)
    assert money["three billion dollars"] == "USD"  # (not a quotation)
