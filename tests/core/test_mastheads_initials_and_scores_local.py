"""Rules learnt from the twenty-second session's held-out sets, each with an
article of our own: a headline under a masthead line is the title (its short
name merges with the long one the lead gives); a founder's initials open a
firm's name ("H.B. Fuller"); a country in brackets in a line of advisers is the
office, not a subsidiary; a score named after its maker is no mention of it."""

from __future__ import annotations

from tui.core.extract import extract
from tui.core.load import article_from_text


def _companies(text: str) -> dict[str, tuple[str, ...]]:
    return {c.name: tuple(c.aliases) for c in extract(article_from_text(text, path="a.txt")).companies}


def test_a_headline_under_a_masthead_line_is_the_title() -> None:
    text = (
        "OFFSHORE WEEKLY | Deals | Published 22 October 2026\n\n"
        "Saltmarsh buys Polish jack-up operator Wisla Lift for £62M in an all-share and cash deal\n\n"
        "By Anna Cole\n\n"
        "Aberdeen-based Saltmarsh Offshore plc has agreed to buy Wisla Lift, the Gdansk owner of a wind turbine installation vessel, "
        "for £62 million, the AIM-listed company said on Friday. The seller will receive 14,000,000 new Saltmarsh shares.\n"
    )
    companies = _companies(text)
    assert "Saltmarsh" not in companies
    assert "Saltmarsh" in next(aliases for name, aliases in companies.items() if name.startswith("Saltmarsh Offshore"))


def test_a_founders_initials_open_the_name() -> None:
    text = (
        "Adhesives deal\n\n"
        "ST. PAUL, 3 March 2026 - H.B. Fuller Co. said on Monday it would buy Kanto Seal for $310 million. "
        "J.F. Lehman & Company agreed to buy Global Cableships. Analysts said H.B. Fuller paid a fair price for the Japanese firm.\n"
    )
    companies = _companies(text)
    assert "H.B. Fuller" in companies
    assert "J.F. Lehman & Company" in companies
    assert not any(name.startswith(("Fuller", "Lehman", "H.B", "J.F")) and name not in ("H.B. Fuller", "J.F. Lehman & Company") for name in companies)


def test_a_country_in_brackets_in_a_line_of_advisers_is_the_office() -> None:
    text = (
        "Héritis rachète Erbstatt\n\n"
        "PARIS, 3 mars 2026 - Le groupe Héritis annonce l'acquisition de 100 % du capital d'Erbstatt AG, cabinet zurichois "
        "de recherche d'héritiers, pour 12 M€.\n\n"
        "Conseils : Portzamparc (conseil financier), Lenz & Staehelin (Suisse), Fidal (France).\n"
    )
    companies = _companies(text)
    assert "Lenz & Staehelin" in companies
    assert "Fidal" in companies
    assert not any("(" in name for name in companies)


def test_a_score_named_after_its_maker_is_no_mention_of_it() -> None:
    text = (
        "Student loan securitisation\n\n"
        "NEW YORK, 3 March 2026 - Ladderline sold $425 million of notes backed by student loans. Borrowers in the pool have an "
        "average FICO score of 764, and SoFi bought the junior tranche.\n"
    )
    assert "Fair Isaac" not in _companies(text)


def test_software_products_named_after_their_makers_are_no_companies() -> None:
    text = (
        "Carbon software deal\n\n"
        "LONDON, 3 March 2026 - Sage agreed to buy Greenwell Ledger, whose tool plugs into Sage Intacct, for £40 million. "
        "Schneider Electric sells a rival module inside EcoStruxure.\n"
    )
    companies = _companies(text)
    assert "Sage Intacct" not in companies
    assert "EcoStruxure" not in companies
