"""Private-equity tombstones, US filings and utilities copy: an ambiguous firm
after a tombstone's label ("Conseils acquéreur : Goodwin"), numbered funds in a
bulleted list, places joined by "&", a registrant's name in capitals, a
defined term ("Parent"), water companies ("South West Water", "Eaux de
Loire-Vallon"), "le canal de Suez", "PPP" and first names of people listed
among advisers."""

from __future__ import annotations

from tests.core.company_helpers import names_in

en, fr = names_in("en"), names_in("fr")


def test_an_ambiguous_firm_after_a_tombstone_label() -> None:
    found = fr("LBO\n\nConseils acquéreur : Goodwin, Maxence Bloch (corporate), Karine Vasseur (financement) ; Advention (DD)\n")
    assert "Goodwin Procter" in found and "Maxence Bloch" not in found and "Karine Vasseur" not in found


def test_numbered_funds_in_a_bulleted_list_and_places_joined() -> None:
    found = en(
        "Review\n\nUK & Ireland: 151 / £6.2bn\n\nNotable final closes:\n\n- Verano Capital Partners III (Spain): €780m, at its hard cap\n\n"
        "- Fjellvik Equity Fund 3 (Norway): NOK 6.5bn\n"
    )
    assert {"Verano Capital Partners III", "Fjellvik Equity Fund 3"} <= set(found) and "UK & Ireland" not in found


def test_a_registrant_in_capitals_and_a_defined_term() -> None:
    found = en(
        "8-K\n\nCORVANTA SOFTWARE, INC.\n(Exact name of registrant)\n\nOn February 9, Corvanta Software, Inc. entered into a merger agreement "
        'with Autodesk, Inc. ("Parent"). Parent will pay a termination fee of $136,500,000.'
    )
    assert [n for n in found if n.lower().startswith("corvanta")] == ["Corvanta Software"] and "Parent" not in found


def test_water_companies_and_the_suez_canal() -> None:
    assert {"South West Water", "Shannon Midlands Water"} <= set(
        en("Water\n\nPennon sold South West Water's stake. The consortium, Shannon Midlands Water, won the PPP.")
    )
    assert "PPP" not in en("Water\n\nThe consortium, Shannon Midlands Water, won the €520m wastewater PPP.")
    assert "Eaux de Loire-Vallon" in fr("Eau\n\nLa nouvelle société, Eaux de Loire-Vallon, reprend le contrat de Veolia.")
    assert "Suez" in fr("Eau\n\nSuez avait renoncé à déposer une offre face à Veolia.")
    assert "Suez" not in fr("Fret\n\nLes porte-conteneurs évitent le canal de Suez depuis deux ans, selon Maersk.")


def test_public_works_awards_name_the_builders_and_their_units() -> None:
    found = fr(
        "Marchés\n\n• Doubs : le groupement Eiffage Génie Civil décroche le viaduc pour 48,6 M€ HT.\n\n"
        "• Dijon : la réparation de trois ponts est confiée à Terrassements Morvandiaux, pour 2 340 000 € HT.\n\n"
        "• Lyon : NGE remporte les terrassements d'une ZAC de 42 hectares pour 12,4 millions d'euros HT.\n\n"
        "• SNCF Réseau : le renouvellement de 38 km de voie est attribué à Colas Rail, pour 8 M€.\n\n"
        "• Montpellier : la station revient à un groupement associé à l'ensemblier Hydrolys, pour 21,7 millions d'euros HT.\n"
    )
    assert {"Eiffage Génie Civil", "Terrassements Morvandiaux", "NGE", "Colas Rail", "Hydrolys"} <= set(found)
    assert "Eiffage" not in found


def test_a_deal_trackers_items_and_angel_networks() -> None:
    found = fr("Levées\n\n▸ Lyon — Pilotrail, 2,3 M€\nLe tour est mené par Ouest Angels.\n\n▸ Lille — Brasseo, 850 K€\nUne levée modeste.\n")
    assert {"Pilotrail", "Brasseo", "Ouest Angels"} <= set(found) and "Lyon" not in found
    assert "Medivale" in en("Tracker\n\nLEEDS — Medivale, £4m Series A\nThe platform raised £4m.\n")


def test_a_french_town_and_its_department_is_a_place() -> None:
    found = fr("Entrepôts\n\nLes sites cédés :\n\nSaint-Quentin-Fallavier (38) – 41 200 m² – loyer annuel : 2,31 M€\n\nDouai (59) – 21 400 m²\n")
    assert "Saint-Quentin-Fallavier" not in found and "Douai" not in found


def test_buyout_acronyms_and_public_loan_schemes_are_no_companies() -> None:
    found = en("Bakery\n\nThe loan from AIB is part of the State-backed Growth and Sustainability Loan Scheme. Rhône Logistique completed an OBO with Capza.")
    assert "OBO" not in found and not any(n.endswith("Scheme") for n in found)


def test_irish_and_british_towns_in_a_headline_are_places() -> None:
    found = en("Donegal bakery buys Derry rival as Fife distillery grows\n\nGallagher Bakes of Letterkenny has agreed to buy Walled City Bakery for £340,000.")
    assert not {"Derry", "Fife", "Letterkenny", "Donegal"} & set(found)


def test_an_acronym_noun_with_its_article_opens_no_name() -> None:
    found = fr("Rennes. L'ESN Armor Data Services passe sous pavillon Sopra Steria\n\nSopra Steria rachète Armor Data Services (ADS).")
    assert "Armor Data Services" in found and not any(n.startswith("L'ESN") for n in found)
    assert "William Fry" in en("Deal\n\nCorrib was advised by William Fry on the sale.")


def test_a_fiscal_year_is_no_company() -> None:
    assert "FY25" not in en("Results\n\nKarnaphuli Footwear said FY25 revenue rose to Tk 8.2bn, and FY25 margins widened.")
