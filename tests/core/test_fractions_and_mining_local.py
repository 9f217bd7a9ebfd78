"""Percentages with a fraction ("66 2/3%", "66⅔ %"), which a vote threshold is
often written with, and the numbers around them that are no fraction; Portuguese
and Spanish particles inside a company's name ("Rodovias do Cerrado"); a new
entity named between commas ("une société commune, Atlas Énergie,")."""

from __future__ import annotations

from tests.core.company_helpers import names_in
from tui.core.money import find_figures

en, fr = names_in("en"), names_in("fr")


def percents(text: str, lang: str = "en") -> list[tuple[str, float | None]]:
    return [(f.text, f.value) for f in find_figures(text, lang) if f.kind == "percent"]


def test_a_fraction_of_a_percent_is_one_figure() -> None:
    text = "The arrangement needs 66 2/3% of votes cast; the fund bought 33 1/3 % more, and 3/4 per cent is left."
    assert percents(text) == [("66 2/3%", 66.667), ("33 1/3 %", 33.333), ("3/4 per cent", 0.75)]


def test_a_fraction_glyph_after_the_number() -> None:
    assert percents("Le plan doit réunir 66⅔ % des voix, contre 50 % auparavant.", "fr") == [("66⅔ %", 66.667), ("50 %", 50.0)]


def test_a_number_after_a_slash_is_no_percentage() -> None:
    assert percents("The 60/40% split and the 24/7 desk; margin 5%.") == [("5%", 5.0)]
    assert percents("Its stake, 2/3, rose by 4%.") == [("4%", 4.0)]


def test_portuguese_and_spanish_particles_inside_a_name() -> None:
    found = en(
        "Roads\n\nEcorodovias agreed to buy Rodovias do Cerrado for R$2.1 billion, and Chile's fund sold Aguas de los Andes. "
        "Transportes del Sur keeps its stake; Rodovias do Cerrado runs 400 km."
    )
    assert {"Rodovias do Cerrado", "Aguas de los Andes", "Transportes del Sur"} <= set(found)
    assert "Cerrado" not in found and "Rodovias" not in found


def test_a_new_entity_named_between_commas_after_its_article() -> None:
    assert {"Brightwater Grid"} <= set(en("Spin\n\nThe mines go into a separate company, Brightwater Grid, next year."))
    assert {"Atlas Énergie"} <= set(fr("JV\n\nLes deux groupes créent une société commune, Atlas Énergie, détenue à parts égales."))
    assert "Jane Doe" not in en("Deal\n\nAn investor, Jane Doe, said the deal was fair.")
