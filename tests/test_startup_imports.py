"""The first paint's import path stays light (start-up time is a goal, see
benchmarks/startup.py): Babel, the extraction, the rates and the panels are
imported after the article is on screen."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SAMPLE = Path(__file__).resolve().parent.parent / "seeds" / "000_49812cfdf0026165.txt"
LATER = (
    "babel", "lxml", "trafilatura", "charset_normalizer", "currency_converter", "tomllib",
    "tui.core.extract", "tui.core.htmlpage", "tui.core.rates", "tui.items", "tui.messages",
    "tui.screens.extraction", "tui.screens.help", "tui.widgets.panels",
)


def test_loading_an_article_and_the_app_imports_nothing_of_later():
    code = (
        "import sys\n"
        "import tui.cli, tui.app\n"
        "from tui.core.load import load_paths\n"
        f"load_paths([{str(SAMPLE)!r}])\n"
        f"later = {LATER!r}\n"
        "print(' '.join(sorted(m for m in sys.modules if m.startswith(later))))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""
