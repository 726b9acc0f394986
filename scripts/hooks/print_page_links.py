"""MkDocs hook: keep links on the print-all-guides page working for pages it leaves out.

mkdocs-print-site-plugin turns every link to another page into an anchor on the print page
(`#calculators-deadline`). Pages it excludes (the calculators, the download page) have no
such anchor, so the link would go nowhere. This turns those links back into links to the
real page. It runs after the plugin has written the print page.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from mkdocs.plugins import event_priority

# Where the plugin writes the page: with directory URLs, and without (the offline export).
PRINT_PAGES = (Path("print_page") / "index.html", Path("print_page.html"))
_page_urls: dict[str, str] = {}


@event_priority(-150)  # after the i18n plugin (-100) gave each language's files their URLs
def on_files(files, config, **kwargs):
    _page_urls.clear()
    for file in files.documentation_pages():
        slug = file.src_uri.removesuffix(".md").replace("/", "-")
        _page_urls[slug] = file.url
        # In another language's build the plugin names anchors from the URL: fr-calculators-deadline.
        _page_urls.setdefault(file.url.strip("/").removesuffix(".html").replace("/", "-"), file.url)
    return files


def on_post_build(config, **kwargs):
    site = Path(config.site_dir)
    found = [site / page for page in PRINT_PAGES if (site / page).is_file()]
    plugin = config.plugins.get("print-site")
    if plugin is not None and plugin.config.get("enabled") and getattr(plugin, "print_page", None):
        this_build = Path(plugin.print_page.file.abs_dest_path)  # /fr/print_page/ in the French build
        if this_build.is_file():
            found = [this_build]
    if not found:
        return
    path = found[0]
    html = path.read_text(encoding="utf-8")
    ids = set(re.findall(r'\bid="([^"]+)"', html))

    def relink(match: re.Match) -> str:
        anchor = match.group(1)
        if anchor in ids or anchor not in _page_urls:
            return match.group(0)
        target = os.path.relpath(site / _page_urls[anchor], path.parent).replace(os.sep, "/")
        if _page_urls[anchor].endswith("/"):
            target += "/"
        return f'href="{target}"'

    fixed = re.sub(r'href="#([^"]+)"', relink, html)
    if fixed != html:
        path.write_text(fixed, encoding="utf-8")
