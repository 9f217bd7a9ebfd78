"""Sources of regional copy: titles that go on after a particle, a site's
domain, "X daily reported", datelines with a date, the publisher of a removed
copyright line, and a listed title written in lower case ("The deal")."""

from __future__ import annotations

from tui.core.extract import extract
from tui.core.load import article_from_text
from tui.core.sources import find_sources


def cited(text: str, lang: str = "fr") -> list[tuple[str, str | None]]:
    return [(s.name, s.url) for s in find_sources(text, lang)]


def test_titles_that_go_on_after_a_particle() -> None:
    assert cited("Le fonds triple sa mise, selon Le Courrier de La Rochelle. Le dirigeant reste.") == [
        ("Le Courrier de La Rochelle", None)
    ]
    assert cited("Comme l'avait révélé Le Messager du Sahel en mai, la start-up a levé des fonds.") == [
        ("Le Messager du Sahel", None)
    ]
    assert cited("Selon La Française des Jeux, le marché progresse.") == []


def test_a_site_by_its_domain_and_a_daily_by_its_verb() -> None:
    assert cited("Un centre ouvrira, comme l'a révélé le site Infosdakar.sn.") == [("Infosdakar.sn", "https://infosdakar.sn")]
    assert cited("Al-Nahar daily reported on Monday that talks had begun.", "en") == [("Al-Nahar", None)]


def test_datelines_with_a_date() -> None:
    assert cited("Niamey, 4 février 2026 (ANP) – Le groupe a signé la convention.") == [("ANP", None)]
    assert cited("MUSCAT, Jan 12 (ONA) -- The bourse rose.", "en") == [("ONA", None)]
    assert cited("Vantor (VTR) — Shares of the retailer fell.", "en") == []


def test_a_listed_title_after_an_article_keeps_its_capital() -> None:
    assert cited("The deal, first reported by Diario Financiero, values the firm at $2 billion.", "en") == [
        ("Diario Financiero", "https://df.cl")
    ]


def test_the_publisher_of_a_removed_copyright_line_is_a_source() -> None:
    body = ("Le courtier relève son objectif de cours de Vantor à 38 euros après une acquisition en Espagne "
            "qui doit doubler le chiffre d'affaires du groupe d'ici deux ans, selon la note publiée mardi.")
    article = article_from_text(f"Vantor relevé\n\n{body}\n\nCopyright (c) 2025 BourseDirecte.fr. Tous droits réservés.", path="x")
    assert "Copyright" not in article.text
    assert [(s.name, s.url, s.mentions) for s in extract(article).sources] == [
        ("boursedirecte.fr", "https://boursedirecte.fr", ())
    ]


def test_a_url_needs_a_dotted_host() -> None:
    assert cited("Voir [link=http://x]ici[/link], http://wiki/page et https://www.example.org/x.") == [
        ("example.org", "https://www.example.org/x")
    ]


def test_titles_with_news_daily_or_times() -> None:
    assert cited("According to the Economic Daily Courier, two suitors looked.", "en") == [("Economic Daily Courier", None)]
    assert cited("Selon Sahelnews, le Trésor percevra des droits.") == [("Sahelnews", None)]
    assert cited("La société Breaknews a levé des fonds, selon Vantor.") == []


def test_research_firms_and_newspapers_cited_for_their_figures_or_scoops() -> None:
    assert cited("The market was worth Bt28 billion, according to market research firm Halvorsen & Berg.", "en") == [
        ("Halvorsen & Berg", None)
    ]
    assert cited("Selon les estimations du cabinet MastXchange, chaque pylône vaut 113 000 dollars.") == [("MastXchange", None)]
    assert cited("Yeni Haber newspaper first reported the talks in October.", "en") == [("Yeni Haber", None)]
    assert cited("According to startups.watch, startups raised $1.1 billion; see lenouvelliste.ht.", "en") == [
        ("startups.watch", "https://startups.watch"), ("lenouvelliste.ht", "https://lenouvelliste.ht")
    ]


def test_a_site_named_by_its_count_or_figures() -> None:
    assert cited("Selon le site Lumio Invest, la collecte est close.") == [("Lumio Invest", None)]


def test_a_listed_name_written_in_lower_case_is_not_it_and_a_shorter_one_may_be() -> None:
    assert cited("The Nikkei business daily first reported the deal.", "en") == [("Nikkei", "https://nikkei.com")]
    assert cited("The Financial times of the group were good, said Vantor.", "en") == []


def test_a_listed_research_firm_named_by_its_trade() -> None:
    assert cited("Le marché pèse 3 milliards, selon les estimations du cabinet Xerfi.") == [("Xerfi", "https://xerfi.com")]
    assert cited("The market grew 9%, according to market research firm Mordor Intelligence.", "en") == [
        ("Mordor Intelligence", "https://mordorintelligence.com")
    ]


def test_a_wires_end_credit() -> None:
    assert cited("The group signed the deal on Monday.\n\n(END) Kessler Newswires", "en") == [("Kessler Newswires", None)]
    assert cited("The group signed.\n\n(END) Kessler Newswires\n\nJanuary 19, 2026 06:12 ET (11:12 GMT)", "en") == [
        ("Kessler Newswires", None)
    ]


