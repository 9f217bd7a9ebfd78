"""Company names anchored by what is written right next to them, found with a
few ``str.find`` scans (no cue word): a place before ("Paris-based Nacelle",
"Stockholm's Lovable"), something only a company owns after ("Tarvik's
shares", "Nexo's chief executive"), a stock listing after ("Brontex
Materials (NYSE: BRX)", "Velmora (Euronext Paris : VLM)"), or a country after
a known name, which makes a subsidiary ("Tata Steel Nederland").

They return ``(start, end)`` spans; :mod:`tui.core.company_rules` turns them
into candidates (placed names are weak, the others strong).  The owned nouns
and the exchange names are data (``possessive_nouns`` and ``exchanges`` in
``data/company_words.json``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .company_data import (
    PHRASE_RE, SP, UP, cased_trie_pattern, load_json, norm_key, phrase_before, strip_accents, trie_pattern, word_start,
    words,
)
from .textscan import literal_positions

_PLACE_CUES = ("'s ", "’s ", "-based ", "-listed ")  # ("Mainboard-listed Kim Hock Marine")
_INDEX_AFTER = re.compile(r"/|[ \u00a0]?\d|[ \u00a0](?:neighbou?rhood|district|suburb|quarter|waterfront|area|zone|region|province|state|county)\b")  # ("Miami's Brickell neighborhood")


@lru_cache(maxsize=1)
def _owned() -> re.Pattern[str]:
    """What a company has, after "'s " ("Tarvik's shares", "Nexo's chief executive")."""
    nouns = trie_pattern(load_json("company_words.json")["possessive_nouns"], rf"{SP}+")
    return re.compile(rf"(?:(?:own|largest|biggest|main|new|former|current|top|annual|quarterly|first-half|"
                      rf"second-half|full-year|first-quarter|second-quarter|third-quarter|fourth-quarter)"
                      rf"{SP}+)?(?:{nouns})(?![\w-])")


def placed_names(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Two lists of spans, from one scan of "'s " and "-based ":

    * placed: "Paris-based Nacelle", "Stockholm's Lovable": a name placed by
      the city or country before it (a known place before "'s"; any
      capitalised word before "-based");
    * owners: "Tarvik's shares", "Nexo's chief executive": a name owning what
      only a company has (``possessive_nouns`` in the data file)."""
    placed, owners, places, owned = [], [], words().places, _owned()
    for lit in _PLACE_CUES:
        i = text.find(lit)
        while i > 0:
            end = i + len(lit)
            if text[i - 1].isalpha() and text[end : end + 1].isupper():
                a = max(word_start(text, i), text.rfind("\n", 0, i) + 1)
                b = word_start(text, a - 1) if a > 1 and text[a - 1] == " " else a  # "New Zealand's"
                if text[a].isupper() and (lit in ("-based ", "-listed ") or norm_key(text[a:i]) in places or norm_key(text[b:i]) in places):
                    t = PHRASE_RE.match(text, end)
                    if t and not _INDEX_AFTER.match(text, t.end()):  # not "Australia's S&P/ASX 200", "Miami's Brickell district"
                        placed.append((t.start(), t.end()))
            elif lit[0] != "-" and text[i - 1].isalnum() and owned.match(text, end):
                span = phrase_before(text, i)
                if span is not None and span[1] == i:
                    owners.append(span)
            i = text.find(lit, end)
    return placed, owners


@lru_cache(maxsize=1)
def _listing() -> re.Pattern[str]:
    """"(NYSE: BRX)", "(Euronext Paris : VLM)", "(ASX:OMN)", "(TSX-V: ABC)":
    an exchange, a colon and a ticker in parentheses (matched at a "("); or a
    market alone, as French market reports write it: "Ondalis (Euronext Growth)"."""
    data = load_json("company_words.json")
    exchanges = cased_trie_pattern(data["exchanges"], rf"{SP}+")
    bare = cased_trie_pattern(data["bare_listings"], rf"{SP}+")
    return re.compile(
        rf"\({SP}?(?:(?:{exchanges}){SP}?[:：]{SP}?[A-Z0-9][A-Z0-9.\-]{{0,11}}(?:{SP}?[;,][^)\n]{{0,40}})?|(?:{bare}){SP}?)\)"
    )


