"""Load articles: paths (files, folders, stdin) -> bytes -> text -> Article.

* A path is a file, a folder or ``-`` (standard input).  A folder contributes
  every ``*.txt``, ``*.text``, ``*.md``, ``*.html`` and ``*.htm`` file directly
  inside it (not recursive; hidden files skipped), sorted by name; other files
  are ignored, and a bad article file in it is an error like any other.
* The size is checked with ``os.stat`` before reading (:data:`DEFAULT_MAX_BYTES`,
  the CLI's ``--max-size``).  Files are opened read-only and nothing is written
  anywhere.
* Decoding: :func:`tui.core.decoding.decode` (byte-order marks, binary
  formats, encodings; re-exported here).
* HTML (``.html``/``.htm``, or sniffed from the content, stdin included) goes
  through :mod:`tui.core.htmlpage` (imported only then); text through
  :mod:`tui.core.clean`.

Every problem is a :class:`LoadError` whose message is one line,
``"PATH: reason"``.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
import stat
import sys
from collections.abc import Sequence
from pathlib import PurePath
from typing import BinaryIO

from .clean import Cleaned, clean
from .decoding import LoadError, decode, looks_like_html
from .markdown import looks_like_markdown, strip_markdown
from .model import Article, Link
from .sanitize import sanitize_line

__all__ = [
    "ARTICLE_SUFFIXES", "DEFAULT_MAX_BYTES", "LoadError", "article_from_text",
    "decode", "load_bytes", "load_paths",
]

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
"""10 MiB: far above any real article (an 8 MB text still loads), low enough
that a mistaken log file or data dump fails fast instead of filling memory."""

ARTICLE_SUFFIXES = frozenset({".txt", ".text", ".md", ".html", ".htm"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
STDIN_PATH = "-"

def _human(size: float) -> str:
    """12.3 MB / 1.5 KB / 120 bytes (1 MB = 1024 * 1024 bytes)."""
    for unit, scale in (("MB", 1024 * 1024), ("KB", 1024)):
        if size >= scale:
            return f"{size / scale:.1f}".removesuffix(".0") + f" {unit}"
    return f"{int(size)} bytes"


def _too_large(size: int, max_bytes: int) -> str:
    return f"{_human(size)} is over the {_human(max_bytes)} limit (--max-size)"


def _stem(path: str) -> str:
    if path in (STDIN_PATH, "<stdin>"):
        return "stdin"
    return sanitize_line(PurePath(path).stem or path)


# another article's headline with its date, in a related list: "Feed prices: why margins hit lows (Feb 12, 2026)"
_DATED_HEADLINE = re.compile(r"(?P<head>.{25,}?)[ \u00a0]*(?:[—–|·(]|- )[ \u00a0]*(?=[^—–|·()]*(?:\d{4}|\d/\d))[^—–|·()]{6,24}\)?[ \u00a0]*\Z")
_BYLINE_START = re.compile(r"(?i:by|par|publié|published|posted|updated|mis à jour|le |on )")


def _other_headline(line: str) -> bool:
    """Whether a removed line is another article's headline dated at its end (not a byline)."""
    m = _DATED_HEADLINE.match(line)
    return m is not None and len(m.group("head").split()) >= 5 and not _BYLINE_START.match(line)


def _head_removed(text: str, cleaned: Cleaned) -> list[str]:
    """The removed lines written between the title and the first paragraph of the body."""
    body = cleaned.text[cleaned.title_end :].lstrip().split("\n", 1)[0][:60]
    at = text.find(body) if body else -1
    return [r for r in cleaned.removed[:3] if 0 <= text.find(r) < at]


def article_from_text(
    text: str,
    *,
    path: str,
    links: Sequence[Link] = (),
    title: str | None = None,
    date: _dt.date | None = None,
    encoding: str = "utf-8",
    unwrap_lines: bool = True,
) -> Article:
    """Clean ``text`` and detect its language and date (``date`` wins if given).

    Without a title in the text (or given), the file name's stem is the title
    and ``title_end`` is 0.  Raises :class:`LoadError` when no text is left.
    """
    from .dates import find_date
    from .lang import detect_language

    if looks_like_markdown(text):  # a newsletter pasted in Markdown: its marks out, its links kept
        text, marked = strip_markdown(text)
        links = (*links, *marked)
    cleaned = clean(text, title, unwrap_lines=unwrap_lines)
    if not cleaned.text.strip():
        raise LoadError(path, "no article text")
    language = detect_language(cleaned.text)
    if date is None:  # a date line the cleaner took out above the body ("Mardi 10 mars 2026 · Temps de lecture : 4 min") first
        head = [r for r in _head_removed(text, cleaned) if not _other_headline(r)]
        date = head and find_date("\n".join(head), language) or find_date(cleaned.text, language) or find_date(
            "\n".join(r for r in cleaned.removed if not _other_headline(r)), language  # a byline
        )
    return Article(
        path=sanitize_line(path),
        title=cleaned.title or _stem(path),
        text=cleaned.text,
        language=language,
        date=date,
        title_end=cleaned.title_end,
        paragraphs=cleaned.paragraphs,
        removed=cleaned.removed,
        links=tuple(links),
        encoding=encoding,
    )


