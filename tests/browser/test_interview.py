"""The options page in headless Chromium: the engine's interview, one question per screen, then
the plan (issue 12), private and never stuck (issue 14).

Every refusal kind the interview knows is walked twice through the real page, on a phone and a
desktop, in English and French: once answering "I don't know" wherever the data offers it, once
with known answers. The questions asked, and the plan's dates, must be the engine's own
(`calculators.interview.asked`, `calculators.api.handle({"kind": "plan"})`) for the same
answers and the same device date (a fixed clock in the page).
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

import icalendar
import pytest

from calculators import api, interview
from calculators.messages import say

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "quality"))
from axe import blocking, run_axe  # noqa: E402 - tests/quality/axe.py, shared with the quality gates

pytestmark = pytest.mark.browser

OPTIONS = {"en": "/calculators/options/", "fr": "/fr/calculators/options/"}
BOOT = 90_000
TODAY = "2026-09-20"
CLOCK = dt.datetime(2026, 9, 20, 12, 0)  # the device's clock: noon, so no time zone moves the day
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}
DESKTOP = {"viewport": {"width": 1280, "height": 900}}
KINDS = [choice["value"] for choice in interview.interview()["questions"][0]["choices"]]
NOTIFIED = "2026-09-15"


def questions(lang="en") -> dict:
    return {question["id"]: question for question in api.handle({"kind": "interview", "lang": lang})["questions"]}


def dont_know(question: dict, kind: str):
    """'I don't know' wherever the question offers it; the decision date otherwise."""
    if question["field"] == "application":
        return kind
    if question["unknown"]:
        return [question["unknown"]] if question["type"] == "multi" else question["unknown"]
    if question["type"] == "date":
        return NOTIFIED
    return question["choices"][0]["value"]


def known(question: dict, kind: str):
    """A definite answer: the first real choice (for grounds: misrepresentation), and dates."""
    if question["field"] == "application":
        return kind
    if question["type"] == "date":
        return NOTIFIED
    values = [c["value"] for c in question["choices"] if c["value"] not in (question["unknown"], "none", "other")]
    if question["field"] == "province":
        values = ["on"]
    return [values[0]] if question["type"] == "multi" else values[0]


def new_page(browser, lang="en", device=PHONE, **options):
    options.setdefault("locale", "fr-CA" if lang == "fr" else "en-CA")
    context = browser.new_context(timezone_id="America/Toronto", **device, **options)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda msg: msg.type == "error" and errors.append(msg.text))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.clock.install(time=CLOCK)
    return context, page, errors


def answer(page, question: dict, value) -> None:
    form = page.locator("form.calc-question")
    if question["type"] == "date":
        if value == question["unknown"]:
            form.locator('input[type="checkbox"]').check()
        else:
            fill_date(form, value)
    else:
        for item in value if isinstance(value, list) else [value]:
            form.locator(f'input[value="{item}"]').check()
    form.locator('button[type="submit"]').click()


def fill_date(form, value: str) -> None:
    """A date question's three parts: day, month (chosen by name), year."""
    year, month, day = value.split("-")
    form.locator('[data-part="day"]').fill(str(int(day)))
    form.locator('[data-part="month"]').select_option(month)
    form.locator('[data-part="year"]').fill(year)


def walk(page, lang: str, kind: str, policy) -> dict:
    """Answers every question the page shows until the check page; returns the answers by field."""
    data = questions(lang)
    answers: dict = {}
    for _ in range(len(data) + 1):
        if page.locator("form.calc-check").count():
            return answers
        form = page.locator("form.calc-question")
        form.wait_for()
        question = data[form.get_attribute("data-question")]
        # One question per screen, its heading focused, with its hint.
        assert page.locator("form.calc-question").count() == 1
        assert page.evaluate("document.activeElement.matches('[data-heading]')") or not answers
        assert form.locator(".calc-hint").first.inner_text() == question["hint"]
        value = policy(question, kind)
        answers[question["field"]] = value
        answer(page, question, value)
    raise AssertionError("the interview never reached the check page")


def expected_plan(answers: dict, lang: str) -> dict:
    _, kept = interview.asked(answers)
    return api.handle({"kind": "plan", **kept, "today": TODAY, "lang": lang})


def show_plan(page):
    page.locator("form.calc-check button[type=submit]").click()
    page.locator(".calc-plan [data-plan-first]").wait_for(timeout=BOOT)
    return page.locator(".calc-plan")


