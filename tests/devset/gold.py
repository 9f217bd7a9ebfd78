"""Gold labels of the development set and the text/name normalisation used to score.

Each article is ``NN_slug.txt`` (UTF-8: title, blank line, paragraphs) with its
gold labels in ``NN_slug.json`` (language, date, money, percent, companies,
not_companies, sources; see ``README.md`` in this folder).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

DEVSET_DIR = Path(__file__).resolve().parent
AMOUNT_TOLERANCE = 0.005

_APOSTROPHES = re.compile("[\u2019\u2018\u02bc\u2032`\u00b4]")
_DASHES = re.compile("[\u2010\u2011\u2012]")
_SPACES = re.compile(r"\s+")
_LEGAL_SUFFIX = re.compile(
    r"[\s,]+(?:sas|sasu|sa|sarl|se|ag|ab|a/s|asa|oyj|plc|ltd|limited|inc|incorporated|corp"
    r"|corporation|co|company|llc|llp|lp|gmbh|nv|bv|spa|kk|l\.p|s\.a|s\.a\.s|n\.v|b\.v|s\.p\.a|a\.g|p\.l\.c|n\.a)\.?$"  # (dotted: "Fund III, L.P.", "Bank, N.A.")
)
_LEADING_ARTICLE = re.compile(r"^(?:(?:the|les|le|la)\s+|l')")  # ("les" before "le": not "s fermentations")
DOMAIN_LIKE = re.compile(r"^[\w.-]+\.[a-z]{2,}(?:/.*)?$")


def norm_text(text: str) -> str:
    """Surface text for comparison: unified spaces, apostrophes and hyphens."""
    text = _APOSTROPHES.sub("'", text)
    text = _DASHES.sub("-", text)
    return _SPACES.sub(" ", text).strip()


def norm_name(name: str) -> str:
    """Company/source name key: case-, accent- and legal-form-insensitive."""
    text = norm_text(name).casefold()
    text = "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
    text = _LEADING_ARTICLE.sub("", text).strip(" .,;:-")
    while True:
        stripped = _LEGAL_SUFFIX.sub("", text).strip(" .,;:&-")
        if stripped == text or not stripped:
            return text
        text = stripped


def host_of(url: str | None) -> str | None:
    """Lower-case host of a URL or bare domain, without ``www.``."""
    if not url:
        return None
    url = url.strip()
    parts = urlsplit(url if "//" in url else "//" + url)
    host = (parts.hostname or "").lower()
    return host[4:] if host.startswith("www.") else (host or None)


def domains_match(a: str | None, b: str | None) -> bool:
    """Same host, or one is a subdomain of the other."""
    if not a or not b:
        return False
    return a == b or a.endswith("." + b) or b.endswith("." + a)


def close(a: float | None, b: float | None) -> bool:
    """Both None, or equal within ``AMOUNT_TOLERANCE`` (relative)."""
    if a is None or b is None:
        return a is None and b is None
    return abs(a - b) <= AMOUNT_TOLERANCE * max(abs(a), abs(b)) + 1e-9


# ----------------------------------------------------------------- gold files
@dataclass(frozen=True)
class GoldArticle:
    """One article of the development set and its gold labels."""

    slug: str
    path: Path
    raw: str
    language: str
    date: dt.date | None
    money: tuple[dict[str, Any], ...]
    percent: tuple[dict[str, Any], ...]
    companies: tuple[dict[str, Any], ...]
    not_companies: tuple[str, ...]
    sources: tuple[dict[str, Any], ...]


def load_gold(directory: Path = DEVSET_DIR) -> list[GoldArticle]:
    """Every ``*.txt`` article of ``directory`` with its ``.json`` labels, sorted."""
    articles = []
    for txt in sorted(directory.glob("*.txt")):
        gold = json.loads(txt.with_suffix(".json").read_text(encoding="utf-8"))
        date = dt.date.fromisoformat(gold["date"]) if gold.get("date") else None
        articles.append(GoldArticle(
            slug=txt.stem, path=txt, raw=txt.read_text(encoding="utf-8"),
            language=gold["language"], date=date,
            money=tuple(gold.get("money", ())), percent=tuple(gold.get("percent", ())),
            companies=tuple(gold.get("companies", ())),
            not_companies=tuple(gold.get("not_companies", ())),
            sources=tuple(gold.get("sources", ())),
        ))
    return articles


def check_gold(gold: GoldArticle) -> list[str]:
    """Problems in one gold file (texts not found in order, bad fields...)."""
    problems: list[str] = []
    raw, low = norm_text(gold.raw), norm_text(gold.raw).casefold()
    words = len(gold.raw.split())
    if not 150 <= words <= 500:
        problems.append(f"{words} words (want 150-500)")
    if gold.language not in ("fr", "en"):
        problems.append(f"language {gold.language!r}")
    for kind in ("money", "percent"):
        pos = 0
        for item in getattr(gold, kind):
            found = raw.find(norm_text(item["text"]), pos)
            if found < 0:
                problems.append(f"{kind} {item['text']!r} not found (in order) in the text")
            else:
                pos = found + 1
    for item in gold.money:
        if not re.fullmatch(r"[A-Z]{3}", item["currency"] or ""):
            problems.append(f"money {item['text']!r}: currency {item['currency']!r}")
        if item.get("amount_max") is not None and item["amount_max"] <= item["amount"]:
            problems.append(f"money {item['text']!r}: amount_max <= amount")
    names = [n for c in gold.companies for n in (c["name"], *c.get("aliases", ()))]
    for name in [*names, *gold.not_companies]:
        if norm_text(name).casefold() not in low:
            problems.append(f"name {name!r} does not occur in the text")
    for src in gold.sources:
        keys = [src["name"], *src.get("aliases", ()), src.get("domain") or ""]
        if not any(k and norm_text(k).casefold() in low for k in keys):
            problems.append(f"source {src['name']!r}: neither name nor domain occurs in the text")
    return problems
