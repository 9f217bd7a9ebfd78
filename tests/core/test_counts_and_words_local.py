"""Small forms of money and of counts: "une prime de mille euros" (a thousand in
one word), "dont 6 millions de complément de prix" (an implied amount before a
money noun), "sur un total de 24,3 millions" after a count of shares (the same
count), "520 million board feet" (a unit), and "four to five percentage points"
(points, not a percentage)."""

from __future__ import annotations

from tui.core.extract import extract
from tui.core.load import article_from_text


def _figures(text: str) -> list[tuple[str, str, object, bool]]:
    ex = extract(article_from_text(text, path="x.txt"))
    return [(f.kind, f.text, f.currency if f.kind == "money" else f.value, f.implied) for f in ex.figures]


def test_mille_euros_alone_is_a_thousand_euros() -> None:
    text = "Titre\n\nChaque salarié recevra une prime de mille euros en juin, et les cadres plus de mille dollars.\n"
    money = [f for f in extract(article_from_text(text, path="x.txt")).figures if f.kind == "money"]
    assert [(f.text, f.amount, f.currency) for f in money] == [("mille euros", 1000.0, "EUR"), ("mille dollars", 1000.0, "USD")]


def test_mille_after_a_number_word_is_the_grammar_s() -> None:
    text = "Titre\n\nLa prime atteint deux mille euros ; il a vendu mille livres de cuisine.\n"
    assert _figures(text) == [("money", "deux mille euros", "EUR", False)]


def test_an_earn_out_after_dont_is_implied_money() -> None:
    text = "Titre\n\nLe groupe rachète la société pour 31,5 M€, dont 6 millions de complément de prix payable en 2028.\n"
    assert ("money", "6 millions", "EUR", True) in _figures(text)


def test_a_total_after_a_count_of_shares_is_a_count() -> None:
    text = ("Titre\n\nLe fonds a investi 40 millions d'euros. Il détient environ 5,5 millions d'actions sur un total de "
            "24,3 millions, et vise la majorité.\n")
    assert [f[1] for f in _figures(text) if f[0] == "money"] == ["40 millions d'euros"]


def test_board_feet_are_a_unit() -> None:
    text = "Title\n\nThe sale is worth $90 million. The two mills can cut 520 million board feet of lumber a year.\n"
    assert [f[1] for f in _figures(text) if f[0] == "money"] == ["$90 million"]


def test_percentage_points_in_words_are_no_percentage() -> None:
    text = "Title\n\nMargins rose by four to five percentage points, and sales by nine per cent.\n"
    assert [(f[1], f[2]) for f in _figures(text) if f[0] == "percent"] == [("nine per cent", 9.0)]


def test_hundreds_in_french_words_are_money() -> None:
    text = ("Titre\n\nLes salariés de plus de cinq ans d'ancienneté percevront en plus cinq cents euros, "
            "les apprentis une prime de cent euros, a indiqué le groupe.\n")
    assert [(f[1], f[2]) for f in _figures(text) if f[0] == "money"] == [("cinq cents euros", "EUR"), ("cent euros", "EUR")]


def test_a_dotted_llp_is_a_legal_form() -> None:
    ex = extract(article_from_text("Title\n\nBaker Botts L.L.P. is legal counsel to Lone Star, and Hale Partners L.L.C. invested.\n", path="x.txt"))
    assert {a for c in ex.companies for a in c.aliases} >= {"Baker Botts L.L.P.", "Hale Partners L.L.C."}


def test_millions_of_paperbacks_are_books_not_pounds() -> None:
    text = ("Titre\n\nL'imprimeur Soulard, qui imprime 18 millions de livres de poche par an, a réalisé 21 M€ de chiffre "
            "d'affaires. Son rival londonien a été vendu 500 millions de livres.\n")
    assert [(f[1], f[2]) for f in _figures(text) if f[0] == "money"] == [("21 M€", "EUR"), ("500 millions de livres", "GBP")]


def test_an_acronym_before_its_french_name_with_an_elision_merges() -> None:
    text = ("Titre\n\nYannick Le Goff a cédé l'imprimerie familiale à GIO, le Groupe Impressions de l'Ouest, basé à Rennes. "
            "« Nous allons investir », annonce la présidente de GIO.\n")
    ex = extract(article_from_text(text, path="x.txt"))
    assert [(c.name, c.aliases) for c in ex.companies] == [("Groupe Impressions de l'Ouest", ("GIO",))]


def test_single_sign_currencies_are_read() -> None:
    text = "Title\n\nThai Union paid ฿8bn for the plant, after ₴1bn in Kyiv, ₾1m in Tbilisi and ৳3bn in Dhaka.\n"
    assert [(f[1], f[2]) for f in _figures(text) if f[0] == "money"] == [
        ("฿8bn", "THB"), ("₴1bn", "UAH"), ("₾1m", "GEL"), ("৳3bn", "BDT")]


def test_a_count_of_customers_that_reached_a_number_is_no_money() -> None:
    text = "Title\n\nChewton unveiled a $500 million buyback and said active customers reached 21 million.\n"
    assert [f[1] for f in _figures(text) if f[0] == "money"] == ["$500 million"]


def test_a_spanish_sl_and_a_lower_case_usine_nouvelle() -> None:
    text = "Titre\n\nSelon L'Usine nouvelle, Eiffage Énergie Systèmes rachète la société espagnole Integra Control Edificios SL pour 12 M€.\n"
    ex = extract(article_from_text(text, path="x.txt"))
    assert [s.name for s in ex.sources] == ["L'Usine Nouvelle"]
    assert ("Integra Control Edificios", ("Integra Control Edificios SL",)) in [(c.name, c.aliases) for c in ex.companies]


def test_a_range_of_bare_crowns_is_one_figure() -> None:
    text = "Title\n\nZoetis will pay 4.1 billion Norwegian crowns. A dead fish can cost between 60 and 80 crowns in lost value.\n"
    money = [f for f in extract(article_from_text(text, path="x.txt")).figures if f.kind == "money"]
    assert [(f.text, f.amount, f.amount_max, f.currency) for f in money][1] == ("between 60 and 80 crowns", 60.0, 80.0, "NOK")


def test_a_model_number_before_a_price_is_no_range() -> None:
    text = "Titre\n\nWürth Modyf affiche sa Parka Arctis 4 à 89 € TTC, contre 79 € l'hiver dernier ; le lot coûte 25 à 30 M€.\n"
    assert [f[1] for f in _figures(text) if f[0] == "money"] == ["89 €", "79 €", "25 à 30 M€"]
