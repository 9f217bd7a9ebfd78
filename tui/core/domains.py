"""URLs and bare domains written in a text ("https://...", "lemonde.fr").

:func:`find_domains` finds every URL, then every bare domain: a top-level
domain (".com", ".fr"...) with the labels before it ("www.les-echos.fr") and
the path after it; a domain inside a URL or glued to a word is skipped.
"""

from __future__ import annotations

import bisect
import re
from typing import Iterator
from urllib.parse import urlsplit

URL = re.compile(r"https?://[^\s<>\"'\])}»]+")
_TAIL = re.compile(r"(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*$")
_MORE = re.compile(r"(?:\.[a-z]{2,3})*(?:/[^\s<>\"'\])}»]*)?")
_DOMAIN_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789.-"
# a reader's own mailbox or documents, printed in a page's header or footer: never a source cited
_PRIVATE_HOSTS = frozenset((
    "mail.google.com", "docs.google.com", "drive.google.com", "outlook.live.com", "outlook.office.com",
    "outlook.office365.com", "mail.yahoo.com", "web.whatsapp.com", "teams.microsoft.com",
))
_CITED_BEFORE = re.compile(
    r"(?:(?i:\bselon|\bd['’]après|\baccording to|\bvia|\breported by|\brapporté par|\b(?:le|du|the) (?:site|website|blog)"
    r"|\b(?:révélé|rapporté|appris|révèle|rapporte|reported|revealed|told))[ \u00a0]|(?<![^\n])\()$"
)  # ("a révélé Calciomercato.com")


def find_domains(text: str, tld: re.Pattern[str]) -> Iterator[tuple[int, int, str, str]]:
    """(start, end, url as written, host) for every URL and bare domain;
    ``tld`` matches a dot and a top-level domain (".com", ".fr")."""
    taken_until = 0
    found = list(URL.finditer(text))
    for m in found:
        url = m.group().rstrip(".,;:!?")
        host = urlsplit(url).hostname
        if host and "." in host and host not in _PRIVATE_HOSTS:  # (not "http://x" nor an intranet's "http://wiki/")
            yield m.start(), m.start() + len(url), url, host
    urls = [(m.start(), m.end()) for m in found]
    url_starts = [a for a, _ in urls]
    pos = 0
    while (m := tld.search(text, pos)) is not None:
        pos = m.end()
        s = _domain_head(text, m.start())
        if s is None or m.start() < taken_until:
            continue
        b = s
        while b > 0 and text[b - 1].isalnum() and s - b < 30:
            b -= 1  # ("CercleFinance.com": capitals inside the name too)
        if b < s and text[b].isupper() and text[b:s].isalpha() and _CITED_BEFORE.search(text, max(0, b - 20), b):
            s = b  # "selon Eldorado.co", "le site Rugbyrama.fr", a dateline's "(CercleFinance.com) -": a site cited by its domain, capitalised (not the company "Builder.ai")
        if s > 0 and (text[s - 1].isalnum() or text[s - 1] in "@./-_"):
            continue
        e = _MORE.match(text, m.end()).end()
        while e > m.end() and text[e - 1] in ".,;:!?":
            e -= 1
        taken_until = pos = e
        k = bisect.bisect_right(url_starts, s) - 1  # URL matches are sorted and disjoint
        if k >= 0 and s < urls[k][1]:
            continue
        written = text[s:e]
        written = written[0].lower() + written[1:]  # (the address of "Eldorado.co")
        yield s, e, written, written.split("/")[0].lower()


def _domain_head(text: str, end: int) -> int | None:
    """Start of ``_TAIL.search(text, max(0, end - 80), end)``: the
    leftmost start of labels "a-b.c" (no empty label) ending at ``end``."""
    lo = max(0, end - 80)
    if end > lo and text[end - 1] == "\n":  # "$" may also match before that newline
        head = _TAIL.search(text, lo, end)
        return head.start() if head else None
    run = text[lo:end]
    run_start = lo + len(run.rstrip(_DOMAIN_CHARS))  # the domain characters before ``end``
    if run_start == end or text[end - 1] == ".":
        return None
    k = text.rfind("..", run_start, end)  # no empty label: start after the last ".."
    first = run_start if k < 0 else k + 2
    tail = text[first:end]
    s = first + len(tail) - len(tail.lstrip(".-"))  # the first label starts with a letter or digit
    return s if s < end else None
