"""Companies: the words around a name that make it one (fund types, notaries'
offices, trade words, a seat, a new entity's name) or not (funding rounds,
countries, families, administrations), and the forms that tie names together
(an acronym picked from a name's letters, the short form of a curated name,
a name after a province)."""

from __future__ import annotations

from company_helpers import by_name, names_in

names = names_in("fr")


def test_a_funding_round_and_a_country_are_not_companies() -> None:
    text = "Kenya's Mvuli raises $12 million Series A, buys Uganda's Tembo Pay\n\nNairobi-based Mvuli has raised $12 million."
    assert names(text, "en") == ["Mvuli", "Tembo Pay"]


def test_families_named_in_a_plural_list_are_people() -> None:
    text = "Velcor, le holding des familles Arnaudet et Kessler, a approuvé. The Rao and Mehta families sold Tarvik."
    assert names(text) == ["Velcor", "Tarvik"]


def test_fund_types_notaries_and_trade_words_name_companies() -> None:
    text = (
        "Velmora Gestion a acheté l'immeuble pour la SCPI Patrimmo et l'OPCI Actimmo. Les actes ont été "
        "rédigés par les études Brisset Lavaud et Corbin Notaires. Elle détient 12 % de la Meunerie du Vexin."
    )
    assert names(text) == ["Velmora Gestion", "Patrimmo", "Actimmo", "Brisset Lavaud", "Corbin Notaires", "Meunerie du Vexin"]


def test_a_seat_after_the_name_and_a_new_entity_named_baptisee() -> None:
    text = (
        "Les coopératives Champs de Brie, basée à Meaux, et Agrival Nord, installée à Laon, fusionnent. "
        "La nouvelle entité, baptisée Céréval, sera présidée par un céréalier."
    )
    assert names(text) == ["Champs de Brie", "Agrival Nord", "Céréval"]
    assert names("The merged lender, dubbed Northway Credit, opens in May.", "en") == ["Northway Credit"]


def test_a_government_administration_is_not_a_company() -> None:
    assert names("The deal needs approval from China's National Drug Safety Administration (NDSA).", "en") == []


def test_an_acronym_in_parentheses_picked_from_the_names_letters() -> None:
    text = "Lumiforge Optics (LGO), le fabricant de lentilles, a publié ses comptes. Le titre LGO gagnait 4 %, et le capital de LGO est stable."
    assert by_name(text, "fr") == {"Lumiforge Optics": ("LGO",)}


def test_the_short_form_of_a_curated_name_named_before_it() -> None:
    text = "Veltra bought a stake from state-controlled PGE Polska Grupa Energetyczna. PGE shares rose 2%. PGE was advised."
    found = by_name(text)
    assert found["PGE Polska Grupa Energetyczna"] == ("PGE",)
    assert "PGE" not in found


def test_a_name_after_a_chinese_province_has_the_short_form_without_it() -> None:
    text = "Pfizer licensed a drug from Zhejiang Tianmo Biologics. Tianmo will get royalties, and Tianmo shares rose."
    assert by_name(text)["Zhejiang Tianmo Biologics"] == ("Tianmo",)


def test_a_place_that_starts_with_a_stop_word_goes_as_a_whole() -> None:
    assert names("Kyndra to buy Tel Aviv AI start-up Moravix Labs for $90 million", "en") == ["Kyndra", "Moravix Labs"]


def test_a_building_named_like_a_company_is_not_that_company_in_the_article() -> None:
    text = "Velmora Gestion a acquis Lumen, un immeuble de bureaux. L'immeuble Lumen est loué. Lumen coche les cases."
    assert names(text) == ["Velmora Gestion"]
    assert by_name("Lumen Technologies sold a unit. Lumen keeps the rest.") == {"Lumen Technologies": ("Lumen",)}


def test_founders_named_after_founded_by_are_people_everywhere_in_the_text() -> None:
    text = (
        "Kyndra agreed to acquire Moravix Analytics. Moravix was founded in 2019 by Ilan Moravix and Dana Shor. "
        "Ilan Moravix's stake is worth $45m. \"It works,\" Ilan Moravix said."
    )
    assert by_name(text) == {"Kyndra": (), "Moravix Analytics": ("Moravix",)}


def test_a_league_and_a_subsidiary_by_a_country_abbreviation() -> None:
    assert names("LFP Media, la filiale commerciale de la Ligue, rachète Velmora Sports.") == ["LFP Media", "Velmora Sports"]
    assert names("Al Rajhi Capital and EFG Hermes KSA are joint bookrunners.", "en") == ["Al Rajhi Capital", "EFG Hermes KSA"]


def test_a_longer_name_found_later_replaces_a_part_taken_in_the_title() -> None:
    text = (
        "Céréales : Champs de Brie et Agrival Nord fusionnent\n\n"
        "Les adhérents des coopératives Champs de Brie, basée à Meaux, et Agrival Nord ont voté."
    )
    assert names(text) == ["Champs de Brie", "Agrival Nord"]


def test_a_publication_named_by_a_company_cue_is_a_company_there() -> None:
    assert names("\"Good,\" said Jo Lin, a strategist at CreditSights, on Monday.", "en") == ["CreditSights"]
    assert names("Axel Springer agreed to acquire Politico for $1 billion, the Financial Times reported.", "en") == [
        "Axel Springer", "Politico"
    ]
    assert names("Selon Les Echos, la société Veltrix a levé 3 M€.") == ["Veltrix"]


def test_a_brand_named_as_such_is_not_a_company_in_the_article() -> None:
    assert names("Velmora Foods promet de conserver la marque Galettes d'Oust et a racheté la société Kerlan.") == [
        "Velmora Foods", "Kerlan"
    ]


def test_a_name_given_to_a_plan_or_a_programme_is_not_a_company() -> None:
    assert names("Le plan de transformation baptisé Horizon 2030 a été présenté.") == []
    assert names("The cost-cutting programme, dubbed Phoenix, will save $40 million.", "en") == []
