"""Tests for tui.core.load: every input kind, every bad input, HTML pages."""

from __future__ import annotations

import datetime as dt
import io
import os
from pathlib import Path

import pytest

from tui.core import load
from tui.core.load import (
    DEFAULT_MAX_BYTES,
    LoadError,
    article_from_text,
    decode,
    load_bytes,
    load_paths,
)
from tui.core.model import Article, Link

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "seeds" / "000_49812cfdf0026165.txt"
PAGE = ROOT / "tests" / "fixtures" / "inputs" / "deal_page.html"

FR_TITLE = "Acquisition : Lévia rachète Öko & Cie pour 20 M€"
FR_BODY = (
    "L’opération, annoncée à Paris, valorise l’entreprise à 20 millions d’euros ; "
    "« c’est un cœur de métier », a déclaré le président. Le groupe, créé en 1998, "
    "réalise 45 % de ses ventes à l’étranger et vise 60 % d’ici à 2027, soit une "
    "croissance annuelle de 8 % environ."
)
FR_TEXT = f"{FR_TITLE}\n\n{FR_BODY}\n"
EN_TEXT = "Acme buys Widget Co\n\nAcme Corp agreed to buy Widget Co for $3 billion, the companies said.\n"


def write(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def check_article(article: Article, title: str = FR_TITLE, body: str = FR_BODY) -> None:
    assert article.title == title
    assert article.text == f"{title}\n\n{body}"
    assert article.title_end == len(title)
    assert article.paragraphs == ((0, len(title)), (len(title) + 2, len(title) + 2 + len(body)))


# --- encodings ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (FR_TEXT.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + FR_TEXT.encode("utf-8"), "utf-8-sig"),
        (b"\xff\xfe" + FR_TEXT.encode("utf-16-le"), "utf-16-le"),
        (b"\xfe\xff" + FR_TEXT.encode("utf-16-be"), "utf-16-be"),
        (FR_TEXT.encode("utf-16-le"), "utf-16-le"),  # no BOM, mostly ASCII
        (FR_TEXT.encode("utf-16-be"), "utf-16-be"),
        (b"\xff\xfe\x00\x00" + FR_TEXT.encode("utf-32-le"), "utf-32-le"),
        (FR_TEXT.encode("cp1252"), "cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le", "utf16be", "utf32le-bom", "cp1252"],
)
def test_encodings(tmp_path: Path, data: bytes, encoding: str) -> None:
    [article] = load_paths([write(tmp_path, "article.txt", data)])
    check_article(article)
    assert article.encoding == encoding
    assert article.language == "fr"


def test_cp1252_and_latin1_bytes() -> None:
    data = "Été : 5 € l’action, « œuvre », ça — déjà…".encode("cp1252")
    assert b"\x80" in data and b"\x92" in data and b"\x9c" in data
    assert decode(data) == ("Été : 5 € l’action, « œuvre », ça — déjà…", "cp1252")
    text = "Le président a signé à Noël un accord de coopération, garçon."
    assert decode(text.encode("latin-1")) == (text, "cp1252")  # same characters


def test_mostly_utf8_with_a_stray_cp1252_byte() -> None:
    data = "Société générale : ".encode() + b"caf\xe9 " + "et thé".encode()
    assert decode(data) == ("Société générale : café et thé", "utf-8+cp1252")


def test_encoding_override(tmp_path: Path) -> None:
    text = "Réunion à Noël : accord signé pour 5 millions."
    data = text.encode("mac_roman")
    assert decode(data, "mac-roman") == (text, "mac-roman")
    [article] = load_paths([write(tmp_path, "a.txt", f"Titre\n\n{text}".encode("mac_roman"))], encoding="mac_roman")
    assert article.text == f"Titre\n\n{text}"
    assert article.encoding == "mac-roman"
    # an override is obeyed even where detection would say otherwise
    assert decode("é".encode("utf-8"), "latin-1") == ("Ã©", "iso8859-1")


