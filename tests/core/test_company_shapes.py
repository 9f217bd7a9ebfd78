"""Companies in the shapes of market reports, movers lists, legal announcements
and Indonesian, Irish or French corporate names."""

from __future__ import annotations

from company_helpers import by_name, names_in

names = names_in("en")


def test_market_movers_and_market_reports_name_companies_by_ticker_or_price_change() -> None:
    text = "Biggest moves premarket\n\nHarrowgate (HRW) — Shares of the retailer fell 2.4%.\n\nQuillon Homes (QLH) — The builder rose."
    assert names(text) == ["Harrowgate", "Quillon Homes"]
    assert names("Sur le marché élargi, Vaudrex (-0,8%) a annoncé un rachat, et Lémania (+1,2%) a gagné.", "fr") == ["Vaudrex", "Lémania"]


def test_a_short_name_defined_in_quotes_and_an_acronym_with_a_vintage() -> None:
    text = 'Carrow Corporate Finance UC ("Carrow") is financial adviser. Carrow said the offer is fair.'
    assert by_name(text) == {"Carrow Corporate Finance": ("Carrow Corporate Finance UC", "Carrow")}
    text = "Le bloc a été cédé par le fonds Atlas Private Equity Fund III (APEF III), géré par Medinvest. APEF III sort."
    assert by_name(text, "fr") == {"Atlas Private Equity Fund III": ("APEF III",), "Medinvest": ()}


def test_managed_by_and_advised_by_name_companies() -> None:
    assert names("Le tour est mené par Orbis, le fonds spatial géré par Kelvane.", "fr") == ["Orbis", "Kelvane"]
    assert names("The fund, managed by Tarvik Partners, led the round.") == ["Tarvik Partners"]


def test_names_with_a_particle_before_their_legal_form_and_law_firms_in_french() -> None:
    assert names("Vaudrex a racheté l'entreprise vaudoise Graviers du Jura SA pour 48 millions de francs.", "fr") == [
        "Vaudrex", "Graviers du Jura"
    ]
    text = "Titre\n\nLa cession est faite. Kelvane a été conseillé par Natixis et par Morel & Tiavo Avocats ; les vendeurs aussi."
    assert names(text, "fr") == ["Natixis", "Morel & Tiavo Avocats"]


def test_indonesian_legal_forms_and_a_subsidiary_for_continental_europe() -> None:
    text = "Digital lender PT Bank Sentosa Digital Tbk signed a deal with state-owned PT Telkom Indonesia (Persero) Tbk. Bank Sentosa shares rose."
    found = by_name(text)
    assert found["PT Bank Sentosa Digital"] == ("PT Bank Sentosa Digital Tbk", "Bank Sentosa")
    assert names("Le prêt est arrangé par HSBC Continental Europe.", "fr") == ["HSBC Continental Europe"]
    assert names("Kelvane Inc. won the contract.\n\nInvestor Contact:\nJane Doe\n\nMedia Contact:\nJo Lin") == ["Kelvane"]


def test_a_name_after_an_organisation_word_that_is_also_a_cue_noun() -> None:
    text = "Elyssa Holding a acquis un bloc de la Société Tunisienne d'Emballages Souples, cotée à Tunis."
    assert names(text, "fr") == ["Elyssa Holding", "Société Tunisienne d'Emballages Souples"]
    assert names("La société Veltrix a levé 3 M€.", "fr") == ["Veltrix"]


def test_the_short_form_of_a_curated_name_that_ends_with_a_country() -> None:
    text = "The bank signed a cloud deal with Telekom Austria. Telekom's shares rose 2%."
    assert by_name(text).get("Telekom Austria") == ("Telekom",)


def test_a_place_with_a_based_modifier_is_no_name() -> None:
    assert names("Acme would be sold to Abu Dhabi-based sovereign fund Mubadala, the company said.") == ["Mubadala"]


def test_press_release_headings_tombstone_fields_and_is_a_provider() -> None:
    text = "Communiqué.\n\nÀ propos de Veltrix\nLe groupe conçoit des logiciels.\n\nAbout Kordia\nFounded in 2009."
    assert names(text, "fr") == ["Veltrix", "Kordia"]
    assert names("Acquéreur : Tessera Capital. Cible : Brindle. Vendeur : famille Morel.", "fr") == ["Tessera Capital", "Brindle"]
    assert names("Kordia is a leading provider of rugged computing. Jean Dupont est un entrepreneur. Paris est une ville.") == ["Kordia"]
    assert names("Veltrix est un éditeur de logiciels fondé en 2012.", "fr") == ["Veltrix"]


