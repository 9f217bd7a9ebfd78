"""The speed-ups of extraction give exactly what the plain scans give.

Each fast path (literal pre-scans, the shared lower-cased text, the domain
head found without a regex search) is compared with the straightforward
computation on short texts written for the purpose and on random ones.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core import domains, sources
from tui.core.companies import find_companies
from tui.core.company_data import lower_same_length
from tui.core.money import find_figures
from tui.core.numbers import NUMBER, find_spelled
from tui.core.textscan import folded_finditer, literal_finditer

ARTICLE = (
    "Source : Les Echos – levée de fonds – lesechos.fr\n"
    "La start-up Nérée a levé 12 millions d'euros (via Maddyness) auprès de Serra Capital et Elaia.\n"
    "Selon les données de Zephyr, deux milliards de dollars ont été investis ; "
    "Reuters rapporte que le groupe Vantor rachète Kelvora pour 3,5 Mds€, soit 4 % de plus.\n"
    "ORANGE et Orange Business ; DONNÉES DE Zephyr ; www.kalisto-software.fr/presse ; 01net.\n"
)

PIECES = [
    "Source", "SOURCE", "Références :", " (via ", "[via ", " data", " Data", " DONNÉES", " chiffres", " de ",
    "Reuters", "lemonde.fr", "www.", "..", ".com", "-", " ", "\n", "12", "3,5", " millions", " MILLIARDS",
    " deux", " d'euros", " $", "€", " %", "ſ", "ı", "İ", "Orange", " groupe ", " start-up ", " et ", "Kelvora",
]
texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


def test_literal_finditer_is_finditer() -> None:
    rx = re.compile(r"[\[(]via[ \u00a0]+(?P<name>[^\])\n]{1,60})[\])]")
    got = [m.span() for m in literal_finditer(rx, ARTICLE, ("(via", "[via"))]
    assert got == [m.span() for m in rx.finditer(ARTICLE)] and got


@settings(derandomize=True, deadline=None, max_examples=200)
@given(texts)
def test_folded_finditer_is_finditer(text: str) -> None:
    rx = re.compile(r" (?i:data|données|chiffres)\b")
    got = [m.span() for m in folded_finditer(rx, text, lower_same_length(text), (" data", " données", " chiffres"))]
    assert got == [m.span() for m in rx.finditer(text)]


@settings(derandomize=True, deadline=None, max_examples=300)
@given(st.text(alphabet="ab1.-\nwZ ", max_size=120), st.integers(0, 120))
def test_domain_head_is_the_regex_search(text: str, end: int) -> None:
    end = min(end, len(text))
    head = domains._TAIL.search(text, max(0, end - 80), end)
    assert domains._domain_head(text, end) == (head.start() if head else None)


def test_number_pattern_reads_like_the_plain_alternation() -> None:
    plain = re.compile(r"\d{1,3}(?:[ \u00a0\u202f'’.,]\d{3})+(?!\d)(?:[.,]\d+)?|\d+(?:[.,]\d+)?")
    text = "1 000 000,5 et 2019, 12.345.678 ou 1,5 et 123 4567 puis 1.2.3 et 10'000"
    assert [m.span() for m in re.finditer(NUMBER, text)] == [m.span() for m in plain.finditer(text)]


@settings(derandomize=True, deadline=None, max_examples=150)
@given(texts)
def test_shared_lower_text_changes_nothing(text: str) -> None:
    low = lower_same_length(text)
    assert [(m.span(), m.group("sp")) for m in find_spelled(text, low)] == [
        (m.span(), m.group("sp")) for m in find_spelled(text)
    ]
    assert find_figures(text, "fr", low=low) == find_figures(text, "fr")
    assert sources.find_sources(text, "fr", low=low) == sources.find_sources(text, "fr")
    assert find_companies(text, "fr", low=low) == find_companies(text, "fr")


def test_article_with_and_without_shared_lower_text() -> None:
    low = lower_same_length(ARTICLE)
    figures = find_figures(ARTICLE, "fr", low=low)
    assert figures == find_figures(ARTICLE, "fr") and len(figures) >= 4
    found = sources.find_sources(ARTICLE, "fr", low=low)
    assert found == sources.find_sources(ARTICLE, "fr") and {s.name for s in found} >= {"Les Echos", "Maddyness"}
    skip = [(f.start, f.end) for f in figures]
    names = [s.name for s in found]
    assert find_companies(ARTICLE, "fr", exclude=names, skip=skip, low=low) == find_companies(
        ARTICLE, "fr", exclude=names, skip=skip
    )


_FORMS = ["Acme", "Acme Data", "Acme Data Labs", "Wa'ed Ventures", "Run:ai", "AT&T", "3D Systems", "J.P. Morgan", "Élan"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([*_FORMS, "Acmeqa", "-", "&", "_", " ", ", ", "x", "(", "Wa'ed", "Run", "J.P."]), max_size=40))
def test_many_occurrences_is_find_all_for_each_form(parts: list[str]) -> None:
    from tui.core.company_data import find_all
    from tui.core.company_spans import many_occurrences

    text = "".join(parts)
    expected = sorted(((s, f) for f in _FORMS for s in find_all(text, f)), key=lambda h: (h[0], -len(h[1])))
    assert many_occurrences(text, _FORMS) == expected


def test_a_letters_item_is_read_within_bounds() -> None:
    # a long text with two headings in capitals far apart: each amount's item is read near it, not from the heading
    # megabytes away (item_text was read once per cue and per amount: quadratic on a long letter)
    from tui.core.text_blocks import item_starts, item_text

    text = "JAPON — UN RACHAT\n\n" + "Le groupe paie 5 M$ pour la cible.\n\n" * 20000 + "QUÉBEC — UNE LEVÉE\n\nElle lève 3 M$.\n"
    low = "\n\n" + text.lower()
    starts = item_starts(low, "\n\n" + text)
    assert len(starts) == 2
    pos = low.index("5 m$", len(low) // 2)
    assert len(item_text(low, pos, starts)) <= 8200
    assert "québec" in item_text(low, low.rindex("3 m$"), starts)



def test_a_letters_quebec_paragraph_is_read_within_bounds() -> None:
    # amounts in a text with no blank line: each one's paragraph is read near it, not from the text's start
    from tui.core.text_blocks import paragraph_around

    low = "2. québec — une levée à montréal\n" + "elle coûte 5 $ à montréal et 7 € ici. " * 6000
    pos = low.index("5 $", len(low) // 2)
    assert len(paragraph_around(low, pos)) <= 8000 and "5 $" in paragraph_around(low, pos)
