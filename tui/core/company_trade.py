"""Company names that fixed shapes give away, and spans that name none.

* A ship's particulars in a sale-and-purchase report name its builder: "the
  Ocean Star (82,100 dwt, built 2015 Tsuneishi Zhoushan)", "the Cape Iris
  (180,200 dwt, 2011 Imabari)", "(1,700 TEU, 2008 Hanjin)": the yard is a
  company.  Found from the size unit, so it costs nothing on other texts.
* A qualifier in parentheses between a name and its legal form, as South
  Asian and southern African registers write them: "Smart Technologies (BD)
  Ltd", "Lanka Tiles (Pvt) Ltd", "Arkin (Private) Limited", "Vela (Pty) Ltd".
* A bank named in one word, "-bank" glued to it ("Orabank", "BGFIBank"), with
  the country of a subsidiary after it ("Orabank Gabon").
* A firm named "X & Y" where a verb or a complement shows it is one ("carried
  out by Morten Beyer & Agnew", "Bruchou & Funes de Rioja acted"), and the
  names that open a roundup's items, their trade in parentheses ("Nabla (IA
  médicale) annonce 24 M$").
* Former staff name their employer: "former Stripe engineers", "ex-Revolut
  executives".
* A number that opens an investor's name before an organisation word ("360
  Capital", "21 Partners"; not a year: "In 2019 Partners Group").
* A French trade-registry number ("RCS Nantes 512 345 678", "R.C.S. Paris B
  552 081 317"), a ministry named by its remit ("the Department for Work
  and Pensions", "le ministère de l'Économie et des Finances") and the names
  of a byline ("By Siobhán Kearney |") name no company: :func:`skipped_spans`
  are never company mentions.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .company_data import LOW, PHRASE, SP, UP, load_json, norm_key, phrase_before, trie_pattern, words
from .company_lists import FIRM_PARTICLES
from .company_tails import place_tail
from .source_fields import resembles
from .textscan import finditer_at, literal_positions

_UNITS = (" dwt", " DWT", "dwt,", " teu", " TEU", "TEU,", " cbm", " ceu", " CEU", " gt,", " GT,")
_PARTICULARS = re.compile(
    rf"\(\d[\d,.\u00a0\u202f ]*{SP}?(?:dwt|DWT|teu|TEU|cbm|ceu|CEU|gt|GT),{SP}"
    rf"(?:(?:built|blt|bt|construit|livré){SP}(?:(?:in|en){SP})?)?(?:19|20)\d\d,?{SP}(?:(?:by|at|par|chez){SP})?"
    rf"(?P<name>{PHRASE})\)"
)


def builder_names(text: str) -> list[tuple[int, int]]:
    """Spans of the shipyards named in ships' particulars (see the module doc)."""
    found, seen = [], set()
    for i in literal_positions(text, _UNITS):
        p = text.rfind("(", max(0, i - 16), i)
        if p < 0 or p in seen:
            continue
        seen.add(p)
        if (m := _PARTICULARS.match(text, p)) is not None:
            found.append(m.span("name"))
    return found


_QUALIFIER = re.compile(r"[ \u00a0]\((?:[A-Z]{2,3}|Pvt\.?|Private|Pty|PVT|Pte\.?|Pvt\.? ?Ltd|[A-Z][a-zà-ÿ]{3,12}(?: [A-Z][a-zà-ÿ]{2,8})?)\)[ \u00a0]\Z")  # ("(Singapore) Pte. Ltd.")


def qualifier_start(text: str, pos: int) -> int:
    """Where a qualifier in parentheses starts right before the legal form at
    ``pos`` ("Smart Technologies (BD) Ltd"); ``pos`` if there is none."""
    m = _QUALIFIER.search(text, max(0, pos - 26), pos) if text[pos - 2 : pos - 1] == ")" else None
    return m.start() + 1 if m else pos


_GLUED_BANK = re.compile(r"(?<![\w&@-])[A-Z][A-Za-z]{2,}(?:bank|banken|Bank)(?![\w&@-])")


def bank_names(text: str) -> list[tuple[int, int]]:
    """Spans of the banks named in one word (see the module doc)."""
    found = []
    for i in literal_positions(text, ("bank", "Bank")):
        if i < 3 or not text[i - 1].isalpha():
            continue
        j = i
        while j > 0 and text[j - 1].isalpha() and i - j < 24:
            j -= 1
        if (m := _GLUED_BANK.match(text, j)) is not None and m.end() in (i + 4, i + 6):
            end = place_tail(text, m.end())
            found.append((m.start(), end if end > 0 else m.end()))
    return found


