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
from date_entry import fill_date_entry

pytestmark = pytest.mark.browser

DEADLINE = "/calculators/deadline/"
OPTIONS = "/calculators/options/"
BOOT = 90_000  # ms: Pyodide boots in a few seconds, but a busy CI machine can be slow


def result_of(page):
    """The result once the engine's full answer is shown (a date ahead of time may come first)."""
    page.locator('.calc-result[data-source="engine"]').wait_for(state="visible", timeout=BOOT)
    return page.locator(".calc-result")


def open_deadline(recorded_page, site_url, fragment=""):
    page = recorded_page.page
    page.goto(site_url + DEADLINE + fragment)
    return page


# ------------------------------------------------------------------ deadline: a person's way


def test_reader_fills_the_deadline_form_and_sees_the_last_day_with_its_working(recorded_page, site_url):
    recorded_page.page.clock.install(time=dt.datetime(2026, 9, 20, 12, 0))  # the device's clock
    page = open_deadline(recorded_page, site_url)
    page.get_by_label("What do you want to do?").select_option(label="Federal Court: leave and judicial review")
    page.get_by_label("In Canada", exact=True).check()
    # One date entry, named by its label: day, the month by name, year (issue 20 item 7).
    date = page.get_by_role("group", name="Day you were notified of the decision")
    date.get_by_label("Day", exact=True).fill("15")
    date.get_by_label("Month", exact=True).select_option(label="September")
    date.get_by_label("Year", exact=True).fill("2026")
    date.get_by_label("Year", exact=True).press("Enter")

    result = result_of(page)
    # LAW: notified Tue 2026-09-15 in Canada; day 15 is Wed 2026-09-30, the National Day for
    # Truth and Reconciliation (IA s. 35(1)), so the last day is Thu 2026-10-01 (IA s. 26).
    assert result.get_attribute("data-last-day") == "2026-10-01"
    assert result.get_attribute("data-file-by") == "2026-10-01"
    # Act-by first, the days left under it, the date in the plan's words (issue 20 item 6).
    big = result.locator(".calc-big").first
    assert big.locator("xpath=ancestor::p").get_attribute("class") == "calc-file-by"
    assert big.get_attribute("datetime") == "2026-10-01"
    assert big.inner_text() == "Thu 1 Oct 2026"
    assert result.locator(".calc-days-left").inner_text() == "11 days left"
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
    assert "act by Thu 1 Oct 2026" in page.locator(".calc-status").inner_text()
    # The inputs stay out of the address (and so out of history); nothing went to a server.
    assert page.evaluate("location.hash") == ""
    assert "2026-09-15" not in page.url
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
    assert page.locator("#deadline-from-label").inner_text() == "Day your status ended"


def test_a_shared_link_computes_on_load_and_again_when_the_fragment_changes(recorded_page, site_url):
    page = open_deadline(recorded_page, site_url, "#remedy=judicial-review&from=2026-09-15&where=in-canada")
    result = result_of(page)
    assert page.evaluate("location.hash") == ""  # read, then removed from the address
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
            " return r && r.dataset.lastDay === day && r.dataset.source === 'engine'"
            " && document.querySelector('#deadline-remedy').value === remedy && location.hash === ''; }",
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
    date = page.locator("#deadline-from-day")
    assert date.get_attribute("aria-invalid") == "true"
    assert page.evaluate("document.activeElement.id") == "deadline-from-day"
    assert "deadline-from-error" in date.get_attribute("aria-describedby")


def test_a_half_typed_date_gets_a_plain_error_next_to_the_field(recorded_page, site_url):
    page = open_deadline(recorded_page, site_url)
    page.locator("#deadline-from-day").fill("15")
    page.locator("#deadline-from-month").select_option("09")  # day and month, no year
    page.locator("#deadline-from-day").press("Enter")
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
    fill_date_entry(page, "2026-09-15")
    page.get_by_role("button", name="Calculate").click()
    error = page.locator("#deadline-where-error")
    assert error.is_visible()
    assert error.inner_text() == "Choose where the decision was made."


