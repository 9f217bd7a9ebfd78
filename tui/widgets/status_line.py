"""The status line: a message on the left, the position in the article on the
right ("Top", "42%", "Bot"), as `less` shows it instead of a scrollbar."""

from __future__ import annotations

from rich.text import Text
from textual.reactive import reactive
from textual.widgets import Static

HINT = "? help · / search · Tab panes · Enter go to mention"


class StatusLine(Static):
    message: reactive[str] = reactive("", init=False)
    """What just happened, or where n/N is ("Amazon 2/12"); empty shows the hint."""
    position: reactive[str] = reactive("", init=False)
    """Where the article view is, as `less` says it: "Top", "42%", "Bot", "All"."""

    def show_position(self, top: int, height: int, total: int) -> None:
        """The position of rows ``top`` to ``top + height`` among ``total``."""
        if total <= height:
            self.position = "All"
        elif top == 0:
            self.position = "Top"
        elif top + height >= total:
            self.position = "Bot"
        else:
            self.position = f"{100 * (top + height) // total}%"

    def on_mount(self) -> None:
        self._draw()

    def watch_message(self) -> None:
        self._draw()

    def watch_position(self) -> None:
        self._draw()

    def on_resize(self) -> None:
        self._draw()

    def _draw(self) -> None:
        width = max(10, self.content_region.width or self.size.width)
        right = self.position
        text = Text(self.message or HINT, no_wrap=True, overflow="ellipsis")
        text.truncate(max(1, width - len(right) - 1), overflow="ellipsis")
        text.pad_right(width - text.cell_len - len(right))
        text.append(right)
        # One fixed-size row, redrawn on every scroll: never relaid out.
        self.update(text, layout=False)