def test_consensus_providers() -> None:
    assert cited("Profit beat the $264 million analysts expected, according to a Kestrel Insight consensus.", "en") == [
        ("Kestrel Insight", None)
    ]
    assert cited("EPS came in at $1.42, against a $1.37 consensus compiled by Marlin Analytics, on revenue of $2.3 billion.", "en") == [
        ("Marlin Analytics", None)
    ]
    assert cited("Le consensus Zonevalue table sur 3 %. Le titre gagne 2 %, au-dessus du consensus.") == [("Zonevalue", None)]


def test_a_title_with_its_article_after_a_press_word_and_more_reporting_verbs() -> None:
    assert cited("Comme l’a annoncé le quotidien Le Réveil, la banque a renoncé.") == [("Le Réveil", None)]
    assert cited("Le Réveil a renoncé à la banque, dit-il.") == []
    assert cited("Comme l'a relaté Var Hebdo en mai, la brasserie a grandi.") == [("Var Hebdo", None)]
    assert cited("Comme l'écrit Sud Ouest Éco, la coopérative recrute.") == [("Sud Ouest Éco", None)]


def test_an_outlet_that_reported_and_research_firms_cited_for_figures() -> None:
    assert cited("Business outlet Steppe Ledger reported that two funds had bid.", "en") == [("Steppe Ledger", None)]
    assert cited("Analysts at Harrow Research estimate that 30 per cent of sites run it.", "en") == [("Harrow Research", None)]
    assert cited("Profit beat the 2.1 billion expected, according to Tallis Consensus. Sales rose.", "en") == [
        ("Tallis Consensus", None)
    ]


def test_a_publication_cited_by_name_gets_its_site_an_unlisted_one_none() -> None:
    assert cited("Selon Les Echos et selon Le Petit Vantorien, la banque vend.") == [
        ("Les Echos", "https://lesechos.fr"), ("Le Petit Vantorien", None)
    ]


def test_a_wire_code_in_lower_case_and_a_citation_later_that_day() -> None:
    assert [n for n, _ in cited("Lausanne (ats) – Le groupe hôtelier change de mains.")] == ["ats"]
    assert cited("Comme l'a annoncé ce matin Les Echos, la vente sera signée.") == [("Les Echos", "https://lesechos.fr")]


def test_a_currency_code_after_an_amount_is_no_company() -> None:
    article = article_from_text(
        "Titre\n\nLe port coûte 42 milliards de francs Djibouti (FDJ), prêtés par BNP Paribas.", path="a.txt"
    )
    assert [c.name for c in extract(article).companies] == ["BNP Paribas"]


def test_two_titles_that_reported_together() -> None:
    assert [n for n, _ in cited("Le Parisien et Libération ont révélé l'affaire lundi.")] == ["Le Parisien", "Libération"]
    assert [n for n, _ in cited("The Times and The Guardian reported the talks.", "en")] == ["The Times", "The Guardian"]


def test_a_consensus_named_after_in_a_and_an_acronym_defined_for_a_company() -> None:
    assert cited("Sales beat the 1.02 billion expected in a Tallis Research consensus. Margins widened.", "en") == [("Tallis Research", None)]
    article = article_from_text(
        "Titre\n\nBouygues cède ses pylônes à Phoenix Tower International (PTI). PTI construira 1 200 sites.", path="a.txt"
    )
    assert [s.name for s in extract(article).sources] == []
    assert cited("Selon la Press Trust of India (PTI), le groupe vend. PTI a ajouté que rien n'est signé.") == [
        ("Press Trust of India", "https://ptinews.com")
    ]


def test_a_website_and_a_data_platform_named_by_their_trade() -> None:
    assert [n for n, _ in cited("Talk of a bid was first flagged by the City website Gildhall last month.", "en")] == ["Gildhall"]
    assert [n for n, _ in cited("Losses narrowed, according to figures sourced from business intelligence platform Datrix.", "en")] == [
        "Datrix"
    ]


def test_a_provider_in_a_source_line_without_the_word_for_data() -> None:
    assert [n for n, _ in cited("Brent fell.\n\nSource: Refinex data, company statements.", "en")] == ["Refinex"]


def test_a_trade_publication_after_according_to() -> None:
    assert cited("According to industry publication Pension Weekly, 300 schemes completed a deal.", "en") == [("Pension Weekly", None)]


def test_public_broadcasters_and_a_description_after_a_domain() -> None:
    assert cited("According to RÚV, the plant stays open. NRK reported the sale.", "en") == [
        ("RÚV", "https://ruv.is"), ("NRK", "https://nrk.no")
    ]
    assert cited("Text.\n\nSource: ziare.ro, company statements", "en") == [("ziare.ro", "https://ziare.ro")]


def test_a_wire_code_alone_on_the_last_line() -> None:
    assert cited("Le dividende sera maintenu.\n\nPlus d'informations: www.helvoria.ch\n\n(ats)") == [
        ("helvoria.ch", "https://www.helvoria.ch"), ("ats", "https://keystone-sda.ch")
    ]