# ------------------------------------------------------------------ calendar and print


def test_add_to_calendar_downloads_an_ics_file_for_the_file_by_date(recorded_page, site_url, tmp_path):
    page = recorded_page.page
    page.clock.install(time=dt.datetime(2026, 9, 20, 10, 0))  # the device's clock: reminders after it only
    page.goto(site_url + DEADLINE + "#remedy=judicial-review&from=2026-09-15&where=in-canada")
    result_of(page)
    with page.expect_download(timeout=BOOT) as download_info:
        page.get_by_role("button", name="Add to calendar").click()
    download = download_info.value
    expected = api.handle({"kind": "ics", "remedy": "judicial-review", "from": "2026-09-15", "where": "in-canada",
                           "today": "2026-09-20"})
    assert download.suggested_filename == expected["filename"]
    assert "judicial" not in download.suggested_filename  # a neutral name in the downloads list
    path = tmp_path / download.suggested_filename
    download.save_as(path)
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    events = [component for component in calendar.walk("VEVENT")]
    assert len(events) == 1
    event = events[0]
    assert event.decoded("DTSTART") == dt.date(2026, 10, 1)
    assert str(event.get("SUMMARY")) == "Immigration deadline"
    # Neutral on a shared calendar: the dates and the link back, not the provision or the notice date.
    assert "IRPA" not in str(event.get("DESCRIPTION")) and "15 Sep" not in str(event.get("DESCRIPTION"))
    assert site_url + DEADLINE in str(event.get("DESCRIPTION"))
    alarms = [component for component in event.walk("VALARM")]
    assert alarms and all(alarm.decoded("TRIGGER") < dt.timedelta(0) for alarm in alarms)
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
    assert page.locator(".calc-noscript").is_visible()
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
    page.get_by_role("button", name="Copy a link to this result").click()
    problems += [f"deadline link: {line}" for line in _axe_blocking(page)]
    context.close()
    assert problems == []


# ------------------------------------------------------------------ private by default (issue 14)


def _history_urls(page) -> list[str]:
    """Every entry of the tab's session history, as the browser keeps it (CDP)."""
    cdp = page.context.new_cdp_session(page)
    return [entry["url"] for entry in cdp.send("Page.getNavigationHistory")["entries"]]


def _fill_and_calculate(page, day="2026-09-15", remedy="judicial-review"):
    page.get_by_label("What do you want to do?").select_option(remedy)
    fill_date_entry(page, day)
    page.get_by_role("button", name="Calculate").click()
    return result_of(page)


def test_inputs_never_enter_the_address_or_the_history(recorded_page, site_url):
    # Issue 14.1: before, Calculate wrote #remedy=…&from=… into the address (and history).
    page = open_deadline(recorded_page, site_url)
    before = len(_history_urls(page))
    _fill_and_calculate(page)
    assert page.evaluate("location.hash") == ""
    history = _history_urls(page)
    assert len(history) == before
    assert not [url for url in history if "2026-09-15" in url or "judicial-review" in url]
    # The inputs do not linger in storage either (form restoration is off too).
    assert page.locator("form.calc-form").get_attribute("autocomplete") == "off"


def test_an_incoming_link_is_read_then_removed_from_the_address_and_history(recorded_page, site_url):
    page = open_deadline(recorded_page, site_url, "#remedy=judicial-review&from=2026-09-15&where=in-canada")
    result = result_of(page)
    assert result.get_attribute("data-last-day") == "2026-10-01"
    assert page.url == site_url + DEADLINE
    assert not [url for url in _history_urls(page) if "from=" in url]


