"""The Norwegian legal form "AS" joins a name ("Fjordmetall AS" is Fjordmetall)
but not in text written in capitals, where it is the word "as"; French firm
names that open with a trade ("Laminoirs de l'Orne", "Profilés du Rhône",
"Librairie Mollat") are names."""

from __future__ import annotations

from tests.core.article_helpers import article_currencies, article_names as _companies


def test_the_norwegian_as_is_a_legal_form() -> None:
    text = (
        "Norsk Hydro buys Fjordmetall\n\n"
        "OSLO, March 3 (Reuters) - Norsk Hydro will buy Fjordmetall, a recycler of aluminium scrap. Fjordmetall AS is "
        "owned by its founders. Storytel agreed to buy Lydfjord. Lydfjord AS has 310,000 subscribers.\n"
    )
    found = _companies(text)
    assert found["Fjordmetall"] == ("Fjordmetall AS",)
    assert found["Lydfjord"] == ("Lydfjord AS",)
    assert "Fjordmetall AS" not in found and "Lydfjord AS" not in found


def test_as_in_capitals_is_a_word() -> None:
    text = (
        "Wire briefs\n\n"
        "Vellan Health Inc said its board formed a special committee.\n"
        "* SAYS BOARD FORMED SPECIAL COMMITTEE, RETAINED TD SECURITIES AS FINANCIAL ADVISER\n"
    )
    for name, aliases in _companies(text).items():
        assert not any(a.endswith(" AS") for a in (name, *aliases)), name


def test_french_trade_names() -> None:
    text = (
        "Aciérie : Saarwalz rachète les Laminoirs de l'Orne\n\n"
        "Le groupe allemand Saarwalz a signé mardi le rachat des Laminoirs de l'Orne. Par ailleurs, Profilés du Rhône a "
        "cédé son site de Vienne, et la Librairie Mollat ouvre un magasin.\n"
    )
    found = _companies(text)
    for name in ("Laminoirs de l'Orne", "Profilés du Rhône", "Librairie Mollat"):
        assert name in found, name
    assert "Profilés" not in found


def test_standards_bodies_and_a_fund_s_short_name() -> None:
    text = (
        "Intertek buys Cascade Labs\n\n"
        "Intertek agreed to buy Cascade Labs, whose 12 laboratories are accredited to ISO 17025, from private equity firm "
        "The Riverside Company for $720 million. Riverside bought Cascade Labs in 2019.\n"
    )
    found = _companies(text)
    assert "ISO" not in found
    assert "Riverside" in found["The Riverside Company"] and "Riverside" not in found


def test_bare_crowns_in_a_text_of_two_crown_currencies() -> None:
    text = (
        "Vend rachète le danois Bilzonen pour 2,4 milliards de couronnes\n\n"
        "OSLO, 13 mai 2026 (AFP) - Le groupe norvégien Vend a annoncé mercredi le rachat de Bilzonen pour 2,4 milliards "
        "de couronnes danoises.\n\n"
        "Basée à Aarhus, Bilzonen a réalisé un chiffre d'affaires de 310 millions de couronnes, contre 262 millions en "
        "2024. Vend financera l'achat par un crédit-relais de 1,5 milliard de couronnes norvégiennes.\n"
    )
    money = article_currencies(text)
    assert money["2,4 milliards de couronnes"] == "DKK"
    assert money["310 millions de couronnes"] == "DKK"
    assert money["262 millions"] == "DKK"
    assert money["1,5 milliard de couronnes norvégiennes"] == "NOK"
