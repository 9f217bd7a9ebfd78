"""Well-known firms of small trades are in the curated list: crowdfunding platforms (Tudigo),
claims agents and Delaware counsel of Chapter 11 cases (Kroll Restructuring Administration,
Young Conaway Stargatt & Taylor), playground makers (Kompan, Proludic), harp makers (Camac,
Salvi), rope makers (Hampiðjan, written either way, one company). A firm's name that also titles a
newsletter ("Gulf Capital Brief") needs company context."""

from __future__ import annotations

from tests.core.company_helpers import names_in

en, fr = names_in("en"), names_in("fr")


def test_platforms_and_counsel() -> None:
    assert "Tudigo" in fr("La campagne, ouverte sur Tudigo, vise 800 000 euros auprès de 600 investisseurs.")
    found = en("The debtors retained Young Conaway Stargatt & Taylor as counsel and Kroll Restructuring Administration as claims agent.")
    assert {"Young Conaway Stargatt & Taylor", "Kroll Restructuring Administration"} <= set(found)


def test_makers_of_small_trades() -> None:
    found = fr("Kompan et Proludic se partagent le marché, devant Camac Harps pour les harpes.")
    assert {"Kompan", "Proludic", "Camac Harps"} <= set(found)


def test_one_company_in_two_spellings() -> None:
    found = en("Hampiðjan hf. bought the net loft. Hampidjan said the deal would close in May.")
    assert found.count("Hampiðjan") == 1 and "Hampidjan" not in found


def test_a_newsletter_title_needs_company_context() -> None:
    assert "Gulf Capital" not in en("Gulf Capital Brief · Issue #88\n\nMubadala closed a $4.2bn fund, its largest yet.\n")
    assert "Gulf Capital" in en("Gulf Capital, the Abu Dhabi private equity firm, sold its 35% stake in Qamar to Tharwa.")
