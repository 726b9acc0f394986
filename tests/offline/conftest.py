"""The offline export, built once per session, and Chromium pages that may reach only file: URLs.

Every request a page makes goes through `context.route("**/*")`: file: requests go on, any
other (http, https, ws, …) is aborted and recorded, so a test can assert that the export
never tried to leave the computer.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def offline_build(tmp_path_factory) -> Path:
    """`scripts/build_offline.py --out <tmp>`, as `make offline` runs it: <tmp>/offline/, offline.zip, offline.json."""
    out = tmp_path_factory.mktemp("export")
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "build_offline.py"), "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode == 0, f"offline build failed:\n{result.stdout}\n{result.stderr}"
    return out


@pytest.fixture(scope="session")
def export_dir(offline_build) -> Path:
    return offline_build / "offline"


@pytest.fixture(scope="session")
def export_info(offline_build) -> dict:
    return json.loads((offline_build / "offline.json").read_text(encoding="utf-8"))


class FilePage:
    """A page in its own browser context where only file: requests are let through."""

    def __init__(self, context, root: Path):
        self.context = context
        self.root = root
        self.requests: list[str] = []
        self.blocked: list[str] = []
        self.console_errors: list[str] = []
        context.route("**/*", self._route)
        self.page = context.new_page()
        self.page.on("console", lambda msg: msg.type == "error" and self.console_errors.append(msg.text))
        self.page.on("pageerror", lambda error: self.console_errors.append(str(error)))
        # Requests a route never sees (none expected, but then they would still be counted).
        self.page.on("request", lambda request: self.requests.append(request.url))

    def _route(self, route):
        url = route.request.url
        if url.startswith("file:"):
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort()

    def url(self, relative: str) -> str:
        path, _, fragment = relative.partition("#")
        url = (self.root / path).as_uri()
        return url + ("#" + fragment if fragment else "")

    def goto(self, relative: str):
        return self.page.goto(self.url(relative))

    def left_file(self) -> list[str]:
        """Every request that was not a file: URL (data: and blob: stay inside the page)."""
        seen = self.blocked + [u for u in self.requests if not u.startswith(("file:", "data:", "blob:", "about:"))]
        return sorted(set(seen))


@pytest.fixture
def file_page(browser, export_dir):
    context = browser.new_context()
    recorded = FilePage(context, export_dir)
    yield recorded
    context.close()
