"""Which dollar a bare "$" may mean: the dollar countries' words, the US
places, and news agencies' datelines ("OSLO, Sept 13 (Reuters) - ...").

An agency writes its bare "$" for the US dollar wherever it files from, except
from a dollar country of its own ("TORONTO (Reuters) -" means Canada's): the
place of the dateline tells which (see :mod:`tui.core.currency_context`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .currencies import word_data

_WIRES = r"reuters|bloomberg|ap|afp|dow jones|ians|pti|bernama|aap|kyodo"
# a line that opens with a place, maybe a date, then the agency in parentheses and a dash
_DATELINE = re.compile(rf"(?m)^(?P<place>[^\W\d][^\n()]{{1,60}}?)\s*\((?:{_WIRES})\)\s*(?:--?|[–—])")


def wire_place(low: str, head: int = 800) -> str | None:
    """The place (lower case, date included) of an agency's dateline in the first
    ``head`` characters of ``low`` (the text lower-cased), or None."""
    m = _DATELINE.search(low, 0, min(len(low), head))
    return m.group("place") if m is not None else None


def release_head(low: str, head: int = 800) -> bool:
    """Whether the first ``head`` characters of ``low`` (the text lower-cased) hold a newswire's tag: a company's
    press release ("--(business wire)--", "(globe newswire)", "/prnewswire/"), which leads with its own currency."""
    return "wire)" in low[:head] or "newswire" in low[:head]


_EACH = re.compile(r" (?:each|apiece|a (?:head|share|member)|per )")  # "NZ$28m, or about $390 each": a share of it, no conversion
_OR_ABOUT = re.compile(r",? or (?:about |roughly |around |some )?")  # between an amount and its conversion


def converts(figures: list[Any], low: str) -> bool:
    """Whether an amount written "$" converts another ("A$2.1 billion ($1.37 billion)", "¥1.9 trillion, or $12.2bn", "C$24 million, or about $17.6 million"):
    then a bare "$" is the US dollar, as the wires write it (``figures``: the text's money figures, in order)."""
    return any(f.text.startswith("$") and low[f.start - 1 : f.start] == "(" for f in figures) or any(
        f.text.startswith("$") and not e.text.startswith("$") and e.currency != "USD" and _OR_ABOUT.fullmatch(low, e.end, f.start) and not _EACH.match(low, f.end) for e, f in zip(figures, figures[1:]))


@lru_cache(maxsize=1)
def home_dollars() -> dict[str, list[str]]:
    """Dollar country code -> the words that name the country (``home_dollars`` in the data)."""
    return {code: cues for code, cues in word_data()["context_currencies"]["home_dollars"].items() if code != "_doc"}


@lru_cache(maxsize=1)
def us_places() -> tuple[str, ...]:
    """US states and cities beyond the United States' ``home_dollars`` cues (``us_places`` in the data)."""
    return tuple(word_data()["context_currencies"]["us_places"]["cues"])