_AMP_RIGHT = re.compile(
    rf"[&+]{SP}(?P<name>[{UP}][\w'’-]*(?:{SP}[{UP}][\w'’-]+){{0,2}}(?:{SP}(?:{FIRM_PARTICLES}){SP}[{UP}][\w'’-]+)?)(?![\w&'’-])"
)  # "& Agnew", "& Funes de Rioja", "& G de Saram"


_AMP_BEFORE = re.compile(rf"(?:\b(?:by|from|with|to|for|at|par|chez|de|du|avec)|,){SP}+\Z")
_AMP_AFTER = re.compile(
    rf"[.,;:)]|{SP}+(?:is|was|are|were|has|have|had|said|says|acted|advised|represented|est|a|ont|conseille|conseillent|a{SP}+conseillé)\b"
)


_PRESS_TAILS = frozenset(("Brief", "Briefing", "Newsletter", "Digest", "Letter", "Weekly", "Daily", "Bulletin", "Roundup", "Review", "Journal", "News"))


def ampersand_firms(text: str) -> list[tuple[int, int]]:
    """Spans of firms named "X & Y" ("Morten Beyer & Agnew", "Derivaz & Praz"),
    where the name is a complement ("by X & Y") or a clause ends or a verb
    follows it; not a heading or a noun's modifier ("Research & Development
    costs", "Oil & Gas majors").  "R&D", "S&P" (no spaces) are not of this shape."""
    found, suffixes = [], words().suffixes  # ("X & Co.", "X & Associés": the organisation words' rules)
    for i in literal_positions(text, (" & ", " + ")):  # (and a law firm's "Warner Norcross + Judd")
        m = _AMP_RIGHT.match(text, i + 1)
        if m is None or (head := m.group("name").split()[0]) in suffixes or head + "." in suffixes or m.group("name").split()[-1] in _PRESS_TAILS or m.group("name").endswith("-"):
            continue  # (not a newsletter's masthead: "The Grid & Hydrogen Brief"; nor a wire's dateline: "TURIN, Italy & CLEVELAND--(BUSINESS WIRE)")
        left = phrase_before(text, i)
        if left is not None and left[1] == i and (
            _AMP_BEFORE.search(text, max(0, left[0] - 8), left[0]) or _AMP_AFTER.match(text, m.end())
        ):
            found.append((left[0], m.end("name")))
    return found


# a roundup's item: "Nabla (IA médicale) annonce 24 M$", "Alan (assurance santé) : 173 M€"
_ITEM = re.compile(
    rf"(?m)^(?:[^\w\s\"«“(]{{1,4}}{SP}|\d{{1,2}}[.)]{SP})?(?P<name>{PHRASE}){SP}\("  # (a bullet, a flag: "🇫🇷 Kelvora (Paris, ...) raised")
    rf"(?:(?=[^()\n]*(?<![\w'’-])[{LOW}])[\w'’-]+(?:,?{SP}[\w'’-]+){{0,5}}\)(?={SP}?:|{SP}[{LOW}]|[ \t]*\n)"  # ("Quantelis (calcul quantique, Palaiseau) :", a heading)
    rf"|[^()\n]{{1,60}}\){SP}?[:—–-]{SP}(?:(?:entre|de|between|about|around|environ|up{SP}to){SP})?(?:[A-Z]{{3}}{SP}?|US\$|\$US|[$€£¥])?\d"  # "Tressage (Nantes) — 40 M€"
    rf"|[{UP}][\w'’-]+(?:,?{SP}[{UP}][\w'’-]+){{0,3}}\)\.{SP}[{UP}])"  # a letter's portfolio paragraph: "Ironfoot Farrier Supply (Ocala, Florida). Our largest"
)


@lru_cache(maxsize=1)
def _described_item() -> re.Pattern[str]:
    """"Kredzy: The Mumbai-based lending tech startup raised ...": an item's name, a
    colon, then a description that ends in a company noun."""
    d = load_json("company_words.json")["cue_nouns"]
    nouns = trie_pattern([*d["en"], *d["fr"]], rf"{SP}+")
    return re.compile(
        rf"(?:[-•*–]{SP})?(?P<name>{PHRASE}){SP}?:{SP}(?:[Tt]he|[Aa]n?|[Tt]his|[Ll]e|[Ll]a|[Ll]['’]|[Cc]ette){SP}*"
        rf"(?:(?:[{LOW}][\w'’-]*|[{UP}][\w'’]*-[\w'’-]+){SP}){{0,5}}?(?:{nouns})(?![\w'’-]|{SP}+[{UP}])"  # (not "Quimper : la coopérative Eureden")
    )


