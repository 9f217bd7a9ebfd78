from tui.links import can_open_browser, safe_url


def test_only_http_urls_are_kept_and_made_safe():
    assert safe_url("https://www.wsj.com/tech") == "https://www.wsj.com/tech"
    assert safe_url("http://exemple.fr/é t") == "http://exemple.fr/%C3%A9t"
    assert safe_url("https://x.com/\x1b]52;c;AAAA\x07") == "https://x.com/]52;c;AAAA"
    assert "\x1b" not in safe_url("https://x.com/\x1b\\")
    for bad in ("javascript:alert(1)", "file:///etc/passwd", "ftp://x.org", "wsj.com", "", None):
        assert safe_url(bad) is None


def test_browser_only_on_a_local_display():
    assert not can_open_browser({"SSH_CONNECTION": "1 2 3 4", "DISPLAY": ":0"}, "linux")
    assert not can_open_browser({}, "linux")
    assert can_open_browser({"DISPLAY": ":0"}, "linux")
    assert can_open_browser({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert can_open_browser({}, "darwin")
    assert not can_open_browser({"SSH_TTY": "/dev/pts/1"}, "darwin")
