"""MkDocs hook: a visible banner, in the reader's language, on every page not translated yet.

mkdocs-static-i18n (docs_structure: suffix, fallback_to_default: true) builds each language
under /<code>/ from `page.<code>.md` files; where a page has no translation, it builds the
English page at that language's URL, so no link is ever broken. This hook tells the reader
so, in their language (the catalogue's `site.fallback-*` ids, through
scripts/hooks/i18n_languages.py; English while a language's catalogue lacks them), before
the English text, links to the language's home page and, outside French, to the French
page when there is one, and marks the English text `lang="en"` (screen readers then read it
with English pronunciation).

The build's language is the theme language the plugin sets for each build
(`theme.language`); the page's language is the `locale` the plugin gives its file.

The plugin builds each language into the same site directory, one after the other. So
this hook also:
- turns the print-site plugin off in the other builds (it would write its page over the
  English one at /print_page/, and its links to the pages it leaves out are English-only);
  scripts/hooks/print_page_languages.py then turns it back on with the French page's own
  path (/fr/print_page/), title and template context;
- keeps the English 404.html at the root (the other builds do not write one);
- drops the `<link rel="alternate" hreflang>` tags Material puts in the head: Material's
  script fetches `sitemap.xml` next to each of them (a 404 next to every page, twelve per
  page with thirteen languages, and a refused request from file:// in the offline export).
  The visible language switcher, with a link to the same page in each language, stays, and
  the sitemap carries the hreflang alternates (overrides/sitemap.xml);
- gives each language its own search index, searched with its own stemmer where lunr has
  one: the plugin merges all into search/search_index.json; this hook splits it again into
  search/search_index.json (English) and <code>/search/search_index.json, and points each
  language's pages' Material `base` at /<code>/ so their search loads their own index. A
  reader downloads no other language's index. `SEARCH` says how each language is searched.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from mkdocs.plugins import event_priority
from mkdocs.utils import get_relative_url

DEFAULT_LANGUAGE = "en"

sys.path.insert(0, str(Path(__file__).resolve().parent))
from i18n_languages import site_lang, site_text  # noqa: E402


def banner(language: str, home: str, french: str | None) -> str:
    """The line above an untranslated page, in the build's language (English while not translated)."""
    def words(message_id: str) -> str:
        return f'<span lang="{site_lang(message_id, language)}">{site_text(message_id, language)}</span>'

    links = [f'<a href="{home}">{words("site.fallback-home")}</a>']
    if french is not None:
        links.append(f'<a href="{french}" hreflang="fr">{words("site.read-french")}</a>')
    return (
        f'<div class="admonition warning i18n-fallback" lang="{language}" role="note">\n'
        f'<p class="admonition-title">{words("site.fallback-title")}</p>\n'
        f'<p>{words("site.fallback-text")} {" · ".join(links)}.</p>\n'
        "</div>\n"
    )


def build_language(config) -> str:
    return str(config.theme.get("language") or DEFAULT_LANGUAGE) if hasattr(config, "theme") else DEFAULT_LANGUAGE


def page_language(page) -> str:
    return str(getattr(page.file, "locale", None) or DEFAULT_LANGUAGE)


def is_fallback(page, config) -> bool:
    """True when this build's language has no translation of the page (the default language's text is shown)."""
    language = build_language(config)
    return language != DEFAULT_LANGUAGE and page_language(page) != language


def french_version(page, language: str) -> str | None:
    """A link to the French translation of this page, if there is one (not from the French build)."""
    if language == "fr" or not page.file.src_uri.endswith(".md"):
        return None
    french_source = Path(page.file.abs_src_path).with_name(Path(page.file.src_uri).stem + ".fr.md")
    if not french_source.is_file():
        return None
    url = page.url or f"{language}/"
    unprefixed = url[len(language) + 1:] if url.startswith(f"{language}/") else url
    return get_relative_url(f"fr/{unprefixed}", url)


def on_page_content(html_content, page, config, files, **kwargs):
    language = build_language(config)
    if not is_fallback(page, config):
        return html_content
    # The language's home page as a page, not a folder: the offline export (no directory URLs) opens files.
    home_page = f"{language}/" if config.get("use_directory_urls", True) else f"{language}/index.html"
    home = get_relative_url(home_page, page.url or home_page)
    return f'{banner(language, home, french_version(page, language))}<div lang="{page_language(page)}">\n{html_content}\n</div>'


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