def listings(text: str) -> list[tuple[int, int]]:
    """Spans of the stock listings in parentheses: "(NYSE: BRX)". What is
    inside is never a company mention ("CRV" there is a ticker, not a fund)."""
    rx, found = _listing(), []
    i = text.find("(")
    while i >= 0:
        if (m := rx.match(text, i)) is not None:
            found.append(m.span())
        i = text.find("(", i + 1)
    return found


_TICKER_IN = re.compile(rf"[:：]{SP}?([A-Z0-9][A-Z0-9.\-]{{0,11}})")


def listed_ticker(text: str, mentions: list[tuple[int, int]], listed: list[tuple[int, int]]) -> str | None:
    """The ticker of the listing written right after one of ``mentions``
    ("Veritone Health, Inc. (NASDAQ: VRTH)" gives "VRTH"), if any."""
    starts = {s: e for s, e in listed}
    for _, end in mentions:
        at = end + 1 if text[end : end + 1] in (" ", "\u00a0") else end
        if at in starts and (m := _TICKER_IN.search(text, at, starts[at])):
            return m.group(1)
    return None


def ticker_names(text: str, listed: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Names followed by their listing: "Brontex Materials (NYSE: BRX)", by a bare
    ticker and a dash, as lists of market movers write them ("AutoZone (AZO) —
    Shares of the retailer fell"), or by their share price's change, as market
    reports do ("Implenia (-0,8%) a annoncé")."""
    found = []
    starts = [i for i, _ in (listings(text) if listed is None else listed)]
    starts += [m.start() for m in _RIC.finditer(text)]  # "Kordex Corp (KDX.O) said", "Lumenta (LMT.PA)"
    line = 0
    while line >= 0:  # a newsletter's items: "Nutrivaux (Rennes, protéines de fermentation) annonce..."
        if (m := _ITEM.match(text, line)) is not None:
            found.append(m.span("name"))
        line = text.find("\n", line) + 1 or -1
    for p in literal_positions(text, (") —", ") –", ") -", "):", "%)")):
        i = text.rfind("(", max(0, p - 12), p)
        if i >= 0 and (_TICKER_DASH.match(text, i, p + 4) or _CHANGE.match(text, i, p + 2)):
            starts.append(i)  # "AutoZone (AZO) —", "Implenia (-0,8%) a annoncé"
    for i in starts:
        end = i - 1 if text[i - 1 : i] in (" ", "\u00a0") else i
        span = phrase_before(text, end) if end > 0 else None
        if span is not None and span[1] == end and not (text[span[0] : span[1]] in _exchanges() and _ON_MARKET.search(text, max(0, span[0] - 8), span[0])):
            found.append(span)  # (not the market the share moved on: "a reculé au Nasdaq (-3,1 %)")
    return found


_ON_MARKET = re.compile(rf"(?:\b(?:au|on|sur)|\bthe){SP}\Z")


@lru_cache(maxsize=1)
def _exchanges() -> frozenset[str]:
    return frozenset(load_json("company_words.json")["exchanges"])

_ITEM = re.compile(rf"(?:[-•*–]{SP})?(?P<name>{PHRASE_RE.pattern}){SP}\([{UP}][\w'’ -]{{1,30}},{SP}[^)\n]{{3,80}}\){SP}[a-zé–—-]")  # (a newsletter's item: "Hydrovolt (Grenoble, électrolyseurs) – 95 M€")
_RIC = re.compile(r"\([A-Z0-9]{1,6}\.[A-Z]{1,3}\)")  # a Reuters instrument code or an exchange-suffixed ticker
_CHANGE = re.compile(rf"\([+\-−–]\d{{1,3}}(?:[.,]\d{{1,2}})?{SP}?%\)")  # a share price's change in a market report
_TICKER_DASH = re.compile(rf"\([A-Z]{{1,5}}(?:\.[A-Z]{{1,2}})?\)(?:{SP}[—–-]|:)")  # "(AZO) —"


@lru_cache(maxsize=1)
def _role() -> re.Pattern[str]:
    """"(juridique)", "(M&A)", "(conseil financier, dette)": an adviser's role
    in parentheses, as deal tombstones list them ("Conseils : Lazard (M&A),
    Goodwin (juridique)")."""
    roles = trie_pattern(load_json("company_words.json")["adviser_roles"], rf"{SP}+")
    role = rf"(?i:{roles})"
    return re.compile(rf"\({SP}?{role}(?:{SP}?(?:,|/|&|et|and|-){SP}?{role}){{0,4}}{SP}?\)")


@lru_cache(maxsize=1)
def _as_role() -> re.Pattern[str]:
    """" as legal counsel", " en tant que conseil financier", " is debtor's counsel",
    " the legal adviser" ("X is the financial adviser and Y the legal adviser"):
    an adviser's role after its name."""
    roles = trie_pattern(load_json("company_words.json")["adviser_as"]["roles"], rf"{SP}+")
    link = rf"(?:as|en{SP}tant{SP}que|en{SP}qualité{SP}de|(?:agi(?:t|ssent|ssant|ront){SP})?comme|(?:(?:is|are|was|were){SP}|acted{SP}as{SP}|acts{SP}as{SP})?(?:the|its|their)|is|are|was|were)"
    whose = rf"(?:{SP}(?:debtor|debtors|company|buyer|seller|target|acquirer|lender|lenders|borrower|sponsor|issuer|[{UP}][\w&.-]*)['’]s?)?"
    return re.compile(rf"{SP}{link}{whose}{SP}(?:{roles})(?![\w'’-])")


_PERSON = rf"[{UP}][\w'’-]+(?:{SP}[{UP}][\w'’.-]*){{1,3}}"
#: "(Maxence Aubry, associé)", "(Lucie Brénot et Paul Roy, associés)": a firm's partners
_PARTNERS = re.compile(
    rf"\({_PERSON}(?:,{SP}{_PERSON})*(?:{SP}(?:et|and|&){SP}{_PERSON})?,{SP}"
    rf"(?:associée?s?|partners?|managing{SP}partner|senior{SP}partner|counsel|of{SP}counsel|avocate?s?{SP}associée?s?)\)"
)


_PARTY = re.compile(  # the side an adviser works for, named by its role
    r" (?:pour|for) (?:the |le |la |les |l['’])(?:fonds|société|vendeurs?|cédants?|acquéreurs?|acheteurs?|management|investisseurs|"
    r"repreneurs?|banques|prêteurs|dirigeants|actionnaires|fondateurs|buyers?|sellers?|vendors?|company|fund|investors|lenders|banks|"
    r"target|acquirer|founders|management team)(?![\w-])"
)


def adviser_names(text: str) -> list[tuple[int, int]]:
    """Names followed by an adviser's role in parentheses, "Goodwin (juridique)",
    or by its partners, "Goodwin (Maxence Aubry, associé)", or after "as", "is"
    or "the", "with Carey as legal counsel"."""
    rx, found = _role(), []
    i = text.find("(")
    while i >= 0:
        if i > 1 and (rx.match(text, i) or _PARTNERS.match(text, i)):
            end = i - 1 if text[i - 1] in (" ", "\u00a0") else i
            span = phrase_before(text, end)
            if span is not None and span[1] == end:
                found.append(span)
        i = text.find("(", i + 1)
    as_role = _as_role()
    for i in literal_positions(text, (" as ", " en tant que ", " en qualité de ", " comme ", " agit ", " agissent ", " is ", " are ", " was ", " were ", " the ", " its ", " their ", " acted ", " acts ")):
        if i and as_role.match(text, i) and (span := phrase_before(text, i)) is not None and span[1] == i:
            found.append(span)
            if (a := _AND_BEFORE.search(text, max(0, span[0] - 6), span[0])) and (p := phrase_before(text, a.start())) and p[1] == a.start():
                found.append(p)  # "Lavery et McMillan agissent comme conseillers juridiques"
    for i in literal_positions(text, (" pour ", " for ")):  # "Bredin Prat pour Estran Capital ; Racine pour Rocaval"
        if text[i + 5 : i + 6].isupper() or text[i + 6 : i + 7].isupper() or _PARTY.match(text, i):  # (or "Lexcase pour le management")
            at = i - 1 if text[i - 1] == "," else i  # ("et Goodwin, pour General Catalyst, ont accompagné")
            if (b := phrase_before(text, at)) is not None and b[1] == at and _ADVISING.search(text, max(0, b[0] - 160), min(len(text), i + 160)):
                found.append(b)
    for i in literal_positions(text, (" côté ",)):  # "par Clairfield International et Gide côté acheteur"
        if (m := _SIDE.match(text, i)) and (b := phrase_before(text, i)) is not None and b[1] == i:
            found.append(b)
            if (a := _AND_BEFORE.search(text, max(0, b[0] - 6), b[0])) and (p := phrase_before(text, a.start())) and p[1] == a.start():
                found.append(p)
    role, field = _role_field()
    for line in _ROLE_FIELD_LINE.finditer(text):  # "DD stratégique : Advention ; Dette : Kramer Levin"
        end = text.find("\n", line.end())
        i = text.find(":", line.end(), end := len(text) if end < 0 else end)
        while i >= 0:
            at = i - 1 if text[i - 1 : i] in (" ", "\u00a0") else i
            if (m := field.match(text, at)) and role.search(text, max(0, at - 30), at):
                found.append(m.span("name"))
                while more := _FIELD_MORE.match(text, m.end("name")):  # "Lamartine Conseil (avocat), Invest Corporate Finance (conseil)"
                    found.append((m := more).span("name"))
            i = text.find(":", i + 1, end)
    return found


_FIELD_MORE = re.compile(rf"{SP}?\([^()\n]{{1,40}}\),{SP}(?P<name>{PHRASE_RE.pattern})(?={SP}?\()")
_ADVISING = re.compile(r"\b(?:conseils?|conseill[ée]e?s?|accompagn[ée]e?s?|avocats?|advised|advis[eo]rs?|counsel)\b", re.I)  # an adviser's sentence
_SIDE = re.compile(rf"{SP}côté{SP}(?:acheteurs?|vendeurs?|acquéreurs?|cédants?|repreneurs?|cibles?|prêteurs?)\b")
_AND_BEFORE = re.compile(rf"{SP}(?:et|and){SP}\Z")
_ROLE_FIELD_LINE = re.compile(  # a tombstone's line of advisers: "Conseils acquéreur : ...", "Cédants : conseil M&A : X"
    r"(?m:^)[-•* \t]*(?i:conseils?|advis[eo]rs?|counsel|acquéreurs?|cédants?|vendeurs?|prêteurs?|investisseurs?|repreneurs?"
    r"|management|acquirers?|buyers?|sellers?|lenders?|investors?)\b"
)


@lru_cache(maxsize=1)
def _role_field() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """An adviser's role ending before a colon, and " : Advention ;" after it, in a
    tombstone's line of advisers."""
    roles = trie_pattern(load_json("company_words.json")["adviser_roles"], rf"{SP}+")
    return re.compile(rf"(?:^|[;:]{SP}?|\b)(?i:{roles})\Z"), re.compile(
        rf"[ \u00a0]?:{SP}(?P<name>{PHRASE_RE.pattern})(?={SP}?[;(\n]|{SP}?\Z|\.|,{SP}|{SP}(?:and|et){SP})"
    )


_DEFINED = re.compile(r"\([A-Z][A-Za-z&]{1,7}(?:-[A-Z][a-z]{2,8})?(?: (?:I{1,3}|IV|VI{0,3}|IX|X))?\)")  # "(KIA)", "(MPEF IV)", "(Saf-Cacao)"
_NAME_WORD = re.compile(rf"[{UP}][\w'’]*")


def spells(name: str, acronym: str) -> bool:
    """Whether ``acronym`` is read off ``name``, from its first letter: each
    letter starts a later capitalised word or follows the letter before it in
    the same word ("KIA": Kuwait Investment Authority, "GF": Georg Fischer,
    "KOGAS": Korea Gas Corporation; not "AMZN": Amazon)."""
    letters = [c.lower() for c in strip_accents(acronym) if c.isalpha()]
    parts = [w.lower() for w in _NAME_WORD.findall(strip_accents(name))]
    if not letters or not parts or parts[0][0] != letters[0]:
        return False
    n = len(letters)

    def go(i: int, j: int, k: int) -> bool:  # at word i, its letter j next; k letters read
        if k == n:
            return True
        if j < len(parts[i]) and parts[i][j] == letters[k] and go(i, j + 1, k + 1):
            return True
        return any(parts[w][0] == letters[k] and go(w, 1, k + 1) for w in range(i + 1, len(parts)))

    return go(0, 1, 1)


@lru_cache(maxsize=2)  # read by the rules, the government filter and the finder, for the same text
def defined_acronyms(text: str) -> tuple[tuple[int, str], ...]:
    """``(where the name before ends, acronym)`` for each "(ABC)" written right
    after a name: "Kuwait Investment Authority (KIA)", and each short name a
    legal text defines in quotes: 'Davy Corporate Finance UC ("Davy")'.  Whether
    the name is a company, and spells the acronym, is for the caller to check."""
    found = []
    i = text.find("(")
    while i >= 0:
        if i > 1 and ((m := _DEFINED.match(text, i)) is not None or (m := _QUOTED.match(text, i)) is not None):
            found.append((i - 1 if text[i - 1] in (" ", "\u00a0") else i, m.group("a") if m.re is _QUOTED else m.group()[1:-1]))
        i = text.find("(", i + 1)
    return tuple(found)


_QUOTED = re.compile(r"\((?:the |le |la |l['’])?[\"“«] ?(?P<a>[A-Z][\w&.'’-]{1,20}(?: [A-Z][\w&.'’-]{1,20}){0,2}) ?[\"”»](?:, ?[A-Z][\w ]{1,20}: ?[A-Z0-9.]{1,8})?(?:,? (?:or|ou) (?:the |la |le |l['’])?[\"“«][^\"”»()]{1,20}[\"”»])?\)")  # ('("SDBank", HOSE: SDB)', '("SEE" or the "Company")')


_BY = re.compile(rf"(?:\b(?:par|by)|[,:]){SP}+(?:(?:le|la|les|the){SP}+(?:cabinet|firm|banque|bank){SP}+)?\Z")
_ADVISED = re.compile(r"(?i:conseill|conseils\b|advis|accompagn|represent|counsel|assist)")


def advised_by(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows "par"/"by" (or a comma) in a
    sentence about advisers: "X était conseillée par Y, les investisseurs par
    Goodwin", "advised by Lazard and Goodwin", "Conseils acquéreur : Goodwin" (company context for a name that
    is also a common word or a surname)."""
    if not _BY.search(text, max(0, start - 30), start):
        return False
    sentence = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    return _ADVISED.search(text, max(sentence, start - 300), start) is not None


_FUNCTION = frozenset(("de", "du", "des", "d", "la", "le", "les", "l", "of", "the", "and", "et", "for", "pour", "à", "en", "&", "del", "los", "las", "y"))
_TOKEN = re.compile(r"[\w’'-]+|&")


def acronym_names(text: str) -> list[tuple[int, int]]:
    """Names that their acronym in parentheses spells: "Fonds souverain
    d'investissements stratégiques (FONSIS)", "Laiterie du Cap-Vert (LCV)",
    "Union Gabonaise de Banque (UGB)", "Okoumé Industries du Gabon (OIG)".
    The name starts with an organisation word (``org_prefixes``: Fonds,
    Laiterie, Banque, Société...), or with a capitalised word when an
    organisation word ends it or comes before its place ("de Banque",
    "Industries du Gabon"; not "Power Purchase Agreement"); each of its words
    but "de", "du", "of"... gives its initial, maybe with the letters after
    it, in turn."""
    w = words()
    prefixes, org = w.prefixes, w.prefixes | w.suffixes
    found = []
    for end, acronym in defined_acronyms(text):
        start = max(text.rfind("\n", 0, end), text.rfind(". ", 0, end) + 1, end - 120, 0)
        toks = [m for m in _TOKEN.finditer(text, start, end)]
        closing = _org_closing(toks, org)
        for i in range(len(toks) - 1, -1, -1):
            head, at = toks[i].group(), toks[i].start()
            if _ELIDED.match(head):
                head, at = head[2:], at + 2  # "l'Union Gabonaise de Banque"
            if (head in prefixes or i < closing and head[:1].isupper() and head not in w.stop) and _spelled_by(toks[i:], acronym):
                if norm_key(text[at:end]) not in w.blocked:  # (not "the European Bank for Reconstruction and Development")
                    found.append((at, end))
                break
    return found


_ELIDED = re.compile(r"[dlDL]['’]\w")


def _org_closing(toks: list[re.Match[str]], org: frozenset[str]) -> int:
    """Index of the organisation word that ends the name, or comes before its
    place ("Industries du Gabon"); -1 if none."""
    n = len(toks)
    for i in range(n - 1, max(-1, n - 6), -1):  # ("Fund for Reconstruction and Development")
        if toks[i].group() in org:
            return i
        if toks[i].group().lower() not in _FUNCTION and not toks[i].group()[:1].isupper():
            return -1
    return -1


def initials(words: list[tuple[str, bool]], acronym: str) -> bool:
    """Whether ``acronym`` is the initial of each of ``words`` in turn, each maybe
    with the letters that follow it in the word; a word marked optional may
    give nothing (``(word, optional)`` pairs; "KOGAS": Korea, Gas, optional Corp.)."""
    parts = tuple(("".join(c for c in strip_accents(word).lower() if c.isalpha()), optional) for word, optional in words)
    return _initials_of(tuple(p for p in parts if p[0]), acronym.lower())


@lru_cache(maxsize=1 << 14)
def _initials_of(parts: tuple[tuple[str, bool], ...], acronym: str) -> bool:
    n = len(acronym)

    @lru_cache(maxsize=None)
    def match(i: int, pos: int) -> bool:  # words from i read the acronym from pos
        if i == len(parts):
            return pos == n
        letters, optional = parts[i]
        if optional and match(i + 1, pos):
            return True
        k = 0  # a prefix of the word, at least its initial
        while k < len(letters) and pos + k < n and acronym[pos + k] == letters[k]:
            k += 1
            if match(i + 1, pos + k):
                return True
        return False

    return match(0, 0)


def _spelled_by(toks: list[re.Match[str]], acronym: str) -> bool:
    # function words may give their initial or not ("CDA": Compagnie des Alpes; "FONSIS")
    words = [(w, w.lower() in _FUNCTION) for m in toks for w in re.split(r"[’'-]", m.group()) if w and w != "&"]
    return sum(not optional for _, optional in words) >= 2 and initials([(w[:1], o) if o else (w, o) for w, o in words], acronym)


def reads_as(name: str, acronym: str, *, defined: bool = False) -> bool:
    """Whether ``acronym`` is read off ``name``: :func:`spells` on its capitalised
    words, or each word's initial in turn ("FONSIS": Fonds souverain
    d'investissements stratégiques); ``defined`` (written in parentheses right
    after the name): also any letters of each capitalised word in turn, from
    its initial ("HXI": Hexagone Instruments)."""
    return spells(name, acronym) or _spelled_by(list(_TOKEN.finditer(name)), acronym) or defined and _picked(name, acronym)


@lru_cache(maxsize=1 << 12)
def _picked(name: str, acronym: str) -> bool:
    parts, acronym = [w.lower() for w in _NAME_WORD.findall(strip_accents(name))], acronym.replace("-", "")  # ("Saf-Cacao")
    if len(parts) < 2 or len(acronym) > 10:
        return False
    # each word: its initial, then any of its later letters in order ("h(?:e)?(?:x)?...")
    pattern = "".join(re.escape(w[0]) + "".join(f"(?:{re.escape(c)})?" for c in w[1:16]) for w in parts)
    return re.fullmatch(pattern, acronym.lower()) is not None
