"""Examples of our own for the rules written after the dairy, drinks, pharmacy
and airport sets: "one and a half billion", a few euros in words, a move "from"
one price "to" another, "Maison X" and trade prefixes, deal cues ("cède à X",
"rapprochement avec X", "60 % d'X"), Spanish particles, a demonym used as an
adjective, and "a précisé le groupe", which is no apposition."""

from __future__ import annotations

from tests.core.article_helpers import article_names as _names, extracted


def _money(text: str) -> list[tuple[str, float, float | None, str | None]]:
    return [(f.text, f.amount, f.amount_max, f.currency) for f in extracted(text).figures if f.kind == "money"]


def _percents(text: str) -> list[tuple[str, float, float | None]]:
    return [(f.text, f.value, f.value_max) for f in extracted(text).figures if f.kind == "percent"]


def test_one_and_a_half_billion() -> None:
    text = (
        "Hartwell Logistics sells its drug unit\n\n"
        "Hartwell Logistics said the unit could fetch one and a half billion dollars. "
        "Rivals paid two and a half million euros for a smaller depot, and a one-and-a-half-billion-dollar fund is circling.\n"
    )
    money = _money(text)
    assert ("one and a half billion dollars", 1.5e9, None, "USD") in money
    assert ("two and a half million euros", 2.5e6, None, "EUR") in money
    assert ("one-and-a-half-billion-dollar", 1.5e9, None, "USD") in money
    assert not any(t.startswith("half") for t, *_ in money)


def test_a_few_euros_in_words() -> None:
    text = (
        "La fromagerie Berthaud rachetée\n\n"
        "Le camembert de la fromagerie Berthaud se vend moins de trois euros en rayon, contre vingt-cinq euros pour le "
        "coffret. La monnaie unique, un euro fort, pèse sur les exportations.\n"
    )
    money = _money(text)
    assert ("trois euros", 3.0, None, "EUR") in money
    assert ("vingt-cinq euros", 25.0, None, "EUR") in money
    assert not any("un euro" in t for t, *_ in money)


def test_a_price_that_went_from_one_to_another_is_two_figures() -> None:
    text = (
        "Corrie Hill cheese\n\n"
        "Corrie Hill's aged cheddar went from £24.50 to £29 a kilo last year, and the car park fee goes from £5 to £6.\n"
    )
    money = _money(text)
    assert ("£24.50", 24.5, None, "GBP") in money and ("£29", 29.0, None, "GBP") in money
    assert ("£5", 5.0, None, "GBP") in money and ("£6", 6.0, None, "GBP") in money


def test_a_share_made_to_pass_from_one_rate_to_another_is_two_figures() -> None:
    text = (
        "Les Boissons de l'Aulne\n\n"
        "Le groupe veut faire passer la part des jus de 18 % à 30 % de ses ventes d'ici 2030.\n"
    )
    assert _percents(text) == [("18 %", 18.0, None), ("30 %", 30.0, None)]


def test_maison_and_trade_prefixes_make_a_name() -> None:
    text = (
        "Spiritueux : la Maison Ferlant reprend une distillerie\n\n"
        "La Limonaderie Quéré a été cédée à la Maison Ferlant, qui détient aussi la Chèvrerie des Aulnes. "
        "Le dîner de signature s'est tenu à la Maison de la Chimie, à Paris.\n"
    )
    names = _names(text)
    assert {"Maison Ferlant", "Limonaderie Quéré", "Chèvrerie des Aulnes"} <= set(names)
    assert not any("Chimie" in n for n in names)


def test_deal_cues_sell_to_merge_with_and_a_stake_of() -> None:
    text = (
        "Lettre du lait\n\n"
        "La coopérative Sodiaal cède à Lactavel son séchoir breton. Selon la presse, Pharmelia étudierait un rapprochement "
        "avec Welpharm. Le groupe fait face à la concurrence de Medibel. Aena a annoncé l'acquisition de 60 % "
        "d'Aeropuertos del Norte, qui exploite trois plateformes. Le gisement affiche une teneur de 1,4 % de Li2O.\n"
    )
    names = _names(text)
    assert {"Lactavel", "Welpharm", "Medibel", "Aeropuertos del Norte"} <= set(names)
    assert "Li2O" not in names


def test_a_spanish_particle_before_an_apposition() -> None:
    text = (
        "Northgate Dairy buys into Mexico\n\n"
        "Northgate Dairy also holds a 49% stake in Lácteos del Sur, a Jalisco yogurt maker valued at MXN 380 million.\n"
    )
    names = _names(text)
    assert "Lácteos del Sur" in names
    assert "Sur" not in names and "Lácteos" not in names


def test_a_demonym_before_a_lower_case_word_is_an_adjective() -> None:
    text = (
        "Van Dijk Kaas for sale\n\n"
        "Potential suitors include Royal FrieslandCampina NV and Swiss dairy group Emmi AG, the people said. "
        "Van Dijk Kaas, based near Gouda, makes goat cheese.\n"
    )
    names = _names(text)
    assert "Swiss" not in names and "Gouda" not in names
    assert "Emmi" in names


def test_a_verb_after_a_is_no_apposition() -> None:
    text = (
        "Swissport rachète Escalia\n\n"
        "Swissport promet de conserver le siège d'Escalia, à Tremblay-en-France, a précisé le groupe dans un communiqué.\n"
    )
    assert "Tremblay-en-France" not in _names(text)


def test_a_firm_s_size_a_bureau_and_a_regional_bank_s_number() -> None:
    text = (
        "Lettre de l'escale\n\n"
        "Le marché du dégivrage a été attribué à la PME Frimalp Services, seule candidate. Le prêt est souscrit auprès "
        "du Crédit Agricole Toulouse 31, et Pistéo attend le feu vert du Bureau of Civil Aviation Security.\n"
    )
    names = _names(text)
    assert "Frimalp Services" in names and "PME Frimalp Services" not in names
    assert "Crédit Agricole Toulouse 31" in names
    assert not any("Civil Aviation" in n for n in names)


def test_an_airport_word_before_an_organisation_word_is_a_firm() -> None:
    text = (
        "Temasek weighs bid\n\n"
        "The owners of Skyrail Airport Services, one of India's largest independent ground handlers, are exploring a sale. "
        "Bidders include Meridia Hospital Holdings. The Airport Authority of India must approve it.\n"
    )
    names = _names(text)
    assert {"Skyrail Airport Services", "Meridia Hospital Holdings"} <= set(names)
    assert not any("Authority" in n for n in names)
