"""The reader screen: it owns the state and coordinates the widgets.

State lives in reactives here and flows down with ``data_bind``; widgets post
messages up (:mod:`tui.messages`).  The first paint is the article alone: the
side panels and the search bar are mounted right after it, and extraction and
the ECB rates are loaded in worker threads, so the article shows at once.
"""

from __future__ import annotations

import asyncio
import re
from typing import TYPE_CHECKING, NamedTuple

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Footer, Static

from ..core.model import Article, Extraction, Span
from ..options import Options
from ..widgets.article_view import ArticleView
from ..widgets.status_line import StatusLine

if TYPE_CHECKING:
    from ..items import Item
    from ..messages import ItemChosen, ItemHighlighted, SearchSubmitted

MIN_SIZE = (50, 12)
"""Below this the reader shows a "terminal too small" message instead."""
NARROW_WIDTH = 110
"""Below this width the panes become tabs: one shows at a time, full width."""
PANES = ("#article", "#figures-list", "#companies-list", "#sources-list")
TABS = ("Article", "Figures", "Companies", "Sources")
"""The panes' names in the narrow layout's tab line (the panels' titles)."""


class Nav(NamedTuple):
    """What n/N step through: an item's mentions or the search matches."""

    label: str
    spans: tuple[Span, ...]
    index: int = 0


