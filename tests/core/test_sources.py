"""Sources: source lists, inline attributions, datelines, URLs, domains and links."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tui.core.model import Link
from tui.core.sources import find_sources, publication_for_domain, publication_forms

SAMPLE = Path(__file__).resolve().parents[2] / "seeds" / "000_49812cfdf0026165.txt"


def by_name(text: str, lang: str = "fr", links=()) -> dict:
    return {s.name: s for s in find_sources(text, lang, links)}


# (text, language, expected source names, not expected)
INLINE = [
    ("Un accord a été signé, selon The Wall Street Journal.", "fr", ["The Wall Street Journal"], []),
    ("D'après Les Echos, l'opération est bouclée.", "fr", ["Les Echos"], []),
    ("L'offre serait de 3 milliards, rapporte le Financial Times.", "fr", ["Financial Times"], []),
    ("Selon l'AFP, le groupe va supprimer 300 postes.", "fr", ["AFP"], []),
    ("Le dirigeant a déclaré à Reuters qu'il restait confiant.", "fr", ["Reuters"], []),
    ("The company is in talks to raise money, according to Reuters.", "en", ["Reuters"], []),
    ("Bloomberg reported on Monday that the deal was close.", "en", ["Bloomberg"], []),
    ("The chief executive told CNBC the market was strong.", "en", ["CNBC"], []),
    ("PARIS (Reuters) - Airbus raised its forecast.", "en", ["Reuters"], []),
    ("NEW YORK, March 3 (Reuters) - Stocks fell.", "en", ["Reuters"], []),
    ("The startup is valued at $2bn (via Bloomberg).", "en", ["Bloomberg"], []),
    ("Le titre a grimpé de 5 % [via WSJ].", "fr", ["WSJ"], []),
    ("Healthcare IPOs raised $6.7 billion, according to Dealogic data.", "en", ["Dealogic"], []),
    ("PARIS (Reuters/AFP) - Le groupe a confirmé.", "fr", ["Reuters", "AFP"], []),
    ("Deals fell 12%, according to Zephyr data.", "en", ["Zephyr"], []),
    ("Les levées reculent. Selon les données de Pitchwise, la baisse atteint 20 %.", "fr", ["Pitchwise"], []),
    ("Figures from France show a rise, according to the data.", "en", [], ["France"]),
    ("He told the Financial Times and the Wall Street Journal that prices would rise.", "en",
     ["Financial Times", "The Wall Street Journal"], []),
    ("In an interview with Bloomberg TV, the CEO said demand was strong.", "en", ["Bloomberg TV"], []),
    ("Iris Capital a investi dans la start-up.", "fr", [], ["Capital"]),
    ("Selon Jean Dupont, une source proche du dossier, l'accord est proche.", "fr", [], ["Jean Dupont"]),
    ("Bloomberg is a company founded by Michael Bloomberg in 1981.", "en", [], ["Bloomberg"]),
    ("Écrivez-nous à contact@acme.com pour plus d'informations.", "fr", [], ["acme.com"]),
    ("Amazon.com a publié ses résultats.", "fr", [], ["Amazon.com"]),
    ("Issuance hit a record, according to data from Prime Database.", "en", ["Prime Database"], []),
    # wire credits and reports
    ("Le titre a bondi de 8 %.\n\n(Avec Reuters)", "fr", ["Reuters"], []),
    ("Le titre a bondi de 8 %.\n\nAvec AFP", "fr", ["AFP"], []),
    ("Il a bondi après des informations de Bloomberg selon lesquelles un rachat se prépare.", "fr", ["Bloomberg"], []),
    ("The deal is worth $2bn, according to The Australian Financial Review.", "en",
     ["The Australian Financial Review"], []),
    # publications missing from the list, named by a press word or a reporting cue
    ("Nvidia is in talks to buy Run:ai, the Israeli business daily Kolvex reported.", "en", ["Kolvex"], []),
    ("The talks were first reported by Tallyhoe.", "en", ["Tallyhoe"], []),
    ("Brindle reported, citing people familiar with the matter, that talks stalled.", "en", ["Brindle"], []),
    ("Nvidia reported revenue of $30 billion, citing strong demand.", "en", [], ["Nvidia"]),
    ("Shares traded daily on Nasdaq at a weekly Google meeting.", "en", [], ["Nasdaq", "Google"]),
    ("The Wall Street Journal had reported in April that talks had stalled.", "en", ["The Wall Street Journal"], ["April"]),
    ("Selon le quotidien économique israélien Kolvex, Nvidia discute.", "fr", ["Kolvex"], []),
    ("Comme l'a révélé l'hebdomadaire Vermeil, la société est utilisée au quotidien par Airbus.", "fr",
     ["Vermeil"], ["Airbus"]),
    ("Le journal de TF1 en parle ; le site de Renault aussi.", "fr", [], ["TF1", "Renault"]),
    ("Selon nos confrères de L'Informé, le rachat est proche.", "fr", ["L'Informé"], []),
    ("Selon nos confrères du Parisien, le rachat est proche.", "fr", ["Le Parisien"], ["Parisien"]),
    ("The Nikkei business daily first reported the talks; the Nikkei 225 rose.", "en", ["Nikkei"], []),
    ("The Nikkei 225 rose 2%, the Nikkei said.", "en", ["Nikkei"], []),
    ("Comme l'avait révélé Le Journal des Entreprises, la vente est faite.", "fr", ["Le Journal des Entreprises"], []),
    ("Selon les calculs de Vetrix Conseil, le titre a bondi.", "fr", ["Vetrix Conseil"], []),
    ("The IPO is set, according to a term sheet seen by Caixin.", "en", ["Caixin"], []),
    ("Le site spécialisé Vantor News avait évoqué des discussions ; le site de production ferme.", "fr",
     ["Vantor News"], []),
]


@pytest.mark.parametrize(("text", "lang", "expected", "absent"), INLINE, ids=[c[0][:40] for c in INLINE])
def test_inline_sources(text: str, lang: str, expected: list[str], absent: list[str]) -> None:
    found = by_name(text, lang)
    assert sorted(found) == sorted(expected), found
    for name in absent:
        assert name not in found
    for src in found.values():
        assert src.mentions, src
        for s, e in src.mentions:
            written = text[s:e]  # "du Parisien": the form without its article
            assert {written, "Le " + written} & {*publication_forms(src.name), src.name}, (src, written)


def test_sample_article_sources() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    sources = find_sources(text, "fr")
    assert [s.name for s in sources] == ["The Wall Street Journal", "CNBC", "Courrier International"]
    wsj, cnbc, courrier = sources
    assert wsj.url in ("https://wsj.com", "https://www.wsj.com")
    assert wsj.date == dt.date(2025, 11, 3)
    assert wsj.title == "OpenAI, Amazon sign $38 billion AI cloud partnership"
    assert len(wsj.mentions) == 3  # "selon", "estime", and the list line
    assert cnbc.url == "https://cnbc.com" and cnbc.date == dt.date(2025, 11, 3)
    assert courrier.url == "https://courrierinternational.com"
    assert courrier.date == dt.date(2025, 11, 4)
    assert courrier.title.startswith("Le chiffre du jour : OpenAI signe")
    for src in sources:
        for s, e in src.mentions:
            assert text[s:e] == src.name


def test_unknown_publication_in_a_list() -> None:
    text = "Un article.\n\nSources :\nLa Gazette du Lot – Le moulin rouvre ses portes – gazettedulot.fr – 2 mars 2024\n"
    (src,) = find_sources(text, "fr")
    assert src.name == "La Gazette du Lot"
    assert src.url == "https://gazettedulot.fr"
    assert src.title == "Le moulin rouvre ses portes"
    assert src.date == dt.date(2024, 3, 2)
    assert text[src.mentions[0][0] : src.mentions[0][1]] == "La Gazette du Lot"


def test_source_line_with_a_date_and_quoted_title() -> None:
    (src,) = find_sources("Texte.\nSource : Reuters, 3 mars 2024", "en")
    assert (src.name, src.date) == ("Reuters", dt.date(2024, 3, 3))
    text = "Texte.\n\nSources\n\n1. Financial Times, « Le titre », 3 novembre 2025\n"
    (src,) = find_sources(text, "fr")
    assert (src.name, src.title, src.date) == ("Financial Times", "Le titre", dt.date(2025, 11, 3))


def test_source_line_with_several_names() -> None:
    found = by_name("Le marché recule.\n\nSources: Reuters, Bloomberg, AFP\n", "fr")
    assert sorted(found) == ["AFP", "Bloomberg", "Reuters"]
    found = by_name("Le marché recule.\n\nSources : L'Agefi (agefi.fr) ; Capital Finance\n", "fr")
    assert list(found) == ["L'Agefi", "Capital Finance"]
    assert found["L'Agefi"].url == "https://agefi.fr"
    found = by_name("Le marché recule.\n\nSource : Gazette du Nord (gazettedunord.fr)\n", "fr")
    assert found["Gazette du Nord"].url == "https://gazettedunord.fr"
    found = by_name("Le marché recule.\nSource : AFP", "fr")
    assert list(found) == ["AFP"]


def test_references_header_and_bullets() -> None:
    text = "Texte.\n\nRéférences\n- Les Echos – Le rachat de X – lesechos.fr\n- https://www.latribune.fr/article-123\n"
    found = by_name(text, "fr")
    assert found["Les Echos"].url == "https://lesechos.fr"
    assert found["Les Echos"].title == "Le rachat de X"
    assert found["La Tribune"].url == "https://www.latribune.fr/article-123"


def test_inline_and_list_merge() -> None:
    text = (
        "Selon CNBC, l'action a bondi.\n\nSources :\n"
        "CNBC – Amazon stock hits record – cnbc.com – 3 novembre 2025\n"
    )
    (src,) = find_sources(text, "fr")
    assert src.name == "CNBC" and src.url == "https://cnbc.com"
    assert src.title == "Amazon stock hits record" and src.date == dt.date(2025, 11, 3)
    assert len(src.mentions) == 2


def test_bare_domains_and_urls() -> None:
    text = "Plus d'informations sur wsj.com et sur https://www.lesechos.fr/tech/article-1. Voir aussi example-news.io."
    found = by_name(text, "fr")
    assert found["The Wall Street Journal"].url == "https://wsj.com"
    assert found["Les Echos"].url == "https://www.lesechos.fr/tech/article-1"
    assert found["example-news.io"].url == "https://example-news.io"
    assert text[slice(*found["example-news.io"].mentions[0])] == "example-news.io"


def test_links_become_sources() -> None:
    links = [Link("https://www.ft.com/content/abc", "FT"), Link("https://blog.example.org/post", "a post"),
             Link("mailto:press@example.org", "press")]
    found = by_name("Un texte sans citation.", "fr", links)
    assert found["Financial Times"].url == "https://www.ft.com/content/abc"
    assert found["blog.example.org"].url == "https://blog.example.org/post"
    assert len(found) == 2


def test_order_is_first_mention() -> None:
    text = "Selon Les Echos, X. D'après Le Monde, Y. Selon Les Echos encore, Z."
    assert [s.name for s in find_sources(text, "fr")] == ["Les Echos", "Le Monde"]


def test_publication_lookup_helpers() -> None:
    assert publication_for_domain("investir.lesechos.fr") is not None
    assert publication_for_domain("www.wsj.com") is not None
    assert publication_for_domain("unknown-site.example") is None
    assert "WSJ" in publication_forms("The Wall Street Journal")
    assert publication_forms("Gazette du Lot") == ("Gazette du Lot",)


def test_no_sources() -> None:
    assert find_sources("", "fr") == []
    assert find_sources("Amazon a racheté une start-up française.", "fr") == []


def test_issuer_of_a_release_stays_a_company() -> None:
    """"SOURCE Zentrix Labs" under a wire release names its issuer, a company, not
    a publication the article cites."""
    from tui.core.extract import extract
    from tui.core.load import article_from_text

    text = (
        "Zentrix Labs to buy Corvane\n\nSAN FRANCISCO, March 3, 2025 /PRNewswire/ -- Zentrix Labs Inc. "
        "(NASDAQ: ZTRX) today announced a deal. Zentrix Labs will pay $1.2 billion.\n\nSOURCE Zentrix Labs\n"
    )
    x = extract(article_from_text(text, path="release.txt"))
    assert [s.name for s in x.sources] == ["PR Newswire"]
    company = next(c for c in x.companies if c.name == "Zentrix Labs")
    assert len(company.mentions) == 4
    assert not any(c.name.startswith("SOURCE") for c in x.companies)
    assert by_name("Sources say the deal is close.", "en") == {}


def test_a_domain_given_with_a_known_name_is_that_publication() -> None:
    text = "Le groupe a racheté la division. Détails sur agefi.ch.\n\nSource : L'Agefi (agefi.ch)"
    found = find_sources(text, "fr")
    assert [(s.name, s.url) for s in found] == [("L'Agefi", "https://agefi.ch")]


def test_a_data_provider_is_named_without_data() -> None:
    found = find_sources("It was the largest IPO of the year, according to LSEG data.", "en")
    assert [s.name for s in found] == ["LSEG"]


def test_a_list_of_publications_and_domains_in_a_source_line() -> None:
    found = find_sources("Texte.\n\nSource : Le Temps, alpenwirtschaft.ch", "fr")
    assert [(s.name, s.url) for s in found] == [("Le Temps", "https://letemps.ch"), ("alpenwirtschaft.ch", "https://alpenwirtschaft.ch")]
    release = find_sources("Texte.\n\nSource : communiqué de Kerval, kerval.io", "fr")
    assert [(s.name, s.url) for s in release] == [("communiqué de Kerval", "https://kerval.io")]


def test_data_providers_named_by_research_or_a_poll() -> None:
    assert [s.name for s in find_sources("Redemptions averaged 85%, according to SPAC Research, this year.", "en")] == [
        "SPAC Research"
    ]
    assert [s.name for s in find_sources("Analysts polled by FnGuide expect a loss.", "en")] == ["FnGuide"]
    assert [s.name for s in find_sources("Les analystes sondés par FactSet attendent une perte.", "fr")] == ["FactSet"]
    assert find_sources("Its research grew, according to research by the bank.", "en") == []
