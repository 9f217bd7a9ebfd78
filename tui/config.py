"""The optional config file: defaults for options the command line can override.

``$XDG_CONFIG_HOME/dealreader/config.toml`` (``~/.config/dealreader/config.toml``),
or the file named by ``$DEALREADER_CONFIG``::

    rates = "~/data/eurofxref-hist.zip"   # a newer ECB history
    currency = "CHF"                      # a third conversion column
    locale = "fr_CH"                      # number format
"""

from __future__ import annotations

import os
from pathlib import Path

KEYS = {"rates", "currency", "locale"}


class ConfigError(Exception):
    """A config file that cannot be read: one line, naming the file."""


def config_path() -> Path:
    explicit = os.environ.get("DEALREADER_CONFIG")
    if explicit:
        return Path(explicit).expanduser()
    base = os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config"
    return Path(base) / "dealreader" / "config.toml"


def load_config(path: Path | None = None) -> dict[str, str]:
    """The settings in the config file; {} when there is none."""
    path = path or config_path()
    try:
        with path.open("rb") as handle:
            import tomllib  # only with a config file: ~2 ms at every start otherwise

            try:
                data = tomllib.load(handle)
            except tomllib.TOMLDecodeError as error:
                raise ConfigError(f"{path}: cannot read the config file ({error})") from None
    except FileNotFoundError:
        return {}
    except OSError as error:
        raise ConfigError(f"{path}: cannot read the config file ({error})") from None
    unknown = sorted(set(data) - KEYS)
    if unknown:
        raise ConfigError(f"{path}: unknown setting {unknown[0]!r} (known: {', '.join(sorted(KEYS))})")
    settings = {}
    for key, value in data.items():
        if not isinstance(value, str):
            raise ConfigError(f"{path}: {key} must be a string")
        settings[key] = str(Path(value).expanduser()) if key == "rates" else value
    return settings