def assert_plan_is_the_engines(plan, expected: dict) -> None:
    assert "error" not in expected, expected
    head = plan.locator("[data-plan-first]")
    assert head.get_attribute("data-file-by") == expected["headline"]["file_by"]
    assert head.get_attribute("data-state") == expected["headline"]["state"]
    shown = plan.locator("section.calc-option:not(details.calc-closed section)")
    assert shown.count() == len(expected["options"])
    for index, option in enumerate(expected["options"]):
        item = shown.nth(index)
        assert item.get_attribute("data-remedy") == option["remedy"]
        assert item.get_attribute("data-status") == option["status"]
        assert item.get_attribute("data-file-by") == option["file_by"]
        assert item.get_attribute("data-last-day") == option["last_day"]
        days = item.get_attribute("data-days-left")
        assert (int(days) if days is not None else None) == (option["days_left"] if option["file_by"] else None)
    closed = plan.locator("details.calc-closed section.calc-option")
    assert [closed.nth(i).get_attribute("data-remedy") for i in range(closed.count())] == [
        option["remedy"] for option in expected["closed"]]


# ------------------------------------------------------------------ every refusal kind, every "I don't know"


@pytest.mark.parametrize(("lang", "device", "policy"), [
    ("en", "phone", "dont_know"), ("en", "desktop", "known"),
    ("fr", "desktop", "dont_know"), ("fr", "phone", "known"),
])
def test_every_refusal_kind_walks_to_the_engines_plan(browser, site_url, lang, device, policy):
    choose = {"dont_know": dont_know, "known": known}[policy]
    context, page, errors = new_page(browser, lang, PHONE if device == "phone" else DESKTOP)
    walked = []
    try:
        page.goto(site_url + OPTIONS[lang])
        for kind in KINDS:
            answers = walk(page, lang, kind, choose)
            asked, kept = interview.asked(answers)
            # The check page lists exactly the questions the engine asks for these answers.
            rows = page.locator("form.calc-check .calc-answer")
            assert [rows.nth(i).get_attribute("data-question") for i in range(rows.count())] == [q.id for q in asked]
            plan = show_plan(page)
            assert_plan_is_the_engines(plan, expected_plan(answers, lang))
            assert page.evaluate("location.hash") == ""  # answers never in the address
            walked.append(kind)
            page.locator(".calc-plan .calc-actions button", has_text=re.compile("Start again|Recommencer")).click()
            page.locator("form.calc-question[data-question=application]").wait_for()
    finally:
        context.close()
    assert walked == KINDS
    assert errors == []


def test_back_keeps_answers_and_change_returns_to_the_check_page(browser, site_url):
    context, page, errors = new_page(browser)
    try:
        page.goto(site_url + OPTIONS["en"])
        answer(page, questions()["application"], "sponsorship")
        # The question the engine asks next (the relationship, since issue 19: only a spouse or partner
        # can be in the in-Canada class).
        following = interview.asked({"application": "sponsorship"})[0][1].id
        page.locator(f"form.calc-question[data-question={following}]").wait_for()
        page.locator(".calc-back").click()
        assert page.locator('form.calc-question input[value="sponsorship"]').is_checked()  # kept
        page.locator("form.calc-question button[type=submit]").click()
        answers = walk(page, "en", "sponsorship", dont_know)
        answers["application"] = "sponsorship"
        # Change the first answer: the questions that now apply are asked, then the check page again.
        page.locator('.calc-answer[data-question="application"] button').click()
        answer(page, questions()["application"], "visitor-visa")
        # Answers to questions asked before are kept (by field); only new questions are asked.
        answers = {**answers, "application": "visitor-visa", **walk(page, "en", "visitor-visa", dont_know)}
        rows = page.locator("form.calc-check .calc-answer")
        assert [rows.nth(i).get_attribute("data-question") for i in range(rows.count())] == [
            q.id for q in interview.asked(answers)[0]]
        assert "A visitor visa" in rows.first.inner_text()
        plan = show_plan(page)
        assert_plan_is_the_engines(plan, expected_plan(answers, "en"))
    finally:
        context.close()
    assert errors == []


