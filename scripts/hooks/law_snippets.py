"""MkDocs hook: write the law snippets (numbers, citations, tables) from calculators/ before pages are read.

Pages include these files with markdown-include (`{!law/....md!}`), so a page can never
disagree with the calculator. Files are rewritten only when their text changes, so
`mkdocs serve` does not rebuild in a loop. The PO catalogues are compiled first (every language's
snippets are worded by them).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path


def _compile_catalogues(root: Path) -> None:
    """The translators' PO catalogues -> calculators/messages/compiled/*.json (before the engine words
    anything), so a build never ships a catalogue older than its PO file."""
    spec = importlib.util.spec_from_file_location("i18n_catalogues", root / "scripts" / "i18n_catalogues.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["i18n_catalogues"] = module
    spec.loader.exec_module(module)
    before = {path.name: path.read_bytes() for path in module.COMPILED_DIR.glob("*.json")}
    module.compile_all()
    after = {path.name: path.read_bytes() for path in module.COMPILED_DIR.glob("*.json")}
    if before != after:  # the engine read the old catalogues when the script imported it: read them again
        for name in [name for name in sys.modules if name == "calculators" or name.startswith("calculators.")]:
            del sys.modules[name]


def on_config(config, **kwargs):
    root = Path(config.config_file_path).resolve().parent
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    _compile_catalogues(root)
    # The law snippets, with the official pages' link/form/how snippets in the same folder
    # (calculators.official_pages writes both through calculators.reference.write_snippets).
    from calculators.official_pages import write_snippets

    write_snippets(root / "docs" / "snippets" / "law")
    return config
