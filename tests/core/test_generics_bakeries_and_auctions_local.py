"""Examples of our own for the rules written after the generic-drug, cable,
bakery and used-car sets: a Mexican legal form, a weekday's abbreviation inside
a name, an "AI-designed" modifier, a valley's river and a forecast heading."""

from __future__ import annotations

from tests.core.article_helpers import article_money as _money, article_names as _names, extracted
from tui.core.load import article_from_text


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
    money = [(f.text, f.currency) for f in extracted(text).figures if f.kind == "money"]
    assert money and all(c == "USD" for _, c in money)


def test_spelled_decimals_and_a_few_yen() -> None:
    text = (
        "Tray Table Asia\n\n"
        '"One point three billion dollars is a full price," a banker said, after Six point eight billion rupees changed '
        "hands in Mumbai. A can still costs ten yen more at the machine.\n"
    )
    money = _money(text)
    assert ("One point three billion dollars", 1.3e9, "USD") in money
    assert ("Six point eight billion rupees", 6.8e9, "INR") in money
    assert ("ten yen", 10.0, "JPY") in money


def test_a_price_that_will_pass_from_one_to_another_on_a_date() -> None:
    text = (
        "La Gazette du Cotentin\n\n"
        "Le tarif d'une intervention standard passera au 1er janvier de 95 € à 110 euros HT, soit une hausse de 15,8 %.\n"
    )
    money = _money(text)
    assert ("95 €", 95.0, "EUR") in money and ("110 euros", 110.0, "EUR") in money


def test_a_long_release_dateline() -> None:
    text = (
        "Lumio Vision : chiffre d'affaires semestriel en hausse\n\n"
        "Bordeaux, le 27 octobre 2026 – 17h45 – Lumio Vision (Euronext Growth Paris – ALLUM), concepteur de studios photo "
        "automatisés, publie son chiffre d'affaires du semestre clos le 30 septembre 2026. Le lundi 26 octobre 2026, le "
        "conseil a arrêté les comptes. Le 26 octobre 2026, Lumio a aussi signé l'acquisition de Lichtbau.\n"
    )
    assert str(article_from_text(text, path="x.txt").date) == "2026-10-27"


def test_a_title_with_a_photo_rubric_is_kept_a_photo_credit_is_not() -> None:
    text = (
        "Photo : l'allemand Pixbau s'offre le nantais Albumio pour 165 millions d'euros\n\n"
        "Photo : AFP\n\n"
        "Le marché du livre photo se concentre. Pixbau rachète Albumio pour 165 millions d'euros, dette comprise.\n"
    )
    article = article_from_text(text, path="x.txt")
    assert article.text.startswith("Photo : l'allemand Pixbau") and "Photo : AFP" not in article.text
    assert [t for t, _, _ in _money(text)] == ["165 millions d'euros", "165 millions d'euros"]
