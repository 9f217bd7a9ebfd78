"""Company names given away by the role a text gives them: a buyer "repris
par", a court's "mandataire", a syndicate's "arrangé par", an adviser "is
debtor's counsel" or "the legal adviser", a firm named after its founder with
his initials; organisation words (REIT, Advisory, Brothers, Coentreprise);
words that are not names (a compass point, "Chapter 11", a demonym)."""

from __future__ import annotations

from tests.core.company_helpers import by_name, names_in

names = names_in("fr")
en = names_in("en")


def test_french_deal_roles() -> None:
    assert names("L'usine est reprise par Vernier Groupe, qui garde 80 salariés.") == ["Vernier Groupe"]
    assert names("Le fabricant passe sous le contrôle de Lormont Bois. Il investira.") == ["Lormont Bois"]
    assert names("Maître Roux a été désignée aux côtés du mandataire FHB.") == ["FHB"]
    assert names("Un prêt arrangé par Banque Atlantique Togo et Orabank Bénin finance le rachat.") == [
        "Banque Atlantique Togo", "Orabank Bénin"
    ]
    assert names("Le produit est vendu dans 40 magasins Naturalia de la région.") == ["Naturalia"]


def test_english_adviser_roles_and_founders_initials() -> None:
    assert en("Whitmore Pryce & Lowe is debtor's counsel and Kestrel Partners is financial adviser.") == [
        "Whitmore Pryce & Lowe", "Kestrel Partners"
    ]
    assert en("Anvil Securities is the financial adviser and Drayton & Vell the legal adviser.") == [
        "Anvil Securities", "Drayton & Vell"
    ]
    assert en("Analysts said Mary Jones is the legal counsel of the board.") == []
    assert "Robert K. Thane & Co" in by_name("The firm Robert K. Thane & Co advised the buyer.")["Robert K. Thane"]


def test_organisation_words() -> None:
    assert by_name("What's new. Tanjong Logistics REIT (TLREIT) bought a warehouse.") == {
        "Tanjong Logistics REIT": ("TLREIT",)
    }
    assert en("Staff were told by administrators from Quarry Advisory on Friday.") == ["Quarry Advisory"]
    assert en("It has chosen a Harlow Brothers-led group as bidder.") == ["Harlow Brothers"]
    assert by_name("Le réseau appartient à la Coentreprise de Stockage du Gaz (CSG), détenue par Engie.", "fr") == {
        "Coentreprise de Stockage du Gaz": ("CSG",), "Engie": ()
    }


def test_words_that_are_not_names() -> None:
    assert names("Le négociant Ravelo, présent sur la côte Ouest, a signé l'achat de Mitsio.") == ["Ravelo"]
    assert en("The chain filed for Chapter 11 in May; Marlow Foods will buy a Lao tea maker.") == ["Marlow Foods"]


def test_a_name_by_its_offering_or_its_lenders() -> None:
    assert en("The sale would be the largest since Tulparoil's offering in 2021.") == ["Tulparoil"]
    assert en("Ardenvale's lenders agreed to extend the loan.") == ["Ardenvale"]
    assert en("France's merger rules apply.") == []


def test_advisers_roles_owners_teams_and_a_house() -> None:
    assert names("Les mutuelles ont été conseillées par Prevalys (actuariat), Voltaire (droit) et Mazars (audit des comptes).") == [
        "Prevalys", "Voltaire", "Mazars"
    ]
    assert names("Les vendeurs étaient conseillés par l'étude lausannoise Rochat & Monod.") == ["Rochat & Monod"]
    assert names("La distillerie a été reprise par GBV, propriétaire des rhums Saint-Aubin.") == ["GBV"]
    assert names("Merci à l'équipe de Lignerolles et à nos avocats d'Aramis, qui nous ont suivis.") == ["Lignerolles", "Aramis"]
    assert by_name("Le bordelais Maison Castéran rachète le domaine. Castéran investira.", "fr") == {"Maison Castéran": ("Castéran",)}


