"""The second held-out set's gold files are well formed (no scores, no thresholds).

Only ``check_gold`` of ``tests/devset/scoring.py`` runs here; nothing is extracted.
Measure the extractors on this set with
``python benchmarks/devset_report.py --dir tests/heldout2``, and never tune rules on it.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

HELDOUT2_DIR = Path(__file__).resolve().parent
DEVSET_DIR = HELDOUT2_DIR.parent / "devset"


def _load_scoring() -> ModuleType:
    """Import tests/devset/scoring.py by path, under the same name as the dev-set tests."""
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
GOLD = scoring.load_gold(HELDOUT2_DIR)


def test_heldout2_size_and_balance() -> None:
    langs = [g.language for g in GOLD]
    assert len(GOLD) == 12
    assert langs.count("fr") == langs.count("en") == 6, langs


@pytest.mark.parametrize("gold", GOLD, ids=[g.slug for g in GOLD])
def test_heldout2_gold_is_consistent(gold: scoring.GoldArticle) -> None:
    problems = scoring.check_gold(gold)
    assert not problems, f"{gold.slug}:\n" + "\n".join(problems)
