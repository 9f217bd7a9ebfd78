"""Scoring of extraction against the labelled development set in this folder.

Shared by ``tests/core/test_devset.py`` and ``benchmarks/devset_report.py``.
:func:`evaluate` loads every article through ``tui.core.load.article_from_text``,
runs ``tui.core.extract.extract`` and compares the result with the gold labels:

* money: same surface text (whitespace and apostrophes normalised), amount
  within 0.5 %, same currency and same ``amount_max``;
* percent: same surface text and value within 0.5 %;
* companies: a prediction matches a gold company when one of its names
  (name or alias) equals one of the gold names, compared case- and
  accent-insensitively and ignoring a trailing legal form (SA, Ltd, Inc...);
  a second prediction for an already matched company counts as a false
  positive (aliases were not merged);
* sources: by name/alias (same normalisation) or by domain;
* language and date: accuracy.

``tui`` is only imported inside :func:`run_article`, so the gold files can be
checked (:func:`check_gold`) even when the extractors do not exist yet.
"""

from __future__ import annotations

import datetime as dt
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Sequence

from .gold import (
    DEVSET_DIR,
    DOMAIN_LIKE,
    GoldArticle,
    check_gold,
    close,
    domains_match,
    host_of,
    load_gold,
    norm_name,
    norm_text,
)

__all__ = [
    "ACCURACY_THRESHOLDS", "CATEGORIES", "DEVSET_DIR", "THRESHOLDS", "ArticleScore", "Counts",
    "GoldArticle", "Report", "check_gold", "evaluate", "load_gold", "run_article", "score_article",
]

CATEGORIES: tuple[str, ...] = ("money", "percent", "companies", "sources")
#: (minimum precision, minimum recall) per category: the team's bar.
THRESHOLDS: dict[str, tuple[float, float]] = {
    "money": (0.90, 0.85),
    "percent": (0.90, 0.90),
    "companies": (0.80, 0.80),
    "sources": (0.80, 0.80),
}
#: minimum accuracy of the per-article labels.
ACCURACY_THRESHOLDS: dict[str, float] = {"language": 1.0, "date": 0.8}


