"""The plan's help list and the engine's English fallbacks, as the reader sees them in headless Chromium.

Help entries show the service's phone numbers as tel: links, with the service's own label and hours
(issue 20 item 11), in English and French. A sentence the engine says in English on a page in another
language (its answer's ``in_english``) is marked lang="en", and left to right on a right-to-left page,
by ui.js wherever it is drawn: shown with a real fallback (the help directory is written in English and
French only, so an Arabic page shows it in English) and with a fallback forced into a French answer.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from calculators import api

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_plan_screen import DRAW, TODAY, new_page  # noqa: E402

pytestmark = pytest.mark.browser

EXTENSION = {"application": "extension", "notified": "2026-09-15", "applied_before_expiry": "yes",
             "decision_made": "2026-09-14", "grounds": ["none"], "province": "on"}
PAGES = {"en": "/calculators/options/", "fr": "/fr/calculators/options/", "ar": "/ar/calculators/options/"}
RESULT = '[data-calculator="options"] .calc-result'

# Lists one sentence of the next answer as said in English, as the engine does when a translation is missing.
FORCE_FALLBACK = """(sentence) => {
  const engine = window.Calc.engine;
  const receive = engine.receive;
  engine.receive = function (message) {
    if (message && message.type === 'answer') {
      const answer = JSON.parse(message.answer);
      answer.in_english = [sentence];
      message = Object.assign({}, message, { answer: JSON.stringify(answer) });
    }
    return receive.call(this, message);
  };
}"""


def draw(page, lang):
    page.wait_for_function("() => window.Calc && window.Calc.engine && window.Calc.renderPlan")
    request = {"kind": "plan", **EXTENSION, "today": TODAY}
    page.evaluate(DRAW, request)
    return api.handle({**request, "lang": lang})


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_help_shows_each_services_phone_numbers_as_tel_links_with_its_hours(browser, site_url, lang):
    context, page, errors = new_page(browser, lang)
    try:
        page.goto(site_url + PAGES[lang])
        expected = draw(page, lang)
        legal_aid = {item["id"]: item for item in expected["help"]}["legal-aid-ontario"]
        entry = page.locator(RESULT + " .calc-help li").filter(has_text=legal_aid["name"])
        links = entry.locator("a[href^='tel:']")
        assert links.count() == len(legal_aid["phone"]) == 2
        for index, phone in enumerate(legal_aid["phone"]):
            assert links.nth(index).get_attribute("href") == phone["tel"]
            assert links.nth(index).inner_text() == phone["number"]
        text = entry.inner_text()
        assert legal_aid["phone"][0]["label"] in text and legal_aid["hours"] in text
        assert ("sans frais" in text) == (lang == "fr")
        # Every tel: link on the plan is one the engine gave.
        given = {phone["tel"] for item in expected["help"] for phone in item.get("phone", [])}
        hrefs = page.locator(RESULT + " a[href^='tel:']").evaluate_all("(links) => links.map((a) => a.getAttribute('href'))")
        assert hrefs and set(hrefs) == given
    finally:
        context.close()
    assert errors == []


def test_english_fallbacks_on_a_right_to_left_page_are_marked_lang_en_and_left_to_right(browser, site_url):
    context, page, errors = new_page(browser, "ar")
    try:
        page.goto(site_url + PAGES["ar"])
        expected = draw(page, "ar")
        assert page.evaluate("document.documentElement.dir") == "rtl"
        marked = page.locator(RESULT + " [lang='en']")
        texts = marked.evaluate_all("(nodes) => nodes.map((n) => [n.textContent, n.getAttribute('dir')])")
        assert "Legal Aid Ontario" in [text for text, _ in texts]
        assert "Monday to Friday, 8 a.m. to 5 p.m." in [text for text, _ in texts]
        # Each fallback the engine listed is marked left to right (other lang="en" elements, such as
        # the law's English text, are the renderers' own and not counted here).
        fallbacks = [(text, direction) for text, direction in texts if text in expected["in_english"]]
        assert len(fallbacks) >= 4 and {direction for _, direction in fallbacks} == {"ltr"}
        # The Arabic sentences around them stay in the page's language.
        assert page.locator(RESULT + " h3").first.get_attribute("lang") is None
    finally:
        context.close()
    assert errors == []


def test_a_sentence_forced_into_english_on_a_french_page_is_marked_and_nothing_else(browser, site_url):
    context, page, errors = new_page(browser, "fr")
    try:
        page.goto(site_url + PAGES["fr"])
        page.wait_for_function("() => window.Calc && window.Calc.engine && window.Calc.renderPlan")
        request = {"kind": "plan", **EXTENSION, "today": TODAY}
        sentence = {item["id"]: item for item in api.handle({**request, "lang": "fr"})["help"]}["legal-aid-ontario"]["does"]
        page.evaluate(FORCE_FALLBACK, sentence)
        page.evaluate(DRAW, request)
        marked = page.locator(RESULT + " [lang='en']")
        assert marked.count() == 1
        assert marked.inner_text() == sentence
        assert marked.get_attribute("dir") is None  # a left-to-right page needs no direction
    finally:
        context.close()
    assert errors == []


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_restoration_and_applying_again_link_the_visitor_record_application_first(browser, site_url, lang):
    context, page, errors = new_page(browser, lang)
    try:
        page.goto(site_url + PAGES[lang])
        expected = draw(page, lang)
        options = {option["remedy"]: option for option in expected["options"]}
        for remedy in ("restoration", "reapply"):
            first = options[remedy]["send"]["links"][0]
            assert first["id"] == "visitor-record-apply"
            section = page.locator(f"{RESULT} section.calc-option[data-remedy='{remedy}']").first
            link = section.locator("a[href*='extend-stay/apply'], a[href*='demandes/sejour']").first
            assert link.get_attribute("href") == first["url"]
            assert link.inner_text() == first["label"]
    finally:
        context.close()
    assert errors == []
