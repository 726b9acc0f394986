"""MkDocs hook: put the calculators in the built site, self-hosted, on every build.

* Stages the Pyodide runtime from the pinned npm package (node_modules/pyodide) and a
  freshly built pure-Python wheel of `calculators/` into `<site>/assets/pyodide/`, so a
  plain `mkdocs build` yields the complete site wherever it runs (Pages, `make serve`,
  tests). Nothing is ever loaded from a CDN.
* Adds the calculator script and stylesheet only to pages that carry a widget
  (`data-calculator="..."`). Guide pages get neither, so they load no Pyodide byte.
  If Material's instant navigation is switched on, the (small) script and stylesheet go on
  every page instead, because instant navigation neither runs the scripts nor loads the
  stylesheets of the pages it swaps in; the script still loads Pyodide only when a page
  has a widget.
* One wheel per language (issue 22): the wheel at `assets/pyodide/` carries English and French
  (the Python catalogues), and each other language's pages get `assets/pyodide/<code>/` — the
  same package with that language's compiled catalogue only (a catalogue is 100–200 kB, so a
  wheel with all of them would put every reader over the runtime's byte budget). The offline
  export (OFFLINE_EXPORT=true) has one wheel with every language: its pages load no file.
* Writes the deadline form's remedy options from `calculators.api` ({"kind": "remedies"}):
  ids, titles, which need "where", and what the start date is called. The form is built
  from the rules, not retyped, and works before Pyodide has loaded.
"""

from __future__ import annotations

import hashlib
import html
import importlib.util
import logging
import os
import re
import shutil
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.utils import get_relative_url

log = logging.getLogger("mkdocs.hooks.pyodide_assets")

# Files Pyodide fetches to boot: the loader (an ES module: Pyodide no longer runs in
# classic workers, so the classic pyodide.js is not shipped), the Emscripten module, the
# WebAssembly binary, the standard library and the package lock file.
RUNTIME_FILES = (
    "pyodide.mjs",
    "pyodide.asm.mjs",
    "pyodide.asm.wasm",
    "python_stdlib.zip",
    "pyodide-lock.json",
)
# pyodide.mjs falls back to jsDelivr for packages that are not in indexURL. The site loads
# no Pyodide package (the calculators wheel is unpacked directly) and the worker passes
# packageBaseUrl = its own folder, so the fallback never runs; the staged copy names no
# CDN at all, so nothing can ever reach one (and tests/site can check every built file).
CDN_FALLBACK = re.compile(r"https://cdn\.jsdelivr\.net/pyodide/")
CDN_NAMES = ("jsdelivr", "unpkg", "cdnjs")
STAGED_DIR = "assets/pyodide"
STDLIB = "python_stdlib.zip"  # staged trimmed (scripts/trim_stdlib.py)
SCRIPT = "assets/calculators/calculators.js"
# The browser layer in small files, loaded (deferred, in this order) before SCRIPT, which binds
# the widgets: shared helpers, the engine client, then each widget kind's renderer.
PARTS = ("assets/calculators/ui.js", "assets/calculators/engine.js")
KIND_PARTS = {
    "deadline": ("assets/calculators/deadline.js",),
    "options": ("assets/calculators/interview.js", "assets/calculators/plan.js"),
}
WORKER = "assets/calculators/worker.js"
# Starts the runtime from the head of a calculator page, before the deferred scripts (issue 20 item 9).
BOOT = "assets/calculators/boot.js"
STYLESHEET = "assets/calculators/calculators.css"
ANSWERS = "assets/calculators/answers.json"  # written by scripts/hooks/precomputed_answers.py
PLANS = "assets/calculators/plan-ahead.json"  # the plan's first step, the same hook (options page only)
WIDGET = re.compile(r"""data-calculator=["']([a-z-]+)["']""")

_state: dict = {}


def _root(config) -> Path:
    return Path(config.config_file_path).resolve().parent


