"""Whether two amounts joined by "to", "à" or "from … to" are one range or a change (two figures).

The grammar of :mod:`tui.core.money` reads "entre 80 et 90 milliards" and
"revenue of $41 billion to $41.3 billion" as ranges; the words around the pair
here say when it is a change instead: a verb of change just before it ("rose
3% to 5%", "est passé de … à"), a target or a price changed ("abaisse son
objectif de cours de 210 à 185 euros"), a change by an amount to a level
("lifted the rebate by A$12 to A$371.50"); and when a pair after such a verb
is still one range: a spread ("prices range from $1.2m to $14m"), the old
range a new guidance replaces ("to between $455 million and $470 million,
from $420 million to $435 million"), how much something changed ("ont grimpé
de 4 % à 6 % en deux ans").
"""

from __future__ import annotations

import re


#: a verb of change just before an amount: "rose 3% to 5%" and "from $7bn to $8bn" are two figures
CHANGE_BEFORE = re.compile(
    r"(?i:\b(?:from|rose|rise[sn]?|rising|fell|falls?|falling|(?:in|de)creas(?:ed?|es|ing)|grew|grows?|growing"
    r"|climb(?:ed|s|ing)?|jump(?:ed|s|ing)?|drop(?:ped|s|ping)?|declin(?:ed?|es|ing)|cut(?:s|ting)?|rais(?:ed?|es|ing)"
    r"|lift(?:ed|s|ing)?|lower(?:ed|s|ing)?|slipp?(?:ed|s|ing)?|gain(?:ed|s|ing)?|soar(?:ed|s|ing)?|surg(?:ed?|es|ing)"
    r"|slump(?:ed|s|ing)?|plung(?:ed?|es|ing)|tumbl(?:ed?|es|ing)|edg(?:ed?|es|ing)|boost(?:ed|s|ing)?"
    r"|reduc(?:ed?|es|ing)|expand(?:ed|s|ing)?|narrow(?:ed|s|ing)?|widen(?:ed|s|ing)?|went|go(?:es|ne|ing)?|mov(?:ed?|es|ing)|up|down"
    r"|pass(?:é|ée|és|ées|er|e|es|ent|ons|ez|era|eront|erons|erait|eraient|ait|aient|ant|a|èrent)\s+(?:de|d['’]environ)|(?:aug|di)minu(?:é|ée|er|e)\s+de|gagné|perdu|chuté\s+de|grimpé\s+de|reculé\s+de"
    r"|(?:progress|recul|augment|baiss|bondi|grimp|chut|redress|amélior|dégrad)(?:é|ée|e|ent|ait|era|eront|erait|t|s)?\s+de|(?:port|relev|abaiss|rehauss|ramen|remont|rédui)(?:é|ée|és|ées|t|te|ts|tes)\s+de)"
    r"(?:\s+(?:by|about|around|some|nearly|almost|roughly|more\s+than|less\s+than))?\s*$)"
)
#: a spread before "from"/"de": "prices range from $1.2m to $14m", "cheques run from $15m to $40m",
#: "les loyers vont de 180 à 260 euros" (one range)
SPREAD_BEFORE = re.compile(r"(?i:\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|run|runs|running|span|spans|spanning|stretch(?:es|ing)?|vont|allant|va|s['’](?:échelonn|étal|étend)\w*|anything|anywhere|somewhere)\s*$)")  # ("negotiate anything from 8% to 15%")
#: a target, a price or a ratio changed: "abaisse son objectif de cours de 210 à 185 euros",
#: "porter sa marge d'Ebita de 7,4 % à 8 %", "porte ainsi sa participation de 8 % à 12 %" (two figures)
TARGET_CHANGE = re.compile(
    r"(?i:\b(?:rel[eè]v|abaiss|rehauss|rédui|ramen|ramèn|remont|port|coup|baiss|augment|pass)[a-zéèê]{0,7}[ \u00a0]+(?:ainsi\s+|donc\s+|encore\s+|désormais\s+|dans\s+la\s+(?:nuit|matinée|soirée|journée)\s+)?"
    r"(?:son|sa|ses|leur|leurs|le|la|les|l['’])\s*(?:[^.;:!?\d\n]|\.(?=[a-z])){0,60}\bd[e'’]\s*$"  # (not across a line: "Objectifs relevés / Le groupe attend … de")
    r"|\bpass(?:e|ent|era|eront|erait|ait|é|ée)\s+(?:au|à\s+partir\s+du|dès\s+le|le|en)\s+[^.;:!?]{1,30}?\bde\s*$)"  # "passera au 1er janvier de 95 € à 110 euros"
)


def change_verb(text: str, lo: int, pos: int) -> re.Match[str] | None:
    """:data:`CHANGE_BEFORE` between ``lo`` and ``pos``, unless the change is still to come:
    "expects prices to rise 8% to 10%", "will raise RM180mil to RM200mil" are ranges."""
    verb = CHANGE_BEFORE.search(text, lo, pos)
    at = verb.start() - 3 if verb and verb.group()[:2].lower() in ("up", "do") and text.endswith("go ", 0, verb.start()) else verb.start() if verb else 0
    return None if verb and text.endswith(_EXPECTED, max(0, at - 8), at) else verb  # (also "prices would go up by 15% to 20%")


_EXPECTED = ("to ", "will ", "would ", "could ", "should ", "might ", "may ")


