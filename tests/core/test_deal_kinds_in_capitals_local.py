"""A weekly roundup heads each deal with its kind in capitals and the firm's name: "LBO —
Étuis Marceau", "MINORITAIRE — Harpes Garonne", "SERIES B — Kitewing Labs raises". The name
after a deal's kind is a company; a line such as "COMMUNIQUÉ DE PRESSE – INFORMATION
RÉGLEMENTÉE" or a dateline ("PARIS — Le groupe") names none."""

from __future__ import annotations

from tests.core.company_helpers import names_in

en, fr = names_in("en"), names_in("fr")

ROUNDUP = (
    "Les deals de la semaine\n\n"
    "LBO — Étuis Marceau\n"
    "Un fonds régional prend la majorité du fabricant nantais de housses, pour 18 M€.\n\n"
    "MINORITAIRE — Harpes Garonne\n"
    "Un industriel japonais entre à hauteur de 25 % au capital de l'atelier toulousain, pour 2,1 M€.\n\n"
    "LEVÉE DE FONDS — Cordéo Location\n"
    "La plateforme lève 3,5 M€ auprès de business angels.\n"
)


def test_the_name_after_a_deal_kind_is_a_company() -> None:
    found = fr(ROUNDUP)
    assert {"Étuis Marceau", "Harpes Garonne", "Cordéo Location"} <= set(found)


def test_an_english_kind_before_a_sentence() -> None:
    found = en("Deal wrap\n\nSERIES B — Kitewing Labs raises $14m from two funds, it said on Monday.\n")
    assert "Kitewing Labs" in found


def test_headings_that_are_no_deal_kind_name_nothing() -> None:
    found = fr(
        "COMMUNIQUÉ DE PRESSE – INFORMATION RÉGLEMENTÉE\n\nPARIS — Le groupe Distilleries Phocéennes publie "
        "un chiffre d'affaires de 48 M€.\n\nANALYSE — Information et marchés\n"
    )
    assert not {"INFORMATION RÉGLEMENTÉE", "Information", "Information et marchés"} & set(found)
