"""``dealreader extract`` and ``dealreader rates``: the core without the UI."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor

from .cli import EXIT_INPUT, EXIT_OK, fail
from .core.extract import extract
from .core.model import Article, Extraction

_RATES = None  # per process: the ECB history, loaded once
PARALLEL_MIN_FILES = 16
"""Fewer files than this are done in-process: a worker costs ~0.5 s to start."""


def _init_worker(rates_path: str | None, convert: bool) -> None:
    global _RATES
    if convert:
        from .core.rates import Rates

        _RATES = Rates.load(rates_path)


def _finish(article: Article, day: dt.date | None) -> Extraction:
    extraction = extract(article)
    if _RATES is not None:
        from .core.rates import convert_extraction

        extraction = convert_extraction(extraction, _RATES, day=day)
    return extraction


def _process(job: tuple[str, str | None, int, dt.date | None]) -> Extraction:
    """One file, read, cleaned and extracted in a worker process."""
    from .core.load import load_paths

    path, encoding, max_bytes, day = job
    [article] = load_paths([path], encoding=encoding, max_bytes=max_bytes)
    return _finish(article, day)


class _Progress:
    """A one-line progress bar on stderr, only when stderr is a terminal."""

    def __init__(self, total: int) -> None:
        self.total, self.done = total, 0
        self.enabled = total > 1 and sys.stderr.isatty()

    def step(self) -> None:
        self.done += 1
        if self.enabled:
            width = 30
            filled = width * self.done // self.total
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total}")
            if self.done == self.total:
                sys.stderr.write("\n")
            sys.stderr.flush()


def _extractions(files: list[str], args: argparse.Namespace) -> Iterator[Extraction]:
    from .core.load import load_paths

    convert = not args.no_convert
    workers = args.jobs if args.jobs > 0 else (os.cpu_count() or 1)
    progress = _Progress(len(files))
    if workers == 1 or len(files) < PARALLEL_MIN_FILES or "-" in files:
        _init_worker(args.rates, convert)
        for path in files:
            [article] = load_paths([path], encoding=args.encoding, max_bytes=args.max_size)
            yield _finish(article, args.date)
            progress.step()
        return
    jobs = [(path, args.encoding, args.max_size, args.date) for path in files]
    with ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(args.rates, convert)) as pool:
        for extraction in pool.map(_process, jobs, chunksize=8):
            yield extraction
            progress.step()


def run_extract(args: argparse.Namespace) -> int:
    from .core.load import LoadError, expand_paths
    from .core.rates import RatesError
    from .core.serialize import csv_text, json_lines

    out = sys.stdout
    try:
        files = expand_paths(args.paths, max_bytes=args.max_size)
        results = _extractions(files, args)
        if args.format == "csv":
            first = True
            for extraction in results:
                out.write(csv_text([extraction], header=first))
                first = False
        elif args.format == "jsonl":
            for line in json_lines(results):
                out.write(line + "\n")
        else:
            out.write("[")
            for index, line in enumerate(json_lines(results)):
                out.write(("," if index else "") + "\n" + line)
            out.write("\n]\n")
    except (LoadError, RatesError) as error:
        out.flush()
        return fail(str(error))
    out.flush()
    return EXIT_OK


def run_rates(args: argparse.Namespace) -> int:
    from .core.fmt import format_rate
    from .core.rates import Rates, RatesError

    try:
        rates = Rates.load(args.rates)
    except RatesError as error:
        return fail(str(error))
    print(f"ECB reference rates: {rates.path}")
    print(f"range: {rates.first_date.isoformat()} to {rates.last_date.isoformat()}"
          f" ({len(rates.currencies)} currencies)")
    try:
        day, latest = rates.day_for(args.date)
    except RatesError as error:
        return fail(str(error), EXIT_INPUT)
    usd = rates.rate("USD", day)
    asked = f" (for {args.date.isoformat()})" if args.date and args.date != day else ""
    label = "latest" if latest else "on"
    value = format_rate(usd, "en") if usd is not None else "n/a"
    print(f"EUR/USD {label} {day.isoformat()}{asked}: 1 EUR = {value} USD")
    return EXIT_OK
