"""The "Leave this site quickly" link: on every page, visible on a phone, and it leaves for a
neutral page *in place of* this one, so Back does not bring the site up again.

The neutral site is never contacted: Playwright answers for it.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from urllib.parse import urlparse

import pytest

from scripts.hooks import i18n_languages as languages


class _ExitLinks(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links: list[dict] = []
        self._depth_in_header = 0

    def handle_starttag(self, tag, attrs):
        if tag == "header":
            self._depth_in_header += 1
        attributes = dict(attrs)
        if tag == "a" and "data-quick-exit" in attributes:
            self.links.append({**attributes, "in_header": self._depth_in_header > 0})

    def handle_endtag(self, tag):
        if tag == "header":
            self._depth_in_header -= 1


def test_every_page_has_one_quick_exit_link_in_its_header(built_site, pages):
    problems = []
    for page in pages:
        parser = _ExitLinks()
        parser.feed(page.read_text(encoding="utf-8"))
        name = page.relative_to(built_site).as_posix()
        if len(parser.links) != 1:
            problems.append(f"{name}: {len(parser.links)} quick-exit links")
            continue
        link = parser.links[0]
        if not link["in_header"]:
            problems.append(f"{name}: quick exit is not in the sticky header")
        if urlparse(link["href"]).scheme != "https":
            problems.append(f"{name}: quick exit goes to {link['href']}")
        if "noreferrer" not in link.get("rel", ""):
            problems.append(f"{name}: quick exit sends a Referer")
    assert problems == []


NEUTRAL_PAGE = "<!doctype html><title>Weather</title><h1>Weather</h1>"


def _answer_for_the_neutral_site(context, visited):
    def fulfil(route):
        visited.append(route.request.url)
        route.fulfill(status=200, content_type="text/html", body=NEUTRAL_PAGE)

    context.route(lambda url: not url.startswith("http://127.0.0.1"), fulfil)


@pytest.fixture
def exit_page(browser):
    context = browser.new_context(viewport={"width": 320, "height": 640})
    visited: list[str] = []
    _answer_for_the_neutral_site(context, visited)
    page = context.new_page()
    yield page, visited
    context.close()


def _neutral_href(page):
    return page.locator("a[data-quick-exit]").get_attribute("href")


@pytest.mark.browser
def test_the_link_is_visible_at_320px_and_early_in_the_tab_order(exit_page, site_url):
    page, _ = exit_page
    page.goto(site_url + "/remedies/judicial-review/")
    link = page.locator("a[data-quick-exit]")
    assert link.is_visible()
    box = link.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 320, box
    assert box["height"] >= 24 and box["width"] >= 24, "smaller than the WCAG 2.2 target size"
    for presses in range(1, 6):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.hasAttribute('data-quick-exit')"):
            break
    else:
        pytest.fail("the quick exit is not among the first five Tab stops")


@pytest.mark.browser
def test_clicking_it_replaces_the_page_so_back_does_not_return(exit_page, site_url):
    page, visited = exit_page
    page.goto("about:blank")
    page.goto(site_url + "/remedies/judicial-review/")
    neutral = _neutral_href(page)
    length_before = page.evaluate("history.length")
    page.locator("a[data-quick-exit]").click()
    page.wait_for_url(neutral + "*")
    assert visited and visited[0].startswith(neutral)
    assert page.title() == "Weather"
    assert page.evaluate("history.length") == length_before, "the exit added a history entry instead of replacing"
    page.go_back()
    page.wait_for_timeout(300)
    assert not page.url.startswith(site_url), f"Back returned to the site: {page.url}"


@pytest.mark.browser
def test_escape_leaves_but_not_while_the_search_is_open(exit_page, site_url):
    page, _ = exit_page
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto(site_url + "/", wait_until="networkidle")
    neutral = _neutral_href(page)
    page.locator("input.md-search__input").click()
    page.keyboard.type("court")
    page.wait_for_function("document.getElementById('__search').checked")
    page.keyboard.press("Escape")  # closes the search, as Material intends
    page.wait_for_timeout(300)
    assert page.url.startswith(site_url)
    page.evaluate("document.activeElement && document.activeElement.blur()")
    page.keyboard.press("Escape")
    page.wait_for_url(neutral + "*")


@pytest.mark.browser
def test_without_javascript_it_is_still_a_working_link(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    visited: list[str] = []
    _answer_for_the_neutral_site(context, visited)
    page = context.new_page()
    try:
        page.goto(site_url + "/")
        neutral = _neutral_href(page)
        page.locator("a[data-quick-exit]").click()
        page.wait_for_url(neutral + "*")
        assert visited
    finally:
        context.close()


def _page_code(text: str) -> str:
    """The site's language code of a built page, from its <html lang> (zh-Hans is zh)."""
    match = re.search(r'<html lang="([^"]+)"', text[:400])
    tag = match.group(1) if match else languages.DEFAULT_LANGUAGE
    return next((code for code in languages.LANGUAGES if languages.html_lang(code) == tag), tag)


def test_the_quick_exit_speaks_the_language_of_the_page(built_site, pages):
    """The label is the catalogue's site.quick-exit in the page's language (English only where it is untranslated)."""
    problems = []
    codes = set()
    for page in pages:
        text = page.read_text(encoding="utf-8")
        code = _page_code(text)
        codes.add(code)
        wanted = str(languages.site_text("site.quick-exit", code))
        if wanted not in text:
            problems.append(f"{page.relative_to(built_site)}: the quick exit is not labelled {wanted!r}")
    assert problems == []
    assert codes == set(languages.LANGUAGES), "pages of every language were checked"
    # and the label really is in each language: no two languages share it
    labels = {code: str(languages.site_text("site.quick-exit", code)) for code in languages.LANGUAGES}
    assert labels["fr"] == "Quitter ce site rapidement" and labels["en"] == "Leave this site quickly"
    assert len(set(labels.values())) == len(labels), labels


@pytest.mark.browser
@pytest.mark.parametrize("path", ["/calculators/deadline/", "/fr/calculators/deadline/"])
def test_escape_inside_a_form_field_does_not_leave(exit_page, site_url, path):
    """Esc in a field means "undo" or "close the date picker": it must not throw the reader out."""
    page, visited = exit_page
    page.goto(site_url + path, wait_until="domcontentloaded")
    neutral = _neutral_href(page)
    field = page.locator('article form [data-part="day"]').first  # the date entry (ui.js dateEntry)
    field.wait_for(state="attached")
    page.evaluate("el => { el.closest('form').hidden = false; el.focus(); }", field.element_handle())
    assert page.evaluate("document.activeElement.matches('input, select')")
    page.keyboard.press("Escape")
    page.wait_for_timeout(300)
    assert page.url.startswith(site_url), f"Esc in a form field left the site: {page.url}"
    assert visited == []
    page.evaluate("document.activeElement.blur()")
    page.keyboard.press("Escape")
    page.wait_for_url(neutral + "*")


def test_every_page_has_a_browse_safely_note_in_its_language(built_site, pages):
    problems = []
    for page in pages:
        text = page.read_text(encoding="utf-8")
        code = _page_code(text)
        wanted = [str(languages.site_text(key, code)) for key in ("site.browse-safely-title", "site.quick-exit-short")]
        if code == "fr":
            wanted.append("navigation privée")
        if "data-browse-safely" not in text or not all(word in text for word in wanted):
            problems.append(f"{page.relative_to(built_site)}: no browse-safely note in its language")
    assert problems == []
