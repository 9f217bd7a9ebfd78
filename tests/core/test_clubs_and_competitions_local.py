"""Rules learnt from the twenty-third session's held-out sets, with articles of
our own: a club named after the lower-case word "club" is a company ("rugby
club Kingsmead", "le club Racing Garonne"); a league or a cup is not ("English
Premiership", "Liga MX", "Ligue 1"); and a capitalised noun that opens a name
is no apposition ("À Bruges, le Club Brugge": Bruges is a city)."""

from __future__ import annotations

from tests.core.article_helpers import article_names


def test_a_club_named_after_club_is_a_company_and_a_league_is_not() -> None:
    text = (
        "Apollo buys into rugby\n\n"
        "LONDON, March 3, 2026 (Reuters) - Apollo has agreed to buy a 75% stake in English Premiership rugby club "
        "Kingsmead for 90 million pounds, a year after Liga MX side Club Deportivo Sierra Alta changed hands.\n"
    )
    names = article_names(text)
    assert "Kingsmead" in names
    assert not any("Premiership" in n or "Liga" in n for n in names), names


def test_a_capitalised_club_opens_a_name() -> None:
    text = (
        "Stades : les chantiers de l'hiver\n\n"
        "BRUXELLES, 3 mars 2026 - À Bruges, le Club Brugge a enfin obtenu son permis. Le club Racing Garonne, "
        "en Ligue 1 l'an prochain, lève 12 M€ auprès d'Eurazeo.\n"
    )
    names = article_names(text)
    assert "Bruges" not in names and "Club Brugge" in names
    assert "Racing Garonne" in names and not any(n.startswith("Ligue") for n in names), names
