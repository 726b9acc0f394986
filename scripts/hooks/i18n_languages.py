"""MkDocs hook: the thirteen languages of the site (issue 22, I18N-CONTRACT.md).

mkdocs-static-i18n (mkdocs.yml) builds one site per language, one after the other, into the
same directory: English at the root, every other language under /<code>/. This hook gives
each build what it needs from files the translators own, and from the message catalogues:

- the site's name, description and nav titles of a language come from `docs/i18n/<code>.yml`
  (keys `site_name`, `site_description`, `nav_translations`); a language without the file
  keeps the English ones. They are put into the plugin's language settings before it reads
  them (on_config, before the plugin's -100);
- the templates in overrides/ word the site's chrome (quick exit, browse-safely line, 404)
  with `site_text(id, lang)`: the `site.*` ids of the catalogue (calculators/messages/ui_en.py),
  in the language when its catalogue has the id, else in English (`site_lang` then says "en",
  so the template can mark that text `lang="en"`);
- `<html lang dir>`: the language's BCP 47 tag (`zh-Hans`, `pt-BR`) and `dir="rtl"` for Arabic,
  Persian and Urdu (Material writes `dir` on <body> only, from its language file);
- every translated page (not English, not French) says, under its title and in its language,
  that the translation was not checked by a lawyer and that the English and French pages are
  the reference, with links to both; and, when the English page's bytes no longer match the
  `translation_of` hash in its front matter (the first 12 hex digits of SHA-256), that it may
  be out of date. `stale_translations()` lists those for the tests and the report.

Pages not translated yet are the English text under the language's URL, with a line in the
reader's language above it: scripts/hooks/i18n_banner.py.
"""

from __future__ import annotations

import hashlib
import logging
import re
import sys
from pathlib import Path

import yaml
from markupsafe import Markup, escape
from mkdocs.plugins import event_priority
from mkdocs.utils import get_relative_url

log = logging.getLogger("mkdocs.hooks.i18n_languages")

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
CHROME_DIR = DOCS / "i18n"

DEFAULT_LANGUAGE = "en"
# The reference versions: a translation into any other language points to them.
REFERENCE_LANGUAGES = ("en", "fr")
# The codes of I18N-CONTRACT.md, in the language switcher's order, each with its own name: the engine's one table.
sys.path.insert(0, str(ROOT)) if str(ROOT) not in sys.path else None
from calculators.messages.languages import LANGUAGES as _TABLE  # noqa: E402

LANGUAGES = {code: language.name for code, language in _TABLE.items()}
RIGHT_TO_LEFT = frozenset(code for code, language in _TABLE.items() if language.rtl)
# The tag on <html lang> where it is not the code: browsers choose fonts by it (Simplified Han glyphs).
HTML_LANG = {"zh": "zh-Hans", "pt-BR": "pt-BR"}
# The critical path of issue 22: the pages every translation must have (I18N-CONTRACT.md).
CRITICAL_PATH = (
    "index.md", "start-here.md", "calculators/options.md", "calculators/deadline.md", "help/get-help.md",
    "remedies/understand-your-refusal.md", "remedies/notes-gcms.md", "download.md", "about.md",
)
CHROME_KEYS = ("site_name", "site_description", "nav_translations")


def html_lang(code: str) -> str:
    return HTML_LANG.get(code, code)


def direction(code: str) -> str:
    return "rtl" if code in RIGHT_TO_LEFT else "ltr"


# --- The chrome of each language (docs/i18n/<code>.yml) ---------------------------------------------------------


def chrome(code: str) -> dict:
    """The site name, description and nav titles of a language ({} when its file is not written yet)."""
    path = CHROME_DIR / f"{code}.yml"
    if not path.is_file():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return {key: data[key] for key in CHROME_KEYS if data.get(key)}


@event_priority(-50)  # before mkdocs-static-i18n (-100) applies a language's settings to the build
def on_config(config, **kwargs):
    _theme_with_globals(config.theme)
    plugin = config.plugins.get("i18n")
    if plugin is None:
        return config
    for language in plugin.config.languages:
        for key, value in chrome(language.locale).items():
            language[key] = value
    return config


# --- The site's own wording (the catalogue's site.* ids) --------------------------------------------------------


def _messages():
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from calculators import messages  # noqa: PLC0415

    return messages


