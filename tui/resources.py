"""Find the bundled ``styles/`` and ``seeds/`` folders.

In an installed wheel they live inside the package (``tui/styles``, ``tui/seeds``,
put there by the wheel's force-include); in a checkout or an editable install
they are at the repository's top level, beside ``tui/``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@lru_cache(maxsize=None)
def resource_dir(name: str) -> Path:
    for candidate in (_PACKAGE / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"dealreader is missing its {name}/ folder (broken install?)")


def styles() -> list[Path]:
    """Every stylesheet, in name order (base before theme)."""
    return sorted(resource_dir("styles").glob("*.tcss"))


def sample_article() -> Path:
    """The bundled sample article opened when no path is given."""
    seeds = sorted(p for p in resource_dir("seeds").iterdir() if p.is_file())
    if not seeds:
        raise FileNotFoundError("dealreader's seeds/ folder is empty (broken install?)")
    return seeds[0]
