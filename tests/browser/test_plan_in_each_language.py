"""Each of the eleven new languages in headless Chromium (issue 22): the interview to the plan on a 390px
phone, with the plan's dates the engine's for a fixed device clock; right-to-left laid out from the right
for Arabic, Persian and Urdu; axe clean; nothing wider than the phone.

One walk per language (a visitor visa refused, known answers): English and French walk every refusal
kind in test_interview.py, and the wording itself is the catalogue's (tests/unit). A screenshot of the
plan in each language is written to the test's folder; with UPDATE_REFERENCE=1 it replaces the reviewed
one in tests/browser/reference/ (plan-390-<code>.png), which is how those were made.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from scripts.hooks import i18n_languages as languages

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "quality"))
from axe import blocking, run_axe  # noqa: E402 - tests/quality/axe.py
from test_interview import BOOT, PHONE, assert_plan_is_the_engines, expected_plan, known, walk  # noqa: E402

pytestmark = pytest.mark.browser

REFERENCE = Path(__file__).resolve().parent / "reference"
CLOCK_ISO = "2026-09-20T12:00:00"
NEW_LANGUAGES = [code for code in languages.LANGUAGES if code not in languages.REFERENCE_LANGUAGES]
KIND = "visitor-visa"


def options_url(code: str) -> str:
    return f"/{code}/calculators/options/"


@pytest.mark.parametrize("code", NEW_LANGUAGES)
def test_interview_walks_to_the_engines_plan_in_each_language_on_a_phone(browser, site_url, code, tmp_path):
    import datetime as dt

    context = browser.new_context(timezone_id="America/Toronto", locale=languages.html_lang(code), bypass_csp=True,
                                  **PHONE)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda msg: msg.type == "error" and errors.append(msg.text))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.clock.install(time=dt.datetime.fromisoformat(CLOCK_ISO))
    try:
        page.goto(site_url + options_url(code))
        direction = "rtl" if code in languages.RIGHT_TO_LEFT else "ltr"
        assert page.evaluate("document.documentElement.dir") == direction
        answers = walk(page, code, KIND, known)
        page.locator("form.calc-check button[type=submit]").click()
        plan = page.locator(".calc-plan")
        plan.locator("[data-plan-first]").wait_for(timeout=BOOT)
        expected = expected_plan(answers, code)
        assert_plan_is_the_engines(plan, expected)
        assert page.evaluate("document.documentElement.lang") == languages.html_lang(code)
        # Laid out for the language: right-to-left text starts at the right edge; nothing wider than the phone.
        assert plan.evaluate("(el) => getComputedStyle(el).direction") == direction
        heading = plan.locator("h2").first
        box, width = heading.bounding_box(), PHONE["viewport"]["width"]
        if direction == "rtl":
            assert box["x"] + box["width"] > width - 40, box
        else:
            assert box["x"] < 40, box
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        quick_exit = page.locator("[data-quick-exit]").bounding_box()
        assert quick_exit["x"] >= 0 and quick_exit["x"] + quick_exit["width"] <= width, quick_exit
        # The plan's top under the header, scrolled down to (so Material's "back to top" button stays hidden).
        plan.evaluate("(el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 64)")
        page.wait_for_function("document.getAnimations().every((a) => a.playState !== 'running')")
        shot = page.screenshot()
        (tmp_path / f"plan-390-{code}.png").write_bytes(shot)
        if os.environ.get("UPDATE_REFERENCE"):
            (REFERENCE / f"plan-390-{code}.png").write_bytes(shot)
        page.locator(".calc-plan details").evaluate_all("(all) => all.forEach((d) => { d.open = true; })")
        problems = blocking(run_axe(page), f"plan [{code}]")
    finally:
        context.close()
    assert problems == [], "\n".join(problems)
    assert errors == []


@pytest.mark.parametrize("code", NEW_LANGUAGES)
def test_reference_screenshot_of_the_plan_is_committed_for_each_language(code):
    shot = REFERENCE / f"plan-390-{code}.png"
    assert shot.is_file(), f"{shot.name}: run this file with UPDATE_REFERENCE=1, look at it, commit it"
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
