"""Sums in "dollars" said in a quotation, read as the speaker's dollar.

A writer marks the currencies ("NZ$265m", "US$25 million"); a speaker does
not.  A sum in "dollars" (words, no sign: "fifty thousand dollars", "a
fifty-million-dollar deal") inside a direct quotation of an English text is:

* the dollar of an amount the text writes explicitly with the same value
  ("S$620 million ... 'Six hundred and twenty million dollars sounds like a
  lot'"), when only one dollar has it;
* else the dollar of the one dollar country the speaker's paragraph names
  (or, where it names several, the speaker's sentence), when the text names it
  three times or more and twice as often as the United States;
* else, in a paragraph that names none, the dollar of the country the text is
  about (named three times or more, twice as often as any other).

The last two do not apply in a text whose bare "$" is the US dollar (a US
release's chief executive means it too); a rate line's "$1" ("($1 = 1.6920
New Zealand dollars)") says nothing of that.

Before all these, quoted or not, a sum in dollar words whose own sentence
marks one dollar other than the US one, by an amount or by name, is in that
dollar ("NZ$0.04 more per cap, 'nothing on a twenty-dollar Sauvignon Blanc'";
"a forty-dollar saving per hour, in New Zealand dollars"); one outside a
quotation is in the dollar the text marks with its sign three times as often
as any other ("NZ$14,800 … NZ$3,900 … another unit for eight thousand dollars").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .currency_context import cue_count, home_counts, named_dollars, own_us, rewrite, sentence_span
from .dollar_countries import home_dollars, us_places
from .model import Figure

_QUOTES = (("“", "”"), ("«", "»"))


def quoted(text: str, pos: int) -> bool:
    """Whether ``pos`` is inside a direct quotation of its paragraph."""
    before = text[text.rfind("\n", 0, pos) + 1 : pos]
    return any(before.count(o) > before.count(c) for o, c in _QUOTES) or before.count('"') % 2 == 1


def _restated(figures: list[Figure], marked: frozenset[str]) -> dict[float, str]:
    """Amount -> the one dollar (not the US one) the text writes it in explicitly."""
    seen: dict[float, set[str]] = {}
    for f in figures:
        if f.kind == "money" and not f.implied and f.currency in marked and f.amount is not None and f.amount >= 1000:
            seen.setdefault(f.amount, set()).add(f.currency)
    return {amount: next(iter(codes)) for amount, codes in seen.items() if len(codes) == 1}


def spoken(figures: list[Figure], text: str, low: str | None, lang: str | None) -> list[Figure]:
    """``figures`` with the sums in "dollars" said in a quotation read as above."""
    if lang == "fr" or "dollar" not in text and "bucks" not in text:
        return figures
    us = own_us()
    worded = [f for f in figures if f.kind == "money" and f.currency == "USD" and not f.implied and "$" not in f.text
              and f.text.lower().endswith(("dollars", "-dollar", "bucks")) and not us.search(f.text)]  # ("a million bucks")
    if not worded:
        return figures
    low = low if low is not None else text.lower()
    changed = _sentence_dollars(figures, worded, low)
    said = [f for f in worded if f.start not in changed and quoted(text, f.start)]
    if (told := [f for f in worded if f.start not in changed and f not in said]) and (mine := _marked_dollar(figures, us)):
        changed.update((f.start, mine) for f in told)  # ("NZ$14,800 … NZ$3,900 … buy another unit for eight thousand dollars")
    countries = home_dollars()
    again = _restated(figures, frozenset(code for code in countries if code != "USD"))
    changed.update((f.start, again[f.amount]) for f in said if f.amount in again)
    said = [f for f in said if f.start not in changed]
    if not said or any(f.currency == "USD" and "$" in f.text and not us.search(f.text) and f.amount != 1 for f in figures):
        return rewrite(figures, changed)  # (a text whose bare "$" is the US dollar, a US release's, means it when its chief executive speaks)
    counts = home_counts(low)
    us_count = counts.pop("USD")
    ranked = sorted(counts.values(), reverse=True)
    home = max(counts, key=lambda code: counts[code]) if ranked[0] >= max(3, 2 * us_count) and ranked[0] >= 2 * ranked[1] else None
    for f in said:  # (a digest's quote from a company of another country names none: "Las Vegas Sands ... 'three billion dollars'")
        lo, hi = low.rfind("\n", 0, f.start) + 1, low.find("\n", f.end) % (len(low) + 1)
        named = [code for code, cues in countries.items() if code != "USD" and any(cue_count(low, c, lo, hi) for c in cues)]
        if len(named) > 1:  # (the speaker's own sentence may name one: "X, who runs a stall in Geelong, was blunt: 'A forty-dollar record…'")
            s_lo, s_hi = sentence_span(low, f.start)
            s_hi = min([s_hi] + [i for q in ('."', '.”') if (i := low.find(q, f.end, s_hi)) >= 0])  # (a quotation's last sentence)
            named = [code for code in named if any(cue_count(low, c, s_lo, s_hi) for c in countries[code])] or named
        if len(named) == 1 and counts[named[0]] >= max(3, 2 * us_count):
            changed[f.start] = named[0]
        elif not named and home is not None:
            changed[f.start] = home  # ("Someone offered us a fifty-million-dollar deal", in a Sydney blog)
    return rewrite(figures, changed)


def _sentence_dollars(figures: list[Figure], worded: list[Figure], low: str) -> dict[int, str]:
    """Start -> code of the sums in dollar words whose own sentence marks one other dollar,
    by an amount ("NZ$0.04-0.07 more per cap, 'nothing on a twenty-dollar Sauvignon Blanc'")
    or by name ("a forty-dollar saving per reviewer hour, in New Zealand dollars"), and names
    no US dollar nor a US place ("Las Vegas Sands says it will spend 'three billion dollars'")."""
    named = _named_dollars()
    marked = [f for f in figures if f.kind == "money" and not f.implied and "$" in f.text and f.currency is not None]
    us_cues = (*home_dollars()["USD"], *us_places())
    changed = {}
    for f in worded:
        lo, hi = sentence_span(low, f.start)
        codes = {g.currency for g in marked if lo <= g.start < hi} | {named[1][m.group().replace("dollars", "dollar")] for m in named[0].finditer(low, lo, hi)}
        if len(codes) == 1 and (code := next(iter(codes))) != "USD" and not any(cue_count(low, c, lo, hi) for c in us_cues):
            changed[f.start] = code
    return changed


@lru_cache(maxsize=1)
def _named_dollars() -> tuple[re.Pattern[str], dict[str, str]]:
    """(a dollar other than the US one named by its country, "new zealand dollar(s)", its singular -> its code)."""
    names = {name.replace("dollars", "dollar"): code for name, code in named_dollars().items() if code != "USD"}
    alt = "|".join(re.escape(n).replace("dollar", "dollars?") for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"\b(?:{alt})\b"), names


def _marked_dollar(figures: list[Figure], us: re.Pattern[str]) -> str | None:
    """The one dollar other than the US one a text marks with its sign ("NZ$420") three times or more,
    three times as often as any other, and with no bare "$" in US dollars: a writer's own dollar."""
    counts: dict[str, int] = {}
    for f in figures:
        if f.kind == "money" and "$" in f.text and f.currency is not None and not f.implied:
            if f.currency == "USD" and not us.search(f.text):
                return None  # (a bare "$" read as the US dollar: the text's own dollar is that one)
            counts[f.currency] = counts.get(f.currency, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked and ranked[0][0] != "USD" and ranked[0][1] >= 3 and all(ranked[0][1] >= 3 * n for _, n in ranked[1:]):
        return ranked[0][0]
    return None
