"""The calculator pages in headless Chromium: a reader fills the forms, opens shared links,
downloads the calendar file and prints; Pyodide runs the real engine from the built site.

Expected dates come from the law (law/FACTS.md worked examples) and, for the rest, from
the same engine under CPython: the page must show what `calculators.api` says.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import icalendar
import pytest
from playwright.sync_api import expect

from calculators import api

pytestmark = pytest.mark.browser

DEADLINE = "/calculators/deadline/"
OPTIONS = "/calculators/options/"
BOOT = 90_000  # ms: Pyodide boots in a few seconds, but a busy CI machine can be slow


def result_of(page):
    result = page.locator(".calc-result")
    result.wait_for(state="visible", timeout=BOOT)
    return result


def open_deadline(recorded_page, site_url, fragment=""):
    page = recorded_page.page
    page.goto(site_url + DEADLINE + fragment)
    return page


# ------------------------------------------------------------------ deadline: a person's way


def test_reader_fills_the_deadline_form_and_sees_the_last_day_with_its_working(recorded_page, site_url):
    page = open_deadline(recorded_page, site_url)
    page.get_by_label("What do you want to do?").select_option(label="Federal Court: leave and judicial review")
    page.get_by_label("In Canada", exact=True).check()
    date = page.get_by_label("Day you were notified of the decision")
    date.focus()  # tabbing in puts the caret on the month: the reader types month, day, year (en-US)
    date.press_sequentially("09152026")
    date.press("Enter")

    result = result_of(page)
    # LAW: notified Tue 2026-09-15 in Canada; day 15 is Wed 2026-09-30, the National Day for
    # Truth and Reconciliation (IA s. 35(1)), so the last day is Thu 2026-10-01 (IA s. 26).
    assert result.get_attribute("data-last-day") == "2026-10-01"
    assert result.get_attribute("data-file-by") == "2026-10-01"
    big = result.locator(".calc-last-day .calc-big")
    assert big.get_attribute("datetime") == "2026-10-01"
    assert "October 1, 2026" in big.inner_text() and "Thursday" in big.inner_text()
    steps = result.locator("ol.calc-steps li")
    assert steps.count() >= 2
    assert "National Day for Truth and Reconciliation" in result.locator("ol.calc-steps").inner_text()
    law = result.locator("ul.calc-citations a")
    assert law.count() >= 1
    assert all(
        (law.nth(i).get_attribute("href") or "").startswith("https://laws-lois.justice.gc.ca/") for i in range(law.count())
    )
    assert "IRPA s. 72(2)(b)" in result.locator("ul.calc-citations").inner_text()
    # Focus moves to the result, and the live region says the date in words.
    assert page.evaluate("document.activeElement.classList.contains('calc-result')")
    assert "October 1, 2026" in page.locator(".calc-status").inner_text()
    # The inputs are in the fragment, to bookmark or share; nothing went to a server.
    assert page.evaluate("location.hash") == "#remedy=judicial-review&from=2026-09-15&where=in-canada"
    assert recorded_page.console_errors == []


def test_a_saturday_last_day_gives_an_earlier_file_by_date_and_a_possible_later_one(recorded_page, site_url):
    page = open_deadline(recorded_page, site_url, "#remedy=judicial-review&from=2026-07-03&where=in-canada")
    result = result_of(page)
    # LAW (FACTS.md): notified Fri 2026-07-03 in Canada -> last day Sat 2026-07-18, file by
    # Fri 2026-07-17 (FCR r. 71.1(3)), may extend to Mon 2026-07-20 (probable, not relied on).
    assert result.get_attribute("data-last-day") == "2026-07-18"
    assert result.get_attribute("data-file-by") == "2026-07-17"
    assert result.locator(".calc-file-by time").get_attribute("datetime") == "2026-07-17"
    assert result.locator(".calc-extend time").get_attribute("datetime") == "2026-07-20"
    assert "Do not count on it" in result.locator(".calc-extend").inner_text()


def test_outside_canada_is_hidden_for_remedies_that_do_not_need_it(recorded_page, site_url):
    page = open_deadline(recorded_page, site_url)
    where = page.locator('[data-field="where"]')
    assert where.is_visible()
    page.get_by_label("What do you want to do?").select_option("restoration")
    assert where.is_hidden()
    assert page.locator('label[for="deadline-from"]').inner_text() == "Day your status ended"


def test_a_shared_link_computes_on_load_and_again_when_the_fragment_changes(recorded_page, site_url):
    page = open_deadline(recorded_page, site_url, "#remedy=judicial-review&from=2026-09-15&where=in-canada")
    result = result_of(page)
    assert result.get_attribute("data-last-day") == "2026-10-01"
    assert page.get_by_label("What do you want to do?").input_value() == "judicial-review"
    assert page.locator("#deadline-from").input_value() == "2026-09-15"

    cases = [
        {"remedy": "judicial-review", "from": "2025-10-31", "where": "outside-canada"},
        {"remedy": "restoration", "from": "2026-09-15"},
        {"remedy": "iad-sponsorship", "from": "2026-12-01"},
        {"remedy": "applicants-record", "from": "2025-12-10"},
    ]
    for case in cases:
        expected = api.handle({"kind": "deadline", **case})
        fragment = "&".join(f"{key}={value}" for key, value in case.items())
        page.evaluate("(hash) => { location.hash = hash; }", fragment)
        page.wait_for_function(
            "([day, remedy]) => { const r = document.querySelector('.calc-result');"
            " return r && r.dataset.lastDay === day && document.querySelector('#deadline-remedy').value === remedy; }",
            arg=[expected["last_day"], case["remedy"]],
            timeout=BOOT,
        )
        assert result.get_attribute("data-file-by") == expected["file_by"]
        assert result.locator("ol.calc-steps li").count() == len(expected["steps"])
    # LAW (FACTS.md): notified Fri 2025-10-31, abroad -> day 60 is Tue 2025-12-30 (recess not skipped);
    # FCIR r. 10 record after filing on 2025-12-10 -> Tue 2026-01-27 (recess skipped).
    assert api.handle({"kind": "deadline", **cases[0]})["last_day"] == "2025-12-30"
    assert api.handle({"kind": "deadline", **cases[3]})["last_day"] == "2026-01-27"
    assert recorded_page.console_errors == []


def test_a_heading_anchor_is_not_read_as_calculator_inputs(recorded_page, site_url):
    page = open_deadline(recorded_page, site_url, "#count-by-hand")
    page.wait_for_selector('[data-calculator="deadline"][data-engine="ready"]', timeout=BOOT)
    assert page.locator(".calc-result").is_hidden()
    assert page.locator(".calc-error:visible").count() == 0


# ------------------------------------------------------------------ untrusted input


def test_a_hostile_fragment_is_shown_as_text_and_runs_nothing(recorded_page, site_url):
    page = recorded_page.page
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    hostile = "<img src=x onerror=alert(1)>"
    page.goto(site_url + DEADLINE + "#remedy=" + hostile + "&from=<script>alert(2)</script>&where=in-canada")
    error = page.locator("#deadline-remedy-error")
    error.wait_for(state="visible", timeout=BOOT)
    assert hostile in error.inner_text()
    assert "<script>alert(2)</script>" in page.locator("#deadline-from-error").inner_text()
    page.wait_for_selector('[data-calculator="deadline"][data-engine="ready"]', timeout=BOOT)
    page.wait_for_timeout(300)
    assert dialogs == []
    assert page.locator("img[src='x']").count() == 0
    assert page.locator("article script:not([src])").count() == 0
    assert page.locator(".calc-result").is_hidden()


def test_an_empty_date_gets_a_plain_error_next_to_the_field(recorded_page, site_url):
    page = open_deadline(recorded_page, site_url)
    page.get_by_role("button", name="Calculate").click()
    error = page.locator("#deadline-from-error")
    assert error.is_visible()
    assert error.inner_text().startswith("Enter the date")
    date = page.locator("#deadline-from")
    assert date.get_attribute("aria-invalid") == "true"
    assert page.evaluate("document.activeElement.id") == "deadline-from"
    assert "deadline-from-error" in date.get_attribute("aria-describedby")


def test_a_half_typed_date_gets_a_plain_error_next_to_the_field(recorded_page, site_url):
    page = open_deadline(recorded_page, site_url)
    date = page.locator("#deadline-from")
    date.focus()
    date.press_sequentially("0915")  # month and day, no year
    date.press("Enter")
    error = page.locator("#deadline-from-error")
    assert error.is_visible()
    assert "not complete" in error.inner_text()
    assert page.locator(".calc-result").is_hidden()


def test_an_impossible_date_in_a_link_gets_a_plain_error_next_to_the_field(recorded_page, site_url):
    page = open_deadline(recorded_page, site_url, "#remedy=restoration&from=2026-02-30")
    error = page.locator("#deadline-from-error")
    error.wait_for(state="visible", timeout=BOOT)
    assert "2026-02-30" in error.inner_text() and "not a real date" in error.inner_text()


def test_the_engine_error_for_a_missing_where_is_shown_next_to_that_field(recorded_page, site_url):
    page = open_deadline(recorded_page, site_url)
    page.wait_for_selector('[data-calculator="deadline"][data-engine="ready"]', timeout=BOOT)
    page.evaluate("() => document.querySelectorAll('input[name=where]').forEach((r) => { r.checked = false; })")
    page.locator("#deadline-from").fill("2026-09-15")
    page.get_by_role("button", name="Calculate").click()
    error = page.locator("#deadline-where-error")
    assert error.is_visible()
    assert error.inner_text() == "Choose where the decision was made."


# ------------------------------------------------------------------ calendar and print


def test_add_to_calendar_downloads_an_ics_file_for_the_file_by_date(recorded_page, site_url, tmp_path):
    page = open_deadline(recorded_page, site_url, "#remedy=judicial-review&from=2026-09-15&where=in-canada")
    result_of(page)
    with page.expect_download(timeout=BOOT) as download_info:
        page.get_by_role("button", name="Add to calendar").click()
    download = download_info.value
    assert download.suggested_filename == "immigration-deadline-2026-10-01.ics"  # neutral name (issue 14 item 7)
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    events = [component for component in calendar.walk("VEVENT")]
    assert len(events) == 1
    event = events[0]
    assert event.decoded("DTSTART") == dt.date(2026, 10, 1)
    assert "IRPA s. 72(2)(b)" in str(event.get("DESCRIPTION"))
    alarms = [component for component in event.walk("VALARM")]
    assert alarms and alarms[0].decoded("TRIGGER") < dt.timedelta(0)  # a reminder before the day
    assert "downloaded" in page.locator(".calc-status").inner_text()
    assert recorded_page.console_errors == []


def test_print_shows_the_result_and_not_the_form(recorded_page, site_url):
    page = open_deadline(recorded_page, site_url, "#remedy=judicial-review&from=2026-09-15&where=in-canada")
    result_of(page)
    page.evaluate("() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; }")
    page.get_by_role("button", name="Print").click()
    assert page.evaluate("window.__printed") == 1
    page.emulate_media(media="print")
    assert page.locator("form.calc-form").is_hidden()
    assert page.locator(".calc-actions").is_hidden()
    assert page.locator(".calc-result").is_visible()
    assert page.locator("#time-limits").is_hidden()  # only the result is printed
    assert page.locator(".md-header").is_hidden()


# ------------------------------------------------------------------ options


def test_reader_answers_the_options_questions_and_sees_each_option(recorded_page, site_url):
    page = recorded_page.page
    page.goto(site_url + OPTIONS)
    assert page.locator('[data-field="relationship"]').is_hidden()
    page.get_by_label("What did you apply for?").select_option(label="To extend my stay in Canada (as a visitor, student or worker)")
    page.get_by_label("In Canada", exact=True).check()
    page.get_by_label("Misrepresentation (false, misleading or missing information)").check()
    status_lost = page.get_by_label("If your status in Canada has ended: the day it ended")
    assert status_lost.is_visible()
    status_lost.focus()
    status_lost.press_sequentially("09152026")
    notified = page.get_by_label("The day you got the decision")
    notified.focus()
    notified.press_sequentially("09152026")
    notified.press("Enter")

    result = result_of(page)
    expected = api.handle({
        "kind": "options", "application": "extension", "decided": "in-canada", "notified": "2026-09-15",
        "grounds": ["misrepresentation"], "status_lost": "2026-09-15",
    })
    for option in expected["options"]:
        shown = result.locator(f'.calc-option[data-remedy="{option["remedy"]}"]')
        assert shown.count() == 1, option["remedy"]
        assert shown.get_attribute("data-available") == str(option["available"]).lower()
        assert shown.get_attribute("data-last-day") == option["last_day"]
    jr = result.locator('.calc-option[data-remedy="judicial-review"]')
    assert jr.get_attribute("data-last-day") == "2026-10-01"  # LAW: as in the deadline example
    link = jr.locator("a", has_text="See how this date is counted")
    assert link.get_attribute("href") == "../deadline/#remedy=judicial-review&from=2026-09-15&where=in-canada"
    assert page.evaluate("document.activeElement.classList.contains('calc-result')")
    # Sensitive answers (grounds) never go into the address.
    assert page.evaluate("location.hash") == ""
    assert recorded_page.console_errors == []


def test_sponsorship_asks_who_was_sponsored_and_shows_the_iad_appeal(recorded_page, site_url):
    page = recorded_page.page
    page.goto(site_url + OPTIONS)
    page.get_by_label("What did you apply for?").select_option("sponsorship")
    page.get_by_label("Outside Canada", exact=True).check()
    assert page.locator('[data-field="status_lost"]').is_hidden()
    page.get_by_label("Who did you sponsor?").select_option(label="My spouse")
    page.locator("#options-notified").fill("2026-03-02")
    page.get_by_role("button", name="Show my options").click()
    result = result_of(page)
    expected = api.handle({
        "kind": "options", "application": "sponsorship", "decided": "outside-canada", "notified": "2026-03-02",
        "grounds": [], "relationship": "spouse",
    })
    iad = next(option for option in expected["options"] if option["remedy"] == "iad-appeal")
    shown = result.locator('.calc-option[data-remedy="iad-appeal"]')
    assert shown.get_attribute("data-available") == str(iad["available"]).lower()
    assert shown.get_attribute("data-last-day") == iad["last_day"]
    # The link reproduces the engine's own request: the IAD sponsorship limit, not the court's.
    link = shown.locator("a", has_text="See how this date is counted")
    assert link.get_attribute("href") == "../deadline/#remedy=iad-sponsorship&from=2026-03-02"
    link.click()
    page.wait_for_url("**/calculators/deadline/#remedy=iad-sponsorship*")
    expect(page.locator(".calc-result")).to_have_attribute("data-last-day", iad["last_day"], timeout=BOOT)


def test_options_form_says_what_is_missing_next_to_each_field(recorded_page, site_url):
    page = recorded_page.page
    page.goto(site_url + OPTIONS)
    page.get_by_role("button", name="Show my options").click()
    assert page.locator("#options-application-error").inner_text() == "Choose what you applied for."
    assert page.locator("#options-decided-error").inner_text() == "Choose where the decision was made."
    assert page.locator("#options-notified-error").inner_text() == "Enter the date you got the decision."
    assert page.evaluate("document.activeElement.id") == "options-application"


# ------------------------------------------------------------------ loading, privacy, no JavaScript


def test_the_calculator_page_starts_pyodide_after_first_paint_and_shows_progress(recorded_page, site_url):
    page = recorded_page.page
    page.goto(site_url + DEADLINE)
    widget = page.locator('[data-calculator="deadline"]')
    page.wait_for_selector('[data-calculator="deadline"][data-engine="ready"]', timeout=BOOT)
    assert "ready" in page.locator(".calc-progress").inner_text()
    assert any(url.endswith("/assets/pyodide/pyodide.asm.wasm") for url in recorded_page.requests)
    assert any(re.search(r"/assets/pyodide/calculators-[^/]+\.whl\?v=[0-9a-f]{12}$", url) for url in recorded_page.requests)
    assert widget.get_attribute("data-engine") == "ready"
    assert recorded_page.console_errors == []


def test_every_request_of_a_calculator_page_goes_to_the_site_itself(recorded_page, site_url):
    page = open_deadline(recorded_page, site_url, "#remedy=judicial-review&from=2026-09-15&where=in-canada")
    result_of(page)
    page.wait_for_load_state("networkidle")
    # The worker's requests are recorded too (the runtime is fetched by the worker).
    assert any("/assets/pyodide/python_stdlib.zip" in url for url in recorded_page.requests)
    assert recorded_page.foreign_requests(site_url) == []


@pytest.mark.parametrize("path", ["/", "/remedies/judicial-review/", "/start-here/"])
def test_guide_pages_load_no_pyodide_byte(recorded_page, site_url, path):
    page = recorded_page.page
    page.goto(site_url + path, wait_until="networkidle")
    page.wait_for_timeout(1500)  # long enough for any deferred start to have fired
    assert recorded_page.requests
    assert [url for url in recorded_page.requests if "/assets/pyodide/" in url or "/assets/calculators/" in url] == []
    assert page.locator("script[src*='calculators']").count() == 0


def test_a_failed_load_says_so_plainly_and_keeps_the_table(recorded_page, site_url):
    page = recorded_page.page
    # As if the network dropped: the worker script cannot be fetched.
    page.route("**/assets/calculators/worker.js", lambda route: route.abort())
    page.goto(site_url + DEADLINE + "#remedy=judicial-review&from=2026-09-15&where=in-canada")
    failed = page.locator(".calc-failed")
    failed.wait_for(state="visible", timeout=BOOT)
    assert "could not start" in failed.inner_text()
    assert "Nothing you typed was sent anywhere" in failed.inner_text()
    assert "count by hand" in page.locator(".calc-status").inner_text()
    assert page.locator("table", has_text="IRPA s. 72(2)(b)").is_visible()
    assert page.get_by_role("button", name="Try again").is_visible()


def test_without_javascript_the_page_still_gives_the_time_limits_and_how_to_count(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(site_url + DEADLINE)
    assert "needs JavaScript" in page.locator(".calc-noscript").inner_text()
    assert page.locator("form.calc-form").is_hidden()
    table = page.locator("table", has_text="IRPA s. 72(2)(b)")
    assert table.is_visible()
    limit = api.handle({"kind": "deadline", "remedy": "judicial-review", "from": "2026-09-15", "where": "in-canada"})
    assert f"{limit['length']} {limit['unit']}" in table.inner_text()
    assert page.locator("#count-by-hand").is_visible()
    assert page.locator("table", has_text="Good Friday").is_visible()
    assert [url for url in requests if "/assets/pyodide/" in url] == []
    context.close()


# ------------------------------------------------------------------ accessibility of the live states

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"


def _axe_blocking(page) -> list[str]:
    if not AXE.is_file():
        pytest.fail(f"{AXE} is missing: run `npm ci` (make test does)")
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        """() => axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']},
                                    resultTypes: ['violations']})"""
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — " + ", ".join(" ".join(map(str, n["target"])) for n in v["nodes"][:3])
        for v in result["violations"] if v["impact"] in ("serious", "critical")
    ]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_results_and_errors_pass_axe(browser, site_url, scheme):
    context = browser.new_context(bypass_csp=True, color_scheme=scheme)
    page = context.new_page()
    page.goto(site_url + DEADLINE + "#remedy=judicial-review&from=2026-07-03&where=in-canada")
    result_of(page)
    problems = [f"deadline result: {line}" for line in _axe_blocking(page)]
    page.goto(site_url + OPTIONS)
    page.get_by_role("button", name="Show my options").click()
    problems += [f"options errors: {line}" for line in _axe_blocking(page)]
    page.get_by_label("What did you apply for?").select_option("sponsorship")
    page.get_by_label("Outside Canada", exact=True).check()
    page.locator("#options-notified").fill("2026-03-02")
    page.get_by_role("button", name="Show my options").click()
    page.locator(".calc-option").first.wait_for(timeout=BOOT)
    problems += [f"options result: {line}" for line in _axe_blocking(page)]
    context.close()
    assert problems == []
