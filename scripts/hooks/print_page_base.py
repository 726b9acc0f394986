"""MkDocs hook: the print-all-guides page's search works wherever the site is served.

mkdocs-print-site-plugin writes its page with Material's `__config` "base" set to "/". On a
site served from a sub-folder (GitHub Pages project sites: https://owner.github.io/repo/)
Material then looks for its search worker and index at the host's root, and the print page's
search stays on "Initializing search". This sets the base to the page's own way back to the
site's root, as on every other page ("..", or "../.." for /fr/print_page/). The offline
export does the same for file:// (scripts/offline/links.py).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

CONFIG = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.S)
PRINT_PAGES = ("print_page/index.html", "print_page.html", "fr/print_page/index.html", "fr/print_page.html")


def fix_base(text: str, page: str) -> str:
    depth = page.count("/")
    root = "/".join([".."] * depth) if depth else "."

    def config(match: re.Match) -> str:
        data = json.loads(match.group(2))
        if str(data.get("base", ".")).startswith("/"):
            data["base"] = root
        return match.group(1) + json.dumps(data) + match.group(3)

    return CONFIG.sub(config, text, count=1)


def on_post_build(config, **kwargs):
    site = Path(config.site_dir)
    for page in PRINT_PAGES:
        path = site / page
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            fixed = fix_base(text, page)
            if fixed != text:
                path.write_text(fixed, encoding="utf-8")
