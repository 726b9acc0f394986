"""'What the law says' boxes in Chromium (issue 19 §2): a guide's key number, a deadline result and a
dated option of the plan open the official text of their provision, in the page's language, with no
request to another host."""

from __future__ import annotations

import datetime as dt

import pytest

from calculators import law_quotes, law_text
from calculators.messages import cite_label

pytestmark = pytest.mark.browser

BOOT = 180_000
LANG_PREFIX = {"en": "", "fr": "/fr"}
SAYS = {"en": "What the law says: ", "fr": "Ce que dit la loi : "}


def _box_shows_the_quote(box, rule_id: str, lang: str) -> None:
    label = law_quotes.QUOTES[rule_id].label
    summary = box.locator("summary")
    assert summary.inner_text().strip() == SAYS[lang] + cite_label(label, lang)
    part = box.locator(".law-text-part")
    assert not part.first.is_visible()  # closed until the reader opens it
    summary.click()
    assert box.evaluate("node => node.open")
    assert part.count() == 1 and part.first.get_attribute("lang") == lang
    shown = law_text.normalise(part.first.inner_text())
    assert law_text.normalise(law_quotes.QUOTES[rule_id].text(lang)) in shown
    current = law_text.extract()["instruments"][label.split(" ")[0]][lang]["current_date"]
    assert current[:4] in shown  # the consolidation date is said


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_guide_key_number_opens_the_official_text_in_the_page_language(recorded_page, site_url, lang):
    page = recorded_page.page
    page.goto(f"{site_url}{LANG_PREFIX[lang]}/remedies/judicial-review/")
    box = page.locator('article details.law-text[data-rule="judicial-review-in-canada"]')
    assert box.count() == 1
    _box_shows_the_quote(box, "judicial-review-in-canada", lang)
    # The words that make the rule are in bold.
    assert law_text.normalise(law_quotes.QUOTES["judicial-review-in-canada"].text(lang)) in \
        law_text.normalise(box.locator("strong").all_inner_texts()[-1])
    assert recorded_page.foreign_requests(site_url) == []
    assert recorded_page.console_errors == []


def _rad_appeal_result_box(page, site_root: str):
    """The one box under the engine's answer for a RAD appeal, on the deadline page under ``site_root``."""
    page.goto(f"{site_root}/calculators/deadline/#remedy=rad-appeal&from=2026-09-15")
    result = page.locator('[data-calculator=deadline] .calc-result[data-source="engine"]')
    result.wait_for(timeout=BOOT)
    box = result.locator("details.law-text")
    assert box.count() == 1
    return box


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_deadline_result_opens_the_official_text_of_its_provision(recorded_page, site_url, lang):
    box = _rad_appeal_result_box(recorded_page.page, f"{site_url}{LANG_PREFIX[lang]}")
    assert box.get_attribute("data-label") == cite_label("IRPR s. 159.91(1)(a)", lang)
    _box_shows_the_quote(box, "rad-appeal", lang)
    assert recorded_page.foreign_requests(site_url) == []


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_dated_plan_option_opens_the_official_text_of_its_time_limit(browser, site_url, lang):
    context = browser.new_context(locale="fr-CA" if lang == "fr" else "en-CA", timezone_id="America/Toronto")
    page = context.new_page()
    page.clock.install(time=dt.datetime(2026, 9, 20, 12, 0))
    try:
        page.goto(f"{site_url}{LANG_PREFIX[lang]}/calculators/options/#application=visitor-visa"
                  "&decided=outside-canada&notified=2026-09-15&grounds=none&province=on")
        option = page.locator('.calc-plan section.calc-option[data-remedy="judicial-review"]')
        option.wait_for(timeout=BOOT)
        assert option.get_attribute("data-file-by")  # a dated option
        box = option.locator("details.law-text")
        assert box.count() == 1
        _box_shows_the_quote(box, "judicial-review-outside-canada", lang)
        # An option without a date has no box (its provisions are in the guides).
        undated = page.locator(".calc-plan section.calc-option:not([data-file-by])")
        assert undated.count() >= 1 and undated.locator("details.law-text").count() == 0
    finally:
        context.close()


def test_a_language_without_official_text_shows_english_and_french_with_a_line_saying_so(recorded_page, site_url):
    from calculators import law_boxes

    box = _rad_appeal_result_box(recorded_page.page, f"{site_url}/es")
    box.locator("summary").click()
    parts = box.locator(".law-text-part")
    assert [parts.nth(i).get_attribute("lang") for i in range(parts.count())] == ["en", "fr"]
    assert box.locator(".law-text-note").inner_text() == law_boxes.box("IRPR s. 159.91(1)(a)", "es")["note"]
    for index, lang in enumerate(("en", "fr")):
        assert law_text.normalise(law_quotes.QUOTES["rad-appeal"].text(lang)) in law_text.normalise(parts.nth(index).inner_text())
    assert recorded_page.foreign_requests(site_url) == []
