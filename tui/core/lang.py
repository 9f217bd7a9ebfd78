"""Language detection by stopword frequencies (no model, no network).

``detect_language`` samples the start of the text (about 20 KB), counts the
frequent function words of each language listed in ``data/lang_stopwords.json``
and returns the language with the most hits.  French and English are the target
languages; German, Spanish and Italian are recognised too.  When the sample has
too few function words to decide, two French accented letters make it French;
otherwise the default is "en".
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).with_name("data")
SAMPLE_CHARS = 20_000
MIN_HITS = 3
DEFAULT = "en"

_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=1)
def _stopwords() -> dict[str, frozenset[str]]:
    """Stopword sets per language, lower-cased, loaded once."""
    raw = json.loads((DATA / "lang_stopwords.json").read_text(encoding="utf-8"))
    return {lang: frozenset(w.lower() for w in words) for lang, words in raw.items() if not lang.startswith("_")}


@lru_cache(maxsize=1)
def _word_to_langs() -> dict[str, tuple[str, ...]]:
    """Reverse index word -> languages using it (a word counts for each)."""
    index: dict[str, list[str]] = {}
    for lang, words in _stopwords().items():
        for word in words:
            index.setdefault(word, []).append(lang)
    return {w: tuple(langs) for w, langs in index.items()}


def language_scores(text: str) -> dict[str, int]:
    """Stopword hits per language in the first ``SAMPLE_CHARS`` characters."""
    index = _word_to_langs()
    scores = dict.fromkeys(_stopwords(), 0)
    for word in _WORD.findall(text[:SAMPLE_CHARS].lower()):
        for lang in index.get(word, ()):
            scores[lang] += 1
    return scores


def detect_language(text: str) -> str:
    """Return "fr", "en" (or "de", "es", "it") for ``text``; "en" when unsure."""
    scores = language_scores(text)
    best = max(scores, key=lambda lang: (scores[lang], lang == DEFAULT))
    if scores[best] < MIN_HITS:  # too short to count words: French accents, or the default
        if scores[best] >= 2 and not any(v for lang, v in scores.items() if lang != best):
            return best  # a few words, all of one language ("Paris, le 3 novembre – X annonce une levée")
        sample = text[:SAMPLE_CHARS]
        return "fr" if sum(sample.count(c) for c in _FRENCH_MARKS) >= 2 else DEFAULT
    return best


_FRENCH_MARKS = ("é", "è", "ê", "à", "ç", "ù", "œ", "É")
