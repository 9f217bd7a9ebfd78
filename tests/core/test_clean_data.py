"""Tests for the data of tui.core.clean: the leftover patterns in boilerplate.json."""

from __future__ import annotations

from pathlib import Path

import pytest


def test_boilerplate_patterns_are_lowercase():
    # find_leftovers matches lowercase patterns on lowercased text.
    import json
    import re

    from tui.core import clean as module

    data = json.loads(module._DATA.read_text(encoding="utf-8"))
    for key in ("whole_line", "list_headings", "line_start", "edge", "source_headers"):
        for pattern in data[key]:
            text = re.sub(r"\\.", "", pattern)  # escapes like \b \S \d are not letters
            assert text == text.lower(), (key, pattern)


def test_whole_line_patterns_never_match_a_line_break():
    # Needed to read each line alone (plain-text patterns are looked up per line).
    import json

    from tui.core import clean as module

    data = json.loads(module._DATA.read_text(encoding="utf-8"))
    for pattern in [*data["whole_line"], *data["list_headings"]]:  # both are whole-line patterns
        for spanning in (r"\s", r"\W", r"\D", "[^", "(?s", r"\n"):
            assert spanning not in pattern, pattern
        assert "." not in pattern.replace(r"\.", ""), pattern


def test_plain_text_whole_line_patterns_read_as_the_regex_would():
    import re

    from tui.core.clean import _rules, _whole_literal

    rules = _rules()
    every = re.compile(rules._whole)  # all whole-line patterns, one regex
    lines: set[str] = set()
    leads = ("", " ", "» ", "- ", "• ", "→ ", "# ", "| ", "-")
    trails = ("", " :", ".", " (3)", " 12", "…", " »", " - 2", " !!", "-", "1")
    for literal in rules.whole_literals:
        lines.update(lead + literal + trail for lead in leads for trail in trails)
        lines.update((literal + " de la semaine", "la " + literal, literal[1:], literal[:-1]))
    root = Path(__file__).resolve().parents[2]
    for path in [*root.glob("seeds/*.txt"), *root.glob("tests/devset/*.txt")]:
        lines.update(line.strip().lower() for line in path.read_text(encoding="utf-8").splitlines())
    assert len(lines) > 2000
    for line in lines:
        expected = every.match("\n" + line) is not None
        looked_up = _whole_literal(line, rules.whole_literals)
        assert (looked_up or rules.whole_rest_lower.match("\n" + line) is not None) == expected, line


@pytest.mark.parametrize(
    ("line", "literal"),
    [("- top 10 -", "top 10"), ("» -a- :", "-a-"), ("12", "12"), ("»»", "»"), ("x", "y")],
)
def test_a_plain_text_pattern_may_start_or_end_like_the_decoration(line, literal):
    import re

    from tui.core.clean import _LEAD, _TRAIL, _whole_literal

    regex = re.compile(rf"\n{_LEAD}(?:{re.escape(literal)}){_TRAIL}(?=\n|\Z)")
    assert _whole_literal(line, frozenset({literal})) == (regex.match("\n" + line) is not None)
