"""Market copy, beverages and Alpine business press: an index or exchange
followed by a move verb that is also a deal verb ("le Nasdaq cède 1,2 %"),
Latin American and Philippine "centavos"."""

from __future__ import annotations

from tests.core.company_helpers import by_name, names_in
from tests.core.source_helpers import cited_in
from tests.core.figure_helpers import money as money_in

en, fr = names_in("en"), names_in("fr")
cited_en, cited_fr = cited_in("en"), cited_in("fr")


def test_a_market_that_falls_is_no_company_but_a_seller_still_is() -> None:
    assert "Nasdaq" not in fr("Bourse\n\nÀ Wall Street, le Nasdaq cède 1,2 % et le Dow Jones recule de 0,4 %.\n")
    assert "Vinalys" in fr("Cession\n\nVinalys cède sa filiale bordelaise à un fonds familial.\n")


def test_centavos_are_read_in_the_currency_of_the_country_named_nearest() -> None:
    found = money_in(
        "Dividends\n\nThe Mexican bakery group raised its dividend to 45 centavos per share. Across the gulf, in Manila, "
        "the Philippine utility paid 50 centavos a share.\n"
    )
    assert ("45 centavos", 0.45, "MXN") in found and ("50 centavos", 0.5, "PHP") in found


def test_centavos_without_a_country_are_not_money() -> None:
    assert not [f for f in money_in("Note\n\nThe poem counts 45 centavos of nothing.\n") if "centavos" in f[0]]


def test_trade_bodies_cited_for_a_figure_are_sources() -> None:
    cited = cited_en(
        "Exports\n\nScotch exports fell 3.8% to 5.4 billion pounds, according to the Malt Distillers Association, as tariffs bit. "
        "Craft volumes grew 2%, according to the Brewers Federation of Ruritania. "
        "Homes rose 40%, according to the Kent County Council.\n"
    )
    assert cited == ["Malt Distillers Association", "Brewers Federation of Ruritania"]
    cited = cited_fr(
        "Vins\n\nLes ventes atteignent 3,1 Mds€, selon le Bureau national interprofessionnel du calvados (BNIC). "
        "Le marché pèse 9 Mds€ selon la Fédération française des tuiliers qui prévoit un recul de 2 %. "
        "La bière pèse 3,9 Mds€, selon Brasseurs de Navarre. Le marché a crû de 3 %, selon Ville de Quimper.\n"
    )
    assert cited == ["Bureau national interprofessionnel du calvados", "Fédération française des tuiliers", "Brasseurs de Navarre"]


def test_a_title_with_a_particle_and_a_provider_named_in_its_index() -> None:
    assert cited_fr("Vins\n\nLe domaine est vendu 96 M€. Selon Terre de Cépages, qui a révélé l'opération, la famille garde 10 %.\n") == ["Terre de Cépages"]
    text = "Wine\n\nThe Vinex Fine Wine 100 index lost 1.6% to 318.7 points, according to Vinex. Prices fell."
    assert cited_en(text) == ["Vinex"]
    # a broker named in full elsewhere is the subject of the story, not a data provider
    assert cited_en("Gas\n\nAnalysts at Karst Capital Markets said so. The multiple is 4.3 times, according to Karst.\n") == []


def test_statistics_offices_and_swiss_agencies_are_publications() -> None:
    assert cited_fr("Brest\n\nD'après l'Insee, l'économie maritime emploie 5.200 personnes dans le pays de Brest.\n") == ["Insee"]
    assert cited_fr("BCV\n\nLausanne (awp/ats) - La banque a dégagé un bénéfice net de 512,3 millions de francs.\n") == ["awp", "ats"]  # as written


def test_the_french_plural_reais_is_the_brazilian_real() -> None:
    found = money_in("Soja\n\nLe sac s'échange à 121 réais, entre 380 et 450 réais par sac. Le groupe a levé 210 millions de réais.\n", "fr")
    assert [c for _, _, c in found] == ["BRL", "BRL", "BRL"]


def test_luxembourg_and_belgian_legal_forms_and_a_fund_beside_its_manager() -> None:
    found = by_name("Cession\n\nLe produit sera versé à Vandael Participations S.à r.l., une soparfi luxembourgeoise.\n", "fr")
    assert "Vandael Participations" in found and "Vandael Participations S.à r.l." in found["Vandael Participations"]
    found = by_name("Funds\n\nLemanor Capital Management will merge two sub-funds of its umbrella, Lemanor Funds SICAV, on 30 June.\n")
    assert "Lemanor Funds" in found and "Lemanor Capital Management" in found
    found = by_name("Campus\n\nStratacore, contrôlé par le fonds Orionde Capital Partners III, géré par Orionde Capital, garde le site.\n", "fr")
    assert "Orionde Capital Partners III" in found and "Orionde Capital" in found
    # a SPAC's number is no fund: "Crestmoor Acquisition Corp II" and "Crestmoor" are one company
    found = by_name("SPAC\n\nCrestmoor Acquisition Corp II will merge with Lumivex. Crestmoor shareholders vote in May.\n")
    assert [n for n in found if n.startswith("Crestmoor")] == ["Crestmoor Acquisition Corp II"]


def test_swiss_mia_and_the_rows_of_a_table_under_a_header_naming_the_currency() -> None:
    text = (
        "Résultats\n\nLe bénéfice a atteint 5,14 CHF par action. La direction vise entre 1,36 et 1,40 mia de francs, "
        "contre 1,32 à 1,40 mia auparavant.\n\nChiffres clés (1er semestre 2025, en CHF, entre parenthèses 2024)\n"
        "Ventes: 684,3 mio (644,4 mio)\nEBIT: 82,1 mio (71,9 mio)\nNombre d'actions : 36,9 millions\n"
    )
    found = money_in(text, "fr")
    assert ("1,32 à 1,40 mia", 1.32e9, "CHF") in [(t, a, c) for t, a, c in found]
    assert [t for t, _, c in found if c == "CHF" and "mio" in t] == ["684,3 mio", "644,4 mio", "82,1 mio", "71,9 mio"]
    assert not [t for t, _, _ in found if t.startswith("36,9")]
    # a sign glued to the scale that a footnote kept from being read is no implied amount
    assert not [t for t, _, _ in money_in("Lettre\n\nLevées : 2,1 Mds€ en 2024.\n- Capitaux levés : 3,4 Mds€¹\n", "fr") if t == "3,4 Mds"]


def test_a_lender_named_after_an_amount_in_a_long_sentence() -> None:
    found = money_in(
        "Cidre\n\nLe projet est complété par un prêt de 3 millions d'euros du Crédit Agricole du Finistère et de 1,2 million de Bpifrance, "
        "ainsi que par 1,1 million d'euros apportés par Soléance et de 0,9 million de la Banque des Territoires.\n", "fr"
    )
    assert {"1,2 million", "0,9 million"} <= {t for t, _, _ in found}
