"""A Canadian paper writes its own dollar "$" in its house style ("$148-million") and marks the
US dollar ("US$37-million") even when its story names the United States often (sales to the U.S.
Northeast, American demand): its bare "$" is Canadian.  An English text that converts a marked
foreign amount ("C$24 million, or about $17.6 million") writes "$" for the US dollar, while a
per-head split ("NZ$28m, or about $390 each") converts nothing."""

from __future__ import annotations

from tests.core.figure_helpers import currencies_of

GLOBE = (
    "Harbour Kelp buys Nova Scotia seaweed grower in $96-million deal\n\n"
    "TORONTO\nPublished May 4, 2077\n\n"
    "Harbour Kelp Holdings Inc. of Halifax is buying Cape Breton's largest seaweed grower, Tidewrack Farms Ltd., in a "
    "$96-million deal. It will pay $80-million in cash and issue $16-million in shares, funded by a $30-million bought "
    "deal priced at $12.40 a share and led by Scotiabank. Tidewrack had revenue of $41.2-million last year, roughly "
    "70 per cent of it from the U.S., or about US$21-million, as American demand for kelp snacks keeps growing.\n\n"
    "Exports to the U.S. Northeast and to American grocers rose. The company said U.S. tariffs are not a worry. "
    "Harbour's shares rose 4 per cent to $12.95 in Toronto. The U.S. buyers pay US$2.10 a pound.\n"
)


def test_a_canadian_papers_house_style_keeps_its_dollars_canadian() -> None:
    assert currencies_of(GLOBE, "$96-million", "$80-million", "$41.2-million", "$12.95") == {"CAD"}
    assert currencies_of(GLOBE, "US$21-million", "US$2.10") == {"USD"}


def test_a_converted_marked_amount_makes_the_bare_dollar_american() -> None:
    text = (
        "Brightwell Foods Inc. (BWF) Q2 Earnings Call Transcript\n\n"
        "Operator\nGood afternoon.\n\n"
        "Maya Ross\nNet sales rose 9% to $212.4 million. We agreed to buy Sauvageau Fumoir, a Quebec smokehouse, for "
        "C$30 million, or about $22.1 million, with a further 5 million in earn-outs. Montreal gives us a second plant. "
        "Our guidance is $9-12 million of EBITDA growth, and we will invest C$12 million in Quebec.\n"
    )
    assert currencies_of(text, "$212.4 million", "$22.1 million", "$9-12 million") == {"USD"}
    assert currencies_of(text, "C$30 million", "C$12 million") == {"CAD"}


def test_a_share_per_head_is_no_conversion() -> None:
    text = (
        "Kiwi Mutual agrees NZ$1.2bn merger with Harbour Mutual\n\n"
        "WELLINGTON - Kiwi Mutual, the New Zealand lender, agreed a NZ$1.2bn merger with Auckland's Harbour Mutual, "
        "which holds NZ$4.1bn of assets across New Zealand. The mutual's 72,000 members will share a one-off "
        "distribution of NZ$28m, or about $390 each. The Reserve Bank of New Zealand must approve it. Branches in "
        "Auckland, Wellington and Christchurch stay open, and $12m will go to new systems in New Zealand.\n"
    )
    assert currencies_of(text, "$390", "$12m") == {"NZD"}
