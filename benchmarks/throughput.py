"""Extraction throughput (MB/s on one core), peak memory, and ``dealreader extract`` end to end.

Corpus: the bundled sample plus every ``tests/devset/*.txt``.  Measured, in the
same run:

* small: each article on its own (the whole corpus, repeated until >= 1 s);
* large: texts of ~1 MB and ~8 MB made by repeating the corpus (paragraph breaks
  between articles), so the per-byte cost of long inputs shows.  The dev set is
  written to hold every form and trap, so it is dense: ~7,000 figures per MB;
* sample: ~8 MB of the bundled sample (a real article, ~1,900 figures per MB)
  repeated, for the cost at the density of real deal news;
* held-out: ~8 MB of the articles of the used ``tests/heldout*`` sets (written blind, in
  the styles of many kinds of deal copy; ~7,300 figures per MB), so that the
  long text holds many different names, as a folder of clippings would (a cost
  per distinct name shows here, not in the repeated sample);
* per stage: ``article_from_text`` (clean, language, date) and ``extract``, and
  inside it ``find_figures``, ``find_sources``, ``find_companies`` separately;
* peak memory of the 8 MB run: tracemalloc peak (Python allocations on top of
  the input) and the process's maxrss (in a fresh child process);
* ``dealreader extract DIR`` on 200 small files with ``--jobs 1`` and ``--jobs 2``.

MB here is 2**20 bytes of UTF-8 text.  In-process timings run pinned to one CPU.

Usage::

    python benchmarks/throughput.py            # table
    python benchmarks/throughput.py --json
    python benchmarks/throughput.py --no-e2e --no-memory --repeat 1

Goal: >= 5 MB/s for article_from_text + extract.  Exit status 1 if missed.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _pty import ROOT, SAMPLE, dealreader_command  # noqa: E402

GOAL_MBS = 5.0
MB = 1 << 20
STAGES = ("load", "extract", "figures", "sources", "companies")


def corpus() -> list[tuple[str, str]]:
    """(name, raw text) of the sample and the development set articles."""
    paths = [SAMPLE, *sorted((ROOT / "tests" / "devset").glob("*.txt"))]
    return [(p.stem, p.read_text(encoding="utf-8")) for p in paths]


def heldout_corpus() -> list[tuple[str, str]]:
    """(name, raw text) of the articles of every held-out set already used: a set
    kept blind ("No scores yet" in its README) is never run, not even for timing."""
    used = [  # (a set being written has no README yet: it is not used either)
        d for d in sorted((ROOT / "tests").glob("heldout*"))
        if (d / "README.md").is_file() and "No scores yet" not in (d / "README.md").read_text("utf-8")
    ]
    return [(p.stem, p.read_text(encoding="utf-8")) for d in used for p in sorted(d.glob("*.txt"))]


def big_text(texts: list[str], target_bytes: int) -> str:
    """The articles repeated, separated by blank lines, to about ``target_bytes``."""
    block = "\n\n".join(t.strip() for t in texts) + "\n\n"
    times = max(1, round(target_bytes / len(block.encode("utf-8"))))
    return block * times


def _stage_times(raw: str, name: str) -> tuple[dict[str, float], dict[str, Any]]:
    """Seconds for each stage on one text, and facts about the result."""
    from tui.core.companies import find_companies
    from tui.core.extract import extract
    from tui.core.load import article_from_text
    from tui.core.money import find_figures
    from tui.core.sources import find_sources

    times: dict[str, float] = {}
    t0 = time.perf_counter()
    article = article_from_text(raw, path=f"{name}.txt")
    t1 = time.perf_counter()
    extraction = extract(article)
    t2 = time.perf_counter()
    times["load"], times["extract"] = t1 - t0, t2 - t1
    text, lang = article.text, article.language
    t0 = time.perf_counter()
    figures = find_figures(text, lang)
    t1 = time.perf_counter()
    sources = find_sources(text, lang, links=article.links)
    t2 = time.perf_counter()
    find_companies(text, lang, exclude=[s.name for s in sources], skip=[f.span for f in figures])
    t3 = time.perf_counter()
    times["figures"], times["sources"], times["companies"] = t1 - t0, t2 - t1, t3 - t2
    facts = {"clean_chars": len(text), "language": lang, "figures": len(extraction.figures),
             "companies": len(extraction.companies), "sources": len(extraction.sources)}
    return times, facts


def measure_small(articles: list[tuple[str, str]], min_seconds: float) -> dict[str, Any]:
    """Every article separately, rounds repeated until ``min_seconds``; the best round."""
    size = sum(len(raw.encode("utf-8")) for _, raw in articles)
    best: dict[str, float] = {}
    rounds = 0
    started = time.perf_counter()
    while rounds < 3 or time.perf_counter() - started < min_seconds:
        totals = dict.fromkeys(STAGES, 0.0)
        for name, raw in articles:
            times, _ = _stage_times(raw, name)
            for stage, seconds in times.items():
                totals[stage] += seconds
        best = {s: min(best.get(s, totals[s]), totals[s]) for s in STAGES}
        rounds += 1
        if rounds >= 200:
            break
    return {"label": f"small: {len(articles)} articles", "bytes": size, "seconds": best,
            "rounds": rounds}


def measure_large(articles: list[tuple[str, str]], target: int, repeat: int, what: str = "large") -> dict[str, Any]:
    """One big text, best of ``repeat`` runs."""
    raw = big_text([text for _, text in articles], target)
    best: dict[str, float] = {}
    facts: dict[str, Any] = {}
    for _ in range(max(1, repeat)):
        times, facts = _stage_times(raw, "big")
        best = {s: min(best.get(s, times[s]), times[s]) for s in STAGES}
    size = len(raw.encode("utf-8"))
    return {"label": f"{what}: {size / MB:.1f} MB", "bytes": size, "seconds": best,
            "rounds": max(1, repeat), "facts": facts}


def _rates(row: dict[str, Any]) -> dict[str, float]:
    size = row["bytes"] / MB
    seconds = row["seconds"]
    rates = {s: size / seconds[s] if seconds[s] else float("inf") for s in STAGES}
    rates["total"] = size / (seconds["load"] + seconds["extract"])
    return rates


def tracemalloc_peak(articles: list[tuple[str, str]], target: int) -> dict[str, float]:
    """Peak Python allocations of article_from_text + extract on a ~target text."""
    from tui.core.extract import extract
    from tui.core.load import article_from_text

    raw = big_text([text for _, text in articles], target)
    size = len(raw.encode("utf-8"))
    tracemalloc.start()
    tracemalloc.reset_peak()
    extract(article_from_text(raw, path="big.txt"))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {"text_mb": size / MB, "peak_mb": peak / MB, "peak_per_text": peak / size}


def _vm_hwm() -> int | None:
    """Peak resident set of this process image in bytes (Linux VmHWM; reset by exec)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        return None
    return None


