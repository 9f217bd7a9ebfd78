"""Examples of our own for the rules written after the generic-drug, cable,
bakery and used-car sets: a Mexican legal form, a weekday's abbreviation inside
a name, an "AI-designed" modifier, a valley's river and a forecast heading."""

from __future__ import annotations

from tui.core.extract import extract
from tui.core.load import article_from_text


def _names(text: str) -> dict[str, tuple[str, ...]]:
    return {c.name: tuple(c.aliases) for c in extract(article_from_text(text, path="x.txt")).companies}


def test_a_mexican_legal_form_joins_its_name() -> None:
    text = "Panadería Tapatía sold\n\nGrupo Tapatío SAB agreed to buy a bakery. Grupo Tapatío will pay 1.2 billion pesos.\n"
    names = _names(text)
    assert names.get("Grupo Tapatío") == ("Grupo Tapatío SAB",)


def test_a_weekday_abbreviation_inside_a_name_before_a_legal_form() -> None:
    text = "Freezer aisle\n\nNichirei has agreed to buy 60% of Krua Dim Lok Co., a dumpling maker, for THB 900 million.\n"
    names = _names(text)
    assert "Krua Dim Lok" in names and "Lok" not in names


def test_an_ai_designed_modifier_is_no_name() -> None:
    text = "Bakery bites\n\nCrumbForge, which sells AI-designed gluten-free loaves, raised $750K from Y Combinator.\n"
    assert not any(n.startswith("AI-") for n in _names(text))


def test_a_valley_and_a_forecast_heading() -> None:
    text = (
        "La lettre des vannes\n\n"
        "Un industriel de la vallée de l'Orbe investit 1,2 million d'euros dans une ligne d'usinage.\n\n"
        "Perspectives : le groupe Vannetec vise 80 millions d'euros de chiffre d'affaires.\n"
    )
    names = _names(text)
    assert "Orbe" not in names and "Perspectives" not in names


def test_a_french_commune_is_no_company() -> None:
    text = (
        "Duo Sport lève des fonds\n\n"
        "Installée depuis 2020 dans une pépinière de Saint-Jean-le-Vieux, la société emploie 23 personnes. "
        "Duo Sport lève 2 millions d'euros.\n"
    )
    assert "Saint-Jean-le-Vieux" not in _names(text)


def test_a_british_company_named_victoria_keeps_its_dollars_american() -> None:
    text = (
        "Britain's Victoria to buy Turkish rug maker for $185 million\n\n"
        "LONDON, Oct 8 (Reuters) - Victoria plc, the AIM-listed flooring group, will pay $185 million. Victoria said the "
        "deal adds 12% to earnings. Victoria shares rose 3%.\n"
    )
    money = [(f.text, f.currency) for f in extract(article_from_text(text, path="x.txt")).figures if f.kind == "money"]
    assert money and all(c == "USD" for _, c in money)
