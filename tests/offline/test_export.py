"""The offline export from file://, in headless Chromium, with every non-file: request blocked.

Issue: the whole site, calculators included, from a downloaded folder, with no network and
no local server. Built once per session by `scripts/build_offline.py` (what `make offline` runs).
"""

from __future__ import annotations

import re
import sys
import time
import zipfile
from html.parser import HTMLParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from calculators import api  # noqa: E402 - the engine the browser must agree with
from date_entry import fill_date_entry  # noqa: E402 - tests/date_entry.py

DEADLINE_LINK = "calculators/deadline.html#remedy=judicial-review&from=2026-09-15&where=in-canada"
# Booting Pyodide from base64 on the page's thread; generous for a loaded CI machine.
CALCULATOR_TIMEOUT_MS = 90_000
NOT_GUIDES = ("calculators/", "download.md")


def nav_guides() -> list[tuple[str, str]]:
    """(nav title, source path) of every guide in mkdocs.yml's nav, in reading order."""
    from mkdocs.config import load_config

    config = load_config(str(ROOT / "mkdocs.yml"))
    found: list[tuple[str, str]] = []

    def walk(items):
        for item in items:
            if isinstance(item, dict):
                for title, value in item.items():
                    if isinstance(value, list):
                        walk(value)
                    elif isinstance(value, str) and value.endswith(".md") and not value.startswith(NOT_GUIDES):
                        found.append((title, value))
            elif isinstance(item, str) and item.endswith(".md") and not item.startswith(NOT_GUIDES):
                found.append((item, item))

    walk(config["nav"] or [])
    return found


def guide_heading(export_dir: Path, source: str) -> str:
    """The title a guide shows (its h1) in the export."""
    html = (export_dir / source.replace(".md", ".html")).read_text(encoding="utf-8")
    heading = re.search(r"<h1[^>]*>(.*?)(?:<a class=\"headerlink\"|</h1>)", html, re.S)
    assert heading, f"{source} has no h1"
    return page_text(heading.group(1)).strip()


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts: list[str] = []

    def handle_data(self, data):
        self.parts.append(data)


