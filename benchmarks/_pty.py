"""Run a command in a pseudo-terminal and count what it writes (benchmarks only).

``PtySession`` spawns a command on a fresh pty of a given size, reads every byte
the child writes to the terminal (stdout and stderr share it, as in a real
terminal), sends keys, and waits either for a string to appear on screen or for
the output to go quiet.  Every wait is bounded by a timeout.  The harness never
touches the terminal it itself runs in; the child's terminal is its own pty.

Usage::

    with PtySession([sys.executable, "-m", "tui"], cols=120, rows=40) as s:
        s.wait_for("mégacontrat", timeout=15)
        s.wait_quiet(1.5)
        mark = s.mark()
        s.send(b"j")
        s.wait_quiet(0.15)
        print(s.bytes_since(mark))
"""

from __future__ import annotations

import codecs
import errno
import fcntl
import os
import pty
import re
import select
import signal
import struct
import sys
import termios
import time
from collections.abc import Mapping, Sequence
from pathlib import Path
from types import TracebackType

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "seeds" / "000_49812cfdf0026165.txt"

# CSI / OSC / DCS / two-character escapes: removed before searching the screen text.
_ANSI = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"            # CSI ... final byte
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)"  # OSC ... BEL or ST
    r"|\x1bP[^\x1b]*\x1b\\"               # DCS ... ST
    r"|\x1b[@-Z\\-_=>()][0-9A-Za-z]?"     # other short escapes
)

KEYS = {
    "down": b"\x1b[B",
    "up": b"\x1b[A",
    "pagedown": b"\x1b[6~",
    "pageup": b"\x1b[5~",
    "enter": b"\r",
    "escape": b"\x1b",
}


def dealreader_command() -> list[str]:
    """The ``dealreader`` console script beside this Python, else ``python -m tui``."""
    script = Path(sys.executable).with_name("dealreader")
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script)]
    return [sys.executable, "-m", "tui"]


def strip_ansi(text: str) -> str:
    """The text of a terminal stream without its escape sequences."""
    return _ANSI.sub("", text)