def site_lang(message_id: str, code: str | None) -> str:
    """The language `site_text` gives this id in: the page's, or English while it is not translated."""
    code = code or DEFAULT_LANGUAGE
    catalogue = _messages().CATALOGUES.get(code) or {}
    return code if message_id in catalogue else DEFAULT_LANGUAGE


def site_text(message_id: str, code: str | None = None, **params: object) -> Markup:
    """A `site.*` message in the language, or in English while it is not translated: HTML, its text escaped.

    A parameter that is already HTML (another `site_text`) goes in as it is; any other is escaped.
    """
    marks = {name: f"\x00{name}\x00" for name in params}
    text = str(escape(_messages().say(message_id, site_lang(message_id, code), **marks)))
    for name, value in params.items():
        text = text.replace(marks[name], str(value if isinstance(value, Markup) else escape(value)))
    return Markup(text)


def nav_title(title: str, code: str) -> str:
    """A nav title of mkdocs.yml in a language (docs/i18n/<code>.yml), or as it is."""
    return (chrome(code).get("nav_translations") or {}).get(title, title)


def add_template_globals(env):
    env.globals.update(site_text=site_text, site_lang=site_lang, site_html_lang=html_lang, site_direction=direction,
                       site_languages=LANGUAGES, site_nav_title=nav_title)
    return env


def on_env(env, config, files, **kwargs):
    return add_template_globals(env)


def _theme_with_globals(theme) -> None:
    """Plugins that render templates with an environment of their own (print-site's page) get the globals too."""
    if getattr(theme.get_env, "_with_site_globals", False):
        return
    original = theme.get_env

    def get_env():
        return add_template_globals(original())

    get_env._with_site_globals = True
    theme.get_env = get_env


# --- Translated pages: not reviewed, maybe out of date ----------------------------------------------------------


def build_language(config) -> str:
    return str(config.theme.get("language") or DEFAULT_LANGUAGE)


def page_language(page) -> str:
    return str(getattr(page.file, "locale", None) or DEFAULT_LANGUAGE)


def english_source(translated: str) -> str:
    """docs-relative path of the English page a translation translates: "start-here.es.md" -> "start-here.md"."""
    stem, _, _ = translated[: -len(".md")].rpartition(".")
    return f"{stem}.md"


def source_hash(english: str) -> str:
    """The first 12 hex digits of the SHA-256 of the English page's bytes (`translation_of`)."""
    return hashlib.sha256((DOCS / english).read_bytes()).hexdigest()[:12]


def translation_state(translated: str, meta: dict) -> str:
    """"current", "stale" (the English changed since) or "unrecorded" (no translation_of)."""
    recorded = str(meta.get("translation_of") or "").strip().lower()
    if not recorded:
        return "unrecorded"
    return "current" if recorded == source_hash(english_source(translated)) else "stale"


_SUFFIX = re.compile(r"\.(?P<code>[A-Za-z]{2}(?:-[A-Za-z]{2,4})?)\.md$")


def translated_pages(code: str | None = None) -> list[str]:
    """docs-relative paths of translated pages in languages other than English and French."""
    found = []
    for path in sorted(DOCS.rglob("*.md")):
        relative = path.relative_to(DOCS).as_posix()
        match = _SUFFIX.search(path.name)
        if relative.startswith("snippets/") or not match or match["code"] not in LANGUAGES:
            continue
        if match["code"] in REFERENCE_LANGUAGES or (code and match["code"] != code):
            continue
        found.append(relative)
    return found


