"""MkDocs hook: the directory of legal help (calculators/help_directory.py) on the Get help page.

The page marks where the directory goes with an empty ``<div data-help-directory></div>``.
This hook replaces it, in the page's language, with:

- a province picker (``<select>``), hidden until the script runs; its label and options are
  written here, so the script holds no wording and no rule: each option says which sections
  it shows (``data-show``), computed from ``help_directory.for_region``'s grouping;
- a jump list to every section (works without JavaScript);
- one section per province and territory, then "Across Canada", then "Outside Canada",
  every entry with its name (a link to its own site), what it does, who it serves and the
  day it was checked.

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

REGION_NAMES = {
    "en": {
        "ab": "Alberta", "bc": "British Columbia", "mb": "Manitoba", "nb": "New Brunswick",
        "nl": "Newfoundland and Labrador", "ns": "Nova Scotia", "nt": "Northwest Territories",
        "nu": "Nunavut", "on": "Ontario", "pe": "Prince Edward Island", "qc": "Quebec",
        "sk": "Saskatchewan", "yt": "Yukon",
        "national": "Across Canada", "outside-canada": "Outside Canada",
    },
    "fr": {
        "ab": "Alberta", "bc": "Colombie-Britannique", "mb": "Manitoba", "nb": "Nouveau-Brunswick",
        "nl": "Terre-Neuve-et-Labrador", "ns": "Nouvelle-Écosse", "nt": "Territoires du Nord-Ouest",
        "nu": "Nunavut", "on": "Ontario", "pe": "Île-du-Prince-Édouard", "qc": "Québec",
        "sk": "Saskatchewan", "yt": "Yukon",
        "national": "Partout au Canada", "outside-canada": "À l'extérieur du Canada",
    },
}

WORDS = {
    "en": {
        "picker": "Show help for",
        "all": "All places",
        "jump": "Go to a province or territory",
        "jump_label": "Places",
        "serves": "Who:",
        "checked": "Checked",
        "none": "We have not found a local service to list here yet. See “Across Canada”.",
        "national_note": "These also help wherever you live in Canada.",
        "outside_note": "You can use these from any country.",
    },
    "fr": {
        "picker": "Afficher l'aide pour",
        "all": "Tous les endroits",
        "jump": "Aller à une province ou un territoire",
        "jump_label": "Endroits",
        "serves": "Pour qui :",
        "checked": "Vérifié le",
        "none": "Nous n'avons pas encore trouvé de service local à indiquer ici. Voyez « Partout au Canada ».",
        "national_note": "Ces ressources aident aussi partout au Canada.",
        "outside_note": "Vous pouvez les utiliser depuis n'importe quel pays.",
    },
}

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
}

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
    locale = getattr(page.file, "locale", None) or config["theme"].get("language") or "en"
    if str(page.file.src_uri).endswith(".fr.md"):
        locale = "fr"
    return "fr" if str(locale).lower().startswith("fr") else "en"


def checked_text(iso: str, lang: str) -> str:
    day = date.fromisoformat(iso)
    if lang == "fr":
        number = "1er" if day.day == 1 else str(day.day)
        return f"{WORDS['fr']['checked']} {number} {MONTHS['fr'][day.month - 1]} {day.year}."
    return f"{WORDS['en']['checked']} {day.day} {MONTHS['en'][day.month - 1]} {day.year}."


def _sort_key(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()


def section_id(region: str) -> str:
    return f"help-{region}"


def _entry_html(entry: dict, lang: str) -> str:
    e = html.escape
    url = entry.get("url_fr") if lang == "fr" and entry.get("url_fr") else entry["url"]
    return (
        '<li class="help-directory__entry">'
        f'<h4><a href="{e(url, quote=True)}">{e(entry["name"][lang])}</a></h4>'
        f'<p>{e(entry["does"][lang])}</p>'
        f'<p><strong>{e(WORDS[lang]["serves"])}</strong> {e(entry["serves"][lang])}</p>'
        f'<p class="help-directory__checked">{e(checked_text(entry["checked"], lang))}</p>'
        "</li>"
    )


def _section_html(region: str, entries: list[dict], lang: str, note: str | None = None) -> str:
    e = html.escape
    sid = section_id(region)
    body = [f'<section id="{sid}" data-help-region="{e(region, quote=True)}" aria-labelledby="{sid}-title">',
            f'<h3 id="{sid}-title">{e(REGION_NAMES[lang][region])}</h3>']
    if note:
        body.append(f"<p>{e(note)}</p>")
    if entries:
        body.append('<ul class="help-directory__entries">' + "".join(_entry_html(x, lang) for x in entries) + "</ul>")
    else:
        body.append(f"<p>{e(WORDS[lang]['none'])}</p>")
    body.append("</section>")
    return "".join(body)


def render(lang: str) -> str:
    """The whole directory as HTML in `lang` ("en" or "fr")."""
    data = _directory()
    e = html.escape
    words = WORDS[lang]
    provinces = sorted(data.PROVINCES, key=lambda code: _sort_key(REGION_NAMES[lang][code]))
    order = [*provinces, data.NATIONAL, data.OUTSIDE]

    def shows(region: str) -> str:
        # What choosing a place shows: the same grouping as for_region (a province with the
        # national entries; "outside Canada" on its own).
        return data.OUTSIDE if region == data.OUTSIDE else f"{region} {data.NATIONAL}"

    options = [f'<option value="" data-show="all">{e(words["all"])}</option>']
    options += [
        f'<option value="{e(code, quote=True)}" data-show="{e(shows(code), quote=True)}">{e(REGION_NAMES[lang][code])}</option>'
        for code in [*provinces, data.OUTSIDE]
    ]
    picker = (
        f'<form class="help-directory__picker" data-help-picker hidden>'
        f'<label for="help-region">{e(words["picker"])}</label> '
        f'<select id="help-region" name="region">{"".join(options)}</select>'
        "</form>"
    )
    jump = (
        f'<nav class="help-directory__jump" aria-label="{e(words["jump_label"], quote=True)}">'
        f'<p>{e(words["jump"])}</p><ul>'
        + "".join(f'<li><a href="#{section_id(code)}">{e(REGION_NAMES[lang][code])}</a></li>' for code in order)
        + "</ul></nav>"
    )
    sections = [_section_html(code, data.entries_in(code), lang) for code in provinces]
    sections.append(_section_html(data.NATIONAL, data.entries_in(data.NATIONAL), lang, words["national_note"]))
    sections.append(_section_html(data.OUTSIDE, data.entries_in(data.OUTSIDE), lang, words["outside_note"]))
    return f'<div class="help-directory" {ROOT_ATTR}>' + picker + jump + "".join(sections) + "</div>"


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
