"""Which of an article's companies are one: the entries :mod:`tui.core.companies`
found that are other names of another entry found in the same article.

* An unknown name that begins exactly one longer unknown name is its short
  form ("Helix" -> "Helix Orbital", "OSE" -> "OSE Immunotherapeutics"), unless
  the rest is a country, which makes a subsidiary ("Vertal" / "Vertal
  Iberia"), or the short name comes first below the title, which makes a
  parent ("le groupe Freudenberg se sépare de Freudenberg Filtration
  Technologies").  A headline's short form does not count as first.
* A curated name that another curated name extends by a legal form is that
  company where the article names both ("Mitsubishi" -> "Mitsubishi
  Corporation"; the pairs are read from the data, see
  :func:`tui.core.company_data.gazetteer`).
"""

from __future__ import annotations

from typing import Iterable

from .company_anchors import place_tail
from .company_data import Mention


def _first_mentions(text: str, mentions: Iterable[Mention]) -> dict[int, int]:
    """Entry -> where it is first named below the title (a title mention counts after the body)."""
    title = text.find("\n", 0, 250) + 1
    first: dict[int, int] = {}
    for m in mentions:
        at = m.start if m.start >= title else m.start + len(text)
        first[m.entry] = min(first.get(m.entry, at), at)
    return first


def short_forms(text: str, mentions: list[Mention], unknown_names: list[str], entries: Iterable[int]) -> dict[int, int]:
    """Unknown entry -> the longer unknown entry it is the short form of (see above)."""
    toks = {i: unknown_names[-10 - i].split() for i in entries if i <= -10}
    if len(toks) < 2:
        return {}
    first = _first_mentions(text, mentions)
    by_first: dict[str, list[int]] = {}
    for i, t in toks.items():
        by_first.setdefault(t[0], []).append(i)
    out = {}
    for a, ta in toks.items():
        longer = [b for b in by_first[ta[0]] if len(toks[b]) > len(ta) and toks[b][: len(ta)] == ta]
        if len(longer) == 1 and first[longer[0]] < first[a] and place_tail(" " + " ".join(toks[longer[0]][len(ta) :]), 0) < 0:
            out[a] = longer[0]
    return out


def merges(
    text: str, mentions: list[Mention], unknown_names: list[str], parent: dict[int, int], ok: set[int]
) -> dict[int, int]:
    """Entry -> the entry it is merged into, among the confirmed entries ``ok``
    (a curated short name merged into its legal-form parent counts as confirmed)."""
    out = short_forms(text, mentions, unknown_names, ok)
    out.update((m.entry, parent[m.entry]) for m in mentions if m.entry in parent and parent[m.entry] in ok)
    return out
