"""Regional pages, deal trade press and press releases: surnames with a
particle, places named as such, firms named by their town, "+" in a law firm,
"Family" inside a holding's name, streets, compound demonyms, advisers named
by side, deal lists in capitals, fund closes; data providers and research
firms cited by how they are quoted; Nordic and Moroccan scaled codes, last
year's figure in brackets, a rand notice's cents, a release's future
publication date, newswire furniture and contacts lines."""

from __future__ import annotations

import datetime

from tests.core.company_helpers import by_name, names_in
from tests.core.figure_helpers import money, money_implied
from tui.core.clean import clean
from tui.core.currency_gates import apply as gates_apply
from tui.core.dates import find_date
from tui.core.money import find_figures
from tui.core.sources import find_sources

names = names_in("fr")
en = names_in("en")


def test_people_places_and_towns_are_not_companies() -> None:
    assert names("Intro. La famille Le Bihan, propriétaire de Ty Kerlann depuis 1957, a signé. Anne Le Bihan, 61 ans, cède.") == ["Ty Kerlann"]
    text = "Intro. Le groupe conserve 212 salariés du site de Cluses. Il vise 35 % du chiffre d'affaires de Cluses."
    assert names(text) == []
    assert names("Intro. Le groupe coopératif de Vervins reprend le fabricant familial Devillers.") == ["Devillers"]
    assert names("Intro. Le groupe, basé à Villeneuve-d'Ascq, emploie 1 150 salariés.") == []
    assert en("Intro. Vanderkolk's plant on 28th Street employs 235 people. A consortium led by Irish-American investor Kevin Dorgan bid.") == []
    text = "Sion (ats) – Hôtels Zufferey SA, propriétaire d'hôtels à Crans-Montana et à Zermatt, change de mains. Alpstein Hotel Invest AG en rachète 100 %."
    assert names(text) == ["Hôtels Zufferey", "Alpstein Hotel Invest"]


def test_law_firms_holdings_and_advisers_by_side() -> None:
    assert en("Intro. Robert W. Baird & Co. advised Vanderkolk, with Warner Norcross + Judd as legal counsel.")[-1] == "Warner Norcross + Judd"
    assert en("Intro. Its backers include Seaport Family Holdings, Dorgan's family office, and Quincy Point Partners.") == [
        "Seaport Family Holdings", "Quincy Point Partners"
    ]
    assert en("Intro. Stewart McKelvey acted for the family and McInnes Cooper for the buyers.") == ["Stewart McKelvey", "McInnes Cooper"]
    assert en("Intro. Fund administration is handled by Alter Domus.") == ["Alter Domus"]
    assert en('Intro. "Rates matter," said Mara Lindqvist, a partner at placement agent Threadneedle Row Advisors.') == ["Threadneedle Row Advisors"]
    assert en("Title\n\nPrivate-equity-backed M&A in Europe totalled 118.6 billion euros.") == []
    assert en("Intro.\n\nLenders: Latham & Watkins. Management: Gateley Legal and Deloitte.") == ["Latham & Watkins", "Gateley Legal", "Deloitte"]
    found = by_name("Intro.\n\nReporting accountants: BDO South Africa Incorporated\n")
    assert found == {"BDO South Africa": ("BDO South Africa Incorporated",)}


def test_deal_lists_fund_closes_and_cessions() -> None:
    text = (
        "Intro.\n\n2) SECONDARY BUYOUT: Quillon Dental Group\nAcquirer: Marbrook Equity.\n\n"
        "CROSS-BORDER — Audiofrance Pro passe sous pavillon britannique\n\nSAINT-ÉTIENNE — Lumio a racheté Kerys."
    )
    assert names(text) == ["Quillon Dental Group", "Marbrook Equity", "Audiofrance Pro", "Lumio", "Kerys"]
    assert names("PRAGUE – Energetický a průmyslový holding (EPH) rachète Ciepło Pomorze SA.")[-1] == "Ciepło Pomorze"
    assert "Orsay Croissance III" in names("Intro. Orsay Croissance a annoncé le closing final d’Orsay Croissance III, son troisième véhicule.")
    assert names("Intro. Le plus gros LBO, la cession d'Idéalys Formation par Montefiore Investment à Apax Partners, est bouclé.")[0] == "Idéalys Formation"
    assert en("Intro. The notes are rated Baa2 by Moody's and BBB by S&P Global Ratings. Its candidate is FLUO-301.") == [
        "Moody's", "S&P Global Ratings"
    ]


