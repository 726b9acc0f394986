"""MkDocs hook: an installable site that works offline after one visit.

Writes, after the build:

* `sw.js` at the site's root, from scripts/hooks/sw.template.js: the runtime's cache is
  named after a hash of the staged Pyodide files (a new runtime or standard library gives
  a new cache and the old one is deleted), the wheel's after its own hash; each file's
  SHA-256, so the worker keeps only whole, unchanged copies;
* `offline.html` in each language's folder (the default language's at the root): what the
  worker shows for a page never visited when there is no connection, worded from the
  message catalogue (`site.offline-*`; a language without its own wording gets English until
  it has), with the list of pages this device keeps filled in by the worker;
* `assets/sw-register.js` (scripts/hooks/sw-register.js), added to every page, which
  registers the worker over http(s) only;
* `manifest.webmanifest`, linked from every page, with the site's name in each language and
  an icon made of the theme's own logo (Material's `scale-balance` icon, which the header
  shows; no file from another host).

Nothing is added under `mkdocs serve` (a worker caching pages would fight live reload, and
its files would outlive the preview) nor in the offline export (file:// has no service
workers; scripts/build_offline.py sets OFFLINE_EXPORT=true).
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import logging
import os
import re
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.utils import get_relative_url

log = logging.getLogger("mkdocs.hooks.service_worker")

HERE = Path(__file__).resolve().parent
TEMPLATE = HERE / "sw.template.js"
REGISTER_SOURCE = HERE / "sw-register.js"
WORKER = "sw.js"
OFFLINE = "offline.html"
DEFAULT_LANGUAGE = "en"
RIGHT_TO_LEFT = ("ar", "fa", "he", "ur")
REGISTER = "assets/sw-register.js"
MANIFEST = "manifest.webmanifest"
ICON = "assets/images/icon.svg"
PYODIDE_DIR = "assets/pyodide"
THEME_COLOR = "#3f51b5"  # Material's indigo, the site's primary colour (mkdocs.yml palette)
ICON_PATH = re.compile(r'<path d="([^"]+)"')
WHEEL_IN_PAGE = re.compile(r'data-wheel="([^"]+)"')

_state = {"enabled": True}


def on_startup(command, dirty, **kwargs):
    _state["serving"] = command == "serve"


def _enabled() -> bool:
    offline = os.environ.get("OFFLINE_EXPORT", "").strip().lower() in ("1", "true", "yes")
    return not _state.get("serving") and not offline


def _lang(page, config) -> str:
    locale = getattr(page.file, "locale", None) or config["theme"].get("language") or "en"
    return "fr" if str(locale).lower().startswith("fr") else "en"


def on_post_page(output: str, page, config, **kwargs):
    if not _enabled():
        return output

    def rel(path: str) -> str:
        return get_relative_url(path, page.url or ".")

    head = (
        f'<link rel="manifest" href="{html.escape(rel(MANIFEST))}">\n'
        f'<meta name="theme-color" content="{THEME_COLOR}">\n'
        f'<script src="{html.escape(rel(REGISTER))}" data-sw="{html.escape(rel(WORKER))}" defer></script>\n'
    )
    return output.replace("</head>", head + "</head>", 1)


def _icon_svg(config) -> str:
    """The theme's logo icon (theme.icon.logo) on the primary colour, square, for the home screen."""
    import material  # noqa: PLC0415 - the theme package, present wherever the site builds

    name = (config.theme.get("icon") or {}).get("logo") or "material/scale-balance"
    source = Path(material.__file__).resolve().parent / "templates" / ".icons" / f"{name}.svg"
    match = ICON_PATH.search(source.read_text(encoding="utf-8")) if source.is_file() else None
    if not match:
        raise PluginError(f"service_worker: cannot read the logo icon {source}")
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">'
        f'<rect width="24" height="24" rx="4" fill="{THEME_COLOR}"/>'
        f'<path transform="translate(3.6 3.6) scale(0.7)" fill="#fff" d="{match.group(1)}"/></svg>\n'
    )


def manifest(config) -> dict:
    description = " ".join(str(config.get("site_description") or "").split())
    return {
        "name": config["site_name"],
        "short_name": "Visa refusal" if len(config["site_name"]) > 12 else config["site_name"],
        "description": description,
        "lang": "en",
        "start_url": "./",
        "scope": "./",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": THEME_COLOR,
        "icons": [
            {"src": ICON, "sizes": "any", "type": "image/svg+xml", "purpose": "any"},
            {"src": "assets/images/favicon.png", "sizes": "48x48", "type": "image/png"},
        ],
    }


