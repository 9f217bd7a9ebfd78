"""Tests for tui.core.rates: the user's own rates files (--rates) and the pickle cache."""

from __future__ import annotations

import datetime as dt
import os
import zipfile
from pathlib import Path

import pytest

from tui.core import rates as rates_module
from tui.core.rates import Rates, RatesError

D = dt.date


# --- user files (--rates) ----------------------------------------------------

ECB_CSV = (
    "Date,USD,JPY,GBP,NOK,\n"
    "2025-11-04,1.1490,176.10,0.8770,N/A,\n"
    "2025-11-03,1.1514,176.91,0.8758,11.6520,\n"
    "2025-10-31,1.1554,177.00,0.8790,11.6800,\n"
)


def write_csv(tmp_path: Path, text: str = ECB_CSV, name: str = "eurofxref-hist.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def write_zip(tmp_path: Path, text: str = ECB_CSV, name: str = "eurofxref-hist.zip") -> Path:
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("eurofxref-hist.csv", text)
    return path


def check_small_file(rates: Rates) -> None:
    assert rates.first_date == D(2025, 10, 31) and rates.last_date == D(2025, 11, 4)
    assert rates.currencies == frozenset({"EUR", "USD", "JPY", "GBP", "NOK"})
    assert rates.rate("USD", D(2025, 11, 3)) == pytest.approx(1.1514)
    assert rates.day_for(D(2025, 11, 2)) == (D(2025, 10, 31), False)
    assert rates.rate("NOK", D(2025, 11, 4)) is None  # N/A that day
    assert rates.rate("CHF", D(2025, 11, 3)) is None  # not in the file
    assert rates.convert(0.8758, "GBP", "USD", D(2025, 11, 3)) == pytest.approx(1.1514)
    with pytest.raises(RatesError):
        rates.day_for(D(2025, 10, 30))


def test_load_user_csv(tmp_path: Path) -> None:
    path = write_csv(tmp_path)
    rates = Rates.load(str(path), cache_dir=None)
    assert rates.path == str(path)
    check_small_file(rates)


def test_load_user_zip(tmp_path: Path) -> None:
    check_small_file(Rates.load(write_zip(tmp_path), cache_dir=None))


def test_zip_detected_by_content_and_bom_csv(tmp_path: Path) -> None:
    check_small_file(Rates.load(write_zip(tmp_path, name="rates.download"), cache_dir=None))
    bom = tmp_path / "bom.csv"
    bom.write_bytes(b"\xef\xbb\xbf" + ECB_CSV.replace("\n", "\r\n").encode())
    check_small_file(Rates.load(bom, cache_dir=None))


def test_load_daily_file_format(tmp_path: Path) -> None:
    path = write_csv(tmp_path, "Date, USD, JPY, \n03 November 2025, 1.1514, 176.91, \n", "eurofxref.csv")
    rates = Rates.load(path, cache_dir=None)
    assert rates.first_date == rates.last_date == D(2025, 11, 3)
    assert rates.rate("JPY", D(2025, 11, 5)) == pytest.approx(176.91)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("empty.csv", b""),
        ("header-only.csv", b"Date,USD,JPY,\n"),
        ("prose.csv", b"Hello, this is not\na rates file at all\n"),
        ("bad-date.csv", b"Date,USD,\nyesterday,1.1,\n"),
        ("bad-rate.csv", b"Date,USD,\n2025-11-03,abc,\n"),
        ("binary.csv", bytes(range(256)) * 4),
        ("broken.zip", b"PK\x03\x04" + b"\x00garbage" * 20),
        ("lower.csv", b"Date,usd,\n2025-11-03,1.1,\n"),
    ],
)
def test_invalid_files_raise_one_line(tmp_path: Path, name: str, content: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(RatesError) as info:
        Rates.load(path, cache_dir=None)
    assert "\n" not in str(info.value) and str(info.value)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    for path in (tmp_path / "nope.zip", tmp_path):
        with pytest.raises(RatesError) as info:
            Rates.load(path, cache_dir=None)
        assert "\n" not in str(info.value) and str(path) in str(info.value)


def test_empty_zip(tmp_path: Path) -> None:
    path = tmp_path / "empty.zip"
    with zipfile.ZipFile(path, "w"):
        pass
    with pytest.raises(RatesError):
        Rates.load(path, cache_dir=None)


# --- the pickle cache --------------------------------------------------------

def test_cache_is_used_then_invalidated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source, cache = write_csv(tmp_path), tmp_path / "cache"
    check_small_file(Rates.load(source, cache_dir=cache))
    assert len(list(cache.glob("rates-*.pickle"))) == 1

    real_parse = rates_module._parse

    def no_parse(path: str) -> object:
        raise AssertionError("the cache should have been used")

    monkeypatch.setattr(rates_module, "_parse", no_parse)
    check_small_file(Rates.load(source, cache_dir=cache))

    # A changed file (size and mtime) is parsed again, and the cache replaced.
    monkeypatch.setattr(rates_module, "_parse", real_parse)
    source.write_text(ECB_CSV + "2025-10-30,1.1600,177.50,0.8800,11.7000,\n", encoding="utf-8")
    os.utime(source, ns=(1_700_000_000_000_000_000, 1_700_000_000_000_000_000))
    rates = Rates.load(source, cache_dir=cache)
    assert rates.first_date == D(2025, 10, 30)
    assert len(list(cache.glob("rates-*.pickle"))) == 1


def test_corrupt_cache_is_ignored(tmp_path: Path) -> None:
    source, cache = write_csv(tmp_path), tmp_path / "cache"
    Rates.load(source, cache_dir=cache)
    (pickled,) = cache.glob("rates-*.pickle")
    pickled.write_bytes(b"not a pickle")
    check_small_file(Rates.load(source, cache_dir=cache))


def test_unwritable_cache_dir_is_not_fatal(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    check_small_file(Rates.load(write_csv(tmp_path), cache_dir=blocker / "sub"))


def test_default_cache_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert rates_module.default_cache_dir() == tmp_path / "dealreader"