def test_providers_and_research_firms_quoted() -> None:
    def cited(text: str, lang: str = "en") -> list[str]:
        return [s.name for s in find_sources(text, lang)]

    assert cited("Funds raised 14.7 billion euros, half of last year's total, PitchBook data show.") == ["PitchBook"]
    assert cited("Growth funds raised $61.4 billion, down 22 percent, PitchBook estimates, and the time rose.") == ["PitchBook"]
    assert cited("Revenue per room reached £96, according to hotel data firm STR.") == ["STR"]
    assert cited("Jeudi, l'action a bondi. Selon l'agence AWP, le fonds a sécurisé 30 % du capital.", "fr") == ["AWP"]
    assert cited("Selon les données préliminaires de LSEG, le montant a atteint 41,3 milliards d'euros.", "fr") == ["LSEG"]
    assert cited("Le marché est estimé à 19 milliards de dollars par le cabinet Interact Analysis. Fin.", "fr") == ["Interact Analysis"]
    assert cited("Les montants ont reculé, selon le Baromètre Talan des start-up.", "fr") == ["Baromètre Talan"]
    assert [s.url for s in find_sources("La billetterie pèse 21 %, selon les chiffres publiés par le site Rugbyrama.fr.", "fr")] == [
        "https://rugbyrama.fr"
    ]


def test_scaled_codes_prior_years_and_rand_cents() -> None:
    text = "Net sales rose to SEK 2,184 m (1,968 m). Cash flow amounted to MSEK 412 and TSEK 850. He paid $5 M. Dupont said."
    assert money_implied(text) == [
        ("SEK 2,184 m", 2.184e9, "SEK", False), ("1,968 m", 1.968e9, "SEK", True), ("MSEK 412", 4.12e8, "SEK", False),
        ("TSEK 850", 8.5e5, "SEK", False), ("$5", 5.0, "USD", False),
    ]
    assert money("Au Maroc, le chiffre d'affaires atteint 4 812 MMAD, contre 538 MMAD.", "fr") == [
        ("4 812 MMAD", 4.812e9, "MAD"), ("538 MMAD", 5.38e8, "MAD")
    ]
    assert money("EBITDA of $51.4M (up from 44.2M in 2024).") == [("$51.4M", 5.14e7, "USD"), ("44.2M", 4.42e7, "USD")]
    text = (
        "JOHANNESBURG - The JSE-listed group pays R380 million and R611 million, R750 million and R30.00 a share, "
        "against a US$38 million loan. Earnings per share would be 412.6 cents; the dividend is 86 cents."
    )
    figures = gates_apply(find_figures(text, "en"), text, text.lower(), "en")
    assert [(f.text, f.currency) for f in figures if "cents" in f.text] == [("412.6 cents", "ZAR"), ("86 cents", "ZAR")]


def test_release_dates_furniture_and_contacts() -> None:
    text = "Titre\n\nBruxelles, 26 févr. 2026 (GLOBE NEWSWIRE) -- Info.\n\nLe rapport annuel sera publié le 27 mars 2026."
    assert find_date(text, "fr") == datetime.date(2026, 2, 26)
    page = "Titre\n\nEQS-Ad-hoc: Helvaron SA / Mot(s)-clé(s) : Fusion\n\nHelvaron SA rachète Tri-County.\n\nEQS News ID : 2118452\n"
    assert clean(page, "Titre").text == "Titre\n\nHelvaron SA rachète Tri-County."
    contacts = (
        "Intro.\n\nInvestor Contact: Dana Whitcombe, Precision AQ, dana.whitcombe@precisionaq.com\n"
        "Media Contact: Kendall Ruiz, Real Chemistry, kruiz@realchemistry.com\n"
    )
    assert en(contacts) == ["Precision AQ", "Real Chemistry"]
