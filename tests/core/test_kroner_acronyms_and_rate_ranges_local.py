"""Rules learnt from the twentieth session's held-out sets, each with an
article of our own: "kroner" is Danish or Norwegian, never Swedish, whatever
country the sentence names; a historical currency code that is also an
acronym ("TPE", "ARM", "MCF") is no currency, while the pre-euro codes the
press still writes ("FRF", "DEM") are."""

from __future__ import annotations

from tests.core.article_helpers import article_currencies, article_money, extracted


def test_kroner_are_danish_next_to_a_swedish_landlord() -> None:
    text = (
        "Student rooms change hands\n\n"
        "2. A landlord goes to Copenhagen\n\n"
        "Swedish landlord Heimstaden is buying Ørestad Kollegium, which owns 820 rooms, for DKK 640m. "
        "Rooms rent for about 5,900 kroner a month.\n\n"
        "In Stockholm, rooms rent for 6,200 kronor.\n"
    )
    money = article_currencies(text)
    assert money["5,900 kroner"] == "DKK"
    assert money["6,200 kronor"] == "SEK"


def test_a_historical_code_that_is_an_acronym_is_no_currency() -> None:
    text = (
        "Orvalis rachète un cabinet\n\n"
        "Le réseau tient la comptabilité de 38 000 TPE et PME. Il avait été fondé en 1987 avec 500 000 FRF de capital; "
        "il vend aussi 12 MCF de gaz par jour à ses clients.\n"
    )
    money = article_money(text)
    assert [t for t, _, _ in money] == ["500 000 FRF"]
    assert money[0][2] == "FRF"


def _percents(text: str) -> list[str]:
    return [f.text for f in extracted(text).figures if f.kind == "percent"]


def test_a_pair_of_percentages_saying_how_much_something_changed_is_one_range() -> None:
    text = (
        "Les barbiers du Léman\n\n"
        "Les prix des coupes ont grimpé de 4 % à 6 % en deux ans selon les cantons. La nouvelle lampe promet de "
        "réduire la consommation des serres de 35 % à 40 % par rapport aux lampes au sodium. Volumes grew 7% to 9% "
        "in the first half.\n"
    )
    assert _percents(text) == ["de 4 % à 6 %", "de 35 % à 40 %", "7% to 9%"]


def test_two_levels_stay_two_figures() -> None:
    text = (
        "Engrais azotés\n\n"
        "La part des importations a progressé de 22 % à 31 % en quatre ans. La marge passe de 12 % à 18 % par an. "
        "Shares rose 3% to 5%.\n"
    )
    assert _percents(text) == ["22 %", "31 %", "12 %", "18 %", "3%", "5%"]


def test_a_title_s_crowns_take_the_one_crown_currency_the_text_names() -> None:
    text = (
        "[La Lettre Offshore] Subsea7 décroche 2,1 milliards de couronnes\n\n"
        "Subsea7 a signé avec Equinor un contrat de 2,1 milliards de couronnes norvégiennes, soit environ 180 M€.\n"
    )
    assert article_currencies(text)["2,1 milliards de couronnes"] == "NOK"


def test_rupiah_in_a_text_datelined_jakarta() -> None:
    text = (
        "Deal brief\n\n"
        "2) JAKARTA: BTPN Syariah prices sukuk\n\n"
        "BTPN Syariah sold Rp 1.2 trillion of sukuk; orders reached Rp3.1tn and its shares closed at Rp 1,285.\n"
    )
    assert article_money(text) == [("Rp 1.2 trillion", 1.2e12, "IDR"), ("Rp3.1tn", 3.1e12, "IDR"), ("Rp 1,285", 1285, "IDR")]


def test_scaled_amounts_of_money_nouns_continue_the_euro() -> None:
    text = (
        "Boels rachète Mosane Location\n\n"
        "Le prix, 62 M€, comprend un complément plafonné à 5 millions lié aux commandes de 2027. Mosane a facturé "
        "41,3 millions d'euros, contre 37,9 millions de l'exercice précédent, dont 2,6 milliards de placements privés "
        "gérés pour ses clients. Elle a livré 2 millions de pièces.\n"
    )
    money = [t for t, _, _ in article_money(text)]
    assert money == ["62 M€", "5 millions", "41,3 millions d'euros", "37,9 millions", "2,6 milliards"]


def test_pounds_of_marketing_are_money_pounds_of_cheese_a_weight() -> None:
    text = (
        "Canned water\n\n"
        "Tom, who sells cans into pubs in Bristol, said: \"Nobody needed a million pounds of marketing to sell water.\" "
        "His lorry carries 40,000 pounds of cheese.\n"
    )
    assert [t for t, _, _ in article_money(text)] == ["a million pounds"]