def roundup_items(text: str) -> list[tuple[int, int]]:
    """Spans of the names that open the items of a roundup, each followed by its
    trade in parentheses, with a word in lower case ("Nabla (IA médicale)
    annonce 24 M$"), or by a colon and a description ("Kredzy: The Mumbai-based
    lending startup raised"), or by its share's move ("Cobalys, -7,3 %. Le
    fabricant..."); a dateline's agency ("Paris (AFP) -") is not of this shape."""
    found, lines = [], set()
    for i in literal_positions(text, (") ", ")\u00a0", ")\n", ").")):
        line = text.rfind("\n", 0, i) + 1
        if i - line < 80 and line not in lines and (m := _ITEM.match(text, line)):
            found.append(m.span("name"))
        lines.add(line)
    described: set[int] = set()
    for i in literal_positions(text, (": ",)):
        line = text.rfind("\n", 0, i) + 1
        if i - line < 60 and line and line not in described and (m := _described_item().match(text, line)):  # (not the headline)
            found.append(m.span("name"))
        described.add(line)
    for m in _LABELLED_ITEM.finditer(text):  # "2) SECONDARY BUYOUT: Quillon Dental Group"
        if m.group("name") or norm_key(m.group("kind").title()) not in words().places:  # (not a dateline: "SAINT-ÉTIENNE — X a")
            found.append(m.span("name" if m.group("name") else "named"))
    moved: set[int] = set()
    for i in literal_positions(text, ("%.", " stable.", " unchanged.", " flat.", " inchangé.", " inchangée.")):
        line = text.rfind("\n", 0, i) + 1
        if i - line < 90 and line not in moved and text.find(",", line, i) > 0 and (m := _MOVED_ITEM.match(text, line)):  # "Cobalys, -7,3 %."
            found.append(m.span("name"))
        moved.add(line)
    tracked: set[int] = set()
    for i in literal_positions(text, (" — ", " – ")):
        line = text.rfind("\n", 0, i) + 1
        if i - line < 32 and line and line not in tracked and (m := _TRACKED_ITEM.match(text, line)):  # (not the headline)
            found.append(m.span("name"))
        tracked.add(line)
    return found


# a deal tracker's item: "▸ Lyon — Pilotrail, 2,3 M€", "LEEDS — Medivale, £4m Series A"
_TRACKED_ITEM = re.compile(rf"(?:[▸•*-]{SP})?[{UP}][\w'’-]{{1,20}}(?:{SP}[{UP}][\w'’-]+)?{SP}[—–]{SP}(?P<name>{PHRASE}),{SP}(?=[$€£]|\d)")


_DEAL_KINDS = (  # a deal's kind heading a roundup's item in capitals: "LBO — Étuis Marceau"
    r"(?:ACQUISITIONS?|RACHATS?|CESSIONS?|REPRISE|L?[MO]B[OI]|LBO|LEVÉE(?:S)?(?: DE FONDS)?|MINORITAIRE|MAJORITAIRE|FUSION|IPO|"
    r"INTRODUCTION EN BOURSE|OP[AE]S?|BUYOUT|FUNDING|MERGER|TAKEOVER|DIVEST(?:MENT|ITURE)|SALE|REFINANC(?:ING|EMENT)|"
    r"FINANCEMENT|DETTE|DEBT|VENTURE|GROWTH|INVESTISSEMENT|INVESTMENT|SPAC|SCISSION|AMORÇAGE|SEED|S[ÉE]RIES? [A-F])"
)
# a deal list's item, its kind in capitals: "1) TAKE-PRIVATE: Kestrel Data Centres Ltd (AIM: KDC)", "BUILD-UP — X s'offre Y"
_LABELLED_ITEM = re.compile(  # (at a line's start)
    rf"(?m)^(?:\d{{1,2}}[).]{SP}[A-Z][A-Z &/-]{{2,40}}:{SP}(?P<name>{PHRASE})[ \t]*(?=\(|\n|\Z)"
    rf"|(?P<kind>[A-Z]+-[A-Z]+(?:{SP}[A-Z]+)?|{_DEAL_KINDS}){SP}[—–]{SP}(?P<named>{PHRASE})(?:{SP}[{LOW}]|[ \t]*$))"  # "CROSS-BORDER — Audiofrance Pro passe", "LBO — Étuis Marceau"
)
# a market report's item: "Vernadis, en hausse de 4,6 %.", "Cobalys, -7,3 %.", "Aérotrame, stable."
_MOVED_ITEM = re.compile(
    rf"(?:[-•*–]{SP})?(?P<name>{PHRASE}),{SP}(?:(?:en{SP}(?:hausse|baisse|repli|progression|recul)|up|down|off|higher|lower)(?:{SP}de)?{SP})?"
    rf"(?:[+-−]?\d+(?:[.,]\d+)?{SP}?%|stable|inchangée?|unchanged|flat)\."
)


