"""Rules learnt from the twenty-third session's held-out sets, with articles of
our own: a bare number compared with the amount just before it ("2.150.000
euros, contre 1.720.000 un an plus tôt"), or written with a group mark and
going on from it in its sentence ("7.800.000 euros pour 100 % des titres, dont
1.300.000 sous forme de complément de prix"), is an amount in its currency,
marked implied, unless it counts something, is an index level or an
identifier, or is far from that amount; a noun's own
"de" stays out of the range after it ("une levée de 5 à 8 M€", "de l'ordre de
4 à 5 millions"), but "une levée, de 3 à 4 M€" keeps it; "nous passons de 9 %
à 14 %" is a change, two figures."""

from __future__ import annotations

from tests.core.article_helpers import extracted


def _money(text: str) -> list[tuple[str, float | None, float | None, str | None, bool]]:
    return [(f.text, f.amount, f.amount_max, f.currency, f.implied) for f in extracted(text).figures if f.kind == "money"]


def _implied_in(text: str, found: list[tuple[str, float, str]], absent: tuple[str, ...]) -> None:
    """Each of ``found`` (text, amount, currency) is an implied amount of ``text``; no amount reads as one of ``absent``."""
    money = _money(text)
    for t, amount, code in found:
        assert (t, amount, None, code, True) in money, (t, money)
    assert not any(t in absent for t, *_ in money), money


def test_a_bare_number_compared_with_an_amount_is_money() -> None:
    text = (
        "Les Confitures du Vercors lèvent 1,5 million d'euros\n\n"
        "GRENOBLE, 3 mars 2026 - L'entreprise a réalisé l'an dernier un chiffre d'affaires de 2.150.000 euros, "
        "contre 1.720.000 un an plus tôt. Un poste y coûte 4'200 francs par mois contre 9'800 en Suisse. "
        "Elle emploie 45 salariés contre 30 l'an dernier, et vise 3 millions d'euros de ventes contre 2027 pour la fin du plan.\n"
    )
    _implied_in(text, [("1.720.000", 1720000.0, "EUR"), ("9'800", 9800.0, "CHF")], ("30", "2027"))


def test_a_compared_count_or_a_far_number_is_no_money() -> None:
    text = (
        "Meadowbrook Juices expands\n\n"
        "LEEDS, 3 March 2026 - Meadowbrook spent £4,500 on the trial against 1,900 bottles sold, "
        "and paid £2,000,000 for the plant, compared with 12,500 last year.\n"
    )
    money = _money(text)
    assert not any(t in ("1,900", "12,500") for t, *_ in money)
    assert ("£2,000,000", 2e6, None, "GBP", False) in money


def test_a_grouped_number_going_on_from_an_amount_is_money() -> None:
    text = (
        "Poralu Marine rachète les Pontons de l'Aber\n\n"
        "BREST, 3 mars 2026 - Poralu Marine verserait 7.800.000 euros pour 100 % des titres, dont 1.300.000 "
        "sous forme de complément de prix. Le tour réunit 3.200.000 euros : 2.400.000 euros de fonds propres "
        "et 800.000 de dette bancaire. Il a aussi levé 1.500.000 euros auprès de 1.150 particuliers, "
        "et son atelier passera de 700 000 à 2,5 millions de pots. (valeur n° 1.284.530)\n"
    )
    _implied_in(text, [("1.300.000", 1300000.0, "EUR"), ("800.000", 800000.0, "EUR")], ("1.150", "700 000", "1.284.530"))


def test_a_grouped_number_after_a_word_of_money_is_money() -> None:
    text = (
        "Bremstechnik rachète les Étriers Leblanc\n\n"
        "CHARLEVILLE-MÉZIÈRES, 3 mars 2026 - Le groupe suisse rachète l'usine pour 7.800.000 euros. "
        "Un complément de 1.200.000 pourra s'y ajouter si l'usine atteint ses objectifs. "
        "L'usine emploie 380 salariés, dont 41 en apprentissage, et revendique 1.340 clients, "
        "dont 1.100 en France.\n"
    )
    _implied_in(text, [("1.200.000", 1200000.0, "EUR")], ("1.100", "1.340"))


def test_the_first_grouped_number_no_unit_follows() -> None:
    text = (
        "Les Nouilles percheronnes reprises\n\n"
        "ALENÇON, 3 mars 2026 - Le repreneur met 3.100.000 euros sur la table : 2.600.000 euros pour le fonds de commerce "
        "et un bâtiment de 6.000 m², et 500.000 pour les stocks. La reprise s'élève à 680.000 euros, dont 430.000 euros "
        "apportés par les salariés et 250.000 prêtés par l'Union régionale des Scop.\n"
    )
    _implied_in(text, [("500.000", 500000.0, "EUR"), ("250.000", 250000.0, "EUR")], ("6.000",))


def test_an_index_level_after_a_share_price_is_no_money() -> None:
    text = (
        "Hoshida shares rise\n\n"
        "TOKYO, March 3, 2026 - Hoshida shares closed up 3.9% at 2,482 yen, while the Nikkei Stock Average "
        "fell 0.7% to 38,912. Rent is €2,400 a month, up from 1,900 when the shop opened. The offer is C$1.85 in cash "
        "and 0.285 of a share, and Hoshida shipped 1,340 of them.\n"
    )
    _implied_in(text, [("1,900", 1900.0, "EUR")], ("38,912", "0.285", "1,340"))


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
