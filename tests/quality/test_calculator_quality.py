"""Quality gates on the calculators as a reader uses them, in headless Chromium:
accessible with a result and with an error shown, usable by keyboard alone, not broken at
320 px or with text at 200 %, plain-language errors for empty, impossible and extreme dates,
and nothing typed kept in cookies or storage.

Contract: CONTRIBUTING.md §2 and the widgets in docs/calculators/*.md.
"""

from __future__ import annotations

import re
import struct
from pathlib import Path

import pytest

from axe import blocking, run_axe
from date_entry import fill_date_entry

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
SHOTS = ROOT / "dist" / "reports" / "screenshots"
DEADLINE = "/calculators/deadline/"
OPTIONS = "/calculators/options/"
ENGINE_TIMEOUT = 90_000
TYPED_DATE = "2026-09-15"

CSP_WATCH = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
"""


@pytest.fixture(scope="module", autouse=True)
def _calculator_pages_exist(built_site):
    if not (built_site / "calculators" / "deadline" / "index.html").is_file():
        pytest.skip("no calculator pages in this build")


def _new_page(browser, **options):
    context = browser.new_context(bypass_csp=options.pop("bypass_csp", False), locale="en-US", **options)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda msg: msg.type == "error" and errors.append(msg.text))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.add_init_script(CSP_WATCH)
    return context, page, errors


def _deadline_result(page, day=TYPED_DATE):
    fill_date_entry(page, day)
    page.locator("[data-calculator=deadline] button[type=submit]").click()
    result = page.locator("[data-calculator=deadline] .calc-result")
    result.wait_for(state="visible", timeout=ENGINE_TIMEOUT)
    return result


def _visible_errors(page, widget):
    return [
        text.strip()
        for text in page.locator(f"[data-calculator={widget}] :is(.calc-error, .calc-form-error):visible").all_inner_texts()
        if text.strip()
    ]


def _wait_for_error(page, widget):
    page.locator(f"[data-calculator={widget}] :is(.calc-error, .calc-form-error):visible").first.wait_for(
        timeout=ENGINE_TIMEOUT
    )
    return _visible_errors(page, widget)


def _plain(message: str) -> bool:
    """A sentence a reader can act on, not a code or a trace."""
    return len(message.split()) >= 4 and not any(bad in message for bad in ("Traceback", "Error:", "undefined", "NaN", "null", "{"))


def _answer_interview(page, wanted: dict) -> None:
    """Answers the options interview up to the check page: `wanted` by field, else "I don't know"
    (or the first choice). The questions come from the page itself, one screen at a time."""
    for _ in range(40):
        if page.locator("[data-calculator=options] form.calc-check").count():
            return
        form = page.locator("[data-calculator=options] form.calc-question")
        field = form.locator("[data-field]").get_attribute("data-field")
        value = wanted.get(field)
        if form.locator("[data-part=day]").count():
            if value is not None:
                # The date question's three parts: day, month (chosen), year (issue 20 item 7).
                year, month, day = value.split("-") if value else ("", "", "")
                form.locator("[data-part=day]").fill(day)
                form.locator("[data-part=month]").select_option(month)
                form.locator("[data-part=year]").fill(year)
            else:
                form.locator("input[type=checkbox]").check()
        elif value:
            form.locator(f"input[value='{value}']").check()
        elif form.locator("input[value=unknown]").count():
            form.locator("input[value=unknown]").check()
        else:
            form.locator("input").first.check()
        form.locator("button[type=submit]").click()
        page.wait_for_function("(f) => !document.querySelector(`form.calc-question [data-field='${f}']`) || "
                               "document.querySelector('form.calc-question .calc-error:not([hidden])')", arg=field)
        if form.locator(".calc-error:not([hidden])").count():
            return
    raise AssertionError("the interview never reached the check page")


# --- Accessibility with a result and with errors shown --------------------------------------


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_calculators_pass_axe_with_a_result_and_with_an_error(browser, site_url, scheme):
    context, page, _ = _new_page(browser, bypass_csp=True, color_scheme=scheme)
    problems = []
    try:
        page.goto(site_url + DEADLINE, wait_until="load")
        _deadline_result(page)
        page.wait_for_timeout(300)
        problems += blocking(run_axe(page), f"deadline with a result [{scheme}]")
        fill_date_entry(page, "")
        page.locator("[data-calculator=deadline] button[type=submit]").click()
        assert _wait_for_error(page, "deadline")
        problems += blocking(run_axe(page), f"deadline with an error [{scheme}]")

        page.goto(site_url + OPTIONS, wait_until="load")
        page.locator("[data-calculator=options] button[type=submit]").click()
        assert _wait_for_error(page, "options")
        problems += blocking(run_axe(page), f"options with an error [{scheme}]")
        _answer_interview(page, {"application": "extension", "notified": TYPED_DATE})
        page.locator("[data-calculator=options] .calc-check button[type=submit]").click()
        page.locator("[data-calculator=options] .calc-result [data-plan-first]").wait_for(timeout=ENGINE_TIMEOUT)
        page.wait_for_timeout(300)
        problems += blocking(run_axe(page), f"options with a plan [{scheme}]")
    finally:
        context.close()
    assert problems == [], "\n".join(problems)


# --- Keyboard only ------------------------------------------------------------------------------


def _tab_to(page, selector, limit=60):
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement && document.activeElement.matches(s)", selector):
            return
    pytest.fail(f"Tab never reached {selector}")


def test_the_deadline_calculator_works_with_the_keyboard_alone(browser, site_url):
    context, page, errors = _new_page(browser)
    try:
        page.goto(site_url + DEADLINE, wait_until="load")
        _tab_to(page, "#deadline-remedy")
        first = page.evaluate("document.activeElement.value")
        page.keyboard.press("ArrowDown")
        assert page.evaluate("document.activeElement.value") != first or first, "the select did not answer the keyboard"
        page.keyboard.press("ArrowUp")
        _tab_to(page, "#deadline-from-day")  # the date entry: day, month by name, year
        page.keyboard.type("15")
        page.keyboard.press("Tab")
        page.keyboard.type("September")
        page.keyboard.press("Tab")
        page.keyboard.type("2026")
        assert page.locator("#deadline-from").input_value() == TYPED_DATE
        page.keyboard.press("Enter")  # submits the form, as on a phone's "Go"
        result = page.locator('[data-calculator=deadline] .calc-result[data-source="engine"]')
        result.wait_for(state="visible", timeout=ENGINE_TIMEOUT)  # a date ahead of time may come first
        page.wait_for_function(
            "document.activeElement && document.activeElement.classList.contains('calc-result')", timeout=5_000
        )
        # Announced: a live region says the result in words.
        live = page.locator("[data-calculator=deadline] [aria-live], [data-calculator=deadline] [role=status]")
        assert live.count() >= 1
        announced = " ".join(live.all_inner_texts())
        assert "2026" in announced, f"nothing announced the result: {announced!r}"
        # The buttons of the result are reachable too.
        _tab_to(page, "[data-calculator=deadline] .calc-result button", limit=80)
    finally:
        context.close()
    assert errors == []


def test_keyboard_submission_with_an_error_moves_focus_to_the_field(browser, site_url):
    context, page, errors = _new_page(browser)
    try:
        page.goto(site_url + DEADLINE, wait_until="load")
        _tab_to(page, "[data-calculator=deadline] button[type=submit]")
        page.keyboard.press("Enter")
        messages = _wait_for_error(page, "deadline")
        assert messages and all(_plain(m) for m in messages), messages
        assert page.evaluate("document.activeElement.id") == "deadline-from-day"
        assert page.locator("#deadline-from-day").get_attribute("aria-invalid") == "true"
        described = page.locator("#deadline-from-day").get_attribute("aria-describedby") or ""
        assert "deadline-from-error" in described.split()
    finally:
        context.close()
    assert errors == []


# --- 320 px and text at 200 % -------------------------------------------------------------------


def _png_width(path: Path) -> int:
    with path.open("rb") as png:
        header = png.read(24)
    return struct.unpack(">I", header[16:20])[0]


@pytest.mark.parametrize("text_zoom", [100, 200])
@pytest.mark.parametrize("path", [DEADLINE, OPTIONS])
def test_calculators_fit_320px_with_text_at_200_percent(browser, site_url, path, text_zoom):
    context, page, errors = _new_page(browser, viewport={"width": 320, "height": 640})
    name = path.strip("/").replace("/", "-")
    try:
        # Text zoom as the browser's text-size setting does it (the default font size, which
        # em-based media queries follow too), not page zoom.
        cdp = context.new_cdp_session(page)
        cdp.send("Page.setFontSizes", {"fontSizes": {"standard": 16 * text_zoom // 100, "fixed": 13 * text_zoom // 100}})
        page.goto(site_url + path, wait_until="load")
        assert page.evaluate("getComputedStyle(document.documentElement).fontSize") == f"{20 * text_zoom // 100}px"
        if path == DEADLINE:
            _deadline_result(page)
        else:
            page.locator("[data-calculator=options] button[type=submit]").click()
            _wait_for_error(page, "options")
        page.wait_for_timeout(300)
        exit_box = page.locator("a[data-quick-exit]").bounding_box()
        assert exit_box and exit_box["x"] >= 0 and exit_box["x"] + exit_box["width"] <= 320, exit_box
        widths = page.evaluate(
            """() => {
                const w = document.querySelector('[data-calculator]');
                const wide = [...w.querySelectorAll('*')].filter((e) => {
                    const r = e.getBoundingClientRect();
                    return r.width > 0 && (r.right > window.innerWidth + 1 || r.left < -1)
                        && getComputedStyle(e).position !== 'fixed' && !e.closest('.md-typeset__scrollwrap, .md-typeset__table, pre');
                }).map((e) => e.tagName.toLowerCase() + '.' + e.className);
                return {page: document.documentElement.scrollWidth, widget: w.scrollWidth, box: w.clientWidth, wide};
            }"""
        )
        SHOTS.mkdir(parents=True, exist_ok=True)
        shot = SHOTS / f"{name}-320px-text{text_zoom}.png"
        page.screenshot(path=str(shot), full_page=True)
    finally:
        context.close()
    assert widths["page"] <= 320, f"the page scrolls sideways at 320px: {widths}"
    assert widths["widget"] <= widths["box"] + 1, f"the calculator overflows: {widths}"
    assert widths["wide"] == [], widths
    assert _png_width(shot) == 320, "the screenshot is wider than the 320px layout"
    assert errors == []


# --- Robustness: empty, impossible and extreme dates --------------------------------------------

BAD_DATES = {
    "empty": "",
    "year 1": "0001-01-01",
    "year 9999": "9999-12-31",
    "before the calendar": "1900-06-01",
}


@pytest.mark.parametrize("case", sorted(BAD_DATES))
def test_the_deadline_form_answers_bad_dates_in_plain_language(browser, site_url, case):
    context, page, errors = _new_page(browser)
    try:
        page.goto(site_url + DEADLINE, wait_until="load")
        fill_date_entry(page, BAD_DATES[case])
        page.locator("[data-calculator=deadline] button[type=submit]").click()
        messages = _wait_for_error(page, "deadline")
        assert page.locator("[data-calculator=deadline] .calc-result").is_hidden()
        violations = page.evaluate("window.__cspViolations")
    finally:
        context.close()
    assert messages and all(_plain(m) for m in messages), messages
    assert errors == [] and violations == []


@pytest.mark.parametrize("case", ["year 1", "year 9999", "empty"])
def test_the_options_form_answers_bad_dates_in_plain_language(browser, site_url, case):
    context, page, errors = _new_page(browser)
    try:
        page.goto(site_url + OPTIONS, wait_until="load")
        _answer_interview(page, {"application": "extension", "notified": BAD_DATES[case]})
        if page.locator("[data-calculator=options] form.calc-check").count():
            # The date looked like a date: the engine refuses it, and the page goes back to say so there.
            page.locator("[data-calculator=options] form.calc-check button[type=submit]").click()
        messages = _wait_for_error(page, "options")
        assert page.locator("[data-calculator=options] form.calc-question [data-field=notified]").count() == 1
    finally:
        context.close()
    assert messages and all(_plain(m) for m in messages), messages
    assert errors == []


@pytest.mark.parametrize("fragment", ["remedy=judicial-review&where=in-canada&from=2026-02-30",
                                      "remedy=judicial-review&where=in-canada&from=0001-01-01",
                                      "remedy=judicial-review&where=in-canada&from=9999-12-31",
                                      "remedy=<img src=x>&from=2026-09-15",
                                      "remedy=restoration&from=not-a-date"])
def test_impossible_dates_in_a_shared_link_get_a_plain_error(browser, site_url, fragment):
    context, page, errors = _new_page(browser)
    try:
        page.goto(site_url + DEADLINE + "#" + fragment, wait_until="load")
        messages = _wait_for_error(page, "deadline")
        assert page.locator("[data-calculator=deadline] img").count() == 0
    finally:
        context.close()
    assert messages and all(_plain(m) for m in messages), messages
    assert errors == []


# --- Privacy: nothing typed is kept ---------------------------------------------------------------


def test_using_the_calculators_keeps_nothing_typed_and_calls_no_other_host(browser, site_url):
    context, page, errors = _new_page(browser)
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    try:
        page.goto(site_url + DEADLINE, wait_until="load")
        _deadline_result(page)
        with page.expect_download(timeout=ENGINE_TIMEOUT):
            page.locator("[data-calculator=deadline] .calc-result button", has_text="calendar").click()
        page.goto(site_url + OPTIONS, wait_until="load")
        _answer_interview(page, {"application": "sponsorship", "sponsored_in_canada": "no",
                                 "decided": "outside-canada", "notified": "2026-08-14"})
        page.locator("[data-calculator=options] .calc-check button[type=submit]").click()
        page.locator("[data-calculator=options] .calc-result [data-plan-first]").wait_for(timeout=ENGINE_TIMEOUT)
        kept = page.evaluate(
            """async () => ({
                cookie: document.cookie,
                local: JSON.stringify(Object.assign({}, localStorage)),
                session: JSON.stringify(Object.assign({}, sessionStorage)),
                databases: indexedDB.databases ? (await indexedDB.databases()).map((d) => d.name) : [],
                // The service worker keeps the site's own files; what a reader typed must not be in them.
                cached: 'caches' in window ? (await Promise.all((await caches.keys()).map(async (name) =>
                    (await (await caches.open(name)).keys()).map((request) => request.url)))).flat() : [],
            })"""
        )
        cookies = context.cookies()
        violations = page.evaluate("window.__cspViolations")
    finally:
        context.close()
    assert cookies == [] and kept["cookie"] == ""
    for typed in (TYPED_DATE, "2026-08-14", "sponsorship", "outside-canada"):
        assert typed not in kept["local"] and typed not in kept["session"], kept
        assert not [url for url in kept["cached"] if typed in url], kept["cached"]
    assert kept["databases"] == [], kept
    assert [url for url in requests if not url.startswith((site_url, "data:", "blob:"))] == []
    assert errors == [] and violations == []


# --- No wording and no rule in JavaScript ----------------------------------------------------------

SCRIPTS = ROOT / "docs" / "assets" / "calculators"
# Sentences a script may hold: details for people debugging, in the console only, never shown.
DEBUG_ONLY = re.compile(r"(fail\(|console\.|detail: |\"call-failed\")")
SELECTORS = {"input, select, button"}


def test_every_sentence_the_calculator_scripts_show_comes_from_the_catalogue():
    from calculators.messages import CATALOGUES, ui_en

    keys: set[str] = set()
    sentences = []
    for script in sorted(SCRIPTS.glob("*.js")):
        source = re.sub(r"/\*.*?\*/", "", script.read_text(encoding="utf-8"), flags=re.S)
        for number, line in enumerate(source.splitlines(), 1):
            if line.strip().startswith("//"):
                continue
            keys |= set(re.findall(r"\"(ui\.[a-z-]+)\"", line))
            for literal in re.findall(r"\"([^\"\\\\]*)\"", line):
                # Three words in a row, spaces between: a sentence (class lists have hyphens, ids dots).
                if re.search(r"(?:^|\s)[^\W\d_]{2,}[,.]?\s+[^\W\d_]{2,}[,.]?\s+[^\W\d_]{2,}(?:\s|[,.!?]|$)", literal) \
                        and literal not in SELECTORS and not DEBUG_ONLY.search(line):
                    sentences.append(f"{script.name}:{number}: {literal}")
    assert sentences == [], "wording typed into a script (put it in calculators/messages/ui_*.py):\n" + "\n".join(sentences)
    assert keys - set(CATALOGUES["en"]) == set() and keys - set(CATALOGUES["fr"]) == set()
    # The browser's part of the catalogue (ui_en.py): each sentence is used by a script, or worded at
    # build time by the engine or a hook into the page (the "What the law says" boxes, the help directory).
    built_in, prefixes = set(), set()
    sources = [*(ROOT / "calculators").rglob("*.py"), *(ROOT / "scripts" / "hooks").glob("*.py"),
               *(ROOT / "overrides").rglob("*.html")]
    for source in sources:
        if "messages" not in source.parts:
            text = source.read_text(encoding="utf-8")
            built_in |= set(re.findall(r"[\"']((?:ui|site)\.[a-z-]+(?:\.[a-z-]+)*)[\"']", text))
            prefixes |= set(re.findall(r"[\"']((?:ui|site)\.[a-z.-]*\.)\{", text))  # f"ui.help.region.{code}"
    unused = {key for key in set(ui_en.MESSAGES) - keys - built_in if not key.startswith(tuple(prefixes))}
    assert unused == set(), f"catalogue sentences nothing uses: {sorted(unused)}"


def test_calculator_pages_carry_their_wording_and_the_interview_as_data(built_site):
    import json

    from calculators import api

    for lang, prefix in (("en", ""), ("fr", "fr/")):
        for page in ("deadline", "options"):
            html = (built_site / prefix / "calculators" / page / "index.html").read_text(encoding="utf-8")
            block = re.search(r'<script type="application/json" id="calc-data">(.*?)</script>', html, re.S)
            assert block, f"{prefix}{page}: no data block"
            data = json.loads(block.group(1))
            assert data["lang"] == lang
            assert data["text"]["ui.try-again"] == api.wording("ui.try-again", lang)
            if page == "options":
                assert data["interview"] == api.handle({"kind": "interview", "lang": lang})
            else:
                assert "interview" not in data
