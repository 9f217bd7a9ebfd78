"""The App: thin.  It loads the stylesheets, opens the reader (or the library) and quits."""

from __future__ import annotations

import gc
from collections.abc import Iterable
from typing import TYPE_CHECKING

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen
from textual.theme import Theme

from .core.model import Article
from .options import Options
from .resources import styles
from .screens.reader import ReaderScreen
from .theme import THEME
from .widgets.article_view import ArticleView

if TYPE_CHECKING:  # the help screen is imported when first needed, not before the first paint
    from .screens.help import BindingGroup


class DealReaderApp(App[None]):
    """dealreader: an article beside its figures, companies and sources."""

    TITLE = "dealreader"
    CSS_PATH = [str(path) for path in styles()]
    ENABLE_COMMAND_PALETTE = True
    BINDINGS = [
        Binding("q", "quit", "Quit"),
        Binding("ctrl+p", "command_palette", "Commands", show=False),
    ]

    def __init__(self, articles: list[Article], options: Options | None = None) -> None:
        super().__init__()
        self.articles = articles
        self.options = options or Options()
        # Never animate: every scroll is a jump (cheap over SSH, calm to read).
        self.animation_level = "none"
        self._use_theme(THEME)

    def _use_theme(self, theme: Theme) -> None:
        """Start in ``theme``, set before any stylesheet is parsed.

        Setting ``App.theme`` runs Textual's theme watcher, which parses every
        stylesheet again, and, having cleared the parse cache, a third time when
        the reader's widgets add theirs (~15 ms before the first paint).  So the
        theme is set without the watcher, and what it does is done here: the
        theme classes, the stylesheet's variables, and the ANSI-to-truecolor
        conversion turned off for an ANSI theme (through the ``ansi_color``
        watcher, then back to "follow the theme" for Textual's other themes;
        tests/test_hostile_terminal.py checks the colours sent).
        """
        self.register_theme(theme)
        self.set_reactive(App.theme, theme.name)
        self.set_class(True, f"-theme-{theme.name}", update=False)
        self.set_class(theme.dark, "-dark-mode", update=False)
        self.set_class(not theme.dark, "-light-mode", update=False)
        self.stylesheet.set_variables(self.get_css_variables())
        self.ansi_color = theme.ansi
        self.set_reactive(App.ansi_color, None)

    def action_command_palette(self) -> None:
        super().action_command_palette()
        self.call_after_refresh(self._steady_cursors)

    def _steady_cursors(self) -> None:
        """No blinking cursor anywhere: an idle screen must send zero bytes."""
        from textual.widgets import Input

        for field in self.screen.query(Input):
            field.cursor_blink = False

    def open_url(self, url: str, *, new_tab: bool = True) -> None:
        """Links open only where a browser can show them (never over SSH)."""
        from .links import open_in_browser, safe_url

        safe = safe_url(url)
        if safe and not open_in_browser(safe):
            self.copy_to_clipboard(safe)
            self.notify(f"Link copied to your clipboard: {safe}", markup=False)

    def get_default_screen(self) -> Screen:
        """The first screen: the reader, or the library for several articles.

        Not pushed from ``on_mount``: Textual runs that inside its start-up
        batch, whose frames are never shown, so the screen would be laid out
        and rendered once for nothing (~30 ms) before its first visible frame,
        after an empty default screen had been composed."""
        if len(self.articles) == 1:
            return ReaderScreen(self.articles[0], self.options)
        from .screens.library import LibraryScreen

        return LibraryScreen(self.articles, self.options)

    def on_mount(self) -> None:
        if not gc.isenabled():  # started by the CLI (see tui.cli.main)
            self.call_after_refresh(self._collect_garbage_again)

    def _collect_garbage_again(self) -> None:
        """After the first paint: everything made so far lives on, so freeze it
        (later collections skip it) and collect garbage again."""
        gc.freeze()
        gc.enable()

    def binding_groups(self) -> list[BindingGroup]:
        """Every key, grouped by where it works; help and palette are made from this."""
        from .screens.help import BindingGroup
        from .widgets.panels import ItemList

        return [
            BindingGroup("Anywhere", tuple(ReaderScreen.BINDINGS), "screen"),
            BindingGroup("Application", tuple(self.BINDINGS), "app"),
            BindingGroup("Article pane", tuple(ArticleView.BINDINGS), "#article"),
            BindingGroup("Side panels", tuple(ItemList.BINDINGS), ".panel"),
        ]

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        if not isinstance(screen, ReaderScreen):
            yield from super().get_system_commands(screen)
            return
        for group in self.binding_groups():
            if group.target == ".panel":
                continue  # row actions need a focused panel; the palette has no cursor
            for binding in group.bindings:
                if not binding.description or binding.action.startswith("app.focus"):
                    continue
                if binding.action == "command_palette":
                    continue
                target = {"screen": screen, "app": self}.get(group.target) or screen.query_one(
                    group.target
                )
                yield SystemCommand(
                    binding.description,
                    f"{group.title}: key {binding.key}",
                    lambda target=target, action=binding.action: target.run_action(action),
                )
        yield from super().get_system_commands(screen)
