"""A mix of local press: an abbreviation's period that ends the sentence ("CHF 5
mio. L'effectif"), a loan "de Bpifrance", cents next to an Australian dollar;
schools and regulators, "le fonds de Chicago X", African demonyms, compass
words, a PR agency in a contacts line, "corporate finance house", a unit named
between commas after its owner; a report cited by its title, two agencies in
one credit line, and a share bar with pipes."""

from __future__ import annotations

from tests.core.company_helpers import names_in
from tests.core.figure_helpers import money, money_implied
from tui.core.clean import clean
from tui.core.sources import find_sources

names = names_in("fr")
en = names_in("en")


def test_a_period_that_ends_the_sentence_is_not_the_amounts() -> None:
    assert money("La BCV complète le montage avec une ligne de crédit de CHF 5 mio. L'effectif doublera.", "fr") == [
        ("CHF 5 mio", 5e6, "CHF")
    ]
    assert money("Le prix est de CHF 5 mio. de plus qu'en 2024.", "fr") == [("CHF 5 mio.", 5e6, "CHF")]
    assert money("La banque ajoute 5 Mio. CHF de dette.", "fr") == [("5 Mio. CHF", 5e6, "CHF")]


def test_a_loan_from_a_named_lender_is_money_but_people_and_products_are_counted() -> None:
    text = "Le site est financé par une dette de 160 millions d'euros et un prêt de 50 millions de Bpifrance."
    assert money_implied(text, "fr")[1] == ("50 millions", 5e7, "EUR", True)
    assert money("Une dette de 160 millions d'euros. Il a vendu 2 millions de Mégane à 3 millions de Français.", "fr") == [
        ("160 millions d'euros", 1.6e8, "EUR")
    ]


def test_cents_take_the_marked_dollar_of_their_sentence() -> None:
    text = (
        "In Sydney, Koorda Minerals surged 41% after a proposal at 85 cents a share, valuing it at A$2.1 billion. "
        "Oil fell 41 cents at US$67.43 a barrel."
    )
    assert money(text) == [("85 cents", 0.85, "AUD"), ("A$2.1 billion", 2.1e9, "AUD"), ("41 cents", 0.41, "USD"), ("US$67.43", 67.43, "USD")]


def test_schools_regulators_and_provinces_are_not_companies() -> None:
    text = (
        "La jeune pousse Cardiaxis, issue de l'EPFL, a levé 38 millions de francs. "
        "Elle dépose son dossier auprès de Swissmedic et de la FDA."
    )
    assert names(text) == ["Cardiaxis"]
    assert en("JSE-listed Umhlanga Freight agreed to buy Gauteng cross-border trucker Rondavel Logistics for R1.4bn.") == [
        "Umhlanga Freight", "Rondavel Logistics"
    ]


def test_the_city_a_firm_is_from_and_demonyms_before_it() -> None:
    assert names("Pinecrest était détenue par le fonds de Chicago Lakeshore Equity Partners, conseillé par Baird.")[:2] == [
        "Pinecrest", "Lakeshore Equity Partners"
    ]
    assert names("Le groupe casablancais Maghrib Pay acquiert 65 % de l’ivoirien Kalao Money, spécialiste du paiement.") == [
        "Maghrib Pay", "Kalao Money"
    ]
    assert names("Selon la presse, le sud-africain Paystream avait également fait une offre.") == ["Paystream"]


def test_compass_words_agencies_houses_and_owned_units() -> None:
    assert names("Kaelum investit, aux côtés d'Eurazeo et du fonds régional Nord Capital Partenaires.") == [
        "Kaelum", "Eurazeo", "Nord Capital Partenaires"
    ]
    assert names("Intro.\n\nContacts presse : Agence Bleu Rivage – Inès Marchal – presse@bleurivage.fr") == ["Agence Bleu Rivage"]
    assert en("Paydeck was advised by Leeds corporate finance house Clarke Haworth.") == ["Clarke Haworth"]
    text = "Notion Capital led, with the state bank's growth arm, British Growth Partnership, also taking part."
    assert en(text) == ["Notion Capital", "British Growth Partnership"]
    assert en("It was sold to the startup, Google said on Monday.") == ["Google"]


def test_reports_cited_by_title_and_two_agencies_in_a_credit_line() -> None:
    text = "Les montants ont reculé de 17 %, d'après le Swiss Venture Capital Report. Fin."
    assert [s.name for s in find_sources(text, "fr")] == ["Swiss Venture Capital Report"]
    assert [s.name for s in find_sources("according to the Global Fintech Survey by a consultancy.", "en")] == ["Global Fintech Survey"]
    assert [s.name for s in find_sources("La Bourse a fini en hausse.\n\n(Avec AOF et AFP)", "fr")] == ["AOF", "AFP"]
    assert [s.name for s in find_sources("The tranche priced at 24.25%, according to Enterprise.", "en")] == ["Enterprise"]
    assert find_sources("Enterprise Products Partners rose 3%.", "en") == []


def test_a_share_bar_with_pipes_is_a_page_leftover() -> None:
    assert clean("Titre\n\nLe groupe a vendu.\n\nPartager | Facebook | X | Courriel\n", "Titre").text == "Titre\n\nLe groupe a vendu."
