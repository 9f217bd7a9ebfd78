"""The single entry point of extraction: ``extract(article) -> Extraction``.

The reader UI and the ``dealreader extract`` command both call it; so could a
batch job mapping over many articles.  Currency conversion is a separate step
(:func:`tui.core.rates.convert_extraction`) because it needs the ECB history,
which the UI loads in the background.
"""

from __future__ import annotations

import re

from .companies import find_companies
from .company_data import lower_same_length
from .domains import find_domains
from .model import Article, Extraction, Link
from .money import find_figures
from .sources import find_sources, top_level_domains


_CODE_AFTER = re.compile(r"[ \u00a0]?\([A-Z]{2,5}\)")


def extract(article: Article) -> Extraction:
    text, lang = article.text, article.language
    low = lower_same_length(text)  # shared by the three finders
    figures = find_figures(text, lang, low=low)
    sources = find_sources(text, lang, links=article.links + credit_links(article.removed), low=low)
    # figures and the places where sources are cited are never company mentions (a
    # cited publication's mentions are all of its mentions: "Reuters" is never a company)
    # (nor is a currency's code in parentheses after an amount: "42 milliards de francs Djibouti (FDJ)")
    codes = [m.span() for f in figures if f.kind == "money" and (m := _CODE_AFTER.match(text, f.end))]
    companies = find_companies(
        text, lang, skip=[(f.start, f.end) for f in figures] + codes + [span for s in sources for span in s.mentions], low=low
    )
    return Extraction(
        article=article,
        figures=tuple(figures),
        companies=tuple(companies),
        sources=tuple(sources),
    )


_COPYRIGHT = re.compile(r"(?i)copyright|©|\(c\) ?\d{4}")


def credit_links(removed: tuple[str, ...]) -> tuple[Link, ...]:
    """The domains of the copyright lines the cleaner removed as page leftovers
    ("Copyright (c) 2025 CercleFinance.com. Tous droits réservés."): the
    publisher the article comes from, a source without a place in the text."""
    tld = top_level_domains()
    return tuple(
        Link("https://" + host, written)
        for line in removed if _COPYRIGHT.search(line)
        for _s, _e, written, host in find_domains(line.lower(), tld)  # ("CercleFinance.com")
    )
