"""Articles pasted from a newsletter written in Markdown (or a rich e-mail turned
into it): the markup is taken out so that the reader sees the text as it reads,
and the extractors find "**Serena**" and "_Partech_" as they find any name.

* headings' "#", a quotation's ">", horizontal rules, a table's rule line
  ("|---|---|") and footnote markers ("[^1]") go; a table's rows stay as they
  are (their "|" columns are read by :mod:`tui.core.company_trade`);
* "**bold**", "__bold__", "*italic*", "_italic_" and "`code`" keep their text;
* a link "[Les Echos](https://www.lesechos.fr/...)" keeps its text, and its
  address becomes one of the article's links (a source where it cites a
  publication, as an HTML page's links do); an image keeps its description.

Markdown is recognised by its marks, not by a file's suffix: at least two kinds
of them (a heading, bold text, a link, a table's rule line, a quotation),
or one of them several times.  A text without them is left as it is.
"""

from __future__ import annotations

import re

from .model import Link
from .sanitize import sanitize_line

_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(?=\S)", re.M)
_QUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?", re.M)
_RULE = re.compile(r"^[ \t]*(?:(?:[-*_][ \t]*){3,}|\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?)[ \t]*$\n?", re.M)
_LINK = re.compile(r"(?P<image>!)?\[(?P<text>[^\]\n]{0,200})\]\((?P<url>[^)\s]{1,500})(?:[ \t]+\"[^\"\n]*\")?\)")
_FOOTNOTE = re.compile(r"\[\^[\w-]{1,10}\](?!:)")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(?P<in>[^\n]{1,200}?)(?<=\S)\1")
_EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])(?P<in>[^*\n]{1,200}?)(?<=[^\s*])\*(?![\w*])|(?<![\w_])_(?=[^\s_])(?P<un>[^_\n]{1,200}?)(?<=[^\s_])_(?![\w_])")
_CODE = re.compile(r"`(?P<in>[^`\n]{1,200})`")

_MARKS = (_HEADING, _STRONG, _LINK, re.compile(r"^\|?[ \t]*:?-{3,}", re.M), re.compile(r"^>[ \t]", re.M))  # (a table's rule line, a quotation)


def looks_like_markdown(text: str) -> bool:
    """Whether ``text`` is written in Markdown (see the module's notes)."""
    head = text[:20_000]
    kinds = found = 0
    for mark in _MARKS:
        n = len(mark.findall(head))
        kinds += n > 0
        found += n
    return kinds >= 2 or found >= 3


def strip_markdown(text: str) -> tuple[str, list[Link]]:
    """``text`` without its Markdown marks, and the addresses of its links."""
    links: list[Link] = []

    def link(m: re.Match[str]) -> str:
        if not m.group("image") and m.group("url").startswith(("http://", "https://", "www.")):
            links.append(Link(sanitize_line(m.group("url")), sanitize_line(m.group("text"))))  # (hostile: no escape sequence kept)
        return m.group("text")

    text = _RULE.sub("", text)
    text = _HEADING.sub("", text)
    text = _QUOTE.sub("", text)
    text = _LINK.sub(link, text)
    text = _FOOTNOTE.sub("", text)
    text = _CODE.sub(lambda m: m.group("in"), text)
    text = _STRONG.sub(lambda m: m.group("in"), text)
    text = _EMPHASIS.sub(lambda m: m.group("in") or m.group("un"), text)
    return text, links
