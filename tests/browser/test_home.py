"""The home page in a real headless Chromium, served from the built site."""

import re

import pytest

pytestmark = pytest.mark.browser


def test_home_page_renders_with_its_title(recorded_page, site_url):
    page = recorded_page.page
    page.goto(site_url + "/")
    assert "Refused by Canadian immigration" in page.title()
    heading = page.locator("article h1").first
    assert heading.inner_text().startswith("Refused by Canada")
    assert recorded_page.console_errors == []


def test_search_finds_a_word_from_the_home_page(recorded_page, site_url):
    page = recorded_page.page
    page.goto(site_url + "/")
    page.locator("input.md-search__input").click()
    page.keyboard.type("deadlines")
    results = page.locator(".md-search-result__item")
    results.first.wait_for(timeout=10_000)
    assert results.count() >= 1
    assert re.search("deadline", results.first.inner_text(), re.IGNORECASE)


def test_every_request_the_home_page_makes_goes_to_the_local_server(recorded_page, site_url):
    page = recorded_page.page
    page.goto(site_url + "/", wait_until="networkidle")
    # Use the search too: it loads a worker and the search index.
    page.locator("input.md-search__input").click()
    page.keyboard.type("court")
    page.wait_for_load_state("networkidle")
    assert recorded_page.requests, "the page made no request at all: the recorder is broken"
    assert all(url.startswith("http://127.0.0.1:") or url.startswith(("data:", "blob:")) for url in recorded_page.requests)
    assert recorded_page.foreign_requests(site_url) == []