_DIGITS_BEFORE = re.compile(r"\d\d(?:[ \u00a0][^\d]{0,36})?\Z")
_DIGIT_NAME_WORDS = (" Capital", " Partners", " Ventures", " Venture", " Invest", " Equity", " Gestion", " Holding", " Labs", " Fund")
_DIGIT_NAME = re.compile(
    r"(?<![\w.,$€£¥%+-])(?!(?:19|20)\d\d\b)\d{2,4}[ \u00a0](?:[A-Z][\w'’-]*[ \u00a0]){0,2}"
    rf"(?:Venture Partners|Investments|Holdings|{'|'.join(w.strip() for w in _DIGIT_NAME_WORDS)})(?![\w'’-])"  # (each found from its word)
)


# the buyer of "sold its tanker arm to Frontline for $640m", "cédé à Harlow Packaging pour 85 millions"
_FOR_PRICE = re.compile(
    rf"{SP}+(?:for|pour){SP}+(?:(?:about|around|roughly|some|nearly|almost|environ|près{SP}de|quelque){SP}+)?"
    rf"(?:[$€£¥]|[A-Z]{{1,2}}\$|\$[A-Z]{{1,2}}|[A-Z]{{3}}{SP}?)?\d"
)
_TO_NAME = re.compile(
    rf"(?i:\b(?:sold|sells?|selling|offload(?:s|ed|ing)?|divest(?:s|ed|ing)?|cédée?s?|cède|céder|vendue?s?|vend|vendre|revendue?s?))"
    rf"(?:{SP}+[^\s.;:]+){{0,6}}?{SP}+(?:to|à){SP}+(?P<name>{PHRASE}),?\Z"
)


def buyer_names(text: str) -> list[tuple[int, int]]:
    """The name between a sale's "to"/"à" and "for"/"pour" and a price: the side that
    pays ("sold its tanker arm to Frontline for $640m"; not "installé à Porrentruy pour")."""
    found = []
    for i in literal_positions(text, (" for ", " pour ", ", pour ")):
        if _FOR_PRICE.match(text, i) and (m := _TO_NAME.search(text, max(0, i - 110), i)):
            found.append(m.span("name"))
    return found


def table_names(text: str) -> list[tuple[int, int]]:
    """Names in the columns of a table written with "|" whose heading is a company's
    role ("Cible | Activité | Acquéreur / investisseur | Montant"): one per cell, or
    each part of a cell joined with "+" or "/" (a parenthesis after a name is left out)."""
    found: list[tuple[int, int]] = []
    heads, done = _table_headers(), -1
    for i in literal_positions(text, (" | ",)):
        a = text.rfind("\n", 0, i) + 1
        if a <= done:
            continue
        b = text.find("\n", a)
        done = b = b if b >= 0 else len(text)
        cells = text[a:b].split(" | ")
        cols = [k for k, c in enumerate(cells) if any(p.strip().lower() in heads for p in c.split("/"))]
        if len(cells) < 3 or not cols:
            continue
        while b < len(text) and (b := text.find("\n", (a := b + 1))) != a:  # the rows, up to a blank line
            b = b if b >= 0 else len(text)
            row, at = text[a:b].split(" | "), [a]
            for c in row[:-1]:
                at.append(at[-1] + len(c) + 3)
            if len(row) != len(cells):
                break
            for k in cols:
                found.extend(m.span("name") for m in _CELL_PART.finditer(text, at[k], at[k] + len(row[k])) if len(m.group("name").split()) <= 6)
        done = b
    return found


# a name in a cell: from a capital or a digit to the end of the cell, a "+" or "/", or a parenthesis
_CELL_PART = re.compile(rf"(?:(?<=\A)|(?<=[\n|+/]{SP})|(?<=\n))(?P<name>[{UP}\d][^|+/()\n]*?)(?={SP}*(?:[|+/(]|$))", re.M)


