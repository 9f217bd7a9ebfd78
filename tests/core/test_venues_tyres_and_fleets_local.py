"""Examples of our own for the rules written after the cinema, outdoor-gear,
tyre and car-rental sets: a Portuguese particle after a trade noun, a regional
bank listed with another bank, "Outre-Atlantique", a shouted "BUYS INTO"
heading, a trading venue, tyres counted, and French trade prefixes."""

from __future__ import annotations

from tests.core.article_helpers import article_names, extracted


def _names(text: str) -> set[str]:
    return set(article_names(text))


def test_a_portuguese_particle_after_a_trade_noun() -> None:
    text = "Rubber roundup\n\nTitan International agreed to buy Brazilian farm-tyre maker Borrachas do Norte for BRL 640 million.\n"
    names = _names(text)
    assert "Borrachas do Norte" in names and "Borrachas" not in names


def test_a_regional_bank_listed_with_another_bank() -> None:
    text = (
        "Leurres du Lac repris\n\n"
        "La reprise est financée par un prêt du Crédit Agricole des Savoie et de la Banque de Savoie, pour 4 M€.\n"
    )
    names = _names(text)
    assert {"Crédit Agricole des Savoie", "Banque de Savoie"} <= names
    assert not any(" et " in n for n in names)


def test_across_the_atlantic_is_no_name() -> None:
    text = "Camp de base\n\nOutre-Atlantique, la coopérative REI a lancé un plan d'économies de 25 M$.\n"
    assert not any("Outre" in n for n in _names(text))


def test_a_shouted_heading_buys_into() -> None:
    text = (
        "The Venue Ledger\n\n"
        "TOHO BUYS INTO KAEDE\nToho Co. is taking 49% of Osaka-based regional chain Kaede Screens for ¥12 billion.\n"
    )
    assert not any(n.startswith(("INTO", "Into")) for n in _names(text))


def test_a_trading_venue_is_no_company() -> None:
    text = (
        "CTS Eventim rachète une salle\n\n"
        "L'action CTS Eventim gagnait 2,1 % à 86,40 euros sur la plateforme Xetra, dans un MDAX en repli.\n"
    )
    assert "Xetra" not in _names(text)


def test_tyres_counted_after_a_scale_are_no_money() -> None:
    text = (
        "Sumitomo Rubber to buy Perdana for RM1.2 billion\n\n"
        "Sumitomo Rubber will pay RM1.2 billion. Perdana makes about 12 million passenger and light-truck tyres a year.\n"
    )
    assert not any(f.text.startswith("12 million") for f in extracted(text).figures if f.kind == "money")


def test_french_trade_prefixes_of_moulds_and_cinemas() -> None:
    text = (
        "Les Moulages Caoutchouc du Forez passent sous pavillon Hutchinson\n\n"
        "Hutchinson reprend les Moulages Caoutchouc du Forez. Le circuit Ciné Lumière a racheté les Cinémas Vialatte pour 18 M€.\n"
    )
    names = _names(text)
    assert {"Moulages Caoutchouc du Forez", "Cinémas Vialatte"} <= names
