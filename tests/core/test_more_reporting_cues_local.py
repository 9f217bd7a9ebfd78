"""More ways a text credits a paper: what it adds, recalls or told ("Bloomberg adds that", "De Tijd
rappelle que", "Ouest-France a raconté notre histoire", "La Marseillaise l'avait annoncé",
"Bloomberg ayant rapporté que"), the piece it ran ("since the Belfast Telegraph ran its piece"),
and who flagged the deal first ("first flagged by The Australian's DataRoom column", "Comme
l'indiquait Var-Matin"). A paper's column named with the paper ("Street Talk in The Australian Financial
Review") is the paper, one source."""

from __future__ import annotations

from tests.core.source_helpers import cited_in

en, fr = cited_in("en"), cited_in("fr")


def test_english_cues() -> None:
    assert en("The float is set for the autumn. Bloomberg adds that the group would list only 25% at first.") == ["Bloomberg"]
    assert en("A few of you have emailed since the Belfast Telegraph ran its piece about our looms.") == ["Belfast Telegraph"]
    assert en("The deal was first flagged by The Australian's DataRoom column last week.") == ["The Australian"]


def test_french_cues() -> None:
    assert fr("Le titre a gagné 2,1 %, Bloomberg ayant rapporté que CVC avait proposé un rachat.") == ["Bloomberg"]
    assert fr("Selon plusieurs gérants, le prix est juste ; De Tijd rappelle que le fonds détient 12 %.") == ["De Tijd"]
    assert fr("L'ensemble est valorisé 22 millions d'euros. La Marseillaise l'avait annoncé dès mercredi.") == ["La Marseillaise"]
    assert fr("Comme l'indiquait Var-Matin l'an passé, le marché des terrasses couvertes a doublé.") == ["Var-Matin"]


def test_a_word_that_names_no_paper() -> None:
    assert fr("La montagne rappelle aux skieurs que la saison a été courte.") == []


def test_a_papers_column_is_the_paper() -> None:
    text = "The raising, first reported by Street Talk in The Australian Financial Review on Wednesday, was priced at 62c."
    assert en(text) == ["The Australian Financial Review"]
    assert en("The deal, first reported by Street Talk, values the firm at $40m.") == ["Street Talk"]