def test_a_missing_answer_is_said_next_to_the_question(browser, site_url):
    context, page, errors = new_page(browser)
    try:
        page.goto(site_url + OPTIONS["en"])
        page.locator("form.calc-question button[type=submit]").click()
        error = page.locator("form.calc-question .calc-error")
        assert error.is_visible() and error.inner_text() == "Choose one answer."
        assert page.evaluate("document.activeElement.name") == "application"
        assert page.locator("form.calc-question input").first.get_attribute("aria-invalid") == "true"
    finally:
        context.close()
    assert errors == []


# ------------------------------------------------------------------ the date question (issue 20 item 7)


@pytest.mark.parametrize(("lang", "month"), [("en", "September"), ("fr", "septembre")])
def test_a_date_question_shows_day_named_month_and_year_and_refuses_a_future_date(browser, site_url, lang, month):
    context, page, errors = new_page(browser, lang)
    words = api.handle({"kind": "interview", "lang": lang})["check"]
    try:
        page.goto(site_url + OPTIONS[lang])
        answer(page, questions(lang)["application"], "citizenship")
        form = page.locator("form.calc-question[data-question=notified]")
        form.wait_for()
        assert form.locator('input[type="date"]').count() == 0  # no browser date field with its own format
        labels = form.locator(".calc-date-parts label").all_inner_texts()
        assert labels == [words["date_day"], words["date_month"], words["date_year"]]
        assert form.locator('[data-part="month"] option').nth(9).inner_text() == month
        fill_date(form, "2026-09-21")  # the day after the device's today
        form.locator('button[type="submit"]').click()
        error = form.locator(".calc-error")
        assert error.is_visible() and error.inner_text() == words["date_future"]
        form.locator('[data-part="day"]').fill("31")  # 31 September is not a date
        form.locator('button[type="submit"]').click()
        assert error.inner_text() == say("ui.bad-date", lang)
        fill_date(form, "2026-09-15")
        form.locator('button[type="submit"]').click()
        page.locator("form.calc-question:not([data-question=notified]), form.calc-check").first.wait_for()
    finally:
        context.close()
    assert errors == []


# ------------------------------------------------------------------ the plan: days left, passed, calendar, print


def _visitor(page, notified):
    data = questions()
    answers = {"application": "visitor-visa", "decided": "outside-canada", "notified": notified, "grounds": ["none"],
               "province": "on"}
    for _ in range(10):
        if page.locator("form.calc-check").count():
            break
        form = page.locator("form.calc-question")
        question = data[form.get_attribute("data-question")]
        answer(page, question, answers[question["field"]])
    return answers


def test_days_left_come_from_the_device_clock_and_a_passed_date_says_what_is_still_possible(browser, site_url):
    context, page, errors = new_page(browser, device=DESKTOP)
    try:
        page.goto(site_url + OPTIONS["en"])
        answers = _visitor(page, "2026-09-15")
        plan = show_plan(page)
        expected = expected_plan(answers, "en")
        assert_plan_is_the_engines(plan, expected)
        head = plan.locator("[data-plan-first]")
        assert head.get_attribute("data-days-left") == str(expected["headline"]["days_left"])
        assert expected["headline"]["text"] in head.inner_text()
        assert head.get_attribute("data-state") == "future"
        plan.locator(".calc-actions button", has_text="Start again").click()

        answers = _visitor(page, "2026-01-05")  # long past on 20 September 2026
        plan = show_plan(page)
        expected = expected_plan(answers, "en")
        assert expected["headline"]["state"] == "passed"
        assert_plan_is_the_engines(plan, expected)
        assert plan.locator("[data-plan-first]").get_attribute("data-state") == "passed"
        still = plan.locator(".calc-passed li").all_inner_texts()
        assert still == [item["text"] for item in expected["passed_help"]]
        assert plan.locator("[data-plan-ics]").count() == 0  # no date ahead to put in a calendar
    finally:
        context.close()
    assert errors == []


