"""A release that leads with a US dollar ("US$90 Million" in its title) and marks
the other country's dollar where it uses it ("C$61.2 million (approximately
US$44 million)") counts in US dollars: its bare "$" is the US one, even in the
Canadian house style "$40-million"; a Canadian story that converts a US price
into its own dollar ("US$610 million, or roughly $835 million CAD") keeps "$"
for its own."""

from __future__ import annotations

from tui.core.extract import extract
from tui.core.load import article_from_text


def _currencies(text: str) -> dict[str, str | None]:
    return {f.text: f.currency for f in extract(article_from_text(text, path="x.txt")).figures if f.kind == "money"}


_RELEASE = (
    "Lakemont Software to Acquire Brindle Pay for US$90 Million\n\n"
    "DENVER & MONTREAL--(BUSINESS WIRE)--March 3, 2026-- Lakemont Software, Inc. (Nasdaq: LKMT) today announced an "
    "agreement to acquire Brindle Pay Inc., a Montreal-based payroll company, for US$90 million, plus up to US$10 million "
    "in earn-out payments.\n\n"
    "Brindle Pay, which serves employers in Quebec, Ontario and Alberta, generated revenue of C$61.2 million "
    "(approximately US$44 million) in 2025. Canada is its only market; Vancouver and Calgary offices open next year.\n\n"
    "Lakemont expects cost savings of $6-8 million and will fund the cash part from a new $40-million term loan. Its "
    "shares closed at $27.15 and it reaffirmed revenue of between $310 million and $325 million. It expects C$3 million "
    "of integration costs.\n"
)


def test_a_us_led_release_reads_bare_dollars_as_us() -> None:
    money = _currencies(_RELEASE)
    assert money["C$61.2 million"] == "CAD"
    for bare in ("$6-8 million", "$40-million", "$27.15", "between $310 million and $325 million"):
        assert money[bare] == "USD", bare


def test_a_canadian_story_converting_a_us_price_keeps_its_own_dollar() -> None:
    text = (
        "Halifax's Tidewell sells to Cisco in US$400M deal\n\n"
        "Halifax-based Tidewell, a Nova Scotia maker of network software, has agreed to be acquired by Cisco for "
        "US$400 million, or roughly $548 million CAD, in cash.\n\n"
        "Tidewell raised a $300K pre-seed in Toronto and a CAD $9 million Series A in Montreal. Its staff hold options "
        "worth $20-million at the deal price, and the company stays in Canada, in Halifax, with 140 people. Cisco shares "
        "closed at US$58.10.\n"
    )
    money = _currencies(text)
    assert money["$300K"] == "CAD"
    assert money["$20-million"] == "CAD"
    assert money["US$400 million"] == "USD"
