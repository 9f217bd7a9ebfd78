"""Metals trade press and trade bodies: "a appris l'Agefi" cites the paper,
"rappelle Kallanish" a metals news service; a body described as an
"industry group" or an "organisation professionnelle" and cited for a figure
is a source even without an association's word in its name. Also: a range
that ends in number words ("entre 845 millions et un milliard d'euros"), and
firms named after "policy from" or "and the vendors by", or after a metal
trade's noun ("le découpeur lyonnais X", "the smelter X"); a regional edition
of a network keeps its region ("France Bleu Champagne")."""

from __future__ import annotations

from tests.core.source_helpers import cited_in

cited_en, cited_fr = cited_in("en"), cited_in("fr")


def test_a_appris_cites_the_paper() -> None:
    assert cited_fr("La société congolaise livrera 40 000 tonnes de cuivre, a appris l'Agefi.") == ["L'Agefi"]


def test_metals_news_services_are_publications() -> None:
    assert cited_fr("L'usine produit une tonne pour moins de 11 500 dollars, rappelle Kallanish.") == ["Kallanish"]
    assert cited_en("Hot-rolled coil fell 4% in May, according to Mysteel.") == ["Mysteel"]


def test_an_industry_group_cited_for_a_figure_is_a_source() -> None:
    text = "The smelters employ 4,600 people, according to industry group Norsk Industri. Output fell 3%, according to trade body UK Steel."
    assert cited_en(text) == ["Norsk Industri", "UK Steel"]
    from tui.core.extract import extract
    from tui.core.load import article_from_text

    assert not extract(article_from_text("Smelters\n\n" + text + "\n", path="x.txt")).companies
    assert cited_fr("Les ventes ont reculé de 4 %, selon l'organisation professionnelle Fedrec.") == ["Fedrec"]


def test_a_range_may_end_in_spelled_out_words() -> None:
    from tests.core.figure_helpers import money

    assert money("La valorisation est attendue entre 845 millions et un milliard d'euros.", "fr") == [
        ("entre 845 millions et un milliard d'euros", 845e6, "EUR")
    ]
    assert money("Entre 2 et trois milliards de dollars.", "fr") == [("Entre 2 et trois milliards de dollars", 2e9, "USD")]


def test_credit_cover_and_elided_advisers_name_firms() -> None:
    from tests.core.company_helpers import names_in

    en = names_in("en")
    assert en("The prepayment is backed by an export credit insurance policy from Credendo covering 85% of it.") == ["Credendo"]
    names = en("Sims was advised by Macquarie Capital and Gilbert + Tobin, and the vendors by Highbury Partnership and Varrow Legal.")
    assert {"Highbury Partnership", "Varrow Legal"} <= set(names)


def test_metal_trade_nouns_name_firms() -> None:
    from tests.core.company_helpers import names_in

    en, fr = names_in("en"), names_in("fr")
    assert fr("La croissance vient de l'intégration du découpeur lyonnais Rhodacier et du tréfileur Vosgelis.") == ["Rhodacier", "Vosgelis"]
    assert en("Commodity trader Velmora agreed to buy the smelter Halvik Aluminium. The trader John Smith said no.") == ["Velmora", "Halvik Aluminium"]


def test_a_cement_works_or_a_wire_mill_names_its_firm() -> None:
    from tests.core.company_helpers import names_in

    fr = names_in("fr")
    assert fr("La SFI prête 12 millions d'euros à la cimenterie Sahel Ciments Ouaga, qui doit doubler sa capacité.") == ["Sahel Ciments Ouaga"]
    assert fr("Le groupe reprend la tréfilerie Vosgelis, à Épinal.") == ["Vosgelis"]


def test_a_regional_edition_keeps_its_region_in_the_name() -> None:
    text = "Selon France Bleu Champagne, le repreneur versera 1,5 M€. Comme l'avait révélé France 3 Hauts-de-France, le site ferme."
    assert cited_fr(text) == ["France Bleu Champagne", "France 3 Hauts-de-France"]
    assert cited_fr("Selon France Bleu, le repreneur versera 1,5 M€ lundi.") == ["France Bleu"]