def test_the_calendar_file_holds_one_neutral_event_per_dated_option(browser, site_url, tmp_path):
    context, page, errors = new_page(browser, device=DESKTOP, accept_downloads=True)
    try:
        page.goto(site_url + OPTIONS["en"])
        answers = _visitor(page, "2026-09-15")
        plan = show_plan(page)
        with page.expect_download(timeout=BOOT) as info:
            plan.locator("[data-plan-ics]").click()
        download = info.value
        _, kept = interview.asked(answers)
        expected = api.handle({"kind": "plan-ics", **kept, "today": TODAY, "lang": "en",
                               "page": page.url.split("#")[0]})
        assert download.suggested_filename == expected["filename"]
        assert not re.search("judicial|review|visa|refus", download.suggested_filename, re.I)
        path = tmp_path / download.suggested_filename
        download.save_as(path)
        calendar = icalendar.Calendar.from_ical(path.read_bytes())
        events = list(calendar.walk("VEVENT"))
        dated = [o for o in expected_plan(answers, "en")["options"] if o["state"] in ("future", "today")]
        assert len(events) == len(dated) >= 1
        assert sorted(e.decoded("DTSTART").isoformat() for e in events) == sorted(o["file_by"] for o in dated)
        today = dt.date.fromisoformat(TODAY)
        for event in events:
            assert str(event.get("SUMMARY")) == "Immigration deadline"
            assert page.url.split("#")[0] in str(event.get("DESCRIPTION"))  # a link back to re-check the date
            for alarm in event.walk("VALARM"):
                moment = dt.datetime.combine(event.decoded("DTSTART"), dt.time()) + alarm.decoded("TRIGGER")
                assert moment.date() > today  # no alarm in the past
                assert 7 <= moment.hour <= 20  # at a reasonable hour
    finally:
        context.close()
    assert errors == []


def test_print_gives_one_clean_page_with_site_address_and_date(browser, site_url):
    context, page, errors = new_page(browser, device=DESKTOP)
    try:
        page.goto(site_url + OPTIONS["en"])
        _visitor(page, "2026-09-15")
        plan = show_plan(page)
        page.evaluate("() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; }")
        plan.get_by_role("button", name="Print").click()
        assert page.evaluate("window.__printed") == 1
        page.evaluate("document.querySelector('.calc-plan .calc-actions button').focus()")
        page.emulate_media(media="print")
        header = plan.locator(".calc-print-header")
        assert header.is_visible()
        assert "After a Canada visa refusal" in header.inner_text()
        assert site_url + OPTIONS["en"] in header.inner_text()
        assert "Sun 20 Sep 2026" in header.inner_text()
        for hidden in (".calc-interview", ".calc-copy", ".calc-actions", ".md-header", ".md-footer", "#time-limits"):
            assert page.locator(hidden).first.is_hidden(), hidden
        assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") == "none"
        page.emulate_media(media="screen")
        assert header.is_hidden()
    finally:
        context.close()
    assert errors == []


# ------------------------------------------------------------------ private: the link only on request


def test_copy_plan_link_and_an_incoming_link_is_read_then_cleared(browser, site_url):
    context, page, errors = new_page(browser, device=DESKTOP, permissions=["clipboard-read", "clipboard-write"])
    try:
        page.goto(site_url + OPTIONS["en"])
        answers = _visitor(page, "2026-09-15")
        plan = show_plan(page)
        assert page.evaluate("location.hash") == ""
        assert "holds your answers" in plan.locator(".calc-copy .calc-note").inner_text()
        plan.get_by_role("button", name="Copy a link to this plan").click()
        page.wait_for_function("() => document.querySelector('.calc-status').textContent.includes('copied')")
        link = page.evaluate("navigator.clipboard.readText()")
        assert link.startswith(site_url + OPTIONS["en"] + "#application=visitor-visa")
        assert "notified=2026-09-15" in link and "today" not in link
        assert page.evaluate("location.hash") == ""
        expected = expected_plan(answers, "en")

        # Opened later, with a `today` slipped into the link: the device's date is used, and the
        # answers leave the address (and the history) as soon as they are read.
        other = context.new_page()
        other.clock.install(time=CLOCK)
        other.goto(link + "&today=2020-01-01")
        other.locator(".calc-plan [data-plan-first]").wait_for(timeout=BOOT)
        assert other.url == site_url + OPTIONS["en"]
        cdp = context.new_cdp_session(other)
        history = [entry["url"] for entry in cdp.send("Page.getNavigationHistory")["entries"]]
        assert not [url for url in history if "notified" in url]
        assert_plan_is_the_engines(other.locator(".calc-plan"), expected)
    finally:
        context.close()
    assert errors == []


