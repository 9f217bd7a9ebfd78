"""An investors' forum names the bidder of a tender offer right after "OPA de": "OPA de Bowtech
sur Archéon à 24,50 €" names Bowtech; an offer's price after "OPA de" names nobody."""

from __future__ import annotations

from tests.core.company_helpers import names_in

fr = names_in("fr")


def test_the_bidder_after_opa_de() -> None:
    assert "Bowtech" in fr("OPA de Bowtech sur Archéon à 24,50 € : apporter ou pas ?")
    assert "Carillon Mécanique" in fr("Re: OPE de Carillon Mécanique, la parité est-elle juste ? Je garde mes titres.")


def test_a_price_names_nobody() -> None:
    assert fr("L'OPA de 38,50 € par action court jusqu'au 26 novembre.") == []