def load_bytes(data: bytes, *, path: str, encoding: str | None = None) -> Article:
    """Turn the bytes of one input into an Article (HTML sniffed or by suffix)."""
    if not data:
        raise LoadError(path, "empty file")
    try:
        text, used = decode(data, encoding)
    except LoadError as exc:
        raise LoadError(path, exc.reason) from None
    if not text.strip():
        raise LoadError(path, "empty file")
    suffix = PurePath(path).suffix.lower() if path != STDIN_PATH else ""
    if suffix in HTML_SUFFIXES or looks_like_html(text[:4096].lstrip("\ufeff")):
        from .htmlpage import extract_html  # lxml and trafilatura: only for web pages

        page = extract_html(text)
        if not page.text.strip():
            raise LoadError(path, "no article text found in the HTML page")
        return article_from_text(
            page.text, path=path, links=page.links, title=page.title, date=page.date,
            encoding=used, unwrap_lines=False,
        )
    return article_from_text(text, path=path, encoding=used)


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError | NotADirectoryError):
        return "no such file"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a folder"
    return (exc.strerror or type(exc).__name__).lower()


def _read_file(path: str, max_bytes: int) -> bytes:
    """Read a file read-only, refusing it before reading when it is too large."""
    try:
        with open(path, "rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > max_bytes:
                raise LoadError(path, _too_large(size, max_bytes))
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise LoadError(path, _os_reason(exc)) from None
    if len(data) > max_bytes:  # grew while reading, or a pipe/device
        raise LoadError(path, f"over the {_human(max_bytes)} limit (--max-size)")
    return data


def _folder_files(path: str) -> list[str]:
    label = path if path.endswith(("/", os.sep)) else path + "/"
    try:
        with os.scandir(path) as entries:
            names = sorted(
                e.name for e in entries
                if not e.name.startswith(".")
                and PurePath(e.name).suffix.lower() in ARTICLE_SUFFIXES
                and e.is_file()
            )
    except OSError as exc:
        raise LoadError(label, _os_reason(exc)) from None
    if not names:
        raise LoadError(label, "no articles in folder")
    return [os.path.join(path, name) for name in names]


def _read_stdin(stdin: BinaryIO | None, max_bytes: int) -> bytes:
    stream = stdin if stdin is not None else sys.stdin.buffer
    try:
        data = stream.read(max_bytes + 1)
    except (OSError, ValueError) as exc:
        raise LoadError(STDIN_PATH, f"cannot read standard input ({exc})") from None
    if len(data) > max_bytes:
        raise LoadError(STDIN_PATH, f"over the {_human(max_bytes)} limit (--max-size)")
    return data


def expand_paths(paths: Sequence[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> list[str]:
    """The files (and ``-``) that ``paths`` name, folders expanded; checks existence and size."""
    files: list[str] = []
    for path in paths:
        if path == STDIN_PATH:
            files.append(path)
            continue
        try:
            info = os.stat(path)
        except (OSError, ValueError) as exc:
            reason = _os_reason(exc) if isinstance(exc, OSError) else "invalid path"
            raise LoadError(path, reason) from None
        if stat.S_ISDIR(info.st_mode):
            files.extend(_folder_files(path))
        elif stat.S_ISREG(info.st_mode) and info.st_size > max_bytes:
            raise LoadError(path, _too_large(info.st_size, max_bytes))
        else:
            files.append(path)
    return files


def load_paths(
    paths: Sequence[str],
    *,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: BinaryIO | None = None,
) -> list[Article]:
    """Load every path (file, folder or ``-``) in order; see the module docstring."""
    articles: list[Article] = []
    for file in expand_paths(paths, max_bytes=max_bytes):
        data = _read_stdin(stdin, max_bytes) if file == STDIN_PATH else _read_file(file, max_bytes)
        articles.append(load_bytes(data, path=file, encoding=encoding))
    return articles