def test_the_contract_link_shows_the_plan_without_clicks_and_the_deadline_link_carries_no_answers(browser, site_url):
    context, page, errors = new_page(browser, device=DESKTOP)
    try:
        page.goto(site_url + OPTIONS["en"] + "#application=sponsorship&sponsored_in_canada=yes&notified=2026-05-04")
        plan = page.locator(".calc-plan")
        plan.locator("[data-plan-first]").wait_for(timeout=BOOT)
        assert page.evaluate("location.hash") == ""
        expected = api.handle({"kind": "plan", "application": "sponsorship", "sponsored_in_canada": "yes",
                               "notified": "2026-05-04", "today": TODAY, "lang": "en"})
        assert_plan_is_the_engines(plan, expected)
        # To the deadline calculator: a plain address; the request goes through this tab's
        # sessionStorage, is read once there, then deleted.
        link = plan.locator("a[data-deadline-link]").first
        assert link.get_attribute("href") == "../deadline/"
        remedy = link.locator("xpath=ancestor::section[@data-remedy]").get_attribute("data-file-by")
        link.click()
        page.wait_for_url(site_url + "/calculators/deadline/")
        page.locator('.calc-result[data-source="engine"]').wait_for(timeout=BOOT)
        assert page.locator(".calc-result").get_attribute("data-file-by") == remedy
        assert page.evaluate("location.hash") == ""
        assert page.evaluate("sessionStorage.length") == 0
    finally:
        context.close()
    assert errors == []


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_link_of_a_plan_opens_a_page_of_the_site_in_its_language(browser, site_url, lang):
    context, page, errors = new_page(browser, lang, DESKTOP)
    try:
        page.goto(site_url + OPTIONS[lang] + "#application=removal-order&removal_status=permanent-resident"
                  "&removal_order_type=deportation&notified=2026-09-15&grounds=none&province=on")
        plan = page.locator(".calc-plan")
        plan.locator("[data-plan-first]").wait_for(timeout=BOOT)
        hrefs = plan.locator("a[href]").evaluate_all("(links) => links.map((a) => a.href)")
        own = sorted({href.split("#")[0] for href in hrefs if href.startswith(site_url)})
        assert any("/remedies/" in href for href in own) and any("/help/get-help/" in href for href in own)
        for href in own:
            assert page.request.get(href).status == 200, href
            if lang == "fr" and "/calculators/" not in href:
                assert href.startswith(site_url + "/fr/"), href
    finally:
        context.close()
    assert errors == []


# ------------------------------------------------------------------ keyboard, axe, a blocked runtime


def test_keyboard_alone_walks_to_the_plan(browser, site_url):
    context, page, errors = new_page(browser, device=DESKTOP, locale="en-US")
    try:
        page.goto(site_url + OPTIONS["en"])
        for _ in range(60):
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement.name === 'application'"):
                break
        else:
            pytest.fail("Tab never reached the first question")
        page.keyboard.press("Space")  # the focused radio: the first kind
        assert page.evaluate("document.activeElement.checked && document.activeElement.value") == KINDS[0]
        for _ in range(40):
            if page.locator("form.calc-check").count():
                break
            form = page.locator("form.calc-question")
            before = form.get_attribute("data-question")
            page.keyboard.press("Tab")  # from the heading to the first control
            if page.evaluate("document.activeElement.dataset.part === 'day'"):
                page.keyboard.type("15")  # day, then the month by name, then the year
                page.keyboard.press("Tab")
                page.keyboard.type("September")
                page.keyboard.press("Tab")
                page.keyboard.type("2026")
            elif page.evaluate("document.activeElement.type === 'checkbox' || document.activeElement.type === 'radio'"):
                page.keyboard.press("Space")
            for _ in range(20):  # on to Continue
                if page.evaluate("document.activeElement.type === 'submit'"):
                    break
                page.keyboard.press("Tab")
            page.keyboard.press("Enter")
            page.wait_for_function("(id) => !document.querySelector(`form.calc-question[data-question=\"${id}\"]`)", arg=before)
        assert page.locator("form.calc-check").count() == 1
        label = questions()["application"]["choices"][0]["label"]
        assert label in page.locator('.calc-answer[data-question="application"]').inner_text()
        for _ in range(80):
            page.keyboard.press("Tab")
            if page.evaluate("document.activeElement.type === 'submit'"):
                break
        page.keyboard.press("Enter")
        page.locator(".calc-plan [data-plan-first]").wait_for(timeout=BOOT)
        page.wait_for_function("() => document.activeElement.classList.contains('calc-plan')")
        assert "ready" in page.locator(".calc-status").inner_text()
    finally:
        context.close()
    assert errors == []


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_questions_check_page_and_plan_pass_axe(browser, site_url, scheme):
    context, page, _ = new_page(browser, device=DESKTOP, bypass_csp=True, color_scheme=scheme)
    problems = []
    try:
        page.goto(site_url + OPTIONS["en"])
        problems += blocking(run_axe(page), f"first question [{scheme}]")
        page.locator("form.calc-question button[type=submit]").click()
        problems += blocking(run_axe(page), f"question with an error [{scheme}]")
        _visitor(page, "2026-09-15")
        problems += blocking(run_axe(page), f"check your answers [{scheme}]")
        show_plan(page)
        page.locator(".calc-plan details").evaluate_all("(all) => all.forEach((d) => { d.open = true; })")
        problems += blocking(run_axe(page), f"plan [{scheme}]")
    finally:
        context.close()
    assert problems == [], "\n".join(problems)


