"""The article pane: a Line-API scroll view over the wrapped article text.

Only visible rows are rendered, from offsets into the text, so a very long
article opens and scrolls as fast as a short one.  Article text is turned into
plain ``Segment``s with styles from component classes; it is never parsed as
markup.  Scrolling is never animated.
"""

from __future__ import annotations

from bisect import bisect_left

from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from ..core.model import Extraction, Span
from .wrapping import row_of, wrap

MARGIN = 1
"""Blank cells left of the text (drawn in the row itself, not as CSS padding)."""
REMOVED_HEADER = "── Set apart by cleaning (page leftovers, not part of the article) ──"


class ArticleView(ScrollView, can_focus=True):
    """Shows the article, with figures and companies highlighted."""

    BINDINGS = [
        Binding("j,down", "line(1)", "Line down", show=False),
        Binding("k,up", "line(-1)", "Line up", show=False),
        Binding("space,pagedown", "page(1)", "Page down", show=False),
        Binding("b,pageup", "page(-1)", "Page up", show=False),
        Binding("g,home", "edge(0)", "Top", show=False),
        Binding("G,end", "edge(1)", "Bottom", show=False),
    ]

    COMPONENT_CLASSES = {
        "article-view--title",
        "article-view--figure",
        "article-view--company",
        "article-view--match",
        "article-view--mark",
        "article-view--removed",
    }

    extraction: reactive[Extraction | None] = reactive(None, always_update=True)
    """The article and what was extracted from it (owned by the screen)."""
    mark: reactive[Span | None] = reactive(None)
    """The span the user jumped to: a mention or the current search match."""
    matches: reactive[tuple[Span, ...]] = reactive(())
    """Every search match, highlighted."""

    class Moved(Message):
        """The visible rows changed: the screen shows the position like `less`."""

        def __init__(self, top: int, height: int, total: int) -> None:
            self.top, self.height, self.total = top, height, total
            super().__init__()

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._doc = ""
        self._rows: list[tuple[int, int]] = []
        self._width = 0
        self._spans: list[tuple[int, int, str]] = []
        self._overlay: list[tuple[int, int, str]] = []
        self._base_longest = self._longest = 0
        self._cache: LRUCache[int, Strip] = LRUCache(512)
        self._styles: dict[str, Style] = {}
        self._base_style: Style | None = None

    # -- data ---------------------------------------------------------------

    def watch_extraction(self, extraction: Extraction | None) -> None:
        if extraction is not None:
            article = extraction.article
            doc = article.text
            if article.removed:
                doc += "\n\n" + REMOVED_HEADER + "\n" + "\n".join(article.removed)
        else:
            doc = ""
        changed = doc != self._doc
        self._doc = doc
        self._rebuild_spans()
        if changed:  # the text itself: rewrap only when it changed, not when items arrive
            self._rewrap(force=True)

    def watch_mark(self) -> None:
        self._rebuild_spans(overlay_only=True)

    def watch_matches(self) -> None:
        self._rebuild_spans(overlay_only=True)

    def _rebuild_spans(self, overlay_only: bool = False) -> None:
        """Highlights as sorted (start, end, component class) lists: the article's
        own (sorted once per extraction) and the overlay (matches, mark), kept
        apart so that n/N on a huge article does not re-sort every highlight."""
        if not overlay_only:
            spans: list[tuple[int, int, str]] = []
            ex = self.extraction
            if ex is not None:
                article = ex.article
                if article.title_end:
                    spans.append((0, article.title_end, "article-view--title"))
                if len(self._doc) > len(article.text):
                    spans.append((len(article.text), len(self._doc), "article-view--removed"))
                spans.extend((f.start, f.end, "article-view--figure") for f in ex.figures)
                for company in ex.companies:
                    spans.extend((s, e, "article-view--company") for s, e in company.mentions)
            spans.sort()
            self._spans = spans
            self._base_longest = max((e - s for s, e, _ in spans), default=0)
        overlay = [(s, e, "article-view--match") for s, e in self.matches]
        if self.mark is not None:
            overlay.append((*self.mark, "article-view--mark"))
        overlay.sort()
        self._overlay = overlay
        self._longest = max([self._base_longest, *(e - s for s, e, _ in overlay)])
        self._cache.clear()
        self.refresh()

    # -- layout -------------------------------------------------------------

    def on_resize(self) -> None:
        self._rewrap()

    def render_lines(self, crop: Region) -> list[Strip]:
        # The Resize event comes after the first frame: wrapping only then would
        # paint a blank pane first and the text one frame later.  Wrapping at the
        # first render puts the article in the very first frame.
        if self.size.width - 2 * MARGIN != self._width:
            self._rewrap(rendering=True)
        return super().render_lines(crop)

    def _rewrap(self, force: bool = False, rendering: bool = False) -> None:
        width = self.size.width - 2 * MARGIN
        if width <= 0 or (width == self._width and not force):
            return
        top_offset = self._rows[self.scroll_offset.y][0] if self._rows and not force else 0
        self._width = width
        self._rows = wrap(self._doc, width)
        self._cache.clear()
        self.virtual_size = Size(width, len(self._rows))
        if top_offset:
            self.scroll_to(y=row_of(self._rows, top_offset), animate=False)
        if not rendering:  # being rendered now: no second repaint
            self.refresh()
        self._post_moved()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles.clear()
        self._base_style = None
        self._cache.clear()

    # -- rendering ----------------------------------------------------------

    def _style(self, name: str) -> Style:
        style = self._styles.get(name)
        if style is None:
            style = self._styles[name] = self.get_component_rich_style(name, partial=True)
        return style

    def _base(self) -> Style:
        """The plain text's style: none at all when it is the terminal's default
        colours (the default theme), so plain text is sent with no colour codes.
        Kept until the styles change (``rich_style`` walks every ancestor)."""
        if self._base_style is None:
            style = self.rich_style
            plain = (style.color is None or style.color.is_default) and (
                style.bgcolor is None or style.bgcolor.is_default
            )
            self._base_style = Style(bold=style.bold, italic=style.italic) if plain else style
        return self._base_style

    def render_line(self, y: int) -> Strip:
        # Each row is one full-width strip with the margin inside it, so a plain
        # row is a single styled segment: over SSH every extra style run is paid
        # again on every row of every scroll.
        index = self.scroll_offset.y + y
        width = self.size.width
        base = self._base()
        if index >= len(self._rows):
            return Strip.blank(width, base)
        strip = self._cache.get(index)
        if strip is None or strip.cell_length != width:
            strip = self._cache[index] = self._render_row(index, base, width)
        return strip

    def _render_row(self, index: int, base: Style, width: int) -> Strip:
        start, end = self._rows[index]
        line = self._doc[start:end].rstrip()
        end = start + len(line)
        segments = [Segment(" " * MARGIN, base)]
        active = self._spans_in(start, end)
        if not active:
            segments.append(Segment(line, base))
        else:
            cuts = {start, end}
            for s, e, _ in active:
                cuts.add(max(s, start))
                cuts.add(min(e, end))
            points = sorted(cuts)
            for a, b in zip(points, points[1:]):
                if a == b:
                    continue
                style = base
                for s, e, name in active:
                    if s <= a and e >= b:
                        style = style + self._style(name)
                segments.append(Segment(self._doc[a:b], style))
        return Strip(segments).crop_extend(0, width, base).simplify()

    def _spans_in(self, start: int, end: int) -> list[tuple[int, int, str]]:
        found = []
        for spans in (self._spans, self._overlay):  # the overlay last: it wins
            lo = bisect_left(spans, (start - self._longest,))
            hi = bisect_left(spans, (end,))
            found.extend(span for span in spans[lo:hi] if span[1] > start and span[0] < end)
        return found

    # -- scrolling ----------------------------------------------------------

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if round(old_value) != round(new_value):
            self._post_moved()

    def _post_moved(self) -> None:
        self.post_message(self.Moved(self.scroll_offset.y, self.size.height, len(self._rows)))

    def action_line(self, delta: int) -> None:
        self.scroll_to(y=self.scroll_y + delta, animate=False)

    def action_page(self, delta: int) -> None:
        self.scroll_to(y=self.scroll_y + delta * max(1, self.size.height - 1), animate=False)

    def action_edge(self, bottom: int) -> None:
        self.scroll_to(y=self.max_scroll_y if bottom else 0, animate=False)

    def offset_of_row(self, row: int) -> int:
        """Offset in the text where wrapped row ``row`` starts."""
        if 0 <= row < len(self._rows):
            return self._rows[row][0]
        return len(self._doc)

    def top_offset(self) -> int:
        """Offset in the text of the top visible row."""
        return self.offset_of_row(self.scroll_offset.y)

    def show_span(self, span: Span) -> None:
        """Scroll so that ``span`` is visible, a third of the way down the pane."""
        if not self._rows:
            return
        row = row_of(self._rows, span[0])
        top = self.scroll_offset.y
        if top <= row < top + self.size.height - 1:
            return
        self.scroll_to(y=max(0, row - self.size.height // 3), animate=False)
