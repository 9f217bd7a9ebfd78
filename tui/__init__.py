"""dealreader: a terminal reader for business-deal news."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("dealreader")
except PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0.0.0+unknown"
