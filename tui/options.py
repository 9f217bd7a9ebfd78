"""Reader options from the command line (no Textual imports)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class Options:
    rates: str | None = None
    """An ECB history file (eurofxref-hist.zip or .csv) instead of the bundled one."""
    date: dt.date | None = None
    """Convert at this day's rate instead of the article's date."""
    locale: str | None = None
    """Format numbers for this locale instead of the article's language."""
    currency: str | None = None
    """A display currency shown beside USD and EUR."""