def front_matter(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    if not text.startswith("---\n"):
        return {}
    return yaml.safe_load(text.split("---\n", 2)[1]) or {}


def stale_translations() -> dict[str, str]:
    """{translated page: "stale" | "unrecorded"} for every translation whose English page changed since."""
    listed = {}
    for page in translated_pages():
        state = translation_state(page, front_matter(DOCS / page))
        if state != "current":
            listed[page] = state
    return listed


_H1_END = re.compile(r"</h1>", re.IGNORECASE)


def translation_notes(page, language: str, reference_links: dict[str, str], state: str) -> str:
    """The note under a translated page's title, in its language (ids site.not-reviewed*, site.out-of-date*)."""
    links = " · ".join(
        f'<a href="{href}" hreflang="{code}" lang="{site_lang(message_id, language)}">{site_text(message_id, language)}</a>'
        for code, message_id, href in (
            ("en", "site.read-english", reference_links["en"]),
            ("fr", "site.read-french", reference_links["fr"]),
        )
    )
    parts = []
    if state != "current":
        parts.append(
            f'<div class="admonition warning i18n-out-of-date" role="note" data-i18n-out-of-date>\n'
            f'<p class="admonition-title" lang="{site_lang("site.out-of-date-title", language)}">'
            f'{site_text("site.out-of-date-title", language)}</p>\n'
            f'<p><span lang="{site_lang("site.out-of-date", language)}">{site_text("site.out-of-date", language)}</span> '
            f"{links}</p>\n</div>\n"
        )
    parts.append(
        f'<p class="i18n-not-reviewed" data-i18n-not-reviewed><strong lang="{site_lang("site.not-reviewed-title", language)}">'
        f'{site_text("site.not-reviewed-title", language)}</strong> '
        f'<span lang="{site_lang("site.not-reviewed", language)}">{site_text("site.not-reviewed", language)}</span> '
        f"{links}</p>\n"
    )
    return "".join(parts)


def reference_links(page, language: str) -> dict[str, str]:
    """Relative links from a page in `language` to the same page in English and in French."""
    url = page.url or f"{language}/"
    unprefixed = url[len(language) + 1:] if url.startswith(f"{language}/") else url
    return {
        "en": get_relative_url(unprefixed or ".", url),
        "fr": get_relative_url(f"fr/{unprefixed}", url),
    }


# A glossary bracket, "(judicial review / contrôle judiciaire)", in text (not inside a tag).
_GLOSSARY_BRACKET = re.compile(r"\((?=[A-Za-z])[^()<>]*(?:\([^()<>]*\)[^()<>]*)?/[^()<>]*(?:\([^()<>]*\)[^()<>]*)?\)")
_TAG = re.compile(r"(<script\b.*?</script>|<style\b.*?</style>|<[^>]+>)", re.S | re.I)  # never inside these


def isolate_latin_brackets(html_content: str) -> str:
    """In a right-to-left page, each glossary bracket in its own left-to-right island (<bdi dir="ltr">): without
    it the bidirectional algorithm moves the brackets and splits "(Federal Court / Cour fédérale)" across
    the Arabic words around it."""
    parts = _TAG.split(html_content)
    for index in range(0, len(parts), 2):  # the text between tags
        parts[index] = _GLOSSARY_BRACKET.sub(lambda m: f'<bdi dir="ltr">{m[0]}</bdi>', parts[index])
    return "".join(parts)


def on_page_content(html_content, page, config, files, **kwargs):
    language = build_language(config)
    if language in REFERENCE_LANGUAGES or page_language(page) != language:
        return html_content  # English, French, or a page not translated yet (i18n_banner.py)
    state = translation_state(page.file.src_uri, page.meta)
    notes = translation_notes(page, language, reference_links(page, language), state)
    match = _H1_END.search(html_content)
    if match:
        return html_content[: match.end()] + "\n" + notes + html_content[match.end():]
    return notes + html_content


# --- <html lang dir> ---------------------------------------------------------------------------------------------

_HTML_OPEN = re.compile(r'<html lang="[^"]*"')


_ARTICLE = re.compile(r'(<article class="md-content__inner md-typeset">)(.*?)(</article>)', re.S)


def on_post_page(output, page, config, **kwargs):
    language = build_language(config)
    output = _HTML_OPEN.sub(f'<html lang="{html_lang(language)}" dir="{direction(language)}"', output, count=1)
    if language in RIGHT_TO_LEFT and page_language(page) == language:
        # Here rather than on the page's Markdown: hooks add text to the article after it is rendered.
        output = _ARTICLE.sub(lambda m: m[1] + isolate_latin_brackets(m[2]) + m[3], output, count=1)
    return output


# --- Build time ---------------------------------------------------------------------------------------------------

_NOT_SITE_FILES = ("snippets/", "i18n/")  # read from docs/ directly (markdown-include, this hook); never published


@event_priority(-50)  # before mkdocs-static-i18n (-100) makes a copy of every file for every language
def on_files(files, config, **kwargs):
    """Leave out the law snippets and the chrome files (excluded from the site anyway): the plugin's work per
    build grows with the number of files times the number of languages, and there are 600 snippets."""
    for file in [f for f in files if f.src_uri.startswith(_NOT_SITE_FILES)]:
        files.remove(file)
    return files
