"""Take the article out of a saved web page: text, title, date, links.

The main content is found by trafilatura (navigation, scripts, styles,
adverts, footers and comment sections are not article text).  Its structured
output is turned into paragraphs separated by blank lines: one paragraph per
heading, paragraph, quote, list (one ``- item`` line each) or table (one
``| cell | cell |`` line per row); ``<br>`` stays a line break.

Links are the ``<a href>`` of the main content, as (absolute URL, anchor
text); relative links are resolved against ``<base href>``, else the page's
canonical URL, else dropped; only http(s) links are kept.  The date is the
page's metadata publication date (htmldate without its "extensive" guessing
from the body text, which mistakes copyright years for dates).

Fallback: when trafilatura finds no main text (or cannot be imported or fails
on a malformed page), the text of ``<body>`` is taken with lxml after
dropping script, style, nav, header, footer, aside, form and similar elements,
one paragraph per block element.  When even that yields nothing, the caller
reports "no article text".
"""

from __future__ import annotations

import datetime as _dt
import logging
import re
from typing import Any, NamedTuple
from urllib.parse import urljoin, urlsplit

from .model import Link
from .sanitize import sanitize_line

__all__ = ["HtmlArticle", "extract_html"]

log = logging.getLogger(__name__)

_XML_DECL = re.compile(r"^\s*<\?xml[^>]{0,200}\?>")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_SPACES = re.compile(r"[^\S\n]+")
_DROP_TAGS = (
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
    "iframe", "svg", "button", "select", "object", "embed", "canvas", "dialog", "menu",
)
_BLOCK_TAGS = (
    "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li",
    "blockquote", "pre", "tr", "table", "ul", "ol", "dl", "dt", "dd", "figure", "figcaption",
)
_META_DATES = (
    "article:published_time", "og:published_time", "datepublished", "date", "dc.date",
    "dc.date.issued", "pubdate", "publishdate", "sailthru.date", "parsely-pub-date",
)


class HtmlArticle(NamedTuple):
    """What was taken out of a page; ``text`` is raw (clean() runs later)."""

    text: str
    title: str | None
    date: _dt.date | None
    links: tuple[Link, ...]


def extract_html(html: str) -> HtmlArticle:
    """Extract the article of ``html``; ``text`` may be empty (nothing found)."""
    tree, base = _parse(html)
    if tree is None:
        return HtmlArticle("", None, None, ())
    found = _with_trafilatura(tree, base)
    if found is not None and found.text.strip():
        return found
    tree, base = _parse(html)  # trafilatura may have changed the first tree
    if tree is None:
        return HtmlArticle("", None, None, ())
    fallback = _with_lxml(tree, base)
    if found is None:
        return fallback
    return HtmlArticle(fallback.text, found.title or fallback.title, found.date or fallback.date, fallback.links)


def _parse(html: str) -> tuple[Any, str | None]:
    """Parse the page with lxml and make its links absolute.

    The base is ``<base href>``, else the canonical URL, else ``og:url``;
    links stay relative (and are dropped later) when there is none.
    """
    from lxml import etree, html as lxml_html

    html = _XML_DECL.sub("", html, count=1)  # lxml refuses str with an encoding declaration
    try:
        tree = lxml_html.document_fromstring(html)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        log.info("cannot parse the HTML page: %s", exc)
        return None, None
    base = None
    for path in ("//base/@href", "//link[@rel='canonical']/@href", "//meta[@property='og:url']/@content"):
        values = [v.strip() for v in tree.xpath(path)]
        if values and _absolute(values[0]):
            base = values[0]
            break
    if base is not None:
        try:
            tree.make_links_absolute(base, resolve_base_href=True, handle_failures="discard")
        except ValueError as exc:
            log.info("cannot resolve the page's links: %s", exc)
    return tree, base


