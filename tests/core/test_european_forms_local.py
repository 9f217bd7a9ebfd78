"""Continental European copy: scale words of other languages quoted in French or
English ("430 millones de euros", "1,2 miliardi di euro", "1,2 mld zł", "€1,4
miljard"), a Finnish report's "MEUR 142.7", the Czech "Kč", legal forms in lower
case ("sp. z o.o.", "s.r.o."), and a roundup item's heading that names a company
by its short name before the paragraph gives the full one."""

from __future__ import annotations

from tests.core.company_helpers import by_name, names_in
from tests.core.figure_helpers import money

en = names_in("en")


def test_scale_words_of_other_languages() -> None:
    assert money("Le prix atteint 430 millones de euros, puis 1,2 miliardi di euro.", "fr") == [
        ("430 millones de euros", 4.3e8, "EUR"), ("1,2 miliardi di euro", 1.2e9, "EUR")
    ]
    assert money("Le groupe paie 1,2 mld zł et 5 mld. Kč, soit 1 084 Kč par action.", "fr") == [
        ("1,2 mld zł", 1.2e9, "PLN"), ("5 mld. Kč", 5e9, "CZK"), ("1 084 Kč", 1084.0, "CZK")
    ]
    assert money("The buyer pays €1,4 miljard; sales were MEUR 142.7, up from MEUR 131.8.", "en") == [
        ("€1,4 miljard", 1.4e9, "EUR"), ("MEUR 142.7", 1.427e8, "EUR"), ("MEUR 131.8", 1.318e8, "EUR")
    ]


def test_legal_forms_in_lower_case_end_the_name() -> None:
    found = by_name("Deals\n\nPoland: Warsaw payroll start-up Płatnik sp. z o.o. raised zł 48 million. Bratislava developer Dunajské Nábřeží s.r.o. priced a bond.")
    assert found["Płatnik"] == ("Płatnik sp. z o.o.",)
    assert found["Dunajské Nábřeží"] == ("Dunajské Nábřeží s.r.o.",)


def test_a_roundup_heading_with_the_short_name() -> None:
    text = (
        "Deal watch\n\nThis week: seafood and hotels.\n\n1. Bonvera buys Conservas Valdeira\n\n"
        "Parma-based Bonvera Alimentare S.p.A. has acquired Conservas Valdeira for €120 million.\n\n"
        "2. Brisalta refinances\n\nMallorca hotel owner Hoteles Brisalta signed a €350 million loan with BBVA."
    )
    found = by_name(text)
    assert set(found["Bonvera Alimentare"]) == {"Bonvera Alimentare S.p.A.", "Bonvera"}
