"""Rules learnt from the twenty-second session's held-out sets, each with an
article of our own: a loan's price "in cents on the euro" and the bare cents
after it in its sentence are euro cents; an amount with a scale word and no
currency continues the one stated before a quotation paragraph; an implied
amount follows a rewritten dollar across a conversion into another currency."""

from __future__ import annotations

from tests.core.article_helpers import article_money


def test_cents_on_the_euro_are_euro_cents() -> None:
    text = (
        "Loan prices\n\n"
        "NEW YORK, 3 March 2026 - A buyer may take over a 700-million-dollar term loan quoted at 94 cents on the dollar. "
        "Hermes Packaging also plans to refinance a 750-million-euro term loan that was quoted at 97.5 cents on the euro on Friday, "
        "up from 96 cents in March.\n"
    )
    money = article_money(text)
    assert ("94 cents", 0.94, "USD") in money
    assert ("97.5 cents", 0.975, "EUR") in money
    assert ("96 cents", 0.96, "EUR") in money


def test_an_implied_amount_continues_across_a_quotation_paragraph() -> None:
    text = (
        "Embauchia lève 42 millions d'euros\n\n"
        "PARIS, 3 mars 2026 - La plateforme de recrutement Embauchia lève 42 millions d'euros auprès d'Eurazeo.\n\n"
        "« Le CV ne sert plus à rien pour un cariste. Nous faisons correspondre des disponibilités et un trajet de moins de 30 minutes », "
        "explique sa présidente.\n\n"
        "Sur l'enveloppe, 15 millions financeront l'ouverture de Munich, et 10 millions un outil d'entretien vidéo.\n"
    )
    money = article_money(text)
    assert ("15 millions", 15e6, "EUR") in money
    assert ("10 millions", 10e6, "EUR") in money


def test_an_implied_amount_follows_a_rewritten_dollar_across_a_conversion() -> None:
    text = (
        "Boréal Fibres lève des fonds\n\n"
        "MONTRÉAL, 3 mars 2026 - Boréal Fibres, de Drummondville au Québec, a obtenu un prêt de 40 M$ d'Investissement Québec. "
        "Au taux du jour, le prêt équivaut à environ 29 millions de dollars américains.\n\n"
        "Selon La Presse, Boréal Fibres étudie aussi une émission de débentures pouvant atteindre 50 millions.\n"
    )
    money = article_money(text)
    assert ("40 M$", 40e6, "CAD") in money
    assert ("29 millions de dollars américains", 29e6, "USD") in money
    assert ("50 millions", 50e6, "CAD") in money
