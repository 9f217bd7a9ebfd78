"""A word that opens a public body's name is no company even across "and"
("Britain's Competition and Markets Authority"); a law firm of several
surnames keeps them all before its legal form ("Bass, Berry & Sims PLC");
a city before a trade noun is a place ("bought Auckland studio Kiwi Voices")."""

from __future__ import annotations

from tests.core.article_helpers import article_currencies, article_names as _names, extracted


def test_a_public_body_s_first_word_across_and() -> None:
    text = (
        "Vidrala buys Wearside Glass\n\n"
        "Vidrala will buy Wearside Glass. The deal needs approval from Britain's Competition and Markets Authority "
        "and is expected to close in the third quarter.\n"
    )
    assert "Competition" not in _names(text)


def test_a_law_firm_of_several_surnames_before_a_legal_form() -> None:
    text = (
        "Scholastic to acquire Lantern Lane\n\n"
        "Houlihan Lokey is serving as financial advisor and Bass, Berry & Sims PLC as legal counsel to Lantern Lane. "
        "Davis, Polk & Wardwell LLP advised Scholastic.\n"
    )
    names = _names(text)
    assert names["Bass, Berry & Sims"] == ("Bass, Berry & Sims PLC",)
    assert names["Davis, Polk & Wardwell"] == ("Davis, Polk & Wardwell LLP",)
    assert "Berry & Sims" not in names


def test_a_city_before_a_trade_noun_is_a_place() -> None:
    text = "Dymocks buys Wattle\n\nWattle bought Auckland studio Kiwi Voices last year for NZ$4.2m.\n"
    names = _names(text)
    assert "Auckland" not in names
    assert "Kiwi Voices" in names


def test_a_subsidiary_named_with_a_spanish_country_name() -> None:
    text = (
        "Ball takes 60% of Latamex\n\n"
        "Latamex sells about 6 billion cans a year, mostly for Grupo Modelo and Heineken México. Heineken also "
        "buys from Crown.\n"
    )
    assert "Heineken México" in _names(text)


def test_times_regulators_and_spokespeople_are_no_companies() -> None:
    fr = (
        "MCH Group cède Léman Expo\n\nGenève, le 12 mars 2026. MCH Group n'a pas souhaité commenter.\n\n"
        "Vers 11H15, l'action MCH Group gagnait 2,7 %.\n"
    )
    assert "11H15" not in _names(fr)
    en = (
        "EQT weighs sale of Nordlys Training\n\n"
        "EQT could keep the business, the people said. Representatives for EQT, SATS and CVC declined to comment. "
        "The ACCC (the Australian Competition and Consumer Commission) will have a say.\n"
    )
    names = _names(en)
    assert "Representatives" not in names and "ACCC" not in names
    assert "EQT" in names


def test_a_suffixed_name_around_an_ambiguous_listed_word() -> None:
    text = (
        "Titan buys Prairie Iron\n\n"
        "Titan will buy Prairie Iron. Big Sky Growth Partners, which owns 40% of Prairie Iron, will exit.\n"
    )
    assert "Big Sky Growth Partners" in _names(text)


def test_an_nhs_trust_is_a_public_body() -> None:
    text = (
        "Oracle Health wins EPR contract\n\n"
        "Wessex Vale Hospitals NHS Foundation Trust picked Oracle Health for a ten-year contract worth £48 million.\n"
    )
    assert not any("Wessex" in name for name in _names(text))


def test_a_co_operative_s_status_and_a_city_quarter_are_no_companies() -> None:
    text = (
        "Strasbourg : Rhénalingua devient une Scop\n\n"
        "Strasbourg, le 6 mai 2026. L'agence Rhénalingua, installée dans le quartier du Wacken, devient une Scop, "
        "a confié la fondatrice à Rue89 Strasbourg.\n"
    )
    extraction = extracted(text)
    names = {c.name for c in extraction.companies}
    assert "Rhénalingua" in names and "Scop" not in names and "Wacken" not in names
    assert "Rue89 Strasbourg" in {s.name for s in extraction.sources}


def test_pence_on_aim() -> None:
    text = "Localization ledger\n\nMarch 3, 2026. ZOO Digital shares closed at 14.25p on AIM.\n"
    money = article_currencies(text)
    assert money == {"14.25p": "GBP"}


def test_an_adviser_s_work_confirms_an_ambiguous_listed_name() -> None:
    text = (
        "Legend Boats sold\n\n"
        "March 3, 2026. RBC Capital Markets advised the buyer and Osler did the legal work. Nimbus raised SEK 250m, "
        "with Carnegie running the books.\n"
    )
    names = _names(text)
    assert "Osler, Hoskin & Harcourt" in names and "Carnegie Investment Bank" in names