def test_unknown_encoding(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", b"hello")
    with pytest.raises(LoadError) as err:
        load_paths([path], encoding="xyz")
    assert str(err.value) == f"{path}: unknown encoding 'xyz'"


def test_override_that_does_not_fit(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "Déjà".encode("cp1252"))
    with pytest.raises(LoadError) as err:
        load_paths([path], encoding="utf-8")
    assert str(err.value) == f"{path}: not valid utf-8 text (byte 0xe9 at offset 1)"


def test_undetectable_encoding() -> None:
    with pytest.raises(LoadError) as err:
        load_bytes(bytes(range(0x80, 0x100)) * 8, path="mystery.txt")
    assert str(err.value) == "mystery.txt: cannot detect the text encoding (try --encoding)"


# --- bad inputs --------------------------------------------------------------


def test_missing_path(tmp_path: Path) -> None:
    path = str(tmp_path / "missing.txt")
    with pytest.raises(LoadError) as err:
        load_paths([path])
    assert str(err.value) == f"{path}: no such file"
    with pytest.raises(LoadError, match="no such file"):
        load_paths([str(tmp_path / "missing.txt" / "below.txt")])


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read a chmod 000 file")
def test_unreadable_file(tmp_path: Path) -> None:
    path = write(tmp_path, "x.txt", b"text")
    os.chmod(path, 0)
    try:
        with pytest.raises(LoadError) as err:
            load_paths([path])
        assert str(err.value) == f"{path}: permission denied"
    finally:
        os.chmod(path, 0o644)


def test_unreadable_file_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "x.txt", b"text")

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(load, "open", refuse, raising=False)
    with pytest.raises(LoadError) as err:
        load_paths([path])
    assert str(err.value) == f"{path}: permission denied"


def test_unreadable_folder_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(path: str) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(load.os, "scandir", refuse)
    with pytest.raises(LoadError) as err:
        load_paths([str(tmp_path)])
    assert str(err.value) == f"{tmp_path}/: permission denied"


@pytest.mark.parametrize("data", [b"", b"  \n\n \r\n\t"], ids=["empty", "blank"])
def test_empty_file(tmp_path: Path, data: bytes) -> None:
    path = write(tmp_path, "empty.txt", data)
    with pytest.raises(LoadError) as err:
        load_paths([path])
    assert str(err.value) == f"{path}: empty file"


def test_only_leftovers_is_no_article(tmp_path: Path) -> None:
    path = write(tmp_path, "widgets.txt", b"Partager\nLaisser un commentaire\n")
    with pytest.raises(LoadError) as err:
        load_paths([path])
    assert str(err.value) == f"{path}: no article text"


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(40), "binary file (PNG image), not an article"),
        ("photo.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(40), "binary file (JPEG image), not an article"),
        ("doc.txt", b"PK\x03\x04\x14\x00\x00\x00" + bytes(40), "binary file (ZIP archive), not an article"),
        ("report.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "binary file (PDF document), not an article"),
        ("a.txt.gz", b"\x1f\x8b\x08\x00" + bytes(20), "binary file (gzip archive), not an article"),
        ("prog", b"\x7fELF\x02\x01\x01" + bytes(40), "binary file (ELF executable), not an article"),
        ("data.txt", b"abc\x00\x01\x02\x03\xff\xfe\x00\x00\x10 some text", "binary file, not an article"),
    ],
)
def test_binary_files(tmp_path: Path, name: str, data: bytes, reason: str) -> None:
    path = write(tmp_path, name, data)
    with pytest.raises(LoadError) as err:
        load_paths([path])
    assert str(err.value) == f"{path}: {reason}"


