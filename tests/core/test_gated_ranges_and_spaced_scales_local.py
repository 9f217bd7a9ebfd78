"""A range in a currency written with a common word ("entre 38 et 44 lei",
"between 38 and 44 rand") is one figure once the text names the country, and
an upper-case scale letter set apart from a prefixed currency ("A$ 480 M",
"US$ 300 K") scales it, except before the "M." of Monsieur ("$5 M. Dupont");
"45 millions de ligne renouvelable" is money (a credit line); "eok" scales a
won; a "$" range whose top the text also writes "NZ$2.35" is in that dollar;
"porterait sa participation de 19 % à 41 %" is a change: two figures; a home
paper that marks its dollar only in the title and lead ("A$640m") writes it "$"
after, while a wire with a rate line keeps "$" for the US dollar."""

from __future__ import annotations

from tests.core.figure_helpers import in_context, money


def _amounts(text: str, lang: str) -> list[tuple[str, float | None, float | None, str | None]]:
    from tui.core.currency_context import apply
    from tui.core.money import find_figures

    figures = apply(find_figures(text, lang), text, text.lower(), lang)
    return [(f.text, f.amount, f.amount_max, f.currency) for f in figures if f.kind == "money"]


def test_a_range_in_lei_is_one_figure_in_a_text_about_romania() -> None:
    text = (
        "Bancă\n\nLa banque roumaine lève 2 milliards de lei à Bucarest. L'action est offerte "
        "entre 38 et 44 lei, soit 38-44 lei selon la tranche, contre 45 lei l'an dernier.\n"
    )
    found = _amounts(text, "fr")
    assert ("entre 38 et 44 lei", 38.0, 44.0, "RON") in found
    assert ("38-44 lei", 38.0, 44.0, "RON") in found
    assert ("45 lei", 45.0, None, "RON") in found


def test_a_range_in_rand_is_one_figure_in_a_text_about_south_africa() -> None:
    text = (
        "Offer\n\nThe Johannesburg group raised R2 billion and priced its shares between 38 and 44 rand; "
        "the 2019-2020 rand slump is over.\n"
    )
    found = _amounts(text, "en")
    assert ("between 38 and 44 rand", 38.0, 44.0, "ZAR") in found
    assert not [f for f in found if "2020" in f[0]]


def test_a_spaced_capital_scale_after_a_prefix_scales_the_amount() -> None:
    found = money("The fund paid A$ 480 M for the mine, US$ 300 K in fees and $ 2 B in debt.", "en")
    assert found == [("A$ 480 M", 480e6, "AUD"), ("US$ 300 K", 300e3, "USD"), ("$ 2 B", 2e9, "USD")]


def test_monsieur_after_a_spaced_m_is_not_a_scale() -> None:
    found = in_context("La société a payé $ 5 M. Dupont juge que € 4 M suffisent.\n", "fr")
    assert ("$ 5", "USD") in found
    assert ("€ 4 M", "EUR") in found


def test_a_credit_line_is_money_but_phone_lines_are_counted() -> None:
    from tests.core.figure_helpers import money_implied

    found = money_implied("Un crédit de 120 millions d'euros, dont 45 millions de ligne renouvelable. L'opérateur gère 2 millions de lignes.", "fr")
    assert found == [("120 millions d'euros", 120e6, "EUR", False), ("45 millions", 45e6, "EUR", True)]


def test_a_range_that_repeats_the_currency_word_is_one_figure() -> None:
    text = "Offer\n\nIn Seoul, the Korean group raised 5 billion won and priced its shares between 90,000 won and 105,000 won.\n"
    assert ("between 90,000 won and 105,000 won", 90000.0, 105000.0, "KRW") in _amounts(text, "en")
    assert [f for f in _amounts(text, "en") if f[0] == "90,000 won"] == []


def test_the_korean_eok_scales_a_won_amount() -> None:
    found = _amounts("Bid\n\nIn Seoul, Daeyang offered 11,985 eok won for the Korean target.\n", "en")
    assert [(f[0], f[1], f[3]) for f in found] == [("11,985 eok won", 1.1985e12, "KRW")]


def test_a_home_dollar_restated_as_the_top_of_a_range_is_the_home_dollar() -> None:
    from tests.core.figure_helpers import in_context

    text = (
        "Float\n\nThe Christchurch agritech firm will list on the NZX at NZ$2.35 a share, raising $180m. "
        "Shares were priced in a range of $2.05 to $2.35, valuing it at $712 million. It will also list on the ASX "
        "in Sydney, at about A$2.12, and the NZX said Auckland and Wellington investors took half.\n"
    )
    found = dict(in_context(text, "en"))
    assert found["$180m"] == found["$712 million"] == found["$2.05 to $2.35"] == "NZD"


def test_a_stake_raised_in_the_conditional_is_a_change_not_a_range() -> None:
    from tui.core.money import find_figures

    found = [f.text for f in find_figures("Le négociant porterait ainsi sa participation de 19 % à 41 %, le fonds entrant.", "fr")]
    assert found == ["19 %", "41 %"]


def test_a_home_paper_marks_its_dollar_in_the_title_and_lead_only() -> None:
    from tests.core.figure_helpers import in_context

    text = (
        "Sunhaven sells aged-care homes for A$640m\n\nThe Queensland operator will sell 14 homes to a Sydney fund for A$640 million. "
        "Its shares rose to $2.35 from $1.78 on the ASX. Revenue was $412.8 million and debt $1.1 billion; it will spend "
        "$120 million on upgrades and return $300 million. "
        "It also sold a New Zealand home for NZ$186 million, and a Perth site for A$170 million, after $58.4 million of costs.\n"
    )
    found = dict(in_context(text, "en"))
    assert found["$2.35"] == found["$412.8 million"] == found["$58.4 million"] == "AUD"
    assert found["NZ$186 million"] == "NZD"


def test_a_wire_that_marks_its_home_dollar_keeps_the_bare_dollar_american() -> None:
    from tests.core.figure_helpers import in_context

    text = (
        "Miner\n\nSYDNEY (Reuters) - The Perth miner agreed a A$2 billion deal, A$1.2 billion in cash, as copper traded at $9,000 "
        "a tonne and gold at $2,400 an ounce.\n\n($1 = 1.5382 Australian dollars)\n"
    )
    found = dict(in_context(text, "en"))
    assert found["$9,000"] == "USD"
