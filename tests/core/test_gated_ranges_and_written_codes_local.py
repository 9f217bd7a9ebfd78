"""Rules learnt from the twenty-fourth session's held-out sets, with articles of
our own: a range of a currency's common word opened by "de" or "from" ("de 900
à 1 400 lei") is one figure, like "entre 900 et 1 400 lei"; and a shared noun
followed by its code in parentheses ("900 millions de couronnes (SEK)") takes
that code, whatever country the sentence names."""

from __future__ import annotations

from tests.core.article_helpers import article_money


def test_a_range_of_lei_opened_by_de_is_one_figure() -> None:
    text = (
        "Assurance auto : le marché roumain se consolide\n\n"
        "BUCAREST, 3 mars 2026 - Une police coûte en moyenne de 900 à 1 400 lei par an, contre 600 lei il y a "
        "cinq ans. Le marché roumain pèse 2 milliards de lei.\n"
    )
    money = article_money(text)
    assert ("de 900 à 1 400 lei", 900.0, "RON") in money, money
    assert not any(t == "1 400 lei" for t, _, _ in money)


def test_a_shared_noun_takes_the_code_written_after_it() -> None:
    text = (
        "Le danois Tryg et le suédois Folksam investissent\n\n"
        "COPENHAGUE, 3 mars 2026 - Le danois Tryg a annoncé que le suédois Folksam engage 900 millions de couronnes "
        "(SEK), environ 79 M€, dans un fonds d'infrastructures danois.\n"
    )
    assert ("900 millions de couronnes", 900e6, "SEK") in article_money(text)
