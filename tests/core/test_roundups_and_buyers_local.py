"""Weekly roundups and market reports: items with their trade and city in
parentheses, fund names after a manager's, buyers named between "to" and a
price, French demonyms in the feminine, hyphenated cents, a live blog's times,
index names, brokers' research arms and a Swedish daily's own spelling."""

from __future__ import annotations

from tests.core.company_helpers import names_in
from tests.core.figure_helpers import money
from tests.core.source_helpers import cited_in
from tui.core.money import find_figures

names = names_in("fr")
en = names_in("en")


cited = cited_in("en")


def test_roundup_items_with_trade_and_city_or_a_price() -> None:
    text = (
        "Voici les opérations de la semaine.\n\n"
        "• Brumelle (robotique agricole, Angers) : 9 M€ en amorçage.\n"
        "• Ostrava Digital (Lille) : entre 2 et 3 M€, selon nos informations.\n"
        "4. Quillard (Nantes) — 40 M€. La plateforme recrute.\n\n"
        "Tivrane (services aux collectivités)\n\nChiffre d'affaires : 8,4 Mds€"
    )
    found = names(text)
    for name in ("Brumelle", "Ostrava Digital", "Quillard", "Tivrane"):
        assert name in found
    assert not [n for n in found if n in ("Angers", "Lille", "Nantes")]


def test_funds_named_after_their_manager() -> None:
    assert "EQT Infrastructure VI" in en("The purchase will be made through EQT Infrastructure VI, its sixth vintage.")
    assert "SoftBank Andes Opportunity Fund" in en("The 2022 round was led by the SoftBank Andes Opportunity Fund, its filings show.")
    assert "Tier III" not in names("Le futur site doit obtenir la certification Tier III. Les travaux commencent.")
    assert "EQT VIII" in en("The seller is EQT VIII, which bought the group in 2019.")
    found = en("It drew BDC Capital's Deep Tech Venture Fund, Inovia Capital and Panache Ventures.")
    assert not [n for n in found if "'s" in n]


def test_the_buyer_between_a_sale_and_its_price() -> None:
    assert "Norvik Tankers" in en("Danish group Halvsund sold its tanker arm to Norvik Tankers for $640m in cash.")
    assert "Cartonnerie Vesle" in names("Le groupe a cédé son usine de Reims à Cartonnerie Vesle, pour 85 millions d'euros.")
    assert "Porrentruy" not in names("La société est installée à Porrentruy pour 3 millions de francs de loyer.")


def test_feminine_demonyms_and_trades_as_cues() -> None:
    assert "Hartlane Fixtures" in names("Le groupe a annoncé l'acquisition de l'ontarienne Hartlane Fixtures pour 145 M$.")
    assert "Xyloprint" in names("Elle a été vendue à la française Xyloprint pour 3 M€.")
    assert "Brivane" in names("Le marché bouge. L'Américain Brivane a levé 3 M€ auprès de Kima Ventures.")
    assert "Real Estate Managers" not in names("La gestion de la Française Real Estate Managers progresse.")
    assert "Ondel Packaging" in names("Le site britannique va à l'emballeur Ondel Packaging.")
    assert "Vireo Analyses" in en("It sold its stake in the Lyon-based testing lab Vireo Analyses to Astorg.")


def test_share_moves_and_indexes_in_market_reports() -> None:
    assert "Kessler Mikrowerk" in names("Marché élargi\n\nKessler Mikrowerk s'est effondré de 17,4 % à 52,30 CHF après un avertissement.")
    found = en("The DAX rose 1.1 percent, the MDAX added 0.8 percent and the TecDAX gained 0.4 percent. Sterling fell after the S&P Global UK services PMI.")
    assert not [n for n in found if n in ("TecDAX", "MDAX", "S&P Global UK")]


def test_hyphenated_cents_and_live_blog_times() -> None:
    assert money("A loss of 41 cents a share, narrower than the 55-cent loss expected.", "en") == [("41 cents", 0.41, "USD"), ("55-cent", 0.55, "USD")]
    assert money("They paid with a 5-dollar bill.", "en") == [("5-dollar", 5.0, "USD")]
    figures = find_figures("Key events\n09.12 Sterling slips below $1.27\n16.42 Closing post\n", "en")
    assert [f.text for f in figures] == ["$1.27"]


def test_research_arms_of_brokers_and_a_daily_spelled_its_way() -> None:
    assert "Warburg Research" not in cited("Analysts at Warburg Research raised their target to EUR 52 from EUR 41.")
    assert "Warburg Research" in en("Analysts at Warburg Research raised their target to EUR 52 from EUR 41.")
    assert cited("Selon le quotidien économique suédois Dagens industri, le fonds juge l'offre trop basse.", "fr") == ["Dagens industri"]


def test_place_lists_regulations_and_public_funds_are_no_companies() -> None:
    found = names("Le portefeuille Lille-Lyon-Marseille, classé article 9 au sens du SFDR, est cédé à Hexalog avec un prêt du FDES.")
    assert not [n for n in found if n in ("Lille-Lyon-Marseille", "SFDR", "FDES")]


def test_flagged_items_numbered_funds_and_cantonal_banks() -> None:
    text = (
        "European rounds this week.\n\n"
        "🇫🇷 Brelvane (Paris, energy-management software) raised €140m in a Series C led by Eurazeo.\n"
        "🇪🇸 Ondrelle (Barcelona, AI bookkeeping) raised a €750k pre-seed from Kibo Ventures.\n"
    )
    found = en(text)
    assert "Brelvane" in found and "Ondrelle" in found and "Barcelona, AI" not in found
    assert "SoftBank Vision Fund 2" in en("The round drew GIC and SoftBank Vision Fund 2 as new backers.")
    assert "Luzerner Kantonalbank" in en("The loan comes from Luzerner Kantonalbank, the Lucerne lender.")
