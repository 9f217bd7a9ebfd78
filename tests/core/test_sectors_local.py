"""Sector copy: Québec's dollar where the text marks US dollars, lenders after
"de la", interviews whose question stands between an amount and its
currency, hyphenated half-billions, Nordic and Gulf public bodies, funds'
vintages, unions, gerunds of buying, law firms, a dateline with a domain,
"developer" (not "per"), counts in English with an adjective."""

from __future__ import annotations

from tests.core.company_helpers import by_name, names_in
from tests.core.figure_helpers import in_context, money, money_implied
from tests.core.source_helpers import cited_in
from tui.core.clean import clean
from tui.core.money import find_figures

names = names_in("fr")
en = names_in("en")


cited = cited_in("en")


def test_quebec_dollars_where_us_dollars_are_marked() -> None:
    text = (
        "Le promoteur montréalais investit 3,4 G$ au Québec. Le locataire s'engage pour 2,2 milliards de dollars "
        "américains (environ 3 milliards de dollars canadiens), Hydro-Québec fournit 300 MW à 5,9 ¢."
    )
    assert in_context(text, "fr") == [
        ("3,4 G$", "CAD"), ("2,2 milliards de dollars américains", "USD"), ("3 milliards de dollars canadiens", "CAD"), ("5,9 ¢", "CAD")
    ]


def test_lenders_interviews_and_half_billions() -> None:
    text = "La dette est de 300 millions d'euros, complétée par un prêt de 150 millions de la Banque européenne d'investissement."
    assert money_implied(text, "fr")[1] == ("150 millions", 1.5e8, "EUR", True)
    text = "Hydrelis a reçu 180 millions d'euros de crédit d'impôt et 45 millions d'avances remboursables de Bpifrance."
    assert money_implied(text, "fr")[1] == ("45 millions", 4.5e7, "EUR", True)
    text = "On nous valorise 85 millions d'euros.\n\nComment fonctionne le complément ?\n\nIl représente 15 millions."
    assert money_implied(text, "fr")[-1] == ("15 millions", 1.5e7, "EUR", True)
    assert money("Il a levé 10 millions d'euros.\n\nUn autre paragraphe.\n\nPuis 12 milliards.", "fr") == [("10 millions d'euros", 1e7, "EUR")]
    assert money("Five years ago a half-billion-dollar carve-out was big.") == [("half-billion-dollar", 5e8, "USD")]
    text = "Revenue was SAR 2.6 billion. Tamr, which farms 2.1 million palm trees, raised 3 million more."
    assert money_implied(text) == [("SAR 2.6 billion", 2.6e9, "SAR", False), ("3 million", 3e6, "SAR", True)]


def test_public_bodies_unions_and_vintages() -> None:
    assert en("Intro. The bond is arranged by DNB Markets. The Norwegian Water Resources and Energy Directorate (NVE) warned.") == [
        "DNB Markets"
    ]
    assert en("Intro. Evercore advised Tensorloom and Wilson Sonsini Goodrich & Rosati, Professional Corporation served as counsel.") == [
        "Evercore", "Tensorloom", "Wilson Sonsini"
    ]
    assert names("Intro. La holding Séverac Participations détient 28,5 % du capital. La CFE-CGC réclame des engagements.") == [
        "Séverac Participations"
    ]
    assert names("Intro. La société de gestion a bouclé Orséa Digital Infrastructure II à 2,5 milliards d'euros.") == [
        "Orséa Digital Infrastructure II"
    ]
    text = "Intro. Les vendeurs sont le fonds Argan Tech Fund I et les cédants, conseillés par Kettani Law Firm."
    assert names(text) == ["Argan Tech Fund I", "Kettani Law Firm"]
    found = by_name("Intro. Tamr was bought by the Saudi Agricultural and Livestock Investment Company (Salic). Xinrui's A-shares rose.")
    assert found == {"Saudi Agricultural and Livestock Investment Company": ("Salic",)}
    assert en("Intro. Xinrui needs approval from the Investment Coordinating Board.") == []


def test_buying_verbs_and_capital_cues() -> None:
    assert names("Intro. Le groupe double sa présence en rachetant Bergamo Essenze et Laval Botanicals.") == ["Bergamo Essenze", "Laval Botanicals"]
    assert names("Intro. AHA a annoncé l'acquisition de 51 % du capital de Dirhami, l'application de paiement.") == ["AHA", "Dirhami"]
    assert names("Intro. Lumorion avait levé 62 M€ en série B.") == ["Lumorion"]


def test_sources_datelines_and_quoted_cues() -> None:
    assert cited("Titre\n\n(CercleFinance.com) - Le titre Hélix bondit de 23,4 % ce jeudi.", "fr") == ["Cercle Finance"]
    assert cited("Un milliard suffirait, comme l'ont montré Les Echos en détaillant les capacités.", "fr") == ["Les Echos"]
    assert cited("Le multiple est élevé, comme l'avait relevé Africa Intelligence dès mars.", "fr") == ["Africa Intelligence"]
    assert cited("Revenue grew 22% in 2025, according to Evaluate.") == ["Evaluate"]
    assert cited("Title\n\nUK developer Cirrane Data Centres has formed a £1.2 billion joint venture.") == []
    page = "Titre\n\nLe contrat est signé.\n\nÀ lire sur le site : Data centers, une facture de 10 milliards d'euros\n"
    assert clean(page, "Titre").text == "Titre\n\nLe contrat est signé."


