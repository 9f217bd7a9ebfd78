"""Company names given away by the role a text gives them: a buyer "repris
par", a court's "mandataire", a syndicate's "arrangé par", an adviser "is
debtor's counsel" or "the legal adviser", a firm named after its founder with
his initials; organisation words (REIT, Advisory, Brothers, Coentreprise);
words that are not names (a compass point, "Chapter 11", a demonym)."""

from __future__ import annotations

from tests.core.company_helpers import by_name, names_in

names = names_in("fr")


def test_french_deal_roles() -> None:
    assert names("L'usine est reprise par Vernier Groupe, qui garde 80 salariés.") == ["Vernier Groupe"]
    assert names("Le fabricant passe sous le contrôle de Lormont Bois. Il investira.") == ["Lormont Bois"]
    assert names("Maître Roux a été désignée aux côtés du mandataire FHB.") == ["FHB"]
    assert names("Un prêt arrangé par Banque Atlantique Togo et Orabank Bénin finance le rachat.") == [
        "Banque Atlantique Togo", "Orabank Bénin"
    ]
    assert names("Le produit est vendu dans 40 magasins Naturalia de la région.") == ["Naturalia"]


def test_english_adviser_roles_and_founders_initials() -> None:
    en = names_in("en")
    assert en("Whitmore Pryce & Lowe is debtor's counsel and Kestrel Partners is financial adviser.") == [
        "Whitmore Pryce & Lowe", "Kestrel Partners"
    ]
    assert en("Anvil Securities is the financial adviser and Drayton & Vell the legal adviser.") == [
        "Anvil Securities", "Drayton & Vell"
    ]
    assert en("Analysts said Mary Jones is the legal counsel of the board.") == []
    assert "Robert K. Thane & Co" in by_name("The firm Robert K. Thane & Co advised the buyer.")["Robert K. Thane"]


def test_organisation_words() -> None:
    en = names_in("en")
    assert by_name("What's new. Tanjong Logistics REIT (TLREIT) bought a warehouse.") == {
        "Tanjong Logistics REIT": ("TLREIT",)
    }
    assert en("Staff were told by administrators from Quarry Advisory on Friday.") == ["Quarry Advisory"]
    assert en("It has chosen a Harlow Brothers-led group as bidder.") == ["Harlow Brothers"]
    assert by_name("Le réseau appartient à la Coentreprise de Stockage du Gaz (CSG), détenue par Engie.", "fr") == {
        "Coentreprise de Stockage du Gaz": ("CSG",), "Engie": ()
    }


def test_words_that_are_not_names() -> None:
    assert names("Le négociant Ravelo, présent sur la côte Ouest, a signé l'achat de Mitsio.") == ["Ravelo"]
    en = names_in("en")
    assert en("The chain filed for Chapter 11 in May; Marlow Foods will buy a Lao tea maker.") == ["Marlow Foods"]


def test_a_name_by_its_offering_or_its_lenders() -> None:
    en = names_in("en")
    assert en("The sale would be the largest since Tulparoil's offering in 2021.") == ["Tulparoil"]
    assert en("Ardenvale's lenders agreed to extend the loan.") == ["Ardenvale"]
    assert en("France's merger rules apply.") == []
