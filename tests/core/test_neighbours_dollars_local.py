"""A paper's own dollar beside a neighbour's: an Australian paper buying a New Zealand firm marks
"NZ$" again and again and writes its own "$" bare; one that marks its own only to convert a
neighbour's ("NZ$8 million (A$7.4 million)") and a US price once ("shipments to Texas at US$38")
still writes "$" for its own; a Canadian paper in its house style ("$188-million") that marks
C$ and US$ beside each other keeps "$" Canadian.  A text that marks its own dollar again and
again and a US one once keeps its bare "$" American."""

from __future__ import annotations

from tests.core.figure_helpers import currencies_of

TRANS_TASMAN = (
    "Koala Confectionery buys Kiwi lolly maker for NZ$64m\n\n"
    "Sydney-listed Koala Confectionery has agreed to buy Auckland's Tui Sweets for NZ$64 million (A$58.5 million), "
    "its first deal in New Zealand. Tui made NZ$27.3 million in sales and NZ$5.8 million in profit; its founders keep "
    "NZ$6.5m in shares. Koala, which reported revenue of $210 million, will fund it with a $45 million loan from "
    "Westpac and expects savings of $8 million to $10 million in Melbourne and Brisbane. Its shares rose to $3.12 in "
    "Sydney. Tui's Wellington plant sells US$38 million a year to Asia. The ASX and Australian buyers cheered; "
    "Australian analysts expect Koala to pay a further NZ$4.50 a share in Auckland.\n"
)


def test_a_neighbours_dollar_marked_again_and_again_is_not_the_papers() -> None:
    assert currencies_of(TRANS_TASMAN, "$210 million", "$45 million", "$8 million to $10 million", "$3.12") == {"AUD"}
    assert currencies_of(TRANS_TASMAN, "NZ$64 million", "NZ$27.3 million") == {"NZD"}


def test_an_own_dollar_marked_only_to_convert_a_neighbours() -> None:
    text = (
        "Queensland distiller raises $48m\n\n"
        "Burnett Spirits, the ASX-listed distiller near Bundaberg in Queensland, has raised $48 million in a placement "
        "priced at 62¢ a share, a discount to its last close of 70¢. Endeavour will pay $21.5 million for a stake, while "
        "Auckland-based Tawa Capital has committed NZ$8 million (A$7.4 million). Existing holders took up $19.1 million. "
        "A first export shipment to Texas was priced at US$38 a bottle. Sydney investors, Melbourne funds and Brisbane "
        "brokers joined; the Australian Securities Exchange listed the new shares, and Australia's regulator approved. "
        "Revenue for the half was $9.3 million and the company plans $25 million to $30 million of capital spending.\n"
    )
    assert currencies_of(text, "$48 million", "62¢", "$21.5 million", "$19.1 million", "$9.3 million") == {"AUD"}
    assert currencies_of(text, "US$38") == {"USD"}


def test_a_canadian_paper_marking_both_dollars_in_its_house_style() -> None:
    text = (
        "GardaCash to buy Maple Coin in C$412-million deal\n\n"
        "Montreal-based GardaCash Inc. will buy Toronto's Maple Coin Processing Ltd. for C$412 million (US$387 million), "
        "or $11.40 a share, a premium of 38 per cent to Friday's close of $8.26 on the TSX. Maple Coin earned $49.5-million "
        "on revenue of $188-million last year. The buyer will borrow C$530 million from RBC and CIBC in Ontario, and "
        "repay a US$300-million note. Its own shares rose to $4.50 in Toronto, valuing it at C$5.1-billion. The Canadian "
        "deal needs approval in Ottawa and Quebec.\n"
    )
    assert currencies_of(text, "$11.40", "$8.26", "$49.5-million", "$188-million", "$4.50") == {"CAD"}
    assert currencies_of(text, "US$387 million", "US$300-million") == {"USD"}


def test_a_text_that_marks_its_own_again_and_again_keeps_a_bare_dollar_american() -> None:
    text = (
        "Tidewater Prawns raises $48M, buys Queensland breeder for A$31 million\n\n"
        "Singapore-based Tidewater Prawns Pte Ltd has closed a $48 million round that values it at $310 million. It is "
        "buying Reefline Genetics Pty Ltd of Bowen, Queensland, for A$31 million, or roughly US$20.5 million. Reefline "
        "sells broodstock at A$260 each and earned A$6.8M last year in Australia; Tidewater paid S$15 million for a "
        "Singapore hatchery and expects $40 million to $60 million of sales. Australian growers and Queensland farms "
        "buy A$31 million of feed a year, mostly in Australia.\n"
    )
    assert currencies_of(text, "$48 million", "$310 million", "$40 million to $60 million") == {"USD"}
