"""Pilot tests of the reader: panels, navigation, search, help, focus."""

from __future__ import annotations

import asyncio
import io

import pytest
from conftest import make_app
from textual import events

from tui.screens.reader import ReaderScreen
from tui.widgets.article_view import ArticleView
from tui.widgets.panels import ItemPanel
from tui.widgets.search_bar import SearchBar


async def _ready(app, pilot):
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()
    return app.screen


def _cells(panel: ItemPanel, column: int = 0) -> list[str]:
    return [item.cells[column] for item in panel.items]


def _visible(view: ArticleView) -> str:
    return "\n".join(view.render_line(y).text for y in range(view.size.height))


async def test_sample_fills_all_three_panels():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _ready(app, pilot)
        assert isinstance(screen, ReaderScreen)
        assert isinstance(app.focused, ArticleView)
        view = screen.query_one(ArticleView)
        assert "OpenAI : un mégacontrat à 38 milliards de dollars" in _visible(view)

        figures = screen.query_one("#figures", ItemPanel)
        written = " | ".join(_cells(figures))
        for expected in ("38 milliards de dollars", "13 milliards de dollars",
                         "1 400 milliards de dollars", "4 %"):
            assert expected in written
        row = next(i for i in figures.items if i.label == "38 milliards de dollars")
        assert len(row.mentions) >= 2
        assert row.cells[3].startswith("33")  # ≈ 33 bn EUR at the ECB rate of 2025-11-03
        # The article's own conversion (33 milliards d'euros) agrees with the ECB's rate.
        assert row.cells[0].startswith("⇄")
        assert "article: 1\xa0€ = 1,1515" in row.note and "ECB 1,1514" in row.note
        assert "ECB 2025-11-03" in figures.subtitle

        names = " | ".join(_cells(screen.query_one("#companies", ItemPanel)))
        for expected in ("OpenAI", "Amazon Web Services", "AWS", "Microsoft", "Google", "Nvidia",
                         "Oracle", "Broadcom", "BlackRock", "Vanguard", "State Street"):
            assert expected in names
        assert "ChatGPT" not in names and "Sam Altman" not in names

        sources = screen.query_one("#sources", ItemPanel)
        cited = {item.cells[0]: item.cells[1] for item in sources.items}
        assert cited.get("The Wall Street Journal") == "wsj.com"
        assert cited.get("CNBC") == "cnbc.com"
        assert cited.get("Courrier International") == "courrierinternational.com"


async def test_enter_on_a_figure_scrolls_the_article_to_it():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _ready(app, pilot)
        view = screen.query_one(ArticleView)
        figures = screen.query_one("#figures", ItemPanel)
        await pilot.press("2")
        assert app.focused is figures.list
        target = next(i for i, item in enumerate(figures.items) if "1 400" in item.cells[0])
        for _ in range(target):
            await pilot.press("down")
        await pilot.press("enter")
        await pilot.pause()
        span = figures.items[target].mentions[0]
        assert screen.mark == span
        assert view.scroll_offset.y > 0
        assert "1 400 milliards de dollars" in _visible(view)
        assert app.focused is figures.list  # the cursor stays, ready for the next row


async def test_n_and_N_step_through_a_company_mentions():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _ready(app, pilot)
        companies = screen.query_one("#companies", ItemPanel)
        await pilot.press("3")
        index = next(i for i, item in enumerate(companies.items) if item.label == "Amazon")
        for _ in range(index):
            await pilot.press("down")
        await pilot.press("enter")
        mentions = companies.items[index].mentions
        assert len(mentions) > 3
        assert screen.mark == mentions[0]
        await pilot.press("n")
        assert screen.mark == mentions[1]
        await pilot.press("N", "N")
        assert screen.mark == mentions[-1]  # wraps around
        status = str(screen.query_one("#status").render())
        assert f"{len(mentions)}/{len(mentions)}" in status


async def test_search_counts_and_steps_through_matches():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _ready(app, pilot)
        await pilot.press("slash")
        await pilot.press(*"milliards")
        await pilot.press("enter")
        await pilot.pause()
        total = screen.article.text.lower().count("milliards")
        assert len(screen.matches) == total > 3
        assert isinstance(app.focused, ArticleView)
        assert f"1/{total}" in str(screen.query_one("#status").render())
        await pilot.press("n", "n")
        assert screen.mark == screen.matches[2]
        assert f"3/{total}" in str(screen.query_one("#status").render())
        await pilot.press("escape")
        assert screen.matches == () and screen.mark is None