def test_copy_link_puts_the_answers_in_a_fragment_only_on_request(browser, site_url):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.goto(site_url + DEADLINE)
    _fill_and_calculate(page)
    assert page.evaluate("location.hash") == ""
    note = page.locator(".calc-copy .calc-note")
    assert "holds your answers" in note.inner_text()
    page.get_by_role("button", name="Copy a link to this result").click()
    page.wait_for_function("() => document.querySelector('.calc-status').textContent.includes('copied')")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied == site_url + DEADLINE + "#remedy=judicial-review&from=2026-09-15&where=in-canada"
    assert page.evaluate("location.hash") == "" and "2026-09-15" not in page.url
    # The copied link gives the same date to whoever opens it, and is then cleared from their address.
    page.goto(copied)
    assert result_of(page).get_attribute("data-last-day") == "2026-10-01"
    assert page.url == site_url + DEADLINE
    context.close()


def test_a_changed_input_clears_the_result(recorded_page, site_url):
    # Issue 14.5: an old result stayed on screen after the inputs changed.
    page = open_deadline(recorded_page, site_url)
    result = _fill_and_calculate(page)
    assert result.is_visible()
    fill_date_entry(page, "2026-09-16")
    assert result.is_hidden()
    assert result.get_attribute("data-last-day") is None
    _fill_and_calculate(page, "2026-09-16")
    page.get_by_label("Outside Canada", exact=True).check()
    assert result.is_hidden()


@pytest.fixture(scope="module")
def bfcache_browser(browser):
    """Chromium with the back-forward cache on (Playwright turns it off by default)."""
    from scripts.local_site import CHROMIUM, CHROMIUM_ARGS

    chromium = browser.browser_type.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS,
                                           ignore_default_args=["--disable-back-forward-cache"])
    yield chromium
    chromium.close()


PAGESHOW = "window.addEventListener('pageshow', (e) => { window.__restored = e.persisted; });"


@pytest.mark.parametrize("cache", ["bfcache", "no bfcache"])
def test_back_after_leaving_shows_an_empty_form_and_no_result(browser, bfcache_browser, site_url, cache):
    # Issue 14.3: Esc (quick exit) or any link away, then Back, showed the filled form and the result.
    chromium = bfcache_browser if cache == "bfcache" else browser
    context = chromium.new_context()
    page = context.new_page()
    page.add_init_script(PAGESHOW)
    page.goto(site_url + DEADLINE)
    default = page.get_by_label("What do you want to do?").input_value()
    _fill_and_calculate(page, remedy="restoration")
    page.goto(site_url + "/about/")
    page.go_back(wait_until="commit")
    page.wait_for_function("() => window.__restored !== undefined")
    assert page.evaluate("window.__restored") is (cache == "bfcache")  # the path this case tests was taken
    assert page.locator("#deadline-from").input_value() == ""
    assert page.get_by_label("What do you want to do?").input_value() == default != "restoration"
    assert page.locator(".calc-result").is_hidden()
    assert page.locator(".calc-result").inner_text() == ""
    assert page.locator(".calc-status").inner_text() == ""
    context.close()


@pytest.mark.parametrize("typed", ["2025-06-15"])  # more than a year ago
def test_a_wrong_year_is_warned_about_with_the_device_date(recorded_page, site_url, typed):
    # Issue 14.6: a wrong year silently gave a wrong date. The page sends the device's date as
    # `today`; the engine words the warning; the page shows what it says. A year late (2027 typed
    # for 2026) is now a day after today: the page refuses it before asking (issue 20 item 7, below).
    page = recorded_page.page
    page.clock.install(time=dt.datetime(2026, 9, 20, 10, 0))
    page.goto(site_url + DEADLINE)
    result = _fill_and_calculate(page, typed)
    request = {"kind": "deadline", "remedy": "judicial-review", "from": typed, "where": "in-canada"}
    with_today = api.handle({**request, "today": "2026-09-20"})
    without = api.handle(request)
    future = [line for line in with_today["warnings"] if line not in without["warnings"]]
    assert future, "the engine gives no warning for this start date"
    assert "Check the year" in " ".join(future)
    shown = result.locator(".admonition.warning li").all_inner_texts()
    assert shown == with_today["warnings"]
    # Readers abroad: IRCC dates its emails in Canada's time.
    assert "Canada's time" in page.locator(".calc-canada-time").inner_text()


