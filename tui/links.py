"""Links and the clipboard over SSH (no Textual imports).

* Only http(s) URLs are ever linked or opened; they are made safe for an OSC 8
  hyperlink (no control characters, nothing outside printable ASCII).
* A browser is started only when one can show the page to the user: a local
  graphical session, not an SSH login (where it would open on the server, or
  take over the terminal as a text browser).  Otherwise the URL is copied to
  the user's own clipboard with OSC 52 and shown.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from urllib.parse import quote, urlsplit

_SAFE = ":/?#[]@!$&'()*+,;=%~-._"


def safe_url(url: str | None) -> str | None:
    """``url`` if it is an http(s) URL, percent-encoded to printable ASCII; else None."""
    if not url:
        return None
    url = "".join(ch for ch in url.strip() if ch.isprintable() and not ch.isspace())
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return quote(url, safe=_SAFE)


def over_ssh(env: Mapping[str, str] = os.environ) -> bool:
    return any(env.get(name) for name in ("SSH_CONNECTION", "SSH_CLIENT", "SSH_TTY"))


def can_open_browser(env: Mapping[str, str] = os.environ, platform: str = sys.platform) -> bool:
    """True when a browser started here would show on the user's own screen."""
    if over_ssh(env):
        return False
    if platform == "darwin" or platform.startswith("win"):
        return True
    return bool(env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"))


def open_in_browser(url: str) -> bool:
    """Hand ``url`` to the desktop's opener, detached from the terminal.

    Not ``webbrowser.open``: with no graphical browser it would start a text
    browser inside our terminal.  Returns False when nothing could be started.
    """
    safe = safe_url(url)
    if safe is None or not can_open_browser():
        return False
    if sys.platform.startswith("win"):
        os.startfile(safe)  # noqa: S606 (a checked http(s) URL)
        return True
    opener = "open" if sys.platform == "darwin" else "xdg-open"
    try:
        subprocess.Popen(  # noqa: S603
            [opener, safe], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL, start_new_session=True,
        )
    except OSError:
        return False
    return True
