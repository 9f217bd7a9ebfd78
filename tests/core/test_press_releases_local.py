"""Press releases: a tombstone's lines for each side ("Cédants : conseil M&A :
X ; avocats : Y"), contacts blocks and press lines, a fund's number, brands
sold "sous les marques", a business unit, a company secretary, a Business
Wire dateline; "M$ US" with no-break spaces and market researchers cited."""

from __future__ import annotations

from tests.core.company_helpers import names_in
from tui.core.money import find_figures
from tui.core.sources import find_sources

names = names_in("fr")
en = names_in("en")


def test_a_tombstone_line_for_each_side() -> None:
    text = (
        "Intro.\n\nAcquéreur : conseil M&A : Natixis Partners (Loïc Berthelot) ; avocats : Mayer Brown ; due diligence "
        "financière : Accuracy ; due diligence stratégique : Advancy.\nCédants : conseil M&A : Clearwater International ; "
        "avocats : LexCase.\nPrêteurs : Tikehau Capital ; avocats : Gide Loyrette Nouel."
    )
    assert names(text) == [
        "Natixis Partners", "Mayer Brown", "Accuracy", "Advancy", "Clearwater International", "LexCase", "Tikehau Capital",
        "Gide Loyrette Nouel",
    ]


def test_contacts_blocks_and_press_lines() -> None:
    text = (
        "Intro.\n\nContacts\nKerdanis – Gwenaëlle Le Floc'h – investisseurs@kerdanis.com\nCalame Finance – Relations presse – "
        "Théo Marchand – +33 2 99 00 12 48\nPresse : Strada Conseil – Hugo Perrault – +33 6 12 00 34 56\n\n"
        "Enquiries\nMarston Grove PLC: Neil Ashcombe, Chief Executive\nRavensbourne Communications: Oliver Pike, +44 20\n\n"
        "Media: Swan River Communications, Tess Arblaster, +61 400 555 019\nMedia contact:\nRūta Vaitkutė, Head of Communications"
    )
    assert names(text) == [
        "Kerdanis", "Calame Finance", "Strada Conseil", "Marston Grove", "Ravensbourne Communications", "Swan River Communications"
    ]


def test_funds_brands_units_and_people() -> None:
    text = (
        "Intro.\n\nBpifrance, via son fonds Mezzanine Croissance 2, apporte 15 M€. Maison Kerlann vend sous les marques "
        "Galettes de l'Aven et Ty Krampouezh. L'équipe emmenée par Erwan Kerlann reste. Les comptes sont revus par KPMG Audit."
    )
    assert names(text) == ["Bpifrance", "Mezzanine Croissance 2", "Maison Kerlann", "KPMG Audit"]
    text = (
        "Intro.\n\nNEW YORK--(BUSINESS WIRE)--Halbrook Medical, Inc. (NASDAQ: HLBK) agreed to sell its Rail Services Unit "
        "and drew a facility from Tessera Metals Trading. The person responsible is Helen Sayer, Company Secretary."
    )
    assert en(text) == ["Halbrook Medical", "Tessera Metals Trading"]


def test_quebec_us_dollars_and_market_researchers() -> None:
    text = "À Montréal, la société a vendu pour 142\u00a0M$\u00a0US, contre 350\u00a0$\u202fUS l'action."
    assert [(f.text, f.currency) for f in find_figures(text, "fr")] == [("142\u00a0M$\u00a0US", "USD"), ("350\u00a0$\u202fUS", "USD")]
    text = "Le marché progresse de 3 % selon Circana. Spot rates rose 4.1%, according to DAT Freight & Analytics."
    assert [s.name for s in find_sources(text, "fr")] == ["Circana", "DAT Freight & Analytics"]


def test_advisers_by_side_placers_and_financers() -> None:
    text = (
        "Intro.\n\nLa transaction, conseillée par Rothschild & Co côté vendeurs, par Clairfield International et Kerbrat "
        "Avocats côté acheteur, doit être autorisée. L'emprunt sera placé par Tunis Valeurs. Bank Dhofar finance l'opération."
    )
    assert names(text) == ["Rothschild & Co", "Clairfield International", "Kerbrat Avocats", "Tunis Valeurs", "Bank Dhofar"]
    assert en("Intro.\n\nKoivu Mobile Oyj was bought by Swiss group Bossel Digital last year.") == ["Koivu Mobile", "Bossel Digital"]
