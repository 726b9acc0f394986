"""What a reader searches for never leaves the browser (issue 14, item 2).

Material's `search.highlight` feature adds `?h=<query>` to every search result link, so the
query would reach the server's logs (and the history) when a result is opened. The site turns it
off; this test searches, opens a result, and checks that no request carries the query.
"""

from __future__ import annotations

from urllib.parse import unquote

import pytest

pytestmark = pytest.mark.browser

@pytest.mark.parametrize(("path", "query"), [("/", "restoration"), ("/fr/", "statut")])
def test_no_request_carries_what_the_reader_searched(recorded_page, site_url, path, query):
    page = recorded_page.page
    page.goto(site_url + path, wait_until="networkidle")
    page.locator("input.md-search__input").click()
    page.keyboard.type(query)
    results = page.locator(".md-search-result__item a, a.md-search-result__link")
    results.first.wait_for(timeout=15_000)
    hrefs = results.evaluate_all("links => links.map(link => link.getAttribute('href'))")
    assert hrefs, "the search found nothing: the test would prove nothing"
    assert not [href for href in hrefs if "?h=" in href or query in unquote(href.split("#")[0].split("/")[-1])]
    results.first.click()
    page.wait_for_load_state("networkidle")
    assert "?h=" not in page.url
    leaked = [url for url in recorded_page.requests if "?h=" in url or f"={query}" in unquote(url)]
    assert leaked == []
    history = page.evaluate("() => location.search")
    assert history == ""