@lru_cache(maxsize=1)
def _table_headers() -> frozenset[str]:
    return frozenset(load_json("company_words.json")["table_headers"])


def digit_names(text: str) -> list[tuple[int, int]]:
    """Investors whose name opens with a number ("aux côtés de 360 Capital"): found from the organisation word."""
    found: list[tuple[int, int]] = []
    for i in literal_positions(text, _DIGIT_NAME_WORDS):
        if _DIGITS_BEFORE.search(text, max(0, i - 40), i):
            m = next((m for m in _DIGIT_NAME.finditer(text, max(0, i - 40), i + 30) if m.start() < i < m.end()), None)
            if m and (not found or found[-1] != m.span()):
                found.append(m.span())
    return found


_FORMER = re.compile(
    rf"(?:[Ff]ormer|[Ee]x-){SP}*(?P<name>{PHRASE}){SP}+(?:senior{SP}+)?(?:executives?|engineers?|employees?|staff(?:ers)?|bankers?"
    rf"|managers?|traders?|analysts?|researchers?|developers?|consultants?|lawyers?|directors?|product{SP}+managers?|alumni)(?![\w-])"
)


# the second adviser of "X acted for the family and McInnes Cooper for the buyers"
_ACTED_AND = re.compile(rf"(?:acted|advised|counselled)[^.;\n]{{0,80}}?{SP}and{SP}(?P<name>{PHRASE}){SP}(?:for|on{SP}behalf{SP}of){SP}(?:the|its|their){SP}")


def alumni_names(text: str) -> list[tuple[int, int]]:
    """Employers named by their former staff ("founded by former Stripe engineers"), and
    the second of two advisers named by side ("X acted for the family and Y for the buyers")."""
    found = [m.span("name") for m in finditer_at(_FORMER, text, literal_positions(text, ("former", "Former", "ex-", "Ex-")))]
    return found + [m.span("name") for m in finditer_at(_ACTED_AND, text, literal_positions(text, ("acted", "advised", "counselled")))]


_REGISTRY = re.compile(
    rf"R\.?C\.?S\.?{SP}+(?:de{SP}+|d['’])?[{UP}][\w'’-]*(?:[ -][{UP}][\w'’-]*){{0,2}}"
    rf"(?:{SP}+[AB])?{SP}+\d{{3}}{SP}?\d{{3}}{SP}?\d{{3}}"
)


_WORD = rf"[{UP}][\w'’-]*"
_HEADS = ("Department", "Ministry", "Ministère", "ministère", "Secretariat", "Secrétariat")
_REMIT = re.compile(
    rf"(?:{'|'.join(_HEADS)}){SP}+(?:for|of|de|du|des|d['’])"
    rf"(?:{SP}+(?:the|la|l['’]))?{SP}*{_WORD}(?:(?:,|{SP}+(?:and|et|&|of|de|du|des|d['’]|for|pour)(?:{SP}+(?:the|la|l['’]))?)?{SP}*{_WORD})*"
)


_PERSON = rf"{_WORD}(?:{SP}+(?:[A-Z]\.|{_WORD}|de|van|von|da|di|le|la)){{1,3}}"
_BYLINE = re.compile(rf"(?:By|Par){SP}+{_PERSON}(?:(?:,|{SP}+(?:and|et|&)){SP}+{_PERSON})*(?={SP}*(?:[|·•–—,]|\n|\Z))")


def skipped_spans(text: str) -> list[tuple[int, int]]:
    """Spans of trade-registry numbers, of ministries and of a byline's names
    ("By Siobhán Kearney | 14 January 2026"): see the module doc."""
    spans = [m.span() for i in literal_positions(text, ("RCS", "R.C.S")) if (m := _REGISTRY.match(text, i))]
    heads = [h + " " for h in _HEADS]
    spans += [m.span() for i in literal_positions(text, heads) if (m := _REMIT.match(text, i))]
    return spans + [m.span() for i in literal_positions(text, ("By ", "Par ")) if (i == 0 or text[i - 1] == "\n") and (m := _BYLINE.match(text, i))]


