"""The built site on this machine, as the tests and the benchmarks use it.

One place for: building with `mkdocs build --strict`, serving a folder on 127.0.0.1 with
the right types for Pyodide's files, the system Chromium and its flags (no tool downloads
a browser; the flags stop Chromium's own background calls, which this network refuses).
"""

from __future__ import annotations

import functools
import http.server
import os
import subprocess
import sys
import threading
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


class BuildFailed(RuntimeError):
    """`mkdocs build --strict` failed; the message holds its output."""


def build_site(destination: Path) -> Path:
    """Build the site with `mkdocs build --strict`, as the Pages workflow does."""
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(destination)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    if result.returncode != 0:
        raise BuildFailed(f"mkdocs build --strict failed:\n{result.stdout}\n{result.stderr}")
    return destination


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """A static file server that knows Pyodide's file types and logs nothing."""

    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".wasm": "application/wasm",
        ".mjs": "text/javascript",
        ".js": "text/javascript",
        ".whl": "application/zip",
        ".ics": "text/calendar",
    }

    def log_message(self, format, *args):  # noqa: A002 - signature fixed by the base class
        pass


def serve(directory: Path) -> http.server.ThreadingHTTPServer:
    """Serve `directory` on 127.0.0.1, on a free port, in a background thread.

    The base URL is f"http://127.0.0.1:{server.server_address[1]}"; call server.shutdown().
    """
    handler = functools.partial(QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def page_url(site: Path, page: Path) -> str:
    """The path a reader's browser uses for a built file ("/", "/remedies/x/", "/404.html")."""
    relative = page.relative_to(site).as_posix()
    if relative == "index.html":
        return "/"
    if relative.endswith("/index.html"):
        return "/" + relative[: -len("index.html")]
    return "/" + relative
