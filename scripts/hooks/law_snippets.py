"""MkDocs hook: write the law snippets (numbers, citations, tables) from calculators/ before pages are read.

Pages include these files with markdown-include (`{!law/....md!}`), so a page can never
disagree with the calculator. Files are rewritten only when their text changes, so
`mkdocs serve` does not rebuild in a loop.
"""

from __future__ import annotations

import sys
from pathlib import Path


def on_config(config, **kwargs):
    root = Path(config.config_file_path).resolve().parent
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    # The law snippets, with the official pages' link/form/how snippets in the same folder
    # (calculators.official_pages writes both through calculators.reference.write_snippets).
    from calculators.official_pages import write_snippets

    write_snippets(root / "docs" / "snippets" / "law")
    return config
