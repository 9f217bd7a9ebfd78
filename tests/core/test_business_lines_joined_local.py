"""An annual report names its business lines with common nouns joined by "&": "Tanks &
Treatment, which makes septic tanks", "Harnesses & Hardware, home to our harnesses". Such
a line is no company when each of its words is written in lower case elsewhere and one is a
plural. A firm so named stays one ("Houle & Vent", "Pilchard & Co", "Marks & Spencer")."""

from __future__ import annotations

from tests.core.company_helpers import names_in

en, fr = names_in("en"), names_in("fr")


def test_business_lines_are_no_companies() -> None:
    found = en(
        "Our two segments both grew. Tanks & Treatment, which makes septic tanks and treatment plants, delivered "
        "£178.6m. Harnesses & Hardware, home to our harnesses and hardware, grew 9%. Marks & Spencer was a client."
    )
    assert "Tanks & Treatment" not in found and "Harnesses & Hardware" not in found
    assert "Marks & Spencer" in found


def test_firms_joined_by_an_ampersand_stay_firms() -> None:
    assert "Houle & Vent" in fr("La voilerie Houle & Vent lève 2 M€ ; la houle et le vent ont dicté son nom.")
    assert "Pilchard" in en("Pilchard & Co raised £3m; pilchard sales rose 4% and co-packers were busy.")
