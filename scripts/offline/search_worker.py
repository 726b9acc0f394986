"""Let Material's search run from file:// under the site's Content-Security-Policy.

From file:// the npm `iframe-worker` shim stands in for `Worker`: it runs the search worker
in a hidden iframe that it fills with `document.write`, including one inline script:

    postMessage=<function>;importScripts=<function>;addEventListener(…{filename:"<url>",…})

That iframe inherits the page's policy (scripts/hooks/page_security.py), which allows inline
scripts only by hash. The script's text depends only on the shim (pinned in
package-lock.json) and on the worker URL the page's `__config` gives Material (relative to
the page, so known at build time). This module rebuilds that text for each page, exactly
as the shim will write it, and adds its sha256 to the page's script-src. No
'unsafe-inline', no change to the shim.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from pathlib import Path

TEMPLATE = re.compile(r"<script>(postMessage=\$\{(\w+)\};importScripts=\$\{(\w+)\};[^`]*?)<\\/script>")
CONFIG = re.compile(r'<script id="__config" type="application/json">(.*?)</script>', re.S)
CSP = re.compile(r'(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(")')


def _function_source(source: str, name: str) -> str:
    """The text of `function NAME(…){…}` in the shim, as Function.prototype.toString gives it."""
    start = source.find(f"function {name}(")
    if start < 0:
        raise RuntimeError(f"iframe-worker shim changed: no function {name}")
    depth = 0
    for index in range(source.index("{", start), len(source)):
        char = source[index]
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return source[start : index + 1]
    raise RuntimeError(f"iframe-worker shim changed: function {name} does not end")


def inline_script_template(shim_source: str) -> str:
    """The iframe's inline script with `{url}` where the shim puts the worker URL."""
    match = TEMPLATE.search(shim_source)
    if not match or "\\" in match.group(1) or match.group(1).count("${") != 3:
        raise RuntimeError("iframe-worker shim changed: cannot find the script it writes into its iframe")
    text = match.group(1)
    text = text.replace("${" + match.group(2) + "}", _function_source(shim_source, match.group(2)))
    text = text.replace("${" + match.group(3) + "}", _function_source(shim_source, match.group(3)))
    placeholders = re.findall(r"\$\{(\w+)\}", text)
    if len(placeholders) != 1:
        raise RuntimeError("iframe-worker shim changed: expected the worker URL once in its iframe script")
    return text.replace("${" + placeholders[0] + "}", "{url}")


def script_hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def allow_search_worker(site_dir: Path, shim_source: str) -> int:
    """Add the shim's iframe script hash to each page's CSP. Returns the number of pages changed."""
    template = inline_script_template(shim_source)
    changed = 0
    for page in sorted(site_dir.rglob("*.html")):
        text = page.read_text(encoding="utf-8")
        config = CONFIG.search(text)
        policy = CSP.search(text)
        if not config or not policy:
            continue
        worker = json.loads(config.group(1)).get("search")
        if not worker:
            continue
        source = script_hash(template.replace("{url}", worker))
        directives = policy.group(2).split(";")
        for index, directive in enumerate(directives):
            parts = directive.split()
            if parts and parts[0] == "script-src" and source not in parts:
                directives[index] = directive.rstrip() + " " + source
                break
        else:
            continue
        new_policy = ";".join(directives)
        text = text[: policy.start(2)] + new_policy + text[policy.end(2) :]
        page.write_text(text, encoding="utf-8")
        changed += 1
    return changed