def _load_wheel_builder(root: Path):
    spec = importlib.util.spec_from_file_location("_calculators_build_wheel", root / "scripts" / "build_wheel.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _load_stdlib_trimmer(root: Path):
    spec = importlib.util.spec_from_file_location("_calculators_trim_stdlib", root / "scripts" / "trim_stdlib.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]


_stdlib_cache: dict[Path, bytes] = {}


def on_config(config, **kwargs):
    root = _root(config)
    runtime = root / "node_modules" / "pyodide"
    missing = [name for name in RUNTIME_FILES if not (runtime / name).is_file()]
    if missing:
        raise PluginError(
            f"The calculators need the Pyodide runtime from npm, and {runtime} "
            f"{'does not exist' if not runtime.is_dir() else 'lacks ' + ', '.join(missing)}. "
            "Run `make serve` (it installs everything) or `npm ci`, then build again."
        )
    _state.clear()
    _state["root"] = root
    _state["runtime"] = runtime
    _state["builder"] = _load_wheel_builder(root)
    _state["wheel_name"] = _state["builder"].wheel_filename(root)
    # The standard library, trimmed to the modules Pyodide's start-up and the calculators
    # import (scripts/pyodide_stdlib_modules.txt), staged under Pyodide's own file name.
    # Once per process: mkdocs-static-i18n runs on_config again for each of its thirteen languages.
    if (runtime / STDLIB) not in _stdlib_cache:
        _stdlib_cache.clear()
        _stdlib_cache[runtime / STDLIB] = _load_stdlib_trimmer(root).trimmed_stdlib_bytes(runtime / STDLIB)
    _state["stdlib_bytes"] = _stdlib_cache[runtime / STDLIB]
    features = (config.theme.get("features") or []) if config.theme else []
    _state["instant"] = "navigation.instant" in features
    return config


def on_serve(server, config, builder, **kwargs):
    # The wheel is built from calculators/, which `mkdocs serve` does not watch by itself.
    server.watch(str(_state["root"] / "calculators"))
    return server


def _catalogue_languages() -> list[str]:
    """The languages with a compiled catalogue (calculators/messages/compiled/<code>.json)."""
    compiled = _state["root"] / "calculators" / "messages" / "compiled"
    return sorted(path.stem for path in compiled.glob("*.json"))


def on_pre_build(config, **kwargs):
    # Build the wheels in memory now, so their digests can go into the pages' script tags
    # (a new wheel gets a new URL and a reader's browser never runs a stale one).
    builder, root = _state["builder"], _state["root"]
    everything = os.environ.get("OFFLINE_EXPORT", "").lower() in ("1", "true", "yes")
    # "" is the wheel at assets/pyodide/ (English and French; every language offline).
    _state["wheels"] = {"": builder.wheel_bytes(root, None if everything else ())}
    if not everything:
        for code in _catalogue_languages():
            _state["wheels"][code] = builder.wheel_bytes(root, (code,))
    _state["wheel_digests"] = {code: hashlib.sha256(data).hexdigest()[:12] for code, data in _state["wheels"].items()}
    _state["runtime_bytes"] = len(_state["stdlib_bytes"]) + sum(
        (_state["runtime"] / name).stat().st_size for name in RUNTIME_FILES if name != STDLIB
    )


def _wheel_folder(page, config) -> str:
    """Where the page's wheel is staged: "" (English, French, the offline export) or the language's code."""
    lang = _page_language(page, config)
    return lang if lang in _state["wheels"] else ""


def _deadline_remedies(lang: str = "en") -> list[dict]:
    """The deadline remedies as calculators.api describes them ({"kind": "remedies"}), in `lang`."""
    root = str(_state["root"])
    if root not in sys.path:
        sys.path.insert(0, root)
    try:
        from calculators import api  # noqa: PLC0415 - imported at build time, from the project
    except ImportError as error:
        raise PluginError(f"The deadline form is built from calculators.api, which cannot be imported: {error}") from error
    answer = api.handle({"kind": "remedies", "lang": lang})
    remedies = answer.get("remedies") if isinstance(answer, dict) else None
    if not remedies or not all(isinstance(item, dict) and item.get("remedy") for item in remedies):
        raise PluginError(f"calculators.api answered {{'kind': 'remedies'}} with {answer!r}: no remedies to offer")
    return remedies


def _remedy_options(remedies: list[dict]) -> str:
    def option(item: dict) -> str:
        attrs = [f'value="{html.escape(item["remedy"], quote=True)}"']
        if item.get("needs_where"):
            attrs.append("data-needs-where")
        if item.get("from_label"):
            attrs.append(f'data-from-label="{html.escape(item["from_label"], quote=True)}"')
        return f"<option {' '.join(attrs)}>{html.escape(item.get('title') or item['remedy'])}</option>"

    return "\n".join(option(item) for item in remedies)


# A page asks for the engine's list of deadline remedies with an empty
# <select ... data-remedies ...></select>; the options are written here, at build time, so
# the form is usable before Pyodide has loaded and can never offer an id the engine rejects.
REMEDY_SELECT = re.compile(r"(<select\b[^>]*\sdata-remedies\b[^>]*>)(.*?)(</select>)", re.S)


def _page_language(page, config) -> str:
    """The page's language: mkdocs-static-i18n marks each file with its locale ("fr", "pt-BR"); the engine's
    code for it, or English for a language the engine lacks."""
    locale = getattr(page.file, "locale", None) or config["theme"].get("language") or "en"
    root = str(_state["root"])
    if root not in sys.path:
        sys.path.insert(0, root)
    from calculators.messages.languages import language_code  # noqa: PLC0415 - the project's table

    return language_code(str(locale)) or "en"


def on_page_content(content: str, page, config, files, **kwargs):
    if "data-remedies" not in content:
        return content
    options = _remedy_options(_deadline_remedies(_page_language(page, config)))
    return REMEDY_SELECT.sub(lambda match: match.group(1) + "\n" + options + "\n" + match.group(3), content)


def on_post_page(output: str, page, config, **kwargs):
    kinds = set(WIDGET.findall(output))
    if not kinds and not _state.get("instant"):
        return output

    def rel(path: str) -> str:
        return get_relative_url(path, page.url or ".")

    folder = _wheel_folder(page, config)
    wheel_path = "/".join(part for part in (STAGED_DIR, folder, _state["wheel_name"]) if part)
    wheel = f"{rel(wheel_path)}?v={_state['wheel_digests'][folder]}"
    attrs = {
        "src": rel(SCRIPT),
        "data-pyodide": rel(STAGED_DIR) + "/",
        "data-wheel": wheel,
        "data-worker": rel(WORKER),
        "data-download-bytes": str(_state["runtime_bytes"] + len(_state["wheels"][folder])),
        # Deadline answers computed ahead of time (scripts/hooks/precomputed_answers.py).
        "data-answers": rel(ANSWERS),
    }
    if "options" in kinds:
        attrs["data-plans"] = rel(PLANS)
    tag = "<script defer " + " ".join(f'{k}="{html.escape(v, quote=True)}"' for k, v in attrs.items()) + "></script>"
    wanted = sorted(KIND_PARTS) if _state.get("instant") else sorted(kinds & set(KIND_PARTS))
    parts = list(PARTS) + [part for kind in wanted for part in KIND_PARTS[kind]]
    tags = "".join(f'<script defer src="{html.escape(rel(part), quote=True)}"></script>\n' for part in parts)
    output = output.replace("</body>", tags + tag + "\n</body>", 1)
    if kinds or _state.get("instant"):
        link = f'<link rel="stylesheet" href="{html.escape(rel(STYLESHEET), quote=True)}">'
        output = output.replace("</head>", link + "\n</head>", 1)
    if kinds:
        boot = {key: attrs[key] for key in ("data-pyodide", "data-wheel", "data-worker")}
        tag = f'<script async src="{html.escape(rel(BOOT), quote=True)}" ' + " ".join(
            f'{k}="{html.escape(v, quote=True)}"' for k, v in boot.items()) + "></script>"
        output = output.replace("</head>", tag + "\n</head>", 1)
    return output


def _copy_if_changed(source: Path, target: Path) -> None:
    if target.exists():
        same_size = target.stat().st_size == source.stat().st_size
        if same_size and target.stat().st_mtime >= source.stat().st_mtime:
            return
    shutil.copy2(source, target)


def _stage_loader(source: Path, target: Path) -> None:
    text = CDN_FALLBACK.sub("./no-cdn/pyodide/", source.read_text(encoding="utf-8"))
    named = [name for name in CDN_NAMES if name in text]
    if named:
        raise PluginError(
            f"{source} still names a CDN ({', '.join(named)}) after staging: check what this Pyodide "
            "version fetches from it, and extend CDN_FALLBACK in scripts/hooks/pyodide_assets.py."
        )
    if not target.exists() or target.read_text(encoding="utf-8") != text:
        target.write_text(text, encoding="utf-8")


def on_post_build(config, **kwargs):
    staged = Path(config.site_dir) / STAGED_DIR
    staged.mkdir(parents=True, exist_ok=True)
    for name in RUNTIME_FILES:
        if name == "pyodide.mjs":
            _stage_loader(_state["runtime"] / name, staged / name)
        elif name == STDLIB:
            if not (staged / name).exists() or (staged / name).read_bytes() != _state["stdlib_bytes"]:
                (staged / name).write_bytes(_state["stdlib_bytes"])
        else:
            _copy_if_changed(_state["runtime"] / name, staged / name)
    for folder, data in _state["wheels"].items():
        (staged / folder).mkdir(exist_ok=True)
        wheel = staged / folder / _state["wheel_name"]
        if not wheel.exists() or wheel.read_bytes() != data:
            wheel.write_bytes(data)
    for old in staged.glob("*/*.whl"):  # a language whose catalogue is gone
        if old.parent.name not in _state["wheels"]:
            old.unlink()
    for path in (SCRIPT, WORKER, STYLESHEET, *PARTS, *(part for parts in KIND_PARTS.values() for part in parts)):
        if not (Path(config.site_dir) / path).is_file():
            raise PluginError(f"{path} is missing from the built site: the calculators cannot run without it.")
    log.info("Staged Pyodide and %s (%s; %d more languages, one wheel each) in %s", _state["wheel_name"],
             _state["wheel_digests"][""], len(_state["wheels"]) - 1, staged)
