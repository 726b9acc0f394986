"""The 404 page when the site lives under https://<owner>.github.io/<repository>/ (issue 14, item 8).

GitHub Pages answers any missing address with the site's 404.html, whatever the folder. The site
is built here as the Pages workflow builds it (SITE_URL set from the repository) and served under
/<repository>/ the way Pages serves it; Chromium then opens a missing page deep in the site.
"""

from __future__ import annotations

import functools
import http.server
import os
import re
import threading
from pathlib import Path

import pytest

from scripts import local_site

PREFIX = "/refused-canada/"


@pytest.fixture(scope="module")
def project_site(tmp_path_factory) -> Path:
    destination = tmp_path_factory.mktemp("project-site") / "site"
    previous = os.environ.get("SITE_URL")
    os.environ["SITE_URL"] = "https://example-owner.github.io" + PREFIX
    try:
        local_site.build_site(destination)
    except local_site.BuildFailed as failure:
        raise AssertionError(str(failure)) from None
    finally:
        if previous is None:
            os.environ.pop("SITE_URL", None)
        else:
            os.environ["SITE_URL"] = previous
    return destination


class _PagesLikeHandler(local_site.QuietHandler):
    """Serves the site under PREFIX; anything missing gets 404.html with status 404, as Pages does."""

    def send_head(self):
        path = self.path.split("?", 1)[0].split("#", 1)[0]
        if not path.startswith(PREFIX):
            return self._not_found()
        self.path = "/" + path[len(PREFIX):]
        target = Path(self.translate_path(self.path))
        if target.is_dir():
            target = target / "index.html"
        if not target.exists():
            return self._not_found()
        return super().send_head()

    def _not_found(self):
        body = (Path(self.directory) / "404.html").read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        return None


@pytest.fixture(scope="module")
def project_url(project_site):
    handler = functools.partial(_PagesLikeHandler, directory=str(project_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_every_link_of_the_404_page_stays_inside_the_project_site(project_site):
    html = (project_site / "404.html").read_text(encoding="utf-8")
    local = [url for url in re.findall(r'(?:href|src)="([^"#]+)"', html)
             if not url.startswith(("https://", "http://", "data:", "mailto:"))]
    assert local, "the 404 page links nowhere"
    assert [url for url in local if not url.startswith(PREFIX)] == []


@pytest.mark.browser
def test_a_missing_page_deep_in_the_site_shows_a_styled_404_in_both_languages(browser, project_url):
    context = browser.new_context(viewport={"width": 390, "height": 800})
    page = context.new_page()
    failed: list[str] = []
    page.on("response", lambda response: response.status >= 400 and failed.append(response.url))
    try:
        response = page.goto(project_url + PREFIX + "remedies/no-such-guide/deeper/", wait_until="networkidle")
        assert response.status == 404
        assert page.locator("h1").first.inner_text() == "Page not found"
        assert page.locator("[lang=fr] h2").inner_text() == "Page introuvable"
        # Styled: Material's stylesheet arrived (the header is its fixed, coloured bar).
        assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") in ("sticky", "fixed")
        assert failed == [response.url], f"files the 404 page could not load: {failed[1:]}"
        page.get_by_role("link", name="Home page").click()
        page.wait_for_load_state()
        assert page.url == project_url + PREFIX
        assert page.title() and "not found" not in page.title().lower()
        page.go_back()
        page.get_by_role("link", name="Accueil", exact=True).click()
        page.wait_for_load_state()
        assert page.url == project_url + PREFIX + "fr/"
    finally:
        context.close()
