"""Companies: how one company's written forms are tied together (legal forms,
acronyms defined in the text, short forms) and kept apart (a parent named first)."""

from __future__ import annotations

from tui.core.companies import find_companies
from tui.core.company_anchors import spells


def by_name(text: str, lang: str = "en") -> dict[str, tuple[tuple[str, ...], list[str]]]:
    return {c.name: (c.aliases, [text[s:e] for s, e in c.mentions]) for c in find_companies(text, lang)}


def test_legal_form_variants_and_the_short_name_are_one_company() -> None:
    text = (
        "Sumitomo Corp. said on Friday it would buy a stake in a Chilean copper mine. "
        "Sumitomo Corporation has long invested in the region, and Sumitomo expects output to double."
    )
    found = by_name(text)
    assert list(found) == ["Sumitomo Corporation"]
    aliases, mentions = found["Sumitomo Corporation"]
    assert set(aliases) == {"Sumitomo Corp.", "Sumitomo"}
    assert mentions == ["Sumitomo Corp.", "Sumitomo Corporation", "Sumitomo"]


def test_an_acronym_defined_in_the_text_is_that_company() -> None:
    text = (
        "Le fonds Kuwait Investment Authority (KIA) a pris 10 % du capital. "
        "KIA rejoint ainsi Vendrel Logistique, dont il devient le deuxième actionnaire."
    )
    found = by_name(text, "fr")
    assert "Kia" not in found  # the carmaker is not meant
    assert found["Kuwait Investment Authority"] == (("KIA",), ["Kuwait Investment Authority", "KIA", "KIA"])
    unknown = "Le groupe Torvalis Energy Partners (TEP) a cédé ses actifs. TEP a reçu 40 millions d'euros."
    assert by_name(unknown, "fr") == {
        "Torvalis Energy Partners": (("TEP",), ["Torvalis Energy Partners", "TEP", "TEP"])
    }


def test_acronym_spelling() -> None:
    assert spells("Kuwait Investment Authority", "KIA")
    assert spells("Georg Fischer", "GF")
    assert spells("Korea Gas Corporation", "KOGAS")
    assert spells("Sumitomo Mitsui Banking Corporation", "SMBC")
    assert not spells("Amazon", "AMZN")
    assert not spells("Georg Fischer", "FG")
    assert not spells("Banque de France", "ECB")


def test_a_parent_named_first_stays_apart_from_its_unit() -> None:
    text = (
        "Bracknell takes over a filter maker\n\n"
        "The family-owned group Oswaldt, based in Hamburg, is selling Oswaldt Membrane Systems to Bracknell Industries. "
        "Oswaldt will keep its seals business."
    )
    found = by_name(text)
    assert found["Oswaldt"][1] == ["Oswaldt", "Oswaldt"]
    assert found["Oswaldt Membrane Systems"] == ((), ["Oswaldt Membrane Systems"])
    headline = "Oswaldt sells unit\n\nThe startup Oswaldt Membrane raised $5 million. Oswaldt hired staff."
    assert list(by_name(headline)) == ["Oswaldt Membrane"]  # the headline's short form does not count as first


def test_a_common_noun_does_not_make_a_curated_name() -> None:
    found = by_name("U.S. bank deals hit a record. U.S. Bank agreed to buy it; Société générale too.", "en")
    assert found["U.S. Bancorp"][1] == ["U.S. Bank"]
    assert found["Société Générale"][1] == ["Société générale"]  # French style keeps the later words low


def test_a_name_that_goes_on_after_of_or_for_is_not_cut() -> None:
    found = by_name("The loan comes from MUFG Bank and the Korea Bank for Industrial Cooperation.", "en")
    assert "Korea Bank" not in found


def test_demonym_before_a_sector_noun_and_uk_subsidiaries() -> None:
    text = (
        "The utility Southern Water agreed to pay a fine. Southern Water supplies Kent. "
        "The loans come from Barclays, HSBC UK and Lloyds. The Dutch lender Rabobank also took part."
    )
    found = by_name(text)
    assert found["Southern Water"][1] == ["Southern Water", "Southern Water"]
    assert "HSBC UK" in found and "HSBC" not in found
    assert "Rabobank" in found and "Water" not in found


