"""What the reader sees of a plan (issue 20), in headless Chromium with a fixed device clock.

Every kind of refusal the interview knows, answered twice (with "I don't know" wherever it is
offered, and with known answers), is asked of the engine in the page and drawn by the page's
own renderer (plan.js), in English and French: no "null", "undefined", "NaN" or "[object" may
reach the screen or the printed page. The first screen of a plan on a 390px phone holds the
first step, its date, the days left and the calendar button.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
from pathlib import Path
from urllib.parse import urlencode

import pytest

from calculators import api, interview

pytestmark = pytest.mark.browser

OPTIONS = {"en": "/calculators/options/", "fr": "/fr/calculators/options/"}
BOOT = 90_000
TODAY = "2026-09-20"
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "quality"))
# The interview test's phone page: the same device, clock, locale and error log.
from test_interview import CLOCK, PHONE, new_page  # noqa: E402
KINDS = [choice["value"] for choice in interview.interview()["questions"][0]["choices"]]
NOTIFIED = "2026-09-15"
NONSENSE = re.compile(r"\bnull\b|\bundefined\b|\bNaN\b|\[object", re.I)


def _unknown(question, kind):
    if question.field == "application":
        return kind
    if question.unknown:
        return [question.unknown] if question.type == "multi" else question.unknown
    if question.type == "date":
        return NOTIFIED
    return question.choices[0].value


def _known(question, kind):
    if question.field == "application":
        return kind
    if question.type == "date":
        return NOTIFIED
    values = [c.value for c in question.choices if c.value not in (question.unknown, "none", "other")]
    if question.field == "province":
        values = ["on"]
    return [values[0]] if question.type == "multi" else values[0]


def answered(kind: str, policy) -> dict:
    """The interview walked in Python: every question asked for these answers, answered by `policy`."""
    answers: dict = {}
    for _ in range(len(interview.QUESTIONS) + 1):
        asked, kept = interview.asked(answers)
        todo = [question for question in asked if question.field not in answers]
        if not todo:
            return kept
        answers[todo[0].field] = policy(todo[0], kind)
    raise AssertionError("the interview never ends")


CASES = [(kind, name, answered(kind, policy)) for kind in KINDS for name, policy in (("unknown", _unknown),
                                                                                      ("known", _known))]


# Asks the page's engine for a plan and draws it with the page's renderer, into the page's own result box.
DRAW = """async (request) => {
  const plan = await window.Calc.engine.call(request);
  const result = document.querySelector('[data-calculator="options"] .calc-result');
  window.Calc.renderPlan(result, plan, {
    say: () => {}, root: new URL(window.Calc.ui.data.root || './', document.baseURI).href,
    deadlineHref: '../deadline/', siteName: window.Calc.ui.data.site_name || '',
    calendar: () => {}, fragment: () => '', back: () => {}, restart: () => {},
  });
  result.hidden = false;
  result.querySelectorAll('details').forEach((d) => { d.open = true; });
  return result.textContent;
}"""


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_no_plan_of_any_kind_shows_null_undefined_or_nan_on_screen_or_in_print(browser, site_url, lang):
    context, page, errors = new_page(browser, lang)
    found = []
    try:
        page.goto(site_url + OPTIONS[lang])
        page.wait_for_function("() => window.Calc && window.Calc.engine && window.Calc.renderPlan")
        for kind, name, answers in CASES:
            request = {"kind": "plan", **answers, "today": TODAY, "page": site_url + OPTIONS[lang]}
            assert "error" not in api.handle({**request, "lang": lang}), (kind, name)
            text = page.evaluate(DRAW, request)
            assert text.strip(), (kind, name)
            for where in ("screen", "print"):
                page.emulate_media(media=where)
                seen = page.locator('[data-calculator="options"] .calc-result').inner_text()
                found += [(kind, name, where, match) for match in NONSENSE.findall(seen)]
            page.emulate_media(media="screen")
            found += [(kind, name, "text", match) for match in NONSENSE.findall(text)]
    finally:
        context.close()
    assert found == []
    assert errors == []


def test_a_plan_from_a_link_shows_no_null(browser, site_url):
    answers = answered("sponsorship", _unknown)
    context, page, errors = new_page(browser)
    try:
        page.goto(site_url + OPTIONS["en"] + "#" + urlencode(answers, doseq=True))
        plan = page.locator(".calc-plan")
        plan.locator("[data-plan-first]").wait_for(timeout=BOOT)
        assert not NONSENSE.search(plan.inner_text())
        page.emulate_media(media="print")
        assert not NONSENSE.search(plan.inner_text())
    finally:
        context.close()
    assert errors == []


# ------------------------------------------------------------------ the eight situations of issue 20, at 390px

DECEMBER = dt.datetime(2026, 12, 6, 12, 0)  # Sun 6 Dec 2026, noon in Toronto: the device's clock
REFERENCE = Path(__file__).resolve().parent / "reference"
SITUATIONS = {
    "student-abroad": ("en", {"application": "study-permit", "decided": "outside-canada", "notified": "2026-11-20",
                              "grounds": ["none"], "province": "outside-canada"}),
    "refugee-claimant": ("en", {"application": "refugee-claim", "refugee_stage": "rpd", "no_credible_basis": "no",
                                "rad_exception": "none", "notified": "2026-12-01", "reasons_received": "2026-12-01",
                                "province": "on"}),
    "sponsor": ("en", {"application": "sponsorship", "sponsored_in_canada": "no", "decided": "outside-canada",
                       "notified": "2026-11-04", "relationship": "spouse", "grounds": ["none"], "province": "on"}),
    "worker-out-of-status": ("en", {"application": "extension", "applied_before_expiry": "yes",
                                    "decision_made": "2026-10-20", "notified": "2026-10-21", "grounds": ["none"],
                                    "province": "on"}),
    "permanent-resident-abroad": ("en", {"application": "residency-obligation", "decided": "outside-canada",
                                         "notified": "2026-11-10", "province": "outside-canada"}),
    "french-dont-know": ("fr", {"application": "refugee-claim", "refugee_stage": "rpd", "no_credible_basis": "unknown",
                                "rad_exception": "unknown", "notified": "2026-12-01", "reasons_received": "unknown",
                                "province": "qc"}),
    "refused-at-the-border": ("en", {"application": "port-of-entry", "port_outcome": "removal-order",
                                     "removal_status": "foreign-national", "removal_order_type": "exclusion",
                                     "notified": "2026-12-01", "decision_made": "2026-12-01",
                                     "province": "outside-canada"}),
    "citizenship-applicant": ("en", {"application": "citizenship", "notified": "2026-11-30", "province": "on"}),
}


def _plan_from_link(page, site_url, lang, answers):
    page.goto(site_url + OPTIONS[lang] + "#" + urlencode(answers, doseq=True))
    plan = page.locator(".calc-plan")
    plan.locator(".calc-plan-steps li").first.wait_for(timeout=BOOT)
    page.wait_for_function("() => document.activeElement.classList.contains('calc-plan')")
    return plan


@pytest.mark.parametrize("name", list(SITUATIONS))
def test_first_screen_at_390px_holds_the_first_step_its_date_days_left_and_the_calendar_button(
        browser, site_url, name, tmp_path):
    lang, answers = SITUATIONS[name]
    _, kept = interview.asked(answers)
    expected = api.handle({"kind": "plan", **kept, "today": "2026-12-06", "lang": lang})
    context = browser.new_context(timezone_id="America/Toronto", locale="fr-CA" if lang == "fr" else "en-CA", **PHONE)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.clock.install(time=DECEMBER)
    try:
        plan = _plan_from_link(page, site_url, lang, answers)
        # The reference pictures kept beside the tests are remade with REFERENCE_SCREENSHOTS=1.
        folder = REFERENCE if os.environ.get("REFERENCE_SCREENSHOTS") else tmp_path
        page.screenshot(path=str(folder / f"plan-390-{name}.png"))
        header = page.locator(".md-header").bounding_box()
        top, bottom = header["y"] + header["height"], PHONE["viewport"]["height"]

        def on_first_screen(locator):
            box = locator.bounding_box()
            return box is not None and box["y"] >= top - 1 and box["y"] + box["height"] <= bottom

        first = plan.locator(".calc-plan-steps li").first
        step = expected["first_steps"][0]
        assert first.get_attribute("data-remedy") == step["remedy"]
        assert first.inner_text() == step["text"]
        assert on_first_screen(first), name
        head = plan.locator("[data-plan-first]")
        assert head.get_attribute("data-by") == expected["headline"]["by"]
        if expected["headline"]["state"] == "passed":
            assert head.locator("time").count() == 0  # never a passed date under "Act by"
            assert on_first_screen(head.locator(".calc-plan-text")), name
        else:
            assert on_first_screen(head.locator("time")), name
        if step["by"]:
            assert step["left_text"] in first.inner_text()  # the days left, with the date
        if any(o["state"] in ("future", "today") for o in expected["options"]):
            assert on_first_screen(plan.locator("[data-plan-ics]")), name
        assert not NONSENSE.search(plan.inner_text())
    finally:
        context.close()
    assert errors == []


@pytest.mark.parametrize(("lang", "words"), [("en", "no credible basis"), ("fr", "minimum de fondement")])
def test_unsure_answer_headline_names_the_other_route_on_screen(browser, site_url, lang, words):
    answers = {**SITUATIONS["french-dont-know"][1], "rad_exception": "none"}
    context, page, errors = new_page(browser, lang)
    page.clock.install(time=DECEMBER)
    try:
        plan = _plan_from_link(page, site_url, lang, answers)
        head = plan.locator("[data-plan-first]")
        assert head.get_attribute("data-by") == "2026-12-16"
        other = head.locator(".calc-plan-alternative")
        assert other.get_attribute("data-remedy") == "judicial-review" and words in other.inner_text()
        # Only-possible steps are folded below.
        assert plan.locator("details.calc-also section[data-remedy=prra]").count() == 1
    finally:
        context.close()
    assert errors == []


def test_worker_out_of_status_sees_the_open_restoration_date_big_and_the_passed_court_date_under_it(browser, site_url):
    context, page, errors = new_page(browser)
    page.clock.install(time=DECEMBER)
    try:
        plan = _plan_from_link(page, site_url, "en", SITUATIONS["worker-out-of-status"][1])
        head = plan.locator("[data-plan-first]")
        assert head.get_attribute("data-state") == "future"
        assert head.locator("time").get_attribute("datetime") == "2027-01-18"
        assert "Passed" in head.locator(".calc-plan-passed").inner_text()
    finally:
        context.close()
    assert errors == []
