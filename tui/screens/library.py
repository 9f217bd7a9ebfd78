"""The library: several files or a folder, one row per article.

Titles, dates and languages show at once (loading found them); the biggest
figure and the number of companies fill in as a worker extracts each article.
Enter opens the reader on an article and Escape in the reader comes back here.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static

from ..core.fmt import format_money
from ..core.model import Article, Extraction
from ..options import Options
from ..widgets.panels import grid_row

COLUMNS = ("Title", "Date", "Lang", "Biggest figure", "Companies")
WIDTHS = [10, 4, 14, 9]
"""Fixed widths of the columns after the title, so one row can change alone."""


@dataclass(frozen=True)
class Row:
    article: Article
    extraction: Extraction | None = None
    texts: tuple[str, ...] = ()  # computed once, in Row.of

    @classmethod
    def of(cls, article: Article, extraction: Extraction | None = None) -> Row:
        date = article.date.isoformat() if article.date else "–"
        biggest, companies = "…", "…"
        if extraction is not None:
            biggest = biggest_figure(extraction, article.language)
            companies = str(len(extraction.companies))
        cells = (article.title or article.path, date, article.language, biggest, companies)
        return cls(article, extraction, cells)

    def cells(self) -> tuple[str, ...]:
        return self.texts


def biggest_figure(ex: Extraction, locale: str) -> str:
    """The largest money figure, compared in USD where rates are known."""
    money = [f for f in ex.figures if f.kind == "money" and f.amount and f.currency]
    if not money:
        return "–"
    top = max(money, key=lambda f: (f.converted or {}).get("USD", 0.0) or 0.0)
    if not (top.converted or {}).get("USD"):
        top = max(money, key=lambda f: f.amount or 0.0)
    return format_money(top.amount or 0.0, top.currency or "", locale)


class LibraryScreen(Screen[None]):
    """A list of articles; Enter reads one."""

    BINDINGS = [
        Binding("enter", "open", "Read article"),
        Binding("j,down", "cursor(1)", "Next article", show=False),
        Binding("k,up", "cursor(-1)", "Previous article", show=False),
    ]

    rows: reactive[tuple[Row, ...]] = reactive(())
    """One per article, owned here; extraction results fill in row by row."""

    def __init__(self, articles: list[Article], options: Options) -> None:
        super().__init__()
        self.options = options
        self.set_reactive(LibraryScreen.rows, tuple(Row.of(a) for a in articles))

    def compose(self) -> ComposeResult:
        yield Static(id="library-header")
        yield OptionList(id="library")
        yield Footer()

    def on_mount(self) -> None:
        self._show_all(self.rows)
        self.query_one("#library", OptionList).focus()
        self._extract_all()

    def _show_all(self, rows: tuple[Row, ...]) -> None:
        self.query_one("#library-header", Static).update(grid_row(COLUMNS, WIDTHS, "bold"))
        library = self.query_one("#library", OptionList)
        highlighted = library.highlighted
        library.set_options(grid_row(row.texts, WIDTHS) for row in rows)
        library.highlighted = highlighted if highlighted is not None else 0
        library.border_title = Text(f"▶ Library ({len(rows)} articles) · Enter to read")

    @work(thread=True, exclusive=True)
    def _extract_all(self) -> None:
        from ..core.extract import extract
        from ..core.rates import Rates, RatesError, convert_extraction

        try:
            rates = Rates.load(self.options.rates)
        except RatesError:
            rates = None
        for index, row in enumerate(self.rows):
            extraction = extract(row.article)
            if rates is not None:
                extraction = convert_extraction(
                    extraction, rates, day=self.options.date,
                    display=self.options.conversion_currencies(),
                )
            self.app.call_from_thread(self._fill, index, extraction)

    def _fill(self, index: int, extraction: Extraction) -> None:
        """One article extracted: replace its row alone (not the whole list)."""
        rows = list(self.rows)
        rows[index] = Row.of(rows[index].article, extraction)
        self.set_reactive(LibraryScreen.rows, tuple(rows))
        library = self.query_one("#library", OptionList)
        library.replace_option_prompt_at_index(index, grid_row(rows[index].texts, WIDTHS))

    def action_cursor(self, delta: int) -> None:
        library = self.query_one("#library", OptionList)
        library.action_cursor_down() if delta > 0 else library.action_cursor_up()

    @on(OptionList.OptionSelected)
    def action_open(self) -> None:
        from .reader import ReaderScreen

        index = self.query_one("#library", OptionList).highlighted
        if index is None or not 0 <= index < len(self.rows):
            return
        row = self.rows[index]
        self.app.push_screen(ReaderScreen(row.article, self.options, row.extraction))
