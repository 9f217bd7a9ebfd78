"""Make untrusted text safe to show in a terminal.

Everything that comes from outside (article text, titles, file names, URLs,
link texts) goes through :func:`sanitize` or :func:`sanitize_line` before
anything else looks at it, so that no byte of it can reach the terminal as a
control sequence or disguise itself with bidirectional overrides.

What is done, in linear time (a few precompiled regexes, no backtracking):

* ``\\r\\n`` and lone ``\\r`` become ``\\n`` (a bare CR could overwrite a line);
  form feed, vertical tab and U+2028 become ``\\n``, U+2029 becomes ``\\n\\n``.
* ESC-introduced sequences are removed whole: CSI (``ESC [ ... final``),
  OSC (``ESC ] ... BEL|ESC \\``), DCS/SOS/PM/APC (``ESC P|X|^|_ ... ST``) and
  two-or-more-byte escapes (``ESC ( B``, ``ESC 7``...).  Their 8-bit C1 forms
  (U+009B CSI, U+009D OSC, U+0090/0098/009E/009F strings) too.  A string
  sequence with no terminator ends at the next ESC, newline or end of text,
  so a stray introducer cannot swallow the rest of an article.
* Every other C0 control except ``\\n`` and ``\\t``, DEL and every C1 control
  is removed.
* ``\\t`` becomes four spaces in :func:`sanitize` (the UI renders tabs badly)
  and one space in :func:`sanitize_line`.
* Bidi embedding/override/isolate controls (U+202A-U+202E, U+2066-U+2069),
  zero-width space U+200B, word joiner U+2060, BOM/ZWNBSP U+FEFF, soft hyphen
  U+00AD, Mongolian vowel separator U+180E and interlinear annotation controls
  U+FFF9-U+FFFB are removed.  ZWJ/ZWNJ (U+200D/U+200C, needed by emoji and
  some scripts) and LRM/RLM marks (no override power) are kept.
"""

from __future__ import annotations

import re

__all__ = ["sanitize", "sanitize_line", "has_unsafe"]

# String-type sequences: body up to BEL / ST (ESC \ or U+009C); an unterminated
# one stops before the next ESC or newline, or at the end of the text.
_STRING_END = r"(?:\x07|\x1b\\|\x9c|(?=[\x1b\n])|\Z)"
_ESCAPES = re.compile(
    # OSC, 7-bit and 8-bit
    r"(?:\x1b\]|\x9d)[^\x07\x1b\x9c\n]*" + _STRING_END
    # DCS, SOS, PM, APC, 7-bit and 8-bit
    + r"|(?:\x1b[PX^_]|[\x90\x98\x9e\x9f])[^\x07\x1b\x9c\n]*" + _STRING_END
    # CSI, 7-bit and 8-bit: parameters, intermediates, final byte
    + r"|(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
    # other escapes: intermediates then a final byte (ESC ( B, ESC 7, ESC c ...)
    + r"|\x1b[ -/]*[0-~]?"
)

# Single characters to drop: C0 except \t and \n (\r, \v, \f handled before),
# DEL, C1, bidi controls, invisible format characters.
_DROP = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f-\x9f\u00ad\u180e\u200b\u202a-\u202e\u2060"
    "\u2066-\u2069\ufeff\ufff9-\ufffb]"
)
_NEWLINES = re.compile("\r\n?|[\x0b\x0c\u2028]")
# Anything at all that sanitize would change (fast "nothing to do" check).
_UNSAFE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u00ad\u180e\u200b\u2028\u2029\u202a-\u202e\u2060"
    "\u2066-\u2069\ufeff\ufff9-\ufffb]"
)
_UNSAFE_TEXT = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u180e\u200b\u2028\u2029\u202a-\u202e\u2060"
    "\u2066-\u2069\ufeff\ufff9-\ufffb]"
)
_LINE_SPACE = re.compile(r"[\n\t]")


def has_unsafe(text: str) -> bool:
    """True when :func:`sanitize` would change ``text`` (tabs aside)."""
    return _UNSAFE_TEXT.search(text) is not None


def sanitize(text: str) -> str:
    """Return ``text`` with control sequences and dangerous characters removed.

    Newlines are normalised to ``\\n`` and kept, tabs become four spaces;
    ordinary Unicode (accents, CJK, emoji, typographic quotes) is untouched.
    """
    if "\t" in text:
        text = text.replace("\t", "    ")
    if _UNSAFE_TEXT.search(text) is None:
        return text
    if "\r" in text or "\x0b" in text or "\x0c" in text or "\u2028" in text:
        text = _NEWLINES.sub("\n", text)
    if "\u2029" in text:
        text = text.replace("\u2029", "\n\n")
    if "\x1b" in text or _has_c1_introducer(text):
        text = _ESCAPES.sub("", text)
    return _DROP.sub("", text)


def sanitize_line(text: str) -> str:
    """Sanitize a one-line string (file name, URL, link text, title).

    Like :func:`sanitize`, and newlines and tabs become single spaces.
    """
    if _UNSAFE.search(text) is None:
        return text
    text = sanitize(text.replace("\t", " "))
    return _LINE_SPACE.sub(" ", text)


_C1_INTRODUCERS = re.compile("[\x90\x98\x9b\x9d\x9e\x9f]")


def _has_c1_introducer(text: str) -> bool:
    return _C1_INTRODUCERS.search(text) is not None