def child_rss(target: int) -> dict[str, float | None]:
    """In this (fresh) process: peak RSS before and after extracting a ~target text.

    ``ru_maxrss`` survives exec on Linux, so the parent runs this child first,
    while it is still small; VmHWM (per process image) is reported as well.
    """
    from tui.core.extract import extract
    from tui.core.load import article_from_text

    articles = corpus()
    extract(article_from_text(articles[0][1], path="warm.txt"))  # load tables first
    raw = big_text([text for _, text in articles], target)
    size = len(raw.encode("utf-8"))
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    hwm_before = _vm_hwm()
    extract(article_from_text(raw, path="big.txt"))
    after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    hwm_after = _vm_hwm()
    return {"text_mb": size / MB, "maxrss_before_mb": before / MB, "maxrss_after_mb": after / MB,
            "growth_mb": (after - before) / MB, "growth_per_text": (after - before) / size,
            "vmhwm_before_mb": hwm_before / MB if hwm_before else None,
            "vmhwm_after_mb": hwm_after / MB if hwm_after else None}


def run_child_rss(target: int) -> dict[str, float]:
    proc = subprocess.run([sys.executable, __file__, "--child-rss", str(target)],
                          capture_output=True, text=True, timeout=600, check=False, cwd=ROOT)
    if proc.returncode != 0:
        return {"error": proc.stderr.strip()[-500:]}  # type: ignore[dict-item]
    return json.loads(proc.stdout)


def end_to_end(articles: list[tuple[str, str]], count: int, jobs: list[int]) -> list[dict[str, Any]]:
    """``dealreader extract DIR --jobs N`` on ``count`` small files."""
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        size = 0
        for index in range(count):
            name, raw = articles[index % len(articles)]
            path = Path(tmp, f"{index:04d}_{name}.txt")
            path.write_text(raw, encoding="utf-8")
            size += path.stat().st_size
        for n in jobs:
            command = dealreader_command() + ["extract", tmp, "--format", "jsonl", "--jobs", str(n)]
            started = time.perf_counter()
            proc = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  timeout=900, check=False)
            seconds = time.perf_counter() - started
            lines = proc.stdout.count(b"\n")
            results.append({"jobs": n, "files": count, "bytes": size, "seconds": seconds,
                            "files_per_s": count / seconds, "mb_per_s": size / MB / seconds,
                            "returncode": proc.returncode, "output_lines": lines,
                            "stderr": proc.stderr.decode(errors="replace").strip()[-300:]})
    return results


