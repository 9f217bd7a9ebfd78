"""Messages the widgets post to the reader screen, which coordinates."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message


@dataclass
class ItemChosen(Message):
    """Enter on a panel row: jump to the item's first mention and mark it."""

    kind: str
    index: int


@dataclass
class ItemHighlighted(Message):
    """The cursor moved to a panel row (replaceable: fast cursor moves coalesce)."""

    kind: str
    index: int

    def can_replace(self, message: Message) -> bool:
        return isinstance(message, ItemHighlighted) and message.kind == self.kind


@dataclass
class SearchSubmitted(Message):
    """The search bar was submitted; an empty query clears the search."""

    query: str


@dataclass
class SearchCancelled(Message):
    """Escape in the search bar."""
