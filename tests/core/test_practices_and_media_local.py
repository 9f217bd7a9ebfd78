"""Local practices, German-speaking and Dutch firms, and media copy: a trade
prefix with a lower-case specialty ("Clinique vétérinaire du Val d'Orge"), a
US professional corporation ("PC"), a place in parentheses that makes a
company of its own ("(NI) Ltd"), a Dutch particle ("De Vries Bakkerijen
B.V."), a report's thousands of euros ("TEUR 84.350"), and audience
measurers cited for a figure ("Selon la dernière enquête de Médiamétrie")."""

from __future__ import annotations

from tests.core.company_helpers import by_name, names_in
from tests.core.source_helpers import cited_in
from tests.core.figure_helpers import money as money_of

en, fr = names_in("en"), names_in("fr")
cited_en, cited_fr = cited_in("en"), cited_in("fr")


def test_a_trade_prefix_with_a_lower_case_specialty() -> None:
    found = fr(
        "Cliniques\n\nVétoria reprend la SELARL Clinique vétérinaire du Val d'Orge. La Clinique dentaire Rivière-du-Loup inc. "
        "est vendue. La Pharmacie du Centre ferme.\n"
    )
    assert {"Clinique vétérinaire du Val d'Orge", "Clinique dentaire Rivière-du-Loup", "Pharmacie du Centre"} <= set(found)


def test_a_professional_corporation_and_a_place_in_parentheses() -> None:
    found = by_name("Dental\n\nSmileline bought Front Range Animal Hospital, PC, and the practice of Ridge Dental, P.C. last year.\n")
    assert "Front Range Animal Hospital" in found and "PC" not in found and "P.C" not in found
    found = by_name("Pharmacy\n\nArdmore bought McAlinden Pharmacies Ltd. Its stores up north, held through McAlinden Pharmacies (NI) Ltd, are sold apart.\n")
    assert "McAlinden Pharmacies" in found and "McAlinden Pharmacies (NI)" in found


def test_a_dutch_particle_begins_the_name() -> None:
    found = fr("Boulangerie\n\nLe groupe Verhaegen a annoncé le rachat de De Wit Bakkerijen B.V., troisième boulanger néerlandais.\n")
    assert "De Wit Bakkerijen" in found and "Wit Bakkerijen" not in found


def test_thousands_of_euros_in_a_german_report() -> None:
    money = [(t, a) for t, a, _ in money_of('Digest\n\nSales of "TEUR 84.350" and a result of TEUR 9.120; MEUR 142.7 in all.\n')]
    assert money == [("TEUR 84.350", 84_350_000.0), ("TEUR 9.120", 9_120_000.0), ("MEUR 142.7", 142_700_000.0)]


def test_audience_measurers_cited_for_a_figure() -> None:
    assert cited_fr("Radio\n\nSelon la dernière enquête de Médiamétrie, la station rassemble 640 000 auditeurs.\n") == ["Médiamétrie"]
    assert cited_fr("Presse\n\nSelon les derniers chiffres du CIM, les magazines totalisent 143.000 exemplaires.\n") == ["CIM"]
    assert cited_en("Magazines\n\n- 92 million monthly unique visitors, per Comscore\n") == ["Comscore"]
    assert cited_en("Deal\n\nHet Financieele Dagblad (FD) first reported the deal on Wednesday.\n") == ["Het Financieele Dagblad"]


def test_a_fund_defined_after_its_legal_form_and_an_ambiguous_lender_listed_with_a_bank() -> None:
    found = by_name(
        'Fund close\n\nCHICAGO -- Lakemoor Partners ("Lakemoor") announced the final close of Lakemoor Partners Fund IV, L.P. ("Fund IV"). '
        "Fund IV has completed its first platform investment.\n"
    )
    assert "Fund IV" in found["Lakemoor Partners Fund IV"] and "Fund IV" not in found
    assert "Desjardins" in fr("Prêt\n\nL'achat est financé par un prêt de 140 M$ consenti par la Banque Nationale du Canada et Desjardins.\n")
    found = by_name("Deal\n\nNorrvik was advised by Carnegie Investment Bank AB (publ) on the sale.\n")
    assert "Carnegie Investment Bank AB (publ)" in found.get("Carnegie Investment Bank", ())


