"""Language detection and the article date."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from tui.core.dates import find_date, find_dates, parse_date, resolve_year
from tui.core.lang import detect_language
from tui.core.load import article_from_text

SAMPLE = Path(__file__).resolve().parents[2] / "seeds" / "000_49812cfdf0026165.txt"
TODAY = dt.date(2026, 1, 15)

LANGS = [
    ("Le groupe a annoncé une hausse de son chiffre d'affaires pour le trimestre.", "fr"),
    ("La start-up a levé des fonds auprès de plusieurs investisseurs.", "fr"),
    ("The company said on Monday that it would buy the startup for $2 billion.", "en"),
    ("Shares of the group rose after the deal was announced.", "en"),
    ("Der Konzern hat die Übernahme des Unternehmens mit der Bank abgeschlossen.", "de"),
    ("La empresa ha cerrado la compra de la compañía por 300 millones.", "es"),
    ("", "en"),
    ("123 456 %", "en"),
    ("Rachat\n\nPublié le mercredi 1er octobre 2025\n\nAcme lève 5 M€.", "fr"),  # too short: the accents
    ("Deal\n\nAcme raised $5m from Café Nero.", "en"),
]


@pytest.mark.parametrize(("text", "lang"), LANGS)
def test_detect_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_sample_language_and_date() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    assert detect_language(text) == "fr"
    assert find_date(text, "fr") == dt.date(2025, 11, 3)


def test_detect_language_is_fast_on_big_text() -> None:
    text = SAMPLE.read_text(encoding="utf-8") * 2000  # ~9 MB
    start = time.perf_counter()
    assert detect_language(text) == "fr"
    assert time.perf_counter() - start < 0.5


DATES = [
    ("Ce lundi 3 novembre, OpenAI a signé. Source : WSJ – 3 novembre 2025", "fr", dt.date(2025, 11, 3)),
    ("Accord signé le 3 nov. 2025 à Paris.", "fr", dt.date(2025, 11, 3)),
    ("Publié le 02 avril 2014. Le groupe a racheté son rival.", "fr", dt.date(2014, 4, 2)),
    ("Le 1er janvier 2024, la loi est entrée en vigueur.", "fr", dt.date(2024, 1, 1)),
    ("Mis en ligne le 03/11/2025 à 10h.", "fr", dt.date(2025, 11, 3)),
    ("April 18, 2012 - The company agreed to a deal.", "en", dt.date(2012, 4, 18)),
    ("LONDON, 18 April 2012 - Shares fell.", "en", dt.date(2012, 4, 18)),
    ("Published on March 3, 2024 | Updated March 5, 2024", "en", dt.date(2024, 3, 3)),
    ("Posted 2025-11-03T10:00:00Z by staff", "en", dt.date(2025, 11, 3)),
    ("Monday, March 3rd, 2025: the deal closed.", "en", dt.date(2025, 3, 3)),
    ("Filed 03/11/2025.", "en", dt.date(2025, 3, 11)),
    ("Filed 13/11/2025.", "en", dt.date(2025, 11, 13)),
    ("Sept. 5, 2023 — The bank cut rates.", "en", dt.date(2023, 9, 5)),
    ("Le 5 fevrier 2020, sans accent.", "fr", dt.date(2020, 2, 5)),
    ("OSAKA -- 2024/07/09 08:30 JST The trading house said.", "en", dt.date(2024, 7, 9)),
    ("Mis en ligne le 2023.1.5 à Séoul.", "fr", dt.date(2023, 1, 5)),
]


@pytest.mark.parametrize(("text", "lang", "expected"), DATES, ids=[d[0][:30] for d in DATES])
def test_find_date(text: str, lang: str, expected: dt.date) -> None:
    assert find_date(text, lang, today=TODAY) == expected


def test_publication_marker_beats_other_dates() -> None:
    text = "Le 3 mars 2020, la société a été créée.\nPublié le 12 mai 2024\nMis à jour le 14 mai 2024"
    assert find_date(text, "fr") == dt.date(2024, 5, 12)
    assert find_date("Updated June 2, 2023. The first deal was on May 1, 2023.", "en") == dt.date(2023, 6, 2)
    # the date before an update marker on the same line is the publication's
    assert find_date("Le 03/11/2025 à 14h02, mis à jour le 04/11/2025\nLe texte.", "fr") == dt.date(2025, 11, 3)
    assert find_date("Nov. 3, 2025 9:02 a.m. ET, updated Nov. 4, 2025", "en") == dt.date(2025, 11, 3)


def test_most_cited_date_wins() -> None:
    text = "Le 4 juin 2024, X. Le 3 juin 2024, Y. Le rachat du 3 juin 2024 est confirmé."
    assert find_date(text, "fr") == dt.date(2024, 6, 3)


def test_historical_dates_and_bare_years_are_ignored() -> None:
    assert find_date("Fondée le 3 mars 2011, la société emploie 500 personnes.", "fr") is None
    assert find_date("Depuis 2019, Microsoft a investi 13 milliards de dollars.", "fr") is None
    assert find_date("Founded on April 1, 1976, Apple is now worth $3 trillion.", "en") is None
    assert find_date("Revenue rose in 2024 and in novembre 2025.", "en") is None
    assert find_date("No date at all.", "en") is None


def test_year_from_weekday_or_other_dates() -> None:
    # Without a full date: the latest year, not after today, where 3 November is a Monday.
    assert find_date("Ce lundi 3 novembre, OpenAI a signé.", "fr", today=TODAY) == dt.date(2025, 11, 3)
    assert find_date("Ce lundi 3 novembre, OpenAI a signé.", "fr", today=dt.date(2025, 6, 1)) == dt.date(2014, 11, 3)
    # With a full date elsewhere, its year is used.
    assert find_date("Le 12 mars, X. Contrat du 1 février 2024.", "fr", today=TODAY) == dt.date(2024, 3, 12)
    # Without weekday nor year hint, a day-month alone is not a date.
    assert find_date("Le 12 mars, la société a signé.", "fr", today=TODAY) is None
    assert resolve_year(11, 3, 0, None, TODAY) == 2025
    # A dateline without a year: the weekday the same paragraph names is the day's.
    wire = "Klarna prices IPO\n\nNEW YORK, Sept 9 (Reuters) - Lender Klarna priced its offering on Tuesday, above range."
    assert find_date(wire, "en", today=TODAY) == dt.date(2025, 9, 9)
    assert find_date("PARIS, 4 mars (Reuters) - Le groupe a annoncé mardi un rachat.", "fr", today=TODAY) == dt.date(2025, 3, 4)


def test_byline_date_in_page_leftovers() -> None:
    text = "SoftBank leads round\n\nBy Business Desk | March 31, 2025 | 6 min read\n\nSoftBank will invest $30bn on Monday."
    article = article_from_text(text, path="x.txt")
    assert "March 31" not in article.text and article.date == dt.date(2025, 3, 31)
    assert resolve_year(11, 3, 0, 2024, TODAY) == 2025  # the hint's neighbour fits the weekday


def test_find_dates_and_parse_date() -> None:
    text = "Signé le 3 novembre 2025, annoncé le 5 novembre."
    found = find_dates(text, "fr")
    assert [text[d.start : d.end] for d in found] == ["3 novembre 2025", "5 novembre"]
    assert found[1].year is None
    assert parse_date("3 novembre 2025", "fr") == dt.date(2025, 11, 3)
    assert parse_date("Nov 4, 2025", "en") == dt.date(2025, 11, 4)
    assert parse_date("sans date", "fr") is None
    assert parse_date("31 février 2024", "fr") is None


def test_english_month_needs_a_capital() -> None:
    assert find_dates("prices may 3 times higher in 2025", "en") == []


def test_a_few_words_all_of_one_language_decide_it() -> None:
    from tui.core.load import article_from_text

    article = article_from_text("Titre\n\nParis, le 3 novembre 2025 – Veltrix annonce une levée.", path="x")
    assert (article.language, str(article.date)) == ("fr", "2025-11-03")


def test_a_british_numeric_date_read_by_the_weekday_named_after_it() -> None:
    uk = "Published: 11/03/2026 | By Ann Lee\n\nNewsletter out every Thursday.\n\nLONDON - Kestrel said on Wednesday it had closed its fund."
    assert find_date(uk, "en", today=dt.date(2026, 11, 27)) == dt.date(2026, 3, 11)
    us = "Published: 11/03/2026\n\nKestrel said on Tuesday it had closed its fund."
    assert find_date(us, "en", today=dt.date(2026, 11, 27)) == dt.date(2026, 11, 3)
    fr = "Publié le 11/03/2026\n\nLe groupe a annoncé mardi la clôture."
    assert find_date(fr, "fr", today=dt.date(2026, 11, 27)) == dt.date(2026, 3, 11)
