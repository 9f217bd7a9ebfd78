"""Help generated from the bindings, and the command-palette entries.

Nothing here is written by hand: the keys and their descriptions come from the
``BINDINGS`` of the classes that own them, so help never drifts from the code.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static


@dataclass(frozen=True)
class BindingGroup:
    """Bindings of one context, and the node their actions run on."""

    title: str
    bindings: tuple[Binding, ...]
    target: str  # "app", "screen", or a CSS selector on the screen


def _key_label(keys: str) -> str:
    names = {"down": "↓", "up": "↑", "pagedown": "PgDn", "pageup": "PgUp", "space": "Space",
             "shift+tab": "Shift+Tab", "tab": "Tab", "enter": "Enter", "escape": "Esc",
             "home": "Home", "end": "End", "question_mark": "?", "slash": "/", "ctrl+p": "Ctrl+P"}
    return " ".join(names.get(k.strip(), k.strip()) for k in keys.split(","))


def merged(bindings: Iterable[Binding]) -> list[tuple[str, str]]:
    """(keys, description) rows: bindings sharing one description share one row."""
    rows: dict[str, list[str]] = {}
    for binding in bindings:
        if binding.description:
            rows.setdefault(binding.description, []).append(_key_label(binding.key))
    return [(" ".join(keys), description) for description, keys in rows.items()]


def help_table(groups: Iterable[BindingGroup]) -> Table:
    table = Table(box=None, show_header=False, padding=(0, 2, 0, 0), expand=False)
    table.add_column("Keys", style="bold", no_wrap=True)
    table.add_column("Action")
    for group in groups:
        table.add_row(Text(group.title, style="underline"), "")
        for keys, description in merged(group.bindings):
            table.add_row(Text(keys), Text(description))
        table.add_row("", "")
    return table


class HelpScreen(ModalScreen[None]):
    """`?`: every key of the reader, from the bindings."""

    BINDINGS = [
        Binding("escape,q,question_mark", "dismiss", "Close help"),
        Binding("j,down", "scroll(1)", "Scroll", show=False),
        Binding("k,up", "scroll(-1)", "Scroll", show=False),
    ]

    def __init__(self, groups: list[BindingGroup]) -> None:
        super().__init__()
        self._groups = groups

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-body") as body:
            body.border_title = "Keys (Esc to close)"
            yield Static(help_table(self._groups))

    def action_scroll(self, delta: int) -> None:
        self.query_one("#help-body", VerticalScroll).scroll_relative(y=delta, animate=False)