def test_a_change_from_one_price_to_another_and_an_old_range() -> None:
    found = [t for t, _, _ in money_of("Seed\n\nList prices rose from $640 to $720 per bag. EPS of $3.40 to $3.55, down from $3.70 to $3.85.\n")]
    assert found == ["$640", "$720", "$3.40 to $3.55", "$3.70 to $3.85"]


def test_money_worth_of_shares_is_no_count_of_shares() -> None:
    found = money_of("Banks\n\nMUFG sold ¥420 billion of shares in the six months, up from 310 billion a year earlier.\n")
    assert ("310 billion", 310e9, "JPY") in found


def test_the_paragraph_after_a_list_continues_its_currency_but_a_later_item_does_not() -> None:
    text = (
        "Usine\n\nLe montage financier :\n- Investissement Québec : prêt de 300 millions $\n- Ottawa : contribution de 240 millions $\n"
        "- Crédit d'impôt : jusqu'à 30 % des dépenses\n\nLe reste, environ 1,1 milliard, sera financé par le groupe.\n"
    )
    assert "1,1 milliard" in [t for t, _, _ in money_of(text, "fr")]
    text = "Pipeline\n\n- £2.1bn: capital spending approved\n- 12: new treatment works\n- 3.4 million: smart meters installed\n"
    assert [t for t, _, _ in money_of(text)] == ["£2.1bn"]


def test_a_home_dollar_restated_bare_in_the_headline() -> None:
    text = (
        "Co-op sells nutrition arm to Kiwi Milk for $780m\n\nWellington-based Tarn Dairy has agreed to sell its unit to Kiwi Milk for "
        "NZ$780 million. Kiwi Milk, listed on the NZX, will pay $690m in cash. New Zealand farmers get the rest.\n"
    )
    assert {c for _, _, c in money_of(text)} == {"NZD"}
    text = "Insurer\n\nSydney's Harbourline will pay A$2.1 billion ($1.37 billion) in Australia. (A$1 = $0.65)\n"
    assert [c for t, _, c in money_of(text) if t == "$1.37 billion"] == ["USD"]


def test_a_home_papers_conversion_of_a_third_currency_is_in_us_dollars() -> None:
    # a Melbourne story that marks every Australian dollar and converts yen ", or $12.2bn": the wires' US dollar;
    # a per-member share of a New Zealand sum (", or about $390 each") stays in New Zealand dollars
    text = (
        "Shimano takes 25% of Southern Cross Pro Cycling in A$38m deal\n\nThe Melbourne-based team, Australia's only "
        "WorldTour team, is valued at A$152 million. Sydney investors keep 60%. Revenue was A$58.4 million and Shimano "
        "pays A$30 million in cash. Its shares rose 1.8% to ¥21,450 in Tokyo, giving it a market value of about "
        "¥1.9 trillion, or $12.2bn.\n"
    )
    assert [c for t, _, c in money_of(text) if t == "$12.2bn"] == ["USD"]
    text = (
        "Nelson society to share its reserves\n\nThe Nelson Building Society, of New Zealand, in Nelson, Christchurch "
        "and Dunedin, holds NZ$1.2bn of loans and made a NZ$4.5m profit on NZ$61m of income. It will pay its 72,000 "
        "members a one-off distribution of NZ$28m, or about $390 each.\n"
    )
    assert [c for t, _, c in money_of(text) if t == "$390"] == ["NZD"]


