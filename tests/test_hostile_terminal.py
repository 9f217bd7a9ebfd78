"""Hostile articles, checked on the bytes `dealreader` really writes to a terminal.

The reader runs in a pseudo-terminal, as over SSH.  The article tries to retitle
the terminal, write the clipboard (OSC 52), clear the screen, inject colours with
7-bit and 8-bit CSI, and smuggle Rich/Textual markup.  None of it may reach the
terminal as a control sequence; the markup must show as literal text.
Waits are bounded and driven by output, not sleeps of fixed length.
"""

from __future__ import annotations

import fcntl
import os
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import time

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a pty")

HOSTILE = (
    "Titre \x1b]0;PWNED-TITLE\x07 du jour\n\n"
    "La société Acme SA paie 5 millions d'euros \x1b]52;c;UFdORUQtQ0xJUA==\x07 à Bolt.\n\n"
    "Effacer \x1b[2J\x1b[3J ici, couleur \x1b[38;5;196mROUGE\x1b[0m et \x9b38;5;201mC1\x9b0m ; "
    "lien \x1b]8;;http://osc8-evil.example/\x1b\\clic\x1b]8;;\x1b\\ ; DCS \x1bPq#0;2;0;0;0\x1b\\ ; "
    "cloche \x07, retour \rarrière, effacement \x08\x08.\n\n"
    "Markup: [bold]gras[/bold] [@click=app.quit]quitter[/] [link=http://evil.example]x[/link]\n"
)


def _pump(fd: int, chunks: list[bytes], timeout: float, until=None, quiet: float = 0.0) -> None:
    """Read what the terminal gets until ``until(output)`` holds, or no byte came
    for ``quiet`` seconds, or ``timeout`` passed: bounded, never a fixed sleep."""
    deadline = time.monotonic() + timeout
    last = time.monotonic()
    while time.monotonic() < deadline:
        if until is not None and until(b"".join(chunks)):
            return
        if quiet and time.monotonic() - last >= quiet:
            return
        ready, _, _ = select.select([fd], [], [], 0.05)
        if ready:
            try:
                data = os.read(fd, 65536)
            except OSError:
                return
            if not data:
                return
            chunks.append(data)
            last = time.monotonic()


def run_in_pty(path: str, keys: bytes = b"") -> bytes:
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "120", "LINES": "40"}
    env.pop("NO_COLOR", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "tui", path], stdin=slave, stdout=slave, stderr=slave,
        env=env, start_new_session=True, close_fds=True,
    )
    os.close(slave)
    chunks: list[bytes] = []
    try:
        _pump(master, chunks, timeout=60, until=lambda out: b"Markup" in out)
        _pump(master, chunks, timeout=30, quiet=1.0)  # the panels fill after the first paint
        for key in keys:
            os.write(master, bytes([key]))
            _pump(master, chunks, timeout=10, quiet=0.3)
        os.write(master, b"q")
        proc.wait(timeout=30)
        _pump(master, chunks, timeout=5, quiet=0.2)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        os.close(master)
    assert proc.returncode == 0, b"".join(chunks)[-2000:]
    return b"".join(chunks)


@pytest.fixture(scope="module")
def written(tmp_path_factory) -> bytes:
    path = tmp_path_factory.mktemp("hostile") / "hostile.txt"
    path.write_bytes(HOSTILE.encode("utf-8"))
    before = path.read_bytes(), path.stat().st_mtime_ns
    # Scroll, jump to panels and back, search: every path that renders article text.
    out = run_in_pty(str(path), keys=b"jjG3\r2\r4/Markup\rn1g")
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before  # never modified
    return out


def test_article_text_reaches_the_screen(written):
    assert b"Acme" in written and "société".encode() in written


@pytest.mark.parametrize(
    "forbidden",
    [
        b"PWNED-TITLE",           # OSC 0 payload: would retitle the terminal
        b"\x1b]0;",
        b"UFdORUQtQ0xJUA==",      # OSC 52 payload: would write the user's clipboard
        b"\x1b[3J",               # clear scrollback
        b"\x1b[38;5;196m",        # the article's own colour
        b"\x9b",                  # 8-bit CSI, raw
        "\x9b".encode(),          # 8-bit CSI, as UTF-8
        b"\x1bPq",                # DCS (sixel) introducer
        b"\x08",                  # backspace
    ],
)
def test_no_article_control_sequence_reaches_the_terminal(written, forbidden):
    assert forbidden not in written


def test_no_hyperlink_from_the_article(written):
    targets = re.findall(rb"\x1b\]8;[^;]*;([^\x1b\x07]*)", written)
    assert not [t for t in targets if b"osc8-evil" in t]
    assert b"osc8-evil" not in written


def test_markup_shows_literally(written):
    text = written.decode("utf-8", "replace")
    assert "[bold]gras[/bold]" in text
    assert "[@click=app.quit]quitter[/]" in text


def test_default_theme_sends_the_terminals_own_colours(written):
    # The ANSI theme: colours are the terminal's palette (SGR 30-37/90-97), never
    # converted to 256-colour or RGB ones (which ignore the user's palette and cost bytes).
    for converted in (b"38;5;", b"48;5;", b"38;2;", b"48;2;"):
        assert converted not in written
    assert re.search(rb"\x1b\[[0-9;]*\b3[0-7]m", written)
