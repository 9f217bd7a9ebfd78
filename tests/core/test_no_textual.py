"""The core must not import Textual: `extract` and other programs use it alone."""

import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "tui" / "core"


def test_core_modules_import_no_textual():
    modules = sorted(p.stem for p in CORE.glob("*.py") if p.stem != "__init__")
    assert "extract" in modules and "model" in modules
    code = (
        "import sys, importlib\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module('tui.core.' + name)\n"
        "from tui.core.extract import extract\n"
        "from tui.core.load import article_from_text\n"
        "extract(article_from_text('Amazon paie 3 milliards de dollars.', path='x'))\n"
        "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "", f"core imported Textual: {result.stdout}"


def test_core_sources_do_not_mention_textual():
    for path in CORE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "import textual" not in text and "from textual" not in text, path
