"""Accessibility: axe-core over the built pages (every English and French one, and each other language's
own pages: tests/quality/conftest.py browser_sample says why), in the light and the dark palette.

Gate: no violation of impact serious or critical of a WCAG 2.0/2.1/2.2 A or AA rule.
Findings are fixed in overrides/assets/quality/quality.css or the templates, never by
turning a rule off.
"""

from __future__ import annotations

import pytest

from axe import blocking, run_axe
from scripts.hooks import i18n_languages as languages

pytestmark = pytest.mark.browser

# Material chooses its palette from prefers-color-scheme (mkdocs.yml palette `media`), as a
# reader's phone set to dark mode would.
SCHEMES = {"light": "default", "dark": "slate"}


@pytest.mark.parametrize("scheme", SCHEMES)
def test_every_page_passes_axe(browser, site_url, sample_paths, colour_and_script_paths, scheme):
    """Light: every English and French page, and each other language's own pages (conftest.browser_sample).

    Dark: every English and French page, and each other language's home and options page (right-to-left
    ones among them). The dark palette changes colours only, and they come from one stylesheet for every
    language: what axe finds in dark is a colour contrast, the same in Urdu as in English.
    """
    paths = sample_paths if scheme == "light" else colour_and_script_paths
    context = browser.new_context(bypass_csp=True, color_scheme=scheme)
    page = context.new_page()
    problems = []
    try:
        for number, path in enumerate(paths):
            if number and number % 25 == 0:  # a fresh tab now and then: axe's copies pile up in one renderer
                page.close()
                page = context.new_page()
            page.goto(site_url + path, wait_until="load")
            # The offline page (issue 21) is the service worker's own small page, not a Material page:
            # it has no palette to choose, and axe checks it as it is.
            if not path.endswith("offline.html"):
                shown = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
                assert shown == SCHEMES[scheme], f"{path}: palette is {shown}, not {SCHEMES[scheme]}"
            problems += blocking(run_axe(page), f"{path} [{scheme}]")
    finally:
        context.close()
    assert problems == [], "\n".join(problems)


def test_the_dark_sample_holds_every_language(colour_and_script_paths):
    homes = [f"/{code}/" for code in languages.LANGUAGES if code != languages.DEFAULT_LANGUAGE]
    assert set(homes + ["/", "/remedies/judicial-review/", "/fr/about/", "/ur/calculators/options/"]) <= set(
        colour_and_script_paths)
    assert "/ur/about/" not in colour_and_script_paths


def test_the_palette_toggle_itself_gives_an_accessible_dark_page(browser, site_url):
    context = browser.new_context(bypass_csp=True, color_scheme="light")
    page = context.new_page()
    try:
        page.goto(site_url + "/remedies/judicial-review/", wait_until="load")
        page.locator("form[data-md-component=palette] label:visible").first.click()
        page.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'slate'")
        _settle(page)
        assert blocking(run_axe(page), "toggled to dark") == []
        # The choice is Material's palette preference, not anything a reader typed.
        page.locator("form[data-md-component=palette] label:visible").first.click()
        page.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'default'")
        _settle(page)
        assert blocking(run_axe(page), "toggled back to light") == []
    finally:
        context.close()


def _settle(page):
    """Let transitions finish: axe measures colours as they are, mid-fade included."""
    page.wait_for_timeout(250)
    page.wait_for_function("document.getAnimations().every((a) => a.playState !== 'running')")
    page.wait_for_timeout(250)


@pytest.mark.parametrize("scheme", SCHEMES)
def test_the_open_search_and_the_mobile_menu_pass_axe(browser, site_url, scheme):
    context = browser.new_context(bypass_csp=True, color_scheme=scheme, viewport={"width": 320, "height": 640})
    page = context.new_page()
    try:
        page.goto(site_url + "/", wait_until="load")
        page.locator("label.md-header__button[for=__drawer]").click()
        _settle(page)
        problems = blocking(run_axe(page), f"menu open at 320px [{scheme}]")
        page.reload(wait_until="load")
        page.locator("label.md-header__button[for=__search]").click()
        page.keyboard.type("court")
        page.locator(".md-search-result__item").first.wait_for(timeout=10_000)
        _settle(page)
        problems += blocking(run_axe(page), f"search results at 320px [{scheme}]")
    finally:
        context.close()
    assert problems == [], "\n".join(problems)
