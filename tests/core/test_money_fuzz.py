"""Robustness of find_figures: random and adversarial text, linear time."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.model import Figure
from tui.core.money import find_figures

TOKENS = [
    "1", "12", "400", "2019", " ", "\u00a0", "\u202f", ",", ".", "'", "’", "-", "–", "%", "$", "€", "£", "¥",
    "US$", "$US", "CHF", "USD", "EUR", "CEO", "M", "m", "k", "Md", "Mds", "bn", "b", "T", "millions", "milliard",
    "billion", "thousand", "mille", " de ", " d'", " d’", "dollars", "euros", "couronnes", "entre ", " et ",
    " à ", "between ", " and ", " to ", "un ", "a ", "deux ", "half a ", "pour cent", "per cent", "\n", "\n\n",
    "utilisateurs", "shares", "GPT-", "A", "x", "é", "+", "−", "MİLLİON", "ſ", "İ", "\u212a", "cents",
]

BOUND_MS_PER_KB = 50.0


def assert_valid(text: str, figs: list[Figure]) -> None:
    last = 0
    for f in figs:
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start : f.end] == f.text
        assert f.start >= last
        last = f.end
        if f.kind == "money":
            assert f.amount is not None and f.value is None
            assert f.amount_max is None or f.amount_max > f.amount
        else:
            assert f.kind == "percent" and f.value is not None and f.amount is None
            assert f.value_max is None or f.value_max > f.value


def timed(text: str, lang: str) -> tuple[list[Figure], float]:
    t0 = time.perf_counter()
    figs = find_figures(text, lang)
    return figs, (time.perf_counter() - t0) * 1000.0


@settings(derandomize=True, deadline=None, max_examples=150)
@given(st.lists(st.sampled_from(TOKENS), max_size=60), st.sampled_from(["fr", "en"]))
def test_token_soup(tokens: list[str], lang: str) -> None:
    text = "".join(tokens)
    assert_valid(text, find_figures(text, lang))


@settings(derandomize=True, deadline=None, max_examples=100)
@given(st.text(max_size=300), st.sampled_from(["fr", "en", "de", ""]))
def test_arbitrary_unicode(text: str, lang: str) -> None:
    assert_valid(text, find_figures(text, lang))


ADVERSARIAL = {
    "spaced ones": "1 " * 50_000,
    "nbsp groups": "1\u202f111" * 20_000,
    "comma run": "1," * 60_000,
    "dot run": "1." * 60_000,
    "apostrophes": "1'" * 60_000,
    "long digits": "9" * 150_000,
    "grouped then long": ("111 " * 30_000) + "1111",
    "dollars": "$" * 120_000,
    "dollar digits": "$1" * 30_000,
    "scale words": "milliards " * 15_000,
    "spelled run": "un " * 40_000 + "milliard",
    "half run": "half a " * 20_000 + "billion",
    "de de": " de" * 50_000,
    "ranges": "1-" * 60_000,
    "entre": "entre 1 et " * 12_000,
    "percent": "1 %" * 20_000,
    "spelled figures": "un milliard d'euros " * 3_000,
    "long grouped": " ".join(["1"] + ["000"] * 40_000),
    "hyphen scales": "5-million-" * 15_000,
    "currency words": "dollars euros " * 10_000,
    "capitals": "USD EUR CEO " * 12_000,
    "newlines": "3 milliards\n" * 15_000,
}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_adversarial_linear_time(name: str, lang: str) -> None:
    text = ADVERSARIAL[name]
    assert 50_000 <= len(text) <= 200_000
    figs, ms = timed(text, lang)
    assert_valid(text, figs)
    assert ms / (len(text) / 1000) < BOUND_MS_PER_KB, f"{name}: {ms:.0f} ms for {len(text)} chars"


@settings(derandomize=True, deadline=None, max_examples=8)
@given(st.lists(st.sampled_from(TOKENS), min_size=5, max_size=30), st.integers(2_000, 6_000))
def test_repeated_soup_is_linear(tokens: list[str], repeat: int) -> None:
    text = "".join(tokens) * repeat
    if len(text) < 1000:
        text = text * (1000 // max(len(text), 1) + 1)
    figs, ms = timed(text, "fr")
    assert_valid(text, figs)
    assert ms / (len(text) / 1000) < BOUND_MS_PER_KB
