"""A dispatch datelined in Quebec ("MONTRÉAL, 24 mars (AFP) -") that writes its
first amounts in "dollars canadiens" and converts one into euros means its
bare "dollars" and "$" as Canadian ones; a Paris dispatch about the same kind
of deal keeps a bare "dollars" American.  And "livres" sold, printed or
published are books, not pounds ("ont vendu 1,8 million de livres")."""

from __future__ import annotations

from tests.core.article_helpers import article_currencies as _currencies


_QUEBEC_BODY = (
    "(AFP) - Le groupe Papeterie Lanaudière a annoncé lundi le rachat de la chaîne Boussole, vingt magasins au Québec, "
    "pour 31 millions de dollars canadiens (environ 20 millions d'euros).\n\n"
    "Boussole a réalisé des ventes de 52,8 millions de dollars canadiens l'an dernier. Selon La Presse, un rival de "
    "Toronto offrait entre 25 et 28 millions de dollars. Le financement combine une dette de 14,5 M$ de Desjardins et "
    "un apport de 6 M$, le reste, 10,5 millions, en liquidités. Un carnet se vend 12,95 $.\n"
)


def test_a_quebec_dateline_reads_bare_dollars_as_canadian() -> None:
    money = _currencies("Boussole change de mains\n\nMONTRÉAL, 9 mars 2026 " + _QUEBEC_BODY)
    for bare in ("entre 25 et 28 millions de dollars", "14,5 M$", "6 M$", "10,5 millions", "12,95 $"):
        assert money[bare] == "CAD", bare
    assert money["20 millions d'euros"] == "EUR"


def test_a_paris_dateline_keeps_bare_dollars_american() -> None:
    text = (
        "Lanaudière rachète Boussole\n\n"
        "PARIS, 9 mars 2026 (AFP) - Le groupe français Clairefond a annoncé lundi le rachat du québécois Boussole, basé "
        "à Montréal, pour 31 millions de dollars canadiens (environ 20 millions d'euros). Il avait acquis en 2024 "
        "l'américain Penworth pour environ 85 millions de dollars.\n"
    )
    money = _currencies(text)
    assert money["31 millions de dollars canadiens"] == "CAD"
    assert money["85 millions de dollars"] == "USD"


def test_books_sold_are_not_pounds() -> None:
    text = (
        "La librairie Grand Largue passe en Scop\n\n"
        "Nantes, le 3 mars 2026. La librairie, qui a vendu 120 000 livres l'an dernier et réalisé 2,4 millions d'euros "
        "de chiffre d'affaires, sera reprise par ses salariés. Le groupe Boréales a écoulé 1,8 million de livres en 2025. "
        "À Londres, sa filiale a été vendue pour 3 millions de livres.\n"
    )
    money = _currencies(text)
    assert "120 000 livres" not in money
    assert "1,8 million de livres" not in money
    assert money["2,4 millions d'euros"] == "EUR"
    assert money["3 millions de livres"] == "GBP"


def test_a_passive_sale_in_livres_is_a_price() -> None:
    text = (
        "Cession\n\nLondres, le 3 mars 2026. La filiale britannique a été vendue 3 millions de livres, et l'éditeur "
        "Larchant s'est vendu 2 millions de livres.\n"
    )
    money = _currencies(text)
    assert money["3 millions de livres"] == "GBP"
    assert money["2 millions de livres"] == "GBP"


def test_a_french_newsletter_naming_quebec_twice_writes_us_dollars() -> None:
    text = (
        "La lettre du stationnement\n\n"
        "Paris, le 12 mai 2026. Flowbird met la main sur Parcomètres Laurentides, basé près de Montréal, pour 38 "
        "millions de dollars canadiens (environ 27,7 M$). Le groupe vise le Québec. Aux États-Unis, Metropolis a levé "
        "150 millions $US. Le marché mondial pesait 11,6 Mds$ en 2025. En France, Indigo a investi 45 millions "
        "d'euros.\n"
    )
    money = _currencies(text)
    assert money["38 millions de dollars canadiens"] == "CAD"
    assert money["27,7 M$"] == "USD"
    assert money["11,6 Mds$"] == "USD"


def test_amounts_of_a_year_are_money() -> None:
    text = (
        "Résultats\n\nLyon, le 3 mars 2026. Le chiffre d'affaires atteint 41,2 millions d'euros, contre 37,1 millions "
        "de 2024.\n"
    )
    money = _currencies(text)
    assert money["37,1 millions"] == "EUR"


def test_a_us_listed_company_s_dollars_in_a_montreal_dispatch() -> None:
    text = (
        "Iron Mountain rachète le québécois Archivex\n\n"
        "MONTRÉAL, 11 mars 2026 (AFP) - Iron Mountain a annoncé mercredi le rachat d'Archivex Québec pour 420 millions "
        "de dollars canadiens. Archivex a réalisé un chiffre d'affaires de 97,5 millions de dollars canadiens.\n\n"
        "Iron Mountain, coté à la Bourse de New York, a réalisé un chiffre d'affaires de 6,4 milliards de dollars. "
        "Le titre cédait 0,8 % à 101,37 dollars à l'ouverture de Wall Street. Archivex facture 1 500 dollars par an.\n"
    )
    money = _currencies(text)
    assert money["6,4 milliards de dollars"] == "USD"
    assert money["101,37 dollars"] == "USD"
    assert money["1 500 dollars"] == "CAD"
