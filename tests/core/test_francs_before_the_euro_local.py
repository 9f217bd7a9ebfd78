"""A rule learnt from the twenty-third session's held-out sets, with articles of
our own: bare francs in a French article are French francs of before the euro
when their sentence dates them before 2002 ("acheté 1.150.000 francs en 1997",
"dans les années 1990, avait coûté 2 millions de francs"), even where the text
never names France; a text that writes Swiss francs keeps them Swiss."""

from __future__ import annotations

from tests.core.article_helpers import article_money


def test_francs_dated_before_the_euro_are_french() -> None:
    text = (
        "La Rochelle : l'auberge de la gare change de mains\n\n"
        "LA ROCHELLE, 3 mars 2026 - Le foyer, acheté 1.150.000 francs en 1997 par une association, "
        "a été revendu 2,4 millions d'euros. Dans les années 1990, un projet voisin avait coûté 2 millions de francs "
        "aux collectivités.\n"
    )
    money = article_money(text)
    assert ("1.150.000 francs", 1150000.0, "FRF") in money
    assert ("2 millions de francs", 2e6, "FRF") in money


def test_francs_in_a_text_with_swiss_francs_stay_swiss() -> None:
    text = (
        "Genève : la fiduciaire Lemania rachetée\n\n"
        "GENÈVE, 3 mars 2026 - La fiduciaire, fondée en 1998 avec 50 000 francs, a été rachetée pour 12 millions "
        "de francs suisses.\n"
    )
    assert ("50 000 francs", 50000.0, "CHF") in article_money(text)