def _digest(paths: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()[:16]


def _sha256(path: Path) -> str:
    return base64.b64encode(hashlib.sha256(path.read_bytes()).digest()).decode("ascii")


def languages(config, site: Path) -> list[str]:
    """The languages the build wrote (the i18n plugin's), the default first."""
    plugin = config.plugins.get("i18n") if hasattr(config, "plugins") else None
    built = [str(lang) for lang in getattr(plugin, "build_languages", None) or []]
    others = [lang for lang in built if lang != DEFAULT_LANGUAGE and (site / lang / "index.html").is_file()]
    return [DEFAULT_LANGUAGE, *others]


QUICK_EXIT_SCRIPT = "assets/quality/quick-exit.js"  # Esc leaves, as on every page (overrides/main.html)


def offline_page(lang: str, home: str, quick_exit: str, root: str = "") -> str:
    """The offline page of one language; the worker puts the saved pages where the marker is."""
    from calculators.messages import say  # noqa: PLC0415 - the engine's catalogue, importable at build time

    def w(key: str, **params: str) -> str:
        return html.escape(say(key, lang, **params))

    def marked(key: str) -> str:
        """` lang="en" dir="ltr"` where the language has no wording of its own yet (English stands in)."""
        untranslated = lang != DEFAULT_LANGUAGE and say(key, lang) == say(key, DEFAULT_LANGUAGE)
        return f' lang="{DEFAULT_LANGUAGE}" dir="ltr"' if untranslated else ""

    direction = "rtl" if lang.split("-")[0] in RIGHT_TO_LEFT else "ltr"
    return (
        f'<!doctype html>\n<html lang="{html.escape(lang)}" dir="{direction}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{w('site.offline-title')}</title>\n"
        f'<script src="{html.escape(root + QUICK_EXIT_SCRIPT)}" defer></script>\n</head>\n<body>\n'
        f'<header><a class="quick-exit" href="{html.escape(quick_exit)}" rel="noreferrer" data-quick-exit>'
        f'{w("site.quick-exit")}</a></header>\n'
        f'<p class="browse-safely" data-browse-safely><strong>{w("site.browse-safely-title")}</strong> '
        f'{w("site.browse-safely", leave=say("site.quick-exit-short", lang))}</p>\n'
        f"<main>\n<h1{marked('site.offline-title')}>{w('site.offline-title')}</h1>\n"
        f"<p{marked('site.offline-text')}>{w('site.offline-text')}</p>\n"
        f"<p{marked('site.offline-saved')}>{w('site.offline-saved')}</p>\n<ul data-offline-pages>\n"
        f'<li><a href="{html.escape(home)}">{w("site.not-found-home")}</a></li>\n<!--offline-pages-->\n</ul>\n'
        "</main>\n</body>\n</html>\n"
    )


def write_offline_pages(config, site: Path) -> dict[str, str]:
    """offline.html per language; returns language folder ("" for the default) -> its path from the root."""
    extra = config.get("extra") or {}
    pages = {}
    for lang in languages(config, site):
        folder = "" if lang == DEFAULT_LANGUAGE else lang
        path = f"{folder}/{OFFLINE}" if folder else OFFLINE
        quick_exit = extra.get(f"quick_exit_url_{lang}") or extra.get("quick_exit_url") or "https://weather.gc.ca/"
        if lang == "fr":
            quick_exit = extra.get("quick_exit_url_fr") or "https://meteo.gc.ca/"
        (site / path).parent.mkdir(parents=True, exist_ok=True)
        root = "../" * path.count("/")
        (site / path).write_text(offline_page(lang, "./", quick_exit, root), encoding="utf-8")
        pages[folder] = path
    return pages


def worker_source(site: Path, offline: dict[str, str] | None = None) -> str:
    pyodide = site / PYODIDE_DIR
    runtime = sorted(p for p in pyodide.glob("*") if p.is_file() and p.suffix != ".whl")
    wheels = sorted(pyodide.glob("*.whl"))
    if not runtime or len(wheels) != 1:
        raise PluginError(f"service_worker: expected the staged runtime and one wheel in {pyodide}")
    deadline = site / "calculators" / "deadline" / "index.html"
    wheel_ref = WHEEL_IN_PAGE.search(deadline.read_text(encoding="utf-8")) if deadline.is_file() else None
    query = wheel_ref.group(1).split("?", 1)[1] if wheel_ref and "?" in wheel_ref.group(1) else ""
    wheel_path = f"{PYODIDE_DIR}/{wheels[0].name}" + (f"?{html.unescape(query)}" if query else "")
    values = {
        "__RUNTIME_VERSION__": _digest(runtime),
        "__WHEEL_VERSION__": _digest(wheels),
        "__RUNTIME_FILES__": json.dumps([{"path": f"{PYODIDE_DIR}/{p.name}", "sha256": _sha256(p)} for p in runtime]),
        "__WHEEL_FILE__": json.dumps({"path": wheel_path, "sha256": _sha256(wheels[0])}),
        "__OFFLINE_PAGES__": json.dumps(offline if offline is not None else {"": OFFLINE}),
    }
    text = TEMPLATE.read_text(encoding="utf-8")
    for key, value in values.items():
        if key not in text:
            raise PluginError(f"service_worker: {TEMPLATE.name} lacks {key}")
        text = text.replace(key, value)
    return text


def on_post_build(config, **kwargs):
    if not _enabled():
        return
    site = Path(config.site_dir)
    if not (site / PYODIDE_DIR).is_dir():
        return  # the French pass of mkdocs-static-i18n, before the runtime is staged
    offline = write_offline_pages(config, site)
    (site / WORKER).write_text(worker_source(site, offline), encoding="utf-8")
    (site / REGISTER).parent.mkdir(parents=True, exist_ok=True)
    (site / REGISTER).write_text(REGISTER_SOURCE.read_text(encoding="utf-8"), encoding="utf-8")
    (site / ICON).parent.mkdir(parents=True, exist_ok=True)
    (site / ICON).write_text(_icon_svg(config), encoding="utf-8")
    (site / MANIFEST).write_text(json.dumps(manifest(config), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    log.info("Service worker, its registration and the web app manifest written")
