"""MkDocs hook: a print-all-guides page in French too, at /fr/print_page/ (issue 13).

mkdocs-print-site-plugin makes one print page per build, at `<print_page_basename>.md`.
mkdocs-static-i18n builds each language into the same site directory, one build after the
other, re-running every event. So, for each language listed below, this hook:

- before the plugin reads its configuration (priority 50), gives it that language's page
  path, title and contents title, so the French build writes /fr/print_page/ instead of
  over the English page, and leaves out that language's download page;
- after scripts/hooks/i18n_banner.py turned the plugin off for non-default languages
  (its on_config), turns it back on for them (on_pre_build, which comes after every on_config);
- gives the plugin a page's template context (it normally takes the one of 404.html, which
  only the English build renders), with paths made relative to the print page;
- once the page is written, drops Material's `<link rel="alternate" hreflang>` tags, as
  i18n_banner.py does for the other pages (Material would fetch a sitemap next to each).

The English build gets back the settings of mkdocs.yml. The wording below is the page's
title and its contents heading, as the plugin needs them: the guides' text comes from the
French pages themselves.
"""

from __future__ import annotations

import re
from pathlib import Path

from mkdocs.plugins import event_priority
from mkdocs.utils import get_relative_url

# Per non-default language: the plugin settings for that language's print page.
PRINT_PAGES = {
    "fr": {
        "print_page_basename": "fr/print_page",
        "print_page_title": "Imprimer tous les guides",
        "toc_title": "Table des matières",
        "exclude": ["download.md", "download.fr.md", "calculators/*"],
    },
}
SETTINGS = ("print_page_basename", "print_page_title", "toc_title", "exclude")
_default: dict[str, object] = {}
_HEAD_ALTERNATE = re.compile(r'<link rel="alternate" href="[^"]*" hreflang="[^"]*">\s*')


def build_language(config) -> str | None:
    """The language this build writes (None for the default language's build)."""
    i18n = config.plugins.get("i18n")
    if i18n is None:
        return None
    current = getattr(i18n, "current_language", None)
    default = getattr(i18n, "default_language", None)
    return None if current in (None, default) else current


@event_priority(50)  # before print-site reads its configuration (0)
def on_config(config, **kwargs):
    plugin = config.plugins.get("print-site")
    if plugin is None:
        return config
    if not _default:
        _default.update({key: plugin.config.get(key) for key in SETTINGS})
        _default["enabled"] = plugin.config.get("enabled", True)
    language = build_language(config)
    settings = PRINT_PAGES.get(language, {}) if language else {}
    for key in SETTINGS:
        plugin.config[key] = settings.get(key, _default[key])
    if language in PRINT_PAGES:
        plugin.config["enabled"] = _default["enabled"]  # the plugin reads it now (0)
    return config


def on_pre_build(config, **kwargs):
    """After every on_config (so after i18n_banner.py turned the plugin off for other languages)."""
    plugin = config.plugins.get("print-site")
    if plugin is not None and build_language(config) in PRINT_PAGES:
        plugin.config["enabled"] = _default.get("enabled", True)


def on_page_context(context, page, config, nav, **kwargs):
    """Give the plugin a template context in builds that render no 404.html (it takes its
    context from that template; i18n_banner.py keeps 404.html in the English build only)."""
    plugin = config.plugins.get("print-site")
    if (plugin is None or build_language(config) not in PRINT_PAGES or not plugin.config.get("enabled")
            or getattr(plugin, "context", None) or not getattr(plugin, "print_page", None)):
        return context
    target = plugin.print_page.file.url
    copied = dict(context)
    copied["base_url"] = get_relative_url(".", target)
    copied["extra_css"] = [get_relative_url(str(f), target) for f in config.get("extra_css", [])]
    copied["extra_javascript"] = [get_relative_url(str(f), target) for f in config.get("extra_javascript", [])]
    plugin.context = copied
    return context


def on_post_build(config, **kwargs):
    language = build_language(config)
    plugin = config.plugins.get("print-site")
    if language not in PRINT_PAGES or plugin is None or not getattr(plugin, "print_page", None):
        return
    path = Path(plugin.print_page.file.abs_dest_path)
    if path.is_file():
        text = path.read_text(encoding="utf-8")
        cleaned = _HEAD_ALTERNATE.sub("", text)
        if cleaned != text:
            path.write_text(cleaned, encoding="utf-8")