def _absolute(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def _link(href: str | None, text: str, base: str | None) -> Link | None:
    """A Link for an absolute http(s) URL (relative ones resolved on ``base``)."""
    href = (href or "").strip()
    if not href:
        return None
    try:
        if not _absolute(href):
            if base is None:
                return None
            href = urljoin(base, href)
            if not _absolute(href):
                return None
    except ValueError:  # malformed URL (bad IPv6 literal, bad port...)
        return None
    url = sanitize_line(href)
    if any(c.isspace() for c in url):
        return None
    return Link(url=url, text=" ".join(sanitize_line(text).split()))


def _dedupe(links: list[Link]) -> tuple[Link, ...]:
    return tuple(dict.fromkeys(links))


def _parse_date(value: str | None) -> _dt.date | None:
    match = _ISO_DATE.match((value or "").strip())
    if not match:
        return None
    try:
        return _dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def _with_trafilatura(tree: Any, base: str | None) -> HtmlArticle | None:
    """Main-content extraction; None when trafilatura is missing or fails."""
    try:
        import trafilatura
        from trafilatura.xml import xmltotxt
    except ImportError as exc:
        log.info("trafilatura unavailable (%s); using the plain lxml extraction", exc)
        return None
    try:
        doc = trafilatura.bare_extraction(
            tree,
            url=base,
            with_metadata=True,
            include_links=True,
            include_comments=False,
            include_tables=True,
            date_extraction_params={
                "extensive_search": False,
                "original_date": True,
                "max_date": _dt.date.today().isoformat(),
            },
        )
    # trafilatura, htmldate and lxml raise many kinds of errors on hostile
    # pages; any of them means "use the fallback", which is logged, not hidden.
    except Exception as exc:  # noqa: BLE001
        log.info("trafilatura failed on the page (%s: %s); using lxml", type(exc).__name__, exc)
        return None
    if doc is None or getattr(doc, "body", None) is None:
        return HtmlArticle("", getattr(doc, "title", None), _parse_date(getattr(doc, "date", None)), ())
    base = base or (doc.url if doc.url and _absolute(doc.url) else None)
    links = []
    for ref in doc.body.iter("ref"):
        link = _link(ref.get("target"), "".join(ref.itertext()), base)
        if link is not None:
            links.append(link)
    from lxml import etree

    etree.strip_tags(doc.body, "ref")
    blocks = [xmltotxt(child, False).strip() for child in doc.body]
    text = "\n\n".join(b for b in blocks if b)
    return HtmlArticle(text, doc.title, _parse_date(doc.date), _dedupe(links))


def _with_lxml(root: Any, base: str | None) -> HtmlArticle:
    """Plain-text extraction of ``<body>`` with lxml; see the module docstring."""
    from lxml import etree

    title = _first_text(root, "//meta[@property='og:title']/@content", "//title//text()", "//h1//text()")
    date = None
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in _META_DATES:
            date = _parse_date(meta.get("content"))
            if date is not None:
                break
    bodies = root.xpath("//body")
    body = bodies[0] if bodies else root
    for element in list(body.iter(*_DROP_TAGS)):
        if element.getparent() is not None:
            element.drop_tree()
    for comment in list(body.iter(etree.Comment)):
        comment.drop_tree()
    mains = body.xpath(".//article|.//main")
    scope = mains[0] if mains else body
    links = [_link(a.get("href"), a.text_content(), base) for a in scope.iter("a")]
    for br in scope.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for block in scope.iter(*_BLOCK_TAGS):
        block.tail = "\n\n" + (block.tail or "")
    lines = (_SPACES.sub(" ", line).strip() for line in scope.text_content().split("\n"))
    text = "\n".join(lines)
    return HtmlArticle(text, title, date, _dedupe([x for x in links if x is not None]))


def _first_text(root: object, *paths: str) -> str | None:
    for path in paths:
        values = [v.strip() for v in root.xpath(path) if v.strip()]  # type: ignore[attr-defined]
        if values:
            return " ".join(values[0].split())
    return None
