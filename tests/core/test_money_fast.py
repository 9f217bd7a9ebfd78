"""The shortcuts of find_figures read exactly as the general code does."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core import money
from tui.core.currencies import fold_class, prefix_ends, tables, trie_regex, word_data
from tui.core.money_grammar import TailReader
from tui.core.numbers import SPACES, scales

ROOT = Path(__file__).resolve().parents[2]
ARTICLES = [ROOT / "seeds" / "000_49812cfdf0026165.txt", *sorted((ROOT / "tests" / "devset").glob("*.txt"))]
TOKENS = [
    "1", "12", "2019", "1,5", "1.400", " ", "\u00a0", ",", ".", "-", "–", "%", "$", "€", "£", "US$", "$US", "C$", "HK$",
    "Rs", "Rs.", "kr ", "SKr", "$ US", "F\u202fCFA ", "x$", "_$", "²$", "CHF", "EUR", "M", "m", "k", "Md", "bn", "T",
    "millions", "milliard", "billion", "mille", " de ", " d'", "dollars", "euros", "couronnes", "won", "entre ",
    " et ", " à ", "between ", " and ", " to ", "deux ", "pour cent", " au ", " en ", "\n\n", "users", "d'actions",
    "GPT-", "A", "é", "+", "−", "ſ",
]


def general_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Send every number with a tail, a currency or a connector through the general reading."""
    monkeypatch.setattr(money._Scanner, "alone", lambda self, pos, bare=False: False)


def both(text: str, lang: str) -> tuple[list, list]:
    fast = money.find_figures(text, lang)
    with pytest.MonkeyPatch.context() as mp:
        general_only(mp)
        slow = money.find_figures(text, lang)
    return fast, slow


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_articles_fast_equals_general(lang: str) -> None:
    for path in ARTICLES:
        fast, slow = both(path.read_text(encoding="utf-8"), lang)
        assert fast == slow, path.name


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), max_size=40), st.sampled_from(["fr", "en"]))
def test_token_soup_fast_equals_general(tokens: list[str], lang: str) -> None:
    fast, slow = both("".join(tokens), lang)
    assert fast == slow


def regex_prefix(reader: TailReader, pos: int) -> tuple[int, str | None] | None:
    """prefix_before without its shortcuts: the look-back pattern over the whole window."""
    text, i = reader.text, pos - 1
    if i >= 0 and text[i] in SPACES:
        i -= 1
    if i < 0:
        return None
    m = reader.rx.prefix_back.search(text, max(0, pos - 12), pos)
    if not m:
        return None
    valid, code, _f, _w = reader.currency_of(m.group)
    return (m.start(), code) if valid else None


def test_prefix_shortcut_matches_pattern() -> None:
    ones, _pairs = prefix_ends()
    befores = ["", " ", "a", "é", "1", "_", "²", "US", "S", "$", "-", "(", "Mex", "A", "NZ", "HK", "F\u202fCF"]
    symbols = sorted(ones) + ["US$", "$US", "EUR", "CHF", "ABC", "Kr", "kr", "Rs", "Rs.", "SFr.", "x"]
    for before in befores:
        for sym in symbols:
            for space in ["", " ", "\u00a0"]:
                text = f"{before}{sym}{space}5"
                reader = TailReader(text, "en")
                pos = len(text) - 1
                assert reader.prefix_before(pos) == regex_prefix(reader, pos), text


def test_tails_hold_no_digit_and_symbols_end_in_no_space() -> None:
    """find_figures reads numbers with one finditer: a tail never holds a digit;
    the one-character prefix shortcut: no symbol ends with a space."""
    tab, data = tables(), word_data()
    words, abbrevs = scales()
    forms = [*tab.words, *tab.symbols, *words, *abbrevs, *data["percent_words"]]
    assert not [f for f in forms if any(c.isdecimal() for c in f)]
    assert not [s for s in tab.symbols if s[-1] in SPACES]


def test_nothing_after_a_separator_starts_with_a_space() -> None:
    """The tail pattern takes a space after the number possessively ("?+")."""
    tab = tables()
    words, abbrevs = scales()
    forms = [*tab.words, *tab.symbols, *words, *abbrevs, "de", "d'"]
    assert not [f for f in forms if not f or f[0] in SPACES or f[0].isspace()]


def test_fold_class_matches_ignorecase_on_every_code_point() -> None:
    """trie_regex(fold=True) stands for (?i:...): same characters for every letter of the word lists."""
    tab, data = tables(), word_data()
    words, _abbrevs = scales()
    chars = set("".join(tab.words)) | set("".join(words)) | set("".join(w.lower() for w in data["percent_words"]))
    every = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    folded = set(re.findall("(?i:[" + "".join(re.escape(c) for c in chars) + "])", every))
    assert set(re.findall("|".join(fold_class(ch) for ch in chars), every)) <= folded
    for ch in chars:
        expected = {x for x in folded if re.fullmatch("(?i:" + re.escape(ch) + ")", x)}
        assert {x for x in folded if re.fullmatch(fold_class(ch), x)} == expected, ch


def test_folded_trie_matches_like_ignorecase() -> None:
    words = [*tables().words, *scales()[0]]
    folded = re.compile(trie_regex(words, fold=True))
    flagged = re.compile(f"(?i:{trie_regex(words)})")
    samples = [v for w in words for v in (w, w.upper(), w.title(), w[:-1], w + "s", w.replace("k", "\u212a"))]
    for s in samples + ["", "Mİllion", "ſterling", "x"]:
        a, b = folded.match(s), flagged.match(s)
        assert (a and a.group()) == (b and b.group()), s
