"""The side panels: figures, companies and sources.

A panel is a bordered box with a column header and an :class:`ItemList` (an
``OptionList`` with one grid row per item).  The first column shrinks with an
ellipsis and the others keep their width, so rows stay aligned at any size.
A panel knows nothing of the article: the screen gives it rows (``items``, a
reactive bound from the screen) and the list posts :class:`ItemChosen` on
Enter.  Cells are ``rich.text.Text``: article text is never read as markup.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.style import Style
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.reactive import reactive
from textual.widgets import OptionList, Static

from ..links import safe_url
from ..items import COMPANY_COLUMNS, FIGURE_COLUMNS, SOURCE_COLUMNS, Item
from ..messages import ItemChosen, ItemHighlighted

FOCUS_MARK = "▶ "
MAX_COLUMN = 18
"""Columns after the first are at most this wide, so the name keeps its room."""


def grid_row(
    cells: tuple[str, ...], widths: list[int], style: str = "", link: str | None = None
) -> Table:
    """One row: the first cell takes the room left, the others their width.

    ``link`` (an already checked http(s) URL) makes the second cell an OSC 8
    hyperlink, which terminals that support it open on the user's side.
    """
    grid = Table.grid(expand=True)
    grid.add_column(ratio=1, no_wrap=True, overflow="ellipsis")
    for width in widths:
        grid.add_column(width=width + 1, no_wrap=True, overflow="ellipsis", justify="right")
    first, *rest = cells
    texts = [Text(" " + cell, style=style) for cell in rest]
    if link and texts:
        texts[0].stylize(Style(link=link), 1)
    grid.add_row(Text(first, style=style), *texts)
    return grid


class ItemList(OptionList):
    """The rows of a panel; ↑/↓ move, Enter jumps to the item's first mention."""

    BINDINGS = [
        Binding("enter", "select", "Go to first mention"),
        Binding("down,j", "cursor_down", "Next row", show=False),
        Binding("up,k", "cursor_up", "Previous row", show=False),
        Binding("home,g", "first", "First row", show=False),
        Binding("end,G", "last", "Last row", show=False),
    ]

    def __init__(self, kind: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.kind = kind

    def action_select(self) -> None:
        # Enter and mouse clicks both land here.  Straight to the screen's queue,
        # while the key is handled: a "n" that follows in the same burst (SSH)
        # must find the item already chosen.
        if self.highlighted is not None:
            self.screen.post_message(ItemChosen(self.kind, self.highlighted))

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self.post_message(ItemHighlighted(self.kind, event.option_index))


class ItemPanel(Vertical):
    """Base class: a titled box with a header and an :class:`ItemList`."""

    KIND = ""
    TITLE = ""
    NUMBER = 0
    COLUMNS: tuple[str, ...] = ()

    items: reactive[tuple[Item, ...]] = reactive(())
    """The rows, owned by the screen."""
    columns: reactive[tuple[str, ...]] = reactive(())
    """Column titles (the class's COLUMNS unless the screen binds others)."""
    subtitle: reactive[str] = reactive("")
    """Shown on the bottom border (the rates' provenance, for figures)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, classes="panel")
        self.set_reactive(ItemPanel.columns, self.COLUMNS)
        self.border_title = self._title(False)

    def compose(self) -> ComposeResult:
        yield Static(classes="panel-header")
        yield ItemList(self.KIND, id=f"{self.id}-list")

    @property
    def list(self) -> ItemList:
        return self.query_one(ItemList)

    @property
    def current(self) -> Item | None:
        """The highlighted row's item."""
        index = self.list.highlighted
        if index is None or not 0 <= index < len(self.items):
            return None
        return self.items[index]

    def _title(self, focused: bool) -> str:
        mark = FOCUS_MARK if focused else ""
        count = f" ({len(self.items)})" if self.items else ""
        return f"{mark}{self.NUMBER} {self.TITLE}{count}"

    def on_descendant_focus(self) -> None:
        self.border_title = self._title(True)

    def on_descendant_blur(self) -> None:
        self.border_title = self._title(False)

    def watch_subtitle(self, subtitle: str) -> None:
        self.border_subtitle = Text(subtitle)

    def on_mount(self) -> None:
        self.watch_items(self.items)

    def watch_columns(self) -> None:
        self.watch_items(self.items)

    def watch_items(self, items: tuple[Item, ...]) -> None:
        if not self.is_mounted:
            return
        widths = [
            min(MAX_COLUMN, max([cell_len(title)] + [cell_len(item.cells[i]) for item in items
                                                     if i < len(item.cells)]))
            for i, title in enumerate(self.columns[1:], start=1)
        ]
        self.query_one(".panel-header", Static).update(grid_row(self.columns, widths, "bold"))
        item_list = self.list
        highlighted = item_list.highlighted
        item_list.set_options(grid_row(item.cells, widths, link=safe_url(item.url)) for item in items)
        if items:
            item_list.highlighted = min(highlighted or 0, len(items) - 1)
        self.border_title = self._title(item_list.has_focus)


class FiguresPanel(ItemPanel):
    KIND, TITLE, NUMBER, COLUMNS = "figure", "Figures", 2, FIGURE_COLUMNS


class CompaniesPanel(ItemPanel):
    KIND, TITLE, NUMBER, COLUMNS = "company", "Companies", 3, COMPANY_COLUMNS


class SourcesPanel(ItemPanel):
    KIND, TITLE, NUMBER, COLUMNS = "source", "Sources", 4, SOURCE_COLUMNS
