"""Command line: the reader (default), ``extract`` and ``rates``.

Textual is imported only when the reader starts, so ``extract`` and ``rates``
stay light.  Bad input ends with one line on stderr and a non-zero status.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import os
import sys
from collections.abc import Sequence


EXIT_OK, EXIT_INPUT, EXIT_USAGE = 0, 1, 2
SUBCOMMANDS = ("extract", "rates")


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line, not a usage block."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_USAGE, f"{self.prog}: {message} (see --help)\n")


def _version() -> str:
    from . import __version__

    return __version__


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def _size(value: str) -> int:
    try:
        megabytes = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size in MB: {value!r}") from None
    if megabytes <= 0:
        raise argparse.ArgumentTypeError("the size limit must be positive")
    return int(megabytes * 1024 * 1024)


def _currency(value: str) -> str:
    code = value.strip().upper()
    if len(code) != 3 or not code.isalpha():
        raise argparse.ArgumentTypeError(f"not an ISO currency code: {value!r}")
    return code


def _input_options(parser: argparse.ArgumentParser) -> None:
    from .core.load import DEFAULT_MAX_BYTES

    parser.add_argument("--encoding", help="text encoding of the input (default: detected)")
    parser.add_argument(
        "--max-size", type=_size, default=DEFAULT_MAX_BYTES, metavar="MB",
        help=f"refuse inputs larger than this (default: {DEFAULT_MAX_BYTES // 2**20} MB)",
    )


def _rate_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--rates", metavar="FILE",
                        help="ECB history file (eurofxref-hist.zip or .csv) to use instead of the bundled one")
    parser.add_argument("--date", type=_date, metavar="YYYY-MM-DD",
                        help="convert at this day's ECB rate instead of the article's date")


def reader_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="dealreader",
        description="Read business-deal news in the terminal: the article beside its figures "
        "(converted at the ECB rate of its date), companies and sources.",
        epilog="Subcommands: 'dealreader extract PATH...' prints the extraction as JSON/JSONL/CSV; "
        "'dealreader rates' shows the ECB data in use. With no PATH the bundled sample opens.",
    )
    parser.add_argument("paths", nargs="*", metavar="PATH",
                        help="text or HTML file, folder of articles, or - for stdin")
    parser.add_argument("--version", action="version", version=f"dealreader {_version()}")
    _input_options(parser)
    _rate_options(parser)
    parser.add_argument("--currency", type=_currency, metavar="CODE",
                        help="also show amounts in this currency (e.g. CHF)")
    parser.add_argument("--locale", help="format numbers for this locale (default: the article's language)")
    return parser


def extract_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="dealreader extract",
                     description="Print what dealreader extracts from articles, without the UI.")
    parser.add_argument("paths", nargs="+", metavar="PATH",
                        help="text or HTML file, folder of articles, or - for stdin")
    parser.add_argument("--format", choices=("json", "jsonl", "csv"), default="json")
    parser.add_argument("--no-convert", action="store_true", help="skip currency conversion")
    parser.add_argument("--jobs", type=int, default=1, metavar="N",
                        help="extract with N processes (0: one per core)")
    _input_options(parser)
    _rate_options(parser)
    return parser


def rates_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="dealreader rates",
                     description="Show which ECB history is in use, its range, and EUR/USD on a day.")
    _rate_options(parser)
    return parser


def _with_config(parser: argparse.ArgumentParser, args: list[str]) -> argparse.Namespace:
    """Parse ``args``; settings from the config file fill what was not given."""
    from .config import load_config

    namespace = parser.parse_args(args)
    for key, value in load_config().items():
        if getattr(namespace, key, "") is None:  # an option this command has, not given
            setattr(namespace, key, _currency(value) if key == "currency" else value)
    return namespace


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in SUBCOMMANDS:
        return _main(args)
    # The reader starts with the cyclic garbage collector off: start-up makes
    # ~50,000 tracked objects that nearly all live on (modules, classes,
    # styles, widgets), and collecting them over and over cost tens of ms
    # before the first paint.  The app freezes them and turns collection back
    # on once the article is on screen (DealReaderApp.on_mount); the ~1,400
    # that were already garbage are kept (a full collection then costs ~12 ms).
    gc.disable()
    # Textual writes each frame from its own thread, which waits for the GIL
    # while the UI thread works on: by default up to 5 ms, on every frame the
    # UI thread keeps busy after (the first one included).  1 ms: frames and
    # keys go through sooner; the extraction worker hardly notices.
    interval = sys.getswitchinterval()
    sys.setswitchinterval(min(interval, 0.001))
    try:
        return _main(args)
    finally:
        gc.enable()
        sys.setswitchinterval(interval)


def _main(args: list[str]) -> int:
    from .config import ConfigError

    try:
        if args and args[0] in SUBCOMMANDS:
            command, rest = args[0], args[1:]
            if command == "extract":
                from .commands import run_extract

                return run_extract(_with_config(extract_parser(), rest))
            from .commands import run_rates

            return run_rates(_with_config(rates_parser(), rest))
        return run_reader(_with_config(reader_parser(), args))
    except ConfigError as error:
        return fail(str(error))
    except argparse.ArgumentTypeError as error:
        return fail(f"config: {error}", EXIT_USAGE)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader of our output went away (e.g. `| head`): not an error.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


def fail(message: str, status: int = EXIT_INPUT) -> int:
    from .core.sanitize import sanitize_line

    print(f"dealreader: {sanitize_line(message)}", file=sys.stderr)
    return status


def run_reader(args: argparse.Namespace) -> int:
    from .core.load import LoadError, load_paths
    from .options import Options
    from .resources import sample_article

    paths = args.paths or [str(sample_article())]
    try:
        articles = load_paths(paths, encoding=args.encoding, max_bytes=args.max_size)
    except LoadError as error:
        return fail(str(error))
    if "-" in paths:
        _reattach_terminal()
    options = Options(rates=args.rates, date=args.date, locale=args.locale, currency=args.currency)
    if args.rates:  # a bad rates file is bad input: one line before the UI starts
        from .core.rates import Rates, RatesError

        try:
            Rates.load(args.rates)
        except RatesError as error:
            return fail(str(error))

    from .app import DealReaderApp

    DealReaderApp(articles, options).run()
    return EXIT_OK


def _reattach_terminal() -> None:
    """After reading an article from a pipe, read keys from the terminal."""
    try:
        tty = os.open("/dev/tty", os.O_RDONLY)
    except OSError:
        raise SystemExit(fail("-: stdin was the article and there is no terminal for keys"))
    os.dup2(tty, 0)
    os.close(tty)
    sys.stdin = open(0, encoding="utf-8", closefd=False)  # noqa: SIM115
