"""A deadline after "published" ("the scheme document must be published by
April 2") is not the article's publication date: the dated line under the title
is ("Thursday March 5 2026, 7.15pm GMT")."""

from __future__ import annotations

import datetime as dt

from tui.core.load import article_from_text


def test_a_publication_deadline_is_not_the_date() -> None:
    text = ("Kestrel Pets makes £96m offer for rival\n\nThursday March 5 2026, 7.15pm GMT\n\n"
            "Kestrel Pets has agreed to buy Lumo Grooming for £96m. Under Takeover Panel rules, the scheme document must be "
            "published by April 2.\n")
    assert article_from_text(text, path="x.txt").date == dt.date(2026, 3, 5)


def test_a_published_marker_still_dates_the_article() -> None:
    text = "Titre\n\nPublié le 3 mars 2026 à 07:10\n\nLe groupe Kestrel a racheté Lumo, qui sera coté avant le 2 avril.\n"
    assert article_from_text(text, path="x.txt").date == dt.date(2026, 3, 3)


def test_a_release_to_come_is_not_the_publication_date() -> None:
    # "publiera ses résultats le 20 février": the future of "publier", an event to come
    text = ("La Lettre des Semences – N° 40 – Mardi 11 février 2042\n\nBonjour à tous,\n\n"
            "Graines Ardent a racheté Semoirs du Lot. Ardent publiera ses résultats le 20 février.\n")
    assert article_from_text(text, path="x.txt").date == dt.date(2042, 2, 11)
    english = ("Seed Weekly – Tuesday 11 February 2042\n\nGood morning,\n\n"
               "Ardent Seeds bought Lot Drills. Ardent publishes its results on February 20.\n")
    assert article_from_text(english, path="x.txt").date == dt.date(2042, 2, 11)
