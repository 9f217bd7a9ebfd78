"""Holdings notices, waste and leisure copy: a law's date is not the
article's, a share bar with spaced separators is a leftover, Quebec's lower-case
"inc.", a law named after a curated word ("Norwegian Securities Trading Act"),
quotations and a wire's footer cited as sources, and pence in a London share
price."""

from __future__ import annotations

from tests.core.company_helpers import by_name, names_in
from tests.core.figure_helpers import money
from tests.core.source_helpers import cited_in
from tui.core.dates import find_date
from tui.core.extract import extract
from tui.core.load import article_from_text

en, fr = names_in("en"), names_in("fr")


def test_a_laws_date_is_not_the_articles() -> None:
    text = "Transparence\n\nLumeco a publié deux notifications reçues en vertu de la loi du 2 mai 2007 : rien de neuf.\n"
    assert find_date(text, "fr") is None
    assert find_date("Title\n\nUnder the Companies Act of May 2, 2007, holders must notify the issuer.\n", "en") is None
    assert str(find_date("Titre\n\nParis, le 2 mai 2025. Lumeco a publié deux notifications.\n", "fr")) == "2025-05-02"


def test_a_share_bar_with_spaced_separators_is_a_leftover() -> None:
    for bar in ("Partager :  Facebook · X · LinkedIn · E-mail", "Partager sur Facebook | Partager sur LinkedIn | Courriel"):
        text = f"Rachat\n\nLe groupe Meridia rachète Solvane pour 20 millions d'euros.\n\n{bar}\n"
        names = [c.name for c in extract(article_from_text(text, path="bar.txt")).companies]
        assert names == ["Meridia", "Solvane"]


def test_quebec_writes_inc_in_lower_case() -> None:
    found = by_name(
        "Alerte\n\nLa Caisse a franchi le seuil de 10 % des actions de Fibres Mistassini inc., producteur de pâte kraft. "
        "Fibres Mistassini a bondi.\n",
        "fr",
    )
    assert found == {"Fibres Mistassini": ("Fibres Mistassini inc.",)}


def test_a_law_named_after_a_curated_word_is_no_company() -> None:
    assert en("Bid\n\nUnder the Norwegian Securities Trading Act, an investor passing one third must bid for the rest.\n") == []


def test_price_quotations_and_a_wire_footer_are_sources() -> None:
    assert cited_in("fr")(
        "Plastique\n\nLe PET recyclé s'échange à 1 150 euros la tonne, d'après les cotations de Polymer Price Watch.\n"
    ) == ["Polymer Price Watch"]
    assert cited_in("en")("Notice\n\nThis information is provided by RNS, the news service of the London Stock Exchange.\n") == ["RNS"]


def test_a_london_share_price_in_pence() -> None:
    found = money("Travel\n\nAegean shares, a rival for Greek beds, fell 2.4% to 1,525p in London on the news.\n")
    assert found == [("1,525p", 15.25, "GBP")]
    assert money("Video\n\nThe camera records 1080p video and ships in Paris.\n") == []
