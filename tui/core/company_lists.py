"""Coordinated lists around a company name: "Oracle et Google", "X, Y and Amazon".

:func:`list_items` gives the other items of a list with a conjunction around a
mention; :func:`unknown_neighbour` is the cheap test that comes first (is
there a separator next to the mention that leads to something not yet known?).
:mod:`tui.core.companies` uses them to accept unknown names listed beside a
confirmed company and to give ambiguous names their company context.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import company_data as cd
from .company_anchors import reads_as
from .company_data import SP, Mention, phrase_before
from .company_tails import FUND_NUMBER
from .currencies import is_code, lookup_word
from .numbers import lookup_scale

_SEP_BEFORE = re.compile(rf"(?:,|{cd.SP}+(?:et|and)){cd.SP}+$")
_ARTICLE = re.compile(rf"(?:la |le |l['’]|the )(?=[{cd.UP}])")  # "Orange, Fnac Darty et la Matmut"
_ARTICLE_BEFORE = re.compile(r"(?:\b(?:la|le|the) |\bl['’])\Z")
_SEP_AFTER = re.compile(
    rf"(?P<sep>,(?:{cd.SP}+(?:et|and))?|{cd.SP}+(?:et|and|ainsi que|as well as)){cd.SP}+"
    rf"(?:(?:la|le|the|de|du|des){cd.SP}+|[ld]['’])?(?P<name>{cd.PHRASE})"  # ("de Qonto, d'Alan et de Pennylane")
)
AFTER_START = (", ", " et ", " and ", " ainsi que ", " as well as ")


def unknown_neighbour(text: str, m: Mention, starts: dict[int, Mention], ends: set[int]) -> bool:
    """Whether a list separator next to ``m`` leads to something that is not
    a curated name (a cheap test before :func:`_list_items`)."""
    if text.startswith(AFTER_START, m.end):
        sep = next(sep for sep in AFTER_START if text.startswith(sep, m.end))
        nxt = m.end + len(sep)
        if text[nxt : nxt + 1] in ("l", "t") and (a := _ARTICLE.match(text, nxt)) is not None:
            nxt = a.end()
        if nxt not in starts and text[nxt : nxt + 1].isupper():
            return True
    if text.endswith(BEFORE_END, 0, m.start):
        sep = next(sep for sep in BEFORE_END if text.endswith(sep, 0, m.start))
        return m.start - len(sep) not in ends
    return False


BEFORE_END = (", ", " et ", " and ")


def demonym_adjective(text: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` is a demonym before a lower-case word: "Swiss" in
    "and Swiss dairy group Emmi" is an adjective, not the airline."""
    return text[e : e + 1] == " " and text[e + 1 : e + 2].islower() and text[s:e] in cd.words().demonyms