def test_firms_named_with_ampersands_particles_and_vintages() -> None:
    assert en("The valuation was carried out by Halvard Moe & Trask.") == ["Halvard Moe & Trask"]
    assert en("Law firms Pérez & Ruiz de Alarcón and Bell Gully acted for the buyer.") == ["Pérez & Ruiz de Alarcón", "Bell Gully"]
    assert en("Research & Development costs rose, and Oil & Gas majors fell.") == []
    assert en("The seller is Tallis Growth Fund I, a Jersey fund; so I told Vantor Capital I would wait.") == [
        "Tallis Growth Fund I", "Vantor Capital"
    ]
    assert by_name("It bought blocks from Minera del Sur S.A. (MdS). MdS will cut debt.") == {
        "Minera del Sur": ("Minera del Sur S.A.", "MdS")
    }
    assert en("It borrowed from Kelani Bank of Ceylon and bought Island Bakeries.") == ["Kelani Bank of Ceylon", "Island Bakeries"]


def test_acronyms_of_a_fund_or_an_index_and_a_byline() -> None:
    assert by_name("The shares are sold by the Tajik Fund for Investment and Development (TFID). TFID said.") == {
        "Tajik Fund for Investment and Development": ("TFID",)
    }
    assert en("The benchmark All Share Price Index (ASPI) rose. The ASPI closed higher.") == []
    assert en("By Aoife Kearney | 3 March 2026\nOrla Leasing sold six jets.") == ["Orla Leasing"]
    assert en("Counsel were Blake, Cassels & Graydon and Rodrigo, Elías & Medrano.") == [
        "Blake, Cassels & Graydon", "Rodrigo, Elías & Medrano"
    ]


def test_a_family_and_a_public_lender_named_with_its_acronym() -> None:
    assert en("PdC, controlled by the Ferrari Ocampo family, will cut debt. Ferrari shares rose.") == ["PdC", "Ferrari"]
    assert names("La famille Peugeot détient 7 % de Stellantis.") == ["Stellantis"]
    assert en("The European Bank for Reconstruction and Development (EBRD) will lend to the region.") == ["European Bank for Reconstruction and Development"]


def test_rivals_named_after_competes_with() -> None:
    assert en("The startup competes with Datavault and Roomly, it said.") == ["Datavault", "Roomly"]
    assert names("Elle rivalise avec Medalto, Kinevo et Santelis sur ce marché.") == ["Medalto", "Kinevo", "Santelis"]


def test_the_items_of_a_roundup() -> None:
    text = "Les levées de la semaine.\n\nKelvio (IA médicale) annonce 24 M$ auprès de Partech.\n\nMarie Durand (directrice financière) a confirmé.\nLyon (AFP) : la ville a voté."
    assert names(text) == ["Kelvio", "Partech"]


def test_an_unknown_company_takes_the_ticker_of_its_listing() -> None:
    from tui.core.companies import find_companies

    found = {c.name: c.ticker for c in find_companies("Arvelle Bio, Inc. (NASDAQ: ARVB) today announced a deal with Pfizer.", "en")}
    assert found == {"Arvelle Bio": "ARVB", "Pfizer": "PFE"}


def test_a_plural_possessive_inside_a_name() -> None:
    assert names("Le tour est mené par Teachers' Venture Growth, avec Lakestar.") == ["Teachers' Venture Growth", "Lakestar"]


def test_banners_of_a_group_are_brands_and_a_broker_estimating_is_a_company() -> None:
    assert names("Les hôtels passeront sous les enseignes Ibis et Mercure. Whitbread, propriétaire de l'enseigne Premier Inn, a renoncé.") == [
        "Whitbread"
    ]
    assert names("L'enseigne Monoprix ferme dix magasins.") == ["Monoprix"]
    assert names("Les ventes dépasseront 500 M€, selon les estimations d'Oddo BHF.") == ["Oddo BHF"]


def test_football_clubs_and_brokers_cited_for_estimates() -> None:
    assert by_name("Le Racing Club Côte d'Azur (RCCA) change de mains. Le RCCA a réalisé 71 millions d'euros.", "fr") == {
        "Racing Club Côte d'Azur": ("RCCA",)
    }
    assert names("Selon les estimations d'Intermonte et de Kempen, l'opération serait relutive.") == ["Intermonte", "Van Lanschot Kempen"]