# ----------------------------------------------------------------- scores
@dataclass
class Counts:
    """True positives, false positives and false negatives of one category."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Counts") -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class ArticleScore:
    """Result of one article: counts, misses and false positives per category."""

    slug: str
    gold_language: str
    gold_date: dt.date | None
    language: str | None = None
    date: dt.date | None = None
    error: str | None = None
    counts: dict[str, Counts] = field(default_factory=lambda: {c: Counts() for c in CATEGORIES})
    misses: dict[str, list[str]] = field(default_factory=lambda: {c: [] for c in CATEGORIES})
    false_positives: dict[str, list[str]] = field(default_factory=lambda: {c: [] for c in CATEGORIES})
    notes: list[str] = field(default_factory=list)


def _describe_money(text: str, amount: Any, amax: Any, currency: Any, implied: bool) -> str:
    rng = f"{amount:g}" if isinstance(amount, (int, float)) else str(amount)
    if isinstance(amax, (int, float)):
        rng += f"..{amax:g}"
    return f"{text!r} = {rng} {currency}" + (" (implied)" if implied else "")


def _money_ok(gold: dict[str, Any], fig: Any) -> bool:
    return (norm_text(fig.text) == norm_text(gold["text"])
            and close(fig.amount, gold["amount"]) and close(fig.amount_max, gold.get("amount_max"))
            and (fig.currency or "").upper() == gold["currency"])


def _percent_ok(gold: dict[str, Any], fig: Any) -> bool:
    return (norm_text(fig.text) == norm_text(gold["text"])
            and close(fig.value, gold["value"]) and close(fig.value_max, gold.get("value_max")))


def _closest(gold_text: str, amount: Any, candidates: Iterable[Any], attr: str) -> str:
    g = norm_text(gold_text)
    for fig in candidates:
        t = norm_text(fig.text)
        if t and (t in g or g in t or close(getattr(fig, attr), amount)):
            if attr == "amount":
                desc = _describe_money(fig.text, fig.amount, fig.amount_max, fig.currency, fig.implied)
            else:
                desc = f"{fig.text!r} = {fig.value}"
            return f" (closest prediction: {desc})"
    return ""


def _score_figures(score: ArticleScore, gold: GoldArticle, figures: Sequence[Any]) -> None:
    for kind, golds, ok in (("money", gold.money, _money_ok), ("percent", gold.percent, _percent_ok)):
        preds = [f for f in figures if f.kind == kind]
        used = [False] * len(preds)
        unmatched_gold = []
        for g in golds:
            idx = next((i for i, f in enumerate(preds) if not used[i] and ok(g, f)), None)
            if idx is None:
                unmatched_gold.append(g)
                continue
            used[idx] = True
            score.counts[kind].tp += 1
            if kind == "money" and bool(preds[idx].implied) != bool(g.get("implied")):
                score.notes.append(f"money {g['text']!r}: implied={preds[idx].implied}, gold {g.get('implied')}")
        spare = [f for i, f in enumerate(preds) if not used[i]]
        attr = "amount" if kind == "money" else "value"
        for g in unmatched_gold:
            score.counts[kind].fn += 1
            if kind == "money":
                desc = _describe_money(g["text"], g["amount"], g.get("amount_max"), g["currency"], g.get("implied", False))
            else:
                desc = f"{g['text']!r} = {g['value']}"
            score.misses[kind].append(desc + _closest(g["text"], g.get(attr), spare, attr))
        for f in spare:
            score.counts[kind].fp += 1
            if kind == "money":
                desc = _describe_money(f.text, f.amount, f.amount_max, f.currency, f.implied)
            else:
                desc = f"{f.text!r} = {f.value}"
            score.false_positives[kind].append(desc)


def _match_entities(score: ArticleScore, category: str, golds: Sequence[dict[str, Any]],
                    preds: Sequence[tuple[str, set[str], set[str]]], traps: set[str]) -> None:
    """Greedy one-to-one matching of predicted (label, name keys, hosts) to gold entities."""
    gold_keys = []
    for g in golds:
        names = {norm_name(n) for n in (g["name"], *g.get("aliases", ()))}
        gold_keys.append((names, host_of(g.get("domain"))))
    matched = [False] * len(golds)
    for label, names, hosts in preds:
        hits = [i for i, (gnames, gdom) in enumerate(gold_keys)
                if names & gnames or any(domains_match(h, gdom) for h in hosts)]
        free = [i for i in hits if not matched[i]]
        if free:
            matched[free[0]] = True
            score.counts[category].tp += 1
            continue
        score.counts[category].fp += 1
        if hits:
            label += f"  [duplicate of {golds[hits[0]]['name']!r}: aliases not merged]"
        elif names & traps:
            label += "  [trap: not a " + ("company" if category == "companies" else "source") + "]"
        score.false_positives[category].append(label)
    for i, g in enumerate(golds):
        if not matched[i]:
            score.counts[category].fn += 1
            extra = [*g.get("aliases", ()), *([g["domain"]] if g.get("domain") else [])]
            score.misses[category].append(repr(g["name"]) + (f" (also {', '.join(extra)})" if extra else ""))


def _label(name: str, aliases: Sequence[str], url: str | None = None) -> str:
    label = repr(name)
    if aliases:
        label += f" (aliases: {', '.join(aliases)})"
    return label + (f" <{url}>" if url else "")


def score_article(gold: GoldArticle, article: Any, extraction: Any) -> ArticleScore:
    """Compare one article's loaded ``Article`` and ``Extraction`` with its gold labels."""
    score = ArticleScore(gold.slug, gold.language, gold.date)
    score.language = article.language
    date = article.date
    score.date = date.date() if isinstance(date, dt.datetime) else date
    text = article.text
    for fig in extraction.figures:
        if text[fig.start:fig.end] != fig.text:
            score.notes.append(f"span ({fig.start}, {fig.end}) of {fig.text!r} reads {text[fig.start:fig.end]!r}")
    _score_figures(score, gold, extraction.figures)
    company_preds = [(_label(c.name, c.aliases), {norm_name(n) for n in (c.name, *c.aliases)}, set())
                     for c in extraction.companies]
    traps = {norm_name(n) for n in gold.not_companies}
    _match_entities(score, "companies", gold.companies, company_preds, traps)
    source_preds = []
    for s in extraction.sources:
        hosts = {h for h in (host_of(s.url), host_of(s.name) if DOMAIN_LIKE.match(s.name.lower()) else None) if h}
        source_preds.append((_label(s.name, (), s.url), {norm_name(s.name)}, hosts))
    source_traps = {norm_name(c["name"]) for c in gold.companies}
    _match_entities(score, "sources", gold.sources, source_preds, source_traps)
    return score


def run_article(gold: GoldArticle) -> tuple[ArticleScore, int, float]:
    """Load and extract one article; returns (score, characters, seconds).

    An exception in loading or extraction is recorded in ``score.error`` (with its
    traceback) and every gold item of the article counts as missed.
    """
    start = time.perf_counter()
    try:
        from tui.core.extract import extract
        from tui.core.load import article_from_text

        article = article_from_text(gold.raw, path=str(gold.path))
        extraction = extract(article)
    except Exception:  # recorded and reported, never silenced
        score = ArticleScore(gold.slug, gold.language, gold.date, error=traceback.format_exc())
        for category, items in (("money", gold.money), ("percent", gold.percent),
                                ("companies", gold.companies), ("sources", gold.sources)):
            score.counts[category].fn += len(items)
            score.misses[category].extend(repr(i.get("text", i.get("name"))) for i in items)
        return score, len(gold.raw), time.perf_counter() - start
    elapsed = time.perf_counter() - start
    return score_article(gold, article, extraction), len(article.text), elapsed