class ReaderScreen(Screen[None]):
    """Article on the left, figures/companies/sources on the right."""

    BINDINGS = [
        Binding("tab", "cycle_pane(1)", "Next pane", show=False),
        Binding("shift+tab", "cycle_pane(-1)", "Previous pane", show=False),
        Binding("1", "focus_pane(0)", "Article", show=False),
        Binding("2", "focus_pane(1)", "Figures", show=False),
        Binding("3", "focus_pane(2)", "Companies", show=False),
        Binding("4", "focus_pane(3)", "Sources", show=False),
        Binding("slash", "search", "Search"),
        Binding("n", "step(1)", "Next", tooltip="Next mention or search match"),
        Binding("N", "step(-1)", "Previous", key_display="N"),
        Binding("escape", "clear", "Clear mark / back to library", show=False),
        Binding("y", "copy", "Copy selected row", show=False),
        Binding("o", "open_link", "Open source link", show=False),
        Binding("c", "cycle_currency", "Cycle extra currency", show=False),
        Binding("f", "toggle_compact", "Full / compact values", show=False),
        Binding("question_mark", "help", "Help", key_display="?"),
    ]

    extraction: reactive[Extraction | None] = reactive(None, always_update=True)
    """The article and everything extracted from it."""
    figure_rows: reactive[tuple[Item, ...]] = reactive(())
    company_rows: reactive[tuple[Item, ...]] = reactive(())
    source_rows: reactive[tuple[Item, ...]] = reactive(())
    figure_columns: reactive[tuple[str, ...]] = reactive(())
    display_currency: reactive[str | None] = reactive(None, init=False)
    """A third conversion column beside USD and EUR (--currency, cycled with `c`)."""
    compact: reactive[bool] = reactive(True, init=False)
    """Compact amounts ("33,0 Md €") or full ones; `f` toggles."""
    rate_line: reactive[str] = reactive("")
    """Where the conversion rates come from, under the figures table."""
    mark: reactive[Span | None] = reactive(None)
    """The span jumped to last (a mention or a search match)."""
    matches: reactive[tuple[Span, ...]] = reactive(())
    """All matches of the current search."""
    nav: reactive[Nav | None] = reactive(None)
    """What n/N step through, and where we are in it."""
    active_panel: reactive[int] = reactive(1)
    """The side panel last used (1, 2 or 3): the one shown in the narrow layout."""

    def __init__(self, article: Article, options: Options, extraction: Extraction | None = None) -> None:
        super().__init__()
        self.article = article
        self._ready = extraction  # already extracted (and converted) by the library
        self.options = options
        self._panels_mounted = asyncio.Event()
        self._rows_wanted = False  # the panels' rows: computed once they are mounted
        self._currencies: tuple[str | None, ...] = (None, *options.extra_currencies())
        if options.currency and options.currency not in ("USD", "EUR"):
            self.set_reactive(ReaderScreen.display_currency, options.currency)

    # -- layout -------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Static(id="tabs")
        with Horizontal(id="main"):
            with Vertical(id="article-pane"):
                yield Static(id="article-header")
                yield ArticleView(id="article").data_bind(
                    ReaderScreen.extraction, ReaderScreen.mark, ReaderScreen.matches
                )
            # Empty until the first paint is out (_mount_panels): the panels
            # cost ~25 ms before it, and have nothing to show before extraction.
            yield Vertical(id="sidebar")
        yield Static(id="too-small")
        yield StatusLine(id="status")
        yield Footer()

    def on_mount(self) -> None:
        self.set_focus(self.query_one(ArticleView))
        self._update_header()
        ready = self._ready is not None and self._ready.rate is not None
        if ready:
            from ..core.rates import describe

            self._set_extraction(self._ready, describe(self._ready.rate, self.locale))
        else:
            self.extraction = Extraction(article=self.article)
        self.call_after_refresh(self._mount_panels, extract=not ready)

    async def _mount_panels(self, extract: bool) -> None:
        """After the first paint: the panels, the search bar, then extraction
        (the worker's first run builds tables and would hold the interpreter
        while the article is being drawn).  The panels' modules (and Babel,
        which formats their rows) are imported here, not before the paint."""
        from ..widgets.panels import CompaniesPanel, FiguresPanel, SourcesPanel
        from ..widgets.search_bar import SearchBar

        self._rows_wanted = True
        self._refresh_rows()
        await self.query_one("#sidebar").mount(
            FiguresPanel(id="figures").data_bind(
                items=ReaderScreen.figure_rows, subtitle=ReaderScreen.rate_line, columns=ReaderScreen.figure_columns
            ),
            CompaniesPanel(id="companies").data_bind(items=ReaderScreen.company_rows),
            SourcesPanel(id="sources").data_bind(items=ReaderScreen.source_rows),
        )
        await self.mount(SearchBar(id="search"), before="#status")
        self._update_tabs()
        self._panels_mounted.set()
        if extract:
            self._run_extraction()

    def on_resize(self) -> None:
        width, height = self.size
        tiny = width < MIN_SIZE[0] or height < MIN_SIZE[1]
        self.set_class(tiny, "-tiny")
        self.set_class(width < NARROW_WIDTH, "-narrow")
        if tiny:
            self.query_one("#too-small", Static).update(Text(
                f"Terminal too small: {width}×{height}\n"
                f"dealreader needs at least {MIN_SIZE[0]}×{MIN_SIZE[1]}.\nq quits.",
                justify="center",
            ))
        self._update_tabs()

    @property
    def locale(self) -> str:
        return self.options.locale or self.article.language or "en"

    # -- workers: heavy work after the first paint ----------------------------

    @work(thread=True, exclusive=True, group="extract")
    def _run_extraction(self) -> None:
        from .extraction import extract_and_convert  # not on the first paint's path

        def deliver(extraction: Extraction, rate_line: str | None) -> None:
            self.app.call_from_thread(self._set_extraction, extraction, rate_line)

        def warn(message: str) -> None:  # a path from the user can hold brackets: no markup
            self.app.call_from_thread(self.notify, message, severity="error", markup=False)

        extract_and_convert(self.article, self.options, self.locale, deliver, warn)

    def _set_extraction(self, extraction: Extraction, rate_line: str | None = None) -> None:
        self.extraction = extraction
        if rate_line is not None:
            self.rate_line = rate_line

    def watch_extraction(self) -> None:
        self._refresh_rows()

    def _refresh_rows(self) -> None:
        extraction = self.extraction
        if extraction is None or not self._rows_wanted:
            return
        from ..items import company_items, source_items

        self._refresh_figures()
        self.company_rows = tuple(company_items(extraction))
        self.source_rows = tuple(source_items(extraction))

    def _refresh_figures(self) -> None:
        if self.extraction is None or not self._rows_wanted:
            return
        from ..items import FIGURE_COLUMNS, figure_items

        display = ("USD", "EUR") + ((self.display_currency,) if self.display_currency else ())
        self.figure_columns = FIGURE_COLUMNS[:2] + display
        self.figure_rows = tuple(
            figure_items(self.extraction, self.locale, compact=self.compact, display=display)
        )

    def watch_display_currency(self) -> None:
        self._refresh_figures()

    def watch_compact(self) -> None:
        self._refresh_figures()

    # -- actions ------------------------------------------------------------

    def action_cycle_currency(self) -> None:
        index = self._currencies.index(self.display_currency)
        self.display_currency = self._currencies[(index + 1) % len(self._currencies)]
        self._say(f"Also shown in: {self.display_currency or 'USD and EUR only'}")

    def _current_item(self) -> Item | None:
        panels = list(self.query(".panel"))  # none until mounted after the first paint
        return panels[self.active_panel - 1].current if len(panels) == len(TABS) - 1 else None

    def action_copy(self) -> None:
        item = self._current_item()
        if item is None:
            self._say("Nothing to copy: select a row in a panel first")
            return
        self.app.copy_to_clipboard(item.clip or item.label)
        self._say(f"Copied to your clipboard (OSC 52): {item.clip or item.label}")

    def action_open_link(self) -> None:
        from ..links import open_in_browser, safe_url

        item = self._current_item()
        url = safe_url(item.url) if item is not None else None
        if url is None:
            self._say("No http(s) link here: select a source with a link (4)")
            return
        if open_in_browser(url):
            self._say(f"Opened in your browser: {url}")
        else:
            self.app.copy_to_clipboard(url)
            self._say(f"No local browser (SSH?): link copied to your clipboard: {url}")

    def action_toggle_compact(self) -> None:
        self.compact = not self.compact

    async def action_focus_pane(self, index: int) -> None:
        if index:
            # A key typed before the panels are mounted waits for them; keys run
            # in order, so the ones after it wait too.
            await self._panels_mounted.wait()
            self.active_panel = index
        # Synchronous (not widget.focus(), which defers): keys that arrive in one
        # burst, as they do over SSH, must go to the pane just chosen.
        self.set_focus(self.query_one(PANES[index]))

    async def action_cycle_pane(self, delta: int) -> None:
        """The next or previous pane, in both layouts (the narrow one shows one at a time)."""
        await self.action_focus_pane(((self._focused_pane() or 0) + delta) % len(PANES))

    def _focused_pane(self) -> int | None:
        """The index in PANES of the pane that has focus, if one has."""
        return PANES.index(pane) if (pane := f"#{self.focused.id}" if self.focused is not None else "") in PANES else None

    async def action_search(self) -> None:
        await self._panels_mounted.wait()  # the search bar comes with the panels
        bar = self.query_one("#search")
        self.add_class("-searching")  # the bar takes the status line's row
        self.set_focus(bar)

    def action_step(self, delta: int) -> None:
        # Queued behind any item choice or search posted by the keys before it.
        self.call_later(self._step, delta)

    def _step(self, delta: int) -> None:
        nav = self.nav
        if nav is None or not nav.spans:
            self._say("Nothing to step through: press / to search, or Enter on a panel row")
            return
        self.nav = nav._replace(index=(nav.index + delta) % len(nav.spans))

    def action_clear(self) -> None:
        """Escape: clear the mark and the search; with nothing to clear, back to the library."""
        if self.nav is None and not self.matches and len(self.app.screen_stack) > 1:
            self.dismiss()
            return
        self.nav = None
        self.matches = ()

    def action_help(self) -> None:
        from .help import HelpScreen

        self.app.push_screen(HelpScreen(self.app.binding_groups()))

    # -- messages from the widgets --------------------------------------------
    # Handlers by name, not @on(...): tui.messages comes with the panels, after
    # the first paint.

    def _rows(self, kind: str) -> tuple[Item, ...]:
        return getattr(self, f"{kind}_rows")  # figure_rows, company_rows, source_rows

    def on_item_chosen(self, message: ItemChosen) -> None:
        rows = self._rows(message.kind)
        if 0 <= message.index < len(rows):
            item = rows[message.index]
            self.matches = ()
            self.nav = Nav(item.label, item.mentions)
            if self.has_class("-narrow"):
                self.set_focus(self.query_one(ArticleView))  # panels cover the article here

    def on_item_highlighted(self, message: ItemHighlighted) -> None:
        rows = self._rows(message.kind)
        if 0 <= message.index < len(rows):
            item = rows[message.index]
            from ..widgets.panels import ItemList

            if not isinstance(self.focused, ItemList) or self.focused.kind != message.kind:
                return  # rows filled in the background: not the user's move
            if self.nav is not None and self.nav.spans == item.mentions:
                return  # the row being stepped through: keep its "3/12" in the status
            count = len(item.mentions)
            about = item.note or f"{count} mention{'s' * (count != 1)}"
            self._say(f"{item.label} · {about}")

    def on_search_submitted(self, message: SearchSubmitted) -> None:
        self._close_search()
        query = message.query.strip()
        if not query:
            self.action_clear()
            return
        self.matches = spans = tuple(m.span() for m in re.finditer(re.escape(query), self.article.text, re.IGNORECASE))
        if not spans:
            self.nav = None
            self._say(f"/{query}: not found")
            return
        top = self.query_one(ArticleView).top_offset()
        first = next((i for i, (s, _) in enumerate(spans) if s >= top), 0)
        self.nav = Nav(f"/{query}", spans, first)

    def on_search_cancelled(self) -> None:
        self._close_search()

    def _close_search(self) -> None:
        self.remove_class("-searching")
        self.set_focus(self.query_one(ArticleView))

    def on_article_view_moved(self, message: ArticleView.Moved) -> None:
        self.query_one(StatusLine).show_position(message.top, message.height, message.total)

    # -- state → view ---------------------------------------------------------

    def watch_nav(self, nav: Nav | None) -> None:
        if nav is None or not nav.spans:
            self.mark = None
            self._say("")
            return
        span = nav.spans[nav.index]
        self.mark = span
        self.query_one(ArticleView).show_span(span)
        self._say(f"{nav.label} {nav.index + 1}/{len(nav.spans)} · n/N next/previous")

    def on_descendant_focus(self) -> None:
        if (index := self._focused_pane()) is not None:
            if index:
                self.active_panel = index
            self.set_class(index > 0, "-side")
        self._update_header()
        self._update_tabs()

    def _update_header(self) -> None:
        focused = self.query_one(ArticleView).has_focus
        header = self.query_one("#article-header", Static)
        header.set_class(focused, "-focused")
        marker = "▶ " if focused else "  "
        header.update(Text(f"{marker}1 Article", no_wrap=True, overflow="ellipsis"), layout=False)

    def _update_tabs(self) -> None:
        """The tab line of the narrow layout: the shown pane is reversed and marked."""
        side = self.has_class("-side")
        for index, panel in enumerate(self.query(".panel"), start=1):
            panel.set_class(index == self.active_panel, "-active")
        shown = self.active_panel if side else 0
        tabs = Text(no_wrap=True, overflow="ellipsis")
        for index, name in enumerate(TABS):
            label = f"{'▶' if index == shown else ' '}{index + 1} {name} "
            tabs.append(label, style="reverse bold" if index == shown else "")
        self.query_one("#tabs", Static).update(tabs, layout=False)

    def _say(self, message: str) -> None:
        self.query_one(StatusLine).message = message
