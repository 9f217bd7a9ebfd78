"""Precision/recall of extraction on the labelled development set (tests/devset/).

The gold labels were written by hand from the product definitions, independently
of the extractors.  Each category has its own test so that a failure names it;
the assertion message lists the misses and false positives.  For the full
picture run ``python benchmarks/devset_report.py``.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

DEVSET_DIR = Path(__file__).resolve().parents[2] / "tests" / "devset"


def _load_scoring() -> ModuleType:
    """Import tests/devset/scoring.py by path (``tests`` is not a package)."""
    name = "dealreader_devset"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(
            name, DEVSET_DIR / "__init__.py", submodule_search_locations=[str(DEVSET_DIR)]
        )
        assert spec is not None and spec.loader is not None
        package = importlib.util.module_from_spec(spec)
        sys.modules[name] = package
        spec.loader.exec_module(package)
    return importlib.import_module(name + ".scoring")


scoring = _load_scoring()
GOLD = scoring.load_gold(DEVSET_DIR)


@pytest.fixture(scope="module")
def report() -> scoring.Report:
    """Load + extract + score every article once for the whole module."""
    return scoring.evaluate(articles=GOLD)


# ------------------------------------------------------------ the gold itself
def test_devset_size_and_balance() -> None:
    langs = [g.language for g in GOLD]
    assert len(GOLD) >= 24
    assert langs.count("fr") == langs.count("en"), langs


@pytest.mark.parametrize("gold", GOLD, ids=[g.slug for g in GOLD])
def test_gold_labels_are_consistent(gold: scoring.GoldArticle) -> None:
    problems = scoring.check_gold(gold)
    assert not problems, f"{gold.slug}:\n" + "\n".join(problems)


def test_gold_covers_the_hard_formats() -> None:
    """The set keeps its traps: ranges, implied currencies, no-date articles..."""
    money = [m for g in GOLD for m in g.money]
    assert sum(m["amount_max"] is not None for m in money) >= 5
    assert sum(m["implied"] for m in money) >= 5
    assert {"USD", "EUR", "GBP", "JPY", "CHF", "SEK", "DKK"} <= {m["currency"] for m in money}
    assert sum(g.date is None for g in GOLD) >= 2
    assert any(g.date is not None and g.date.year == 2014 for g in GOLD)
    assert sum(bool(g.sources) for g in GOLD) >= 8


# ------------------------------------------------------------ extraction
def test_devset_runs_without_errors(report: scoring.Report) -> None:
    errors = report.errors
    assert len(errors) == 0, f"{len(errors)} article(s) failed; first one ({errors[0].slug}):\n{errors[0].error}"


def _check_category(report: scoring.Report, category: str) -> None:
    assert report.passes(category), (
        report.summary(category) + "\n" + report.failures(category)
    )


def test_money_precision_recall(report: scoring.Report) -> None:
    _check_category(report, "money")


def test_percent_precision_recall(report: scoring.Report) -> None:
    _check_category(report, "percent")


def test_companies_precision_recall(report: scoring.Report) -> None:
    _check_category(report, "companies")


def test_sources_precision_recall(report: scoring.Report) -> None:
    _check_category(report, "sources")


@pytest.mark.parametrize("label", ["language", "date"])
def test_label_accuracy(report: scoring.Report, label: str) -> None:
    ok, total = report.accuracy(label)
    bar = scoring.ACCURACY_THRESHOLDS[label]
    assert total and ok / total >= bar, (
        f"{label} accuracy {ok}/{total} below {bar}\n" + report.failures(label)
    )


# The held-out sets: only their gold files are checked here (nothing is extracted,
# no thresholds).  Measure on them with ``benchmarks/devset_report.py --dir``.
HELDOUT = {"heldout": 8, "heldout2": 6, "heldout3": 6, "heldout4": 6, "heldout5": 6, "heldout6": 5, "heldout7": 6, "heldout8": 6}  # folder -> articles per language
HELDOUT_GOLD = {name: scoring.load_gold(DEVSET_DIR.parent / name) for name in HELDOUT}


@pytest.mark.parametrize("name", HELDOUT)
def test_heldout_size_and_balance(name: str) -> None:
    langs = [g.language for g in HELDOUT_GOLD[name]]
    assert len(langs) == 2 * HELDOUT[name]
    assert langs.count("fr") == langs.count("en") == HELDOUT[name], langs


@pytest.mark.parametrize(
    "gold", [g for golds in HELDOUT_GOLD.values() for g in golds],
    ids=[f"{name}/{g.slug}" for name, golds in HELDOUT_GOLD.items() for g in golds],
)
def test_heldout_gold_is_consistent(gold: scoring.GoldArticle) -> None:
    problems = scoring.check_gold(gold)
    assert not problems, f"{gold.slug}:\n" + "\n".join(problems)


def test_names_compare_without_their_legal_form_dotted_or_not() -> None:
    norm = importlib.import_module("dealreader_devset.gold").norm_name
    assert norm("Cadenza Royalty Fund III, L.P.") == norm("Cadenza Royalty Fund III") == norm("Cadenza Royalty Fund III LP")
    assert norm("Acme S.A.") == norm("Acme SA") == "acme"
    assert norm("JPMorgan Chase Bank, N.A.") == norm("JPMorgan Chase Bank")
    assert norm("Alpha Partners") == "alpha partners"
