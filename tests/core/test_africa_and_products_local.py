"""West and North African copy in English and French: "CFA 96 billion", "160
billion CFA francs" and "1,800 CFA francs" are CFA francs of the country named
("6,4 milliards de Fcfp", "CFP 62 billion": CFP francs); the region's cities
are places, not firms ("the Abidjan boutique Hudson & Cie"); a short day name
inside a name does not cut it ("Kairouan Sun Power"); a firm's own product
("sa plateforme Skyward X2") is no company; and money raised as a range
("raised $3 million to $4 million") is one figure; "in dirhams, of which 1.2
billion" is in the dirhams the text stated."""

from __future__ import annotations

from tests.core.company_helpers import names_in
from tests.core.figure_helpers import in_context, money

en, fr = names_in("en"), names_in("fr")


def test_cfa_francs_written_the_english_way() -> None:
    text = (
        "The Abidjan grinder in Côte d'Ivoire sold a stake for CFA 96 billion, against 160 billion CFA francs "
        "last year. A billion CFA francs went to staff and the shares cost 1,800 CFA francs.\n"
    )
    found = in_context(text, "en")
    assert found == [("CFA 96 billion", "XOF"), ("160 billion CFA francs", "XOF"), ("A billion CFA francs", "XOF"), ("1,800 CFA francs", "XOF")]


def test_african_cities_before_a_firm_noun_are_places() -> None:
    names = en("The deal was advised by Tunis law firm Ferchiou & Associés and the Abidjan boutique Hudson & Cie.")
    assert "Tunis" not in names and "Abidjan" not in names
    assert {"Ferchiou & Associés", "Hudson & Cie"} <= set(names)


def test_a_short_day_name_inside_a_name_does_not_cut_it() -> None:
    names = en("TotalEnergies will buy 49% of Kairouan Sun Power (KSP), the Tunisian developer. Orvane will buy Marlon Sun Power.")
    assert "Kairouan Sun Power" in names and "Marlon Sun Power" in names
    assert "Kairouan" not in names


def test_a_firms_own_product_is_not_a_company() -> None:
    names = fr("Orcanet lève 20 millions d'euros. Sa plateforme Skyward X2 surveille 140 clients. La plateforme Doctolib a levé 50 millions d'euros.")
    assert "Skyward X2" not in names
    assert {"Orcanet", "Doctolib"} <= set(names)
    assert "Falcon Insight" not in en("CrowdStrike said its platform Falcon Insight grew 30%.")


def test_money_raised_as_a_range_is_one_figure() -> None:
    assert money("Sowit raised $3 million to $4 million in a bridge round.") == [("$3 million to $4 million", 3e6, "USD")]
    assert money("Acme raised its offer from $3 million to $4 million.") == [("$3 million", 3e6, "USD"), ("$4 million", 4e6, "USD")]
    assert money("Shares rose $1.20 to $45.10.") == [("$1.20", 1.2, "USD"), ("$45.10", 45.1, "USD")]


def test_a_bank_named_international_keeps_the_word() -> None:
    assert fr("Le projet est complété par Coris Bank International à hauteur de 9 Md FCFA.") == ["Coris Bank International"]


def test_a_hyphenated_short_name_in_brackets_is_an_alias() -> None:
    from tests.core.company_helpers import by_name

    found = by_name("Société Africaine de Cacao (Saf-Cacao), the grinder, agreed. Later Saf-Cacao rose.")
    assert found == {"Société Africaine de Cacao": ("Saf-Cacao",)}


def test_a_currency_named_without_an_amount_gives_the_next_amount_its_currency() -> None:
    from tests.core.figure_helpers import money_implied

    text = (
        "The plant costs MAD 2.85 billion, and €500 million comes from Europe. The Moroccan banks lend the remainder in dirhams, "
        "of which 1.2 billion comes from one lender. Revenue was €3 billion, up from 2.5 billion."
    )
    found = money_implied(text)
    assert ("1.2 billion", 1.2e9, "MAD", True) in found
    assert ("2.5 billion", 2.5e9, "EUR", True) in found


def test_cfp_francs_written_every_way() -> None:
    fr_text = "Hôtels\n\nÀ Papeete, le groupe investit 6,4 milliards de Fcfp, puis 2 850 millions de francs Pacifique.\n"
    assert in_context(fr_text, "fr") == [("6,4 milliards de Fcfp", "XPF"), ("2 850 millions de francs Pacifique", "XPF")]
    en_text = "Nickel\n\nIn Nouméa, the smelter cost 45 billion CFP francs, then 12.1 billion Pacific francs and CFP 62 billion.\n"
    assert money(en_text) == [("45 billion CFP francs", 45e9, "XPF"), ("12.1 billion Pacific francs", 12.1e9, "XPF"), ("CFP 62 billion", 62e9, "XPF")]


def test_overseas_islands_and_towns_are_places() -> None:
    names = en("The deal gives Archipel Shipping the link to the smaller islands, including Marie-Galante and Les Saintes.")
    assert names == ["Archipel Shipping"]