NOW = re.compile(r"(?i:\b(?:désormais|dorénavant|now)[ \u00a0]+(?:(?:fixée?s?|établie?s?|set|pegged)[ \u00a0]+(?:at[ \u00a0]+)?)?(?:de|from|entre|between)?[ \u00a0]*\Z)")  # ("désormais fixé de 12 % à 14 %")


def changed_before(text: str, bound: int, pos: int) -> bool:
    """A verb of change (not "up", "down"; "from" after one: "rose from") or a
    changed target ("abaisse son objectif de") just before ``pos`` (not before ``bound``)."""
    lo = max(bound, pos - 60)
    if NOW.search(text, lo, pos):
        return False  # "relève sa prévision, désormais de 6,9 à 7 Mds$": the new range
    verb = change_verb(text, max(lo, pos - 24), pos)
    if verb and verb.group().split()[0].lower() == "from":
        verb = change_verb(text, max(lo, verb.start() - 24), verb.start())
    return bool(verb and verb.group().split()[0].lower() not in ("from", "up", "down")) or bool(TARGET_CHANGE.search(text, lo, pos))


_PERCENT_THEN = r"[-−]?\d+(?:[.,]\d+)?[ \u00a0\u202f]?%[ \u00a0]+"  # a second percentage, then the words after it
_YEARLY = r"par an|l['’]an|a year|per year|per annum|annually"
#: after a second percentage, what makes the pair the range of a change, not two levels
RATE_RANGE = re.compile(
    rf"{_PERCENT_THEN}(?:{_YEARLY}|par rapport|selon|en moyenne|sur un an|en (?:un|deux|trois|quatre|cinq|six|dix|\d+) ans?"
    r"|year[- ]on[- ]year|compared (?:with|to)|in the (?:first|second) half|in the (?:first|second|third|fourth) quarter|since|depuis)\b"
)
PER_YEAR = re.compile(rf"{_PERCENT_THEN}(?:{_YEARLY})\b")  # a yearly rate: a range even of a share
OLD_RANGE = re.compile(r"\b(?:between|to)\b(?:[^.;!?\n]|\.(?=\d)){1,40}(?:\d|\b(?:million|billion|bn|mn|m))[ \u00a0]*,?[ \u00a0]+(?:up[ \u00a0]+|down[ \u00a0]+)?from[ \u00a0]+\Z")  # a new figure, "from"
PASS = re.compile(r"(?i:\bpass\w*[ \u00a0]+(?:de[ \u00a0]+)?\Z)")  # "passe de 12 % à 18 %": two levels
LEVEL = re.compile(r"(?i:\b(?:part|parts|taux|marge|proportion|poids|share|rate|margin)\b[^.;!?\n]{0,60}\Z)")  # "la part … a progressé de 22 % à 31 % en quatre ans": two levels
#: a change by an amount to a level five times it or more: "lifted the rebate for an MRI by A$12 to A$371.50" (two figures; "cut costs by $5m to $7m": a range)
BY_CHANGE = re.compile(r"(?i:\b(?:rais|lift|increas|boost|hik|cut|trim|lower|reduc|slash)\w*\b[^.;!?\n\d]{0,60}\bby $)")


#: the pair before "et de" / "and from": "passe de 21,4 % à 22,0 % et de 11,8 % à 12,1 %" (the second pair changes too)
_PAIR_BEFORE = re.compile(r"\b(?:de|from)[ \u00a0]+\S{1,12}(?:[ \u00a0\u202f]?%)?[ \u00a0]+(?:à|to)[ \u00a0]+\S{1,12}(?:[ \u00a0\u202f]?%)?,?[ \u00a0]+(?:et|and)[ \u00a0]+(?:(?:de|from)[ \u00a0]*)?\Z")


def coordinated_change(text: str, pos: int) -> re.Match[str] | None:
    """The verb of change before the pair that "et de" / "and from" at ``pos`` continues."""
    pair = _PAIR_BEFORE.search(text, max(0, pos - 60), pos)
    return change_verb(text, max(0, pair.start() - 24), pair.start() + (2 if text[pair.start()] == "d" else 4)) if pair else None

#: a noun whose "de" is its own, not the range's: "une levée de 5 à 8 M€", "de l'ordre de 500 à 600 M€", "à hauteur de 5 à 10 %"
OF_NOUN = re.compile(r"(?i:\b(?:l['’]ordre|hauteur|levées?|tours?|enveloppes?|objectifs?)[ \u00a0]+\Z)")  # (not after a comma: "une levée, de 3 à 4 M€" is the range's)
#: a verb that changes a quantity by an amount, before its object ("réduire ses coûts de 15 % à 20 %": by 15 to 20 %, one range)
BY_AMOUNT = re.compile(r"(?i:(?:rédui|diminu|baiss|augment|coup)[a-zéèê]{0,7}\s+(?:son|sa|ses|leur|leurs|le|la|les|l['’]))")
#: a verb of falling: a change it names ends lower, so "réduites de 20 % à 30 %" says by how much and "down from 25% to
#: 30% a decade ago" gives the old level (one range each)
FALLING = re.compile(r"(?i:fell|falls?|falling|down|drop|declin|cut|lower|slip|slump|plung|tumbl|reduc|narrow|diminu|chut|recul|baiss|abaiss|rédui|ramen|ramèn)")
NEXT_NUMBER = re.compile(r"[ \u00a0]*\d+(?:[.,]\d+)?(?![\d.,]*\d)")  # (a plain number: "30", "12,5"; not "1 300" nor "1.300.000")
