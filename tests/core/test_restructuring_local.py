"""Infrastructure and restructuring copy: "Groupe X" and "X" in any order, a
regional bank listed with another lender, an offer list's "X (Allemagne) :",
an acronym read across a hyphenated name, trustees "represented by", sentence
starters such as "Bondholders", research bodies by their full name, a demonym
before a fund manager's name, and rivals after "il concurrence"."""

from __future__ import annotations

from tests.core.company_helpers import by_name, names_in
from tests.core.source_helpers import cited_in

en, fr = names_in("en"), names_in("fr")


def test_a_group_and_its_bare_name_in_any_order() -> None:
    text = "Flash avocats\n\nSolvane lève 40 M€. Les avocats de Groupe Solvane ont piloté l'opération, qui valorise Solvane 400 M€."
    assert by_name(text, "fr") == {"Groupe Solvane": ("Solvane",)}


def test_a_regional_bank_listed_with_another_lender() -> None:
    found = fr("Aéroport\n\nLa dette de 217 M€ est arrangée par le Crédit Agricole du Finistère et Arkéa, à un taux indexé sur l'Euribor.")
    assert "Crédit Agricole du Finistère" in found and "Crédit Mutuel Arkéa" in found
    assert "Caisse d'Epargne Auvergne et Limousin" in fr("Banques\n\nLa Caisse d'Epargne Auvergne et Limousin prête 12 M€ à la société Kerlys.")


def test_the_origin_of_a_bidder_in_an_offer_list() -> None:
    text = "Fonderie\n\nLes offres en lice\n\n- Gießerei Vornholt (Allemagne) : 3,2 M€ pour les actifs ;\n- Groupe Altéane (Saint-Étienne) : 2,1 M€."
    found = fr(text)
    assert "Gießerei Vornholt" in found and "Gießerei Vornholt (Allemagne)" not in found


def test_an_acronym_read_across_a_hyphenated_name() -> None:
    text = "Papeterie\n\nPapeterie Haut-Saint-Lys inc. (PHSL) a obtenu une ordonnance. Pour poursuivre ses activités, PHSL a obtenu 28 M$."
    assert by_name(text, "fr") == {"Papeterie Haut-Saint-Lys": ("Papeterie Haut-Saint-Lys inc.", "PHSL")}  # (Quebec writes "inc." in lower case)


def test_a_trustee_represents_bondholders() -> None:
    found = en("Workout desk\n\nStockholm landlord Norrvik Fastigheter AB failed to refinance its bonds. Bondholders, represented by Kestrel Trustee Services, weigh a swap.")
    assert "Kestrel Trustee Services" in found and "Bondholders" not in found


def test_a_research_body_by_its_full_name_is_a_source() -> None:
    cited = cited_in("en")
    assert cited("Retail\n\nThe chain closed 40 stores. According to the Centre for Shop Studies, 13,479 shops closed last year.") == ["Centre for Shop Studies"]
    # a ministry or a regulator is no research body; a statistics office is a publication (the list says so)
    assert cited("Retail\n\nThe chain closed. According to the Department for Business and Trade, sales fell 2% in May.") == []
    assert cited("Retail\n\nThe chain closed. According to the Office for National Statistics, sales fell 2% in May.") == ["Office for National Statistics"]


def test_a_demonym_before_a_fund_managers_name() -> None:
    assert "Gulf Digital Ventures" in fr("Data\n\nLa SFI apporte 550 MDH et le fonds émirien Gulf Digital Ventures le solde, soit 550 millions de dirhams.")


def test_rivals_and_suppliers_in_french() -> None:
    found = fr("Data\n\nLe centre sera alimenté par de l'électricité fournie par Narevo pendant 20 ans. Il concurrence Iozix, déjà présent à Rabat.")
    assert {"Narevo", "Iozix"} <= set(found)
    assert "Action" in fr("Reprise\n\nDeux autres candidats : le discounteur néerlandais Action, intéressé par quarante magasins.")
