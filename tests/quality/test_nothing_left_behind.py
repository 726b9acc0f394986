"""Nothing left behind (issue 21): the service worker, the quick exit and offline, tried as an
attacker and as a reader in danger would, in Chromium over http (scripts/gzip_server.py).

* A shared plan link leaves no answer in Cache Storage, IndexedDB, localStorage or
  sessionStorage, with or without the quick exit: every cached key is a page's address with no
  fragment and no query (the wheel's own ?v= apart), every cached body is a file of the site,
  byte for byte.
* Back after the quick exit never shows a result: the runtime is held back by the test, so
  the engine's answer arrives after the page came back from the back-forward cache.
* A deploy served in two halves (runtime missing, then complete): the calculator works
  offline before, during and after; no error is ever cached.
* Offline, a page never visited gets the offline page in the reader's language, with links
  to the pages this device keeps; a server error (5xx) gets the cached page.
* Two sites on one origin: an update of one deletes none of the other's caches.

The storage places checked: Cache Storage (every cache's keys and bodies), IndexedDB (its
databases), localStorage, sessionStorage, the address bar and history (the page's URL), and
cookies (none; tests/quality/test_csp.py).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
from pathlib import Path

import pytest

from calculators import api
from scripts.gzip_server import serve
from date_entry import fill_date_entry

pytestmark = pytest.mark.browser

BOOT = 180_000
DEADLINE = "/calculators/deadline/"
OPTIONS = "/calculators/options/"
ENGINE_RESULT = '[data-calculator="deadline"] .calc-result[data-source="engine"][data-last-day]'
# A shared plan link, as the issue found it in the cache.
SHARED = ("#application=removal-order&removal_status=permanent-resident&removal_order_type=deportation"
          "&decided=in-canada&notified=2026-11-30&grounds=misrepresentation&province=on")
ANSWERS = ("removal-order", "removal_status", "permanent-resident", "deportation", "2026-11-30",
           "misrepresentation", "application=", "grounds=", "notified=")
NEUTRAL_PAGE = "<!doctype html><title>Weather</title><h1>Weather</h1>"

# Everything the page can see of its storage: every cache's keys and bodies (base64 of the
# bytes), IndexedDB's databases, localStorage and sessionStorage.
STORAGE = """async () => {
  const out = { caches: {}, indexedDB: [], localStorage: {}, sessionStorage: {} };
  const b64 = (buffer) => { let s = ''; const bytes = new Uint8Array(buffer);
    for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    return btoa(s); };
  for (const name of await caches.keys()) {
    const cache = await caches.open(name);
    out.caches[name] = [];
    for (const request of await cache.keys()) {
      const response = await cache.match(request);
      out.caches[name].push({ url: request.url, status: response.status,
                              body: request.url.includes('/assets/pyodide/') ? null : b64(await response.arrayBuffer()) });
    }
  }
  if (indexedDB.databases) out.indexedDB = (await indexedDB.databases()).map((db) => db.name);
  for (let i = 0; i < localStorage.length; i++) out.localStorage[localStorage.key(i)] = localStorage.getItem(localStorage.key(i));
  for (let i = 0; i < sessionStorage.length; i++) out.sessionStorage[sessionStorage.key(i)] = sessionStorage.getItem(sessionStorage.key(i));
  return out;
}"""


def _serve(site: Path):
    server = serve(site)
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def _stop(server) -> None:
    server.shutdown()
    server.server_close()


def _context(browser, **options):
    context = browser.new_context(service_workers="allow", timezone_id="America/Toronto", **options)
    # The quick exit's neutral page is never contacted: the test answers for it.
    context.route(lambda url: not url.startswith("http://127.0.0.1"),
                  lambda route: route.fulfill(status=200, content_type="text/html", body=NEUTRAL_PAGE))
    return context


def _controlled(page, url: str) -> None:
    """Open `url` and wait until the service worker is active and controls the page."""
    page.goto(url)
    page.wait_for_function("async () => !!(await navigator.serviceWorker.ready).active", timeout=30_000)
    if not page.evaluate("() => !!navigator.serviceWorker.controller"):
        page.reload()
    page.wait_for_function("() => !!navigator.serviceWorker.controller", timeout=30_000)


def _runtime_cached(page) -> bool:
    return page.evaluate("""async () => {
      const names = await caches.keys();
      const runtime = names.find((n) => /runtime-[0-9a-f]{16}$/.test(n));
      const wheel = names.find((n) => /wheel-[0-9a-f]{16}$/.test(n));
      if (!runtime || !wheel) return false;
      return (await (await caches.open(runtime)).keys()).length >= 5 && (await (await caches.open(wheel)).keys()).length === 1;
    }""")


def _wait_runtime_cached(page, seconds: float = 120) -> None:
    for _ in range(int(seconds * 4)):
        if _runtime_cached(page):
            return
        page.wait_for_timeout(250)
    raise AssertionError("the service worker did not keep the runtime")


def _calculate(page, day: str) -> None:
    page.select_option("#deadline-remedy", "judicial-review")
    page.check('input[name="where"][value="in-canada"]')
    fill_date_entry(page, day)
    page.click('[data-calculator="deadline"] form button[type="submit"]')


def _engine_answers_offline(page, base: str) -> None:
    warnings: list[str] = []
    page.on("console", lambda message: message.type in ("warning", "error") and warnings.append(message.text))
    page.goto(base + DEADLINE)
    _calculate(page, "2026-09-15")
    result = page.locator(ENGINE_RESULT)
    try:
        result.wait_for(state="attached", timeout=BOOT)
    except Exception:
        widget = page.locator('[data-calculator="deadline"]')
        raise AssertionError(f"no answer offline: engine {widget.get_attribute('data-engine')}, "
                             f"said {page.locator('.calc-status').all_inner_texts()}, logged {warnings}") from None
    expected = api.handle({"kind": "deadline", "remedy": "judicial-review", "where": "in-canada", "from": "2026-09-15"})
    assert result.get_attribute("data-last-day") == expected["last_day"]


def _copy_site(site: Path, destination: Path) -> Path:
    """A copy to change as a deploy would (hard links: fast; a changed file is written anew)."""
    shutil.copytree(site, destination, copy_function=os.link)
    return destination


def _rewrite(path: Path, text: str) -> None:
    path.unlink()  # never write through a hard link into the shared built site
    path.write_text(text, encoding="utf-8")


# ------------------------------------------------------------------ 1. no answer in storage


@pytest.mark.parametrize("quick_exit", [False, True], ids=["stayed", "quick-exit"])
def test_a_shared_plan_link_leaves_no_answer_in_any_storage(browser, built_site, quick_exit):
    server, base = _serve(built_site)
    context = _context(browser)
    try:
        page = context.new_page()
        _controlled(page, base + "/")  # the worker controls the shared link's page, as on a repeat visit
        page.goto(base + OPTIONS + SHARED)
        page.locator(".calc-plan [data-plan-first]").wait_for(timeout=BOOT)
        assert "#" not in page.url and "misrepresentation" not in page.url  # the address forgets the answers
        page.wait_for_timeout(1000)  # let the worker finish writing its copies
        if quick_exit:
            page.locator("a[data-quick-exit]").first.click()
            page.wait_for_url(lambda url: not url.startswith(base))
        check = context.new_page()
        check.goto(base + "/")
        stored = check.evaluate(STORAGE)
        assert stored["caches"], "the worker kept nothing: the check would see nothing"
        problems = []
        for name, entries in stored["caches"].items():
            for entry in entries:
                url = entry["url"]
                if "#" in url or ("?" in url and "/assets/pyodide/" not in url):
                    problems.append(f"{name}: kept under an address with a fragment or query: {url}")
                if any(answer in url for answer in ANSWERS):
                    problems.append(f"{name}: an answer in a key: {url}")
                if entry["status"] != 200:
                    problems.append(f"{name}: an error kept: {url} {entry['status']}")
                if entry["body"] is not None and url.startswith(base + "/"):
                    path = url[len(base) + 1:].split("?")[0]
                    file = built_site / (path + "index.html" if path.endswith("/") or not path else path)
                    import base64

                    if not file.is_file() or base64.b64decode(entry["body"]) != file.read_bytes():
                        problems.append(f"{name}: a body that is not the site's file: {url}")
        for place in ("localStorage", "sessionStorage"):
            text = json.dumps(stored[place])
            problems += [f"{place}: {answer}" for answer in ANSWERS if answer in text]
        problems += [f"IndexedDB database: {db}" for db in stored["indexedDB"]]
        assert problems == []
    finally:
        context.close()
        _stop(server)


# ------------------------------------------------------------------ 2. a late answer is dropped


@pytest.fixture(scope="module")
def bfcache_browser(browser):
    """Chromium with its back-forward cache on (Playwright turns it off by default), as a phone has it."""
    from scripts.local_site import CHROMIUM, CHROMIUM_ARGS

    launched = browser.browser_type.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS,
                                           ignore_default_args=["--disable-back-forward-cache"])
    yield launched
    launched.close()


def _hold_runtime(context) -> list:
    # Every file of the runtime is held (not only the binary): a download still running while
    # the page sits in the back-forward cache would make Chromium evict it (NetworkExceedsBufferLimit).
    held: list = []
    context.route("**/assets/pyodide/**", lambda route: held.append(route))
    return held


def _wait_for(condition, page, what: str, tries: int = 300) -> None:
    for _ in range(tries):
        if condition():
            return
        page.wait_for_timeout(100)
    raise AssertionError(what)


def _leave_quick_exit_and_come_back(page, base: str) -> None:
    page.evaluate("() => { window.__stillTheSamePage = true; }")
    page.goto(base + "/remedies/judicial-review/")
    page.locator("a[data-quick-exit]").first.click()
    page.wait_for_url(lambda url: not url.startswith(base))
    page.go_back(wait_until="commit")
    page.wait_for_url(lambda url: url.startswith(base), wait_until="commit")
    # The page came back from the back-forward cache (its scripts' state is the same), as the issue found.
    assert page.evaluate("() => window.__stillTheSamePage === true"), "not restored from the back-forward cache"


def test_back_after_the_quick_exit_never_shows_the_deadline_s_late_answer(bfcache_browser, built_site):
    answers = json.loads((built_site / "assets" / "calculators" / "answers.json").read_text(encoding="utf-8"))
    day = (dt.date.fromisoformat(answers["first"]) - dt.timedelta(days=10)).isoformat()  # no date ahead of time
    server, base = _serve(built_site)
    context = _context(bfcache_browser)
    try:
        held = _hold_runtime(context)
        page = context.new_page()
        page.goto(base + DEADLINE)
        _calculate(page, day)
        _wait_for(lambda: bool(held), page, "the runtime download never started")
        _leave_quick_exit_and_come_back(page, base)
        for route in held:
            route.continue_()
        context.unroute("**/assets/pyodide/**")
        page.wait_for_selector('[data-calculator="deadline"][data-engine="ready"]', timeout=BOOT)
        page.wait_for_timeout(1500)  # the late answer has had all the time it needs
        result = page.locator('[data-calculator="deadline"] .calc-result')
        assert result.is_hidden() and result.inner_text().strip() == ""
        assert page.locator("#deadline-from").input_value() == ""
    finally:
        context.close()
        _stop(server)


def test_back_after_the_quick_exit_never_shows_the_plan_s_late_answer(bfcache_browser, built_site):
    server, base = _serve(built_site)
    context = _context(bfcache_browser)
    try:
        held = _hold_runtime(context)
        page = context.new_page()
        page.goto(base + OPTIONS + SHARED)  # the plan is asked for at once, while the runtime is held
        _wait_for(lambda: bool(held), page, "the runtime download never started")
        _leave_quick_exit_and_come_back(page, base)
        for route in held:
            route.continue_()
        context.unroute("**/assets/pyodide/**")
        page.wait_for_selector('[data-calculator="options"][data-engine="ready"]', timeout=BOOT)
        page.wait_for_timeout(1500)
        assert page.locator(".calc-plan").count() == 0 or page.locator(".calc-plan").inner_text().strip() == ""
        assert page.locator("form.calc-question").count() == 1  # back to the first question, empty
    finally:
        context.close()
        _stop(server)


# ------------------------------------------------------------------ 3. a deploy in two halves


def _registration(page) -> dict:
    return page.evaluate("""async () => {
      const r = await navigator.serviceWorker.getRegistration();
      return { active: r && r.active && r.active.scriptURL, installing: !!(r && r.installing), waiting: !!(r && r.waiting) };
    }""")


def _update(page) -> None:
    page.evaluate("async () => { try { await (await navigator.serviceWorker.getRegistration()).update(); } catch (e) {} }")
    page.wait_for_function("""async () => { const r = await navigator.serviceWorker.getRegistration();
                               return !r.installing && !r.waiting; }""", timeout=BOOT)


def _no_error_cached(page) -> None:
    stored = page.evaluate(STORAGE)
    errors = [(e["url"], e["status"]) for entries in stored["caches"].values() for e in entries if e["status"] != 200]
    assert errors == []


def test_a_deploy_served_in_two_halves_keeps_the_calculator_working_offline(browser, built_site, tmp_path):
    deploy = _copy_site(built_site, tmp_path / "site")
    worker = (deploy / "sw.js").read_text(encoding="utf-8")
    old_runtime = re.search(r'"runtime-([0-9a-f]{16})"', worker).group(1)
    new_runtime = "f" * 16 if old_runtime != "f" * 16 else "e" * 16
    server, base = _serve(deploy)
    context = _context(browser)
    try:
        page = context.new_page()
        # Before: one visit to the calculator, then offline.
        page.goto(base + DEADLINE)
        page.wait_for_function("() => performance.getEntriesByName('calculators:ready').length > 0", timeout=BOOT)
        _wait_runtime_cached(page)
        server.state["down"] = True
        _engine_answers_offline(page, base)
        server.state["down"] = False
        # During: a new worker and a new runtime, the runtime's binary not uploaded yet.
        wasm = deploy / "assets" / "pyodide" / "pyodide.asm.wasm"
        wasm_bytes = wasm.read_bytes()
        wasm.unlink()
        _rewrite(deploy / "sw.js", worker.replace(old_runtime, new_runtime))
        page.goto(base + "/")
        _update(page)
        names = page.evaluate("async () => await caches.keys()")
        assert any(name.endswith("runtime-" + old_runtime) for name in names), names  # the old runtime stays
        _no_error_cached(page)
        server.state["down"] = True
        _engine_answers_offline(page, base)
        server.state["down"] = False
        # After: the deploy is complete; the new worker takes over, the old runtime goes.
        wasm.write_bytes(wasm_bytes)
        page.goto(base + "/")
        _update(page)
        page.wait_for_function(f"""async () => {{ const names = await caches.keys();
            return names.some((n) => n.endsWith('runtime-{new_runtime}')) && !names.some((n) => n.endsWith('runtime-{old_runtime}')); }}""",
                               timeout=BOOT)
        _no_error_cached(page)
        server.state["down"] = True
        _engine_answers_offline(page, base)
    finally:
        context.close()
        _stop(server)


# ------------------------------------------------------------------ offline page, 5xx


@pytest.mark.parametrize("lang, prefix, title", [("en", "", "You are offline"), ("fr", "/fr", "Vous êtes hors ligne")])
def test_offline_a_page_never_visited_shows_the_offline_page_in_the_readers_language(browser, built_site, lang,
                                                                                      prefix, title):
    server, base = _serve(built_site)
    context = _context(browser)
    try:
        page = context.new_page()
        _controlled(page, base + prefix + "/")
        page.goto(base + prefix + "/help/get-help/")  # visited: kept
        server.state["down"] = True
        page.goto(base + prefix + "/remedies/judicial-review/")  # never visited
        assert page.locator("h1").inner_text() == title
        assert page.evaluate("() => document.documentElement.lang") == lang
        links = page.locator("[data-offline-pages] a")
        hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
        assert base + prefix + "/help/get-help/" in hrefs
        # A saved page opens from the list with no connection.
        page.locator(f'[data-offline-pages] a[href="{base + prefix}/help/get-help/"]').click()
        page.wait_for_url(base + prefix + "/help/get-help/")
        assert page.locator("a[data-quick-exit]").count() >= 1
    finally:
        context.close()
        _stop(server)


def test_a_server_error_falls_back_to_the_cached_page(browser, built_site):
    server, base = _serve(built_site)
    context = _context(browser)
    try:
        page = context.new_page()
        _controlled(page, base + "/")
        page.goto(base + "/help/get-help/")
        heading = page.locator("h1").first.inner_text()
        server.state["status"] = {"/help/get-help/": 503}
        response = page.goto(base + "/help/get-help/")
        assert response.status == 200 and page.locator("h1").first.inner_text() == heading
        # The error itself was never kept.
        _no_error_cached(page)
    finally:
        context.close()
        _stop(server)


# ------------------------------------------------------------------ two sites on one origin


def test_an_update_deletes_only_this_sites_caches_never_another_sites_on_the_origin(browser, built_site, tmp_path):
    origin = tmp_path / "origin"
    origin.mkdir()
    _copy_site(built_site, origin / "one")
    _copy_site(built_site, origin / "two")
    server, base = _serve(origin)
    context = _context(browser)
    try:
        page = context.new_page()
        for site in ("one", "two"):
            _controlled(page, f"{base}/{site}/")
            page.goto(f"{base}/{site}/help/get-help/")
        # Another application on the same origin keeps its own cache too.
        page.evaluate("async () => { await (await caches.open('someone-else')).put('/elsewhere', new Response('x')); }")
        kept_urls = """async () => (await Promise.all((await caches.keys()).map(async (name) =>
            (await (await caches.open(name)).keys()).map((request) => request.url)))).flat()"""
        two_before = {url for url in page.evaluate(kept_urls) if url.startswith(f"{base}/two/")}
        assert f"{base}/two/help/get-help/" in two_before
        # Site one is updated (a new worker with a new runtime): it cleans up after itself only.
        worker = (origin / "one" / "sw.js").read_text(encoding="utf-8")
        old = re.search(r'"runtime-([0-9a-f]{16})"', worker).group(1)
        _rewrite(origin / "one" / "sw.js", worker.replace(old, "0" * 16 if old != "0" * 16 else "1" * 16))
        page.goto(f"{base}/one/")
        _update(page)
        page.wait_for_function("""async () => (await navigator.serviceWorker.getRegistration()).active.state === 'activated'""")
        page.wait_for_timeout(1000)
        assert "someone-else" in page.evaluate("async () => await caches.keys()")
        two_after = {url for url in page.evaluate(kept_urls) if url.startswith(f"{base}/two/")}
        assert two_before <= two_after, two_before - two_after
    finally:
        context.close()
        _stop(server)
