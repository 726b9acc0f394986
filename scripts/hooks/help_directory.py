"""MkDocs hook: the directory of legal help (calculators/help_directory.py) on the Get help page.

The page marks where the directory goes with an empty ``<div data-help-directory></div>``.
This hook replaces it, in the page's language, with:

- a province picker (``<select>``), hidden until the script runs; its label and options are
  written here, so the script holds no wording and no rule: each option says which sections
  it shows (``data-show``), computed from ``help_directory.for_region``'s grouping;
- a jump list to every section (works without JavaScript; the script hides it while one place
  is picked, so the place's help comes straight after the picker);
- one section per province and territory, then "Across Canada", then "Outside Canada",
  every entry with its name (a link to its own site), what it does, who it serves, its phone
  numbers (``tel:`` links) and hours where the service publishes them, and the day it was
  checked; under a place, the services looked for and not confirmed (``MISSING``).

Links only: nothing on the page loads from another host. The picker script is a file of
the site (docs/assets/help/picker.js), added with its small stylesheet (help.css) only to
pages that carry the directory.
"""

from __future__ import annotations

import html
import logging
import re
import sys
import unicodedata
from datetime import date
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.utils import get_relative_url

log = logging.getLogger("mkdocs.hooks.help_directory")

MARKER = re.compile(r"<div data-help-directory(?:=\"\")?>\s*</div>")
ROOT_ATTR = "data-help-directory-root"
SCRIPT = "assets/help/picker.js"
STYLESHEET = "assets/help/help.css"

# The wording (picker, headings, place names) is the message catalogue's ``ui.help.*``
# (calculators/messages/ui_en.py, ui_fr.py, po/<code>.po), in the page's language. The
# services' own names and descriptions exist in English and French only: on a page in another
# language they are shown in English, marked lang="en".
DATA_LANGS = ("en", "fr")

_state: dict = {}


def on_config(config, **kwargs):
    root = Path(config.config_file_path).resolve().parent
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    _state["root"] = root
    return config


def _directory():
    try:
        from calculators import help_directory  # noqa: PLC0415 - the project's own data, at build time
    except ImportError as error:
        raise PluginError(f"The Get help page lists calculators.help_directory, which cannot be imported: {error}") from error
    return help_directory


def _language(page, config) -> str:
    """The page's language code (one of calculators.messages.languages), English if unknown."""
    from calculators import api  # noqa: PLC0415 - the project's own code, at build time

    locale = getattr(page.file, "locale", None) or config["theme"].get("language") or "en"
    return api.language(str(locale)) or "en"


def _say(key: str, lang: str, **params) -> str:
    from calculators import messages  # noqa: PLC0415

    return messages.say(key, lang, **params)


def region_name(region: str, lang: str) -> str:
    return _say(f"ui.help.region.{region}", lang)


def checked_text(iso: str, lang: str) -> str:
    from calculators import messages  # noqa: PLC0415

    return _say("ui.help.checked", lang, date=messages.long_date(date.fromisoformat(iso), lang))


