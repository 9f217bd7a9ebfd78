"""A programme's or a project's name is no company ("au programme EPR2", "the
project Aurora"); "les actifs de X" and "the assets of X" name a firm; a firm
written "X & Partners" is found with no other cue ("by Vinge and by Ekholm &
Partners"), but a newsletter's masthead ("The Grid & Hydrogen Brief") is no firm;
a country in brackets before a legal form is part of the name ("X (Singapore) Pte. Ltd.");
Italian and French particles join a name ("Banca di Bologna", "Chantiers de l'Atlantique")."""

from __future__ import annotations

from tests.core.company_helpers import names_in

en, fr = names_in("en"), names_in("fr")


def test_a_programme_or_project_name_is_not_a_company() -> None:
    assert fr("Les commandes sont liées au programme EPR2, a précisé le groupe Kestrel.") == ["Kestrel"]
    assert "Aurora" not in en("Kestrel signed the project Aurora contract.")


def test_the_assets_of_name_a_firm() -> None:
    assert fr("Le groupe reprend les actifs de Genvia à Béziers pour 8,5 M€.") == ["Genvia"]
    assert en("Orvane bought the assets of Delmar Steel for $40 million.") == ["Orvane", "Delmar Steel"]


def test_a_firm_named_with_and_partners_needs_no_other_cue() -> None:
    assert "Ekholm & Partners" in en("Norrvolt was advised by a team from Vinge and by Ekholm & Partners.")


def test_a_newsletters_masthead_with_an_ampersand_is_not_a_firm() -> None:
    names = en("The Grid & Hydrogen Brief: Prysmian's cable bet. The deal was advised by Vexa & Moreau.")
    assert "Grid & Hydrogen Brief" not in names and "Vexa & Moreau" in names


def test_a_country_in_brackets_before_a_legal_form_is_part_of_the_name() -> None:
    from tests.core.company_helpers import by_name

    assert by_name("The buyer is Victoria Peak Analytics (Singapore) Pte. Ltd., a unit of Altair.") == {
        "Victoria Peak Analytics (Singapore)": ("Victoria Peak Analytics (Singapore) Pte. Ltd.",), "Altair": ()
    }
    assert "Marvéjols Gloves (Malaysia)" in fr("Le vendeur, Marvéjols Gloves (Malaysia) Sdn Bhd, a signé.")


def test_italian_and_french_particles_inside_a_name() -> None:
    assert en("It will reduce a revolving credit line with Banca di Bologna.") == ["Banca di Bologna"]
    assert fr("Fincantieri partage le contrat avec Chantiers de l'Atlantique pour sécuriser les aciers.") == [
        "Fincantieri", "Chantiers de l'Atlantique"
    ]


def test_a_wire_dateline_of_two_places_is_not_a_firm() -> None:
    assert "Italy & CLEVELAND--" not in en("TURIN, Italy & CLEVELAND--(BUSINESS WIRE)--Feb. 18, 2026--Comau S.p.A. agreed to buy Lakeshore.")
