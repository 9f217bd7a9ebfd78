"""A rule learnt from the twenty-fourth session's held-out sets, with articles of
our own: a newsletter item that opens with its country ("1. Royaume-Uni – …")
reads its bare pounds (or crowns, pesos…) in that country's currency, even
where the article names another country more often in its other items."""

from __future__ import annotations

from tests.core.article_helpers import article_money

_LETTER = (
    "La Lettre du Rayon Frais – N° 12\n\n"
    "Bonjour à toutes et à tous, voici les rachats de la semaine.\n\n"
    "1. Royaume-Uni – Müller rachète Cotswold Desserts, spécialiste des puddings et des crèmes en pot vendus sous "
    "marque de distributeur dans les grandes enseignes, pour 42 millions de livres (environ 49 M€), selon la presse "
    "spécialisée. La cible, qui emploie 300 personnes dans deux usines et livre chaque semaine huit cents magasins, "
    "réalise 31 millions de livres de ventes.\n\n"
    "2. Turquie – Le fabricant de riz au lait Ege Tatlı obtient un prêt de 1,5 milliard de livres turques pour une "
    "usine à Izmir. Le marché turc des desserts frais croît de 9 % par an, selon l'association turque du secteur.\n"
)


def test_a_newsletter_items_country_names_its_pounds() -> None:
    money = article_money(_LETTER)
    assert ("31 millions de livres", 31e6, "GBP") in money
    assert ("1,5 milliard de livres turques", 1.5e9, "TRY") in money


def test_a_french_letters_numbered_items_keep_their_own_dollars() -> None:
    text = (
        "La Lettre du Pressing – N° 12\n"
        "Vendredi 9 mars 2040\n\n"
        "Semaine chargée hors de nos frontières : le pressing lève des fonds dans le Golfe et s'industrialise au Québec.\n\n"
        "1. DUBAÏ – Washmen boucle sa série C\n"
        "L'application Washmen lève 150 millions de dirhams (soit 41 M$) auprès de BECO Capital.\n\n"
        "2. QUÉBEC – Laurentide industrialise\n"
        "Les Nettoyeurs Laurentide, 46 comptoirs à Montréal, reçoivent 12 M$ du Fonds de solidarité FTQ, au Québec.\n\n"
        "3. ÉTATS-UNIS – P&G accélère\n"
        "Le droit d'entrée des franchises Tide est fixé à 45 000 $ et la chemise y est vendue 2,99 $US.\n\n"
        "NOS PRIX (moyenne France) : chemise 3,70 €, costume 16 €.\n"
    )
    money = article_money(text)
    assert ("41 M$", 41e6, "USD") in money
    assert ("45 000 $", 45000.0, "USD") in money
    assert ("12 M$", 12e6, "CAD") in money


def test_a_letters_figure_of_the_week_and_items_below_their_headings_keep_us_dollars() -> None:
    text = (
        "La Lettre de la Longévité – N° 27\n\n"
        "Vendredi 14 octobre 2044\n\n"
        "Semaine chargée : un rachat au Québec et une obligation à Zurich.\n\n"
        "LE CHIFFRE DE LA SEMAINE : 4,8 Mds$\n\n"
        "C'est le montant des polices rachetées aux États-Unis en 2043.\n\n"
        "1. Abacus traverse la frontière\n\n"
        "L'américain rachète Rachat-Vie Laurentides pour 95 millions de dollars canadiens, soit 64 M€. Selon La Presse, "
        "Desjardins, qui détenait 30 % du québécois, touchera 28 M$.\n\n"
        "2. Zurich : Vitalis sursouscrite\n\n"
        "Swiss Re a placé une obligation de 250 millions $US ; le marché mondial pèse 112 Md$.\n"
    )
    money = article_money(text)
    assert ("4,8 Mds$", 4.8e9, "USD") in money
    assert ("112 Md$", 112e9, "USD") in money
    assert ("28 M$", 28e6, "CAD") in money


def test_items_numbered_with_a_dash_keep_their_own_dollars() -> None:
    # "4 – ÉTATS-UNIS : …": a number, a dash, then the item's country
    text = (
        "La Lettre du Bardage – N° 9 – Vendredi 3 mars 2045\n\n"
        "Bonjour à tous : un rachat au Québec et un refinancement américain.\n\n"
        "1 – CANADA : BOISCO S'OFFRE UN SCIEUR QUÉBÉCOIS\n\n"
        "Boisco rachète Sciage Mistassini pour 120 millions de dollars canadiens (82 M€). Selon La Presse, "
        "Desjardins finance le reste, et le Fonds de solidarité FTQ reçoit 30 M$.\n\n"
        "2 – ÉTATS-UNIS : PINEWOOD SE REFINANCE\n\n"
        "Pinewood place 200 millions $US d'obligations pour rembourser une ligne de crédit de 150 M$.\n\n"
        "LE CHIFFRE DE LA SEMAINE : 1,1 Md€ de rachats en Europe.\n"
    )
    money = article_money(text)
    assert ("150 M$", 150e6, "USD") in money, money
    assert ("30 M$", 30e6, "CAD") in money


