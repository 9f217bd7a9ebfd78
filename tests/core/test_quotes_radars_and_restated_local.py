"""Rules learnt from the twentieth session's held-out sets, each with an
article of our own: a sum in "dollars" said in a quotation that restates an
amount written in a marked dollar, or said in a paragraph naming a dollar
country when the text's only bare "$" is a rate line's; and a digest's "Also
on our radar:" line, which is news, not a list of related links."""

from __future__ import annotations

from tests.core.article_helpers import article_currencies, article_money, article_names
from tui.core.load import article_from_text


def test_a_quoted_sum_restating_a_marked_amount_takes_its_dollar() -> None:
    text = (
        "Harbourview Jewellers sold to Meranti Gold\n\n"
        "SINGAPORE, March 4 (Reuters) - Meranti Gold agreed to buy Harbourview Jewellers for S$410 million, "
        "against a fund's offer of HK$2.1 billion last year. Gold traded at $3,300 an ounce on Tuesday.\n\n"
        "\"Four hundred and ten million dollars is a fair price for sixty shops,\" said Lim Wei Ling, its founder.\n"
    )
    money = article_currencies(text)
    assert money["Four hundred and ten million dollars"] == "SGD"
    assert money["$3,300"] == "USD"


def test_a_quoted_sum_matching_two_dollars_stays_american() -> None:
    text = (
        "Two deals in one week\n\n"
        "Kiwi Signs bought a rival for NZ$40 million, and Koala Signs paid A$40 million for another. Shares "
        "fell 2% to $3.10 in New York.\n\n"
        "\"Forty million dollars buys you a lot of billboards,\" one banker said.\n"
    )
    assert article_currencies(text)["Forty million dollars"] == "USD"


def test_a_rate_line_s_dollar_does_not_make_the_text_american() -> None:
    text = (
        "Tui Outdoor sells its roadside panels\n\n"
        "WELLINGTON, May 6 (Reuters) - Tui Outdoor will sell its New Zealand roadside panels to Pohutukawa Media for "
        "NZ$120 million, the Auckland company said. New Zealand's outdoor market grew 6% last year; Auckland and "
        "Wellington carry half of it.\n\n"
        "\"A big panel in Auckland earns close to forty thousand dollars a month,\" its chief executive said.\n\n"
        "($1 = 1.6920 New Zealand dollars)\n"
    )
    assert article_currencies(text)["forty thousand dollars"] == "NZD"


def test_also_on_our_radar_is_news_not_a_related_link() -> None:
    text = (
        "The Prefab Letter\n\n"
        "Modular builder Larchwood raised £12m from Octopus Ventures this week.\n\n"
        "Also on our radar: Montreal's Cabanes Nordiques landed a C$75 million order for 300 units.\n\n"
        "Also on Reuters: Larchwood founder steps down\n\n"
        "See you next week.\n"
    )
    assert ("C$75 million", 75_000_000, "CAD") in article_money(text)
    cleaned = article_from_text(text, path="x.txt").text
    assert "Also on our radar: Montreal" in cleaned
    assert "steps down" not in cleaned  # (a related link still goes)


def test_a_change_by_an_amount_to_a_level_is_two_figures() -> None:
    text = (
        "Scan rebate lifted\n\n"
        "SYDNEY, July 2 (Reuters) - Canberra lifted the Medicare rebate for a knee scan by A$14 to A$362.40 on "
        "Tuesday. Harbour Imaging raised its offer by $1.50 to $31 a share. Harbour will cut costs by $5 million to "
        "$7 million next year.\n"
    )
    money = [t for t, _, _ in article_money(text)]
    assert money[:4] == ["A$14", "A$362.40", "$1.50", "$31"]
    assert "$5 million to $7 million" in money  # (a cut of five to seven million: a range)


def test_desjardins_is_the_cooperative_bank_and_its_caisses_are_their_own() -> None:
    text = (
        "Boréal Modulaire finance son usine\n\n"
        "MONTRÉAL, 3 mars 2026 - Boréal Modulaire obtient un prêt de 40 M$ de Desjardins pour son usine de Lévis. "
        "La Caisse Desjardins de Lévis participe aussi au financement.\n"
    )
    names = article_names(text)
    assert "Desjardins" in names
    assert "Caisse Desjardins de Lévis" in names


def test_the_old_range_a_new_guidance_replaces_is_one_figure() -> None:
    text = (
        "Keystone raises guidance\n\n"
        "DENVER, May 4, 2026 (GLOBE NEWSWIRE) -- Keystone Structures raised its revenue guidance to between $455 million "
        "and $470 million, from $420 million to $435 million. Its sales rose 5% from $7.1 billion to $7.4 billion. Its "
        "2027 guidance is a range of $512 million to $520 million, up from $495 million to $503 million previously.\n"
    )
    money = [t for t, _, _ in article_money(text)]
    assert money == ["between $455 million and $470 million", "$420 million to $435 million", "$7.1 billion", "$7.4 billion",
                     "$512 million to $520 million", "$495 million to $503 million"]
