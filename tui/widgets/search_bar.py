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

    async def action_submit(self) -> None:
        self.post_message(SearchSubmitted(self.value))

    def action_cancel(self) -> None:
        self.post_message(SearchCancelled())