def page_text(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    return re.sub(r"\s+", " ", " ".join(parser.parts))


# ---------------------------------------------------------------- the folder and the zip


def test_export_folder_and_zip_hold_the_same_files(offline_build, export_dir, export_info):
    with zipfile.ZipFile(offline_build / "offline.zip") as archive:
        names = sorted(archive.namelist())
        assert archive.testzip() is None
    files = sorted(p.relative_to(export_dir).as_posix() for p in export_dir.rglob("*") if p.is_file())
    assert names == files
    assert "index.html" in names and "print_page.html" in names and "search/search_index.js" in names
    assert export_info["zip_bytes"] == (offline_build / "offline.zip").stat().st_size
    assert export_info["calculators"] is True


def test_export_links_are_plain_html_files(export_dir):
    index = (export_dir / "index.html").read_text(encoding="utf-8")
    assert 'href="remedies/judicial-review.html"' in index
    assert not re.search(r'href="[^"#:]+/"', index), "a directory link would open a folder listing from file://"


def test_no_file_in_the_export_names_a_cdn(export_dir):
    # Material's bundle names unpkg as lazy fallbacks that never run here (tests/site/test_build.py).
    dormant = ("https://unpkg.com/resize-observer-polyfill", "https://unpkg.com/mermaid@")
    offending = []
    for path in export_dir.rglob("*"):
        if path.suffix in {".html", ".js", ".mjs", ".css"}:
            text = path.read_text(encoding="utf-8", errors="replace")
            for name in dormant:
                text = text.replace(name, "")
            offending += [f"{path.relative_to(export_dir)}: {n}" for n in ("unpkg", "jsdelivr", "cdnjs") if n in text]
    assert offending == []


# ---------------------------------------------------------------- in Chromium, from file://

@pytest.mark.browser
def test_a_guide_opens_from_the_home_page_with_its_navigation(file_page):
    page = file_page.page
    file_page.goto("index.html")
    assert page.locator("article h1").first.inner_text().startswith("Refused by Canada")
    page.locator('.md-nav--primary a.md-nav__link[href$="remedies/judicial-review.html"]').first.click()
    page.wait_for_url("**/remedies/judicial-review.html")
    assert "Federal Court" in page.locator("article h1").first.inner_text()
    assert page.locator(".md-nav--primary a.md-nav__link").count() > 10
    assert file_page.console_errors == []
    assert file_page.left_file() == []


@pytest.mark.browser
def test_search_finds_pages_from_file(file_page):
    page = file_page.page
    file_page.goto("remedies/judicial-review.html")
    page.locator("input.md-search__input").click()
    page.keyboard.type("restoration")
    results = page.locator(".md-search-result__item")
    results.first.wait_for(timeout=15_000)
    assert results.count() >= 1
    assert re.search("restor", results.first.inner_text(), re.IGNORECASE)
    assert file_page.console_errors == []
    assert file_page.left_file() == []


@pytest.mark.browser
def test_deadline_calculator_answers_a_fragment_link_from_file(file_page, record_property):
    page = file_page.page
    started = time.monotonic()
    file_page.goto(DEADLINE_LINK)
    result = page.locator(".calc-result[data-last-day]")
    result.wait_for(state="attached", timeout=CALCULATOR_TIMEOUT_MS)
    elapsed = time.monotonic() - started
    record_property("seconds_to_first_result_from_file", round(elapsed, 2))
    expected = api.handle({"kind": "deadline", "remedy": "judicial-review", "from": "2026-09-15", "where": "in-canada"})
    assert result.get_attribute("data-last-day") == expected["last_day"] == "2026-10-01"
    assert file_page.console_errors == []
    assert file_page.left_file() == []


@pytest.mark.browser
def test_the_calculators_run_off_the_page_thread_in_a_blob_worker(file_page):
    page = file_page.page
    page.add_init_script(
        "window.__longTasks = [];"
        "new PerformanceObserver(list => list.getEntries().forEach(e => window.__longTasks.push(e.duration)))"
        ".observe({type: 'longtask', buffered: true});"
    )
    file_page.goto(DEADLINE_LINK)
    page.locator(".calc-result[data-last-day]").wait_for(state="attached", timeout=CALCULATOR_TIMEOUT_MS)
    # Python's start-up (seconds) would be one long task on the page's thread; in the worker
    # the page only parses the payload scripts.
    assert max(page.evaluate("window.__longTasks"), default=0) < 1500
    assert not [e for e in file_page.console_errors if "running on the page instead" in e]
    assert file_page.left_file() == []


@pytest.mark.browser
def test_the_calculators_fall_back_to_the_page_thread_if_blob_workers_are_refused(file_page):
    page = file_page.page
    warnings: list[str] = []
    page.on("console", lambda msg: msg.type == "warning" and warnings.append(msg.text))
    # A browser that refuses workers from blob: URLs (config.js saves this Worker as the native one).
    page.add_init_script(
        "const NativeWorker = window.Worker;"
        "window.Worker = function (url, options) {"
        "  if (String(url).startsWith('blob:')) throw new DOMException('refused', 'SecurityError');"
        "  return new NativeWorker(url, options);"
        "};"
    )
    file_page.goto(DEADLINE_LINK)
    result = page.locator(".calc-result[data-last-day]")
    result.wait_for(state="attached", timeout=CALCULATOR_TIMEOUT_MS)
    assert result.get_attribute("data-last-day") == "2026-10-01"
    assert any("running on the page instead" in w for w in warnings)
    assert file_page.console_errors == []
    assert file_page.left_file() == []


@pytest.mark.browser
def test_options_plan_answers_from_file_and_its_deadline_link_opens_the_deadline_page(file_page):
    """The interview from file://, the engine's plan, then the plan's link to the deadline calculator."""
    import datetime as dt

    page = file_page.page
    page.clock.install(time=dt.datetime(2026, 9, 20, 12, 0))
    file_page.goto("calculators/options.html")
    questions = {q["id"]: q for q in api.handle({"kind": "interview", "lang": "en"})["questions"]}
    answers = {"application": "visitor-visa", "decided": "outside-canada", "notified": "2026-09-15",
               "grounds": ["none"], "province": "on"}
    for _ in range(len(questions)):
        if page.locator("form.calc-check").count():
            break
        form = page.locator("form.calc-question")
        form.wait_for(timeout=15_000)
        question = questions[form.get_attribute("data-question")]
        value = answers.get(question["field"]) or question["unknown"] or question["choices"][0]["value"]
        if question["type"] == "date":
            year, month, day = value.split("-")  # the three parts of a date question
            form.locator('[data-part="day"]').fill(day)
            form.locator('[data-part="month"]').select_option(month)
            form.locator('[data-part="year"]').fill(year)
        else:
            for item in value if isinstance(value, list) else [value]:
                form.locator(f'input[value="{item}"]').check()
        form.locator('button[type="submit"]').click()
    page.locator("form.calc-check button[type=submit]").click()
    link = page.locator(".calc-plan a[data-deadline-link]").first
    link.wait_for(timeout=CALCULATOR_TIMEOUT_MS)
    link.click()
    page.wait_for_url("**/calculators/deadline.html*")
    assert page.locator('[data-calculator="deadline"] form').is_visible()
    assert file_page.console_errors == []
    assert file_page.left_file() == []


@pytest.mark.browser
def test_print_page_opens_from_file_with_every_guide(file_page, export_dir):
    page = file_page.page
    file_page.goto("index.html")
    page.locator('a.md-nav__link[href$="print_page.html"]').first.click()
    page.wait_for_url("**/print_page.html")
    text = re.sub(r"\s+", " ", page.locator("article").inner_text())
    for _, source in nav_guides():
        assert guide_heading(export_dir, source) in text
    # print-site.js builds the table of contents in the browser.
    assert page.locator("#print-page-toc a").count() >= len(nav_guides())
    assert file_page.left_file() == []


# ---------------------------------------------------------------- the print page and the download page


def test_print_page_has_every_guide_title_in_nav_order(export_dir):
    html = (export_dir / "print_page.html").read_text(encoding="utf-8")
    text = page_text(html)
    guides = nav_guides()
    assert len(guides) >= 5
    positions = []
    article = page_text(html.split('id="print-site-page"', 1)[1])
    for title, source in guides:
        # The nav title is in the print page (its menu), and the guide itself, under its own
        # title, is in the printed part, in nav order.
        assert title in text, f"the print page lacks the guide {title!r} ({source})"
        heading = guide_heading(export_dir, source)
        positions.append(article.find(heading, positions[-1] if positions else 0))
        assert positions[-1] >= 0, f"the printed part lacks {heading!r} ({source}), or it is out of nav order"
    sections = re.findall(r'<section class="print-page" id="([^"]+)"', html)
    assert sections and not [s for s in sections if s.startswith(("calculators-", "download"))]


def test_export_download_page_says_when_the_copy_was_made(export_dir, export_info):
    text = page_text((export_dir / "download.html").read_text(encoding="utf-8"))
    assert "You are reading the offline copy, made on" in text
    day = export_info["date"]
    assert re.search(rf'datetime="{day}"', (export_dir / "download.html").read_text(encoding="utf-8"))


def test_publishing_puts_the_zip_in_the_site_and_its_date_and_size_on_the_download_page(
    offline_build, export_info, built_site, tmp_path
):
    import shutil

    sys.path.insert(0, str(ROOT / "scripts"))
    import build_offline

    site = tmp_path / "site"
    shutil.copytree(built_site, site)
    build_offline.publish_into(site, offline_build, export_info)
    assert (site / "offline.zip").read_bytes() == (offline_build / "offline.zip").read_bytes()
    html = (site / "download" / "index.html").read_text(encoding="utf-8")
    assert 'href="../offline.zip" download' in html
    assert build_offline.human_size(export_info["zip_bytes"]) in page_text(html)
    assert f'datetime="{export_info["date"]}"' in html
    assert 'href="../print_page/"' in html


# ---------------------------------------------------------------- links and search made for the online site (issue 16)

_DIRECTORY_LINK = re.compile(r'\s(?:href|data-[a-z-]+-href)="((?![a-z][a-z0-9+.-]*:|#|/)[^"]*?/(?:#[^"]*)?)"')


def test_no_page_of_the_export_links_to_a_folder(export_dir):
    found = {}
    for page in export_dir.rglob("*.html"):
        links = _DIRECTORY_LINK.findall(page.read_text(encoding="utf-8"))
        if links:
            found[page.relative_to(export_dir).as_posix()] = links[:3]
    assert found == {}, "from file:// a folder link opens a folder listing or nothing"


def test_the_options_page_names_the_deadline_page_as_a_file(export_dir):
    html = (export_dir / "calculators" / "options.html").read_text(encoding="utf-8")
    href = re.search(r'data-deadline-href="([^"]+)"', html).group(1)
    assert (export_dir / "calculators" / href.split("#")[0]).is_file(), href


def test_print_page_base_is_the_export_itself(export_dir):
    html = (export_dir / "print_page.html").read_text(encoding="utf-8")
    config = re.search(r'<script id="__config" type="application/json">(.*?)</script>', html, re.S).group(1)
    import json

    assert json.loads(config)["base"] == "."


@pytest.mark.browser
def test_a_link_a_script_makes_for_the_online_site_opens_the_exports_file(file_page):
    page = file_page.page
    file_page.goto("calculators/options.html")
    # What the plan's renderer does with data-deadline-href, and what any script could write.
    page.evaluate(
        "() => { const a = document.createElement('a'); a.id = 'made'; a.href = '../deadline/#count-by-hand';"
        " a.textContent = 'deadline'; document.querySelector('article').prepend(a); }"
    )
    page.locator("#made").click()
    page.wait_for_url("**/calculators/deadline.html#count-by-hand")
    assert page.locator("article h1").first.is_visible()
    assert file_page.left_file() == []


@pytest.mark.browser
def test_search_works_on_the_print_page_from_file(file_page):
    page = file_page.page
    file_page.goto("print_page.html")
    search = page.locator("input.md-search__input")
    search.click()
    page.keyboard.type("restoration")
    results = page.locator(".md-search-result__item")
    results.first.wait_for(timeout=15_000)
    assert results.count() >= 1
    assert "Initializing" not in page.locator(".md-search-result__meta").inner_text()
    assert file_page.left_file() == []


@pytest.mark.browser
def test_the_precomputed_date_shows_from_file_before_the_engine(file_page):
    import datetime as dt

    page = file_page.page
    file_page.goto("calculators/deadline.html")
    day = (dt.date.today() - dt.timedelta(days=10)).isoformat()
    page.select_option("#deadline-remedy", "judicial-review")
    page.check('input[name="where"][value="in-canada"]')
    fill_date_entry(page, day)  # the date entry (ui.js dateEntry): day, month by name, year
    page.click('[data-calculator="deadline"] form button[type="submit"]')
    first = page.locator('[data-calculator="deadline"] .calc-result[data-last-day]')
    first.wait_for(state="attached", timeout=5_000)
    expected = api.handle({"kind": "deadline", "remedy": "judicial-review", "where": "in-canada", "from": day})
    assert first.get_attribute("data-last-day") == expected["last_day"]
    page.locator('[data-calculator="deadline"] .calc-result[data-source="engine"]').wait_for(
        state="attached", timeout=CALCULATOR_TIMEOUT_MS)
    assert file_page.console_errors == []
    assert file_page.left_file() == []


def test_the_online_print_page_searches_from_the_sites_root_not_the_hosts(built_site):
    import json

    for page, root in (("print_page/index.html", ".."), ("fr/print_page/index.html", "../..")):
        path = built_site / page
        if not path.is_file():
            continue
        config = re.search(r'<script id="__config" type="application/json">(.*?)</script>', path.read_text(encoding="utf-8"), re.S)
        assert json.loads(config.group(1))["base"] == root, page


def test_the_export_registers_no_service_worker(export_dir):
    # file:// has no service workers; the hook adds neither the registration nor the manifest there.
    assert not (export_dir / "sw.js").exists()
    for page in export_dir.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert "sw-register.js" not in text and "manifest.webmanifest" not in text, page.relative_to(export_dir)
