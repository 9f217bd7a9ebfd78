"""Companies: curated names, unknown names found by rules, and the traps."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from tui.core.companies import find_companies, gazetteer
from tui.core.company_rules import load_json

SAMPLE = Path(__file__).resolve().parents[2] / "seeds" / "000_49812cfdf0026165.txt"


def names(text: str, lang: str = "fr", **kw) -> list[str]:
    return [c.name for c in find_companies(text, lang, **kw)]


def check_spans(text: str, lang: str = "fr", **kw) -> None:
    """Every mention is exact, sorted, and companies come by first mention."""
    companies = find_companies(text, lang, **kw)
    firsts = [c.mentions[0][0] for c in companies]
    assert firsts == sorted(firsts)
    for c in companies:
        assert list(c.mentions) == sorted(c.mentions)
        for s, e in c.mentions:
            written = " ".join(text[s:e].split())
            assert written == c.name or written in c.aliases, (c, text[s:e])


# (text, language, expected companies, not expected)
CASES = [
    # --- French rules on unknown names
    ("La start-up Pigment a levé 145 millions de dollars.", "fr", ["Pigment"], []),
    ("Helsing lève 450 millions d'euros auprès de General Catalyst.", "fr", ["Helsing", "General Catalyst"], []),
    ("Le groupe Vanteris rachète Solvène pour 2 milliards d'euros.", "fr", ["Vanteris", "Solvène"], []),
    ("La jeune pousse Dreamlab, filiale de Capgemini, recrute.", "fr", ["Dreamlab", "Capgemini"], []),
    ("Le fonds Ardian a pris une participation dans Brevalis.", "fr", ["Ardian", "Brevalis"], []),
    ("Northvolt a été rachetée par Lyten l'an dernier.", "fr", ["Northvolt", "Lyten"], []),
    ("Acme Robotics SAS a annoncé une levée de fonds.", "fr", ["Acme Robotics"], []),
    ("Cerveo, la jeune pousse nantaise, vise l'Europe.", "fr", ["Cerveo"], []),
    ("Il a acquis en 2023 le suisse Kelvora pour un montant non communiqué.", "fr", ["Kelvora"], []),
    ("La fusion entre Altavia et Brunelle crée un géant du secteur.", "fr", ["Altavia", "Brunelle"], []),
    ("Marc Duval, gérant chez Financière Lorvan, reste prudent.", "fr", ["Financière Lorvan"], ["Marc Duval"]),
    ("Le tour de table est mené par Serra Capital, Elaia et Partech.", "fr", ["Serra Capital", "Elaia", "Partech"], []),
    ("Le chiffre d'affaires de la start-up française Mistral AI double.", "fr", ["Mistral AI"], []),
    # --- French curated names, possessives, aliases
    ("L’entreprise OpenAI a signé un accord avec Amazon.", "fr", ["OpenAI", "Amazon"], []),
    ("Le cours d'Amazon a bondi, comme celui d’OpenAI.", "fr", ["Amazon", "OpenAI"], []),
    ("Amazon Web Services (AWS) reste la filiale la plus rentable d'Amazon.", "fr", ["Amazon Web Services", "Amazon"], []),
    ("Le Forum économique mondial (FEM), aussi appelé WEF, se réunit à Davos.", "fr", ["World Economic Forum"], ["Davos"]),
    ("L'accord a été conclu notamment avec Oracle et Google.", "fr", ["Oracle", "Google"], []),
    ("L'opérateur Orange a relevé ses tarifs.", "fr", ["Orange"], []),
    ("TotalEnergies et Engie investissent dans l'éolien.", "fr", ["TotalEnergies", "Engie"], []),
    ("Nomura Securities a conseillé l'acheteur.", "fr", ["Nomura Securities"], ["Nomura"]),
    # --- French traps
    ("Le PDG d'Amazon, Andy Jassy, a salué l'accord.", "fr", ["Amazon"], ["Andy Jassy"]),
    ("Arthur Mensch, cofondateur de Mistral AI, estime que l'Europe doit accélérer.", "fr", ["Mistral AI"], ["Arthur Mensch"]),
    ("Le siège est à Paris et l'usine à Lyon, près de la Suisse.", "fr", [], ["Paris", "Lyon", "Suisse"]),
    ("Hier, les marchés ont reculé. Cette semaine sera décisive. Lundi, tout change.", "fr", [], ["Hier", "Cette", "Lundi"]),
    ("ChatGPT et Windows restent très utilisés.", "fr", [], ["ChatGPT", "Windows"]),
    ("La couleur orange domine. Au total, 3 milliards ont été investis.", "fr", [], ["Orange", "TotalEnergies"]),
    ("C'est la société fondée par Sam Altman, l'éditeur de Windows.", "fr", [], ["Sam Altman", "Windows"]),
    ("Selon Les Echos, la société Qualiflex prépare son introduction en Bourse.", "fr", ["Qualiflex"], ["Les Echos"]),
    ("La Commission européenne et l'Autorité de la concurrence enquêtent.", "fr", [], ["Commission européenne"]),
    # --- English rules on unknown names
    ("Pigment raised $145 million in a round led by ICONIQ and Sequoia Capital.", "en", ["Pigment", "ICONIQ", "Sequoia Capital"], []),
    ("Helsing, the German defence startup, said it would expand.", "en", ["Helsing"], []),
    ("Vantor has agreed to buy Quellio for $2bn.", "en", ["Vantor", "Quellio"], []),
    ("The round was led by Brightwave Ventures with participation from Accel.", "en", ["Brightwave Ventures", "Accel"], []),
    ("Acme Robotics Inc. said on Monday that revenue doubled.", "en", ["Acme Robotics"], ["Monday"]),
    ("Sequoia-backed Lumora filed for an IPO.", "en", ["Sequoia Capital", "Lumora"], []),
    ("Microsoft and Quantix sign a cloud partnership.", "en", ["Microsoft", "Quantix"], []),
    ("The merger between Kestrel Air and Norwind was approved.", "en", ["Kestrel Air", "Norwind"], []),
    ("Analysts at Castellan expect margins to improve.", "en", ["Castellan"], []),
    ("The Paris-based startup Nacrelle hired 40 engineers.", "en", ["Nacrelle"], ["Paris-based Nacrelle"]),
    ("Chipmaker Arm said demand was strong.", "en", ["Arm Holdings"], []),
    ("Shell plc reported higher profits while Visa and Mastercard gained.", "en", ["Shell", "Visa", "Mastercard"], []),
    ("BlackRock, Vanguard and State Street hold large stakes.", "en", ["BlackRock", "The Vanguard Group", "State Street"], []),
    # --- English traps
    ("Sam Altman, the CEO of OpenAI, said the deal was historic.", "en", ["OpenAI"], ["Sam Altman"]),
    ("Shares of Nvidia rose 4% on Wall Street.", "en", ["Nvidia"], ["Wall Street"]),
    ("In March, the company moved to Austin, Texas.", "en", [], ["March", "Austin", "Texas"]),
    ("According to Reuters, Orbital Dynamics raised $20 million.", "en", ["Orbital Dynamics"], ["Reuters"]),
    ("Apple unveiled the iPhone while Google launched Gemini.", "en", ["Apple", "Google"], ["iPhone", "Gemini"]),
    ("The shell company got a visa for its target market.", "en", [], ["Shell", "Visa", "Target"]),
    ("How Generative AI Will Change Capital Markets", "en", [], ["Generative AI"]),
    ("France and Germany sign a new treaty.", "en", [], ["France", "Germany"]),
    # --- more rules: market digests, lists with prepositions, legal forms with a slash
    ("European shares rose, led by a 9% jump in Zentara.", "en", ["Zentara"], []),
    ("Banca Valtrebbia rose 4% after Lindqvist Securities upgraded the stock.", "en", ["Lindqvist Securities"], []),
    ("Elle avait levé 8 millions d'euros auprès d'Iris Capital et de Siparex.", "fr", ["Iris Capital", "Siparex"], []),
    ("Le groupe a déjà racheté Dataverse en 2022.", "fr", ["Dataverse"], []),
    ("Brenholt AG has agreed to acquire Fyrland A/S for $300m.", "en", ["Brenholt", "Fyrland"], []),
    # --- "&" joins one firm's name; it is not a list of two
    ("The buyer was advised by Simpson Thacher & Bartlett and Goldman Sachs.", "en",
     ["Simpson Thacher", "Goldman Sachs"], ["Bartlett"]),
    ("Fidelity Management & Research led the round, with Sequoia Capital.", "en",
     ["Fidelity Management & Research", "Sequoia Capital"], ["Research", "Fidelity Management"]),
    ("Amazon & Google sign a cloud pact.", "en", ["Amazon", "Google"], []),
    # --- a name placed by its city or country
    ("Analysts were upbeat. Stockholm's Lovable, whose software builds apps, raised $200m.", "en", ["Lovable"], []),
    ("Further down, Paris-based Nacelle, which builds agents for insurers, raised €14m.", "en", ["Nacelle"], []),
    ("France's Bernard Arnault spoke. London's Heathrow Airport is busy.", "en", [], []),
    ("Prices rose.\nSweden's Lovable raised $20m while Australia's S&P/ASX 200 fell and Japan's Nikkei 225 rose.", "en",
     ["Lovable"], ["S&P", "Nikkei"]),
    ("Blackstone-owned AirTrunk needs no approval from the Foreign Investment Review Board.", "en", ["AirTrunk"],
     ["Foreign Investment"]),
    ("Companies listed in London drew bids; Banks rallied.", "en", [], []),
    ("Analyst Harriet Lyle said the Calgary group Whitecap Resources would buy Veren; Whitecap shares rose.", "en",
     ["Whitecap Resources"], ["Harriet Lyle", "Whitecap"]),
    ("Roche agreed to buy U.S. biotech 89bio; shares of U.K. chipmaker Arm rose.", "en", ["Roche", "89bio"], ["U.S", "U.K"]),
    # --- something only a company owns, after "'s"
    ("Tarvik's stock jumped, Nexo's revenue rose and Kestrel's chief executive, John Smith, spoke.", "en",
     ["Tarvik", "Nexo", "Kestrel"], []),
    ("Germany's biggest bank and France's revenue fell. Elon Musk sold shares; Musk's stake in Tesla rose.", "en",
     ["Tesla"], ["Germany", "France", "Musk"]),
    ("Les actions de Carvel ont reculé ; la valorisation de Brontex grimpe. Le directeur financier de Quillon, "
     "Paul Martin, parle.", "fr", ["Carvel", "Brontex", "Quillon"], ["Paul Martin"]),
    ("The market value of Velmora rose, investors in Ostravix cheered and he co-founded Kelpie in 2015.", "en",
     ["Velmora", "Ostravix", "Kelpie"], []),
    # --- relative clauses, advisers, trade nouns, other languages' organisation words
    ("Le capteur vient de Brisval, qui fabrique des lidars. Ortolan, which makes drones, grew.", "fr",
     ["Brisval", "Ortolan"], []),
    ("Merrow Hale advised the buyer, while Dunmore acted for the lenders.", "en", ["Merrow Hale", "Dunmore"], []),
    ("Le chocolatier breton Kerlouan rachète le torréfacteur Maison Pivert.", "fr", ["Kerlouan", "Maison Pivert"], []),
    ("Grupo Tavares et Lumen Energía signent un accord ; la note attribuée par Ardent Ratings à Brocard & Fils "
     "reste inchangée.", "fr",
     ["Grupo Tavares", "Lumen Energía", "Brocard & Fils", "Ardent Ratings"], []),
    ("The Swiss group Nestlé and AXA Investment Managers; Tata Steel Growth Fund invests.", "en",
     ["Nestlé", "AXA Investment Managers", "Tata Steel Growth Fund"], ["Swiss"]),
    ("Norway's Inspectorate of Mines approved it.", "en", [], ["Inspectorate"]),
    ("Le fonds a pris 30 % dans Nordvik, opérateur norvégien de fibre. Brisac, constructeur de maisons basé à "
     "Rennes, souffre. Jean Dupont, fondateur de la société, parle.", "fr", ["Nordvik", "Brisac"], ["Jean Dupont"]),
    ("Sembcorp sold a stake to a Tarrow-managed fund; a Quell-led group bid. Ostin Hale represented the SPAC. "
     "The Kospi rose.", "en", ["Tarrow", "Quell", "Ostin Hale"], ["Kospi"]),
    ("Lamartine Conseil a accompagné la famille ; le Conseil d'État a tranché. Le prêt vient de la Banque "
     "Populaire Auvergne Rhône Alpes et du Crédit Agricole Nord Est.", "fr",
     ["Lamartine Conseil", "Banque Populaire Auvergne Rhône Alpes", "Crédit Agricole Nord Est"], ["Conseil d'État"]),
    # --- an adviser's role in parentheses (deal tombstones)
    ("Conseils acquéreur : Lazard (M&A), Kramer Advisory (DD financière, fiscal)\nCédant : Goodwin (juridique)\n"
     "Le titre (M&A) a monté.", "fr", ["Lazard", "Kramer Advisory", "Goodwin Procter"], ["Le titre"]),
    # --- a stock listing after the name
    ("Yesterday Brontex Materials (NYSE: BRX) rose after Quillon Robotics (Nasdaq:QLLN) fell.", "en",
     ["Brontex Materials", "Quillon Robotics"], ["BRX", "NYSE"]),
    ("Velmora (Euronext Paris : VLM) et Hexo Labs (TSX-V: HXO; OTCQB: HXOL) montent.", "fr", ["Velmora", "Hexo Labs"], []),
    ("Les actions de Carvel (Euronext Paris : CRV) ont gagné 2 %.", "fr", ["Carvel"], ["CRV", "Euronext"]),  # a ticker, not the fund
    ("Le CAC 40 (Euronext: PX1) a progressé ; Paris (EPA: X) aussi.", "fr", [], []),
    # --- bidders
    ("Selon la presse, Kerlys et Arvane étaient aussi sur les rangs ; Ostrel était en lice.", "fr",
     ["Kerlys", "Arvane", "Ostrel"], []),
    ("Trinova, Quadra and Pelham were among other bidders.", "en", ["Trinova", "Quadra", "Pelham"], []),
    # --- a known name and a country: a subsidiary (not when the country is an adjective)
    ("Tata Steel signed a loan for its Dutch unit, Tata Steel Nederland, while Vodafone España was sold to Zegona.", "en",
     ["Tata Steel", "Tata Steel Nederland", "Vodafone España"], []),
    ("SoftBank and OpenAI set up SB OpenAI Japan, a venture. Tesla China deliveries rose; Amazon in France hired.", "en",
     ["SoftBank", "OpenAI", "SB OpenAI Japan", "Tesla", "Amazon"], ["Tesla China", "OpenAI Japan"]),
    # --- a short form of one longer unknown name; a fund or SPAC's roman numeral
    ("La biotech Ostralis Immunotherapeutics a signé ; Ostralis a cédé ses droits à la société Ventrix.", "fr",
     ["Ostralis Immunotherapeutics", "Ventrix"], ["Ostralis"]),
    ("The startup Helix Orbital agreed to merge with blank-check company Keystone Ridge Acquisition Corp. II; Helix "
     "raised $5m. Chapter II applies.", "en", ["Helix Orbital", "Keystone Ridge Acquisition Corp. II"], ["Helix", "II"]),
    # --- an apostrophe inside a name word
    ("The round was led by Tamr's venture arm, Sa'ad Ventures, with Ma'aden. We're told O'Neil Capital agreed.", "en",
     ["Sa'ad Ventures", "Ma'aden", "O'Neil Capital"], ["We're", "Sa"]),
    # --- names written with a colon or a dot
    ("Nvidia agreed to acquire Run:ai, the Israeli startup. Note:This is not a name.", "en", ["Nvidia", "Run:ai"], ["Run"]),
    ("La start-up Builder.ai a fait faillite.", "fr", ["Builder.ai"], ["Builder"]),
    # --- a product's edition is not a company
    ("It sells ChatGPT Plus and Windows Server licences, Ordalis Corp said.", "en", ["Ordalis"],
     ["ChatGPT Plus", "Windows Server"]),
]


@pytest.mark.parametrize(("text", "lang", "expected", "absent"), CASES, ids=[c[0][:40] for c in CASES])
def test_companies_table(text: str, lang: str, expected: list[str], absent: list[str]) -> None:
    exclude = ["Les Echos"] if "Les Echos" in text else ["Reuters"] if "Reuters" in text else []
    found = names(text, lang, exclude=exclude)
    for name in expected:
        assert name in found, (name, found)
    for name in absent:
        assert name not in found, (name, found)
    if not expected:
        assert found == [], found
    check_spans(text, lang, exclude=exclude)


def test_aliases_are_the_written_forms() -> None:
    text = "Le Forum économique mondial, ou FEM, est connu en anglais comme le WEF. Amazon Web Services (AWS)."
    by_name = {c.name: c for c in find_companies(text, "fr")}
    assert by_name["World Economic Forum"].aliases == ("Forum économique mondial", "FEM", "WEF")
    assert by_name["Amazon Web Services"].aliases == ("AWS",)
    assert by_name["Amazon Web Services"].ticker is None


def test_legal_form_or_firm_name_after_a_curated_name_is_an_alias() -> None:
    text = "Tencent Holdings a investi. Shares of Hermès International rose; Tencent and Hermès declined to comment."
    by_name = {c.name: c for c in find_companies(text, "fr")}
    assert by_name["Tencent"].aliases == ("Tencent Holdings",)
    assert by_name["Hermès"].aliases == ("Hermès International",)
    assert [text[s:e] for s, e in by_name["Tencent"].mentions] == ["Tencent Holdings", "Tencent"]
    check_spans(text, "fr")


def test_a_curated_name_does_not_run_across_a_line_break() -> None:
    text = "Deal with Amazon\nWeb Services rose. Amazon Web Services and Goldman\u00a0Sachs signed."
    spans = {c.name: [text[s:e] for s, e in c.mentions] for c in find_companies(text, "en")}
    assert spans["Amazon"] == ["Amazon"]
    assert spans["Amazon Web Services"] == ["Amazon Web Services"]
    assert spans["Goldman Sachs"] == ["Goldman\u00a0Sachs"]


def test_longest_match_and_possessive_spans() -> None:
    text = "Amazon's cloud, Amazon Web Services, powers d’Amazon."
    companies = {c.name: c for c in find_companies(text, "en")}
    assert [text[s:e] for s, e in companies["Amazon"].mentions] == ["Amazon", "Amazon"]
    assert [text[s:e] for s, e in companies["Amazon Web Services"].mentions] == ["Amazon Web Services"]
    assert companies["Amazon"].ticker == "AMZN"


def test_unknown_name_every_mention_but_not_the_person() -> None:
    text = (
        "Montbrun prend le contrôle du groupe Tessandier. Tessandier emploie 900 salariés. "
        "« Nous accélérons », indique Pierre Tessandier, président du directoire."
    )
    companies = {c.name: c for c in find_companies(text, "fr")}
    assert len(companies["Tessandier"].mentions) == 2


def test_excluded_source_name_does_not_hide_a_longer_company_name() -> None:
    text = "Iris Capital a investi 5 millions d'euros dans Pigment, selon Capital."
    assert names(text, exclude=["Capital"]) == ["Iris Capital", "Pigment"]
    text = "Thomson Reuters a publié ses comptes, rapporte Reuters."
    assert names(text, exclude=["Reuters"]) == ["Thomson Reuters"]
    assert names("Sequoia invested $50 million in Lumora last year.", "en") == ["Sequoia Capital", "Lumora"]


def test_short_form_merges_with_full_name() -> None:
    text = "Quantaro agreed to acquire startup Helix Data. Helix, founded in 2018, raised $300 million."
    companies = {c.name: c for c in find_companies(text, "en")}
    assert companies["Helix Data"].aliases == ("Helix",)
    assert len(companies["Helix Data"].mentions) == 2
    assert "Helix" not in companies


def test_ambiguous_name_in_a_list_with_known_companies() -> None:
    text = "Its customers include Walmart, Pfizer and Delta."
    companies = {c.name: c for c in find_companies(text, "en")}
    assert companies["Delta Air Lines"].aliases == ("Delta",)
    assert names("Delta variant cases rose in the delta region.", "en") == []


def test_skip_and_exclude() -> None:
    text = "Selon CNBC, Amazon a payé 38 milliards de dollars à OpenAI."
    amount = text.index("38 milliards")
    found = names(text, exclude=["CNBC"], skip=[(amount, amount + 24)])
    assert found == ["Amazon", "OpenAI"]
    found = names("Amazon et Google.", skip=[(0, 6)])
    assert found == ["Google"]


def test_sample_article() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    sources = ["The Wall Street Journal", "CNBC", "Courrier International"]
    companies = {c.name: c for c in find_companies(text, "fr", exclude=sources)}
    for name in [
        "OpenAI", "Amazon", "Amazon Web Services", "Microsoft", "Google", "Nvidia", "Oracle", "Broadcom",
        "BlackRock", "The Vanguard Group", "State Street", "World Economic Forum",
    ]:
        assert name in companies, name
    assert companies["Amazon Web Services"].aliases == ("AWS",)
    assert companies["The Vanguard Group"].aliases == ("The Vanguard group",)
    assert set(companies["World Economic Forum"].aliases) == {"FEM", "WEF", "Forum économique mondial"}
    for name in ["ChatGPT", "Sam Altman", "San Francisco", "Windows", "The Wall Street Journal", "CNBC", "Wall Street"]:
        assert name not in companies
    assert not any("Wall Street Journal" in a for c in companies.values() for a in c.aliases)
    check_spans(text, "fr", exclude=sources)


def test_data_file_is_large_and_consistent() -> None:
    data = load_json("companies.json")["companies"]
    assert len(data) >= 300
    for entry in data:
        assert set(entry) <= {"name", "aliases", "ticker", "ambiguous", "kind"}, entry
        forms = {entry["name"], *entry.get("aliases", ())}
        assert set(entry.get("ambiguous", ())) <= forms, entry
    assert len(gazetteer().entries) == len(data)


def test_no_companies_in_empty_or_lowercase_text() -> None:
    assert find_companies("", "fr") == []
    assert find_companies("rien à signaler ici, aucune société citée.", "fr") == []


WORDS = ["Amazon", "Orange", "la", "société", "Pigment", "a", "levé", "10", "M€", "Sam", "Altman", ",", ".", "et",
         "Total", "d'", "l’", "Wall", "Street", "Inc.", "SAS", "rachète", "led", "by", "Paris", "\n", "  ", "Capital"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=40), st.text(max_size=30))
@example(["SAS", "Orange", "Orange", "Inc."], "")  # (a curated name inside a longer one, replaced twice: a KeyError once)
def test_random_text_never_breaks_spans(words: list[str], noise: str) -> None:
    text = " ".join(words) + noise
    check_spans(text, "fr")
    check_spans(text, "en")
