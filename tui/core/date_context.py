"""What the words just before a date say of it (read by :mod:`tui.core.dates`):
a publication or update marker ("publié le", "Updated"), a past or a coming
event ("depuis", "founded", "à compter du", "entrera en vigueur le", a verb in
the future tense: "donnera naissance au 1er janvier 2027"), or a publication
to come ("sera publié le 27 mars 2026"); a period's end ("the year ended 31 March 2037",
"l'exercice clos le 31 janvier") is no date of the text, and the date under a letter's
signature is the letter's."""

from __future__ import annotations

import re

PUBLISHED = re.compile(
    r"(?i:(?:publi[ée]e?s?\b|published|posted|paru|parution|mise?\s+en\s+ligne|(?<!petition )(?<!filing )(?<!hearing )(?<!record )(?<!bar )(?<!auction )(?<!objection )date(?:\s+de\s+publication)?\s*:)[^\n]{0,25}"
    r"(?<!\bby )(?<!\bbefore )(?<!\bavant )(?<!\bavant le )(?<!\bd'ici le )$)"  # (not a deadline: "must be published by April 2"; nor "publiera", to come)
)
UPDATED = re.compile(r"(?i:(?:mis|mise)\s+à\s+jour|modifi[ée]e?|actualis[ée]e?|updated)\b[^\n]{0,25}$", re.I)
HISTORICAL = re.compile(
    r"(?i:\b(?:depuis|since|fond[ée]e?s?|cr[ée][ée]e?s?|founded|established|born|n[ée]e?|"
    r"jusqu['’]|until|till|d['’]ici|by|avant|before|en\s+vigueur|prendra\s+effet|à\s+compter\s+du|à\s+partir\s+du|effective|takes\s+effect"
    r"|(?:loi|décret|ordonnance|arrêté|directive|règlement|décision|law|decree|act|decision)\s+(?:n[°o]\s*[\w-]+\s+)?(?:du|of|dated)"  # "la loi du 2 mai 2007", "Décision n° 66-DCC-041 du"
    r"|(?:petition|filing|hearing|record|bar|auction|objection)\s+dates?\s*:?"  # a case's events: "Petition date: March 8, 2052"
    r"|(?:year|quarter|period|half|weeks|months)\s+(?:ended|ending|to)|(?:clos|close|closes|clôturée?|achevée?|terminée?)\s+(?:le|au))"  # a period's end: "the year ended 31 March", "exercice clos le"
    r"(?:\s+(?:le|en|on|in|the|au|from))?\s*$)"
)
#: a future tense just before: an event to come ("donnera naissance au 1er janvier 2027", "will close on March 1, 2027")
TO_COME = re.compile(r"\b(?:[a-zéè]{2,}(?:era|eront|ira|iront|dra|dront)|will|shall)\b[^.;!?\n\d]{0,25}\Z")  # (lower case: not "Ferreira")
FUTURE = re.compile(r"(?i:\b(?:sera|seront|serait|seraient|will\s+be|would\s+be|to\s+be|doit\s+être|doivent\s+être|devrait\s+être)\s+\S+[^\n]{0,25}$)")
#: the date under a letter's signature: "Margaret Hollins\nChair\n12 June 2087" (the letter's date)
SIGNED = re.compile(
    r"\n[ \t]*(?:Chair|Chairman|Chairwoman|Chairperson|Chief Executive(?: Officer)?|CEO|Managing Partner|Président(?:e)?|Directeur général|Directrice générale)"
    r"[ \t]*\n[ \t]*$"
)