def test_reuters_instrument_codes_suitors_and_share_cues() -> None:
    text = "Kordex Corp (KDX.O) said it would buy Lumenta (LMT.PA) for $2 billion. Suitor Tarvik walked away."
    assert names(text) == ["Kordex", "Lumenta", "Tarvik"]
    assert names("L'action Lumenta a reculé. Le prétendant Tarvik a renoncé. Le titre Veltrix gagnait 2 %.", "fr") == [
        "Lumenta", "Tarvik", "Veltrix"
    ]
    assert names("Investors buy Treasuries and sell Bunds.") == []


def test_firms_named_and_company_or_and_partners() -> None:
    text = "Titre\n\nUn autre conglomérat, Rogers and Company, s'était intéressé. Le cabinet Lakatos, Köves and Partners a conseillé."
    assert names(text, "fr") == ["Rogers and Company", "Lakatos, Köves and Partners"]


def test_subsidiaries_after_an_organisation_word_and_names_of_a_country() -> None:
    text = "Titre\n\nLe contrat est signé avec Huawei Technologies Algérie, filiale locale du chinois Huawei."
    assert names(text, "fr") == ["Huawei Technologies Algérie", "Huawei"]
    text = "Titre\n\nThe deal with Union Bank of the Philippines, Inc. closed, and Boston Pharmaceuticals Inc. sold a drug."
    assert names(text) == ["Union Bank of the Philippines", "Boston Pharmaceuticals"]


def test_an_acronym_that_keeps_a_function_words_initial_and_market_closing_verbs() -> None:
    text = "La Compagnie des Alpes (CDA), l'exploitant de domaines skiables, rachète. CDA vise 1 milliard d'euros."
    assert by_name(text, "fr") == {"Compagnie des Alpes": ("CDA",)}
    assert names("Coris Bank International termine à 10 900 FCFA.", "fr") == ["Coris Bank International"]


def test_an_acronym_defined_for_a_government_body_is_no_company() -> None:
    text = "The Oregon Department of Administrative Services (DAS) has awarded Accenture a contract. Gartner advised DAS."
    assert names(text) == ["Accenture", "Gartner"]
    assert by_name("The Kuwait Investment Authority (KIA) invested. KIA said.") == {"Kuwait Investment Authority": ("KIA",)}


def test_advisers_and_funders_named_by_their_verbs_and_a_capital_letter_kept() -> None:
    text = "Titre\n\nLe solde vient de sa trésorerie. Perigeum Capital a conseillé le groupe. Tunisie Valeurs a agi comme intermédiaire."
    assert names(text, "fr") == ["Perigeum Capital", "Tunisie Valeurs"]
    assert names("Elle boucle 9,5 millions d'euros apportés par Orbis Gestion et Rives Croissance.", "fr") == ["Orbis Gestion", "Rives Croissance"]
    assert names("Je détiens des actions Hydrovia depuis 2021.", "fr") == ["Hydrovia"]


def test_newsletter_items_name_a_company_then_its_city_and_trade() -> None:
    text = (
        "Titre de la newsletter\n\nNutrivaux (Rennes, protéines issues de la fermentation) annonce un amorçage de 1,2 M€.\n\n"
        "Lexiflow (Paris, IA juridique) signe la plus grosse opération.\n\n- Jean Dupont (Paris, 45 ans) rejoint le board."
    )
    assert names(text, "fr") == ["Nutrivaux", "Lexiflow"]


def test_a_curated_name_whose_first_word_is_one_letter() -> None:
    assert names("The round drew existing investors Index Ventures and Y Combinator.") == ["Index Ventures", "Y Combinator"]


def test_the_client_named_after_adviser_to() -> None:
    text = "Goldman Sachs is serving as financial adviser to Northgate, and Lazard is legal counsel to the Company."
    assert names(text) == ["Goldman Sachs", "Northgate", "Lazard"]
