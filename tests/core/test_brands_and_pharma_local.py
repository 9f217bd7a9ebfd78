"""Consumer-brand and pharma deal copy: brands named before the word "brand",
a sector word inside a fund's name, a trial's phase, an index that looks like
a currency code, an agency's credit alone on the last line, an adviser "and X
its legal counsel", headlines that "vise" an amount, and an amount that
continues a currency across a subheading."""

from __future__ import annotations

from tests.core.company_helpers import by_name, names_in
from tests.core.figure_helpers import money, money_implied
from tests.core.source_helpers import cited_in

en, fr = names_in("en"), names_in("fr")


def test_brands_named_before_the_word_brand() -> None:
    found = en("Gin\n\nCorran Spirits has agreed to buy the Larch & Finch gin brand from Marrowgate Distillers for £72 million; Larch & Finch sales rose.")
    assert "Larch & Finch" not in found and {"Corran Spirits", "Marrowgate Distillers"} <= set(found)
    found = en("Retail\n\nMulgrave Group will convert the shops of Corrib Retail Group to its Centrix and ValuMart brands over two years.")
    assert "Centrix" not in found and "ValuMart" not in found and "Corrib Retail Group" in found


def test_a_company_keeping_its_own_brand_stays_a_company() -> None:
    found = en("Deal\n\nLogo Yazılım has agreed to acquire Bulutfix for $48.6 million. Bulutfix has 140 employees; Logo will keep the Bulutfix brand.")
    assert "Bulutfix" in found
    assert "Tesco" in en("Deal\n\nThe Tesco brand is strong, and Tesco shares rose 3% on Monday after the results.")


def test_a_sector_word_inside_a_fund_name() -> None:
    found = en("Deal\n\nKeldor's largest shareholder, Harwell Biotech Opportunities Fund, which is managed by Harwell Capital, will tender its shares.")
    assert "Harwell Biotech Opportunities Fund" in found and "Opportunities Fund" not in found


def test_a_trial_phase_is_no_company() -> None:
    found = en("Biotech\n\nThe upfront is about 6% of the total, a familiar split when the buyer still has to fund Phase 3 of the trial.")
    assert "Phase 3" not in found
    assert "2a" not in fr("Biotech\n\nDans l'étude de phase 2a publiée en septembre, la dose de 10 mg/kg avait réduit de 41 % le taux.")


def test_an_index_is_no_amount_and_medicare_no_company() -> None:
    assert money("Le BEL 20 gagnait 0,4 % à 4.512,38 points, tandis que l'action bondissait.", "fr") == []
    assert "Medicare" not in en("Labs\n\nThe lab chain earns 40% of its revenue from Medicare and private insurers, Quillon Diagnostics said.")


def test_an_agency_credit_alone_on_the_last_line() -> None:
    cited = cited_in("fr")
    assert cited("Sentinelle rachète Medilab\n\nLa CDPQ a conseillé l'opération, évaluée à 120 millions de dollars.\n\nLa Presse Canadienne\n") == ["La Presse Canadienne"]


def test_an_adviser_named_before_its_role() -> None:
    found = en("Deal\n\nCenterview Partners is Keldor's financial adviser and Cooley its legal counsel, while the buyer is advised by Goldman Sachs.")
    assert "Cooley" in found


def test_a_headline_where_the_company_aims_for_an_amount() -> None:
    found = fr("Introduction en Bourse : Ophtalys vise jusqu’à 63,3 M€ sur Euronext Paris\n\nLa biotech parisienne lance ce mardi son introduction.")
    assert "Ophtalys" in found
    assert "Brightwell Genetics" in en("IPOs\n\n- Brightwell Genetics priced its Nasdaq IPO at $17, the top of its range, for gross proceeds of $160M.")


def test_a_wine_house_with_and_without_its_trade_word_is_one_company() -> None:
    found = by_name("Champagne\n\nLa holding qui contrôle Champagne Hallier Père & Fils rachète la maison. Hallier Père & Fils vend 63 millions d'euros par an.", "fr")
    assert found == {"Champagne Hallier Père & Fils": ("Hallier Père & Fils",)}


def test_a_research_firm_written_with_co_at_a_sentence_end() -> None:
    cited = cited_in("en")
    assert cited("Luxury\n\nThe market for luxury goods will grow 2% to 4% this year, according to Bain & Co. Listed peers have struggled.") == ["Bain & Co."]


def test_an_amount_continues_its_currency_across_a_subheading() -> None:
    text = "Lindt paie CHF 58 millions pour la marque.\n\nBanques et avocats\n\nLa banque a rééchelonné un crédit de 15 millions."
    assert money_implied(text, "fr")[-1] == ("15 millions", 1.5e7, "CHF", True)
    facts = "Le rachat coûte 9,5 millions de dollars.\n\nTujenge en chiffres\nClients actifs : 1,2 million\nAgences : 84"
    assert [m[0] for m in money_implied(facts, "fr")] == ["9,5 millions de dollars"]
