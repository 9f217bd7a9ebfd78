"""Print precision/recall/F1 of extraction on a labelled article set (default: the dev set).

Usage::

    python benchmarks/devset_report.py                 # table + every miss / false positive
    python benchmarks/devset_report.py --dir tests/heldout   # the held-out set (measure only, never tune on it)
    python benchmarks/devset_report.py -c money        # only the money details
    python benchmarks/devset_report.py -a 07 -a 19     # only articles whose name starts with 07 or 19
    python benchmarks/devset_report.py --notes         # also implied-flag and span notes
    python benchmarks/devset_report.py --check-gold    # validate the gold files only

The scoring lives in ``tests/devset/scoring.py`` and is shared with
``tests/core/test_devset.py``; ``--dir`` points it at any folder of ``NN_slug.txt``
articles with ``NN_slug.json`` gold labels in the same format.  Exit status is 0
unless ``--strict`` is given and a category is below the team's bar (or, with
``--check-gold``, a gold file has a problem).
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEVSET_DIR = ROOT / "tests" / "devset"


def load_scoring() -> ModuleType:
    """Import tests/devset/scoring.py by path; put the repo root on sys.path for ``tui``."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    name = "dealreader_devset"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(
            name, DEVSET_DIR / "__init__.py", submodule_search_locations=[str(DEVSET_DIR)]
        )
        if spec is None or spec.loader is None:
            raise ImportError(f"cannot load {DEVSET_DIR}")
        package = importlib.util.module_from_spec(spec)
        sys.modules[name] = package
        spec.loader.exec_module(package)
    return importlib.import_module(name + ".scoring")


def resolve_dir(path: Path) -> Path | None:
    """``path`` as given (absolute or from the current directory), else from the repo root."""
    for candidate in (path, ROOT / path):
        if candidate.is_dir():
            return candidate.resolve()
    return None


def set_name(directory: Path) -> str:
    """"dev set" for tests/devset, else the folder's path from the repo root."""
    if directory == DEVSET_DIR.resolve():
        return "dev set"
    try:
        return str(directory.relative_to(ROOT))
    except ValueError:
        return str(directory)


def print_details(scoring: ModuleType, report: Any, categories: list[str], notes: bool) -> None:
    """Misses and false positives, article by article."""
    for art in report.articles:
        lines: list[str] = []
        if art.error:
            lines.append("  ERROR:\n    " + art.error.strip().replace("\n", "\n    "))
        else:
            if "language" in categories and art.language != art.gold_language:
                lines.append(f"  language: got {art.language!r}, gold {art.gold_language!r}")
            if "date" in categories and art.date != art.gold_date:
                lines.append(f"  date: got {art.date}, gold {art.gold_date}")
            for cat in scoring.CATEGORIES:
                if cat not in categories:
                    continue
                lines += [f"  {cat:<9} MISS  {m}" for m in art.misses[cat]]
                lines += [f"  {cat:<9} FP    {f}" for f in art.false_positives[cat]]
            if notes:
                lines += [f"  note      {n}" for n in art.notes]
        if lines:
            print(f"\n== {art.slug} ({art.gold_language})")
            print("\n".join(lines))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dir", type=Path, default=DEVSET_DIR,
                        help="folder of labelled articles (default: tests/devset; relative paths "
                             "are taken from the current directory, then from the repository root)")
    parser.add_argument("-c", "--category", action="append",
                        choices=["money", "percent", "companies", "sources", "language", "date"],
                        help="details only for these categories (repeatable)")
    parser.add_argument("-a", "--article", action="append", help="article name prefix (repeatable)")
    parser.add_argument("--notes", action="store_true", help="show implied-flag and span notes")
    parser.add_argument("--check-gold", action="store_true", help="only validate the gold files")
    parser.add_argument("--strict", action="store_true", help="exit 1 when below the bar")
    args = parser.parse_args(argv)

    directory = resolve_dir(args.dir)
    if directory is None:
        parser.error(f"--dir {args.dir}: no such folder")
    scoring = load_scoring()
    gold = scoring.load_gold(directory)
    if not gold:
        parser.error(f"--dir {args.dir}: no *.txt articles in {directory}")
    if args.article:
        gold = [g for g in gold if any(g.slug.startswith(p) for p in args.article)]
    if args.check_gold:
        bad = 0
        for g in gold:
            for problem in scoring.check_gold(g):
                bad += 1
                print(f"{g.slug}: {problem}")
        print(f"{len(gold)} articles checked, {bad} problem(s)")
        return 1 if bad else 0

    report = scoring.evaluate(articles=gold, warmup=True)
    langs = [g.language for g in gold]
    print(f"{set_name(directory)}: {len(gold)} articles ({langs.count('fr')} fr, {langs.count('en')} en)\n")
    print(report.table())
    categories = args.category or [*scoring.CATEGORIES, "language", "date"]
    print_details(scoring, report, categories, args.notes)
    below = [c for c in scoring.CATEGORIES if not report.passes(c)]
    for label, bar in scoring.ACCURACY_THRESHOLDS.items():
        ok, total = report.accuracy(label)
        if total and ok / total < bar:
            below.append(label)
    return 1 if args.strict and (below or report.errors) else 0


if __name__ == "__main__":
    sys.exit(main())
