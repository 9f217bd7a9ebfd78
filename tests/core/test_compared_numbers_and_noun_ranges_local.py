"""Rules learnt from the twenty-third session's held-out sets, with articles of
our own: a bare number compared with the amount just before it ("2.150.000
euros, contre 1.720.000 un an plus tôt") is an amount in its currency, marked
implied, unless it counts something or is far from that amount; a noun's own
"de" stays out of the range after it ("une levée de 5 à 8 M€", "de l'ordre de
4 à 5 millions"), but "une levée, de 3 à 4 M€" keeps it; "nous passons de 9 %
à 14 %" is a change, two figures."""

from __future__ import annotations

from tests.core.article_helpers import extracted


def _money(text: str) -> list[tuple[str, float | None, float | None, str | None, bool]]:
    return [(f.text, f.amount, f.amount_max, f.currency, f.implied) for f in extracted(text).figures if f.kind == "money"]


def test_a_bare_number_compared_with_an_amount_is_money() -> None:
    text = (
        "Les Confitures du Vercors lèvent 1,5 million d'euros\n\n"
        "GRENOBLE, 3 mars 2026 - L'entreprise a réalisé l'an dernier un chiffre d'affaires de 2.150.000 euros, "
        "contre 1.720.000 un an plus tôt. Un poste y coûte 4'200 francs par mois contre 9'800 en Suisse. "
        "Elle emploie 45 salariés contre 30 l'an dernier, et vise 3 millions d'euros de ventes contre 2027 pour la fin du plan.\n"
    )
    money = _money(text)
    assert ("1.720.000", 1720000.0, None, "EUR", True) in money
    assert ("9'800", 9800.0, None, "CHF", True) in money
    assert not any(t in ("30", "2027") for t, *_ in money)


def test_a_compared_count_or_a_far_number_is_no_money() -> None:
    text = (
        "Meadowbrook Juices expands\n\n"
        "LEEDS, 3 March 2026 - Meadowbrook spent £4,500 on the trial against 1,900 bottles sold, "
        "and paid £2,000,000 for the plant, compared with 12,500 last year.\n"
    )
    money = _money(text)
    assert not any(t in ("1,900", "12,500") for t, *_ in money)
    assert ("£2,000,000", 2e6, None, "GBP", False) in money


def test_a_nouns_own_de_stays_out_of_the_range() -> None:
    text = (
        "Fermentis prépare sa croissance\n\n"
        "LILLE, 3 mars 2026 - La start-up prépare une levée de 5 à 8 M€ et vise des économies de l'ordre de "
        "4 à 5 millions d'euros. Un second tour, de 3 à 4 M€, suivra. Les loyers vont de 180 à 260 euros.\n"
    )
    texts = [t for t, *_ in _money(text)]
    assert "5 à 8 M€" in texts
    assert "4 à 5 millions d'euros" in texts
    assert "de 3 à 4 M€" in texts
    assert "de 180 à 260 euros" in texts


def test_nous_passons_de_is_a_change() -> None:
    text = (
        "Jus de fruits : Pressoirs du Ventoux gagne des parts\n\n"
        "AVIGNON, 3 mars 2026 - « Nous passons de 9 % à 14 % du marché français des jus frais », dit la dirigeante, "
        "qui vise une croissance de 12 à 15 % par an.\n"
    )
    percents = [(f.text, f.value, f.value_max) for f in extracted(text).figures if f.kind == "percent"]
    assert ("9 %", 9.0, None) in percents and ("14 %", 14.0, None) in percents
    assert ("de 12 à 15 %", 12.0, 15.0) in percents
