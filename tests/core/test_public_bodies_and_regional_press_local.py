"""Rules learnt from the twenty-second session's held-out sets, each with an
article of our own: a public or learned body cited for a figure by its full
name is a source ("according to the U.S. Census Bureau, ... rose 3%", "the
Australian Institute of Health and Welfare"); the regional and trade press
the list now knows ("comme le rapportait La Nouvelle République")."""

from __future__ import annotations

from tests.core.source_helpers import cited_in

cited_en, cited_fr = cited_in("en"), cited_in("fr")


def test_a_public_body_cited_for_a_figure_is_a_source() -> None:
    text = (
        "Office furniture maker grows\n\n"
        "Steelworks said revenue rose 4% to $120 million. According to the U.S. Census Bureau, office construction spending "
        "rose 3% last year. According to the Australian Institute of Health and Welfare, 12% of adults use a standing desk. "
        "According to the British Film Institute, UK spending on film rose 12% to £4.2 billion.\n"
    )
    names = cited_en(text)
    assert "U.S. Census Bureau" in names
    assert "Australian Institute of Health and Welfare" in names
    assert "British Film Institute" in names


def test_a_public_body_cited_without_a_figure_is_no_source() -> None:
    text = "Pawn lender sold\n\nThe deal is subject to approval by the Finnish Financial Supervisory Authority, according to the World Health Organization rules.\n"
    assert "World Health Organization" not in cited_en(text)


def test_regional_and_trade_press() -> None:
    fr = (
        "Un courtier rachète son voisin\n\nComme le rapportait La Nouvelle République, les discussions duraient depuis le printemps. "
        "Selon La Terre de chez nous, le compost coûte 40 % de plus.\n"
    )
    en = "Pipe prices\n\nAccording to Plastics News, European PVC resin prices are up 8%. As New Civil Engineer noted, public bodies pay more.\n"
    assert {"La Nouvelle République", "La Terre de chez nous"} <= set(cited_fr(fr))
    assert {"Plastics News", "New Civil Engineer"} <= set(cited_en(en))