def test_canadian_wires_and_french_codes() -> None:
    text = (
        "TORONTO -- Laurentide Financial will buy Keystone for $1.1-billion, the Toronto-based insurer said. "
        "Keystone's parent gets US$400-million in cash and US$750-million in notes, plus US$9 a share and US$11 later. "
        "Shares rose to $46.10 on the TSX. Canadian insurers have bid before; Canada's market is crowded."
    )
    assert [f for f in in_context(text) if f[0].startswith("$")] == [("$1.1-billion", "CAD"), ("$46.10", "CAD")]
    assert money("Le titre a clôturé à 1,85 $ CA à Toronto, contre 2 $ US à New York.", "fr") == [
        ("1,85 $ CA", 1.85, "CAD"), ("2 $ US", 2.0, "USD")
    ]


def test_products_agencies_sellers_and_indexes() -> None:
    assert names("Intro. Cardiolys, dont la valve Lysa-2 a obtenu le marquage CE, a levé 10 millions d'euros.") == ["Cardiolys"]
    assert names("Intro. L'agence publique Sokkeldirektoratet estime la production. Konkurransetilsynet a validé.") == []
    assert names("Intro. Le titre s'envole après l'annonce du rachat à Perenco de 40 % du permis.") == ["Perenco"]
    assert names("Intro. Osisko a signé avec Ressources Carcajou un accord de 250 millions de dollars.")[-1] == "Ressources Carcajou"
    assert names("Intro. Le gérant londonien Ferrous Ridge Capital a clos ce fonds à 1,6 milliard de dollars.") == ["Ferrous Ridge Capital"]
    text = "Intro. ARC will buy Montney producer Kestrel Ridge. The stock trailed the S&P 500 Asset Management & Custody Banks index."
    assert en(text) == ["ARC", "Kestrel Ridge"]
    assert en("Intro. The deal needs clearance from Canada's Competition Bureau.") == []
    page = "Title\n\nThe deal closed.\n\nShare this article\nFacebook · X · LinkedIn · Email\n"
    assert clean(page, "Title").text == "Title\n\nThe deal closed."


def test_regional_french_pages() -> None:
    assert names("Intro. Les juges ont retenu le groupe Lemaire-Duhamel, un spécialiste tourquennois du linge de maison.") == [
        "Lemaire-Duhamel"
    ]
    assert names("Intro. Sofimac apporte 2,5 M€ via son fonds Massif Central Croissance 3. Le couteau phare se vend bien.")[-1] == (
        "Massif Central Croissance 3"
    )
    assert cited("La bière a reculé de 3 % en volume, selon les données du panéliste Circana.", "fr") == ["Circana"]
    page = "Titre\n\nLe réseau compte 300 agences.\n\nPartager sur Facebook · Partager sur LinkedIn · Envoyer par e-mail\n"
    assert clean(page, "Titre").text == "Titre\n\nLe réseau compte 300 agences."


def test_whose_dollar_percent_words_and_counts() -> None:
    text = (
        "Montréal-based Frostline has closed a $20 million CAD ($14.6 million USD) round. The Canadian startup, "
        "backed by Ontario funds and Canada's BDC, also got a $3 million grant; US$6 billion and US$410 million went elsewhere."
    )
    assert in_context(text) == [
        ("$20 million CAD", "CAD"), ("$14.6 million USD", "USD"), ("$3 million", "CAD"), ("US$6 billion", "USD"), ("US$410 million", "USD")
    ]
    assert [(f.text, f.value, f.value_max) for f in find_figures("Margins should grow between six and eight per cent, sales nine per cent.", "en")] == [
        ("between six and eight per cent", 6.0, 8.0), ("nine per cent", 9.0, None)
    ]
    assert money("Le tarif est de 7,9 centimes d’euro le kilowattheure.", "fr") == [("7,9 centimes d’euro", 0.079, "EUR")]
    assert money("Australians spent $4.2 billion at vets, and the number of pet dogs has passed 6.4 million.") == [
        ("$4.2 billion", 4.2e9, "USD")
    ]
    page = "Title\n\nThe deal closed.\n\nMore from Business\nTydal shares slide 7 per cent as growth slows\n"
    assert clean(page, "Title").text == "Title\n\nThe deal closed."


def test_investors_owners_brands_and_units() -> None:
    text = (
        "Intro. Blue Tern Partners agreed to buy Prairie Air Supply, a Denver-based HVAC distributor, from Gryphon Investors. "
        "Caldera Midstream, owned by Brookfield Infrastructure Partners, priced notes."
    )
    assert en(text) == ["Blue Tern Partners", "Prairie Air Supply", "Gryphon Investors", "Caldera Midstream", "Brookfield Infrastructure"]
    assert en("Intro. Northfield Foods sold 3 plants. Its brands include Harvest Lane and Crumbly's.") == ["Northfield Foods"]
    assert names("Intro. Le fonds achète 49 % d'un portefeuille de 750 MW, détenus par Innergex, et du fonds polonais Enterprise Investors.") == [
        "Innergex", "Enterprise Investors"
    ]


def test_compass_firms_rivals_and_directives() -> None:
    assert en("Intro. The sellers include venture firm East Ventures and Singapore state investor GIC.") == ["East Ventures", "GIC"]
    assert names("Intro. En France, Palissade fait face à Sekoia.io et à l’israélien Claroty.") == ["Sekoia.io", "Claroty"]
    assert money("« La directive NIS 2 oblige 15 000 entités à se protéger », dit un expert en Israël.", "fr") == []


def test_a_banks_unit_named_in_lower_case() -> None:
    text = "Intro. L'analyste Sophie Gagnon, de Desjardins Marché des capitaux, relève sa cible. Desjardins investit 60 M$."
    assert names(text) == ["Desjardins Marché des capitaux", "Desjardins"]
    assert names("Intro. BNP Paribas Gestion d'actifs a levé un fonds.") == ["BNP Paribas Gestion d'actifs"]
