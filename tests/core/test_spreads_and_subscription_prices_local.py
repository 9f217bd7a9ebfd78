""""Typical cheques run from $15 million to $40 million" is one range, as "range from" is; "rose
from $15 million to $40 million" stays two figures. A newsletter's "Subscribe now for €1 a
week" at the end of the page is a leftover: its price is no figure of the article."""

from __future__ import annotations

from tests.core.figure_helpers import money
from tui.core.extract import extract
from tui.core.load import article_from_text


def test_a_spread_after_run_from() -> None:
    assert money("Typical cheques run from $15 million to $40 million.", "en") == [("$15 million to $40 million", 15_000_000.0, "USD")]
    assert money("Ticket sizes span from €2m to €5m per deal.", "en") == [("€2m to €5m", 2_000_000.0, "EUR")]


def test_a_change_stays_two_figures() -> None:
    assert [t for t, _, _ in money("Sales rose from $15 million to $40 million.", "en")] == ["$15 million", "$40 million"]


def test_a_subscription_price_at_the_end() -> None:
    text = (
        "Causeway buys Liffey Hawk\n\nCauseway paid €12 million for the falconry firm, which flies hawks and falcons "
        "over Dublin Port, two landfills and the airport's grass areas to keep gulls and pigeons away from ships, "
        "rubbish and runways, the buyer said on Tuesday.\n\nSubscribe now for €1 a week for the first three months\n"
    )
    assert [f.text for f in extract(article_from_text(text, path="x.txt")).figures if f.kind == "money"] == ["€12 million"]