def test_too_large(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", b"x" * 150)
    with pytest.raises(LoadError) as err:
        load_paths([path], max_bytes=100)
    assert str(err.value) == f"{path}: 150 bytes is over the 100 bytes limit (--max-size)"
    assert load._too_large(int(12.3 * 1024 * 1024), DEFAULT_MAX_BYTES) == (
        "12.3 MB is over the 10 MB limit (--max-size)"
    )
    assert DEFAULT_MAX_BYTES == 10 * 1024 * 1024


def test_eight_megabyte_article_loads(tmp_path: Path) -> None:
    paragraph = FR_BODY + "\n\n"
    data = (FR_TITLE + "\n\n" + paragraph * (8_000_000 // len(paragraph.encode()))).encode()
    assert len(data) > 7_900_000
    [article] = load_paths([write(tmp_path, "huge.txt", data)])
    assert article.title == FR_TITLE
    assert len(article.paragraphs) > 20_000


def test_error_messages_are_one_line(tmp_path: Path) -> None:
    path = str(tmp_path / "evil\n\x1b[2Jname.txt")
    with pytest.raises(LoadError) as err:
        load_paths([path])
    message = str(err.value)
    assert "\n" not in message and "\x1b" not in message
    assert message.endswith("evil name.txt: no such file")
    assert str(LoadError("plain message")) == "plain message"


# --- folders and stdin -------------------------------------------------------


def test_folder_sorted_with_non_articles_ignored(tmp_path: Path) -> None:
    write(tmp_path, "b.md", b"Second\n\nBody two.")
    write(tmp_path, "a.txt", b"First\n\nBody one.")
    write(tmp_path, "c.htm", b"<html><body><article><h1>Third</h1><p>Body three is here.</p></article></body></html>")
    write(tmp_path, "d.text", b"Fourth\n\nBody four.")
    write(tmp_path, "photo.png", b"\x89PNG\r\n\x1a\n" + bytes(20))
    write(tmp_path, "notes.json", b"{}")
    write(tmp_path, ".hidden.txt", b"Hidden\n\nNo.")
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub", "deep.txt", b"Deep\n\nNot recursive.")
    articles = load_paths([str(tmp_path)])
    assert [Path(a.path).name for a in articles] == ["a.txt", "b.md", "c.htm", "d.text"]
    assert [a.title for a in articles] == ["First", "Second", "Third", "Fourth"]


def test_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(LoadError) as err:
        load_paths([str(tmp_path) + "/"])
    assert str(err.value) == f"{tmp_path}/: no articles in folder"
    write(tmp_path, "image.png", b"\x89PNG\r\n\x1a\n")
    with pytest.raises(LoadError) as err:
        load_paths([str(tmp_path)])
    assert str(err.value) == f"{tmp_path}/: no articles in folder"


def test_several_paths_in_order(tmp_path: Path) -> None:
    one = write(tmp_path, "one.txt", b"One\n\nFirst body.")
    articles = load_paths([str(SAMPLE), one])
    assert [a.path for a in articles] == [str(SAMPLE), one]


def test_stdin_text() -> None:
    [article] = load_paths(["-"], stdin=io.BytesIO(FR_TEXT.encode("cp1252")))
    assert article.path == "-"
    check_article(article)
    assert article.encoding == "cp1252"


def test_stdin_without_title_uses_fallback() -> None:
    body = "Le marché a reculé mardi de 2 % dans un volume étoffé, selon les opérateurs."
    [article] = load_paths(["-"], stdin=io.BytesIO(body.encode()))
    assert (article.title, article.title_end, article.text) == ("stdin", 0, body)


def test_stdin_html_is_sniffed() -> None:
    [article] = load_paths(["-"], stdin=io.BytesIO(PAGE.read_bytes()))
    assert article.title == "Kerlys lève 35 millions d'euros pour ses robots agricoles"
    assert "SCRIPT" not in article.text


def test_stdin_too_large() -> None:
    with pytest.raises(LoadError) as err:
        load_paths(["-"], stdin=io.BytesIO(b"x" * 2048), max_bytes=1024)
    assert str(err.value) == "-: over the 1 KB limit (--max-size)"


def test_file_title_fallback_is_stem(tmp_path: Path) -> None:
    body = "Le marché a reculé mardi de 2 % dans un volume étoffé, selon les opérateurs."
    [article] = load_paths([write(tmp_path, "digest-2024.txt", body.encode())])
    assert (article.title, article.text) == ("digest-2024", body)


# --- article_from_text, input untouched -------------------------------------


def test_article_from_text_date_and_links() -> None:
    links = (Link("https://x.example.com", "x"),)
    article = article_from_text(
        EN_TEXT, path="in.txt", links=links, date=dt.date(2020, 1, 2), encoding="cp1252"
    )
    assert article.date == dt.date(2020, 1, 2)
    assert article.links == links
    assert article.encoding == "cp1252"
    assert article.language == "en"
    assert article.title == "Acme buys Widget Co"


def test_sample_article_loads() -> None:
    [article] = load_paths([str(SAMPLE)])
    assert article.title.startswith("OpenAI : un mégacontrat à 38 milliards de dollars")
    assert article.text.startswith(article.title + "\n\n")
    assert article.removed[-1] == "Laisser un commentaire"
    assert article.language == "fr"
    assert article.encoding == "utf-8"


def test_input_file_untouched(tmp_path: Path) -> None:
    path = write(tmp_path, "keep.txt", b"\xef\xbb\xbf" + FR_TEXT.replace("\n", "\r\n").encode())
    page = write(tmp_path, "keep.html", PAGE.read_bytes())
    os.utime(path, ns=(1_000_000_000_000_000_000, 1_000_000_000_000_000_000))
    before = {p: (Path(p).read_bytes(), os.stat(p).st_mtime_ns) for p in (path, page)}
    listing = sorted(os.listdir(tmp_path))
    load_paths([path, page, str(tmp_path)])
    assert {p: (Path(p).read_bytes(), os.stat(p).st_mtime_ns) for p in (path, page)} == before
    assert sorted(os.listdir(tmp_path)) == listing
