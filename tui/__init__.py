"""dealreader: a terminal reader for business-deal news."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # Lazy: importlib.metadata costs ~50 ms, and start-up time matters over SSH.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("dealreader")
        except PackageNotFoundError:  # a checkout that was never installed
            return "0.0.0+unknown"
    raise AttributeError(name)