def test_restaurant_headlines_greek_banks_and_a_data_platform() -> None:
    found = en("Franchisee Larkspur Table Group buys Emberstone Grill for $310M\n\nLarkspur Table Group, an Applebee's franchisee, agreed the deal.\n")
    assert "Larkspur Table Group" in found and "Franchisee Larkspur Table Group" not in found and "Applebee's" in found
    found = fr("Hôtels\n\nSelon la presse, la Banque nationale de Grèce (National Bank of Greece) a accordé un prêt de 240 M€.\n")
    assert "National Bank of Greece" in found and "National Bank of Canada" not in found
    assert "Matriks" in cited_fr("IPO\n\nLes intentions d'achat couvrent deux fois l'offre, selon la plateforme Matriks, qui suit les introductions.\n")


def test_canadian_house_style_and_nordic_firm_words() -> None:
    text = (
        "Miner\n\nVancouver-based Kestrow Metals raised C$18 million in a bought deal on the TSX Venture Exchange, "
        "selling shares at 42 cents each. The $20.7-million placing follows a US$1.3-million royalty sale in British Columbia. "
        "Toronto brokers said the $9-million to $11-million budget covers drilling; US$150-million is the buyer's bid.\n"
    )
    found = [(t, c) for t, _, c in money_of(text)]
    assert ("42 cents", "CAD") in found and ("$20.7-million", "CAD") in found and ("US$1.3-million", "USD") in found
    found = en("Placing\n\nThe placing was managed by Mangold Fondkommission and Octopus AIM VCT took shares; Advokatfirmaet Thommessen advised.\n")
    assert {"Mangold Fondkommission", "Octopus AIM VCT", "Thommessen"} <= set(found)
    assert "Advokatfirmaet Brennvik" in en("Placing\n\nThe issuer was advised by Advokatfirmaet Brennvik on the listing.\n")


def test_trade_bodies_and_data_firms_cited_with_their_data() -> None:
    assert cited_en("Salmon\n\nPrices rose 4%, according to data from the Norwegian Fjord Council. Exports fell.\n") == ["Norwegian Fjord Council"]
    assert cited_fr("OCA\n\nD'après les chiffres du cabinet de données Capline Lens, les lignes ont représenté 12 % du total.\n") == ["Capline Lens"]


def test_quebec_billions_and_counts_that_look_like_amounts() -> None:
    text = (
        "Fenêtres vendues pour 1,1 G$\n\nLe fabricant de Saint-Georges, en Beauce, sera vendu pour 1,1 milliard de dollars. "
        "Au Québec, l'action valait 42,75 $. Le groupe pèse 7,6 milliards de dollars canadiens au Québec.\n"
    )
    assert {c for t, _, c in money_of(text, "fr") if "euros" not in t} == {"CAD"}
    text = (
        "AI\n\nThe lab raised €300 million. Its model was trained on 15 trillion tokens, about 4 trillion of them in Japanese, "
        "and it plans a 12 billion-parameter model.\n\n- €1.2 billion: raised by European labs\n- 2.4 million: GPUs announced this quarter\n"
    )
    assert [t for t, _, _ in money_of(text)] == ["€300 million", "€1.2 billion"]


def test_moroccan_investors_an_indian_invit_and_a_grid_operator() -> None:
    found = fr("Éolien\n\nLe fonds a levé son premier fonds auprès de la CDG, de la CIMR et de Wafa Assurance.\n")
    assert "CIMR" in found
    found = en("Portfolio\n\nVeltrana sold the assets to Greenfield Power InvIT, and MISO approved the grid connection.\n")
    assert "Greenfield Power InvIT" in found and "MISO" not in found


def test_a_cider_house_and_a_credit_data_provider() -> None:
    assert "Cidrerie Lecomte" in en("Cider\n\nThe court chose the bid for Cidrerie Lecomte, which employs 40 people.\n")
    assert "Ellisphere" in cited_fr("Reprises\n\nSelon Ellisphere, les défaillances ont augmenté de 12 % en Bretagne.\n")