def _time(label: str, fn: Callable[[], Any], quiet: bool) -> Any:
    if not quiet:
        print(f"… {label}", file=sys.stderr, flush=True)
    return fn()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="runs of the 1 MB text, best kept")
    parser.add_argument("--repeat-8mb", type=int, default=1, help="runs of the 8 MB text")
    parser.add_argument("--min-seconds", type=float, default=1.0, help="time spent on small articles")
    parser.add_argument("--files", type=int, default=200, help="files for the end-to-end run")
    parser.add_argument("--no-e2e", action="store_true", help="skip dealreader extract end to end")
    parser.add_argument("--no-memory", action="store_true", help="skip the memory measures")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.add_argument("--child-rss", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child_rss:
        print(json.dumps(child_rss(args.child_rss)))
        return 0

    quiet = args.json
    articles = corpus()
    memory: dict[str, Any] = {}
    if not args.no_memory:  # first, while this process is small (maxrss survives exec)
        memory["rss"] = _time("maxrss 8 MB (child)", lambda: run_child_rss(8 * MB), quiet)
    cpus = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
    if cpus:
        os.sched_setaffinity(0, {max(cpus)})
    try:
        cold_started = time.perf_counter()
        _stage_times(articles[0][1], articles[0][0])
        cold = time.perf_counter() - cold_started
        rows = [_time("small articles", lambda: measure_small(articles, args.min_seconds), quiet),
                _time("1 MB", lambda: measure_large(articles, 1 * MB, args.repeat), quiet),
                _time("8 MB", lambda: measure_large(articles, 8 * MB, args.repeat_8mb), quiet),
                _time("8 MB of the sample", lambda: measure_large(articles[:1], 8 * MB, args.repeat_8mb, "sample"),
                      quiet),
                _time("8 MB of the held-out sets",
                      lambda: measure_large(heldout_corpus(), 8 * MB, args.repeat_8mb, "held-out"), quiet)]
        if not args.no_memory:
            memory["tracemalloc"] = _time("tracemalloc 8 MB", lambda: tracemalloc_peak(articles, 8 * MB), quiet)
    finally:
        if cpus:
            os.sched_setaffinity(0, cpus)
    e2e = [] if args.no_e2e else _time(
        "dealreader extract", lambda: end_to_end(articles, args.files, [1, 2]), quiet)

    for row in rows:
        row["mb_per_s"] = _rates(row)
    report = {"date": time.strftime("%Y-%m-%d"), "cpus": os.cpu_count(), "goal_mb_per_s": GOAL_MBS,
              "first_call_s": cold, "rows": rows, "memory": memory, "end_to_end": e2e}
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        _print(report)
    missed = any(row["mb_per_s"]["total"] < GOAL_MBS for row in rows)
    failed = any(r["returncode"] != 0 for r in e2e)
    return 1 if missed or failed else 0


def _print(report: dict[str, Any]) -> None:
    print(f"extraction throughput, MB/s (MB = 2^20 bytes UTF-8), one core, {report['date']}")
    print(f"first call (lazy tables, one sample article): {report['first_call_s'] * 1000:.0f} ms")
    head = ("text", "bytes", "load", "extract", "figures", "sources", "companies", "total", "goal")
    table = [head]
    for row in report["rows"]:
        rates = row["mb_per_s"]
        verdict = "ok" if rates["total"] >= report["goal_mb_per_s"] else "MISS"
        table.append((row["label"], str(row["bytes"]),
                      *(f"{rates[s]:.2f}" for s in (*STAGES, "total")), f">={report['goal_mb_per_s']:g} {verdict}"))
    widths = [max(len(r[i]) for r in table) for i in range(len(head))]
    for row in table:
        print("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths))))
    print("seconds:")
    for row in report["rows"]:
        secs = "  ".join(f"{s} {row['seconds'][s]:.3f}" for s in STAGES)
        facts = row.get("facts")
        extra = f"   ({facts})" if facts else ""
        print(f"  {row['label']}: {secs}{extra}")
    memory = report["memory"]
    if "tracemalloc" in memory:
        m = memory["tracemalloc"]
        print(f"memory, {m['text_mb']:.1f} MB text: tracemalloc peak {m['peak_mb']:.0f} MB "
              f"({m['peak_per_text']:.1f}x the text)")
    if "rss" in memory:
        r = memory["rss"]
        if "error" in r:
            print(f"  maxrss child failed: {r['error']}")
        else:
            print(f"  maxrss {r['maxrss_before_mb']:.0f} MB before -> {r['maxrss_after_mb']:.0f} MB after "
                  f"(+{r['growth_mb']:.0f} MB, {r['growth_per_text']:.1f}x the text; "
                  f"before = after imports, warm-up and building the text)")
            if r.get("vmhwm_after_mb"):
                print(f"  VmHWM {r['vmhwm_before_mb']:.0f} MB before -> {r['vmhwm_after_mb']:.0f} MB after")
    for r in report["end_to_end"]:
        status = "" if r["returncode"] == 0 else f"  EXIT {r['returncode']}: {r['stderr']}"
        print(f"dealreader extract, {r['files']} files ({r['bytes'] / MB:.2f} MB), --jobs {r['jobs']}: "
              f"{r['seconds']:.2f} s, {r['files_per_s']:.0f} files/s, {r['mb_per_s']:.2f} MB/s, "
              f"{r['output_lines']} JSONL lines{status}")


if __name__ == "__main__":
    raise SystemExit(main())
