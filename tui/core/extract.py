"""The single entry point of extraction: ``extract(article) -> Extraction``.

The reader UI and the ``dealreader extract`` command both call it; so could a
batch job mapping over many articles.  Currency conversion is a separate step
(:func:`tui.core.rates.convert_extraction`) because it needs the ECB history,
which the UI loads in the background.
"""

from __future__ import annotations

import re

from .companies import find_companies
from .company_anchors import defined_acronyms, reads_as
from .company_data import lower_same_length, norm_key, phrase_before
from .domains import find_domains
from .model import Article, Extraction, Link, Source
from .money import find_figures
from .sources import find_sources, publication_keys, top_level_domains


_CODE_AFTER = re.compile(r"[ \u00a0]?\([A-Z]{2,5}\)")


def extract(article: Article) -> Extraction:
    text, lang = article.text, article.language
    low = lower_same_length(text)  # shared by the three finders
    figures = find_figures(text, lang, low=low)
    sources = find_sources(text, lang, links=article.links + credit_links(article.removed), low=low)
    foreign = _defined_acronyms(text)
    sources = _without_foreign_acronyms(text, sources, foreign)
    # figures and the places where sources are cited are never company mentions (a
    # cited publication's mentions are all of its mentions: "Reuters" is never a company)
    # (nor is a currency's code in parentheses after an amount: "42 milliards de francs Djibouti (FDJ)")
    codes = [m.span() for f in figures if f.kind == "money" and (m := _CODE_AFTER.match(text, f.end))]
    companies = find_companies(
        text, lang, skip=[(f.start, f.end) for f in figures] + codes + [span for s in sources for span in s.mentions], low=low
    )
    if foreign:  # "Permodalan Nasional Bhd (PNB)": "PNB" there is not Punjab National Bank
        companies = [c for c in companies if not all(foreign.get(text[a:b], norm_key(c.name)) not in (norm_key(c.name), *map(norm_key, c.aliases))
                                                     for a, b in c.mentions)]
    return Extraction(
        article=article,
        figures=tuple(figures),
        companies=tuple(companies),
        sources=tuple(sources),
    )


def _defined_acronyms(text: str) -> dict[str, str]:
    """Acronym -> the key of the name the text defines it for ("Phoenix Tower
    International (PTI)"), when that name reads as it."""
    found = {}
    for end, acronym in defined_acronyms(text):
        span = phrase_before(text, end - 1 if text[end - 1 : end] == " " else end)
        if span and reads_as(text[span[0] : span[1]], acronym):
            found[acronym] = norm_key(text[span[0] : span[1]])
    return found


def _without_foreign_acronyms(text: str, sources: list[Source], defined: dict[str, str]) -> list[Source]:
    """``sources`` without the publications named only by an acronym that the text
    defines for another name: "Phoenix Tower International (PTI)" makes "PTI" that
    company, not the Press Trust of India (but "Press Trust of India (PTI)" stays)."""
    pubs = publication_keys()
    foreign = {a for a, key in defined.items() if key not in pubs}
    return [s for s in sources if not (s.name in foreign and all(text[a:b] == s.name for a, b in s.mentions))] if foreign else sources


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
