"""The Extraction as plain data: JSON, JSON Lines and CSV (``dealreader extract``)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Iterator
from typing import Any

from .model import Extraction, Figure


def _iso(day) -> str | None:
    return day.isoformat() if day else None


def figure_dict(fig: Figure) -> dict[str, Any]:
    if fig.kind == "percent":
        data: dict[str, Any] = {"kind": "percent", "text": fig.text, "start": fig.start,
                                "end": fig.end, "value": fig.value}
        if fig.value_max is not None:
            data["value_max"] = fig.value_max
        return data
    return {
        "kind": "money", "text": fig.text, "start": fig.start, "end": fig.end,
        "amount": fig.amount, "amount_max": fig.amount_max, "currency": fig.currency,
        "implied": fig.implied, "converted": fig.converted, "rate_date": _iso(fig.rate_date),
    }


def to_dict(ex: Extraction) -> dict[str, Any]:
    article = ex.article
    rate = None
    if ex.rate is not None:
        rate = {"source": ex.rate.source, "date": _iso(ex.rate.date), "EUR_USD": ex.rate.eur_usd,
                "latest": ex.rate.latest, "requested": _iso(ex.rate.requested)}
    return {
        "path": article.path,
        "title": article.title,
        "language": article.language,
        "date": _iso(article.date),
        "text": article.text,
        "figures": [figure_dict(f) for f in ex.figures],
        "companies": [
            {"name": c.name, "aliases": list(c.aliases), "ticker": c.ticker,
             "mentions": [list(m) for m in c.mentions]}
            for c in ex.companies
        ],
        "sources": [
            {"name": s.name, "url": s.url, "title": s.title, "date": _iso(s.date)}
            for s in ex.sources
        ],
        "rate": rate,
        "pairings": [
            {"first": p.first.text, "second": p.second.text, "implied_rate": p.implied_rate,
             "ecb_rate": p.ecb_rate, "deviation": p.deviation}
            for p in ex.pairings
        ],
    }


def json_lines(extractions: Iterable[Extraction]) -> Iterator[str]:
    for ex in extractions:
        yield json.dumps(to_dict(ex), ensure_ascii=False)


CSV_COLUMNS = ("path", "type", "text", "start", "end", "amount", "amount_max", "currency",
               "implied", "value", "usd", "eur", "rate_date", "ticker", "aliases", "mentions",
               "url", "date")


def csv_rows(ex: Extraction) -> Iterator[dict[str, Any]]:
    """One row per figure, company and source."""
    path = ex.article.path
    for fig in ex.figures:
        converted = fig.converted or {}
        yield {"path": path, "type": fig.kind, "text": fig.text, "start": fig.start,
               "end": fig.end, "amount": fig.amount, "amount_max": fig.amount_max,
               "currency": fig.currency, "implied": fig.implied if fig.kind == "money" else None,
               "value": fig.value, "usd": converted.get("USD"), "eur": converted.get("EUR"),
               "rate_date": _iso(fig.rate_date)}
    for c in ex.companies:
        yield {"path": path, "type": "company", "text": c.name, "ticker": c.ticker,
               "aliases": "|".join(c.aliases), "mentions": len(c.mentions),
               "start": c.mentions[0][0] if c.mentions else None,
               "end": c.mentions[0][1] if c.mentions else None}
    for s in ex.sources:
        yield {"path": path, "type": "source", "text": s.name, "url": s.url,
               "date": _iso(s.date), "mentions": len(s.mentions)}


def csv_text(extractions: Iterable[Extraction], header: bool = True) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    if header:
        writer.writeheader()
    for ex in extractions:
        writer.writerows(csv_rows(ex))
    return out.getvalue()
