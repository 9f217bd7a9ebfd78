"""Names whose words are joined by "and" before a legal form: "Oil and Natural
Gas Corp." is one company; "Apple and Microsoft Corp." is two."""

from __future__ import annotations

from tests.core.company_helpers import names_in

en = names_in("en")


def test_describing_words_joined_by_and_make_one_name() -> None:
    found = en("Farm deal agreed\n\nSahel Agricultural and Livestock Holding Co. agreed on Monday to buy a 30% stake in the dairy maker Varnel Foods Ltd. for an undisclosed sum.")
    assert "Sahel Agricultural and Livestock Holding" in found
    assert "Sahel Agricultural" not in found and "Livestock Holding" not in found
    assert "Korvan Oil and Gas" in en("Energy\n\nShares of Korvan Oil and Gas Corp. rose 4% after the sale.")


def test_two_names_joined_by_and_stay_two() -> None:
    found = en("Markets\n\nApple and Microsoft Corp. both declined to comment; France and Tata Steel Ltd signed a pact.")
    assert {"Apple", "Microsoft", "Tata Steel"} <= set(found)
    assert not any(" and " in name for name in found)


def test_curated_names_written_with_and() -> None:
    found = en("Consumer goods\n\nProcter and Gamble Co. and Johnson and Johnson agreed to the plan.")
    assert {"Procter & Gamble", "Johnson & Johnson"} <= set(found)


def test_a_firm_name_before_and_is_its_own_name() -> None:
    found = en("Funding\n\nThe round was led by Sequoia Capital and Tornvik Robotics A/S, which invested $20m between them in the Oslo start-up.")
    assert "Sequoia Capital" in found and not any(" and " in name for name in found)