# ----------------------------------------------------------------- the whole set
@dataclass
class Report:
    """Scores of every article plus throughput of load + extract."""

    articles: list[ArticleScore]
    chars: int = 0
    seconds: float = 0.0

    def totals(self, category: str) -> Counts:
        """Micro-averaged counts of one category over the whole set."""
        total = Counts()
        for art in self.articles:
            total.add(art.counts[category])
        return total

    def accuracy(self, label: str) -> tuple[int, int]:
        """(correct, total) for ``"language"`` or ``"date"``."""
        if label == "language":
            ok = sum(a.language == a.gold_language for a in self.articles)
        else:
            ok = sum(a.error is None and a.date == a.gold_date for a in self.articles)
        return ok, len(self.articles)

    @property
    def errors(self) -> list[ArticleScore]:
        return [a for a in self.articles if a.error]

    def failures(self, category: str, limit: int = 80) -> str:
        """Readable list of the misses and false positives of one category (or label)."""
        lines: list[str] = []
        for art in self.articles:
            if art.error:
                lines.append(f"{art.slug}: ERROR {art.error.strip().splitlines()[-1]}")
            elif category == "language" and art.language != art.gold_language:
                lines.append(f"{art.slug}: language {art.language!r}, gold {art.gold_language!r}")
            elif category == "date" and art.date != art.gold_date:
                lines.append(f"{art.slug}: date {art.date}, gold {art.gold_date}")
            elif category in CATEGORIES:
                lines += [f"{art.slug}: MISS {m}" for m in art.misses[category]]
                lines += [f"{art.slug}: FALSE POSITIVE {f}" for f in art.false_positives[category]]
        if len(lines) > limit:
            lines = lines[:limit] + [f"... and {len(lines) - limit} more"]
        return "\n".join(lines)

    def summary(self, category: str) -> str:
        """One line: counts, precision, recall, F1 and the bar."""
        c = self.totals(category)
        p_min, r_min = THRESHOLDS[category]
        return (f"{category}: P={c.precision:.3f} (bar {p_min}) R={c.recall:.3f} (bar {r_min}) "
                f"F1={c.f1:.3f}  tp={c.tp} fp={c.fp} fn={c.fn}")

    def passes(self, category: str) -> bool:
        c = self.totals(category)
        p_min, r_min = THRESHOLDS[category]
        return c.precision >= p_min and c.recall >= r_min

    def table(self) -> str:
        """The per-category table printed by the report script."""
        rows = [f"{'category':<10} {'gold':>5} {'pred':>5} {'tp':>5} {'fp':>5} {'fn':>5} "
                f"{'P':>6} {'R':>6} {'F1':>6}  bar(P/R)   status"]
        for cat in CATEGORIES:
            c = self.totals(cat)
            p_min, r_min = THRESHOLDS[cat]
            rows.append(f"{cat:<10} {c.tp + c.fn:>5} {c.tp + c.fp:>5} {c.tp:>5} {c.fp:>5} {c.fn:>5} "
                        f"{c.precision:>6.3f} {c.recall:>6.3f} {c.f1:>6.3f}  {p_min:.2f}/{r_min:.2f}  "
                        f"{'ok' if self.passes(cat) else 'BELOW'}")
        for label, bar in ACCURACY_THRESHOLDS.items():
            ok, n = self.accuracy(label)
            acc = ok / n if n else 1.0
            rows.append(f"{label:<10} accuracy {ok}/{n} = {acc:.3f}  bar {bar:.2f}  "
                        f"{'ok' if acc >= bar else 'BELOW'}")
        if self.seconds > 0:
            rows.append(f"load+extract: {self.chars} chars in {self.seconds * 1000:.1f} ms "
                        f"= {self.chars / self.seconds / 1e6:.2f} MB/s")
        if self.errors:
            rows.append(f"ERRORS in {len(self.errors)} article(s): " + ", ".join(a.slug for a in self.errors))
        return "\n".join(rows)


def evaluate(directory: Path = DEVSET_DIR, articles: Iterable[GoldArticle] | None = None,
             warmup: bool = False) -> Report:
    """Run load + extract on every article of the set and score it.

    ``warmup`` runs the first article once before timing, so the throughput
    excludes first-use set-up (data files, compiled tables).
    """
    golds = load_gold(directory) if articles is None else list(articles)
    if warmup and golds:
        run_article(golds[0])
    report = Report([])
    for gold in golds:
        score, chars, seconds = run_article(gold)
        report.articles.append(score)
        report.chars += chars
        report.seconds += seconds
    return report