_CONTACTS = re.compile(  # a contacts block's heading, alone on its line
    r"(?i)[ \t]*(?:contacts?(?:[ \t]+(?:presse|médias?|investisseurs|media|press|investors?))?|(?:media|press|investor)[ \t]+contacts?"
    r"|relations[ \t]+(?:presse|investisseurs)|enquiries|for[ \t]+further[ \t]+information)[ \t]*:?[ \t]*$", re.M
)
_ROLE_AFTER = re.compile(  # "Rūta Vaitkutė, Head of Communications", "Jenna Roth, jroth@...": a person, by role or own address
    r"[ \t]*(?:Head|Chief|Director|Managing|Senior|Vice|VP|Partner|Manager|Responsable|Directeur|Directrice|Chargée?|Attachée?|Président)\b"
    r"|[ \t]*[\w.+-]+@|[ \t]*\+?\(?\d"
)
_CONTACT_LABELS = ("presse", "press", "media", "médias", "média", "investors", "investisseurs", "relations investisseurs",
                   "relations presse", "analysts", "analystes", "investor relations", "media contact", "press contact", "contact presse",
                   "contacts presse", "contact média", "contacts médias", "media contacts", "press contacts",
                   "investor contact", "investor contacts", "investors contact")
_LABEL = rf"(?i:{'|'.join(sorted(_CONTACT_LABELS, key=len, reverse=True))})[ \t]?:[ \t]*"
_CONTACT_LINE = re.compile(rf"[ \t]*(?P<label>{_LABEL})?(?P<name>{PHRASE})[ \t]*(?:[–—|]|-[ \t]|,[ \t])")  # "Presse : Strada Conseil – ..."
_FIRM_THEN_MAIL = re.compile(rf"[ \t]*(?P<name>{PHRASE}),[ \t]*[\w.+-]+@(?P<domain>[\w-]+)")

_NAME_COLON = re.compile(rf"[ \t]*(?P<name>{PHRASE})[ \t]?:[ \t]")  # "Ravensbourne Communications: Ellie Hart, +44 ..."


def contact_names(text: str) -> list[tuple[int, int]]:
    """Names that open the lines of a release's contacts block ("Contacts" or
    "Enquiries", then "Calame Finance – Relations presse – Théo Marchand – +33
    ...", "Presse : Strada Conseil – Hugo Perrault"), or a line for the press
    anywhere ("Media: Swan River Communications, Tess Arblaster"): the agencies
    and companies to call."""
    found = []
    for i in literal_positions(text, ("Contact", "CONTACT", "contact", "Media", "MEDIA", "Press", "Médias", "Relations", "Enquiries", "ENQUIRIES", "For further", "Investor")):
        if i and text[i - 1] != "\n":
            continue
        if (m := _CONTACTS.match(text, i)) is None:  # a line for the press alone: "Media: X, Tess Arblaster"
            if (line := _CONTACT_LINE.match(text, i)) and line["label"]:
                if (firm := _FIRM_THEN_MAIL.match(text, line.end())) and resembles(firm["name"], firm["domain"]):
                    found.append(firm.span("name"))  # "Media Contact: Kendall Ruiz, Real Chemistry, kruiz@realchemistry.com"
                elif not _ROLE_AFTER.match(text, line.end()):
                    found.append(line.span("name"))
            continue
        pos = m.end() + 1
        while pos < len(text) and text[pos] != "\n":
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            if (line := _CONTACT_LINE.match(text, pos, end)) is not None and not _ROLE_AFTER.match(text, line.end()):
                found.append(line.span("name"))
            if (head := _NAME_COLON.match(text, pos, end)) and head["name"].lower() not in _CONTACT_LABELS + ("contact", "contacts"):
                found.append(head.span("name"))
            pos = end + 1
    return found


_HANDLE = re.compile(rf"@(?P<name>{PHRASE})")
_WORD_LIKE = re.compile(r"[A-ZÀ-Þ](?:[a-zß-ÿ'’&.-]+|[A-Z&]{0,4})")  # "Barclays", "HSBC" (not "OliverPH_biz", "JORDANABARA")


def handle_names(text: str) -> list[tuple[int, int]]:
    """Names a post tags with "@" ("arranged by @HSBC UK and @Barclays", "thanks to
    @Inflexion"); not an address ("info@velmora.com"): the "@" starts a word; not a
    glued user handle ("@OliverPH_biz")."""
    return [m.span("name") for i in literal_positions(text, ("@",))
            if (i == 0 or not text[i - 1].isalnum()) and text[i + 1 : i + 2].isupper() and (m := _HANDLE.match(text, i))
            and _WORD_LIKE.fullmatch(text[m.start("name") :].split(None, 1)[0].rstrip(",.;:!?)"))]

