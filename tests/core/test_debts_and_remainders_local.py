"""Rules learnt from the twenty-fourth session's held-out sets, with articles of
our own: a bare grouped number that goes on from an amount is money in its
currency also before a word of money ("un passif de 2.700.000 €, dont 950.000
de dettes fournisseurs") and after "le reste" or "le solde" ("1.200.000 euros de
fonds propres, le reste, 600.000, en prêts"); a count after "dont" is not."""

from __future__ import annotations

from tests.core.article_helpers import extracted


def _money(text: str) -> list[tuple[str, float | None, str | None, bool]]:
    return [(f.text, f.amount, f.currency, f.implied) for f in extracted(text).figures if f.kind == "money"]


def test_a_share_of_debts_after_dont_is_money() -> None:
    text = (
        "Confiserie : la Nyonsaise en redressement judiciaire\n\n"
        "NYONS, 3 mars 2026 - Le passif de la confiserie atteint 2.700.000 €, dont 950.000 de dettes fournisseurs, "
        "selon le tribunal, qui a fixé au 30 juin la date limite des offres.\n"
    )
    money = _money(text)
    assert ("950.000", 950000.0, "EUR", True) in money, money


def test_the_remainder_after_le_reste_is_money() -> None:
    text = (
        "Boussole Pro lève des fonds\n\n"
        "CLERMONT-FERRAND, 3 mars 2026 - Boussole Pro a réuni 1.200.000 euros de fonds propres auprès de Sofimac "
        "Innovation et d'un groupe de cadres dirigeants de Michelin à la retraite, le reste, 600.000, "
        "prenant la forme de prêts bancaires. L'entreprise compte 12.000 clients, dont 3.000 en Belgique.\n"
    )
    money = _money(text)
    assert ("600.000", 600000.0, "EUR", True) in money, money
    assert not any(t == "3.000" for t, _, _, _ in money)


def test_a_share_of_a_price_before_correspondant_is_money() -> None:
    text = (
        "Péniches : Navilys reprend le Val de Saône\n\n"
        "LYON, 3 mars 2026 - Le tribunal a validé la reprise. Le prix atteint 1.450.000 € : 1.100.000 € en numéraire "
        "et 350.000 correspondant à la reprise des stocks et des réservations.\n"
    )
    assert ("350.000", 350000.0, "EUR", True) in _money(text)


def test_a_glued_amount_after_a_word_of_money_continues_a_spelled_scale() -> None:
    text = (
        "Bingo hall sold\n\n"
        "LEEDS, March 3, 2026 - Last year we turned over £1.4 million and made a profit of 210K before I paid "
        "myself, and the hall has 3K members.\n"
    )
    money = _money(text)
    assert ("210K", 210000.0, "GBP", True) in money, money
    assert not any(t == "3K" for t, _, _, _ in money)
