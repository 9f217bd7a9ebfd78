"""Regional startup press: a site cited by its capitalised domain, filings
"accessed by" a title, a column of a paper, a research firm's report; page
leftovers with a pipe and a site's footer; a date with a short year; weekly
roundup items ("Kredzy: The ... startup raised"), a curated name and an
organisation word, a product code, trade bodies and currency codes."""

from __future__ import annotations

from tests.core.company_helpers import names_in
from tui.core.clean import clean
from tui.core.dates import find_date
from tui.core.sources import find_sources

names = names_in("fr")
en = names_in("en")


def cited(text: str, lang: str = "en") -> list[tuple[str, str | None]]:
    return [(s.name, s.url) for s in find_sources(text, lang)]


def test_sources_of_startup_press() -> None:
    assert cited("Le tour valorise la société à 60 M€, selon Startupfolio.co. Builder.ai a levé.", "fr") == [
        ("startupfolio.co", "https://startupfolio.co")
    ]
    assert cited("It raised at $2bn, according to regulatory filings accessed by Entrackr. Founders hold 34%.") == [
        ("Entrackr", "https://entrackr.com")
    ]
    text = "Climate firms raised $1.9bn, according to Northgate Venture's annual report. The Australian Financial Review's Street Talk column first reported the raise."
    assert cited(text) == [("Northgate Venture", None), ("The Australian Financial Review", "https://afr.com")]
    assert cited("Sales rose 4%, according to Amazon's annual report.") == []


def test_leftovers_and_a_short_year() -> None:
    body = "Le groupe a racheté la société pour 12 millions d'euros, a indiqué son dirigeant lundi soir à Lyon."
    result = clean(f"Titre\n\n{body}\n\nLire aussi | Les biotechs ont levé 900 millions d'euros\n\n(Catch all the Business News and Updates on The Daily Ledger.)\n\nPartager Facebook X LinkedIn Courriel")
    assert result.removed == (
        "Lire aussi | Les biotechs ont levé 900 millions d'euros", "(Catch all the Business News and Updates on The Daily Ledger.)",
        "Partager Facebook X LinkedIn Courriel",
    )
    assert str(find_date("Funding Galore\n\nBy A. Menon\n13 Jun'26 | 10:30 AM\n\nStartups raised money.", "en")) == "2026-06-13"


def test_weekly_roundup_items() -> None:
    text = (
        "Intro.\n\nKredix: The Mumbai-based lending tech startup raised INR 250 Cr in its Series C round led by Lightspeed India Partners.\n\n"
        "Note: The company said it would grow.\n\nFund Launches & Exits\nPeak XV Partners sold its stake in Ravezo to Motilal Oswal Alternates."
    )
    assert en(text) == ["Kredix", "Lightspeed India Partners", "Peak XV Partners", "Ravezo", "Motilal Oswal Alternates"]
    found = names("Plouzévé : la coopérative Eurelia rachète une conserverie\n\nTexte.")
    assert found == ["Eurelia"]  # (not the place that heads the line)


def test_curated_names_trade_bodies_and_codes() -> None:
    text = "Intro.\n\nLa ronde est menée par le Fonds de solidarité FTQ et BDC Capital. L'accord avec UCB porte sur NVR-204, un anticorps."
    assert names(text) == ["Fonds de solidarité FTQ", "BDC Capital", "UCB"]
    text = "Intro.\n\nCotée à la SIX Swiss Exchange, Ledgora a levé 5 M€. Selon l'Association suisse des fintechs, le marché croît."
    assert names(text) == ["Ledgora"]
    assert en("Intro.\n\nIt supplies Red Energy, the retail arm of Snowy Hydro. It sold its stake for INR 95 Cr.") == ["Red Energy", "Snowy Hydro"]
