"""French francs of before the euro and the other legacy currencies, scaled
codes ("38 MCHF"), Swiss centimes ("Rappen"), dotted and two-digit-year dates,
capacities and messaging apps that are no companies, and a panel cited as a
source."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.core.company_helpers import names_in
from tests.core.figure_helpers import in_context, money
from tui.core.dates import find_date
from tui.core.rates import Rates
from tui.core.sources import find_sources

en = names_in("en")


def test_francs_in_a_french_text_about_france_are_french_francs() -> None:
    text = "Fondée à Paris, la biscuiterie avait été rachetée en 1998 pour 60 millions de francs par un groupe français."
    assert in_context(text, "fr") == [("60 millions de francs", "FRF")]
    assert in_context("Le groupe genevois a levé 60 millions de francs. Il vise la France.", "fr") == [("60 millions de francs", "CHF")]
    assert in_context("The French group paid 60 million francs.", "en") == [("60 million francs", "CHF")]


@pytest.mark.parametrize(("code", "per_eur"), [("FRF", 6.55957), ("DEM", 1.95583), ("ITL", 1936.27), ("HRK", 7.5345)])
def test_legacy_currencies_convert_at_their_irrevocable_rate(code: str, per_eur: float) -> None:
    rates = Rates.load(cache_dir=None)
    assert rates.convert(per_eur * 1000, code, "EUR", dt.date(2025, 11, 3)) == pytest.approx(1000)


def test_scaled_codes_and_swiss_centimes() -> None:
    assert money("La biotech genevoise lève 38 MCHF (environ 40,7 M€).", "fr")[0] == ("38 MCHF", 3.8e7, "CHF")
    assert money("It pays 38 MGBP.", "en") == [("38 MGBP", 3.8e7, "GBP")]
    assert money("Power costs about 11 Rappen a kilowatt hour near Zurich, Switzerland.", "en") == [("11 Rappen", 0.11, "CHF")]


def test_dotted_dates_are_day_first_and_short_years_need_a_marker() -> None:
    assert find_date("Alpenrack signs with Oracle\n\n12.03.2026, 08:10\n\nThe company said on Thursday.", "en") == dt.date(2026, 3, 12)
    assert find_date("Conso | Publié le 30/04/26 à 16:02 - Mis à jour le 30/04/26 à 19:47", "fr") == dt.date(2026, 4, 30)
    assert find_date("The ratio was 1/2/26 in the test.", "en") is None
    assert find_date("Titre\n\nMis en ligne le 21/01/26 à 16:40 | Par S. Aubanel\n\nLe 3 mars 2025, rien.", "fr") == dt.date(2026, 1, 21)


def test_capacities_and_messaging_apps_are_no_companies() -> None:
    found = en("Skellig Data will build a 150MW campus in Meath under a grid connection agreed with EirGrid, and staff chat on WhatsApp.")
    assert "EirGrid" in found
    assert not [n for n in found if n in ("150MW", "WhatsApp")]


def test_a_panel_cited_as_a_source() -> None:
    assert [s.name for s in find_sources("Selon le panel Circana, le marché de l'habillement a reculé de 2 %.", "fr")] == ["Circana"]
