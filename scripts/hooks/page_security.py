"""MkDocs hook: a Content-Security-Policy and a referrer policy on every page.

GitHub Pages cannot send response headers, so the policy travels in `<meta>` tags placed
first in `<head>`, before any script or style. It allows only the site's own origin:

- scripts from the site itself, plus the exact inline scripts Material writes into each page,
  allowed by their sha256 hash (computed here from the final HTML), never 'unsafe-inline';
- styles from the site itself, plus hashed <style> elements (no style="" attributes);
- 'wasm-unsafe-eval' so Pyodide can compile its WebAssembly (not 'unsafe-eval');
- workers from the site or from blob: URLs it creates itself;
- images from the site and data: URLs (Material's icons are data: SVGs in its CSS);
- no plugins, no <base> to another host, forms submit only to the site.

The referrer policy tells the browser to send no Referer header anywhere, so a site a
reader follows a link to (or the quick-exit weather page) does not learn where they were.

Runs once the build has written the site, after every other plugin and hook (lowest event
priority), over every HTML file: the pages, 404.html, and pages plugins write themselves.
`tests/quality/test_security.py` checks the result in the built site and in Chromium.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import re
from pathlib import Path

from mkdocs.plugins import event_priority

log = logging.getLogger("mkdocs.hooks.page_security")

# A <script> that the browser executes: no type, or a JavaScript type, or a module.
# Data blocks such as <script type="application/json"> are not run and need no hash.
_SCRIPT = re.compile(r"<script(?P<attrs>(?:\s[^>]*)?)>(?P<body>.*?)</script\s*>", re.IGNORECASE | re.DOTALL)
_STYLE = re.compile(r"<style(?:\s[^>]*)?>(?P<body>.*?)</style\s*>", re.IGNORECASE | re.DOTALL)
_TYPE = re.compile(r"""\stype\s*=\s*["']?([^"'\s>]+)""", re.IGNORECASE)
_SRC = re.compile(r"\ssrc\s*=", re.IGNORECASE)
_EXECUTED_TYPES = {"", "text/javascript", "application/javascript", "module", "text/ecmascript"}
_HEAD_OPEN = re.compile(r"<head(\s[^>]*)?>", re.IGNORECASE)
_CHARSET = re.compile(r"<meta\s+charset=[^>]*>", re.IGNORECASE)
_EXISTING = re.compile(r"<meta\s+http-equiv=[\"']?Content-Security-Policy", re.IGNORECASE)

MARKER = 'data-page-security=""'
_OURS = re.compile(
    r'<meta http-equiv="Content-Security-Policy" content="[^"]*" ' + re.escape(MARKER) + r'>'
    r'<meta name="referrer" content="no-referrer">'
)


def inline_script_hashes(html: str) -> list[str]:
    """The CSP source expressions ('sha256-…') of every executed inline script, in page order."""
    hashes: list[str] = []
    for match in _SCRIPT.finditer(html):
        attrs = match.group("attrs") or ""
        if _SRC.search(attrs):
            continue
        kind = _TYPE.search(attrs)
        if kind and kind.group(1).lower() not in _EXECUTED_TYPES:
            continue
        source = _hash(match.group("body"))
        if source not in hashes:
            hashes.append(source)
    return hashes


def inline_style_hashes(html: str) -> list[str]:
    """The CSP source expressions of every <style> element (the print-site plugin writes one)."""
    hashes: list[str] = []
    for match in _STYLE.finditer(html):
        source = _hash(match.group("body"))
        if source not in hashes:
            hashes.append(source)
    return hashes


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def policy(script_hashes: list[str], style_hashes: list[str] = ()) -> str:
    directives = [
        ("default-src", ["'self'"]),
        ("script-src", ["'self'", "'wasm-unsafe-eval'", *script_hashes]),
        ("style-src", ["'self'", *style_hashes]),
        ("img-src", ["'self'", "data:"]),
        ("font-src", ["'self'"]),
        ("connect-src", ["'self'"]),
        ("worker-src", ["'self'", "blob:"]),
        ("manifest-src", ["'self'"]),
        ("frame-src", ["'self'"]),
        ("object-src", ["'none'"]),
        ("base-uri", ["'self'"]),
        ("form-action", ["'self'"]),
    ]
    return "; ".join(f"{name} {' '.join(sources)}" for name, sources in directives)


def secure(html: str, where: str) -> str:
    """Return the page with the CSP and referrer <meta> tags first in <head>."""
    html = _OURS.sub("", html)  # idempotent: recompute if a plugin changed the page after us
    if _EXISTING.search(html):
        log.warning("%s already has a Content-Security-Policy <meta>; page_security must be the only one", where)
        return html
    tags = (
        f'<meta http-equiv="Content-Security-Policy" content="{policy(inline_script_hashes(html), inline_style_hashes(html))}" {MARKER}>'
        '<meta name="referrer" content="no-referrer">'
    )
    # After <meta charset> (which must come within the first 1024 bytes), before anything else.
    charset = _CHARSET.search(html)
    if charset:
        return html[: charset.end()] + tags + html[charset.end() :]
    head = _HEAD_OPEN.search(html)
    if head:
        return html[: head.end()] + tags + html[head.end() :]
    log.warning("%s has no <head>: no Content-Security-Policy added", where)
    return html


_serving = {"live_reload": False}


def on_startup(command, dirty, **kwargs):
    # `mkdocs serve` injects its live-reload script inline into each page as it sends it, after
    # the build, with numbers that change on every rebuild: no hash can allow it in advance.
    _serving["live_reload"] = command == "serve"


@event_priority(-100)  # after every other plugin and hook, so it sees the final HTML
def on_post_build(config, **kwargs):
    """Secure every HTML file the build wrote.

    Done on the written files rather than per page because plugins also write pages
    (the print-site plugin's print page) and rewrite them (Material's offline plugin).
    """
    if _serving["live_reload"]:
        # Local preview only: built and deployed pages (`mkdocs build`) always carry the policy.
        log.info("mkdocs serve: Content-Security-Policy left out so that live reload works")
        return
    i18n = config.plugins.get("i18n")
    if i18n is not None and getattr(i18n, "building", False):
        return  # another language's build, inside the default one's: that one's end covers every page
    site = Path(config.site_dir)
    for path in sorted(site.rglob("*.html")):
        text = path.read_text(encoding="utf-8")
        secured = secure(text, str(path.relative_to(site)))
        if secured != text:
            path.write_text(secured, encoding="utf-8")