# ------------------------------------------------------------------ never stuck (issue 14.4)


def _failed(page):
    page.wait_for_selector('[data-calculator="deadline"][data-engine="failed"]', timeout=BOOT)
    failed = page.locator(".calc-failed")
    assert "could not start" in failed.inner_text()
    assert failed.get_by_role("link", name="How to count by hand").get_attribute("href") == "#count-by-hand"
    assert failed.get_by_role("button", name="Try again").is_visible()
    assert page.locator("#count-by-hand").is_visible()


def test_an_aborted_runtime_download_fails_plainly_with_the_count_by_hand(recorded_page, site_url):
    page = recorded_page.page
    page.context.route("**/pyodide.asm.wasm", lambda route: route.abort())
    page.goto(site_url + DEADLINE)
    _failed(page)


def test_a_broken_runtime_that_cannot_start_fails_plainly(recorded_page, site_url):
    # As when WebAssembly cannot start (a cheap phone out of memory): the binary does not instantiate.
    page = recorded_page.page
    page.context.route("**/pyodide.asm.wasm", lambda route: route.fulfill(
        status=200, body=b"\0asm\x01\0\0\0broken", headers={"Content-Type": "application/wasm"}))
    page.goto(site_url + DEADLINE)
    _failed(page)


def test_a_stalled_runtime_download_fails_after_the_watchdog_and_can_be_retried(recorded_page, site_url):
    page = recorded_page.page
    stalled = []
    # The request is held, never answered: no byte arrives, as on a dead connection.
    page.context.route("**/pyodide.asm.wasm", lambda route: stalled.append(route))
    page.clock.install(time=dt.datetime(2026, 9, 20, 10, 0))
    page.goto(site_url + DEADLINE)
    fill_date_entry(page, "2026-09-15")
    page.get_by_role("button", name="Calculate").click()
    for _ in range(100):
        if stalled:
            break
        page.wait_for_timeout(100)
    assert stalled, "the runtime download never started"
    assert page.locator('[data-calculator="deadline"]').get_attribute("data-engine") == "loading"
    page.clock.run_for(31_000)  # past the stall watchdog
    _failed(page)
    assert "count by hand" in page.locator(".calc-status").inner_text()
    # The connection is back: Try again starts the engine anew and the result comes.
    page.context.unroute("**/pyodide.asm.wasm")
    page.get_by_role("button", name="Try again").click()
    page.get_by_role("button", name="Calculate").click()
    page.wait_for_selector('[data-calculator="deadline"][data-engine="ready"]', timeout=BOOT)
    assert result_of(page).get_attribute("data-last-day") == "2026-10-01"


def test_when_no_calculator_script_runs_the_page_still_says_how_to_count(recorded_page, site_url):
    page = recorded_page.page
    page.context.route("**/assets/calculators/*.js", lambda route: route.abort())
    page.goto(site_url + DEADLINE)
    fallback = page.locator(".calc-fallback")
    assert fallback.is_visible()
    assert fallback.get_by_role("link", name="steps to count by hand").get_attribute("href") == "#count-by-hand"


# ------------------------------------------------------------------ the date ahead of time (issue 16.1)


