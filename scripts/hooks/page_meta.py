"""MkDocs hook: end each guide with its "Last reviewed" date and the sources it relies on.

A guide declares both in its front matter:

    last_reviewed: 2026-11-23
    sources:
      - title: Immigration and Refugee Protection Act, s. 72
        url: https://laws-lois.justice.gc.ca/eng/acts/i-2.5/section-72.html

The footer is added to the page body (not the theme), so it is also in the search index,
in print and in the offline export. A page with neither key gets nothing. A malformed
entry is logged as a warning, which `mkdocs build --strict` turns into a failure.
"""

from __future__ import annotations

import datetime as dt
import html
import logging

log = logging.getLogger("mkdocs.hooks.page_meta")

# The footer's own words, per page language (mkdocs-static-i18n marks each file's locale).
WORDS = {
    "en": {
        "aside": "Page review and sources",
        "reviewed": "Last reviewed:",
        "sources": "Sources (the law this page explains):",
        "months": "January February March April May June July August September October November December".split(),
        "date": "{day} {month} {year}",
    },
    "fr": {
        "aside": "Révision de la page et sources",
        "reviewed": "Dernière révision :",
        "sources": "Sources (la loi que cette page explique) :",
        "months": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
        "date": "{day} {month} {year}",
    },
}


def _words(page) -> dict:
    locale = str(getattr(page.file, "locale", None) or "en").lower()
    return WORDS["fr"] if locale.startswith("fr") else WORDS["en"]


def _as_date(value) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        return None


def _footer(page) -> str:
    meta = page.meta
    words = _words(page)
    parts = [f'<aside class="page-meta" aria-label="{words["aside"]}">']
    if "last_reviewed" in meta:
        day = _as_date(meta["last_reviewed"])
        if day is None:
            log.warning("%s: last_reviewed is not a date: %r", page.file.src_uri, meta["last_reviewed"])
        else:
            # Spelled-out month: "11/12" means different days to different readers.
            day_number = "1er" if words is WORDS["fr"] and day.day == 1 else day.day
            shown = words["date"].format(day=day_number, month=words["months"][day.month - 1], year=day.year)
            parts.append(
                f'<p class="page-meta__reviewed"><strong>{words["reviewed"]}</strong> '
                f'<time datetime="{day.isoformat()}">{shown}</time></p>'
            )
    sources = meta.get("sources") or []
    if not isinstance(sources, list):
        log.warning("%s: sources must be a list of {title, url}", page.file.src_uri)
        sources = []
    items = []
    for source in sources:
        if not (isinstance(source, dict) and source.get("title") and source.get("url")):
            log.warning("%s: each source needs a title and a url: %r", page.file.src_uri, source)
            continue
        url = str(source["url"])
        if not url.startswith("https://"):
            log.warning("%s: source url must be https: %s", page.file.src_uri, url)
            continue
        items.append(
            f'<li><a href="{html.escape(url, quote=True)}">{html.escape(str(source["title"]))}</a></li>'
        )
    if items:
        parts.append(f'<p class="page-meta__sources-title"><strong>{words["sources"]}</strong></p>')
        parts.append('<ul class="page-meta__sources">' + "".join(items) + "</ul>")
    parts.append("</aside>")
    return "\n".join(parts)


def on_page_content(html_content, page, config, files, **kwargs):
    if "last_reviewed" not in page.meta and "sources" not in page.meta:
        return html_content
    return html_content + '\n<hr class="page-meta__rule">\n' + _footer(page)
