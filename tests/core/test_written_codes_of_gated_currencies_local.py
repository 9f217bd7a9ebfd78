"""Rules learnt from the twenty-fifth session's held-out sets, with texts of our
own, on how an amount is written:

* a currency whose symbol or common word is read only where the text names its
  country (the dirham, the leu, the kina) is still read where the text writes
  its ISO code ("a nursing test AED 650", "PGK 4 million"); a legal entity
  identifier ("LEI 969500…") stays no money in a text that names no Romania;
* a name glued to "Kr" ("selon 36Kr") is no amount in crowns, nor is a
  "20-pound bag" one in pounds;
* "une quarantaine de millions d'euros" is about forty million euros."""

from __future__ import annotations

from tests.core.figure_helpers import money


def test_iso_codes_of_gated_currencies_are_read_without_the_country() -> None:
    found = money("New centres in the Gulf: a medical licensing exam now costs $300 and a nursing test AED 650. "
                  "A mine in the highlands raised PGK 4 million.")
    assert ("AED 650", 650.0, "AED") in found, found
    assert ("PGK 4 million", 4e6, "PGK") in found


def test_a_legal_entity_identifier_is_no_leu() -> None:
    assert money("The fund (LEI 969500ABCD) raised €40 million.") == [("€40 million", 4e7, "EUR")]


def test_a_name_glued_to_kr_is_no_crown() -> None:
    # "36Kr" (a publication) ends in a crown's letters; crowns are written "36 kr", "kr 36"
    found = money("Selon 36Kr, la demande a dépassé 2,1 Mds$. À Oslo, le billet coûte 36 kr.", "fr")
    assert [t for t, _, _ in found] == ["2,1 Mds$", "36 kr"], found


def test_about_forty_million_euros() -> None:
    found = money("Le groupe a investi une quarantaine de millions d'euros et emploie une vingtaine de salariés. "
                  "Son rival avait payé une centaine de millions de dollars.", "fr")
    assert ("une quarantaine de millions d'euros", 4e7, "EUR") in found, found
    assert ("une centaine de millions de dollars", 1e8, "USD") in found
    assert len(found) == 2


def test_a_bag_of_twenty_pounds_is_a_weight() -> None:
    found = money("Its flagship 20-pound bag of seed sells for $24.97; the shop also took a 10-pound note.")
    assert [t for t, _, _ in found] == ["$24.97", "10-pound"], found