def test_firms_named_by_surnames_with_commas() -> None:
    text = (
        "Brackwell Partners and Ostrander & Quill advised Norvik; Hartwell, Pruitt & Doane and "
        "Calloway, Brisk & Lomax advised the buyer."
    )
    found = by_name(text)
    assert "Hartwell, Pruitt & Doane" in found and "Calloway, Brisk & Lomax" in found
    assert "Hartwell" not in found and "Pruitt & Doane" not in found
    assert "Brackwell Partners" in found and "Ostrander & Quill" in found
    listed = by_name("Customers include Google, Procter & Gamble and Nestlé.")
    assert "Google" in listed and "Google, Procter & Gamble" not in listed


def test_two_full_names_with_one_short_form_are_two_companies() -> None:
    text = (
        "Corvane agreed to acquire Lindqvist Trust Bancorp, the parent of Lindqvist Trust Bank. "
        "Lindqvist shareholders will get 0.3 Corvane shares."
    )
    found = by_name(text)
    assert found["Lindqvist Trust Bancorp"][0] == ("Lindqvist",)
    assert found["Lindqvist Trust Bank"] == ((), ["Lindqvist Trust Bank"])


def test_joint_ventures_and_trade_nouns() -> None:
    found = by_name("Terminal Nord, la coentreprise de CMA CGM et de Vopak, n'est pas concernée.", "fr")
    assert "Terminal Nord" in found
    assert "Fjordlaks" in by_name("It already owns Norwegian salmon farmer Fjordlaks and a stake in a mill.")
    assert "Index" not in by_name("The KBW Nasdaq Bank Index has risen 12% this year.")


def test_an_acronym_used_in_prose_is_the_company_it_is_read_off() -> None:
    text = (
        "Mitsui and KORENEX agree to buy LNG stake\n\n"
        "Mitsui & Co. Ltd. and Korea Energy Exchange Corp. have agreed to buy a stake in a terminal. "
        "KORENEX, as the Korean utility is known, will take 25 per cent."
    )
    found = by_name(text)
    korex = next(c for c in found if c.startswith("Korea Energy Exchange"))
    assert "KORENEX" in found[korex][0] and "KORENEX" not in found and "LNG" not in found
    far = "Caisse d'Epargne Rhône Alpes a prêté 20 M€ à la société Arvalis. Le CEA a refusé."
    assert "CEA" not in by_name(far, "fr").get("Caisse d'Epargne Rhône Alpes", ((), []))[0]


def test_ratings_and_capital_ratios_are_not_companies() -> None:
    text = "Moody's a relevé la note de Saint-Gobain à Baa1, la banque affiche un ratio CET1 de 14 %."
    assert list(by_name(text, "fr")) == ["Moody's", "Saint-Gobain"]


def test_an_ambiguous_adviser_named_after_par_or_by() -> None:
    text = "Vexilo était conseillée par le cabinet Arbaud Lenoir, les investisseurs par Goodwin."
    assert "Goodwin Procter" in by_name(text, "fr")
    assert "Goodwin Procter" not in by_name("Le romancier Goodwin publie un livre sur Vexilo.", "fr")


def test_regional_banks_of_a_cooperative_network() -> None:
    text = (
        "Le pool bancaire réunit le Crédit Agricole des Savoie, le Crédit Mutuel de Bretagne, "
        "CIC Lyonnaise de Banque et la Banque Populaire Grand Ouest. Crédit Agricole SA n'y est pas."
    )
    assert list(by_name(text, "fr")) == [
        "Crédit Agricole des Savoie", "Crédit Mutuel de Bretagne", "CIC Lyonnaise de Banque",
        "Banque Populaire Grand Ouest", "Crédit Agricole",
    ]


def test_development_lenders_are_companies_and_the_world_bank_a_public_body() -> None:
    # lenders and investors in deals, as Proparco, BII or Bpifrance are (a change of the eleventh session)
    text = "La Société financière internationale (SFI) et la Banque africaine de développement prêtent 40 M€ à la société Kerlys."
    assert {name: aliases for name, (aliases, _) in by_name(text, "fr").items()} == {
        "International Finance Corporation": ("Société financière internationale", "SFI"), "African Development Bank": ("Banque africaine de développement",), "Kerlys": (),
    }
    assert list(by_name("La Banque mondiale et le FMI prêtent 40 M€ à la société Kerlys.", "fr")) == ["Kerlys"]


