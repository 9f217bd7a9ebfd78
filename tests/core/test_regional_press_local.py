"""Regional and national press: a product range is no company, a headline's
place is no roundup item, a shipyard and its owners, a public agency; the
kroner of a Norwegian article, shares offered in an IPO table, "More on
this" lists, and sources cited through a count or a trade site."""

from __future__ import annotations

from tests.core.company_helpers import names_in
from tui.core.clean import clean
from tui.core.money import find_figures
from tui.core.sources import find_sources

names = names_in("fr")
en = names_in("en")


def test_ranges_headlines_yards_and_agencies() -> None:
    text = "Cholet : le fabricant de stores Lambrel Industrie racheté par le néerlandais Veldmark Shading\n\nSes gammes Solaris et Brizo seront distribuées."
    assert names(text) == ["Lambrel Industrie", "Veldmark Shading"]
    text = (
        "Intro.\n\nThe shipyard Ulsvik Verft will build the vessels. Fjordline is owned by Vestland Holding, a vehicle "
        "controlled by Havrand Holding and Kistevik. A grant comes from the state climate agency Enova."
    )
    assert en(text) == ["Ulsvik Verft", "Fjordline", "Vestland Holding", "Havrand Holding", "Kistevik"]
    assert names("Intro.\n\nParmi les clients figurent les réseaux Vetalia et Clinivet.") == ["Vetalia", "Clinivet"]


def test_kroner_and_shares_offered() -> None:
    text = "The Oslo-listed firm rose to NOK 46.80, a value of 4.7 billion kroner; the yard costs 1.9 billion kroner."
    assert [(f.text, f.currency) for f in find_figures(text, "en") if f.kind == "money"] == [
        ("NOK 46.80", "NOK"), ("4.7 billion kroner", "NOK"), ("1.9 billion kroner", "NOK")
    ]
    text = "It may raise HK$7.1 billion.\n\nH shares offered: 264.5 million (plus 15% over-allotment)"
    assert [f.text for f in find_figures(text, "en") if f.kind == "money"] == ["HK$7.1 billion"]


def test_related_lists_and_sources() -> None:
    body = "The company raised money from a group of investors led by a fund, the filing showed on Monday in Hong Kong."
    assert clean(f"Title\n\n{body}\n\nMore on this:\nRobotics start-up files for US$1 billion float\n").removed == (
        "More on this:", "Robotics start-up files for US$1 billion float"
    )
    text = "D'après le décompte de Dealroom, le secteur a levé 1,3 milliard. L'agence Bloomberg avait évoqué des discussions. Contrats avec RTE et Enedis."
    assert [s.name for s in find_sources(text, "fr")] == ["Dealroom", "Bloomberg"]
    assert [s.name for s in find_sources("Rivals had bid, Norwegian maritime site Sysla wrote.", "en")] == ["Sysla"]


def test_sources_named_after_a_cue_and_before_a_person() -> None:
    text = "Comme l'avait indiqué L'Usine Nouvelle, le groupe était en concurrence. « Non », a déclaré en entrevue avec La Presse Jean-Paul Roy, PDG."
    assert [s.name for s in find_sources(text, "fr")] == ["L'Usine Nouvelle", "La Presse"]
    assert [s.name for s in find_sources("According to research group Omdia, capacity will double.", "en")] == ["Omdia"]


def test_newsletter_items_with_a_dash_and_its_sponsor_lines() -> None:
    text = "Intro.\n\n• Hydrolys (Grenoble, électrolyseurs) – 95 M€ en série C\nTour mené par Eurazeo.\n\nZurich (awp) - La Bourse suisse a fini en hausse."
    assert names(text) == ["Hydrolys", "Eurazeo"]
    body = "US venture funding hit 41.3 billion dollars in the first quarter, up 18% from a year earlier, per the data."
    removed = clean(f"Title\n\n{body}\n\nLike this newsletter? Forward it to a friend. Sponsored by Cartwright Payroll: save $1,000.\n").removed
    assert removed == ("Like this newsletter? Forward it to a friend. Sponsored by Cartwright Payroll: save $1,000.",)
    assert en("Intro.\n\nQuillo, a New York-based AI note-taker, raised $7.5M. CPP Investments backs a joint venture with Stackline Digital.") == [
        "Quillo", "CPP Investments", "Stackline Digital"  # (the description is no name; the subject of "raised" is one)
    ]
