"""Company names in filings, rating reports and local copy: a law firm named
by its partners, a unit of a curated name, Icelandic, Romanian and Andean
organisation words and legal forms, a filing's defined terms, markets and
central banks that are no companies, run-in headings, and a short name that
ends a longer one."""

from __future__ import annotations

from tests.core.company_helpers import by_name, names_in

names = names_in("fr")
en = names_in("en")


def test_a_firm_named_with_its_partners_in_parentheses() -> None:
    text = "Conseil de Veltane : Marbeuf Avocats. Conseil des fondateurs : Hautclair (Maxence Aubry, associé)."
    assert "Hautclair" in names(text)
    assert "Orvale" in en("The sponsor hired Orvale (Jane Doe and Tom Ray, partners) for the deal.")


def test_a_curated_name_with_a_particle_and_a_unit_word() -> None:
    text = "Conseils des cédants : Jeantet et Edmond de Rothschild Corporate Finance. Edmond de Rothschild gère le fonds."
    assert names(text) == ["Jeantet", "Edmond de Rothschild Corporate Finance", "Edmond de Rothschild"]


def test_icelandic_and_romanian_names() -> None:
    text = "Skarfur hf. agreed the deal. Gjögur lífeyrissjóður owns 14%; Hvalur banki advises the board, and Fjörður fjárfestingarbanki the seller."
    assert en(text) == ["Skarfur", "Gjögur lífeyrissjóður", "Hvalur banki", "Fjörður fjárfestingarbanki"]
    text = "State-owned Banca Vâlcea will buy Credit Argeș IFN, with Țepeș Bârsan & Asociații as legal adviser."
    assert en(text) == ["Banca Vâlcea", "Credit Argeș IFN", "Țepeș Bârsan & Asociații"]


def test_markets_and_central_banks_are_no_companies() -> None:
    text = "The shares closed at ISK 91.50 on Nasdaq Iceland. The National Bank of Romania approved Carpa Credit."
    assert en(text) == ["Carpa Credit"]
    assert en("Trading Symbol: KRNL | The Nasdaq Stock Market LLC\n\nThe board of Kernel Tools Inc. agreed.") == ["Kernel Tools"]


def test_a_filings_defined_terms_and_its_parties() -> None:
    text = (
        'On March 2, Kernel Tools, Inc. (the "Company") entered into a merger agreement with Pine Parent, LLC ("Parent") '
        'and Pine Merger Sub, Inc. ("Merger Sub"). Each share will receive $12.00 in cash (the "Merger Consideration"). '
        "The Merger Consideration represents a premium of 31%. Loans come from Goldman Sachs Bank USA and Fulton Trust Bank, N.A."
    )
    assert en(text) == ["Kernel Tools", "Pine Parent", "Pine Merger Sub", "Goldman Sachs Bank USA", "Fulton Trust Bank"]


def test_a_rating_reports_paragraphs_and_headings() -> None:
    text = (
        "Ratings Affirmed\n\nCondor Ratings - Lima - 17 Feb 2026: Condor Ratings has affirmed Grupo Eléctrico Andino "
        "S.A. E.S.P.'s Long-Term Foreign-Currency Issuer Default Rating (IDR) at 'BBB-' and its National Long-Term Rating "
        "at 'AAA(col)'. The Rating Outlook has been revised to Negative from Stable.\n\n"
        "Solid Acquired Asset: Luz Andina S.A.A. serves 1.6 million customers and generated revenue of PEN 3.1 billion in 2025."
    )
    assert en(text) == ["Condor Ratings", "Grupo Eléctrico Andino", "Luz Andina"]


def test_a_joint_ventures_acronym_and_adviser_words() -> None:
    text = "Analysts at CT CLSA Securities called it full. Lanka Securities Advisers is manager to the offer."
    assert en(text) == ["CT CLSA Securities", "Lanka Securities Advisers"]
    assert names("Le japonais Terumo lance une OPA amicale sur Vexalis, le spécialiste lyonnais des cathéters.") == ["Terumo", "Vexalis"]


def test_a_short_name_that_ends_a_longer_one() -> None:
    text = "SEB s'offre l'italien Brunello\n\nSEB rachète Macchine Brunello, près de Trévise. Brunello a réalisé 386 millions d'euros."
    assert by_name(text, "fr")["Macchine Brunello"] == ("Brunello",)
