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


def _init_worker(rates_path: str | None, convert: bool) -> None:
    global _RATES
    if convert:
        from .core.rates import Rates

        _RATES = Rates.load(rates_path)


def _process(job: tuple[Article, dt.date | None]) -> Extraction:
    article, day = job
    extraction = extract(article)
    if _RATES is not None:
        from .core.rates import convert_extraction

        extraction = convert_extraction(extraction, _RATES, day=day)
    return extraction


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


def _extractions(articles: list[Article], args: argparse.Namespace) -> Iterator[Extraction]:
    convert = not args.no_convert
    jobs = [(article, args.date) for article in articles]
    workers = args.jobs if args.jobs > 0 else (os.cpu_count() or 1)
    progress = _Progress(len(jobs))
    if workers == 1 or len(jobs) == 1:
        _init_worker(args.rates, convert)
        for job in jobs:
            yield _process(job)
            progress.step()
        return
    with ProcessPoolExecutor(workers, initializer=_init_worker, initargs=(args.rates, convert)) as pool:
        for extraction in pool.map(_process, jobs, chunksize=4):
            yield extraction
            progress.step()


def run_extract(args: argparse.Namespace) -> int:
    from .core.load import LoadError, load_paths
    from .core.rates import RatesError
    from .core.serialize import csv_text, json_lines

    try:
        articles = load_paths(args.paths, encoding=args.encoding, max_bytes=args.max_size)
    except LoadError as error:
        return fail(str(error))
    out = sys.stdout
    try:
        results = _extractions(articles, args)
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
    except RatesError as error:
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
