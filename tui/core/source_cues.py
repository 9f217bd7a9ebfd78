"""Sources that are not in the publication list, found by how the text cites them.

:mod:`tui.core.sources` knows publications by name (``data/publications.json``);
these rules find the others, with cues precise enough that a company or a
person is not taken for a publication:

* data providers: "according to Zephyr data", "data from Zephyr", "selon les
  données de Zephyr" (not "centres de données d'Amazon");
* press names after a press word: "the Israeli daily Calcalist", "the trade
  publication Tally", "le quotidien économique israélien Calcalist",
  "l'hebdomadaire Challenges", "nos confrères de L'Informé" (the words are
  ``press_descriptors`` in the data file; "site", "agence" or "network" alone
  are not among them: "le site de Renault", "l'agence Moody's");
* reporting cues: "first reported by Calcalist", "as reported by Tally",
  "Calcalist reported, citing people familiar with the matter".

Each function yields ``(start, end)`` spans of names in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from . import company_data as cd
from .company_filters import curated
from .textscan import finditer_at as _matches_at, folded_finditer, literal_positions

SP = cd.SP
TITLE_WITH_ARTICLE = re.compile(rf"(?:Le|La|Les|The){SP}+[{cd.UP}][\w'’-]+|L['’][{cd.UP}][\w'’-]+")  # "Le National", "L'Express"
WHEN = rf"(?i:ce{SP}+matin|ce{SP}+soir|hier|aujourd['’]hui|this{SP}+morning|yesterday|earlier)"  # "l'a annoncé ce matin X"
_DATA_WORD = re.compile(
    r" (?i:data|figures|estimates|statistics|numbers|données|chiffres|calculs|estimations|cotations|research|analysis|analytics|consensus|polled by|sondés par)\b"
    r"|['’]s (?:(?:annual|latest|quarterly|monthly|new|recent|yearly) )?(?:report|survey|study|tracker|analysis)\b"  # "Cut Through Venture's annual report"
)
_DATA_WORD_STARTS = (
    " data", " figures", " estimates", " statistics", " numbers", " données", " chiffres", " calculs", " estimations", " cotations",
    " research", " analysis", " analytics", " consensus", " polled by", " sondés par", "'s ", "’s ",
)
_NAME_WORDS = (" Research", " Analysis", " Analytics", " Consensus")  # part of the provider's name: "according to SPAC Research", "IAA Consensus"
_NAME_GOES_ON = re.compile(rf"{SP}+[{cd.UP}]")
_POLLED = re.compile(rf"{SP}*(?P<name>{cd.PHRASE})")
_ATTRIBUTION_END = re.compile(rf"\b(?:according{SP}+to|selon|d['’]après|per|citing){SP}+(?:(?:les|the|an?|le){SP}+)?$", re.I)
_IN_A = re.compile(rf"\b(?:in|from|of){SP}+(?:an?|the){SP}+$", re.I)
# "Analysts at KLAS Research estimate" (a research firm's view; not "an analyst at X Research", a broker's named analyst)
_ANALYSTS_AT = re.compile(rf"(?:analysts|researchers|analystes){SP}+(?:at|from|chez|de){SP}+(?:the{SP}+)?$", re.I)
_CONSENSUS_OF = re.compile(rf"(?<=\b[lL]e consensus|\bdu consensus){SP}+(?P<name>{cd.PHRASE})")  # "le consensus FactSet"
_SHOW_AFTER = re.compile(rf"{SP}+(?:show|shows|showed|suggest|suggests|suggested|indicate|indicates|indicated)\b")
_DATA_SOURCE_AFTER = re.compile(rf"{SP}+(?:from|compiled{SP}+by|provided{SP}+by){SP}+(?P<name>{cd.PHRASE})")
_STUDY_CITED = re.compile(rf"\b(?:according{SP}+to|per|citing){SP}+(?:(?:the|an?){SP}+)?(?:(?:new|recent|latest|fresh){SP}+)?$", re.I)
_STUDY_BY = re.compile(rf"{SP}+(?:by|from){SP}+(?:the{SP}+)?(?P<name>{cd.PHRASE})")
_DONNEES_DE = re.compile(
    rf"(?:{SP}+[{cd.LOW}][\w-]+)?{SP}+(?:de|du|d['’]|compilée?s?{SP}+par|fournie?s?{SP}+par){SP}*"
    rf"(?:(?:panéliste|cabinet|institut|site|spécialiste|fournisseur){SP}+)?(?P<name>{cd.PHRASE})"  # "du panéliste Circana"
)


def data_providers(text: str, low: str) -> Iterator[tuple[int, int]]:
    """Unknown data providers: "according to Zephyr data", "data from Zephyr",
    "selon les données de Zephyr" (not "centres de données d'Amazon"),
    "according to SPAC Research", "analysts polled by FnGuide", "a Visible Alpha
    consensus", "a consensus compiled by LSEG", "le consensus FactSet"."""
    for m in folded_finditer(_DATA_WORD, text, low, _DATA_WORD_STARTS):
        word = m.group()
        if word.lower() in (" polled by", " sondés par"):  # "analysts polled by FnGuide"
            if (after := _POLLED.match(text, m.end())) is not None:
                yield after.start("name"), after.end("name")
            continue
        before = cd.phrase_before(text, m.start())
        if before and word in _NAME_WORDS and _ANALYSTS_AT.search(text, max(0, before[0] - 30), before[0]):
            if not _NAME_GOES_ON.match(text, m.end()) and not curated(text[before[0] : m.end()]):
                yield before[0], m.end()  # "Analysts at KLAS Research estimate": a research firm, not a broker ("Warburg Research")
        elif before and (_ATTRIBUTION_END.search(text, max(0, before[0] - 30), before[0]) or (
            word == " consensus" and _IN_A.search(text, max(0, before[0] - 12), before[0])  # "in a Vara Research consensus"
        )):
            if word in _NAME_WORDS:  # "SPAC Research", not the "IVC Research" of "IVC Research Center data"
                if not _NAME_GOES_ON.match(text, m.end()):
                    yield before[0], m.end()
            elif word[:1] == " " or not curated(text[before[0] : before[1]]):  # (a company's own report: a company)
                yield before
        elif before and (kind := m.group().strip().lower()) in ("data", "figures", "statistics", "estimates") and (
            _SHOW_AFTER.match(text, m.end()) or kind == "estimates" and text[before[0] - 2 : before[0]] == ", " and text[m.end() : m.end() + 1] in ",."
        ):
            yield before  # "..., PitchBook data show.", "down 22 percent, PitchBook estimates, and"
        elif (kind := m.group().strip().lower()) in ("données", "chiffres", "calculs", "estimations", "cotations"):
            after = _DONNEES_DE.match(text, m.end())
            if after and _ATTRIBUTION_END.search(text, max(0, m.start() - 30), m.start() + 1) and not (
                kind in ("calculs", "estimations") and curated(after.group("name"))  # a broker's estimates: "d'Oddo BHF"
            ):
                yield after.start("name"), after.end("name")
        elif word.lower() in (" research", " analysis") and (after := _STUDY_BY.match(text, m.end())):
            if _STUDY_CITED.search(text, max(0, m.start() - 40), m.start() + 1) and not curated(after.group("name")):
                yield after.start("name"), after.end("name")  # "according to analysis by Altus Group" (not a broker's research)
        elif after := _DATA_SOURCE_AFTER.match(text, m.end()) or _CONSENSUS_OF.match(text, m.end()):
            yield after.start("name"), after.end("name")


