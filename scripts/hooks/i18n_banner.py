"""MkDocs hook: a visible French banner on every /fr/ page that is not translated yet.

mkdocs-static-i18n (docs_structure: suffix, fallback_to_default: true) builds the French site
under /fr/ from `page.fr.md` files; where a page has no `.fr.md`, it builds the English page
at the French URL, so no link is ever broken. This hook tells the reader so, in French,
before the English text, and marks that text `lang="en"` (screen readers then read it with
English pronunciation).

The build's language is the theme language the plugin sets for each build
(`theme.language`); the page's language is the `locale` the plugin gives its file.

The plugin builds each language into the same site directory, one after the other. So
this hook also:
- turns the print-site plugin off in the French build (it would write its page over the
  English one at /print_page/, and its links to the pages it leaves out are English-only);
  scripts/hooks/print_page_languages.py then turns it back on with the French page's own
  path (/fr/print_page/), title and template context;
- keeps the English 404.html at the root (the French build does not write one);
- drops the `<link rel="alternate" hreflang>` tags Material puts in the head: Material's
  script fetches `sitemap.xml` next to each of them (a 404 next to every page, and a
  refused request from file:// in the offline export). The visible language switcher,
  with a link to the same page in the other language, stays;
- gives each language its own search index, searched with its own stemmer: the plugin
  merges both into search/search_index.json; this hook splits it again into
  search/search_index.json (English, lunr "en") and fr/search/search_index.json (French,
  lunr "fr"), and points the French pages' Material `base` at /fr/ so their search loads
  the French one. An English reader downloads no French index, and the other way round.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from mkdocs.plugins import event_priority
from mkdocs.utils import get_relative_url

DEFAULT_LANGUAGE = "en"

# Per build language: the banner, in that language. {home} is a link to that language's home page.
BANNERS = {
    "fr": (
        '<div class="admonition warning i18n-fallback" lang="fr" role="note">\n'
        '<p class="admonition-title">Page pas encore traduite</p>\n'
        "<p>Cette page n'est pas encore traduite en français. Le texte ci-dessous est la version "
        "anglaise. Les délais et les articles de loi y sont les mêmes. "
        '<a href="{home}">Retour à l\'accueil en français</a>.</p>\n'
        "</div>\n"
    ),
}


def build_language(config) -> str:
    return str(config.theme.get("language") or DEFAULT_LANGUAGE) if hasattr(config, "theme") else DEFAULT_LANGUAGE


def page_language(page) -> str:
    return str(getattr(page.file, "locale", None) or DEFAULT_LANGUAGE)


def is_fallback(page, config) -> bool:
    """True when this build's language has no translation of the page (the default language's text is shown)."""
    language = build_language(config)
    return language != DEFAULT_LANGUAGE and page_language(page) != language


def on_page_content(html_content, page, config, files, **kwargs):
    language = build_language(config)
    if not is_fallback(page, config) or language not in BANNERS:
        return html_content
    home = get_relative_url(f"{language}/", page.url or f"{language}/")
    banner = BANNERS[language].format(home=home)
    return f'{banner}<div lang="{page_language(page)}">\n{html_content}\n</div>'


_english: dict[str, object] = {}


@event_priority(-200)  # after print-site read its config (0) and the i18n plugin set the language (-100)
def on_config(config, **kwargs):
    default = build_language(config) == DEFAULT_LANGUAGE
    plugin = config.plugins.get("print-site")
    if plugin is not None:
        _english.setdefault("print-site", plugin.config.get("enabled", True))
        plugin.config["enabled"] = _english["print-site"] and default
    # Only the default language writes the site-wide 404.html (the theme's static template).
    templates = config.theme.static_templates
    _english.setdefault("404", "404.html" in templates)
    if default and _english["404"]:
        templates.add("404.html")
    elif not default:
        templates.discard("404.html")
    return config


HEAD_ALTERNATE = re.compile(r'<link rel="alternate" href="[^"]*" hreflang="[^"]*">\s*')


# Material's page configuration: `base` is the path to the site root, from which it loads search/search_index.json.
CONFIG_BASE = re.compile(r'(<script id="__config" type="application/json">\{[^<]*?"base": ")([^"]*)(")')


def on_post_page(output, page, config, **kwargs):
    output = HEAD_ALTERNATE.sub("", output)
    language = build_language(config)
    if language != DEFAULT_LANGUAGE:  # the root of this language's pages, where its search index is
        output = CONFIG_BASE.sub(lambda m: f"{m[1]}{m[2].rstrip('/') or '.'}/{language}/{m[3]}", output, count=1)
    return output


def split_search_index(site: Path, languages: list[str]) -> None:
    """search/search_index.json (all languages, from the plugin) -> one index per language, each with its stemmer."""
    merged_path = site / "search" / "search_index.json"
    if not merged_path.is_file():
        return
    merged = json.loads(merged_path.read_text(encoding="utf-8"))
    docs = {language: [] for language in [DEFAULT_LANGUAGE, *languages]}
    for doc in merged["docs"]:
        language = next((lang for lang in languages if doc["location"].startswith(f"{lang}/")), DEFAULT_LANGUAGE)
        if language != DEFAULT_LANGUAGE:
            doc = {**doc, "location": doc["location"][len(language) + 1:]}
        docs[language].append(doc)
    for language, entries in docs.items():
        folder = site / "search" if language == DEFAULT_LANGUAGE else site / language / "search"
        folder.mkdir(parents=True, exist_ok=True)
        text = json.dumps({**merged, "config": {**merged["config"], "lang": [language]}, "docs": entries},
                          ensure_ascii=False, separators=(",", ":"))
        (folder / "search_index.json").write_text(text, encoding="utf-8")
        if (site / "search" / "search_index.js").is_file():  # Material's offline plugin: the index as a script
            (folder / "search_index.js").write_text(f"var __index = {text}", encoding="utf-8")


@event_priority(-200)  # after the i18n plugin built the other languages and merged the search index (-100)
def on_post_build(config, **kwargs):
    """Split the search index, and drop the head links from pages not written through `on_post_page`.

    Runs once, at the end of the default language's build: the plugin builds the other
    languages inside its own `on_post_build` (and leaves `building` set while it does).
    """
    plugin = config.plugins.get("i18n")
    if plugin is None or getattr(plugin, "building", False):
        return
    site = Path(config.site_dir)
    for written in (site / "404.html", site / "print_page" / "index.html"):
        if written.is_file():
            written.write_text(HEAD_ALTERNATE.sub("", written.read_text(encoding="utf-8")), encoding="utf-8")
    languages = [lang for lang in getattr(plugin, "build_languages", []) if lang != DEFAULT_LANGUAGE]
    if languages:
        split_search_index(Path(config.site_dir), languages)