def test_the_first_question_is_answerable_with_the_runtime_blocked(browser, site_url):
    context, page, errors = new_page(browser)
    blocked = []
    context.route("**/assets/pyodide/**", lambda route: (blocked.append(route.request.url), route.abort()))
    try:
        page.goto(site_url + OPTIONS["en"])
        first = page.locator("form.calc-question[data-question=application]")
        assert first.is_visible()
        answer(page, questions()["application"], "study-permit")
        assert page.locator("form.calc-question").get_attribute("data-question") != "application"
        page.wait_for_selector('[data-calculator="options"][data-engine="failed"]', timeout=BOOT)
        assert blocked  # the runtime was asked for, and refused
        # The questions still work; the failure says how to count by hand and offers a retry.
        assert page.locator(".calc-failed").get_by_role("button", name="Try again").is_visible()
        assert page.locator("form.calc-question").is_visible()
    finally:
        context.close()


@pytest.fixture(scope="module")
def bfcache_browser(browser):
    """Chromium with the back-forward cache on (Playwright turns it off by default)."""
    from scripts.local_site import CHROMIUM, CHROMIUM_ARGS

    chromium = browser.browser_type.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS,
                                           ignore_default_args=["--disable-back-forward-cache"])
    yield chromium
    chromium.close()


@pytest.mark.parametrize("cache", ["bfcache", "no bfcache"])
def test_back_after_leaving_forgets_the_answers_and_the_plan(browser, bfcache_browser, site_url, cache):
    context, page, errors = new_page(bfcache_browser if cache == "bfcache" else browser, device=DESKTOP)
    page.add_init_script("window.addEventListener('pageshow', (e) => { window.__restored = e.persisted; });")
    try:
        page.goto(site_url + OPTIONS["en"])
        _visitor(page, "2026-09-15")
        show_plan(page)
        page.goto(site_url + "/about/")
        page.go_back(wait_until="commit")
        page.wait_for_function("() => window.__restored !== undefined")
        assert page.evaluate("window.__restored") is (cache == "bfcache")
        page.locator("form.calc-question[data-question=application]").wait_for()
        assert page.locator("form.calc-question input:checked").count() == 0
        assert page.locator(".calc-plan").is_hidden() and page.locator(".calc-plan").inner_text() == ""
        assert page.locator(".calc-back").count() == 0  # nothing to go back to either
    finally:
        context.close()
    assert errors == []


def test_change_your_answers_from_the_plan_goes_back_to_the_check_page(browser, site_url):
    context, page, errors = new_page(browser, device=DESKTOP)
    try:
        page.goto(site_url + OPTIONS["en"])
        _visitor(page, "2026-09-15")
        plan = show_plan(page)
        plan.get_by_role("button", name="Change your answers").click()
        assert page.locator("form.calc-check").is_visible()
        assert page.locator(".calc-plan").is_hidden()
        assert page.evaluate("document.activeElement.matches('[data-heading]')")
    finally:
        context.close()
    assert errors == []


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_without_javascript_the_options_page_gives_the_time_limits_and_how_to_count(browser, site_url, lang):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    try:
        page.goto(site_url + OPTIONS[lang])
        fallback = page.locator(".calc-fallback")
        assert fallback.is_visible() and "JavaScript" in fallback.inner_text()
        assert page.locator(".calc-interview").is_hidden()
        assert page.locator("#time-limits").is_visible()
        assert page.locator("table", has_text=re.compile(r"72\(2\)")).first.is_visible()
        hand = fallback.locator('a[href="../deadline/#count-by-hand"]')
        assert hand.count() == 1
        assert [url for url in requests if "/assets/pyodide/" in url] == []
    finally:
        context.close()
