"""A rule learnt from the twenty-fourth session's held-out sets, with articles of
our own: a release's dateline in capitals ("NEW YORK, May 23, 2040
/PRNewswire/ --") dates the article, even where its deck and body name another
day more often ("the June 14 annual meeting")."""

from __future__ import annotations

import datetime as dt

from tui.core.load import article_from_text


def test_a_capital_dateline_dates_the_release() -> None:
    text = (
        "Ridgeway Partners Sends Letter to Tallon Shareholders\n\n"
        "Urges shareholders to vote the GOLD card at the June 14 annual meeting\n\n"
        "NEW YORK, May 23, 2040 /PRNewswire/ -- Ridgeway Partners, LP, which owns 7.9% of Tallon Industrial Corp., "
        "today sent a letter to shareholders ahead of the June 14 annual meeting.\n"
    )
    assert article_from_text(text, path="x.txt").date == dt.date(2040, 5, 23)


def test_a_dateline_with_its_state_dates_the_release() -> None:
    text = (
        "Kestrel Valves to Acquire Norrmark\n\n"
        "Closing expected by the June 30 deadline; vote on June 30\n\n"
        "SHELTON, Conn., March 2, 2040 /PRNewswire/ -- Kestrel Valves Inc. today announced an agreement to acquire "
        "Norrmark for $145 million, with closing expected by June 30.\n"
    )
    assert article_from_text(text, path="x.txt").date == dt.date(2040, 3, 2)