@dataclass(frozen=True, slots=True)
class _PressRx:
    starts: tuple[str, ...]  # lower-case words every match of ``cue`` starts with (after a space or ')
    cue: re.Pattern[str]  # a press word (then French adjectives) then the name, or a reporting cue
    det_before: re.Pattern[str]  # the article a press word needs before it
    cited_after: re.Pattern[str]  # ", citing people familiar..." after "X reported"


_REPORTS = (" reported", " reports", " wrote", " writes", " a rapporté", " rapporte", " a révélé", " révèle", " écrit", " a écrit")
_REPORTED_BEFORE = frozenset(("first", "earlier", "previously", "originally", "as", "was", "were"))
_CONFRERES_BEFORE = frozenset(("nos", "leurs", "ses"))
_GAP_STOP = r"(?:de|du|des|d|à|au|aux|en|et|ou|pour|par|sur|qui|que|dont|avec|dans|cite|note|rappelle|souligne|estime|indique|affirme|explique|écrit|révèle|rapporte|précise|ajoute|évoque|juge|avance|relève|raconte|interroge)"  # (not "le journal cite Mei-Lin Chow")


@lru_cache(maxsize=1)
def _press_rx() -> _PressRx:
    data = cd.load_json("publications.json")["press_descriptors"]
    en, fr = data["en"], data["fr"]
    gap = rf"(?:{SP}+(?!{_GAP_STOP}(?![\w'’-]))[{cd.LOW}][\w’-]*){{0,3}}?"  # French adjectives after the word
    cue = (
        # the press words in lower case, as running text writes them ("the Wall Street Journal had ...")
        rf"[ '’\n](?:(?P<en>{cd.trie_pattern(en, r'[ ]+')}){SP}+"
        rf"|(?P<fr>{cd.trie_pattern(fr, r'[ ]+')}){gap}{SP}+"
        rf"|(?P<rep>reported{SP}+by{SP}+(?:the{SP}+)?)"
        rf"|(?P<conf>confrères{SP}+(?:de{SP}+|du{SP}+|d['’])))"
        rf"(?P<name>{cd.PHRASE})(?![\w&-])"
    )
    return _PressRx(
        starts=_shortest({w.split()[0] for w in (*en, *fr)} | {"reported", "confrères"}),
        cue=re.compile(cue),
        # "the Israeli daily X", "le quotidien X", "from data platform X" (not "a weekly Google meeting", "au quotidien")
        det_before=re.compile(rf"(?:^|[^\w])(?i:the|le|la|l['’]|du|from|by|via|to)(?:{SP}+[\w’-]+){{0,3}}?{SP}*\Z"),
        cited_after=re.compile(
            rf",?{SP}+citing{SP}+(?:(?:two|three|several|unnamed|anonymous){SP}+)?"
            rf"(?:people|persons?|sources?|a{SP}+(?:person|source)|documents?|an?{SP}+(?:internal{SP}+)?(?:memo|email))\b"
            rf"|,{SP}+citing{SP}+(?:the|its|an?|officials|executives|management|data|government|company|bank)\b"
        ),
    )


