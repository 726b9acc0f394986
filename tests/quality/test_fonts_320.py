"""No page scrolls sideways on a 320px phone, whatever fonts the phone has (issue 16).

The site names no web font, so a phone shows it in its own fonts. Each page is measured at
320px with every font forced to DejaVu Sans (Debian's default, wider than Arial), Liberation
Sans (Arial's metrics) and DejaVu Sans Mono (much wider still). scripts/ensure_chromium.sh
installs these fonts (`make test` runs it), so every machine measures the same thing.
"""

from __future__ import annotations

import subprocess

import pytest

pytestmark = pytest.mark.browser

FONTS = ("DejaVu Sans", "Liberation Sans", "DejaVu Sans Mono")
PAGES = ("/", "/start-here/", "/remedies/judicial-review/", "/calculators/deadline/", "/calculators/options/",
         "/fr/", "/fr/calculators/deadline/")


def test_the_set_up_installed_the_fonts_the_layout_tests_use():
    listed = subprocess.run(["fc-list", ":", "family"], capture_output=True, text=True, check=False).stdout
    missing = [font for font in FONTS if font not in listed]
    assert missing == [], f"fonts missing: {missing}; run `make chromium` (scripts/ensure_chromium.sh) to install them"


@pytest.mark.parametrize("font", FONTS)
def test_nothing_is_wider_than_a_320px_phone(browser, site_url, font):
    context = browser.new_context(viewport={"width": 320, "height": 640}, bypass_csp=True)
    wide = {}
    try:
        page = context.new_page()
        for path in PAGES:
            page.goto(site_url + path)
            page.add_style_tag(content=f"*, *::before, *::after {{ font-family: '{font}' !important; }}")
            page.wait_for_timeout(100)
            width = page.evaluate("() => document.documentElement.scrollWidth")
            if width > 320:
                wide[path] = (width, page.evaluate(
                    "() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 320)"
                    ".slice(0, 3).map(e => e.tagName + '.' + String(e.className).slice(0, 40))"))
            header = page.evaluate("() => document.querySelector('.md-header').getBoundingClientRect().height")
            assert header <= 56, f"{path} in {font}: the header takes {header}px (its buttons wrapped)"
    finally:
        context.close()
    assert wide == {}, f"pages wider than 320px in {font}: {wide}"
