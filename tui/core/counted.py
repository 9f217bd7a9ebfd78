"""Numbers that count things, not money: a scaled number before a count noun
("2 millions d'actions", "10 million users"), or after words that count people
("a population of about five million"); read by the money grammar, which leaves
such numbers out or keeps them from taking an implied currency."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .currencies import tables, word_data
from .numbers import SP, spelled_tables


@dataclass(frozen=True, slots=True)
class _CountRx:
    de_word: re.Pattern[str]
    words: re.Pattern[str]
    de_ok: frozenset[str]
    nouns: frozenset[str]
    stop: frozenset[str]
    function_words: frozenset[str]


@lru_cache(maxsize=1)
def _count_rx() -> _CountRx:
    data = word_data()
    return _CountRx(
        de_word=re.compile(rf"{SP}(?:(?i:de){SP}|[dD]['’])(?P<w>\w+)"),
        words=re.compile(rf"(?:{SP}(?P<w>[^\W\d_][\w-]*(?:(?:\.[^\W\d_]+)+\.?)?)){{1,4}}"),  # (an abbreviation is a word: "1.2 million U.S. patients")
        de_ok=frozenset(data["de_ok"]),
        nouns=frozenset(w.lower() for w in data["count_nouns"]),
        stop=frozenset(data["count_stop_words"]),
        function_words=frozenset(data["function_words"]),
    )


@lru_cache(maxsize=1)
def _count_heads() -> re.Pattern[str]:
    alt = "|".join(map(re.escape, word_data()["count_heads"]["words"]))
    return re.compile(rf"(?i:\b(?:{alt})\b)[^\d.;!?()\n]{{0,40}}\Z")  # (also across a colon: "H shares offered: 264.5 million")


def counted_before(text: str, pos: int) -> bool:
    """True when a word a few words before ``pos`` shows that the number there
    counts people ("a population of about five million", "2 millions
    d'habitants" is :func:`counts_things`), or when it stands alone in brackets
    after a bracketed count ("Nestlé (2,1 millions de titres), UBS (1,8 million)");
    only asked of amounts without a currency."""
    if (h := _count_heads().search(text, max(0, pos - 56), pos)) is not None and not _PAID_IN.search(text, max(0, h.start() - 30), h.start()) or _COUNT_REACHED.search(text, max(0, pos - 60), pos):
        return True  # (not after an amount paid in them: "210 M€ en actions nouvelles et 80 millions en obligations")
    if (prev := _SCALED_BEFORE.search(text, max(0, pos - 100), pos)) and _COMPARED.search(text, prev.end(), pos) and not _MONEY_BEFORE.search(
        text, max(0, prev.start() - 12), prev.start() + 1  # ("¥420 billion of shares, up from 310 billion": money, not a count)
    ) and (
        (noun := _NEXT_WORD.match(text, prev.end())) and not _currency_word(noun.group(1)) and not text.startswith(_spaced_symbols(), noun.start(1))
        and counts_things(text, prev.end(), "en")  # (not "6,9 milliards de F CFP, contre 6,1 milliards")
    ):
        return True  # "15.2 billion shares, compared with the 14.1 billion average": the same count
    if (label := _LABEL.search(text, max(0, pos - 60), pos)) and any(w.lower() in _count_rx().nouns for w in _WORD.findall(label.group(1))):
        return True  # a fact box's line that names what it counts: "Bottles sold: 1.6 million", "- Hatching eggs set per year: 48 million"
    if text[pos - 1 : pos] != "(" or (m := _BRACKETED.search(text, max(0, pos - 240), pos)) is None:
        return False
    w = _count_rx().de_word.match(text, m.end("scale"))
    return w is not None and (noun := w.group("w").lower()) not in _count_rx().de_ok and noun not in tables().words


@lru_cache(maxsize=1)
def _spaced_symbols() -> tuple[str, ...]:
    """The currency symbols written in two parts ("F CFP", "$ US")."""
    return tuple(s for s in tables().symbols if any(c in s for c in " \u00a0\u202f"))


def _currency_word(word: str) -> bool:
    t = tables()
    return word.lower() in t.words or word in t.symbols or word.upper() in t.codes


_ARTICLE_NOUN = re.compile(r"(?:[ \u00a0]|['’])(\w+)")  # the noun after "de la", "de l'"
_ARTICLE_NAME = re.compile(r"(?:la[ \u00a0]|l['’])([A-ZÉ]\w+|famille)")
_COUNT_REACHED = re.compile(  # "active customers reached 21 million", "les abonnés ont atteint 3,2 millions"
    r"(?i:\b(?:customers|users|subscribers|members|clients|abonnés|utilisateurs|membres|downloads|téléchargements|accounts|comptes)"
    r"(?: \w+)? (?:reached|rose to|grew to|climbed to|topped|totall?ed|hit|passed|exceeded|a atteint|ont atteint|atteint|atteignent"
    r"|dépasse|dépassent|s['’]élève à|s['’]élèvent à)(?: (?:about|some|nearly|almost|more than|over|environ|près de|plus de))? \Z)"
)
_PAID_IN = re.compile(r"(?:[€$£¥]|\b(?:euros?|dollars?|francs?|livres?|pounds?|[A-Z]{3}))[ \u00a0]+(?:en|in)[ \u00a0]+\Z")
_NEXT_WORD = re.compile(r"[ \u00a0](?:de[ \u00a0]|d['’])?(\w+)")
_COMPARED = re.compile(r"(?i:\b(?:compared\s+(?:with|to)|against|versus|vs\.?|up\s+from|down\s+from|from|including|dont|y\s+compris|contre|par\s+rapport\s+à|après|sur\s+(?:un\s+)?total|(?:out\s+)?of\s+a\s+total|au\s+total|in\s+total)\b)")
_MONEY_BEFORE = re.compile(r"(?:[$€£¥₩]|\b[A-Z]{3})[ \u00a0]?[\d.,\u00a0 ]*\d\Z")  # a currency written before that number
_SCALED_BEFORE = re.compile(r"\d[ \u00a0](?:millions?|milliards?|billions?|mln|bn)(?=(?:[^.;!?\d]|(?<!\d)(?:19|20)\d\d(?!\d))*\Z)")  # (a year between: "à l'horizon 2027, contre")
_SCALED = r"\(\d[\d\s.,\u00a0\u202f]*\s(?:millions?|milliards?|billions?|mille|thousand)\)"  # "(1,8 million)"
_BRACKETED = re.compile(
    rf"\(\d[\d\s.,\u00a0\u202f]*\s(?P<scale>millions?|milliards?|billions?|mille|thousand)\b[^()\n]{{0,30}}\)(?:[^()\n]{{0,60}}{_SCALED}){{0,4}}[^()\n]{{0,60}}\($"
)


_LABEL = re.compile(r"(?:^|\n)[-–•*·]?[ \u00a0]*([^\W\d_][^\d\n:.;!?]{0,50}):[ \u00a0]+(?:about |some |around |environ |près de )?\Z")  # a line's label
_PLURAL = re.compile(r"(?:[a-z]+-)*[a-z]{3,}s")  # "subscribers", "kilowatt-hours"
_WORD = re.compile(r"[^\W\d_][\w-]*")


_LENT = re.compile(  # (within the sentence: "un prêt de 3 millions d'euros du Crédit Agricole et de 1,2 million de Bpifrance")
    r"\b(?:prêt|ticket|financement|investissement|apport(?:é|ée|és|ées)?|chèque|crédit|dette|enveloppe|subvention|avance|emprunt|facilité|fonds propres|viennent|vient|proviennent)s?\b[^.;\n]{0,100}\Z"
)
_BOTH = frozenset(("and", "or", "et", "ou"))
_PEOPLE = re.compile(r"(?:ais|aises|ains|aines|ois|oises|iens|iennes|éens|éennes|ands|andes|ols|oles|ites|ins|ines|ons|onnes)\Z")


def counts_things(text: str, pos: int, lang: str) -> bool:
    """True when the words after a scaled number show it counts things, not money.

    "2 millions d'actions" (French "de" + a non-currency noun); "10 million
    users", "90 million weekly users", "25 million of its own shares" (a count
    noun among the next few words, before any preposition); in English also a
    plural noun right after the number ("5 million subscribers").
    """
    if text[pos : pos + 1] == "-" and text[pos + 1 : pos + 2].isalpha() or text.startswith((" of them", " d'entre eux", " d’entre eux", " d'entre elles", " d’entre elles"), pos):
        return True  # "a 12 billion-parameter model" (a currency after the hyphen is read before); "about 4 trillion of them"
    rx = _count_rx()
    if text.startswith(": ", pos) and (text[text.rfind("\n", 0, pos) + 1 :][:1] in "-–•*·" or (
        (m := rx.words.match(text, pos + 1)) and any(w.lower() in rx.nouns for w in _WORD.findall(m.group())[:2])
    )):
        return True  # a tracker's line: "- 2.4 million: H100-equivalent GPUs announced this quarter"; "4.1 million: agents in the Philippines"
    m = rx.de_word.match(text, pos)
    if m:  # (not a lender or a buyer: "un prêt de 50 millions de Bpifrance"; but "2 millions de Français")
        w = m.group("w")
        if w.isdigit():
            return False  # a year: "par rapport aux 37,1 millions de 2024"
        if w in ("la", "l") and (named := _ARTICLE_NAME.match(text, m.start("w"))):
            w = named.group(1)  # "un prêt de 150 millions de la Banque européenne d'investissement"
        elif w in ("la", "l") and (after := _ARTICLE_NOUN.match(text, m.end("w"))):
            w = after.group(1)  # "par rapport aux 37,9 millions de l'exercice précédent"
        lent = (w == "famille" or w[0].isupper() and w[1:2].islower() and not _PEOPLE.search(w)) and _LENT.search(text, max(0, pos - 130), pos)
        return w.lower() not in rx.de_ok and not lent
    m = rx.words.match(text, pos)
    if not m:
        return False
    values = spelled_tables()[0]
    for i, w in enumerate(_WORD.findall(m.group())):
        w = w.lower()
        if w in values and w not in ("a", "an", "un", "une"):
            return False  # "contre 780 millions deux ans plus tôt": the noun counts the next number
        if w in rx.nouns:
            return True
        if i == 0 and w == "of" or i == 1 and w in _BOTH:
            continue  # "25 million of its own shares"; "1.1 million residential and business customers"
        if w in rx.stop:
            return False
        if i <= 1 and lang != "fr" and _PLURAL.fullmatch(w) and w not in rx.function_words:  # ("2.1 million palm trees")
            return True
    return False
