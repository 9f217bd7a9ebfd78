"""Rules learnt from the twenty-first session's held-out sets, each with an
article of our own: an earn-out whose sentence states its threshold in the
deal's currency is in that currency, not in the share price's before it; a
currency of several words hyphened into an adjective ("a 3-billion-Australian-
dollar deal"); a second pair of levels after "et de" changes as the first
does; a name cited "[via X]" mid-sentence keeps no bracket."""

from __future__ import annotations

from tests.core.article_helpers import article_currencies, article_money, extracted


def test_an_earn_out_takes_the_currency_of_its_threshold() -> None:
    text = (
        "Vaudair rachète Ferblan\n\n"
        "Le prix s'élève à CHF 9,5 millions, payés en numéraire et en 120 000 actions Vaudair émises au prix de 11,40 €, "
        "soit 1,4 M€. Un complément de prix d'au plus 0,8 million sera dû si l'EBITDA 2027 de Ferblan dépasse CHF 1,7 million.\n\n"
        "Peletpol is sold for PLN 80 million, partly in shares worth €2 million. An earn-out of up to 15 million is payable "
        "if its EBITDA exceeds PLN 30 million.\n\n"
        "Frostline, its Indian arm, raised ₹120 crore. Its figures, for the year to March:\n\n"
        "Revenue: 95 crores (10 M€)\n"
    )
    money = article_currencies(text)
    assert money["0,8 million"] == "CHF" and money["15 million"] == "PLN"
    assert money["1,4 M€"] == "EUR" and money["€2 million"] == "EUR"
    assert money["95 crores"] == "INR"  # (a conversion in brackets gives no currency back)


def test_a_currency_of_several_words_hyphened_into_an_adjective() -> None:
    money = article_money(
        "Grid sale\n\nA 3-billion-Australian-dollar deal would be the largest this year, above a 2-billion-Swiss-franc bid "
        "and a 500-million-US-dollar bond.\n"
    )
    assert money == [
        ("3-billion-Australian-dollar", 3e9, "AUD"),
        ("2-billion-Swiss-franc", 2e9, "CHF"),
        ("500-million-US-dollar", 5e8, "USD"),
    ]


def test_the_pair_after_et_de_changes_as_the_first_one() -> None:
    text = (
        "Entomia lève des fonds\n\n"
        "Leur participation respective passe de 21,4 % à 22,0 % et de 11,8 % à 12,1 % du capital. "
        "Le fonds accorde une décote de 12 % à 18 % et de 5 % à 8 % sur les autres lots.\n"
    )
    percents = [f.text for f in extracted(text).figures if f.kind == "percent"]
    assert percents == ["21,4 %", "22,0 %", "11,8 %", "12,1 %", "de 12 % à 18 %", "de 5 % à 8 %"]


def test_a_name_cited_via_in_brackets_mid_sentence_keeps_no_bracket() -> None:
    text = "Fermented fats\n\nThe start-up, which [via FoodTechNews] is now working with a dairy, raised $12 million.\n"
    assert [s.name for s in extracted(text).sources] == ["FoodTechNews"]


def test_a_name_and_its_domain_cited_via_in_brackets() -> None:
    text = (
        "La lettre du sanitaire\n\n"
        "L'espagnol Baldosa rachète 74 % de Kerala Ceramics pour 8,4 milliards de roupies. [via La Revue du Bâtiment – revuedubatiment.fr]\n"
    )
    sources = extracted(text).sources
    assert [(s.name, s.url) for s in sources] == [("La Revue du Bâtiment", "https://revuedubatiment.fr")]


def test_a_share_growing_by_a_yearly_rate_is_a_range() -> None:
    text = (
        "La lettre du bouchon\n\n"
        "La part de la capsule à vis progresse de 2 % à 3 % par an dans les vins rosés. "
        "La part du liège est passée de 61 % à 54 % en quatre ans.\n"
    )
    percents = [f.text for f in extracted(text).figures if f.kind == "percent"]
    assert percents == ["de 2 % à 3 %", "61 %", "54 %"]
