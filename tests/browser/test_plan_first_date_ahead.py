"""The plan's first date while the runtime loads (issue 20 item 8), in headless Chromium on the built site.

The runtime is held back (its requests hang, as on a slow phone network): answering the interview
shows the first step and its act-by date from the tables worked out at build time; when the runtime
arrives the engine's full plan replaces it. English and French.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from calculators import api, interview

pytestmark = pytest.mark.browser

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "quality"))
# The interview test's phone page: the same device, clock (2026-09-20, noon), locale and error log.
from test_interview import OPTIONS, answer, new_page, questions  # noqa: E402

TODAY = "2026-09-20"
BOOT = 90_000
# A visitor visa refused by an office abroad, on 2026-09-15: the Federal Court, 60 days.
ANSWERS = {"application": "visitor-visa", "decided": "outside-canada", "notified": "2026-09-15",
           "grounds": ["none"], "province": "on"}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_first_date_shows_from_the_build_while_the_runtime_loads_then_the_plan_replaces_it(browser, site_url, lang):
    _, kept = interview.asked(ANSWERS)
    expected = api.handle({"kind": "plan", **kept, "today": TODAY, "lang": lang})["headline"]
    assert expected["case"] == "open"
    context, page, errors = new_page(browser, lang)
    held = []
    # The runtime's files wait until released, as on a slow network (the worker, the page's own files do not).
    context.route("**/assets/pyodide/**", lambda route: held.append(route))
    try:
        page.goto(site_url + OPTIONS[lang])
        data = questions(lang)
        for _ in range(len(data)):
            form = page.locator("form.calc-question")
            if page.locator("form.calc-check").count():
                break
            form.wait_for()
            question = data[form.get_attribute("data-question")]
            answer(page, question, ANSWERS[question["field"]])
        page.locator("form.calc-check button[type=submit]").click()
        early = page.locator('.calc-plan [data-source="ahead"]')
        early.wait_for(timeout=10_000)
        assert page.evaluate("window.Calc.engine.state") != "ready"
        assert early.get_attribute("data-file-by") == expected["by"]
        assert early.locator("time").get_attribute("datetime") == expected["by"]
        assert early.locator("time").inner_text() == expected["by_text"]  # written as the engine writes it
        assert early.locator(".calc-plan-text").inner_text() == expected["do"]
        assert early.locator(".calc-ahead").inner_text() == api.wording("ui.ahead-plan-note", lang)
        assert expected["by_text"] in page.locator(".calc-status").inner_text()
        assert page.locator(".calc-plan .calc-plan-steps").count() == 0  # the full plan is still to come
        assert held, "the runtime was not asked for"
        for route in held:
            route.continue_()
        context.unroute("**/assets/pyodide/**")
        full = page.locator('.calc-plan[data-source="engine"] [data-plan-first]')
        full.wait_for(timeout=BOOT)
        assert full.get_attribute("data-by") == expected["by"]
        assert page.locator(".calc-plan-ahead").count() == 0
        assert page.locator(".calc-plan .calc-plan-steps li").count() >= 1
        assert errors == []
    finally:
        context.close()


def test_answers_the_table_does_not_cover_wait_for_the_plan(browser, site_url):
    context, page, errors = new_page(browser, "en")
    context.route("**/assets/pyodide/**", lambda route: None)  # the runtime never arrives
    asked: list[str] = []
    page.on("requestfinished", lambda request: asked.append(request.url))
    several = {**ANSWERS, "grounds": ["misrepresentation", "security"]}  # several grounds: not worked out ahead
    try:
        page.goto(site_url + OPTIONS["en"])
        data = questions("en")
        for _ in range(len(data)):
            if page.locator("form.calc-check").count():
                break
            form = page.locator("form.calc-question")
            form.wait_for()
            question = data[form.get_attribute("data-question")]
            answer(page, question, several[question["field"]])
        page.locator("form.calc-check button[type=submit]").click()
        for _ in range(100):
            if any("plan-ahead.json" in url for url in asked):
                break
            page.wait_for_timeout(100)
        assert any("plan-ahead.json" in url for url in asked), "the table was not fetched"
        page.wait_for_timeout(1_000)
        assert page.locator(".calc-plan-ahead").count() == 0
        assert page.locator(".calc-status").inner_text() == api.wording("ui.plan-waiting", "en")
    finally:
        context.close()
