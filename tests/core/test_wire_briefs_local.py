"""Wire briefs and regulatory digests: "MLN"/"BLN" scales in capitals, the
company line after a wire's dateline, bullets in capitals, a headline's
trailing "For", and the date line under a digest's headline."""

from __future__ import annotations

from tests.core.company_helpers import names_in
from tests.core.figure_helpers import money
from tests.core.source_helpers import cited_in
from tui.core.load import article_from_text

en = names_in("en")

BRIEF = (
    "BRIEFS: Tolland To Buy Varnel; Quessant Gets Approach\n\n"
    "BRIEF-Tolland Industrial Says To Acquire Varnel Controls For $215 Mln\n\n"
    "March 12 (Reuters) - Quessant Pharmaceuticals Inc:\n\n"
    "* SAYS RECEIVED NON-BINDING PROPOSAL VALUING CO AT ABOUT C$1.1 BLN\n\n"
    "* SAYS CONSIDERATION COMPRISES A$96 MLN IN CASH AND A$30 MLN IN SHARES\n"
)


def test_scales_in_capitals() -> None:
    assert money("HALDEN TO BUY CORVEX FOR $215 Mln; A $150 MLN LOAN; SALES OF 310 MLN EUROS", "en") == [
        ("$215 Mln", 2.15e8, "USD"), ("$150 MLN", 1.5e8, "USD"), ("310 MLN EUROS", 3.1e8, "EUR")
    ]
    assert money("SEES REVENUE OF $1.30 BLN TO $1.36 BLN", "en")[0][0] == "$1.30 BLN TO $1.36 BLN"


def test_companies_of_a_brief() -> None:
    found = en(BRIEF)
    assert "Quessant Pharmaceuticals" in found
    assert "Varnel Controls" in found and "Varnel Controls For" not in found
    assert "CASH" not in found


def test_the_date_line_under_a_digest_headline() -> None:
    raw = (
        "Morning round-up: a cash offer for Harwell, buybacks and holdings\n\n"
        "Wednesday 11 March 2026, 07:52 GMT · Markets desk\n\n"
        "Marrowgate plc announces that on 10 March 2026 it purchased 125,000 shares. Its chief executive bought "
        "20,000 shares on 10 March 2026. A holder sold 15,000 shares on 10 March 2026.\n"
    )
    assert str(article_from_text(raw, path="x.txt").date) == "2026-03-11"


def test_a_prefixed_amount_before_a_currency_adjective_and_a_trading_name() -> None:
    assert money("The package has a €1.1bn term loan B, a $300m dollar tranche and a €225m revolver.", "en") == [
        ("€1.1bn", 1.1e9, "EUR"), ("$300m", 3e8, "USD"), ("€225m", 2.25e8, "EUR")
    ]
    assert money("a loan of $20 million CAD", "en") == [("$20 million CAD", 2e7, "CAD")]
    assert "Kilcrea Hollen Water" in en("The joint venture, trading as Kilcrea Hollen Water (KHW), will carry out the works.")


def test_newswire_distributors_and_a_source_note() -> None:
    cited = cited_in("en")
    assert cited("Brightfin Systems, Inc. announced a deal.\n\nView the original press release on ACCESS Newswire") == ["ACCESS Newswire"]
    assert cited("Tarnwood Gold Corp. announced a financing.\n\nTo view the source version, visit https://www.newsfilecorp.com/release/123") == ["Newsfile"]
    assert cited("Les communiqués diffusés après la clôture. Source : Actusnews Wire.\n\nHolvia annonce un chiffre.", "fr") == ["Actusnews Wire"]
    assert cited("The regulatory announcements released before the open. Source: RNS.\n\nMarrowgate plc bought shares.") == ["RNS"]
    assert cited("Le marché progresse. Source : la société.", "fr") == []


def test_a_printed_mailbox_address_is_no_source() -> None:
    cited = cited_in("en")
    assert cited("Ferrowave raised $64M.\n\nhttps://mail.google.com/mail/u/0/#inbox/FMfcg 1/2\n\nSee https://www.reuters.com/x") == ["Reuters"]