def list_items(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The other items of a coordinated list around ``text[s:e]``; only lists
    with a conjunction ("X, Y et Z", "X and Y") count."""
    items, conj = [], False
    pos = e
    while len(items) < 8 and text.startswith(AFTER_START, pos):
        m = _SEP_AFTER.match(text, pos)
        if m is None:
            break
        conj |= m.group("sep") != ","
        items.append((m.start("name"), m.end("name")))
        pos = m.end("name")
    pos = s
    if (art := _ARTICLE_BEFORE.search(text, max(0, s - 5), s)) and text.endswith(BEFORE_END, 0, art.start()):
        pos = art.start()  # "BNP Paribas, Crédit Agricole CIB et le CIC"
    while len(items) < 16 and text.endswith(BEFORE_END, 0, pos):
        sep = _SEP_BEFORE.search(text, max(0, pos - 8), pos)
        span = cd.phrase_before(text, sep.start()) if sep else None
        if span is None:
            break
        conj |= sep.group().strip() != ","
        items.append(span)
        pos = span[0]
    return items if conj else []


_AMP_PAIR = re.compile(rf"[^\W\d_][\w'’.-]*{cd.SP}&{cd.SP}[^\W\d_][\w'’-]*")
_OPENERS = frozenset(("and", "et", "by", "par", "with", "avec", "from", "of", "de", "while", "tandis", "que"))


def comma_firm_start(text: str, start: int, end: int, known: dict[int, Mention]) -> int:
    """Start of a firm named by several surnames, commas then "&" ("Keefe,
    Bruyette & Woods", "Wachtell, Lipton, Rosen & Katz"), when the candidate
    ``text[start:end]`` is its last part ("Bruyette & Woods", "Berry & Sims PLC"); else ``start``.

    Each surname before must be a single capitalised word that is no curated
    company, known person, place or common word, and the first must open a clause
    (a line, a sentence, ";", ":", "(", or a lower-case word such as "and", "by")."""
    w, pos, found = cd.words(), start, 0
    head, _, form = text[start:end].rpartition(" ")
    core_end = start + len(head) if head and form in w.legal else end  # ("Bass, Berry & Sims PLC")
    if not _AMP_PAIR.fullmatch(text, start, core_end) or text[core_end - 3 : core_end] in ("Co.", " Co", "Cie"):
        return start
    while found < 4 and text[pos - 2 : pos] == ", ":
        ws = cd.word_start(text, pos - 2)
        word = text[ws : pos - 2]
        if not cd.is_name_word(word) or ws in known or word in w.stop or (  # (a first name may be a surname: "Rodrigo, Elías & Medrano")
            word in w.titles or word in w.calendar or word in w.demonyms or cd.norm_key(word) in w.blocked
        ):
            break
        pos, found = ws, found + 1
    if not found:
        return start
    if pos == 0 or text[pos - 1] in "\n(;:":
        return pos
    before = text[cd.word_start(text, pos - 1) : pos - 1] if text[pos - 1] == " " else ""
    return pos if before.islower() or before in _OPENERS or (before[-1:] in (";", ":", ".", "!", "?") and before) else start  # (or a sentence)


_FIRM_TAILS = frozenset(("Company", "Partners", "Associates", "Associés", "Co.", "Cie", "Sons", "Fils", "Brothers", "Frères"))
_AND_TAIL = re.compile(rf"{SP}(?:and|et|&){SP}\Z")


def and_firm_start(text: str, suffix_start: int, suffix: str) -> int:
    """Start of a firm named "X and Company", "X, Y and Partners" whose last word
    (an organisation word that follows "and") starts at ``suffix_start``; -1 if none."""
    if suffix not in _FIRM_TAILS or (a := _AND_TAIL.search(text, max(0, suffix_start - 6), suffix_start)) is None:
        return -1
    if (span := phrase_before(text, a.start())) is None:
        return -1
    start = span[0]
    while text[start - 2 : start] == ", " and (p := phrase_before(text, start - 2)) and " " not in text[p[0] : p[1]]:
        start = p[0]  # "Lakatos, Köves and Partners": surnames before
    return start


_INITIALS = re.compile(rf"(?<![\w.])(?P<first>[{cd.UP}][{cd.LOW}]+){SP}(?:[A-Z]\.{SP}?){{1,2}}{SP}\Z")  # "John W. ", "J. R. "
_VINTAGE = re.compile(rf"{SP}(?:(?:I{{2,3}}|IV|VI{{0,3}}|IX|X)(?![\w'’-])|I(?=[,;:)]|\.(?:\s|\Z)|\Z))")  # "Fonds II"; "Fund I," (not "Fund I would")
_PARTICLE_ACRONYM = re.compile(
    rf"(?P<tail>{SP}(?:(?:de|du|des|de{SP}la){SP}|de{SP}l['’]|d['’])[{cd.UP}][\w'’-]+){SP}\((?P<acronym>[A-Z]{{2,6}})\)"
)
FIRM_PARTICLES = "de|del|da|van|von"  # a partner's particle in a firm's name: "Bruchou & Funes de Rioja"
_AMP_PARTICLE = re.compile(rf"{SP}(?:{FIRM_PARTICLES}){SP}[{cd.UP}][\w'’-]+(?![\w&'’-])")
VINTAGED = ("Fund", "Fonds", "Partners", "Ventures", "Opportunities", "Investors", "Capital")


_BARE_INITIALS = re.compile(r"(?<![\w.])((?:[A-Z]\.){2,3})[ \u00a0]\Z")  # a founder's initials alone before the name
_PLACE_INITIALS = frozenset(("U.S.", "U.K.", "E.U.", "U.A.E.", "U.N.", "N.Y.", "D.C.", "L.A.", "N.Z."))


def widened(text: str, start: int, end: int) -> tuple[int, int]:
    """A candidate name ``text[start:end]`` with the first name and initials of
    its founder before it ("John W. Ffooks & Co") or the initials alone ("H.B.
    Fuller"), and a fund's vintage after it ("Meru Hospitality Fund I"), a
    partner's particle in a firm's name ("Bruchou & Funes de Rioja") or a place
    after a particle that its acronym spells ("Surgelés de l'Aber (SDA)")."""
    if text[start - 2 : start - 1] == ".":
        m = _INITIALS.search(text, max(0, start - 24), start)
        if m and m.group("first") in cd.words().first_names:
            start = m.start()
        elif (m := _BARE_INITIALS.search(text, max(0, start - 10), start)) and m.group(1) not in _PLACE_INITIALS:
            start = m.start()  # "H.B. Fuller", "J.F. Lehman & Company" (not "the U.S. Steel…")
    if text.endswith(VINTAGED, start, end) and (v := _VINTAGE.match(text, end) or text.endswith(("Fund", "Fonds"), start, end) and FUND_NUMBER.match(text, end)):
        end = v.end()  # "Fund III", "Fund 3"
    elif " & " in text[start:end] and (p := _AMP_PARTICLE.match(text, end)):
        end = p.end()  # "Bruchou & Funes de Rioja"
    elif (p := _PARTICLE_ACRONYM.match(text, end)) and reads_as(text[start : p.end("tail")], p.group("acronym")):
        end = p.end("tail")  # "Surgelés de l'Aber (SDA)"
    return _number_inside(text, start, end)


# a number between two name words: "Hangar 9 Aviation", "Boréal 4 Saisons" (not "CAC 40 Kering", "March 3 Amazon")
_NUMBER_AFTER = re.compile(rf"{SP}\d{{1,3}}{SP}(?=(?:[{cd.UP}][{cd.LOW}]|[A-Z]{{2}}))")
_NUMBER_BEFORE = re.compile(rf"(?<![\w'’.&-])(?P<w>[{cd.UP}][\w'’-]*){SP}\d{{1,3}}{SP}\Z")


@lru_cache(maxsize=1)
def _number_heads() -> frozenset[str]:
    """Words a number follows without making a name of them ("Series 3", "Top 10")."""
    w = cd.words()
    return w.stop | w.generic | w.calendar | frozenset(cd.load_json("company_words.json")["number_heads"])


def _name_word(word: str) -> bool:
    """Whether ``word`` can stand on either side of a number inside a name: not a
    function or calendar word, a scale ("Million") or a currency ("Euros", "USD")."""
    return word not in _number_heads() and lookup_scale(word) is None and lookup_word(word)[0] is None and not is_code(word)


def _all_name_words(phrase: str) -> bool:
    """Whether no word of ``phrase`` is a function word, a place, a market or a product."""
    blocked = cd.words().blocked
    return all(_name_word(w) and cd.norm_key(w) not in blocked for w in phrase.split())


def _blocked(name: str) -> bool:
    return cd.norm_key(name.rstrip()) in cd.words().blocked


def _number_inside(text: str, start: int, end: int) -> tuple[int, int]:
    """``start, end`` taking in a number and the name words on its other side; none
    of the words is a place, a market or a product ("Stoxx Europe 600 Insurance")."""
    if text[end : end + 1] in (" ", "\u00a0") and (m := _NUMBER_AFTER.match(text, end)) and (t := cd.PHRASE_RE.match(text, m.end())):
        if _name_word(t.group().split(None, 1)[0]) and _all_name_words(text[start:end]) and not _blocked(text[start : m.end()]):
            end = t.end()
    if start > 3 and text[start - 1] in (" ", "\u00a0") and text[start - 2].isdigit() and (m := _NUMBER_BEFORE.search(text, max(0, start - 40), start)):
        head = phrase_before(text, m.end("w")) or m.span("w")
        if _all_name_words(text[head[0] : m.end("w")]) and _name_word(text[start:end].split(None, 1)[0]) and not _blocked(text[head[0] : start]):
            start = head[0]
    return start, end


_PARTICLE = re.compile(  # "Terres de Beauce", "Petrolera del Comahue", "Côte à l'Os BV", "Casas con Encanto SL"
    rf"{SP}(?:(?:de|du|des|del|de{SP}la|de{SP}los|de{SP}las|à{SP}la|con){SP}|(?:de|à){SP}l['’]|d['’])\Z")
_OF_THE = re.compile(rf"{SP}of(?:{SP}the)?{SP}\Z")


def with_particle_head(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` with the one capitalised word and the French particle before it
    ("Terres de Beauce", "Bétons du Léman"), if there are; else ``span``."""
    if (d := _PARTICLE.search(text, max(0, span[0] - 9), span[0])) and (head := phrase_before(text, d.start())):
        article, _, rest = text[head[0] : head[1]].partition(" ")
        start = head[0] + len(article) + 1 if article in ("Le", "La", "Les") and rest else head[0]  # "Les Fermentations"
        return (start, span[1]) if " " not in text[start : head[1]] else span
    return span


def name_before_legal(text: str, span: tuple[int, int], legal: bool) -> tuple[int, int] | None:
    """The name a legal form or an organisation word ends, from the capitalised
    ``span`` before it: with a French particle ("Bétons du Léman SA", legal forms
    only) or "of (the)" before a place ("Union Bank of the Philippines, Inc.");
    None for a place alone before a legal form ("Philippines, Inc.")."""
    if legal and _PARTICLE.search(text, max(0, span[0] - 9), span[0]):
        return with_particle_head(text, span)
    if cd.norm_key(text[span[0] : span[1]]) not in cd.words().places:
        return span
    if (of := _OF_THE.search(text, max(0, span[0] - 9), span[0])) and (head := phrase_before(text, of.start())):
        return head[0], span[1]
    return None if legal else span  # ("Boston Pharmaceuticals" is a name)


_AND_BEFORE = re.compile(rf"{SP}(?:and|&){SP}\Z")
_SECTORS = ("Oil", "Gas", "Power", "Steel", "Water", "Trade")
_DESCRIBING = re.compile(rf"(?:al|ic|ial|ive|ous|ary|ese|ian|{'|'.join(_SECTORS)})\Z")  # "Saudi Agricultural", "Oil" (not "Sequoia Capital")


def and_joined(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` (the words before a legal form) with "X and " before it when X
    ends in a describing word: "Saudi Agricultural and Livestock Investment Co.",
    "Oil and Natural Gas Corp."; not a list of two names ("Apple and Microsoft Corp.")."""
    if (a := _AND_BEFORE.search(text, max(0, span[0] - 5), span[0])) is None or (head := phrase_before(text, a.start())) is None:
        return span
    words = text[head[0] : head[1]].split()
    last, w = words[-1], cd.words()
    if _DESCRIBING.search(last) and (last not in w.suffixes or last in _SECTORS) and cd.norm_key(text[head[0] : head[1]]) not in w.places:
        return head[0], span[1]
    return span


def without_legal(name: str) -> str:
    """``name`` without the legal form that ends it ("Petrolera del Comahue S.A."
    reads as "PdC" without its "S.A.")."""
    head, _, last = name.rpartition(" ")
    return head if head and last in cd.words().legal else name


_OWN_BUSINESS = re.compile(
    r"[^.;:!?\n]{0,45}?\b(?:ses|son|sa|its) (?:ventes|chiffre d['’]affaires|résultats?|bénéfices?|actionnaires|salariés|magasins|usines|"
    r"revenues?|sales|profits?|earnings|shareholders|stores|plants|workforce|"
    r"recommandation|objectif de cours|cours cible|price target|target price|rating|recommendation)\b"
)


_POSSESSED = re.compile(
    r"['’]s (?:[\w-]+ )?(?:funds?|shares|stake|portfolio|bid|offer|takeover|acquisition|results|revenues?|profits?|sales|"
    r"chief executive|ceo|cfo|shareholders|board|buyout|continuation fund)\b"
)


def runs_a_business(low: str, end: int) -> bool:
    """Whether the words after a name, in its clause, give it a business of its own
    ("Randstad a vu ses ventes françaises baisser", "Orange said its revenue rose") or
    a broker's view ("Davy, Origin's broker, kept its price target", "Desjardins a
    maintenu sa recommandation"), or an adviser's work ("Osler did the legal work")."""
    return _OWN_BUSINESS.match(low, end) is not None or _POSSESSED.match(low, end) is not None or _ADVISED.match(low, end) is not None  # ("Hg's continuation fund")


_ADVISED = re.compile(  # an adviser's work: "with Carnegie running the books", "Osler did the legal work", "Carnegie et X ont épaulé les vendeurs"
    r"[^.;:!?\n]{0,60}?\b(?:advised|ran the books|running the books|did the legal work|acted (?:for|as)|a conseillé|ont conseillé|a épaulé|ont épaulé)\b"
)