def _shortest(words: set[str]) -> tuple[str, ...]:
    """``words`` without those that start with another one ("news", not "newspaper")."""
    return tuple(sorted(w for w in words if not any(w != v and w.startswith(v) for v in words)))


def _cue_positions(low: str, words: tuple[str, ...]) -> list[int]:
    """Offsets of the space or apostrophe before each of ``words`` in ``low``:
    where a match of the cue pattern can start (one ``str.find`` scan a word)."""
    return [p - 1 for p in literal_positions(low, words) if p > 0 and low[p - 1] in " '’\n"]


def _word_before(low: str, pos: int) -> str:
    """The lower-case word ending right before the space at ``pos``."""
    return low[cd.word_start(low, pos) : pos]


_SOURCE_NOTE = re.compile(rf"\.{SP}Sources?{SP}?:{SP}*(?P<name>{cd.PHRASE})(?=\.?(?:{SP}|\n|\Z)|,)")


def press_names(text: str, low: str) -> Iterator[tuple[int, int]]:
    """Publications named by a press word or a reporting cue (see the module doc),
    or by a note that ends a paragraph ("... la clôture. Source : Actusnews Wire.")."""
    for m in _matches_at(_SOURCE_NOTE, text, literal_positions(text, (". Source", ".\u00a0Source"))):
        yield m.span("name")
    rx, words = _press_rx(), cd.words()
    positions = _cue_positions(low, rx.starts)
    for m in _matches_at(rx.cue, text, positions):
        s, e = m.span("name")
        if m.group("rep"):  # "first reported by X", not "revenue reported by X"
            ok = _word_before(low, m.start()) in _REPORTED_BEFORE
        elif m.group("conf"):  # "nos confrères de X"
            ok = _word_before(low, m.start()) in _CONFRERES_BEFORE
        else:  # "traded daily on Nasdaq", "au quotidien"
            ok = rx.det_before.search(text, max(0, m.start() - 40), m.start() + 1) is not None or (
                text.startswith(_REPORTS, e)  # "Business outlet Kursiv reported"
            )
        if ok and text[s:e] not in words.calendar:
            yield s, e
    for start in (p for p in positions if low.startswith(" reported", p)):  # (found by the cue scan)
        end = start + 9
        if rx.cited_after.match(text, end):  # "Calcalist reported, citing people familiar with the matter"
            if _word_before(low, start) in ("has", "had"):
                start = cd.word_start(low, start) - 1
            span = cd.phrase_before(text, start)
            if span:
                yield span
