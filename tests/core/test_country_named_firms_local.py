"""A rule learnt from the twenty-third session's held-out sets, with articles of
our own: a firm first named with its country ("Rivtek Sverige AB") and then by
its short name ("Rivtek's owner") is one company; a short name named first, or
after "le groupe", is the parent ("BGFIBank Gabon" and "le groupe BGFIBank")."""

from __future__ import annotations

from tests.core.article_helpers import article_names


def test_a_country_named_firm_then_its_short_name_is_one_company() -> None:
    text = (
        "AF Gruppen buys Rivtek\n\n"
        "OSLO, March 3, 2026 (Reuters) - AF Gruppen has agreed to buy Swedish demolition company Rivtek Sverige AB "
        "for NOK 1.1 billion. Rivtek's owner, the Stockholm-based fund Valedo Partners, will receive new shares.\n"
    )
    names = article_names(text)
    assert not any(n == "Rivtek" for n in names), names
    assert any(n.startswith("Rivtek Sverige") for n in names)


def test_the_group_named_after_its_country_unit_is_the_parent() -> None:
    text = (
        "Gabon : un prêt syndiqué pour Okoumé Industries\n\n"
        "LIBREVILLE, 3 mars 2026 - Un pool de banques conduit par BGFIBank Gabon a signé lundi un prêt de 40 milliards "
        "de FCFA. Le directeur général de BGFIBank Gabon a rappelé que le groupe BGFIBank avait engagé 150 milliards "
        "de FCFA dans la filière bois.\n"
    )
    names = article_names(text)
    assert "BGFIBank" in names and "BGFIBank Gabon" in names, names