async def test_keys_typed_before_the_panels_are_mounted_wait_for_them(monkeypatch):
    # The panels and the search bar are mounted just after the first paint.  Keys
    # typed ahead before that must still act, in order.  Here the panels are held
    # back until "3" has started waiting for them.
    release, waiting = asyncio.Event(), asyncio.Event()
    mount_panels, focus_pane = ReaderScreen._mount_panels, ReaderScreen.action_focus_pane
    tasks = []

    async def held_back(self, extract: bool) -> None:
        async def later() -> None:
            await release.wait()
            await mount_panels(self, extract)

        tasks.append(asyncio.create_task(later()))  # the screen's own loop goes on

    async def spied(self, index: int) -> None:
        if not self._panels_mounted.is_set():
            waiting.set()
        await focus_pane(self, index)

    monkeypatch.setattr(ReaderScreen, "_mount_panels", held_back)
    monkeypatch.setattr(ReaderScreen, "action_focus_pane", spied)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        app.post_message(events.Key("3", "3"))  # typed ahead, in one burst
        app.post_message(events.Key("slash", "/"))
        await asyncio.wait_for(waiting.wait(), timeout=30)
        screen = app.screen
        assert not screen.query(ItemPanel) and isinstance(app.focused, ArticleView)
        release.set()
        await _ready(app, pilot)
        assert screen.active_panel == 2  # "3" chose the companies panel...
        assert isinstance(app.focused, SearchBar) and screen.has_class("-searching")  # ...then "/"


async def test_keys_scroll_the_article_without_animation():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _ready(app, pilot)
        view = screen.query_one(ArticleView)
        await pilot.press("j", "j", "down")
        assert view.scroll_offset.y == 3
        await pilot.press("k")
        assert view.scroll_offset.y == 2
        await pilot.press("G")
        assert view.scroll_offset.y == view.max_scroll_y > 0
        await pilot.press("g")
        assert view.scroll_offset.y == 0
        await pilot.press("space")
        assert view.scroll_offset.y == view.size.height - 1
        await pilot.press("b")
        assert view.scroll_offset.y == 0


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_tab_cycles_panes_and_focus_is_marked(size: tuple[int, int]):
    """Also in the narrow layout, where one pane shows at a time (focus_next found nothing there)."""
    app = make_app()
    async with app.run_test(size=size) as pilot:
        screen = await _ready(app, pilot)
        order = []
        for _ in range(4):
            order.append(app.focused.id)
            await pilot.press("tab")
            await pilot.pause()
        assert order == ["article", "figures-list", "companies-list", "sources-list"]
        assert app.focused.id == "article"
        await pilot.press("shift+tab")
        await pilot.pause()
        assert app.focused.id == "sources-list"
        if screen.has_class("-narrow"):
            assert screen.query_one("#sources").display and "▶4 Sources" in str(screen.query_one("#tabs").render())
            return
        sources = screen.query_one("#sources", ItemPanel)
        assert str(sources.border_title).startswith("▶")
        assert not str(screen.query_one("#figures", ItemPanel).border_title).startswith("▶")
        await pilot.press("1")
        assert "▶" in str(screen.query_one("#article-header").render())


async def test_narrow_terminal_shows_panels_as_tabs():
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _ready(app, pilot)
        assert screen.has_class("-narrow")
        figures = screen.query_one("#figures")
        companies = screen.query_one("#companies")
        assert figures.display and not companies.display
        await pilot.press("3")
        await pilot.pause()
        assert companies.display and not figures.display
        assert app.focused is companies.list
        assert not screen.query_one("#article-pane").display  # tabs: one pane, full width
        await pilot.press("enter")
        await pilot.pause()
        assert screen.query_one("#article-pane").display and screen.mark is not None


