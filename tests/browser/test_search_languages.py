"""Search in the languages lunr has no stemmer for (issue 22): each language's pages search their own index
(scripts/hooks/i18n_banner.py, SEARCH), and a word in the reader's script finds the translated page.

Chinese has no spaces between words: the index holds one word per Han character, and Material's search
worker splits the query into the words the index knows, so a two-word query finds the page. Arabic and
Ukrainian are searched without lunr's English trimmer (which strips every non-Latin letter: nothing would
be found).
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(("code", "query", "page"), [
    ("zh", "联邦法院", "start-here/"),  # Federal Court
    ("ar", "المحكمة", "start-here/"),  # the court
    ("uk", "Федерального", "start-here/"),  # (of the) Federal (Court)
    ("hi", "कोर्ट", "start-here/"),  # court (lunr's Hindi tokenizer)
])
def test_a_word_in_the_readers_script_finds_the_translated_page(recorded_page, site_url, code, query, page):
    browser_page = recorded_page.page
    browser_page.goto(f"{site_url}/{code}/", wait_until="networkidle")
    browser_page.locator("input.md-search__input").click()
    browser_page.keyboard.type(query)
    # Playwright types letters off the US keyboard as inserted text, with no key events; Material reads the
    # query on keyup (as a phone's keyboard sends it).
    browser_page.keyboard.press("End")
    results = browser_page.locator(".md-search-result__item a, a.md-search-result__link")
    results.first.wait_for(timeout=15_000)
    hrefs = results.evaluate_all("links => links.map(link => link.getAttribute('href'))")
    assert any(href.split("#")[0].endswith(page) for href in hrefs), hrefs
    index_requests = [url for url in recorded_page.requests if "search_index" in url]
    assert index_requests and all(f"/{code}/search/" in url for url in index_requests), index_requests
