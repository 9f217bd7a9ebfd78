"""Publications missing from the list, cited the way the press cites each other,
credit lines, and source lists that mix a name with another publication's domain."""

from __future__ import annotations

from tui.core.sources import find_sources


def names(text: str, lang: str = "fr") -> list[str]:
    return [s.name for s in find_sources(text, lang)]


def urls(text: str, lang: str = "fr") -> list[tuple[str, str | None]]:
    return [(s.name, s.url) for s in find_sources(text, lang)]


def test_comme_l_a_revele_and_selon_with_the_french_article() -> None:
    assert names("Comme l'a révélé Gironde-Soir, le fonds a fait une offre à Velmora.") == ["Gironde-Soir"]
    assert names("Comme le rapporte Bourse-Ouest, le titre a bondi.") == ["Bourse-Ouest"]
    assert names("Selon L'Informateur, Velmora était en concurrence avec Tarvik.") == ["L'Informateur"]
    assert names("D'après La Vigie normande, le port a signé.") == ["La Vigie"]


def test_selon_a_surname_or_a_company_is_not_a_source() -> None:
    assert names("Bruno Le Maire s'est exprimé. Selon Le Maire, la cession est bouclée.") == []
    assert names("Selon La Poste, le colis est parti.") == []  # a company the curated list knows


def test_a_scoop_in_the_pluperfect_by_a_name_cited_once_or_twice() -> None:
    assert names("Veille-Éco avait révélé dès mars l'intérêt de Tarvik pour Velmora.") == ["Veille-Éco"]
    assert names("Selon Agro-Plaine, qui avait révélé le projet en juin, une troisième coopérative hésite.") == ["Agro-Plaine"]
    assert names("Brindle Labs first reported the talks on Monday.", "en") == ["Brindle Labs"]
    # the subject of the story, named again and again, is a company that had revealed something
    text = "Velmora avait révélé ses comptes. Velmora vend. Velmora, qui avait révélé ses plans, achète."
    assert names(text) == []


def test_names_shaped_like_a_newspaper_with_a_cue() -> None:
    assert names("Lidové zprávy noviny is not it. Ostravské noviny reported last week that Velmora won.", "en") == [
        "Ostravské noviny"
    ]
    assert names("The deal was first covered in Gazeta Pomorska, and Kurier Lubelski said it closed.", "en") == [
        "Gazeta Pomorska", "Kurier Lubelski"
    ]
    # a press word inside a company's name, or no cue: no source
    assert names("Herald Investment Management said it would buy the stake.", "en") == []
    assert names("Gazeta Pomorska was sold to a fund last year.", "en") == []


def test_a_credit_line_closing_the_article() -> None:
    assert urls("Le groupe a publié ses comptes.\n\n— Bourselive.com") == [("Bourselive.com", "https://bourselive.com")]
    assert names("The company reported results.\n– Tidewire", "en") == ["Tidewire"]
    assert names("The company reported results.\n\n- it said, and more words followed here.", "en") == []


def test_a_source_list_of_a_name_and_another_publications_domain() -> None:
    text = "Texte.\n\nSources : La Gazette des Plaines, agro-veille.fr"
    assert urls(text) == [("La Gazette des Plaines", None), ("agro-veille.fr", "https://agro-veille.fr")]
    # the name that owns the domain keeps it, as does a description of the source
    assert urls("Texte.\n\nSources : Agro-Veille, agro-veille.fr") == [("Agro-Veille", "https://agro-veille.fr")]
    assert urls("Text.\n\nSource: company statement, velmora.com", "en") == [("company statement", "https://velmora.com")]


def test_a_name_cited_in_the_text_and_its_domain_in_the_list_are_one_source() -> None:
    text = "Selon Agro-Veille, qui avait révélé le projet, la fusion avance.\n\nSources : La Gazette des Plaines, agro-veille.fr"
    assert urls(text) == [("Agro-Veille", "https://agro-veille.fr"), ("La Gazette des Plaines", None)]


def test_a_data_provider_named_with_research_and_more_words() -> None:
    assert names("Deals fell 26%, according to Hanover Research Center data.", "en") == ["Hanover Research Center"]
    assert names("Deals fell 26%, according to SPAC Research.", "en") == ["SPAC Research"]


def test_selon_a_company_written_with_the_french_article_is_not_a_source() -> None:
    # the subject of the story, named again and again
    assert names("Selon La Gervaise, les ventes progressent. La Gervaise ouvre. La Gervaise recrute.") == []
    # a name that goes on ("La Française des Jeux"), an organisation word, a curated company
    assert names("Selon La Française des Pneus, les ventes progressent.") == []
    assert names("Selon La Banque Verte, tout va bien. Selon Le Groupe Orval, aussi.") == []
    assert names("Selon La Redoute, les ventes ont progressé.") == []