class PtySession:
    """One child process on its own pseudo-terminal, with byte accounting."""

    def __init__(
        self,
        argv: Sequence[str],
        *,
        cols: int = 120,
        rows: int = 40,
        env: Mapping[str, str] | None = None,
        cwd: str | os.PathLike[str] | None = None,
    ) -> None:
        self.argv = list(argv)
        self.cols, self.rows = cols, rows
        base = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "COLUMNS", "LINES")}
        base.update({"TERM": "xterm-256color", "COLUMNS": str(cols), "LINES": str(rows)})
        base.update(env or {})
        self.env = base
        self.cwd = str(cwd) if cwd is not None else None
        self.pid = -1
        self.fd = -1
        self.total = 0
        self.chunks: list[bytes] = []
        self.exit_status: int | None = None
        self.started_at = 0.0
        self.last_output_at = 0.0
        """perf_counter() time of the last byte read."""
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._text_parts: list[str] = []
        self._eof = False

    # -- lifecycle ----------------------------------------------------------

    def start(self) -> PtySession:
        """Fork the child on a new pty of the requested size."""
        winsize = struct.pack("HHHH", self.rows, self.cols, 0, 0)
        self.started_at = time.perf_counter()
        pid, fd = pty.fork()
        if pid == 0:  # child: size the terminal before anything reads it, then exec
            try:
                fcntl.ioctl(0, termios.TIOCSWINSZ, winsize)
                if self.cwd:
                    os.chdir(self.cwd)
                os.execvpe(self.argv[0], self.argv, self.env)
            except OSError as error:
                os.write(2, f"exec failed: {error}\n".encode())
            os._exit(127)
        self.pid, self.fd = pid, fd
        fcntl.ioctl(fd, termios.TIOCSWINSZ, winsize)
        os.set_blocking(fd, False)
        return self

    def __enter__(self) -> PtySession:
        return self.start() if self.pid < 0 else self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.close()

    def alive(self) -> bool:
        """True while the child has not exited (reaps it if it has)."""
        if self.exit_status is not None or self.pid < 0:
            return False
        try:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
        except ChildProcessError:
            self.exit_status = -1
            return False
        if pid == 0:
            return True
        self.exit_status = os.waitstatus_to_exitcode(status)
        return False

    def close(self, quit_key: bytes | None = b"q", grace: float = 3.0) -> int | None:
        """Quit politely (``quit_key``), then SIGTERM, then SIGKILL; close the pty."""
        if self.pid < 0:
            return None
        steps: list[tuple[str, float]] = []
        if quit_key:
            steps.append(("key", grace))
        steps += [("term", 2.0), ("kill", 2.0)]
        for step, wait in steps:
            if not self.alive():
                break
            try:
                if step == "key":
                    self.send(quit_key or b"")
                elif step == "term":
                    os.kill(self.pid, signal.SIGTERM)
                else:
                    os.kill(self.pid, signal.SIGKILL)
            except OSError:
                pass  # already gone or the pty closed: the alive() check decides
            deadline = time.monotonic() + wait
            while self.alive() and time.monotonic() < deadline:
                self._read(0.05)
        self._read(0.0)
        if self.alive():  # still there after SIGKILL: wait for it, bounded
            deadline = time.monotonic() + 5
            while self.alive() and time.monotonic() < deadline:
                time.sleep(0.05)
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1
        return self.exit_status

    # -- I/O ----------------------------------------------------------------

    def send(self, data: bytes | str) -> None:
        """Write keys to the child's terminal."""
        raw = data.encode() if isinstance(data, str) else data
        view = memoryview(raw)
        deadline = time.monotonic() + 5
        while view and time.monotonic() < deadline:
            try:
                written = os.write(self.fd, view)
            except BlockingIOError:
                select.select([], [self.fd], [], 0.05)
                continue
            view = view[written:]

    def _read(self, timeout: float) -> int:
        """Read what is available within ``timeout`` seconds; return the byte count."""
        if self.fd < 0 or self._eof:
            return 0
        got = 0
        ready, _, _ = select.select([self.fd], [], [], max(0.0, timeout))
        while ready:
            try:
                data = os.read(self.fd, 65536)
            except BlockingIOError:
                break
            except OSError as error:  # EIO: the child closed its side of the pty
                if error.errno != errno.EIO:
                    raise
                self._eof = True
                break
            if not data:
                self._eof = True
                break
            got += len(data)
            self.last_output_at = time.perf_counter()
            self.chunks.append(data)
            self._text_parts.append(self._decoder.decode(data))
        self.total += got
        return got

    @property
    def output(self) -> bytes:
        """Every byte read so far."""
        return b"".join(self.chunks)

    @property
    def text(self) -> str:
        """Everything read so far, decoded (escape sequences kept)."""
        return "".join(self._text_parts)

    def mark(self) -> int:
        """A point in the stream, for :meth:`bytes_since`."""
        self._read(0.0)
        return self.total

    def bytes_since(self, mark: int) -> int:
        return self.total - mark

    # -- waiting ------------------------------------------------------------

    def wait_for(self, needle: str, timeout: float = 20.0, since: int = 0) -> float | None:
        """Wait until ``needle`` shows in the screen text; return seconds since spawn.

        The search runs on the decoded stream with escape sequences removed, from
        byte position ``since`` (approximately: from the first chunk after it).
        ``None`` on timeout or when the child exits first.
        """
        deadline = time.monotonic() + timeout
        start_chunk = 0
        seen = 0
        for index, chunk in enumerate(self.chunks):
            if seen >= since:
                start_chunk = index
                break
            seen += len(chunk)
        else:
            start_chunk = len(self.chunks)
        while True:
            if needle in strip_ansi("".join(self._text_parts[start_chunk:])):
                return time.perf_counter() - self.started_at
            remaining = deadline - time.monotonic()
            if remaining <= 0 or self._eof:
                return None
            self._read(min(remaining, 0.25))

    def wait_quiet(self, quiet: float, timeout: float = 30.0) -> bool:
        """Wait until nothing has been written for ``quiet`` seconds.

        Returns False if the output never settled within ``timeout``.
        """
        deadline = time.monotonic() + timeout
        last = time.monotonic()
        while True:
            now = time.monotonic()
            if now - last >= quiet:
                return True
            if now >= deadline or self._eof:
                return self._eof
            if self._read(min(quiet - (now - last), deadline - now)):
                last = time.monotonic()

    def idle(self, seconds: float) -> int:
        """Read for exactly ``seconds`` without sending anything; return bytes written."""
        mark = self.mark()
        deadline = time.monotonic() + seconds
        while (remaining := deadline - time.monotonic()) > 0 and not self._eof:
            self._read(remaining)
        return self.bytes_since(mark)

    def press(self, key: bytes | str, quiet: float = 0.15, timeout: float = 10.0) -> int:
        """Send one key, wait until the output is quiet; return the bytes it caused."""
        mark = self.mark()
        self.send(KEYS.get(key, key) if isinstance(key, str) else key)
        self.wait_quiet(quiet, timeout)
        return self.bytes_since(mark)