def test_a_fund_with_its_vintage_and_a_placement_arm() -> None:
    assert en("It closed its fourth fund, Kestrel Infrastructure Fund IV, at its hard cap. Kestrel Infrastructure Partners said.") == [
        "Kestrel Infrastructure Fund IV", "Kestrel Infrastructure Partners"
    ]
    assert en("Calder Point, the placement arm of Lazard, acted as placement agent.") == ["Calder Point", "Lazard"]


def test_an_ambiguous_curated_name_inside_a_longer_capitalised_name() -> None:
    assert names("Bouygues Telecom cède ses pylônes à Phoenix Tower International. Le groupe Orange aussi.") == [
        "Bouygues Telecom", "Orange"
    ]


def test_lists_with_articles_sellers_and_wire_tags() -> None:
    assert names("Les investisseurs sont des dirigeants de Qonto, d'Alan et de Pennylane.") == ["Qonto", "Alan", "Pennylane"]
    assert names("La démarche rappelle celle de Continental, qui a mis en vente ContiTech.") == ["Continental", "ContiTech"]
    assert en("EXCLUSIVE-CVC, EQT and Bureau Veritas vie for Sweden's Norrvik in $2 billion deal") == ["CVC", "EQT", "Bureau Veritas", "Norrvik"]
    assert en("The angels include Tyler Marriott, a former finance lead at Stripe, and executives from Ramp.") == ["Stripe", "Ramp"]
    assert en("Evercore is advising Kestrel, while Cavendish is Kestrel's nominated adviser and broker.") == [
        "Evercore", "Kestrel", "Cavendish Financial"
    ]


def test_an_ambiguous_alias_after_a_longer_name_and_a_place_after_a_particle() -> None:
    assert by_name("It agreed a takeover by Bain Capital. Houlihan Lokey is advising Bain.", "en") == {
        "Bain Capital": ("Bain",), "Houlihan Lokey": ()
    }
    assert names("Orange Ventures participe ; le marché est dominé par les opérateurs Orange et MTN.") == [
        "Orange Ventures", "Orange", "MTN Group"
    ]
    assert by_name("Eureden a signé l'acquisition de Conserves de l'Élorn (CDE). CDE emploie 90 salariés.", "fr") == {
        "Eureden": (), "Conserves de l'Élorn": ("CDE",)
    }


def test_a_product_called_by_its_name_a_country_with_a_possessive_and_a_brokers_analyst() -> None:
    assert en("Kestrel sells its models through an enterprise product called Tessera Lab.") == ["Kestrel"]
    assert en("Qualcomm strikes a chip deal with Saudi Arabia's Humain.") == ["Qualcomm", "Humain"]
    assert en("Rachel Osterholt, an analyst at Northway Research, raised her price target.") == ["Northway Research"]


def test_a_former_employer_written_with_ex() -> None:
    assert en("Founded by ex-OpenAI engineer Jane Roe and ex-Google researcher Ann Lee, Kelvio raised $5 million.") == ["OpenAI", "Google", "Kelvio"]


def test_a_brand_after_its_trade_a_ratio_a_region_and_a_public_fund() -> None:
    assert names("Pernod Ricard vend sa marque de whisky écossais Glenvar à l'américain Sazerac.") == ["Pernod Ricard", "Sazerac"]
    assert names("C'est la marque de fabrique du groupe Vantor, qui a levé 3 millions d'euros.") == ["Vantor"]
    assert names("Gilbert Dupont souligne un prix équivalent à 14 fois l'Ebitda.") == ["Gilbert Dupont"]
    assert en("Alfa Laval to buy Bavarian pump maker Kessler Pumpentechnik for €640m") == ["Alfa Laval", "Kessler Pumpentechnik"]
    assert en("The Pension Protection Fund was told, and Aviva agreed the buy-in.") == ["Aviva"]


def test_a_firm_whose_last_partner_is_an_ambiguous_curated_name() -> None:
    assert en("The trustees were advised by Lane Clark & Peacock, with Sackers as legal adviser.") == ["Lane Clark & Peacock", "Sackers"]


def test_a_product_named_after_its_maker_and_an_organisation_word() -> None:
    assert en("Meta, which develops the Llama models and the Meta AI assistant, expects more capex.") == ["Meta"]