async def test_help_is_generated_from_the_bindings():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await _ready(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        from tui.screens.help import HelpScreen

        assert isinstance(app.screen, HelpScreen)
        from rich.console import Console

        console = Console(width=120, record=True, file=io.StringIO())
        console.print(app.screen.query_one("#help-body").query_one("Static").content)
        shown = console.export_text()
        for binding in ReaderScreen.BINDINGS + ArticleView.BINDINGS:
            assert binding.description in shown
        await pilot.press("escape")
        assert isinstance(app.screen, ReaderScreen)


async def test_command_palette_lists_the_reader_actions():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _ready(app, pilot)
        titles = [command.title for command in app.get_system_commands(screen)]
        for binding in ReaderScreen.BINDINGS:
            if not binding.action.startswith("app."):
                assert binding.description in titles


async def test_q_quits_with_status_zero():
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await _ready(app, pilot)
        await pilot.press("q")
    assert app.return_code == 0


async def test_article_markup_is_shown_literally(tmp_path):
    path = tmp_path / "markup.txt"
    path.write_text(
        "Titre [bold]gras[/bold]\n\nLe fonds [@click=app.quit]clic[/] investit [link=http://x]5 M€[/link].\n",
        encoding="utf-8",
    )
    app = make_app(path)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _ready(app, pilot)
        shown = _visible(screen.query_one(ArticleView))
        assert "[bold]gras[/bold]" in shown
        assert "[@click=app.quit]clic[/]" in shown
        await pilot.click(ArticleView, offset=(20, 2))
        assert app.is_running


async def test_currency_cycle_and_full_values():
    app = make_app(currency="CHF")
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _ready(app, pilot)
        figures = screen.query_one("#figures", ItemPanel)
        assert figures.columns[-1] == "CHF"
        row = next(i for i in figures.items if i.label == "38 milliards de dollars")
        assert row.cells[4].startswith("30,7")  # 38 bn USD in CHF on 2025-11-03
        await pilot.press("c")
        assert screen.figure_columns[-1] == "GBP"
        await pilot.press("f")
        row = next(i for i in figures.items if i.label == "38 milliards de dollars")
        assert row.cells[2].replace("\u202f", " ") == "38 000 000 000"


async def test_y_copies_the_selected_row_and_o_copies_a_link_over_ssh(monkeypatch):
    monkeypatch.setenv("SSH_CONNECTION", "10.0.0.1 5000 10.0.0.2 22")
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _ready(app, pilot)
        await pilot.press("3", "y")
        assert app.clipboard.startswith("OpenAI")
        await pilot.press("4", "o")
        assert app.clipboard == "https://www.wsj.com" or app.clipboard.startswith("https://")
        assert "copied" in str(screen.query_one("#status").render())


async def test_too_small_terminal_shows_a_message_and_resizing_is_safe():
    app = make_app()
    async with app.run_test(size=(40, 10)) as pilot:
        screen = await _ready(app, pilot)
        assert screen.has_class("-tiny")
        assert "Terminal too small" in str(screen.query_one("#too-small").render())
        for size in ((80, 24), (30, 5), (100, 30), (120, 40)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
        assert not screen.has_class("-tiny") and not screen.has_class("-narrow")


async def test_library_lists_articles_enter_reads_escape_returns(tmp_path):
    from tui.screens.library import LibraryScreen

    (tmp_path / "a.txt").write_text(
        "Acme rachète Bolt\n\nLe groupe Acme SA a annoncé lundi qu'il paie 2 milliards d'euros "
        "pour la société Bolt, selon un communiqué de la direction.\n", "utf-8")
    (tmp_path / "b.txt").write_text(
        "Zeta raises funds\n\nZeta Labs Inc. said on Monday that it has raised $15 million "
        "from its investors, according to a statement.\n", "utf-8")
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        library = app.screen
        assert isinstance(library, LibraryScreen)
        cells = [row.cells() for row in library.rows]
        assert [c[0] for c in cells] == ["Acme rachète Bolt", "Zeta raises funds"]
        assert cells[0][4] != "…" and int(cells[0][4]) >= 1
        assert [c[2] for c in cells] == ["fr", "en"]
        assert cells[0][3].startswith("2,0") and cells[1][3] == "$15.0m"
        await pilot.press("down", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
        assert app.screen.article.title == "Zeta raises funds"
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is library


def test_tab_names_are_the_panels_titles():
    from tui.screens.reader import TABS
    from tui.widgets.panels import CompaniesPanel, FiguresPanel, SourcesPanel

    assert TABS == ("Article", *(panel.TITLE for panel in (FiguresPanel, CompaniesPanel, SourcesPanel)))
