"""The command line: help, version, extract output, one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tui import __version__
from tui.cli import main


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "tui", *args], capture_output=True,
                          input=stdin, timeout=120)


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_help_mentions_subcommands(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "dealreader" in out and "extract" in out


def test_missing_file_is_one_line_and_status_1(tmp_path, capsys):
    status = main([str(tmp_path / "nope.txt")])
    err = capsys.readouterr().err
    assert status == 1
    assert err.count("\n") == 1 and "nope.txt" in err and "Traceback" not in err


def test_bad_option_is_one_line_and_status_2(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--date", "yesterday"])
    assert exit_info.value.code == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_extract_json_on_the_sample(sample_path):
    result = run("extract", str(sample_path), "--format", "json")
    assert result.returncode == 0, result.stderr
    [article] = json.loads(result.stdout)
    assert article["language"] == "fr"
    assert article["date"] == "2025-11-03"
    text = article["text"]
    money = [f for f in article["figures"] if f["kind"] == "money"]
    for figure in article["figures"]:
        assert text[figure["start"]:figure["end"]] == figure["text"]
    first = next(f for f in money if f["text"] == "38 milliards de dollars")
    assert first["amount"] == 38e9 and first["currency"] == "USD"
    assert first["rate_date"] == "2025-11-03"
    assert first["converted"]["EUR"] == pytest.approx(38e9 / 1.1514, rel=1e-3)
    assert article["rate"]["EUR_USD"] == pytest.approx(1.1514)
    names = {c["name"] for c in article["companies"]}
    assert {"OpenAI", "Amazon", "Microsoft"} <= names
    for company in article["companies"]:
        for start, end in company["mentions"]:
            assert text[start:end] in [company["name"], *company["aliases"]] or text[start:end]


def test_extract_jsonl_and_csv(sample_path):
    lines = run("extract", str(sample_path), "--format", "jsonl").stdout.decode().splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["path"].endswith(".txt")
    csv_out = run("extract", str(sample_path), "--format", "csv").stdout.decode()
    assert csv_out.splitlines()[0].startswith("path,type,text")
    assert ",money,38 milliards de dollars," in csv_out


def test_extract_reads_stdin():
    result = run("extract", "-", stdin="Acme SA lève 12 millions d'euros.\n".encode())
    assert result.returncode == 0, result.stderr
    [article] = json.loads(result.stdout)
    assert article["figures"][0]["amount"] == 12e6


def test_rates_command():
    result = run("rates", "--date", "2025-11-03")
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode()
    assert "1999-01-04" in out and "1.1514" in out


def test_config_file_sets_defaults_and_bad_config_is_one_line(tmp_path, monkeypatch, capsys):
    from tui.cli import _with_config, reader_parser

    config = tmp_path / "config.toml"
    config.write_text('currency = "chf"\nlocale = "de_CH"\n', encoding="utf-8")
    monkeypatch.setenv("DEALREADER_CONFIG", str(config))
    args = _with_config(reader_parser(), [])
    assert args.currency == "CHF" and args.locale == "de_CH"
    assert _with_config(reader_parser(), ["--locale", "fr"]).locale == "fr"  # the command line wins

    config.write_text('colour = "red"\n', encoding="utf-8")
    assert main(["rates"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err


@pytest.mark.parametrize(
    "name, content, reason",
    [
        ("empty.txt", b"", "empty"),
        ("photo.png", b"\x89PNG\r\n\x1a\n" + bytes(200), "binary"),
        ("archive.zip", b"PK\x03\x04" + bytes(200), "binary"),
        ("big.txt", b"Acme SA paie 5 millions d'euros.\n" * 40_000, "limit"),
    ],
)
def test_bad_inputs_are_one_line_errors_and_untouched(tmp_path, capsys, name, content, reason):
    path = tmp_path / name
    path.write_bytes(content)
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    for command in ([str(path), "--max-size", "1"], ["extract", str(path), "--max-size", "1"]):
        status = main(command)
        err = capsys.readouterr().err
        assert status == 1
        assert err.count("\n") == 1 and name in err and reason in err.lower(), err
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # nothing written beside it


def test_empty_folder_is_an_error(tmp_path, capsys):
    assert main(["extract", str(tmp_path)]) == 1
    assert "no articles" in capsys.readouterr().err


def test_extract_at_a_given_date_and_with_a_rates_file(tmp_path, sample_path):
    result = run("extract", str(sample_path), "--date", "2014-04-05")  # a Saturday
    [article] = json.loads(result.stdout)
    assert article["rate"]["date"] == "2014-04-04"  # the last ECB business day before it
    money = next(f for f in article["figures"] if f["kind"] == "money")
    assert money["rate_date"] == "2014-04-04"

    rates = tmp_path / "eurofxref-hist.csv"
    rates.write_text("Date,USD,JPY,\n2025-11-03,1.2000,170.00,\n", encoding="utf-8")
    [article] = json.loads(run("extract", str(sample_path), "--rates", str(rates)).stdout)
    assert article["rate"]["EUR_USD"] == 1.2

    bad = tmp_path / "garbage.csv"
    bad.write_text("not a rates file\n", encoding="utf-8")
    result = run("rates", "--rates", str(bad))
    assert result.returncode == 1
    assert result.stderr.decode().count("\n") == 1 and b"Traceback" not in result.stderr


def test_reader_refuses_a_bad_rates_file_before_starting(tmp_path, capsys):
    bad = tmp_path / "rates.csv"
    bad.write_text("garbage\n", encoding="utf-8")
    assert main(["--rates", str(bad)]) == 1
    assert capsys.readouterr().err.count("\n") == 1
