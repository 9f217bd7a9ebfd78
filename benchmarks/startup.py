"""Time to first paint: dealreader versus a bare Textual app showing the same title.

Each run spawns the program on a 120x40 pseudo-terminal and stops the clock when
the article's title word ("mégacontrat") shows in the decoded screen stream.  It
also notes when the output settles (last byte before 1 s of quiet: the panels
have been filled by the workers).  The two programs are run alternately (ABBA),
N times each, after one unmeasured warm-up run of each, in the same environment
with a warm bytecode cache (see ``bytecode_cache_env``; ``--no-bytecode-cache``
runs them in the environment as it is).

Usage::

    python benchmarks/startup.py                 # 7 runs each, medians and ratio
    python benchmarks/startup.py -n 11 --json
    python benchmarks/startup.py --imports       # also the costliest imports (-X importtime)

Goal: median first paint of dealreader <= 1.3 x the bare app's.  Exit status 1
if it is missed or a run fails.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _pty import ROOT, SAMPLE, PtySession, dealreader_command  # noqa: E402

GOAL_RATIO = 1.3
TITLE_WORD = "mégacontrat"
TITLE = "OpenAI : un mégacontrat à 38 milliards de dollars avec Amazon"

BARE_APP = f'''\
"""Bare Textual app: a Static with the sample's title and a Footer."""
from textual.app import App
from textual.binding import Binding
from textual.widgets import Footer, Static


class Bare(App):
    BINDINGS = [Binding("q", "quit", "Quit")]

    def compose(self):
        yield Static({TITLE!r})
        yield Footer()


