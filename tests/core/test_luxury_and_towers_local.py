"""Companies, sources and dates as telecoms, Asia-Pacific and luxury deal copy
writes them: a lead's first word in capitals, a numbered fund beside its
manager, a trust beside its manager, an acronym with "&", a sector word that
ends a name, a street, a house's brands, a curated ambiguous word that begins
a longer name, a title a press word ends, an outlet's sign-up line, and a date
on which a contract takes effect."""

from __future__ import annotations

import datetime as dt

from tests.core.company_helpers import by_name, names_in
from tests.core.source_helpers import cited_in
from tui.core.clean import clean
from tui.core.dates import find_date

en, fr = names_in("en"), names_in("fr")
cited_en, cited_fr = cited_in("en"), cited_in("fr")


def test_a_name_whose_first_word_is_in_capitals_is_the_same_company() -> None:
    found = by_name(
        "Tower sale\n\nNORVALE Telecom Inc. has agreed to sell 1,900 towers to Hadley Towers Inc. for $1.2 billion.\n\n"
        "Norvale said it would lease the sites back. Norvale Telecom shares rose 2%."
    )
    assert len([n for n in found if n.lower().startswith("norvale")]) == 1


def test_a_numbered_fund_is_not_its_manager() -> None:
    found = by_name(
        'Close\n\nBrenlow Digital Infrastructure ("Brenlow"), an independent manager, today announced the final close of '
        "Brenlow Digital Infrastructure Fund II at €1.4 billion. Brenlow Digital Infrastructure Fund II will buy data centres."
    )
    assert "Brenlow Digital Infrastructure Fund II" in found
    assert any(n == "Brenlow Digital Infrastructure" or "Brenlow" in a for n, a in found.items() if "Fund" not in n)


def test_a_trust_is_not_its_manager() -> None:
    found = by_name(
        "Deal\n\nKestrel Logistics Trust will buy four warehouses for S$800 million, said Jane Tan, chief executive of "
        "Kestrel Logistics Trust Management. Kestrel Logistics Trust units rose 1%."
    )
    assert {"Kestrel Logistics Trust", "Kestrel Logistics Trust Management"} <= set(found)


def test_an_acronym_with_an_ampersand_is_the_name_it_reads() -> None:
    found = by_name(
        "Takeover\n\nJAB agreed to buy Pellham & Voss for £1.6bn. Pellham & Voss makes shoes.\n\n"
        "P&V, which employs 4,000 people, has struggled. Shares in P&V rose 30%."
    )
    assert found.get("Pellham & Voss") == ("P&V",)


def test_a_sector_word_ends_a_name_that_begins_with_a_first_name() -> None:
    assert "Jade Hollow Nutrition" in en("Dairy deal\n\nMengniu offered to buy infant formula maker Jade Hollow Nutrition for HK$4 per share.")


def test_a_street_is_no_company() -> None:
    found = fr("Soie\n\nLe tisseur cède 80 % de son capital au pôle métiers d’art de la maison de la rue Cambon, a indiqué Paraffection.")
    assert "Cambon" not in found


def test_a_houses_brands_and_a_named_brand_are_no_companies() -> None:
    found = fr("Cession\n\nLe groupe Vellane cède sa filiale Tessard. Il veut se concentrer sur ses marques féminines Mirza et Ondine, qui pèsent 74 % des ventes.")
    assert not {"Mirza", "Ondine"} & set(found)
    assert "Kōri" not in en("Fragrance\n\nShiseido has sold the Kōri fragrance brand to Aoba Beauty Holdings for ¥38bn.")


def test_a_curated_ambiguous_word_that_begins_a_described_name() -> None:
    found = en("Pearls\n\nThe jeweller is paying HK$2.3bn for Lumen Pearl, a Kowloon-based cultured-pearl house with 58 stores.")
    assert found == ["Lumen Pearl"]
    # a person described the same way stays a person, even when the list knows a company by the first name
    assert en("Banks\n\nThey pay cash, said Rafael Lindqvist-Moreau, a Boston-based bank consultant.") == []