_HEADED_LETTER = (
    "La Lettre du Podium – N° 18\n"
    "Vendredi 16 septembre 2072\n\n"
    "Semaine chargée : un japonais, un québécois et un brésilien changent de mains.\n\n"
    "JAPON — MITSUBISHI MATERIALS S'OFFRE 60 % D'OSAKA KINSHO\n\n"
    "Le groupe prend 60 % du frappeur de médailles pour 8,4 milliards de yens, soit environ 52 M€.\n\n"
    "QUÉBEC — BIRKS REPREND TROPHÉES LAURENTIDES\n\n"
    "Maison Birks rachète Trophées Laurentides inc., de Sherbrooke, pour 23,5 millions de dollars canadiens. "
    "Le fabricant québécois, installé à Montréal, réalise 17,2 M$ CA de ventes.\n\n"
    "LE CHIFFRE DE LA SEMAINE\n\n"
    "4,3 Mds$ : c'est la taille du marché mondial des médailles, contre 3,9 milliards il y a deux ans.\n\n"
    "EN BREF\n\n"
    "L'argent a terminé la semaine à 31,80 dollars l'once, contre 1,90 $US le gramme de bronze.\n"
)


def test_a_letters_headings_in_capitals_are_its_items_not_datelines() -> None:
    # "QUÉBEC — BIRKS REPREND …" heads an item: it is no Quebec dateline, and the items that name no Quebec cue keep US dollars
    money = article_money(_HEADED_LETTER)
    assert ("4,3 Mds$", 4.3e9, "USD") in money
    assert ("31,80 dollars", 31.8, "USD") in money
    assert ("17,2 M$ CA", 17.2e6, "CAD") in money


def test_a_letters_headings_after_a_country_in_capitals() -> None:
    text = (
        "La Lettre des Cruciverbistes – N° 57\n\n"
        "Vendredi 6 avril 2063\n\n"
        "Semaine chargée : quatre rachats, de Londres à Brooklyn.\n\n"
        "ROYAUME-UNI — Puzzler Media passe chez Future pour 72 millions de livres\n\n"
        "Future met la main sur Puzzler Media pour 72 millions de livres, soit environ 84 M€.\n\n"
        "QUÉBEC — Mot Caché rejoint Québecor\n\n"
        "Les Éditions Mot Caché, de Sherbrooke, sont reprises par Québecor pour 18 M$ CA, à Montréal.\n\n"
        "ÉTATS-UNIS — Le New York Times rachète une appli\n\n"
        "Le groupe acquiert Lettrix Labs, de Brooklyn, pour 500 M$, contre 4 millions de dollars levés en 2061.\n"
    )
    money = article_money(text)
    assert ("500 M$", 5e8, "USD") in money
    assert ("4 millions de dollars", 4e6, "USD") in money
    assert ("18 M$ CA", 18e6, "CAD") in money


def test_a_letters_item_about_quebec_writes_its_own_dollar() -> None:
    # the letter counts in euros and names Quebec twice: no regional declaration; its item about Montréal writes "$" for
    # the Canadian dollar, its US item and a conversion ("(environ 47 M$)") keep the US one
    text = (
        "La Lettre du Fournil – N° 112\n\n"
        "Vendredi 12 mars 2088\n\n"
        "Semaine chargée des deux côtés de l'Atlantique.\n\n"
        "1. ÉTATS-UNIS — J&J Snack Foods rachète Philly Twist Co. pour 240 M$.\n\n"
        "2. CANADA — À Montréal, Bagels Saint-Urbain lève 18 millions de dollars canadiens (environ 13 M$) pour ouvrir "
        "27 magasins. Une douzaine de bagels y coûte 16,80 $, contre 9 $ il y a dix ans.\n\n"
        "3. ALLEMAGNE — Kamps met la main sur la Brezelbäckerei Huber pour 14 M€.\n"
    )
    money = article_money(text)
    assert ("16,80 $", 16.8, "CAD") in money and ("9 $", 9.0, "CAD") in money
    assert ("240 M$", 240e6, "USD") in money
    assert ("13 M$", 13e6, "USD") in money
