"""Tests for tui.core.load on HTML pages: the main text, title, date and links."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from tui.core import htmlpage
from tui.core.load import LoadError, load_bytes, load_paths
from tui.core.model import Link

ROOT = Path(__file__).resolve().parents[2]
PAGE = ROOT / "tests" / "fixtures" / "inputs" / "deal_page.html"


def write(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


# --- HTML --------------------------------------------------------------------

PAGE_TEXT = (
    "Kerlys lève 35 millions d'euros pour ses robots agricoles\n\n"
    "La jeune pousse bretonne Kerlys, qui conçoit des robots de désherbage autonomes, a bouclé "
    "une levée de fonds de 35 millions d'euros menée par le fonds Terra Invest, a-t-elle annoncé mardi.\n\n"
    "Selon notre enquête et les chiffres publiés par Dealroom, il s'agit du plus gros tour de table "
    "de l'agritech française cette année. Le montant servira à industrialiser la production à Lorient.\n\n"
    "L'entreprise, qui emploie 90 personnes, vise un chiffre d'affaires de 12 millions d'euros en 2025.\n"
    "Elle prévoit aussi d'ouvrir une filiale en Espagne.\n\n"
    "Un lien piégé et un courriel ne sont pas des sources."
)
PAGE_LINKS = (
    Link("https://www.terra-invest.example.com/portfolio", "Terra Invest"),
    Link("https://echo-champs.example.fr/economie/agritech-2024", "notre enquête"),
    Link("https://www.dealroom.example.co/agritech", "Dealroom"),
)
PAGE_NOISE = ("STYLE", "SCRIPT", "HEADER", "NAV-", "ADVERT", "ASIDE", "FOOTER", "Accueil", "Mentions")


def test_html_page() -> None:
    [article] = load_paths([str(PAGE)])
    assert article.title == "Kerlys lève 35 millions d'euros pour ses robots agricoles"
    assert article.date == dt.date(2024, 5, 14)
    assert article.language == "fr"
    assert article.links == PAGE_LINKS
    assert article.text == PAGE_TEXT
    for noise in PAGE_NOISE:
        assert noise not in article.text


def broken_extraction(*args: object, **kwargs: object) -> None:
    raise RuntimeError("extractor bug")


@pytest.mark.parametrize("failure", ["no-result", "not-installed", "raises"])
def test_html_lxml_fallback(monkeypatch: pytest.MonkeyPatch, failure: str) -> None:
    """Without trafilatura's result the body text still comes out, minus furniture."""
    if failure == "no-result":
        monkeypatch.setattr(htmlpage, "_with_trafilatura", lambda tree, base: None)
    elif failure == "not-installed":
        monkeypatch.setitem(sys.modules, "trafilatura", None)
    else:
        import trafilatura

        monkeypatch.setattr(trafilatura, "bare_extraction", broken_extraction)
    [article] = load_paths([str(PAGE)])
    assert article.title == "Kerlys lève 35 millions d'euros pour ses robots agricoles"
    assert article.date == dt.date(2024, 5, 14)
    assert article.links == PAGE_LINKS
    assert article.text == PAGE_TEXT.replace("agricoles\n\n", "agricoles\n\nPar Anne Morel\n\n", 1)
    for noise in PAGE_NOISE:
        assert noise not in article.text


def test_html_relative_links_and_charset(tmp_path: Path) -> None:
    page = (
        "<html><head><meta http-equiv='Content-Type' content='text/html; charset=windows-1252'>"
        "<base href='https://base.example.com/news/'><title>Rachat géant</title></head><body>"
        "<article><h1>Rachat géant</h1><p>Le groupe a payé 5 € par action selon "
        "<a href='deals/one.html'>l’annonce</a>, <a href='/abs'>ceci</a> et "
        "<a href='ftp://files.example.com/x'>un fichier</a>. Les analystes saluent l’opération, "
        "qui crée le numéro un européen du secteur.</p></article></body></html>"
    )
    path = write(tmp_path, "page.html", page.encode("cp1252"))
    [article] = load_paths([path])
    assert article.encoding == "cp1252"
    assert article.title == "Rachat géant"
    assert article.date is None
    assert article.links == (
        Link("https://base.example.com/news/deals/one.html", "l’annonce"),
        Link("https://base.example.com/abs", "ceci"),
    )


def test_html_relative_links_dropped_without_base() -> None:
    page = (
        "<!doctype html><html><body><article><h1>Titre</h1><p>Selon <a href='/x'>ceci</a> et "
        "<a href='https://ok.example.org/y'>cela</a>, l'accord est signé pour trois ans.</p>"
        "</article></body></html>"
    )
    article = load_bytes(page.encode(), path="-")
    assert article.links == (Link("https://ok.example.org/y", "cela"),)


def test_html_without_text() -> None:
    with pytest.raises(LoadError) as err:
        load_bytes(b"<!DOCTYPE html><html><head><script>x()</script></head><body></body></html>", path="blank.html")
    assert str(err.value) == "blank.html: no article text found in the HTML page"
