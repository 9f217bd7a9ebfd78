"""The reader's worker: extraction, then conversion at the ECB rate.

Runs in a worker thread after the first paint; each result is handed to
``deliver`` (which brings it back to the UI thread) as soon as it is ready, so
the panels fill before the rates are loaded.  No Textual here.
"""

from __future__ import annotations

from collections.abc import Callable

from ..core.extract import extract
from ..core.model import Article, Extraction
from ..core.rates import Rates, RatesError, convert_extraction, describe
from ..options import Options


def extract_and_convert(
    article: Article,
    options: Options,
    locale: str,
    deliver: Callable[[Extraction, str | None], None],
    warn: Callable[[str], None],
) -> None:
    """Extract ``article``, deliver it, then convert its figures and deliver
    again with the line that says which rate was used; a bad rates file is
    ``warn``ed about and the figures stay unconverted."""
    extraction = extract(article)
    deliver(extraction, None)
    try:
        rates = Rates.load(options.rates)
    except RatesError as error:
        warn(str(error))
        return
    converted = convert_extraction(
        extraction, rates, day=options.date, display=options.conversion_currencies()
    )
    deliver(converted, describe(converted.rate, locale) if converted.rate else "")
