"""Feasts and seasons are calendar words, like months: "artificial Christmas trees" names no
company, and "arbres de Noël Sapinières Mégantic inc." names Sapinières Mégantic, not "Noël
Sapinières Mégantic". Feasts that are also firms' names (Carnival, Advent, Ascension) are
not in the list, and a firm whose name holds a feast keeps it."""

from __future__ import annotations

import json
from importlib import resources

from tests.core.company_helpers import names_in

en, fr = names_in("en"), names_in("fr")


def test_a_feast_before_a_trade_is_no_company() -> None:
    found = en(
        "Durban-based Jolly Jacaranda, an importer and retailer of artificial Christmas trees and Halloween "
        "costumes, has been bought by Mr Price Group for R420m."
    )
    assert "Christmas" not in found and "Halloween" not in found
    assert "Jolly Jacaranda" in found


def test_a_feast_before_a_name_is_cut_off() -> None:
    found = fr("Le producteur d'arbres de Noël Sapinières Mégantic inc. boucle une ronde de 18 M$.")
    assert "Sapinières Mégantic" in found
    assert not any(name.startswith("Noël") for name in found)


def test_firms_named_like_feasts_stay_firms() -> None:
    words = json.loads(resources.files("tui.core").joinpath("data/company_words.json").read_text(encoding="utf-8"))
    assert {"Carnival", "Advent", "Ascension", "Avent", "Carnaval"}.isdisjoint(words["holidays"])
    found = en("Carnival Corp. and Ascension Ventures signed the deal; Advent International advised.")
    assert {"Carnival Corporation", "Ascension Ventures", "Advent International"} <= set(found)
