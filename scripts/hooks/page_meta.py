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
import sys
from pathlib import Path

log = logging.getLogger("mkdocs.hooks.page_meta")

ROOT = Path(__file__).resolve().parents[2]


def _messages():
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from calculators import messages  # noqa: PLC0415 - the project's catalogue, at build time

    return messages


def _language(page) -> str:
    """The page's language (mkdocs-static-i18n marks each file's locale): its footer is worded in it."""
    return str(getattr(page.file, "locale", None) or "en")


def _words(page) -> dict:
    """The footer's words from the catalogue (site.page-review, site.last-reviewed, site.sources), in the
    page's language, and its dates as the language writes them (CLDR, through calculators.messages)."""
    messages, lang = _messages(), _language(page)
    if lang not in messages.CATALOGUES:
        lang = "en"
    return {
        "aside": messages.say("site.page-review", lang),
        "reviewed": messages.say("site.last-reviewed", lang),
        "sources": messages.say("site.sources", lang),
        "date": lambda day: messages.long_date(day, lang),
    }


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
    parts = [f'<aside class="page-meta" aria-label="{html.escape(words["aside"], quote=True)}">']
    if "last_reviewed" in meta:
        day = _as_date(meta["last_reviewed"])
        if day is None:
            log.warning("%s: last_reviewed is not a date: %r", page.file.src_uri, meta["last_reviewed"])
        else:
            # Spelled-out month: "11/12" means different days to different readers.
            shown = html.escape(words["date"](day))
            parts.append(
                f'<p class="page-meta__reviewed"><strong>{html.escape(words["reviewed"])}</strong> '
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
        parts.append(f'<p class="page-meta__sources-title"><strong>{html.escape(words["sources"])}</strong></p>')
        parts.append('<ul class="page-meta__sources">' + "".join(items) + "</ul>")
    parts.append("</aside>")
    return "\n".join(parts)


def on_page_content(html_content, page, config, files, **kwargs):
    if "last_reviewed" not in page.meta and "sources" not in page.meta:
        return html_content
    return html_content + '\n<hr class="page-meta__rule">\n' + _footer(page)