# How each language's index is searched in the browser (Material's search worker reads `lang`, `separator` and
# `pipeline` from the index). `lang` names a lunr language Material ships (assets/javascripts/lunr/min/):
# its tokenizer, stop words and stemmer. Material turns off the steps not listed in `pipeline` (its own
# language files do so for Arabic, Persian and Urdu: lunr's Arabic stemmer mangles them).
# Hindi: lunr's Hindi makes Material fetch wordcut.js (a Thai word list, 677 kB) with every Hindi page, which
# put Hindi guides at 1.2 MB, twice their budget; Hindi writes spaces between words, so it is searched like
# the languages below.
# Punjabi, Persian, Tagalog, Urdu, Ukrainian and Chinese have no lunr language: they are searched as whole
# words split at spaces and punctuation, with no stemming (lang "en" with an empty pipeline, so the English
# trimmer, which strips every non-Latin letter, and the English stemmer never touch them). The search still
# finds words that begin with what the reader typed (Material adds a trailing wildcard).
# Chinese has no spaces between words. Material segments with jieba at build time when it is installed (a
# 20 MB dictionary); instead, the Chinese index gets a zero-width space between every two Han characters, so
# each character is a word, and Material's search worker splits a Chinese query into the words the index
# holds (its own Han segmentation against the index): "司法审查" finds the pages with those four characters,
# best first. Coarser than words, no dependency, and the reader sees no difference in the results' text.
_WORD_BREAKS = r"[\s\-.,;:!?()\[\]«»\"“”‘’'،؛؟۔।॥、。，．？！；：\u200b\u3000]+"
_NO_PIPELINE = {"lang": ["en"], "pipeline": [], "separator": _WORD_BREAKS}
SEARCH = {
    "en": {"lang": ["en"]},
    "fr": {"lang": ["fr"]},
    "es": {"lang": ["es"]},
    "pt-BR": {"lang": ["pt"]},
    "vi": {"lang": ["vi"]},
    "ar": {"lang": ["ar"], "pipeline": [], "separator": _WORD_BREAKS},
    "fa": _NO_PIPELINE, "ur": _NO_PIPELINE, "pa": _NO_PIPELINE, "tl": _NO_PIPELINE, "uk": _NO_PIPELINE, "hi": _NO_PIPELINE,
    "zh": _NO_PIPELINE,
}


_BETWEEN_HAN = re.compile(r"(?<=[\u3400-\u4dbf\u4e00-\u9fff])(?=[\u3400-\u4dbf\u4e00-\u9fff])")


def han_characters_apart(text: str) -> str:
    """A zero-width space between every two Han characters: each is then a word of the Chinese index."""
    return _BETWEEN_HAN.sub("\u200b", text)


def split_search_index(site: Path, languages: list[str]) -> None:
    """search/search_index.json (all languages, from the plugin) -> one index per language, each searched its way."""
    merged_path = site / "search" / "search_index.json"
    if not merged_path.is_file():
        return
    merged = json.loads(merged_path.read_text(encoding="utf-8"))
    docs = {language: [] for language in [DEFAULT_LANGUAGE, *languages]}
    # Longest code first, so "pt-BR/" is not taken for another code's prefix.
    for doc in merged["docs"]:
        language = next((lang for lang in sorted(languages, key=len, reverse=True)
                         if doc["location"].startswith(f"{lang}/")), DEFAULT_LANGUAGE)
        if language != DEFAULT_LANGUAGE:
            doc = {**doc, "location": doc["location"][len(language) + 1:]}
        docs[language].append(doc)
    if "zh" in docs:
        docs["zh"] = [{**doc, **{field: han_characters_apart(doc[field]) for field in ("title", "text") if field in doc}}
                      for doc in docs["zh"]]
    for language, entries in docs.items():
        folder = site / "search" if language == DEFAULT_LANGUAGE else site / language / "search"
        folder.mkdir(parents=True, exist_ok=True)
        searched = {**merged["config"], "lang": [language]}
        searched.update(SEARCH.get(language, _NO_PIPELINE))
        text = json.dumps({**merged, "config": searched, "docs": entries}, ensure_ascii=False, separators=(",", ":"))
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
