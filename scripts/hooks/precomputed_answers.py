"""MkDocs hook: deadline answers computed ahead of time, in <site>/assets/calculators/answers.json.

The deadline page shows the date from this file as soon as the reader presses Calculate,
while Pyodide is still on its way, then replaces it with the engine's full answer (steps,
warnings, calendar). The file is made by `calculators.precompute` through
`calculators.api.handle`: the same engine, asked ahead of time, for every deadline remedy
and place and for every start date from 400 days before the build date to 60 days after.
The scheduled rebuild keeps the window current. Format: calculators/precompute.py.

The page finds the file through the `data-answers` attribute of the calculators script tag
(scripts/hooks/pyodide_assets.py writes it, with ANSWERS below).

The options page's first date (issue 20 item 8): <site>/assets/calculators/plan-ahead.json, which
deadline of answers.json dates the plan's first step for the interview's answers
(`calculators.precompute.plan_table`, asked of the plan kind for the same window). The options page
fetches it (`data-plans`) once the reader has answered a question.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError

log = logging.getLogger("mkdocs.hooks.precomputed_answers")

ANSWERS = "assets/calculators/answers.json"
PLANS = "assets/calculators/plan-ahead.json"


def _precompute(config):
    root = str(Path(config.config_file_path).resolve().parent)
    if root not in sys.path:
        sys.path.insert(0, root)
    try:
        from calculators import precompute  # noqa: PLC0415 - the project's engine, at build time
    except ImportError as error:
        raise PluginError(f"calculators.precompute cannot be imported: {error}") from error
    return precompute


def _compute(precompute) -> tuple[dict, dict]:
    try:
        data = precompute.compute(precompute.build_date())
    except precompute.PrecomputeError as error:
        raise PluginError(f"Precomputed deadline answers: the engine refused a request it offers: {error}") from error
    try:
        plans = precompute.plan_table(data)
    except precompute.PrecomputeError as error:
        raise PluginError(f"The plan's first dates: the engine refused a request the interview can make: {error}") from error
    return data, plans


def _cached(root: Path, precompute) -> tuple[dict, dict]:
    """Both files, worked out again only when the engine or the day has changed.

    The key is the build date and the bytes of every file of calculators/ (the whole engine and its
    catalogues): an unchanged engine on the same day answers the same. The test suite builds the site three
    times (the site, the site under a project path, the offline export) and each took 45-100 s more here.
    build/ is not committed; tests/quality/test_precomputed_answers.py and test_plan_ahead.py compute both
    afresh and compare them with the built ones.
    """
    digest = hashlib.sha256(precompute.build_date().isoformat().encode())
    for path in sorted((root / "calculators").rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes())
    cache = root / "build" / "precomputed" / f"{digest.hexdigest()[:32]}.json"
    if cache.is_file():
        try:
            stored = json.loads(cache.read_text(encoding="ascii"))
            return stored["answers"], stored["plans"]
        except (ValueError, KeyError, UnicodeDecodeError):
            pass  # a torn or foreign file: work it out again
    data, plans = _compute(precompute)
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        partial = cache.with_suffix(f".{os.getpid()}.tmp")
        partial.write_text(precompute.dumps({"answers": data, "plans": plans}), encoding="ascii")
        partial.replace(cache)
    except OSError as error:  # a read-only checkout still builds
        log.debug("Could not keep the precomputed answers at %s: %s", cache, error)
    return data, plans


def on_post_build(config, **kwargs):
    i18n = config.plugins.get("i18n")
    if i18n is not None and getattr(i18n, "building", False):
        return  # one file for every language: written once, by the default language's build
    precompute = _precompute(config)
    data, plans = _cached(Path(config.config_file_path).resolve().parent, precompute)
    for path, content in ((ANSWERS, data), (PLANS, plans)):
        target = Path(config.site_dir) / path
        target.parent.mkdir(parents=True, exist_ok=True)
        text = precompute.dumps(content)
        if not target.exists() or target.read_text(encoding="ascii") != text:
            target.write_text(text, encoding="ascii")
        log.info("Precomputed %s (%s bytes)", path, f"{len(text):,}")
    log.info("Precomputed %d deadlines x %d start dates from %s; the plan's first step for the interview's answers",
             len(data["deadlines"]), data["days"], data["first"])
