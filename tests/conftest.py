"""Shared fixtures: the site built once per session, served on 127.0.0.1, and headless Chromium.

The browser is the system's Chromium (Debian's `chromium`), driven by Playwright; no tool
downloads a browser. Every request a page makes is recorded so tests can assert that the
site never calls another host.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from urllib.parse import urlparse

import pytest

from scripts import local_site
from scripts.local_site import CHROMIUM, CHROMIUM_ARGS  # noqa: F401 - used by tests and helpers


def build_site(destination: Path) -> Path:
    """Build the site with `mkdocs build --strict`; a failed build fails the test with its output."""
    try:
        return local_site.build_site(destination)
    except local_site.BuildFailed as failure:
        raise AssertionError(str(failure)) from None


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The built site, once per test session."""
    return build_site(tmp_path_factory.mktemp("site") / "site")


@pytest.fixture(scope="session")
def site_url(built_site) -> str:
    """The built site served over HTTP on 127.0.0.1, on a free port."""
    server = local_site.serve(built_site)
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists() and shutil.which(CHROMIUM) is None:
        pytest.fail(f"Chromium not found at {CHROMIUM}: run `make test`, which installs it, or set CHROMIUM.")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


class RecordedPage:
    """A Playwright page plus every request it made and every console error it logged."""

    def __init__(self, page):
        self.page = page
        self.requests: list[str] = []
        self.console_errors: list[str] = []
        page.on("request", lambda request: self.requests.append(request.url))
        page.on("console", lambda msg: msg.type == "error" and self.console_errors.append(msg.text))
        page.on("pageerror", lambda error: self.console_errors.append(str(error)))

    def foreign_requests(self, allowed_origin: str) -> list[str]:
        """Requests to any origin but the site's own (data: and blob: URLs stay in the page)."""
        allowed = urlparse(allowed_origin)
        foreign = []
        for url in self.requests:
            parsed = urlparse(url)
            if parsed.scheme in ("data", "blob", "about"):
                continue
            if (parsed.scheme, parsed.netloc) != (allowed.scheme, allowed.netloc):
                foreign.append(url)
        return foreign


@pytest.fixture
def recorded_page(browser):
    context = browser.new_context(accept_downloads=True)
    page = context.new_page()
    recorded = RecordedPage(page)
    yield recorded
    context.close()