def test_a_title_that_a_press_word_ends_is_cited() -> None:
    text = "Licence\n\nSelon Premium Scent News, au moins deux autres candidats étaient sur les rangs en 2025 pour 3 M€."
    assert cited_fr(text) == ["Premium Scent News"]
    # but a broker with an organisation word last is no source
    assert cited_en("Deal\n\nThe stock rose 4% to $12, according to Kiwoom Securities.") == []


def test_a_data_firm_named_after_la_firme() -> None:
    text = "Marché\n\nSelon la firme Euromonitor, le marché nord-américain du vêtement pèse 6,8 G$ US en 2025."
    assert cited_fr(text) == ["Euromonitor"]


def test_an_outlets_sign_up_line_is_a_leftover() -> None:
    text = "JAB to buy a shoemaker\n\nJAB agreed to buy the shoemaker for £1.6bn in cash, the companies said on Monday, ending months of talks.\n\n" \
           "Sign up to Business Weekly: our free daily newsletter\n\nThe deal needs the approval of the regulator, which is expected in June."
    assert "Sign up to Business Weekly: our free daily newsletter" in clean(text).removed


def test_a_date_on_which_a_contract_takes_effect_is_not_the_articles() -> None:
    assert find_date("Licence\n\nLe contrat entrera en vigueur le 1er janvier 2027, pour douze ans.", "fr") is None
    assert find_date("Licence\n\nThe agreement becomes effective on January 1, 2027.", "en") is None
    assert find_date("Licence\n\nPublié le 3 mars 2026\n\nLe contrat prendra effet le 1er janvier 2027.", "fr") == dt.date(2026, 3, 3)


def test_a_trade_word_begins_a_french_name() -> None:
    found = fr("Lyon\n\nLes Soieries Vernoux, installées rue d’Austerlitz, rejoignent le groupe Arvel. Le contrat liait la maison à Fragrances du Lac, un façonnier de Chartres.")
    assert {"Soieries Vernoux", "Fragrances du Lac"} <= set(found)


def test_a_music_act_is_no_company() -> None:
    found = en("K-pop\n\nHYBE will buy Moonlit Sound, home to the four-member girl group Lumi9 and the boy band NOVA Y, for 128 billion won.")
    assert "Lumi9" not in found and "NOVA Y" not in found


def test_a_study_by_a_firm_is_cited() -> None:
    text = "Jeu vidéo\n\nL'industrie a généré 1,9 G$ de revenus l'an dernier, selon une étude de la firme Nordiq. Près de 80 % des emplois sont étrangers."
    assert cited_fr(text) == ["Nordiq"]


def test_gulf_exchanges_and_the_start_of_a_public_bodys_name_are_no_companies() -> None:
    found = fr("Sukuk\n\nLe promoteur Qasr Dunes Developments PJSC, coté sur le Dubai Financial Market (DFM), a levé 500 millions de dollars.")
    assert "Dubai Financial Market" not in found and "DFM" not in found
    found = en("Port\n\nThe deal will be reported to the Qatar Financial Markets Authority, Doha Quay Holding said.")
    assert not any(n.startswith("Qatar Financial") for n in found)


def test_a_publications_ranking_cites_it() -> None:
    text = "Deal\n\nThe buyer takes a stake in Marlow & Keats, the accounting firm ranked No. 27 on Accounting Today's Top 100 Firms list, for $90m."
    assert cited_en(text) == ["Accounting Today"]


def test_a_norwegian_savings_bank_and_a_regional_adjective() -> None:
    found = en("AT1\n\nNorway's Fjellvik Sparebank printed a $1.25bn AT1 on Tuesday, and the merger creates a lender across seven Midwestern states.")
    assert "Fjellvik Sparebank" in found and "Midwestern" not in found
