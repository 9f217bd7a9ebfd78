"""A press review ("REVUE DE PRESSE | Mardi 14 mars") cites every paper it names, with or without a
reporting verb beside the name ("Pour Le Figaro, l'enjeu est industriel", "La Tribune s'intéresse
au financement"); "le journal" or "le quotidien économique" that refers back to one is no source,
nor is the person "le journal cite"; "C'est Ouest-France qui a sorti l'information" cites it."""

from __future__ import annotations

from tests.core.source_helpers import cited_in

cited = cited_in("fr")

REVIEW = (
    "REVUE DE PRESSE | Jeudi 9 mars 2062\n\n"
    "Fromagerie Ardoin passe sous pavillon belge : ce qu'en dit la presse\n\n"
    "Les Echos donnent les grandes lignes : le belge Maréchal paie 84 millions d'euros. Le quotidien économique note "
    "que le prix reste élevé.\n\n"
    "Pour Le Figaro, l'enjeu est d'abord industriel. Le journal cite Odile Ferrant, directrice de l'usine : « Rien ne "
    "bouge. »\n\n"
    "La Tribune s'intéresse au financement, un prêt de 50 millions d'euros. Challenges, enfin, avance que le fonds "
    "Tikehau aurait étudié le dossier.\n"
)


def test_a_press_review_cites_every_paper_it_names() -> None:
    assert cited(REVIEW) == ["Les Echos", "Le Figaro", "La Tribune", "Challenges"]


def test_outside_a_press_review_a_paper_needs_a_cue() -> None:
    text = REVIEW.replace("REVUE DE PRESSE | ", "ÉCONOMIE | ")
    assert "La Tribune" not in cited(text) and "Le journal" not in cited(text) and "Odile Ferrant" not in cited(text)


def test_the_paper_that_broke_the_news() -> None:
    text = "Le fabricant lève sept millions d'euros. C'est Ouest-France qui a sorti l'information jeudi dernier.\n"
    assert cited(text) == ["Ouest-France"]
