"""Bytes to text: byte-order marks, binary formats, encodings, HTML sniffing.

:func:`decode` tries, in order: byte-order marks (UTF-8, UTF-16, UTF-32),
binary signatures and NUL bytes, strict UTF-8, BOM-less UTF-16, mostly-UTF-8
with a few Windows-1252 bytes, Windows-1252 when the result reads as Western
European text, then charset-normalizer; otherwise an error, never a wild
guess.  ``encoding=`` overrides all of it (strict decoding).
:func:`looks_like_html` and :func:`meta_charset` sniff web pages.

Split from :mod:`tui.core.load` (which re-exports :class:`LoadError` and
:func:`decode`); the page extraction itself (:mod:`tui.core.htmlpage`, lxml,
trafilatura) is imported only for a web page.
"""

from __future__ import annotations

import codecs
import re

from .sanitize import sanitize_line

__all__ = ["LoadError", "decode", "looks_like_html", "meta_charset"]

SNIFF_CHARS = 2048

# (offset, signature, kind) of binary formats that are never articles.
_MAGIC: tuple[tuple[int, bytes, str], ...] = (
    (0, b"\x89PNG\r\n\x1a\n", "PNG image"),
    (0, b"\xff\xd8\xff", "JPEG image"),
    (0, b"GIF87a", "GIF image"),
    (0, b"GIF89a", "GIF image"),
    (0, b"%PDF-", "PDF document"),
    (0, b"PK\x03\x04", "ZIP archive"),
    (0, b"PK\x05\x06", "ZIP archive"),
    (0, b"PK\x07\x08", "ZIP archive"),
    (0, b"\x1f\x8b", "gzip archive"),
    (0, b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (0, b"BZh", "bzip2 archive"),
    (0, b"\xfd7zXZ\x00", "xz archive"),
    (0, b"\x28\xb5\x2f\xfd", "zstd archive"),
    (0, b"Rar!\x1a\x07", "RAR archive"),
    (257, b"ustar", "tar archive"),
    (0, b"\x7fELF", "ELF executable"),
    (0, b"MZ\x90\x00", "Windows executable"),
    (0, b"\xca\xfe\xba\xbe", "Java class or Mach-O binary"),
    (0, b"\xcf\xfa\xed\xfe", "Mach-O binary"),
    (0, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Microsoft Office document"),
    (0, b"SQLite format 3\x00", "SQLite database"),
    (0, b"\x00asm", "WebAssembly module"),
    (0, b"II*\x00", "TIFF image"),
    (0, b"MM\x00*", "TIFF image"),
    (0, b"OggS", "Ogg media"),
    (0, b"ID3", "MP3 audio"),
    (0, b"fLaC", "FLAC audio"),
    (0, b"\x1aE\xdf\xa3", "Matroska/WebM video"),
    (0, b"wOFF", "WOFF font"),
    (0, b"wOF2", "WOFF2 font"),
    (0, b"\x00\x00\x01\x00", "icon image"),
)
_RIFF_KINDS = {b"WEBP": "WebP image", b"WAVE": "WAV audio", b"AVI ": "AVI video"}

# Characters expected when Windows-1252 bytes hold Western European text.
_WESTERN = re.compile(
    "[\u00a0-\u00ff\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)
_ODD = re.compile("[\u0160\u0161\u017d\u017e\u00a4\u00a6\u00a8\u00ac\u00af\u00b4\u00b8\u00b9\u00be\u00d0\u00de\u00f0\u00fe\u0192\u02c6\u02dc\u2030]")
_NON_ASCII = re.compile("[^\x00-\x7f]")

_DOCTYPE = re.compile(
    r"\s*(?:<\?xml[^>]{0,200}>\s*)?(?:<!--(?:[^-]|-(?!->))*-->\s*)*<(?:!doctype\s+html|html[\s>])", re.I
)
_TAG = re.compile(
    r"</?(?:html|head|body|meta|title|link|script|style|div|span|p|a|article|section|header|footer|nav|"
    r"main|h[1-6]|ul|ol|li|table|tr|td|img|br|em|strong|b|i|figure|aside)\b[^<>]{0,500}>",
    re.I,
)
_CHARSET = re.compile(rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9._:-]{2,40})", re.I)


class LoadError(Exception):
    """A path that cannot be loaded; ``str(err)`` is one line ``"PATH: reason"``.

    ``LoadError(path, reason)``; ``LoadError(message)`` alone is accepted too.
    ``path`` and ``reason`` are kept as attributes (sanitized, one line).
    """

    def __init__(self, path: str | None, reason: str | None = None) -> None:
        if reason is None:
            path, reason = None, path or ""
        self.path = sanitize_line(path) if path is not None else None
        self.reason = " ".join(sanitize_line(reason).split())
        super().__init__(f"{self.path}: {self.reason}" if self.path is not None else self.reason)


def _fallback_decoder(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: decode a stray non-UTF-8 byte as Windows-1252."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    return "".join(_cp1252_char(b) for b in bad), error.end


def _cp1252_char(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return ""  # 0x81, 0x8D, 0x8F, 0x90, 0x9D: undefined, dropped


codecs.register_error("dealreader-cp1252", _fallback_decoder)


def _binary_kind(data: bytes) -> str | None:
    """The kind of a known binary format, or None."""
    for offset, magic, kind in _MAGIC:
        if data[offset : offset + len(magic)] == magic:
            return kind
    if data[:4] == b"RIFF" and data[8:12] in _RIFF_KINDS:
        return _RIFF_KINDS[data[8:12]]
    if data[4:8] == b"ftyp":
        return "MP4/QuickTime media"
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when NULs sit on one side of mostly-ASCII text."""
    sample = data[:4096]
    pairs = len(sample) // 2
    if pairs < 2:
        return None
    even = sample[0 : 2 * pairs : 2].count(0)
    odd = sample[1 : 2 * pairs : 2].count(0)
    if odd >= 0.7 * pairs and even <= 0.05 * pairs:
        return "utf-16-le"
    if even >= 0.7 * pairs and odd <= 0.05 * pairs:
        return "utf-16-be"
    return None


def _reads_western(text: str) -> bool:
    """True when the non-ASCII characters of ``text`` look like fr/en/Western text."""
    sample = text[:200_000]
    non_ascii = len(_NON_ASCII.findall(sample))
    if non_ascii == 0:
        return True
    western = len(_WESTERN.findall(sample))
    odd = len(_ODD.findall(sample))
    return western >= 0.98 * non_ascii and odd <= 0.02 * non_ascii + 1


def _mostly_utf8(data: bytes) -> bool:
    """Valid UTF-8 multi-byte characters outnumber the invalid bytes."""
    text = data[:1_000_000].decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = len(_NON_ASCII.findall(text)) - bad
    return good > 0 and good >= 2 * bad


def _decode_with(data: bytes, name: str) -> str:
    try:
        return data.decode(name)
    except UnicodeDecodeError as exc:
        raise LoadError(
            None, f"not valid {name} text (byte 0x{exc.object[exc.start]:02x} at offset {exc.start})"
        ) from None


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """Decode article bytes; return (text, name of the encoding used).

    Raises :class:`LoadError` (reason only, no path) for binary data, an
    unknown ``encoding`` or text whose encoding cannot be determined.
    """
    if encoding is not None:
        try:
            name = codecs.lookup(encoding.strip()).name
        except LookupError:
            raise LoadError(None, f"unknown encoding {encoding!r}") from None
        if name == "utf-8" and data.startswith(codecs.BOM_UTF8):
            data = data[len(codecs.BOM_UTF8) :]
        return _decode_with(data, name), name
    for bom, name in (
        (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
        (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    ):
        if data.startswith(bom):
            return _decode_with(data[len(bom) :], name.removesuffix("-sig")), name
    kind = _binary_kind(data)
    if kind is not None:
        raise LoadError(None, f"binary file ({kind}), not an article")
    if b"\x00" in data:
        name = _utf16_without_bom(data)
        if name is None or len(data) % 2:
            raise LoadError(None, "binary file, not an article")
        try:
            return data.decode(name), name
        except UnicodeDecodeError:
            raise LoadError(None, "binary file, not an article") from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass  # not UTF-8: the legacy encodings below
    return _decode_legacy(data)


def _decode_legacy(data: bytes) -> tuple[str, str]:
    """Non-UTF-8 bytes: see the module docstring for the order of attempts."""
    declared = meta_charset(data) if looks_like_html(data[:2048].decode("latin-1")) else None
    if declared:
        try:
            name = codecs.lookup(declared).name
            if name in ("iso8859-1", "ascii"):  # as browsers do (WHATWG)
                name = "cp1252"
            return data.decode(name), name
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration: detect as for text
    if _mostly_utf8(data):
        return data.decode("utf-8", errors="dealreader-cp1252"), "utf-8+cp1252"
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None and _reads_western(text):
        return text, "cp1252"
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is not None:
        try:
            name = codecs.lookup(best.encoding).name
            return data.decode(name), name
        except (LookupError, UnicodeDecodeError):
            pass  # the detector's guess does not decode: give up below
    raise LoadError(None, "cannot detect the text encoding (try --encoding)")


def looks_like_html(head: str) -> bool:
    """Sniff the start of a text: a doctype/``<html>``, or many HTML tags."""
    head = head[:SNIFF_CHARS]
    if _DOCTYPE.match(head):
        return True
    return head.lstrip().startswith("<") and len(_TAG.findall(head)) >= 5


def meta_charset(data: bytes) -> str | None:
    """The ``<meta charset>`` (or http-equiv content charset) of an HTML page."""
    match = _CHARSET.search(data[:SNIFF_CHARS])
    return match.group(1).decode("ascii").lower() if match else None
