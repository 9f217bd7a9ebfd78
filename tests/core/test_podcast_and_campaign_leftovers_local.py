"""A podcast's "Subscribe on Apple Podcasts, Spotify or wherever you listen" and a campaign's
"Partager ce projet : Facebook · LinkedIn · X" or "Share this update: Facebook · X · Email"
are leftover lines: the platforms they list are not companies of the article. The same names
in a sentence of the story are still companies."""

from __future__ import annotations

import pytest

from tui.core.extract import extract
from tui.core.load import article_from_text

BODY = (
    "Episode 212: Kestrel buys Orvane\n\nKestrel Nets has agreed to buy Orvane Cordage for $40 million, "
    "its chief executive told the show, and will keep the Orvane plant in Maine open.\n\n"
)


def _companies(text: str) -> set[str]:
    return {c.name for c in extract(article_from_text(text, path="x.txt")).companies}


@pytest.mark.parametrize(
    "line",
    [
        "Subscribe: Apple Podcasts · Spotify · YouTube · RSS",
        "Subscribe on Apple Podcasts, Spotify or wherever you listen",
        "Abonnez-vous sur Apple Podcasts, Deezer ou Spotify",
        "Partager ce projet : Facebook · LinkedIn · X",
        "Partager cette campagne : Facebook · LinkedIn · X",
        "Share this update: Facebook · X · Email",
    ],
)
def test_platform_lines_are_leftovers(line: str) -> None:
    found = _companies(BODY + line + "\n")
    assert not found & {"Apple", "Spotify", "YouTube", "Deezer", "Meta", "LinkedIn", "Facebook"}
    assert "Kestrel Nets" in found


def test_the_platforms_in_the_story_are_still_companies() -> None:
    found = _companies(BODY + "Spotify agreed to pay $12 million for the show's back catalogue, and Apple bid too.\n")
    assert "Spotify" in found
