"""A newsletter pasted in Markdown: its marks out of the text, its links kept as
the article's links (a publication's link is a source), and the date line
above the body preferred to a date cited in it."""

from __future__ import annotations

from tui.core.extract import extract
from tui.core.load import article_from_text
from tui.core.markdown import looks_like_markdown, strip_markdown

LETTER = (
    "# 🚀 Le Brief n°12 — Velmora lève 18 M€\n\n"
    "**Mardi 10 mars 2026** · Temps de lecture : 4 min\n\n"
    "## 💸 Les levées\n\n"
    "- **[Velmora](https://www.velmora.io)** boucle une Série B de **18 M€** menée par _Partech_, selon "
    "[Les Echos](https://www.lesechos.fr/tech/velmora-2150432).\n"
    "- **Tarvik** (cybersécurité) sécurise *4,8 M$* auprès de **Serena**.\n\n"
    "> « Nous voulons tripler nos effectifs », explique **Clémence Aubry**.\n\n"
    "| Indicateur | Février 2026 |\n|---|---|\n| Montant levé | 1,34 Md€ |\n\n"
    "[^1]: Données arrêtées au 28 février 2026.\n"
)


def test_markdown_is_recognised_by_its_marks() -> None:
    assert looks_like_markdown(LETTER)
    assert not looks_like_markdown("Velmora lève 18 M€.\n\nLe tour est mené par Partech, a snake_case_name and 5 * 3 = 15.")


def test_marks_go_and_links_stay() -> None:
    text, links = strip_markdown(LETTER)
    assert "**" not in text and "_Partech_" not in text and "](" not in text and "|---|" not in text
    assert "menée par Partech, selon Les Echos." in text and "| Montant levé | 1,34 Md€ |" in text
    assert [link.text for link in links] == ["Velmora", "Les Echos"]


def test_a_pasted_newsletter_reads_as_its_text() -> None:
    article = article_from_text(LETTER, path="brief.md")
    found = extract(article)
    names = {c.name for c in found.companies}
    assert {"Velmora", "Partech", "Tarvik", "Serena"} <= names
    assert "Les Echos" in {s.name for s in found.sources}
    assert str(article.date) == "2026-03-10"
    assert "*" not in article.text and "#" not in article.text


def test_a_hostile_link_keeps_no_escape_sequence() -> None:
    text, links = strip_markdown("**Velmora** lève 18 M€ selon [Les\x1b[31m Echos](https://www.lesechos.fr/a\x1b]8;;http://evil\x07b) et _Partech_.\n\n# Suite\n")
    assert links and all("\x1b" not in link.url + link.text and "\x07" not in link.url for link in links)