def test_list_items_after_an_article_and_directional_names() -> None:
    found = by_name("Vigie protège 180 clients, dont Orange, Fnac Darty et la Kervalis.", "fr")
    assert "Kervalis" in found
    assert "Northern Ridge Power" in by_name("Brookfield will buy hydro plants from Northern Ridge Power for C$2.6 billion.")


def test_a_short_form_goes_with_the_longer_name_named_first() -> None:
    text = (
        "Lumora to go public in SPAC merger with Quillon Peak\n\n"
        "Lumora agreed to merge with blank-check company Quillon Peak Acquisition Corp. (Nasdaq: QPAC) in a "
        "$2 billion deal. Quillon holds $276 million in trust. Quillon Peak Sponsor LLC will forfeit shares."
    )
    found = by_name(text)
    assert set(found["Quillon Peak Acquisition"][0]) >= {"Quillon Peak", "Quillon Peak Acquisition Corp."}
    assert "Quillon Peak Sponsor" in found and "Quillon Peak" not in found and "Quillon" not in found


def test_canadian_banks_in_french() -> None:
    text = "Le prêt est mené par la Banque Nationale, avec la Banque Royale du Canada et la Banque de Montréal."
    assert list(by_name(text, "fr")) == ["National Bank of Canada", "Royal Bank of Canada", "Bank of Montreal"]


def test_names_with_lower_case_words_and_their_acronym() -> None:
    text = (
        "Le groupe Belkora rachète 65 % de Laiterie du Cap-Vert (LCV). Le Fonds souverain d'investissements "
        "stratégiques (FONSIS) conserve 20 % du capital de LCV, et le FONSIS siège au conseil."
    )
    found = by_name(text, "fr")
    assert found["Laiterie du Cap-Vert"][0] == ("LCV",)
    assert found["Fonds souverain d'investissements stratégiques"][0] == ("FONSIS",)
    public = "L'Autorité des marchés financiers (AMF) et la Banque centrale européenne (BCE) ont validé l'opération."
    assert by_name(public, "fr") == {}


def test_an_organisation_word_before_a_name_found_by_a_cue() -> None:
    text = "Le repreneur a racheté la Biscuiterie de Kerbrat, qui emploie quarante salariés dans le Finistère."
    assert list(by_name(text, "fr")) == ["Biscuiterie de Kerbrat"]


def test_funds_named_after_their_manager_with_a_vintage() -> None:
    text = "Siparex investit via son fonds Siparex Transmission Alpes II ; Tikehau Capital clôt Tikehau Direct Lending VI."
    assert list(by_name(text, "fr")) == [
        "Siparex", "Siparex Transmission Alpes II", "Tikehau Capital", "Tikehau Direct Lending VI"
    ]


def test_group_names_subsidiaries_by_country_families_and_government_committees() -> None:
    text = (
        "Le groupe agroalimentaire casablancais Groupe Norvale rachète la laiterie. Norvale la finance seul. "
        "Norvale est présent au Cameroun via Norvale Cameroun, dont les ventes progressent. "
        "La SFI, membre du Groupe de la Banque mondiale, prête 20 millions d'euros."
    )
    found = by_name(text, "fr")
    assert found["Groupe Norvale"][0] == ("Norvale",)
    assert "Norvale Cameroun" in found and "Groupe de la Banque" not in found
    english = (
        "The startup Kaveri, founded by the Hyderabad-based Reddy family, agreed to a deal with the startup Lumora. "
        "It needs clearance from the Committee on Foreign Investment in the United States."
    )
    assert list(by_name(english)) == ["Kaveri", "Lumora"]


def test_a_place_after_based_in_is_not_a_company() -> None:
    text = "The buyer agreed to acquire the startup Veltrix. Veltrix, based in Karlsruhe, sells planning software."
    assert list(by_name(text)) == ["Veltrix"]
    assert list(by_name("La start-up Kelvo, basée à Montpellier, emploie 40 personnes.", "fr")) == ["Kelvo"]