def test_news_credited_to_a_publication_a_research_firm_or_a_blog() -> None:
    assert names("La start-up a levé 18 M€, confirmant une information du Courrier Occitan.") == ["Courrier Occitan"]
    assert names("Le marché vaut 96 M€, selon une information révélée mi-novembre par SantéTech.") == ["SantéTech"]
    assert names("I've had the deck (h/t Offcut, who had it first).", "en") == ["Offcut"]
    assert names("Le marché croîtra de 11 % par an, selon le cabinet Orbitscope.") == ["Orbitscope"]
    # a company that unveils its own product, named again and again, is no source
    assert names("Le produit, dévoilé jeudi par Veltrix, est cher. Veltrix vend. Veltrix achète.") == []


def test_a_dateline_with_an_agency_the_list_does_not_know() -> None:
    assert names("Lausanne (sda) - La Bourse suisse a terminé en hausse.") == ["sda"]
    assert names("SURABAYA (KABAR) - Digital lender PT Bank Nusa signed a deal.", "en") == ["KABAR"]
    assert names("AutoZone (AZO) — Shares of the retailer fell.\nOracle (ORCL) — Shares rose.", "en") == []


def test_credit_lines_with_avec_and_a_longer_name_than_a_listed_publication() -> None:
    assert names("Le groupe a publié ses comptes.\n\n(Avec TDA)") == ["TDA"]
    assert names("Le groupe a publié ses comptes.\n\n— Avec Radio Lagon") == ["Radio Lagon"]
    assert names("Le bloc a été cédé pour 17,750 MD, rapporte La Presse de Sousse.") == ["La Presse de Sousse"]


def test_reported_citing_anyone_and_a_legal_form_in_a_source_line() -> None:
    assert names("Spending rose, Warta Niaga reported, citing the bank's management.", "en") == ["Warta Niaga"]
    # a wire release's issuer, with or without a colon: a company, not a cited publication
    assert names("Text.\n\nSource: Halden Rugged Systems, Inc.", "en") == []
    assert names("Text.\n\nSOURCE Halden Rugged Systems, Inc.", "en") == []
    assert names("Text.\n\nSource: Halden Review", "en") == ["Halden Review"]


def test_a_scoop_after_a_relative_pronoun() -> None:
    assert names("Nous étions plusieurs sur le dossier, dont Le Courrier Alpin avait révélé l'existence.") == ["Le Courrier Alpin"]
    assert names("Nous étions plusieurs, dont Le Monde avait révélé l'existence en septembre.") == ["Le Monde"]


def test_told_to_a_listed_publication_with_au() -> None:
    assert names("Le président de Carrefour a confié au Figaro que le groupe discutait.") == ["Le Figaro"]


def test_national_agencies_in_credits_and_relative_scoops() -> None:
    assert names("Le contrat a été signé à Alger.\n\n(APS)") == ["APS"]
    assert names("Bálint Kerényi told state news agency MTI.", "en") == ["MTI"]
    assert names("The Portland Ledger first reported the selection.", "en") == ["The Portland Ledger"]
    assert names("Shipco did not say, but DealAsiaWire, which first reported the deal, put it at $260m.", "en") == ["DealAsiaWire"]
    assert names("Selon Capital Maurice, qui avait évoqué le dossier, Rogers s'était intéressé.") == ["Capital Maurice"]
    assert names("Veltrix, qui avait évoqué le dossier, a renoncé.") == []


def test_a_source_line_of_two_names_and_the_domain_of_one() -> None:
    assert urls("Texte.\n\nSource : BRVM, Sika Finance – www.sikafinance.com") == [
        ("BRVM", None), ("Sika Finance", "https://www.sikafinance.com")
    ]


def test_a_listed_publication_is_shown_as_the_article_writes_it() -> None:
    assert names("Les chiffres ont été révélés, rapporte l'agence TAP.\n\n(Avec TAP)") == ["TAP"]
    assert names("Selon nos confrères du Parisien, le rachat est fait.") == ["Le Parisien"]
    assert names("He told the Financial Times and the Wall Street Journal.", "en") == ["Financial Times", "The Wall Street Journal"]
    assert names("Selon Le Monde, le groupe vend.") == ["Le Monde"]


def test_wire_services_in_a_release_dateline_keep_the_lists_name() -> None:
    assert names("SAN FRANCISCO, March 4, 2026 /PRNewswire/ -- Quillbyte, Inc. today announced.", "en") == ["PR Newswire"]
    assert names("NEW YORK, March 4, 2026 (GLOBE NEWSWIRE) -- Acme Corp. announced.", "en") == ["GlobeNewswire"]