def _sort_key(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()


def section_id(region: str) -> str:
    return f"help-{region}"


def _tel(number: str) -> str:
    """A tel: address from a number as the service writes it (1.800.667.3764 -> tel:+18006673764)."""
    digits = re.sub(r"\D", "", number)
    return "tel:+" + (digits if len(digits) == 11 else "1" + digits)


def _entry_html(entry: dict, lang: str) -> str:
    e = html.escape
    data = lang if lang in DATA_LANGS else "en"
    # The entry's own wording is English or French: on another language's page, say so to the browser.
    own = "" if data == lang else ' lang="en" dir="ltr"'
    url = entry.get("url_fr") if data == "fr" and entry.get("url_fr") else entry["url"]
    parts = [
        f'<li class="help-directory__entry" data-help-entry="{e(entry["id"], quote=True)}">',
        f'<h4><a href="{e(url, quote=True)}"{own}>{e(entry["name"][data])}</a></h4>',
        f'<p{own}>{e(entry["does"][data])}</p>',
        f'<p><strong>{e(_say("ui.help.serves", lang))}</strong> <span{own}>{e(entry["serves"][data])}</span></p>',
    ]
    if entry.get("phone"):
        numbers = "; ".join(
            f'<a href="{_tel(item["number"])}">{e(item["number"])}</a>'
            + (f' <span{own}>({e(item["label"][data])})</span>' if item.get("label") else "")
            for item in entry["phone"]
        )
        parts.append(f'<p class="help-directory__phone"><strong>{e(_say("ui.help.phone", lang))}</strong> {numbers}</p>')
    if entry.get("hours"):
        parts.append(f'<p class="help-directory__hours"><strong>{e(_say("ui.help.hours", lang))}</strong> '
                     f'<span{own}>{e(entry["hours"][data])}</span></p>')
    checked = checked_text(entry["checked"], lang)
    if entry.get("phone_checked"):
        from calculators import messages  # noqa: PLC0415

        read = messages.long_date(date.fromisoformat(entry["phone_checked"]), lang)
        checked += " " + _say("ui.help.phone-read", lang, date=read)
    parts.append(f'<p class="help-directory__checked">{e(checked)}</p>')
    parts.append("</li>")
    return "".join(parts)


def _missing_html(items: list[dict], lang: str) -> str:
    """Services looked for and not confirmed on their own site (help_directory.MISSING), said honestly."""
    if not items:
        return ""
    own = "" if lang in DATA_LANGS else ' lang="en" dir="ltr"'
    names = "".join(f"<li{own}>{html.escape(item['name'])}</li>" for item in items)
    return (f'<div class="help-directory__missing"><p>{html.escape(_say("ui.help.not-found", lang))}</p>'
            f"<ul>{names}</ul></div>")


def _section_html(region: str, entries: list[dict], lang: str, note: str | None = None,
                  missing: list[dict] | None = None) -> str:
    e = html.escape
    sid = section_id(region)
    body = [f'<section id="{sid}" data-help-region="{e(region, quote=True)}" aria-labelledby="{sid}-title">',
            f'<h3 id="{sid}-title">{e(region_name(region, lang))}</h3>']
    if note:
        body.append(f"<p>{e(note)}</p>")
    if entries:
        body.append('<ul class="help-directory__entries">' + "".join(_entry_html(x, lang) for x in entries) + "</ul>")
    else:
        body.append(f"<p>{e(_say('ui.help.none', lang))}</p>")
    body.append(_missing_html(missing or [], lang))
    body.append("</section>")
    return "".join(body)


def render(lang: str) -> str:
    """The whole directory as HTML in `lang` (a code of calculators.messages.languages)."""
    data = _directory()
    e = html.escape
    provinces = sorted(data.PROVINCES, key=lambda code: _sort_key(region_name(code, lang)))
    order = [*provinces, data.NATIONAL, data.OUTSIDE]

    def shows(region: str) -> str:
        # What choosing a place shows: the same grouping as for_region (a province with the
        # national entries; "outside Canada" on its own).
        return data.OUTSIDE if region == data.OUTSIDE else f"{region} {data.NATIONAL}"

    options = [f'<option value="" data-show="all">{e(_say("ui.help.all", lang))}</option>']
    options += [
        f'<option value="{e(code, quote=True)}" data-show="{e(shows(code), quote=True)}">{e(region_name(code, lang))}</option>'
        for code in [*provinces, data.OUTSIDE]
    ]
    picker = (
        f'<form class="help-directory__picker" data-help-picker hidden>'
        f'<label for="help-region">{e(_say("ui.help.picker", lang))}</label> '
        f'<select id="help-region" name="region">{"".join(options)}</select>'
        "</form>"
    )
    jump = (
        f'<nav class="help-directory__jump" aria-label="{e(_say("ui.help.jump-label", lang), quote=True)}">'
        f'<p>{e(_say("ui.help.jump", lang))}</p><ul>'
        + "".join(f'<li><a href="#{section_id(code)}">{e(region_name(code, lang))}</a></li>' for code in order)
        + "</ul></nav>"
    )
    note = "" if lang in DATA_LANGS else f'<p class="help-directory__in-english">{e(_say("ui.help.in-english", lang))}</p>'

    def missing(region: str) -> list[dict]:
        return [item for item in data.MISSING if item["region"] == region]

    sections = [_section_html(code, data.entries_in(code), lang, missing=missing(code)) for code in provinces]
    sections.append(_section_html(data.NATIONAL, data.entries_in(data.NATIONAL), lang, _say("ui.help.national-note", lang)))
    sections.append(_section_html(data.OUTSIDE, data.entries_in(data.OUTSIDE), lang, _say("ui.help.outside-note", lang),
                                  missing(data.OUTSIDE)))
    return f'<div class="help-directory" {ROOT_ATTR}>' + picker + jump + note + "".join(sections) + "</div>"


def on_page_content(content: str, page, config, files, **kwargs):
    if not MARKER.search(content):
        return content
    rendered = render(_language(page, config))
    return MARKER.sub(lambda match: rendered, content, count=1)


def on_post_page(output: str, page, config, **kwargs):
    if ROOT_ATTR not in output:
        return output
    src = html.escape(get_relative_url(SCRIPT, page.url or "."), quote=True)
    css = html.escape(get_relative_url(STYLESHEET, page.url or "."), quote=True)
    output = output.replace("</head>", f'<link rel="stylesheet" href="{css}">\n</head>', 1)
    return output.replace("</body>", f'<script src="{src}" defer></script>\n</body>', 1)