def test_the_date_shows_ahead_of_time_then_the_full_answer_replaces_it(recorded_page, site_url, built_site):
    import json

    answers = json.loads((built_site / "assets" / "calculators" / "answers.json").read_text(encoding="utf-8"))
    first = dt.date.fromisoformat(answers["first"])
    day = (first + dt.timedelta(days=answers["days"] - 90)).isoformat()  # inside the window, before today
    expected = api.handle({"kind": "deadline", "remedy": "judicial-review", "from": day, "where": "in-canada"})
    page = recorded_page.page
    release = []
    # Hold the runtime until the early date has been seen, as on a slow phone network.
    page.context.route("**/pyodide.asm.wasm", lambda route: release.append(route))
    page.goto(site_url + DEADLINE)
    fill_date_entry(page, day)
    page.get_by_role("button", name="Calculate").click()
    early = page.locator('.calc-result[data-source="ahead"]')
    early.wait_for(state="visible", timeout=10_000)
    assert early.get_attribute("data-last-day") == expected["last_day"]
    assert early.get_attribute("data-file-by") == expected["file_by"]
    assert "ahead of time" in early.locator(".calc-ahead").inner_text()
    assert early.locator("ol.calc-steps").count() == 0  # the steps are the engine's, still on their way
    for _ in range(100):
        if release:
            break
        page.wait_for_timeout(100)
    release[0].continue_()
    full = result_of(page)
    assert full.get_attribute("data-last-day") == expected["last_day"]
    assert full.locator("ol.calc-steps li").count() == len(expected["steps"])
    assert full.locator(".calc-ahead").count() == 0


@pytest.mark.parametrize("lang", ["es", "ar"])
def test_a_date_ahead_of_time_is_written_as_the_engine_writes_it_in_the_page_language(recorded_page, site_url,
                                                                                       built_site, lang):
    # Issue 22: before the runtime arrives the page writes the precomputed date itself; in Spanish or
    # Arabic it must be the engine's own words (CLDR, Latin digits), not the browser's English.
    import json

    from calculators.messages import format_date

    answers = json.loads((built_site / "assets" / "calculators" / "answers.json").read_text(encoding="utf-8"))
    day = (dt.date.fromisoformat(answers["first"]) + dt.timedelta(days=answers["days"] - 90)).isoformat()  # before today
    expected = api.handle({"kind": "deadline", "remedy": "judicial-review", "from": day, "where": "in-canada",
                           "lang": lang})
    page = recorded_page.page
    page.context.route("**/pyodide.asm.wasm", lambda route: None)  # the runtime never arrives
    page.goto(f"{site_url}/{lang}{DEADLINE}")
    fill_date_entry(page, day)
    page.locator("form.calc-form button[type=submit], form button[type=submit]").first.click()
    early = page.locator('.calc-result[data-source="ahead"]')
    early.wait_for(state="visible", timeout=10_000)
    written = format_date(dt.date.fromisoformat(expected["last_day"]), lang)
    expect(page.locator("body")).to_contain_text(written, timeout=5_000)


@pytest.mark.parametrize("path, month, future", [
    ("/calculators/deadline/", "September", "This date is after today"),
    ("/fr/calculators/deadline/", "septembre", "Cette date est après aujourd'hui")])
def test_the_date_is_day_month_by_name_and_year_and_a_future_date_is_refused(recorded_page, site_url, path, month, future):
    """Issue 20 item 7: the interview's date entry, not the browser's (mm/dd/yyyy in some places), in
    the page's language; a day after today cannot be the day the decision came."""
    from calculators.messages import say

    page = recorded_page.page
    page.goto(site_url + path)
    form = page.locator("article form.calc-form")
    form.wait_for(state="visible")
    assert form.locator('input[type="date"]').count() == 0
    assert form.locator('[data-part="month"] option').nth(9).inner_text() == month
    lang = "fr" if "/fr/" in path else "en"
    assert future in say("interview.check.date-future", lang)
    page.clock.install(time=dt.datetime(2026, 9, 20, 10, 0))
    page.goto(site_url + path)
    form.wait_for(state="visible")
    fill_date_entry(form, "2027-09-15")  # a year late: after the device's today
    form.locator("button[type=submit]").click()
    error = page.locator("#deadline-from-error")
    error.wait_for(state="visible")
    assert error.inner_text() == say("interview.check.date-future", lang)
    assert page.locator(".calc-result").is_hidden()
