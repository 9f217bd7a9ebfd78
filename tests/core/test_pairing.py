"""Tests for tui.core.pairing: recognising one amount restated in another currency."""

from __future__ import annotations

import pytest

from tui.core.model import Figure
from tui.core.pairing import find_pairings, is_restatement_gap


def money(text: str, snippet: str, amount: float, currency: str) -> Figure:
    start = text.index(snippet)
    return Figure(kind="money", text=snippet, start=start, end=start + len(snippet),
                  amount=amount, currency=currency)


@pytest.mark.parametrize(
    "gap",
    [" (", " [", ", soit ", ", soit environ ", " ou ", " (or about ", " (~", " (≈ ", " / ",
     " (près de ", " (c\u2019est-à-dire ", " (soit\u00a0", " — or roughly ", "(", " (the equivalent of "],
)
def test_restatement_gaps(gap: str) -> None:
    assert is_restatement_gap(gap)


@pytest.mark.parametrize(
    "gap",
    [" and ", ", ", " ", "", " to ", " puis ", " (up from ", " outre ", " ou plus tard ",
     " (" + "soit " * 12, " orabout ", " 4 % ("],
)
def test_not_restatement_gaps(gap: str) -> None:
    assert not is_restatement_gap(gap)


def test_find_pairings_uses_the_given_ecb_rate() -> None:
    text = "A CHF 50m (about $62m) deal and CHF 10m in fees."
    figs = [money(text, "CHF 50m", 50e6, "CHF"), money(text, "$62m", 62e6, "USD"),
            money(text, "CHF 10m", 10e6, "CHF")]
    calls: list[tuple[str, str]] = []

    def ecb(a: str, b: str) -> float:
        calls.append((a, b))
        return 1.25

    (pair,) = find_pairings(text, figs, ecb)
    assert calls == [("CHF", "USD")]
    assert pair.implied_rate == pytest.approx(1.24)
    assert pair.deviation == pytest.approx(1.24 / 1.25 - 1)


def test_find_pairings_ignores_overlaps_zero_and_percent() -> None:
    text = "$5m (€0) and 4 % (€3m)"
    figs = [money(text, "$5m", 5e6, "USD"), money(text, "€0", 0.0, "EUR"),
            Figure(kind="percent", text="4 %", start=text.index("4 %"), end=text.index("4 %") + 3, value=4.0),
            money(text, "€3m", 3e6, "EUR")]
    assert find_pairings(text, figs, lambda a, b: 1.0) == ()


def test_run_anchors_on_the_last_leading_amount() -> None:
    text = "between $38bn or $40bn (€33bn)"
    figs = [money(text, "$38bn", 38e9, "USD"), money(text, "$40bn", 40e9, "USD"),
            money(text, "€33bn", 33e9, "EUR")]
    (pair,) = find_pairings(text, figs, lambda a, b: None)
    assert pair.first.amount == 40e9 and pair.second.amount == 33e9
    assert pair.ecb_rate is None and pair.deviation is None
