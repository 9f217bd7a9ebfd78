"""The sign "¥": the yen, or the yuan in a text about China.

Babel's tables read "¥" as the Japanese yen.  Chinese texts and the wires that
cover China write the yuan with the same sign ("shares jumped 8.7% in Shanghai
to ¥48.20"), so a text that names China at least twice and
never Japan (``yen_sign`` in ``data/currency_words.json``) reads its "¥" as CNY; a
"JP¥" or "CN¥" keeps what it says.
"""

from __future__ import annotations

import dataclasses

from .currencies import word_data
from .currency_context import cue_count
from .model import Figure


def apply(figures: list[Figure], low: str) -> list[Figure]:
    """``figures`` with the yen sign read as the yuan where the text is about China (see the module doc)."""
    signs = [i for i, f in enumerate(figures) if f.kind == "money" and f.currency == "JPY" and "¥" in f.text and "JP¥" not in f.text]
    if not signs:
        return figures
    cues = word_data()["context_currencies"]["yen_sign"]
    china, japan = (sum(cue_count(low, c, 0, len(low)) for c in cues[code]) for code in ("CNY", "JPY"))
    if china < 2 or japan:
        return figures
    out = list(figures)
    for i in signs:
        out[i] = dataclasses.replace(out[i], currency="CNY")
    return out
