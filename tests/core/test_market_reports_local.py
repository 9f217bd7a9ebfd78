"""Market reports and daily wraps: share-price moves name companies (not
indexes, places or commodities), results verbs, bare market listings, agenda
lines; cents in words, "cents US", a target "porté de 61 à 74 euros",
counts continued in brackets, and a Canadian wire's bare dollars."""

from __future__ import annotations

from tests.core.company_helpers import names_in
from tests.core.figure_helpers import money_implied as money
from tui.core.clean import clean

names = names_in("fr")
en = names_in("en")


def test_share_price_moves_name_companies() -> None:
    text = (
        "Intro.\n\nLa vedette du jour est Brenval Ingénierie, qui a bondi de 32,5 % à 27,10 euros. Côté baisses, le "
        "spécialiste des réseaux de chaleur Calorix a abandonné 9,6 %. Le Dow Jones a gagné 0,3 % et le Nasdaq "
        "Composite a cédé 0,4 %. Francfort a gagné 0,4 %."
    )
    assert names(text) == ["Brenval Ingénierie", "Calorix"]
    text = "Intro.\n\nRevenue rose 8.2% to R24.6bn. Gold rose 1.2% while the S&P SL20 rose 0.9% and Korvane Mining jumped 18%."
    assert en(text) == ["Korvane Mining"]
    assert en("Intro.\n\nThe stock, listed under the ticker KRVN3, fell 4.7% to R$17.52.") == []
    assert names("Intro.\n\nHier, Opsila 3D a réalisé un chiffre d'affaires de 61,7 M€.") == ["Opsila 3D"]  # (results, not a move)


def test_results_need_their_name_right_before() -> None:
    text = "Intro.\n\nSur le SBF 120, Néolys Services a publié un chiffre d'affaires de 412,5 M€. L'Insee a publié un taux de 2 %."
    assert names(text) == ["Néolys Services"]
    text = "Intro.\n\nL'entreprise, qui emploie 118 salariés à Saint-Pierre et à Mamoudzou, a réalisé un chiffre d'affaires de 31,6 M€."
    assert names(text) == []


def test_listings_agendas_and_takeover_cues() -> None:
    text = (
        "Intro.\n\n• Ondrive (Euronext Growth) : l'éditeur a reçu une offre de Marlowe Capital à 8,90 euros par action.\n\n"
        "08h00 : chiffre d'affaires trimestriel de Maisons Duverle\n\nHydrelis décroche un contrat géant. Selon le "
        "quotidien Nikkei, Hoshiro Trading préparerait une offre. Le groupe a racheté le français Enduits du Vercors."
    )
    assert names(text) == ["Ondrive", "Marlowe Capital", "Maisons Duverle", "Hydrelis", "Hoshiro Trading", "Enduits du Vercors"]
    assert names("Intro.\n\nLe groupe a racheté la coopérative Terres d'Arvor pour 12 millions d'euros.") == ["Terres d'Arvor"]
    text = "Intro.\n\nIt received an offer of R44.50 a share from Veldgrond Aggregates, in a Sens announcement."
    assert en(text) == ["Veldgrond Aggregates"]
    assert en("The Week in Deals & Earnings: a carve-out, a bid and a warning\n\nIntro.") == []


def test_share_on_bars_are_leftovers() -> None:
    body = "Le groupe a racheté la société pour 12 millions d'euros, a indiqué son dirigeant lundi soir à Lyon."
    assert clean("Titre\n\n" + body + "\n\nShare on: Facebook | X | WhatsApp | LinkedIn").removed == (
        "Share on: Facebook | X | WhatsApp | LinkedIn",
    )


def test_cents_in_words_and_cents_us() -> None:
    text = "The loonie traded for 73.42 cents US. Oil was down four cents and copper up twenty-five cents."
    assert money(text) == [
        ("73.42 cents US", 0.7342, "USD", False), ("four cents", 0.04, "USD", False), ("twenty-five cents", 0.25, "USD", False)
    ]
    assert money("Le groupe a vendu six cents voitures.", "fr") == []


def test_a_target_raised_and_counts_in_brackets() -> None:
    assert money("avec un objectif de cours porté de 61 à 74 euros.", "fr") == [("61", 61.0, "EUR", True), ("74 euros", 74.0, "EUR", False)]
    text = "Le volume a atteint 2 milliards de francs. Nestlé (2,1 millions de titres), UBS (1,8 million) et Novartis (1,2 million)."
    assert money(text, "fr") == [("2 milliards de francs", 2e9, "CHF", False)]
    text = "Les plus gros volumes : Nestlé (2 millions de francs), UBS (1,8 million) et Novartis (1,2 million)."
    assert [t for t, *_ in money(text, "fr")] == ["2 millions de francs", "1,8 million", "1,2 million"]


def test_a_canadian_wire_marks_its_us_dollars() -> None:
    text = (
        "TORONTO — Toronto's main index rose after a C$4.6-billion offer for Tamarin Copper. Tamarin shares soared to $18.95, "
        "valuing it at about US$3.4 billion; Kestra expects US$120 million of synergies, gold was up US$12.30 at "
        "US$3,291.50 and crude down 41 cents at US$67.43. RBC rose after raising its dividend by six cents to $1.54. "
        "The Toronto exchange and the TSX closed higher in Canada."
    )
    found = {t: c for t, _, c, _ in money(text)}
    assert found["$18.95"] == found["$1.54"] == found["six cents"] == "CAD"
    assert found["41 cents"] == found["US$67.43"] == "USD"
