"""Tests for tui.core.sanitize: nothing hostile reaches the terminal."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.load import load_bytes
from tui.core.sanitize import has_unsafe, sanitize, sanitize_line

# Characters that must never survive sanitize(): C0 but \n, DEL, C1, bidi
# controls, and the invisible format characters we drop.
FORBIDDEN = re.compile(
    "[\x00-\x09\x0b-\x1f\x7f-\x9f\u00ad\u200b\u2028\u2029\u202a-\u202e\u2060\u2066-\u2069\ufeff]"
)


@pytest.mark.parametrize(
    ("hostile", "expected"),
    [
        # CSI: clear screen, cursor moves, colours, private modes
        ("before\x1b[2Jafter", "beforeafter"),
        ("\x1b[H\x1b[2J\x1b[3JBody", "Body"),
        ("\x1b[1;31mred\x1b[0m text", "red text"),
        ("x\x1b[?1049hy\x1b[?25l", "xy"),
        ("\x1b[38;2;255;0;0mtrue colour\x1b[m", "true colour"),
        # OSC 0 (window title) terminated by BEL and by ST
        ("a\x1b]0;pwned title\x07b", "ab"),
        ("a\x1b]2;pwned\x1b\\b", "ab"),
        # OSC 52: write the clipboard
        ("copy\x1b]52;c;cm0gLXJmIH4=\x07me", "copyme"),
        # OSC 8 hyperlink: the visible text stays, the hidden target goes
        ("see \x1b]8;;https://evil.example/x\x1b\\this link\x1b]8;;\x1b\\ now", "see this link now"),
        # DCS (sixel / DECRQSS), APC, PM, SOS
        ("a\x1bPq#0;2;0;0;0#0~~-\x1b\\b", "ab"),
        ("a\x1b_Gf=100;AAAA\x1b\\b", "ab"),
        ("a\x1b^private\x1b\\b", "ab"),
        ("a\x1bXsos string\x1b\\b", "ab"),
        # two-char and intermediate escapes: charset switch, save cursor, reset
        ("a\x1b(0b\x1b(Bc", "abc"),
        ("a\x1b7b\x1b8c\x1bcd", "abcd"),
        # 8-bit C1 forms
        ("a\x9b2Jb", "ab"),
        ("a\x9d0;title\x9cb", "ab"),
        ("a\x9d52;c;Zm9v\x07b", "ab"),
        ("a\x90q#0~~\x9cb", "ab"),
        ("a\x9fapc\x9cb\x9e pm\x9c", "ab"),
        # bell, backspace overstrike, DEL, NUL, other C0/C1
        ("ding\x07\x07", "ding"),
        ("Safe\x08\x08\x08\x08EVIL", "SafeEVIL"),
        ("a\x7fb\x00c\x01d\x1fe\x85f\x9ag", "abcdefg"),
        # carriage return tricks: no line can overwrite another
        ("Amount: $38 billion\rAmount: $3", "Amount: $38 billion\nAmount: $3"),
        ("line one\r\nline two\r\n", "line one\nline two\n"),
        # bidi overrides and isolates (Trojan-Source style)
        ("invoice_\u202etxt.exe", "invoice_txt.exe"),
        ("a\u202ab\u202bc\u202cd\u202de", "abcde"),
        ("x\u2066y\u2067z\u2068w\u2069", "xyzw"),
        # zero-width and BOM inside text, soft hyphen
        ("Am\u200bazon\ufeff Web\u2060 Services", "Amazon Web Services"),
        ("méga\u00adcontrat", "mégacontrat"),
        # unterminated strings stop at the newline / next ESC / end of text
        ("a\x1b]0;title never ends\nnext line", "a\nnext line"),
        ("a\x1bPdcs\x1b[31mred", "ared"),
        ("stray at end\x1b", "stray at end"),
        ("half CSI \x1b[", "half CSI "),
        # other line separators
        ("a\x0bb\x0cc\u2028d\u2029e", "a\nb\nc\nd\n\ne"),
    ],
)
def test_hostile_sequences_removed(hostile: str, expected: str) -> None:
    assert sanitize(hostile) == expected


def test_ordinary_text_survives_unchanged() -> None:
    text = (
        "OpenAI : un mégacontrat à 38 milliards de dollars (33 Md€) « historique »\n"
        "\n"
        "L’alliance — 日本語, Ελληνικά, emoji 🚀 👩\u200d💻, Arabic \u200f«مرحبا»\n"
        "[bold]not markup[/bold] and 100\u00a0% and 5\u202f000 €"
    )
    assert sanitize(text) == text
    assert not has_unsafe(text)


def test_tab_becomes_four_spaces() -> None:
    assert sanitize("a\tb") == "a    b"


def test_sanitize_line_flattens_newlines_and_tabs() -> None:
    assert sanitize_line("file\n\x1b[31mname\t.txt") == "file name .txt"
    assert sanitize_line("https://ex.example/a\x1b]8;;x\x07b") == "https://ex.example/ab"
    assert sanitize_line("plain name.txt") == "plain name.txt"
    assert sanitize_line("a\r\nb") == "a b"


def test_many_introducers_stay_linear() -> None:
    """Floods of introducers must not make the regex backtrack (would hang)."""
    flood = "\x9d" * 100_000 + "\x1bX" + "\x1b[" * 100_000 + "\x1b]" * 100_000 + "\nok"
    assert sanitize(flood) == "\nok"
    text = ("word " * 50 + "\x1b]0;" + "x" * 200 + "\n") * 2000
    assert sanitize(text) == ("word " * 50 + "\n") * 2000


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=200))
def test_nothing_forbidden_survives_and_idempotent(text: str) -> None:
    once = sanitize(text)
    assert FORBIDDEN.search(once) is None
    assert "\x1b" not in once
    assert sanitize(once) == once
    line = sanitize_line(text)
    assert "\n" not in line and "\t" not in line
    assert FORBIDDEN.search(line) is None


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["\x1b", "[", "]", "P", "\\", "\x07", "\x9b", "\x9d", "\x9c", "0;", "2J", "a", "é", "\n"]), max_size=60))
def test_escape_soup(parts: list[str]) -> None:
    out = sanitize("".join(parts))
    assert FORBIDDEN.search(out) is None and "\x1b" not in out


def test_hostile_html_and_text() -> None:
    page = (
        "<html><head><title>T\x1b]0;pwn\x07itre</title></head><body><article><h1>Titre</h1>"
        "<p>Corps \x1b[2J du texte\u202e inversé, <a href='https://e.example/\x1b[31m'>lien\x07</a> "
        "qui continue assez longtemps pour être retenu comme article principal de la page.</p>"
        "</article></body></html>"
    )
    article = load_bytes(page.encode(), path="evil.html")
    for value in (article.text, article.title, *(x.url + x.text for x in article.links)):
        assert "\x1b" not in value and "\x07" not in value and "\u202e" not in value
    text = load_bytes(b"Ti\x1b[2Jtre\r\n\r\nCorps\xc2\x9b31m \x1b]52;c;eA==\x07ok.", path="t.txt")
    assert text.text == "Titre\n\nCorps ok."
