"""The lines and fields of the source lists an article ends with.

:func:`source_blocks` finds the item lines after "Sources :", "Source:",
"Références", "References" (a header alone on its line, or followed by the
first item); :mod:`tui.core.sources` splits each line into fields and reads
them with :func:`is_domain` and :func:`field_date`.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from typing import Container, Iterable
from urllib.parse import urlsplit

from .company_data import norm_key, words
from .dates import parse_date
from .textscan import literal_finditer

HEADER = re.compile(  # (and "Source des montants :", "Sources of figures:")
    r"(?:Source|R[ée]f[ée]rence|SOURCE|R[ÉE]F[ÉE]RENCE)(?:s|\(s\)|S)?(?:[ \t]+(?:des|of)[ \t]+(?:montants|chiffres|données|figures|data))?[ \t]*(?::|：)?"
)
_HEADER_STARTS = ("Source", "SOURCE", "Réf", "Ref", "RÉF", "REF")  # every match of HEADER starts so
_DIGIT = re.compile(r"\d")
_DOMAIN_FIELD = re.compile(r"(?:https?://)?(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)+(?:/\S*)?")


_NEXT_FIELD = re.compile(r"\.[ \t]+[A-ZÀ-Ý][^\s:.,]{1,20}(?:[ \t][^\s:.,]{1,20}){0,2}[ \t]?:[ \t]")  # another field after the list


def source_blocks(text: str) -> Iterable[tuple[int, str]]:
    """(offset, line) of every item line of every source list."""
    for m in literal_finditer(HEADER, text, _HEADER_STARTS):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if text[line_start : m.start()].strip(" \t>*•#-_") != "":
            continue
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        rest = text[m.end() : line_end].strip(" \t*_")
        if rest and not m.group().rstrip().endswith((":", "：")):
            continue  # "Source: X"; not "Sources say", nor a wire release's "SOURCE X" (its issuer, a company)
        if rest and ((last := rest.rsplit(None, 1)[-1]) in words().legal or last.rstrip(".") in words().legal):
            continue  # "Source: Tessaro Health Technologies, Inc.": a release's issuer, a company
        if rest:
            at = m.end() + text[m.end() : line_end].index(rest)
            yield at, rest[: cut.start()] if (cut := _NEXT_FIELD.search(rest)) else rest  # ("Source : LSA. Rédaction : X")
        pos, blank_ok = line_end + 1, not rest
        while pos < len(text):
            nl = text.find("\n", pos)
            nl = len(text) if nl < 0 else nl
            line = text[pos:nl]
            if not line.strip():
                if not blank_ok:
                    break
            elif len(line) > 400 or HEADER.match(line.strip()):
                break
            else:
                yield pos, line
            blank_ok = False
            pos = nl + 1


_CREDIT = re.compile(
    r"\n[ \t]*(?:[—–-][ \t]*(?:(?:[Aa]vec|[Ww]ith)[ \t]+)?(?P<name>[^\s—–-][^\n]{0,40}?)"
    r"|\([ \t]*(?:[Aa]vec|[Ww]ith)[ \t]+(?P<with>[^\s)][^\n)]{0,40}?)[ \t]*\)|\((?P<agency>[a-z]{2,4}(?:/[a-z]{2,4})?)\))[ \t]*\s*\Z"
)


_END = re.compile(r"\n[ \t]*\((?:END|FIN)\)[ \t]+(?P<name>[^\s(][^\n]{0,40}?)[ \t]*(?:\n|\Z)(?P<with>)")  # a wire's end: a timestamp may follow


def header_credits(text: str, known: Container[str]) -> Iterable[tuple[int, str]]:
    """(offset, name) of a known publication given as a field of the byline or date line
    under the title ("Publié le 5 octobre 2027 à 16h52 | La Presse Canadienne"), or alone on
    the article's last line (an agency's credit)."""
    head_end = min(len(text), 600)
    line = text.find("\n", 0, head_end) + 1  # (the title is not a byline)
    while 0 < line < head_end:
        end = text.find("\n", line, head_end)
        end = head_end if end < 0 else end
        if "|" in text[line:end]:
            for m in _FIELD.finditer(text, line, end):
                if norm_key(m.group()) in known:
                    yield m.start(), m.group()
        line = end + 1
    body = text.rstrip()
    last = body.rfind("\n") + 1
    if 0 < last and len(body) - last <= 40 and norm_key(body[last:]) in known:
        yield last, body[last:]  # a known publication alone on the last line: "La Presse Canadienne"


_FIELD = re.compile(r"[^|\s][^|\n]*?(?=[ \t]*(?:\||$))", re.M)
_CREDIT_AND = re.compile(r"[ \u00a0]+(?:et|and)[ \u00a0]+")


def credit_line(text: str) -> Iterable[tuple[int, str]]:
    """(offset, name) of the credit line an article may end with ("— Boursier.com",
    "– AFP", "— Avec NC la 1ère", "(Avec TAP)", a wire's "(ats)"): a dash, then a
    domain or a short capitalised name, or "(avec X)", alone on the last line."""
    m = _CREDIT.search(text, max(0, len(text) - 70)) or _END.search(text, max(0, len(text) - 400))
    if m is not None:
        group = "name" if m.group("name") else "agency" if m.groupdict().get("agency") else "with"
        name = m.group(group)
        if is_domain(name.lower()) or group == "agency" or name[:1].isupper() and len(name.split()) <= 4 and not any(c in name for c in ".!?:;,"):
            at = m.start(group)
            for sep in _CREDIT_AND.finditer(name):  # "(Avec AOF et AFP)": two credits
                yield at, text[at : m.start(group) + sep.start()]
                at = m.start(group) + sep.end()
            yield at, text[at : m.end(group)]


def resembles(name: str, host: str, pub_of_host: int | None = None, pub_of_name: int | None = None) -> bool:
    """Whether a publication's ``name`` and a web ``host`` are the same one: the
    publication list says so, or the name's letters are the domain's ("Les
    Echos", lesechos.fr; "Terre-net", terre-net.fr)."""
    if pub_of_host is not None and pub_of_host == pub_of_name:
        return True
    label = host.lower().removeprefix("www.").partition(".")[0].replace("-", "")
    compact = "".join(c for c in unicodedata.normalize("NFKD", name.lower()) if c.isalnum() and c.isascii())
    compact = compact.removesuffix(host.lower().partition(".")[2].replace(".", ""))  # "Boursier.com"
    return bool(label) and bool(compact) and (label in compact or compact in label)


def letters_of(name: str) -> str:
    """A name's letters and digits, without a leading article: "The Chronicle Herald" and "thechronicleherald" -> "chronicleherald"."""
    compact = "".join(c for c in unicodedata.normalize("NFKD", name.lower()) if c.isalnum() and c.isascii())
    return next((compact[len(a) :] for a in ("the", "les", "le", "la") if compact.startswith(a) and len(compact) > len(a) + 3), compact)


def is_domain(field_text: str) -> bool:
    return _DOMAIN_FIELD.fullmatch(field_text.strip()) is not None


def with_scheme(url: str) -> str:
    return url if "://" in url else "https://" + url


def host_of(url: str) -> str | None:
    return urlsplit(with_scheme(url)).hostname


def field_date(field_text: str, lang: str) -> _dt.date | None:
    """The date a whole list field states ("3 novembre 2025"), else None; the
    article's language first, then French and English."""
    if len(field_text) > 40 or not _DIGIT.search(field_text):
        return None
    for code in dict.fromkeys((lang, "fr", "en")):
        d = parse_date(field_text, code)
        if d is not None:
            return d
    return None


def legal_joined(fields: list[str]) -> list[str]:
    """``fields`` with a legal form put back on the name before it ("Halden Systems, Inc.")."""
    legal, out = words().legal, []
    for f in fields:
        if out and (f in legal or f.rstrip(".") in legal):
            out[-1] = f"{out[-1]}, {f}"
        else:
            out.append(f)
    return out


_DATA_TAIL = re.compile(r"(?<=\S) (?:data|figures|estimates|calculations|données|chiffres|estimations|calculs)\Z")


def without_data_word(fields: list[str]) -> list[str]:
    """``fields`` of a source line without the word for data after a provider's
    name ("Source: LSEG data, company statements" cites LSEG)."""
    return [_DATA_TAIL.sub("", f) if f[:1].isupper() else f for f in fields]


def title_like(name: str) -> bool:
    """A publication's name as written: every word capitalised but the small ones."""
    return all(w[:1].isupper() or w in ("de", "du", "des", "la", "le", "of", "the", "and", "et") for w in name.split())


def as_written(text: str, mentions: set[tuple[int, int]], name: str, forms_of: tuple[str, ...]) -> str | None:
    """The form an article writes a listed publication in, when it never writes the
    list's name ("TAP", "Bloomberg News", "MF-Milano Finanza"), with the article a
    contraction ate back on ("du Parisien": "Le Parisien", "the Wall Street Journal")."""
    forms = [text[s:e] for s, e in sorted(mentions) if not is_domain(text[s:e].lower())]
    if not forms or any(_letters(f) == _letters(name) for f in forms):
        return None  # (the list's name, however spaced or cased: "PRNewswire", "GLOBE NEWSWIRE")
    written = max(dict.fromkeys(forms), key=forms.count)
    keys: dict[str, str] = {}
    for f in forms_of:
        keys.setdefault(norm_key(f), f)  # the first form of a key: the list's name ("L'Agefi", not its "L’Agefi")
    return next((keys[k] for a in ("Le ", "La ", "Les ", "L'", "The ") if (k := norm_key(a + written)) in keys), written)


def _letters(name: str) -> str:
    return "".join(c for c in norm_key(name) if c.isalnum())


def capitals_ok(surface: str, form: str) -> bool:
    """Whether each capitalised word of a publication's name keeps its capital
    where the text writes it: "The deal" is not "The Deal", "Nikkei business
    daily" not "Nikkei Business"."""
    words, written = form.split(), surface.split()
    return len(words) < 2 or len(words) != len(written) or all(
        not f[:1].isupper() or w[:1].isupper() or not w[:1].isalpha() for f, w in zip(words, written)
    )


def name_positions(text: str, name: str) -> Iterable[int]:
    """Where ``name`` is written in ``text`` as whole words."""
    s = text.find(name)
    while s >= 0:
        e = s + len(name)
        if (s == 0 or not text[s - 1].isalnum()) and (e >= len(text) or not text[e].isalnum()):
            yield s
        s = text.find(name, s + 1)
