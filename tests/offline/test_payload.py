"""The build-time pieces of the offline export, on their own (no browser)."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from offline import pyodide_payload, search_worker  # noqa: E402

PYODIDE = ROOT / "node_modules" / "pyodide"
SHIM = ROOT / "node_modules" / "iframe-worker" / "shim" / "index.js"


def test_pyodide_asm_becomes_a_classic_script():
    classic = pyodide_payload.classic_asm_script((PYODIDE / "pyodide.asm.mjs").read_text(encoding="utf-8"))
    assert "import.meta" not in classic
    assert not re.search(r"^\s*export\s", classic, re.M) and "export default" not in classic
    assert "self.__OFFLINE_CREATE_PYODIDE_MODULE__ = _createPyodideModule;" in classic


def test_the_minimal_lock_keeps_pyodides_info_and_no_package():
    full = json.loads((PYODIDE / "pyodide-lock.json").read_text(encoding="utf-8"))
    lock = pyodide_payload.minimal_lock(full)
    assert lock == {"info": full["info"], "packages": {}}


def test_the_iframe_script_hash_is_of_the_text_the_shim_writes():
    template = search_worker.inline_script_template(SHIM.read_text(encoding="utf-8"))
    text = template.replace("{url}", "../assets/javascripts/workers/search.js")
    assert text.startswith("postMessage=function ") and ";importScripts=function " in text
    assert 'filename:"../assets/javascripts/workers/search.js"' in text
    assert "${" not in text


def test_offline_export_files_are_in_the_export(export_dir):
    target = export_dir / pyodide_payload.TARGET
    for name in ("config.js", "offline-pyodide.js", "code.js", "pyodide.js", "pyodide.asm.js", "wasm.js", "stdlib.js",
                 "wheel.js"):
        assert (target / name).is_file(), name
    assert not (export_dir / pyodide_payload.STAGED).exists()
    deadline = (export_dir / "calculators" / "deadline.html").read_text(encoding="utf-8")
    head, body = deadline.split("</head>", 1)
    assert head.index("offline-pyodide/config.js") < head.index("iframe-worker/shim.js")
    # The stand-in worker is in place before boot.js (async, in <head>) starts the runtime early:
    # after the shim (search keeps it), before boot.js and calculators.js.
    assert head.index("iframe-worker/shim.js") < head.index("offline-pyodide/offline-pyodide.js")
    assert head.index("offline-pyodide/offline-pyodide.js") < head.index("assets/calculators/boot.js")
    assert "assets/calculators/calculators.js" in body
    guide = (export_dir / "remedies" / "judicial-review.html").read_text(encoding="utf-8")
    assert "offline-pyodide" not in guide, "a page without a calculator loads no Pyodide"
