"""Bytes the reader writes to the terminal per key (what a user pays over SSH).

Runs ``dealreader`` on a pseudo-terminal (see ``_pty.py``), waits until it has
painted and the background workers have filled the panels, then counts the
bytes written for: one line scroll (j, and the down arrow), one page (space/b
and pagedown/pageup, alternated so every press moves), 5 s of idling, and a
search (``/``, typing ``milliards``, Enter, then ``n``).

Usage::

    python benchmarks/pty_bytes.py                    # 120x40, TERM=xterm-256color
    python benchmarks/pty_bytes.py --size 80x24       # add a size (repeatable)
    python benchmarks/pty_bytes.py --env              # also TERM=xterm and NO_COLOR=1
    python benchmarks/pty_bytes.py --env TERM=linux   # a custom variant
    python benchmarks/pty_bytes.py --baseline         # also a plain Textual VerticalScroll
    python benchmarks/pty_bytes.py --idle-states 3    # idle bytes with search/help/palette open
    python benchmarks/pty_bytes.py --json             # JSON instead of the table

Exit status 1 if a goal is missed (line <= 5000 B, page <= 6000 B, idle 0 B).
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _pty import SAMPLE, PtySession, dealreader_command, strip_ansi  # noqa: E402

GOALS = {"line": 5000, "page": 6000, "idle": 0}
TITLE_WORD = "mégacontrat"
STANDARD_VARIANTS = ({"TERM": "xterm"}, {"NO_COLOR": "1"})

BASELINE_APP = '''\
"""Baseline: a plain Textual VerticalScroll holding a Static of the article."""
import sys
from rich.text import Text
from textual.app import App
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Footer, Static

class Baseline(App):
    # Same geometry as the reader: text two thirds wide, a sidebar of >= 52 columns
    # (hidden below 100 columns); otherwise stock widgets and styles.
    CSS = """
    #body { width: 2fr; padding: 0 1; }
    #side { width: 1fr; min-width: 52; }
    .-narrow #side { display: none; }
    """
    BINDINGS = [Binding("q", "quit", "Quit"),
                Binding("j", "scroll('down')", "Line"), Binding("k", "scroll('up')", "Line up"),
                Binding("space", "scroll('page_down')", "Page"), Binding("b", "scroll('page_up')", "Back"),
                Binding("g", "scroll('home')", "Top")]

    def compose(self):
        with Horizontal():
            with VerticalScroll(id="body"):
                yield Static(Text(open(sys.argv[1], encoding="utf-8").read()))
            yield Static("baseline sidebar", id="side")
        yield Footer()

    def on_resize(self, event):
        self.screen.set_class(event.size.width < 100, "-narrow")

    def on_mount(self):
        self.animation_level = "none"
        self.query_one("#body").focus()

    def action_scroll(self, how):
        getattr(self.query_one("#body"), "action_" + {"down": "scroll_down", "up": "scroll_up",
                "page_down": "page_down", "page_up": "page_up", "home": "scroll_home"}[how])()

Baseline().run()
'''


@dataclass
class Run:
    """The measures of one app at one size and environment."""

    app: str
    size: str
    env: dict[str, str]
    first_paint_s: float | None = None
    startup_bytes: int = 0
    line: float = 0.0
    line_max: int = 0
    line_down_arrow: float = 0.0
    page: float = 0.0
    page_max: int = 0
    pagedown: float = 0.0
    idle: int = 0
    search_open: int | None = None
    search_typing: int | None = None
    search_enter: int | None = None
    search_n: int | None = None
    no_op_presses: int = 0
    exit_status: int | None = None
    left_alt_screen: bool = False
    line_breakdown: dict[str, int] = field(default_factory=dict)
    idle_states: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        env = " ".join(f"{k}={v}" for k, v in self.env.items()) or "default"
        return f"{self.app} {self.size} {env}"


_SGR = re.compile(rb"\x1b\[[0-9;:]*m")
_CUP = re.compile(rb"\x1b\[(\d+);(\d+)H")
_OTHER_ESC = re.compile(rb"\x1b\[[0-?]*[ -/]*[@-~]|\x1b[^\[]")


def breakdown(out: bytes) -> dict[str, int]:
    """Where the bytes of one repaint go: colours/styles, cursor moves, text."""
    sgr = _SGR.findall(out)
    cup = _CUP.findall(out)
    rest = _CUP.sub(b"", _SGR.sub(b"", out))
    other = _OTHER_ESC.findall(rest)
    text = _OTHER_ESC.sub(b"", rest)
    return {"total": len(out), "sgr_count": len(sgr), "sgr_bytes": sum(map(len, sgr)),
            "cursor_moves": len(cup), "cursor_bytes": len(out) - len(_CUP.sub(b"", out)),
            "other_escape_bytes": sum(map(len, other)), "text_bytes": len(text),
            "rows": len({row for row, _ in cup})}


def _presses(session: PtySession, keys: list[bytes], quiet: float, run: Run) -> list[int]:
    counts = []
    for key in keys:
        counts.append(session.press(key, quiet))
    zero = sum(1 for count in counts if count == 0)
    run.no_op_presses += zero
    return counts


def _mean(values: list[int]) -> float:
    moved = [v for v in values if v] or [0]
    return round(statistics.fmean(moved), 1)


def measure(argv: list[str], app: str, cols: int, rows: int, env: dict[str, str],
            args: argparse.Namespace) -> Run:
    """Drive one session through the scripted keys and count its bytes."""
    run = Run(app=app, size=f"{cols}x{rows}", env=dict(env))
    quiet = args.quiet_ms / 1000
    with PtySession(argv, cols=cols, rows=rows, env=env) as session:
        run.first_paint_s = session.wait_for(TITLE_WORD, timeout=args.timeout)
        if run.first_paint_s is None:
            tail = strip_ansi(session.text).strip()[-200:]
            run.problems.append(f"the title never appeared within {args.timeout} s; output: {tail!r}")
            return run
        if not session.wait_quiet(args.settle_ms / 1000, timeout=args.timeout):
            run.problems.append("output never went quiet after startup")
        run.startup_bytes = session.mark()

        session.press(b"g", quiet)
        lines = _presses(session, [b"j"] * args.lines, quiet, run)
        run.line, run.line_max = _mean(lines), max(lines)
        session.press(b"g", quiet)
        mark = session.mark()
        session.press(b"j", quiet)
        run.line_breakdown = breakdown(session.output[mark:])
        session.press(b"g", quiet)
        arrows = _presses(session, [b"\x1b[B"] * 5, quiet, run)
        run.line_down_arrow = _mean(arrows)

        session.press(b"g", quiet)
        pages = _presses(session, [b" ", b"b"] * (args.pages // 2), quiet, run)
        run.page, run.page_max = _mean(pages), max(pages)
        session.press(b"g", quiet)
        pagedowns = _presses(session, [b"\x1b[6~", b"\x1b[5~"] * (args.pages // 2), quiet, run)
        run.pagedown = _mean(pagedowns)

        session.press(b"g", quiet)
        session.wait_quiet(0.5)
        run.idle = session.idle(args.idle)

        if app == "dealreader":
            run.search_open = session.press(b"/", quiet)
            mark = session.mark()
            for char in "milliards":
                session.press(char.encode(), quiet)
            run.search_typing = session.bytes_since(mark)
            run.search_enter = session.press(b"\r", quiet)
            run.search_n = session.press(b"n", quiet)
            if not run.search_enter or not run.search_n:
                run.problems.append("search Enter or n wrote nothing (no jump / highlight?)")

        if app == "dealreader" and args.idle_states:
            _idle_states(session, run, args.idle_states)

        session.wait_quiet(quiet)
        mark = session.mark()
        run.exit_status = session.close()
        run.left_alt_screen = b"\x1b[?1049l" in session.output[mark:]
    if run.exit_status != 0:
        run.problems.append(f"exit status {run.exit_status} after q")
    if not run.left_alt_screen:
        run.problems.append("did not leave the alternate screen on quit")
    if run.no_op_presses:
        run.problems.append(f"{run.no_op_presses} key presses wrote nothing (key ignored or at an edge)")
    return run


IDLE_STATES = (
    (b"\x1b", "article focused"),
    (b"/", "search bar open"),
    (b"\x1b", "search cancelled"),
    (b"2", "figures panel focused"),
    (b"?", "help screen"),
    (b"\x1b", "help closed"),
    (b"\x10", "command palette (ctrl+p)"),
    (b"\x1b", "palette closed"),
)


def _idle_states(session: PtySession, run: Run, seconds: float) -> None:
    """Idle bytes in states where something could blink or poll."""
    for key, label in IDLE_STATES:
        session.press(key, 0.3)
        session.wait_quiet(0.5)
        run.idle_states[label] = session.idle(seconds)
        if run.idle_states[label]:
            run.problems.append(f"{label}: {run.idle_states[label]} B written in {seconds:g} s of idling")


def _parse_size(value: str) -> tuple[int, int]:
    try:
        cols, rows = (int(part) for part in value.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"size must be COLSxROWS, not {value!r}") from None
    return cols, rows


def _parse_env(items: list[str]) -> dict[str, str]:
    env = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep:
            raise SystemExit(f"--env expects NAME=VALUE, not {item!r}")
        env[key] = value
    return env


def _missed(run: Run) -> list[str]:
    missed = []
    if run.line > GOALS["line"]:
        missed.append("line")
    if run.page > GOALS["page"] or run.pagedown > GOALS["page"]:
        missed.append("page")
    if run.idle > GOALS["idle"]:
        missed.append("idle")
    return missed


def _table(runs: list[Run]) -> str:
    head = ("run", "paint s", "start B", "line B", "down B", "page B", "pgdn B", "idle B",
            "/ B", "type B", "Enter B", "n B", "goals")
    goal = ("goal", "", "", f"<={GOALS['line']}", f"<={GOALS['line']}", f"<={GOALS['page']}",
            f"<={GOALS['page']}", "0", "", "", "", "", "")

    def cell(value: object) -> str:
        if value is None:
            return "-"
        if isinstance(value, float):
            return f"{value:.2f}" if value < 100 else f"{value:.0f}"
        return str(value)

    rows = [head, goal]
    for run in runs:
        missed = _missed(run)
        rows.append((run.label, cell(run.first_paint_s), cell(run.startup_bytes), cell(run.line),
                     cell(run.line_down_arrow), cell(run.page), cell(run.pagedown), cell(run.idle),
                     cell(run.search_open), cell(run.search_typing), cell(run.search_enter),
                     cell(run.search_n),
                     "n/a" if run.first_paint_s is None else "MISS " + ",".join(missed) if missed else "ok"))
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    lines = []
    for index, row in enumerate(rows):
        lines.append("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths))))
        if index == 1:
            lines.append("-" * len(lines[0]))
    for run in runs:
        b = run.line_breakdown
        if b:
            lines.append(f"  {run.label}: one j = {b['total']} B: styles {b['sgr_bytes']} B "
                         f"({b['sgr_count']} SGR), cursor moves {b['cursor_bytes']} B "
                         f"({b['cursor_moves']} on {b['rows']} rows), text {b['text_bytes']} B, "
                         f"other {b['other_escape_bytes']} B")
        if run.idle_states:
            states = ", ".join(f"{k} {v}" for k, v in run.idle_states.items())
            lines.append(f"  {run.label}: idle bytes by state: {states}")
    for run in runs:
        for problem in run.problems:
            lines.append(f"! {run.label}: {problem}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=_parse_size, action="append", metavar="COLSxROWS",
                        help="terminal size (repeatable; default 120x40; 80x24 adds the narrow layout)")
    parser.add_argument("--env", action="append", nargs="*", metavar="NAME=VALUE",
                        help="also run with this environment; bare --env adds TERM=xterm and NO_COLOR=1")
    parser.add_argument("--baseline", action="store_true",
                        help="also measure a plain Textual VerticalScroll+Static of the same text")
    parser.add_argument("--file", default=str(SAMPLE), help="article to open (default: the sample)")
    parser.add_argument("--lines", type=int, default=20, help="line presses to average (default 20)")
    parser.add_argument("--pages", type=int, default=10, help="page presses to average (default 10)")
    parser.add_argument("--idle", type=float, default=5.0, help="seconds of idling (default 5)")
    parser.add_argument("--idle-states", type=float, default=0, metavar="SECONDS",
                        help="also idle this long with the search bar, a panel, help, the palette open")
    parser.add_argument("--quiet-ms", type=int, default=150, help="quiet time after a key (default 150)")
    parser.add_argument("--settle-ms", type=int, default=1500, help="quiet time after startup (default 1500)")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds to wait for first paint")
    parser.add_argument("--json", action="store_true", help="print JSON")
    args = parser.parse_args(argv)

    sizes = args.size or [(120, 40)]
    variants: list[dict[str, str]] = [{}]
    for items in args.env or []:
        variants.extend([dict(v) for v in STANDARD_VARIANTS] if not items else [_parse_env(items)])
    runs = []
    with tempfile.TemporaryDirectory() as tmp:
        baseline = Path(tmp, "baseline_app.py")
        baseline.write_text(BASELINE_APP, encoding="utf-8")
        apps = [("dealreader", dealreader_command() + [args.file])]
        if args.baseline:
            apps.append(("baseline", [sys.executable, str(baseline), args.file]))
        for cols, rows in sizes:
            for env in variants:
                for app, command in apps:
                    if not args.json:
                        print(f"… {app} {cols}x{rows} {env or ''}", file=sys.stderr, flush=True)
                    runs.append(measure(command, app, cols, rows, env, args))
    if args.json:
        print(json.dumps({"goals": GOALS, "runs": [asdict(r) | {"label": r.label} for r in runs]},
                         indent=2, ensure_ascii=False))
    else:
        print(_table(runs))
    dealreader_runs = [r for r in runs if r.app == "dealreader"]
    return 1 if any(_missed(r) or r.problems for r in dealreader_runs) else 0


if __name__ == "__main__":
    raise SystemExit(main())
