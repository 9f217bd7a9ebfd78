"""The `/` search bar: an Input that reports to the screen and hides itself."""

from __future__ import annotations

from textual.binding import Binding
from textual.widgets import Input

from ..messages import SearchCancelled, SearchSubmitted


class SearchBar(Input):
    """A one-line search prompt docked at the bottom of the reader."""

    BINDINGS = [Binding("escape", "cancel", "Cancel search", show=False)]

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(placeholder="Search the article (Enter to find, Esc to cancel)", id=id)
        # No blinking cursor: idling must cost zero bytes over SSH.
        self.cursor_blink = False

    # These post straight to the screen and let go of focus at once: over SSH the
    # keys after Enter (like "n") often arrive in the same burst, and must find
    # the search already queued and the input no longer focused.
    async def action_submit(self) -> None:
        self.screen.post_message(SearchSubmitted(self.value))
        self.screen.set_focus(None)

    def action_cancel(self) -> None:
        self.screen.post_message(SearchCancelled())
        self.screen.set_focus(None)
