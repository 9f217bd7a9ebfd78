"""Transport makers and lessors: a maker's bus or truck arm after a listed name
is a firm of its own ("Iveco Bus", "Volvo Buses"); "supplied by X and Y",
"fabriqués par X" name the makers; one word after "fund manager" is a firm
("a unit of fund manager Taaleri"), two are a person ("Terry Smith"); a
transit network's name ("le réseau de bus Pyrébus") is no firm; "Air" and a
place name an airline ("Air Tahiti Nui"), not the Air Force."""

from __future__ import annotations

from tests.core.company_helpers import names_in

en, fr = names_in("en"), names_in("fr")


def test_a_makers_bus_arm_is_a_firm_of_its_own() -> None:
    names = fr("L'agglomération a commandé à Iveco Bus 24 bus électriques. Volvo Buses, dont relève l'entreprise, a réalisé des ventes.")
    assert names == ["Iveco Bus", "Volvo Buses"]


def test_supplied_by_names_the_makers() -> None:
    assert en("The 12-metre buses will be supplied by Olectra Greentech and Varun Motors from July.") == ["Olectra Greentech", "Varun Motors"]
    assert fr("Les rames seront fabriquées par Alvéon et livrées par Kestrel Rail en 2028.") == ["Alvéon", "Kestrel Rail"]


def test_one_word_after_fund_manager_is_a_firm() -> None:
    names = en("Pohjola Rolling Stock, a unit of fund manager Taaleri, leases them. Veteran fund manager Terry Smith said no.")
    assert names == ["Pohjola Rolling Stock", "Taaleri"]


def test_a_transit_networks_name_is_not_a_firm() -> None:
    assert fr("Le syndicat a attribué à RATP Dev l'exploitation du réseau de bus Pyrébus. Les réseaux Vetalia et Clinivet aussi.") == [
        "RATP Dev", "Vetalia", "Clinivet"
    ]
    assert en("Keolis runs the bus network Metrobus.") == ["Keolis"]


def test_an_airline_named_air_and_a_place_is_a_firm() -> None:
    assert fr("Air Tahiti Nui prévoit d'augmenter ses vols de 6,5 %. Air Austral aussi.") == ["Air Tahiti Nui", "Air Austral"]
    assert en("The Air Force contract rose 5% and Air Force One landed.") == []