Bare().run()
'''

READER_IMPORTS = "import tui.cli, tui.core.load, tui.app"
"""What the reader imports before its first paint (extraction comes after it)."""


def one_run(argv: list[str], cols: int, rows: int, timeout: float,
            env: dict[str, str] | None = None) -> dict[str, float | None]:
    """Spawn, wait for the title, then for 1 s of quiet; quit."""
    with PtySession(argv, cols=cols, rows=rows, env=env) as session:
        paint = session.wait_for(TITLE_WORD, timeout=timeout)
        settled = None
        if paint is not None and session.wait_quiet(1.0, timeout=timeout):
            settled = session.last_output_at - session.started_at
        status = session.close()
    return {"first_paint_s": paint, "settled_s": settled, "exit_status": status}


def bytecode_cache_env(folder: str) -> dict[str, str]:
    """Both programs with a warm bytecode cache, as installed programs have.

    ``pip install`` compiles every module to ``.pyc``, so an installed
    dealreader, like Textual in site-packages, loads bytecode.  A checkout
    run with ``PYTHONDONTWRITEBYTECODE`` set (as some sandboxes do) would
    instead compile dealreader's own modules on every start (~20 ms) while
    Textual's come precompiled: an unfair comparison.  The cache lives in a
    temporary folder (``PYTHONPYCACHEPREFIX``), filled by the warm-up runs;
    the same environment is used for both programs.
    """
    return {"PYTHONDONTWRITEBYTECODE": "", "PYTHONPYCACHEPREFIX": str(Path(folder, "pycache"))}


def import_costs(top: int, env: dict[str, str] | None = None) -> dict[str, object]:
    """Run ``python -X importtime`` on the reader's import path; the top modules.

    With ``env`` (a bytecode cache) a first run fills the cache."""
    command = [sys.executable, "-X", "importtime", "-c", READER_IMPORTS]
    full_env = {**os.environ, **env} if env else None
    for _ in range(2 if env else 1):
        proc = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=120,
                              check=False, env=full_env)
    rows = []
    for line in proc.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        fields = line[len("import time:"):].split("|")
        if len(fields) != 3:
            continue
        self_us, cumulative_us, name = int(fields[0]), int(fields[1]), fields[2].rstrip()
        rows.append({"module": name.strip(), "depth": (len(name) - len(name.lstrip())) // 2,
                     "self_ms": self_us / 1000, "cumulative_ms": cumulative_us / 1000})
    top_level = [r for r in rows if r["depth"] == 0]
    total = sum(float(r["cumulative_ms"]) for r in top_level)
    by_cumulative = sorted(rows, key=lambda r: -float(r["cumulative_ms"]))[:top]
    by_self = sorted(rows, key=lambda r: -float(r["self_ms"]))[:top]
    ours = [r for r in rows if str(r["module"]).startswith("tui")]
    return {"statement": READER_IMPORTS, "total_ms": round(total, 1), "modules": len(rows),
            "top_cumulative": by_cumulative, "top_self": by_self,
            "tui_modules": sorted(ours, key=lambda r: -float(r["cumulative_ms"]))[:top],
            "returncode": proc.returncode}


def _median(values: list[float | None]) -> float | None:
    good = [v for v in values if v is not None]
    return statistics.median(good) if good else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", "--runs", type=int, default=7, help="measured runs of each (default 7)")
    parser.add_argument("--warmup", type=int, default=1, help="unmeasured runs of each first (default 1)")
    parser.add_argument("--size", default="120x40", help="terminal COLSxROWS (default 120x40)")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds to wait for a paint")
    parser.add_argument("--imports", action="store_true", help="also report -X importtime top costs")
    parser.add_argument("--top", type=int, default=15, help="modules to list with --imports")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--no-bytecode-cache", action="store_true",
                        help="run with the environment as it is, even if it forbids writing .pyc files")
    args = parser.parse_args(argv)
    cols, rows = (int(part) for part in args.size.lower().split("x"))

    results: dict[str, list[dict[str, float | None]]] = {"dealreader": [], "bare": []}
    with tempfile.TemporaryDirectory() as tmp:
        bare = Path(tmp, "bare_app.py")
        bare.write_text(BARE_APP, encoding="utf-8")
        commands = {"dealreader": dealreader_command() + [str(SAMPLE)],
                    "bare": [sys.executable, str(bare)]}
        env = None if args.no_bytecode_cache else bytecode_cache_env(tmp)
        for index in range(args.warmup + args.runs):
            # ABBA order: a run right after the other program's is measurably
            # slower here, so neither program may always go second.
            order = list(commands.items())
            for name, command in order if index % 2 == 0 else order[::-1]:
                result = one_run(command, cols, rows, args.timeout, env)
                if index >= args.warmup:
                    results[name].append(result)
                if not args.json:
                    print(f"… {name} run {index + 1}: {result['first_paint_s']}", file=sys.stderr)

    summary: dict[str, object] = {"size": args.size, "runs": args.runs, "goal_ratio": GOAL_RATIO,
                                  "bytecode_cache": env is not None}
    for name, runs in results.items():
        summary[name] = {
            "first_paint_median_s": _median([r["first_paint_s"] for r in runs]),
            "first_paint_min_s": min((r["first_paint_s"] for r in runs if r["first_paint_s"]), default=None),
            "settled_median_s": _median([r["settled_s"] for r in runs]),
            "failures": sum(1 for r in runs if r["first_paint_s"] is None or r["exit_status"] != 0),
            "all_first_paint_s": [r["first_paint_s"] for r in runs],
        }
    ours = summary["dealreader"]["first_paint_median_s"]  # type: ignore[index]
    base = summary["bare"]["first_paint_median_s"]  # type: ignore[index]
    ratio = ours / base if ours and base else None
    summary["ratio"] = ratio
    if args.imports:
        with tempfile.TemporaryDirectory() as tmp:
            summary["imports"] = import_costs(args.top, None if args.no_bytecode_cache
                                              else bytecode_cache_env(tmp))

    if args.json:
        print(json.dumps(summary, indent=2, ensure_ascii=False))
    else:
        _print(summary)
    failed = any(summary[n]["failures"] for n in results)  # type: ignore[index]
    return 1 if failed or ratio is None or ratio > GOAL_RATIO else 0


def _print(summary: dict) -> None:
    def fmt(value: float | None) -> str:
        return "-" if value is None else f"{value * 1000:.0f} ms"

    cache = "warm bytecode cache" if summary["bytecode_cache"] else "environment as is"
    print(f"first paint at {summary['size']}, median of {summary['runs']} alternating runs ({cache})")
    print(f"{'program':<12} {'first paint':>12} {'best':>8} {'settled':>10} {'failures':>9}")
    for name in ("dealreader", "bare"):
        s = summary[name]
        print(f"{name:<12} {fmt(s['first_paint_median_s']):>12} {fmt(s['first_paint_min_s']):>8} "
              f"{fmt(s['settled_median_s']):>10} {s['failures']:>9}")
    ratio = summary["ratio"]
    verdict = "ok" if ratio is not None and ratio <= GOAL_RATIO else "MISS"
    shown = "-" if ratio is None else f"{ratio:.2f}x"
    print(f"ratio dealreader/bare: {shown} (goal <= {GOAL_RATIO}x) {verdict}")
    imports = summary.get("imports")
    if imports:
        print(f"\nimports `{imports['statement']}`: {imports['total_ms']:.0f} ms, "
              f"{imports['modules']} modules (one cold-ish process; -X importtime inflates a bit)")
        for title, key in (("top cumulative", "top_cumulative"), ("top self", "top_self"),
                           ("tui modules (cumulative)", "tui_modules")):
            print(f"  {title}:")
            for row in imports[key]:
                print(f"    {row['cumulative_ms']:8.1f} ms cum {row['self_ms']:7.1f} ms self  {row['module']}")


if __name__ == "__main__":
    raise SystemExit(main())
