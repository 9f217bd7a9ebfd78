"""Reader options from the command line (no Textual imports)."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple


class Options(NamedTuple):
    rates: str | None = None
    """An ECB history file (eurofxref-hist.zip or .csv) instead of the bundled one."""
    date: dt.date | None = None
    """Convert at this day's rate instead of the article's date."""
    locale: str | None = None
    """Format numbers for this locale instead of the article's language."""
    currency: str | None = None
    """A display currency shown beside USD and EUR."""

    def extra_currencies(self) -> tuple[str, ...]:
        """What `c` cycles through beside USD and EUR: --currency first."""
        picks = (self.currency, *EXTRA_CURRENCIES)
        return tuple(dict.fromkeys(c for c in picks if c and c not in ("USD", "EUR")))

    def conversion_currencies(self) -> tuple[str, ...]:
        """Every currency a figure is converted to (USD, EUR and the extras)."""
        return ("USD", "EUR", *self.extra_currencies())


EXTRA_CURRENCIES = ("CHF", "GBP", "JPY", "CNY")
