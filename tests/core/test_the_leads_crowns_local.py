"""A rule learnt from the twenty-third session's held-out sets, with articles of
our own: bare crowns (or pesos, pounds…) in a paragraph that names no country
are in the currency the title or the lead wrote out with its country ("pour 6,8
milliards de couronnes norvégiennes", then "entre 6 et 6,5 milliards de
couronnes" after "Selon Svenska Dagbladet"), not in the one the article names
most; a country named in the amount's own sentence still decides, and a
currency named only far below the lead does not count."""

from __future__ import annotations

from tests.core.article_helpers import article_money


def test_bare_crowns_follow_the_leads_currency() -> None:
    text = (
        "Zinc : le suédois Boliden rachète un fondeur norvégien\n\n"
        "STOCKHOLM (Suède), 10 mai 2034 (AFP) - Le groupe suédois Boliden rachète 60 % de Nordfjord Sinkverk pour "
        "6,8 milliards de couronnes norvégiennes. Converti en monnaie suédoise, le chèque atteint 6,7 milliards de "
        "couronnes suédoises, a indiqué le groupe de Stockholm.\n\n"
        "Le groupe suédois, coté à Stockholm, emploie 6 000 personnes.\n\n"
        "Selon Svenska Dagbladet, Nyrstar avait proposé entre 6 et 6,5 milliards de couronnes pour la même participation.\n\n"
        "À la Bourse de Stockholm, l'action Boliden gagnait 2 % à 412 couronnes suédoises, et 3 % à 96 couronnes à Stockholm.\n"
    )
    money = article_money(text)
    assert ("entre 6 et 6,5 milliards de couronnes", 6e9, "NOK") in money
    assert ("96 couronnes", 96.0, "SEK") in money


def test_a_newsletters_heading_names_its_items_country() -> None:
    text = (
        "La Lettre du nautisme\n\n"
        "Édition du 3 mars 2026\n\n"
        "3. En Turquie, Setur Marinas investit\n\n"
        "Setur Marinas emprunte 850 millions de livres turques à Garanti BBVA pour moderniser ses ports, selon Hürriyet.\n\n"
        "4. Au Royaume-Uni, la multipropriété se consolide\n\n"
        "Hamble Boatshare, qui vend des parts de bateaux sur le Solent, cherche un acquéreur : le vendeur espère "
        "6,5 millions de livres.\n"
    )
    assert ("6,5 millions de livres", 6.5e6, "GBP") in article_money(text)


def test_bare_crowns_follow_the_leads_crowns_written_with_an_english_adjective() -> None:
    text = (
        "Orsted to buy Swedish e-methanol maker Liquid Wind\n\n"
        "COPENHAGEN, March 7 (Reuters) - Danish energy group Orsted agreed on Monday to buy Swedish e-methanol "
        "developer Liquid Wind for 12.6 billion Swedish crowns ($1.2 billion).\n\n"
        "Orsted will pay 9.8 billion crowns in cash and up to 2.8 billion in milestone payments.\n\n"
        "Orsted shares fell 2.3% to 412.60 Danish crowns, and analysts at a Danish broker see a 45 billion Danish crown "
        "budget. A Danish pension fund from Copenhagen paid 31 million Swedish crowns for a stake, and the Copenhagen "
        "bourse's Danish index fell 0.4%, Danish traders in Copenhagen said.\n"
    )
    money = article_money(text)
    assert ("9.8 billion crowns", 9.8e9, "SEK") in money
    assert ("31 million Swedish crowns", 31e6, "SEK") in money
