"""The Canadian dollar of a French text about Quebec, written "$" as Quebec's press writes it
(:func:`regional_dollar`), and in a letter of items, item by item (:func:`item_dollars`)."""

from __future__ import annotations

import bisect
import re

from .currencies import word_data
from .model import Figure
from .text_blocks import in_capitals, item_starts, line_starts, paragraph_around


def regional_dollar(figures: list[Figure], text: str, low: str, lang: str | None, own_us: re.Pattern[str]) -> tuple[str, str] | None:
    """(code, "dollars") when a French text names Quebec ("Montréal", "Desjardins", "Hydro-Québec"...): Quebec's press
    writes its own dollars "$" ("1,2 G$", "350 M$") and US dollars "$ US"; not when the text writes a Canadian dollar
    explicitly ("dollars canadiens", "$ CA") and never marks a US one (unless it is datelined in Quebec: "MONTRÉAL, 24 mars
    2026 (AFP) - … 48 millions de dollars canadiens … entre 40 et 44 millions de dollars"), nor when it names Quebec fewer
    than three times and counts in euros: then a bare one is American, as the press of France writes it.  Its noun is "near"
    in a text of France's press (amounts in euros, no Quebec dateline): in a letter of numbered items, one that names no
    Quebec cue ("2. DUBAÏ – … (soit 41 M$)") keeps US dollars."""
    if lang != "fr":
        return None
    d = word_data()["context_currencies"]["regional_dollar"]
    cues = 0  # (up to three: a scan of the text per cue, stopped as soon as three are found)
    euros = any(f.currency == "EUR" and not f.implied for f in figures)
    for cue in d["cues"] if euros else [*d["cues"], *d["canada_cues"]]:  # (Toronto in the press of France: not a Canadian text)
        i = low.find(cue)
        while i >= 0 and cues < 3:
            cues, i = cues + 1, low.find(cue, i + 1)
    if not cues or cues < 3 and euros:
        return None  # (the press of France counts in euros and may name Montréal once or twice: its "dollars" are American)
    us_marked = any(f.currency == "USD" and own_us.search(f.text) for f in figures)  # (then "$" alone is the home one)
    quebec = cues >= 2 and any(f.text.endswith("G$") for f in figures)  # "1,1 G$": only Quebec's press writes billions so
    postfixed = not euros and sum(f.text.endswith("$") and f.currency == "USD" for f in figures) >= 3  # "318 $", "200 M$" again and again
    starts = line_starts(low[:800])  # (once, not once per cue)
    datelined = any(low.startswith((f"{c},", f"{c} (", f"{c}\u00a0(", f"{c} —", f"{c} -"), i + 1) and not in_capitals(text[i + 1 : text.find("\n", i + 1)]) for c in d["cues"] for i in starts)  # (not a letter's heading: "QUÉBEC — BIRKS REPREND …")
    return None if not (us_marked or quebec or postfixed or datelined) and any(f.currency == d["code"] and not f.implied for f in figures) else (d["code"], "dollars" if datelined or not euros else "near")


def item_dollars(dollars: list[Figure], text: str, low: str, own_us: re.Pattern[str]) -> dict[int, str]:
    """Start -> "CAD" of the bare "$" amounts of a French letter's item that names Quebec, where the
    text as a whole declares no dollar ("2. CANADA — À Montréal, Bagels Saint-Urbain … Une douzaine de bagels y
    coûte 16,80 $"): the item's own dollar, as its neighbours' are American."""
    items = item_starts(low, text)
    if len(items) < 2:
        return {}
    d = word_data()["context_currencies"]["regional_dollar"]
    cues = d["cues"]  # (Quebec's: a Toronto firm's "400 M$" in a letter of France's press is American)
    out = {}
    for f in dollars:
        i = bisect.bisect_right(items, f.start)
        heading = low[items[i - 1] : max(items[i - 1], low.find("\n", items[i - 1], f.start))] if i else ""
        item = paragraph_around(low, f.start) + heading  # (its paragraph and its item's heading line)
        if "$" in f.text and not own_us.search(item) and not _CONVERTED.search(low, max(0, f.start - 30), f.start) and any(c in item for c in cues):
            out[f.start] = d["code"]  # (not a conversion: "65 millions de dollars canadiens (environ 47 M$)", nor in an item that marks a US dollar)
    return out


_CONVERTED = re.compile(r"(?:\(|\bsoit|\benviron|\breprésente|\bquelque)[^.;()\d]{0,20}\Z")
