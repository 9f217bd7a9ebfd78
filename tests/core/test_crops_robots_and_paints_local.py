"""Examples of our own for the rules written after the fertiliser, robotics,
childcare and paint sets: a French family name's "De", a person's surname
particle, crowns after a crown code, a count compared across a year, a
release's "Ville, le" dateline, Quebec's "M$" in a text in euros, a place
after "Basée à", a category line, and "Peintures" as a trade prefix."""

from __future__ import annotations

from tests.core.article_helpers import article_money as _money, article_names
from tui.core.load import article_from_text


def _names(text: str) -> set[str]:
    return set(article_names(text))


def test_a_family_name_s_de_and_a_person_s_le() -> None:
    text = (
        "Engrais : De Vaugelas rachète Algamer\n\n"
        "Le groupe agenais De Vaugelas a annoncé le rachat d'Algamer pour 85 millions d'euros. "
        "Yvon Le Floch a signé mercredi la cession au groupe malouin.\n"
    )
    names = _names(text)
    assert "De Vaugelas" in names and "Vaugelas" not in names
    assert "Floch" not in names


def test_bare_crowns_after_a_crown_code() -> None:
    text = (
        "Yara buys Dutch blender\n\n"
        "OSLO, June 2 (Reuters) - Yara will pay NOK 7 billion for the business. Yara shares rose 2.4% to 412.60 crowns, "
        "and one analyst has a price target of 480 crowns.\n"
    )
    money = _money(text)
    assert ("412.60 crowns", 412.6, "NOK") in money and ("480 crowns", 480.0, "NOK") in money


def test_a_count_compared_across_a_year() -> None:
    text = (
        "OCP investit\n\n"
        "Le groupe marocain a investi 2 milliards d'euros. Il vise une capacité de production de 20 millions de tonnes "
        "d'engrais à l'horizon 2027, contre 15 millions aujourd'hui.\n"
    )
    assert not any(t.startswith("15 millions") for t, _, _ in _money(text))


def test_a_release_s_town_and_le_dateline() -> None:
    text = (
        "Vireo Automation : chiffre d'affaires annuel en hausse\n\n"
        "Toulouse, le 9 juin 2026 – 18h00\n\n"
        "Vireo Automation publie ses résultats annuels de l'exercice clos le 31 mars 2026. "
        "Le carnet de commandes atteint 61 millions d'euros au 31 mars 2026.\n"
    )
    assert str(article_from_text(text, path="x.txt").date) == "2026-06-09"


def test_quebec_dollars_in_a_sentence_of_a_text_in_euros() -> None:
    text = (
        "La Lettre des berceaux\n\n"
        "Le réseau Petits Pas lève 12 millions d'euros. Au Québec, le réseau montréalais Garderies Soleil passe sous le "
        "contrôle d'un fonds pour 45 M$. Aux États-Unis, Brightline Care prépare une émission de 600 M$.\n"
    )
    money = _money(text)
    assert ("45 M$", 45e6, "CAD") in money and ("600 M$", 600e6, "USD") in money


def test_a_place_after_basee_a_and_a_category_line() -> None:
    text = (
        "Jotun rachète Tintas Marinha\n\n"
        "Published: 4 June 2026 | By Ana Silva | Coatings, Mergers & Acquisitions\n\n"
        "Basée à Santos, Tintas Marinha a réalisé 300 millions de reais de ventes. Les Peintures Morvan passent aussi sous "
        "pavillon Jotun.\n"
    )
    names = _names(text)
    assert "Santos" not in names and not any("Mergers" in n for n in names)
    assert "Peintures Morvan" in names


def test_a_price_in_bare_crowns_after_two_crown_currencies() -> None:
    text = (
        "SkiStar buys Norwegian resort\n\n"
        "STOCKHOLM, May 4 (Reuters) - SkiStar will pay 1.45 billion Norwegian crowns for Fjellheim Alpin. SkiStar shares rose "
        "2% to 148.60 Swedish crowns. Analysts raised their price target to 165 crowns from 150 crowns.\n"
    )
    money = _money(text)
    assert ("165 crowns", 165.0, "SEK") in money and ("150 crowns", 150.0, "SEK") in money


def test_bare_livres_after_turkish_pounds() -> None:
    text = (
        "Arçelik rachète une usine\n\n"
        "Arçelik vise 12 milliards de livres turques de ventes. Le titre cédait 1,2 % à 148,70 livres à la Bourse d'Istanbul.\n"
    )
    assert ("148,70 livres", 148.7, "TRY") in _money(text)


def test_a_short_day_name_opens_a_name_before_a_legal_form() -> None:
    text = "Ridgeline buys campgrounds\n\nRidgeline will buy 12 resorts from Sun Harbor Holdings, Inc. for $465 million.\n"
    names = _names(text)
    assert "Sun Harbor Holdings" in names and "Harbor Holdings" not in names


def test_a_business_line_is_no_company() -> None:
    text = (
        "Corvane to buy Lakeside Optical\n\n"
        '"Their know-how fits our Advanced Materials business," said the president of Corvane\'s Industrial and Safety '
        "Solutions segment. Corvane will pay $310 million.\n"
    )
    names = _names(text)
    assert not any(n in names for n in ("Advanced Materials", "Industrial", "Safety Solutions"))


def test_a_heading_in_capitals_and_a_hyphenated_place() -> None:
    text = (
        "The Float Line\n\n"
        "POLISH TILES CHANGE HANDS\nOpoczno bought a kiln. La Cornue, le fabricant de Saint-Ouen-l'Aumône, a été "
        "cédé. Les Fourneaux Roussel aussi.\n"
    )
    names = _names(text)
    assert "POLISH TILES" not in names and "Aumône" not in names
    assert "Fourneaux Roussel" in names
