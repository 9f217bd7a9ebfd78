"""Rules learnt from the twenty-third session's held-out sets, with articles of
our own: a wire's "Source: X, Inc. via businesswire.com" line cites the wire,
not the issuer; a publication is cited by "comme le rapportaient les …",
"a précisé la …", "As … pointed out" and "reported earlier by the …"; and
"Le Courrier cauchois" is not the Swiss "Le Courrier"."""

from __future__ import annotations

from tests.core.article_helpers import extracted


def _sources(text: str) -> set[str]:
    return {s.name for s in extracted(text).sources}


def test_a_wire_line_cites_the_wire_not_the_issuer() -> None:
    text = (
        "Glycent raises $20 million\n\n"
        "SAN DIEGO, March 3, 2026 -- Glycent raised $20 million in a Series B round.\n\n"
        "Source: Glycent, Inc. via businesswire.com\n"
    )
    names = _sources(text)
    assert "Business Wire" in names
    assert not any(n.startswith("Inc.") or n == "Glycent" for n in names), names


def test_press_cues_in_both_languages() -> None:
    fr = (
        "Le site de Colmar repris\n\n"
        "COLMAR, 3 mars 2026 - Comme le rapportaient les Dernières Nouvelles d'Alsace au printemps, un industriel "
        "a racheté le site pour 48 M€, a précisé la Neue Zürcher Zeitung. Selon Le Courrier cauchois, la raffinerie ferme.\n"
    )
    assert {"Dernières Nouvelles d'Alsace", "Neue Zürcher Zeitung", "Le Courrier cauchois"} <= _sources(fr)
    en = (
        "Brake shops and prices\n\n"
        "March 3, 2026 - As The Drive pointed out, that price only works at scale. "
        "The deal was reported earlier by the Australian Financial Review.\n"
    )
    assert {"The Drive", "The Australian Financial Review"} <= _sources(en)
