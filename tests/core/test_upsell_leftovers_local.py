"""A newsletter's upsell lines at the page's edge ("Upgrade to Ledger Pro for
$15/month", "Devenez abonné", "Start your free trial") are leftovers: their
prices are not figures of the article."""

from __future__ import annotations

from tui.core.extract import extract
from tui.core.load import article_from_text


def _money(text: str) -> list[str]:
    return [f.text for f in extract(article_from_text(text, path="x.txt")).figures if f.kind == "money"]


def test_an_upgrade_line_at_the_end_gives_no_figure() -> None:
    text = (
        "Deal Ledger #12\n\nKestrel bought Orvane for $40 million.\n\nVexa raised $10 million.\n\n"
        "Upgrade to Ledger Pro for $15/month to get our full deal database.\n\nUnsubscribe | View in browser\n"
    )
    assert _money(text) == ["$40 million", "$10 million"]


def test_a_french_subscription_offer_at_the_end_gives_no_figure() -> None:
    text = (
        "La lettre des deals\n\nKestrel rachète Orvane pour 40 millions d'euros.\n\n"
        "Devenez abonné : 9,90 € par mois, sans engagement.\n"
    )
    assert _money(text) == ["40 millions d'euros"]


def test_an_upgrade_in_the_body_is_still_read() -> None:
    text = "Upgrade\n\nThe mill will upgrade to electric furnaces for $600 million, the company said, and hire 200 people.\n\nIt closes in May.\n"
    assert _money(text) == ["$600 million"]


def test_share_and_follow_lines_are_leftovers() -> None:
    from tui.core.clean import clean

    for line in ("Partager l’article : LinkedIn · X · Facebook", "Partager :  LinkedIn  X  E-mail",
                 "Follow Nordic Seafood Markets on LinkedIn", "Suivez-nous sur LinkedIn"):
        text = f"Titre\n\nLe groupe Kestrel a racheté Lumo pour 10 millions d'euros.\n\n{line}\n\nLa suite du texte est ici.\n"
        assert line not in clean(text, None).text, line
    kept = "Titre\n\nMicrosoft owns LinkedIn, the network bought in 2016.\n\nLa suite.\n"
    assert "Microsoft owns LinkedIn" in clean(kept, None).text
