"""Installable, and offline after one visit: the service worker and the manifest (scripts/hooks/service_worker.py).

In Chromium over http: after one visit to the deadline calculator, a repeat visit fetches no
byte of the runtime from the network, and with the server gone the calculator still answers
with the engine. The manifest and its icon are files of the site itself.
"""

from __future__ import annotations

import json
import re
import time

import pytest

from calculators import api
from scripts.gzip_server import serve
from date_entry import fill_date_entry

CALCULATOR = "/calculators/deadline/"
ENGINE_RESULT = '[data-calculator="deadline"] .calc-result[data-source="engine"][data-last-day]'


def _calculate(page, day: str) -> None:
    page.select_option("#deadline-remedy", "judicial-review")
    page.check('input[name="where"][value="in-canada"]')
    fill_date_entry(page, day)
    page.click('[data-calculator="deadline"] form button[type="submit"]')


def _runtime_cached(page) -> bool:
    return page.evaluate(
        """async () => {
          const names = await caches.keys();
          const runtime = names.find((n) => /runtime-[0-9a-f]{16}$/.test(n));
          const wheel = names.find((n) => /wheel-[0-9a-f]{16}$/.test(n));
          if (!runtime || !wheel) return false;
          const r = await (await caches.open(runtime)).keys();
          const w = await (await caches.open(wheel)).keys();
          return r.length >= 5 && w.length === 1;
        }"""
    )


def test_every_page_links_the_manifest_and_registers_the_worker(built_site):
    for page in ("index.html", "remedies/judicial-review/index.html", "calculators/deadline/index.html",
                 "fr/index.html"):
        text = (built_site / page).read_text(encoding="utf-8")
        assert re.search(r'<link rel="manifest" href="[^"]*manifest\.webmanifest">', text), page
        assert re.search(r'<script src="[^"]*assets/sw-register\.js" data-sw="[^"]*sw\.js" defer>', text), page
    manifest = json.loads((built_site / "manifest.webmanifest").read_text(encoding="utf-8"))
    assert manifest["display"] == "standalone" and manifest["start_url"] == "./"
    for icon in manifest["icons"]:
        assert not re.match(r"[a-z]+:", icon["src"]), "icons come from the site itself"
        assert (built_site / icon["src"]).is_file(), icon["src"]


def test_the_runtime_cache_is_named_after_the_runtime(built_site):
    worker = (built_site / "sw.js").read_text(encoding="utf-8")
    assert "__" not in re.sub(r"__[a-z]", "", worker.split("*/", 1)[1]), "a build-time value was left unfilled"
    names = re.findall(r'"(runtime|wheel)-([0-9a-f]{16})"', worker)
    assert {kind for kind, _ in names} == {"runtime", "wheel"}
    for name in ("pyodide.asm.wasm", "python_stdlib.zip", "pyodide.mjs"):
        assert f"assets/pyodide/{name}" in worker


@pytest.mark.browser
def test_after_one_visit_the_calculator_answers_with_no_network(browser, built_site):
    server = serve(built_site)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    context = browser.new_context(service_workers="allow")
    try:
        page = context.new_page()
        page.goto(base + CALCULATOR)
        page.wait_for_function("() => performance.getEntriesByName('calculators:ready').length > 0", timeout=120_000)
        deadline = time.monotonic() + 60
        while not _runtime_cached(page):
            assert time.monotonic() < deadline, "the service worker did not keep the runtime after the first visit"
            page.wait_for_timeout(250)
        # The worker's copies came from the HTTP cache: the runtime was downloaded once.
        assert server.served.get("/assets/pyodide/pyodide.asm.wasm") == 1
        assert server.served.get("/assets/pyodide/python_stdlib.zip") == 1
        # Repeat visit, online: no byte of the runtime from the network.
        from_network: list[str] = []
        page.on("response", lambda r: "/assets/pyodide/" in r.url and not r.from_service_worker
                and from_network.append(r.url))
        page.reload()
        page.wait_for_function("() => performance.getEntriesByName('calculators:ready').length > 0", timeout=120_000)
        assert from_network == []
        assert server.served.get("/assets/pyodide/pyodide.asm.wasm") == 1
        # The server is gone: the page, its scripts and the engine come from the cache.
        server.shutdown()
        server.server_close()
        page.goto(base + "/")
        page.goto(base + CALCULATOR)
        _calculate(page, "2026-09-15")
        result = page.locator(ENGINE_RESULT)
        result.wait_for(state="attached", timeout=120_000)
        expected = api.handle({"kind": "deadline", "remedy": "judicial-review", "where": "in-canada", "from": "2026-09-15"})
        assert result.get_attribute("data-last-day") == expected["last_day"]
    finally:
        context.close()
        server.shutdown()


SAVE_DATA = "Object.defineProperty(Navigator.prototype, 'connection', {get: () => ({saveData: true})});"


@pytest.mark.browser
def test_a_guide_page_lets_the_worker_fetch_the_runtime_in_the_background_once(browser, built_site):
    """Issue 20 item 9: a reader who reads a guide first finds the runtime already there."""
    server = serve(built_site)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    context = browser.new_context(service_workers="allow")
    try:
        page = context.new_page()
        page.goto(base + "/remedies/judicial-review/")
        deadline = time.monotonic() + 120
        while not _runtime_cached(page):
            assert time.monotonic() < deadline, "the worker did not fetch the runtime while the reader read"
            page.wait_for_timeout(250)
        assert server.served.get("/assets/pyodide/pyodide.asm.wasm") == 1
        # Then the calculator: no byte of the runtime from the network.
        page.goto(base + CALCULATOR)
        page.wait_for_function("() => performance.getEntriesByName('calculators:ready').length > 0", timeout=120_000)
        assert server.served.get("/assets/pyodide/pyodide.asm.wasm") == 1
    finally:
        context.close()
        server.shutdown()


@pytest.mark.browser
def test_a_guide_page_fetches_no_runtime_when_the_browser_asks_to_save_data(browser, built_site):
    server = serve(built_site)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    context = browser.new_context(service_workers="allow")
    context.add_init_script(SAVE_DATA)
    try:
        page = context.new_page()
        requested: list[str] = []
        context.on("request", lambda r: requested.append(r.url))
        page.goto(base + "/remedies/judicial-review/")
        page.wait_for_function("async () => !!(await navigator.serviceWorker.getRegistration())", timeout=30_000)
        page.wait_for_timeout(3000)
        assert [url for url in requested if "/assets/pyodide/" in url] == []
        assert not any(path.startswith("/assets/pyodide/") for path in server.served)
        assert page.evaluate("async () => (await caches.keys()).some((n) => n.includes('pages-'))")
    finally:
        context.close()
        server.shutdown()


@pytest.mark.browser
def test_the_calculator_page_starts_the_runtime_before_its_deferred_scripts_have_run(browser, built_site):
    """The runtime's download starts from the page's head, not after every deferred script."""
    server = serve(built_site)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    context = browser.new_context()
    try:
        page = context.new_page()
        # The widgets' scripts come late, as on a slow phone network.
        page.route("**/assets/calculators/calculators.js", lambda route: (time.sleep(2), route.continue_()))
        page.goto(base + CALCULATOR)
        page.wait_for_function("() => performance.getEntriesByName('calculators:ready').length > 0", timeout=120_000)
        times = page.evaluate("""() => ({
          boot: performance.getEntriesByName('calculators:boot-start')[0].startTime,
          dcl: performance.getEntriesByType('navigation')[0].domContentLoadedEventStart })""")
        assert times["boot"] < times["dcl"], times
    finally:
        context.close()
        server.shutdown()


def test_nothing_is_added_under_mkdocs_serve_or_in_the_offline_export(monkeypatch):
    import importlib.util
    from pathlib import Path
    from types import SimpleNamespace

    path = Path(__file__).resolve().parents[2] / "scripts" / "hooks" / "service_worker.py"
    spec = importlib.util.spec_from_file_location("_sw_hook", path)
    hook = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hook)
    page = SimpleNamespace(url="remedies/x/", file=SimpleNamespace(locale="en"))
    html = "<html><head></head><body></body></html>"
    monkeypatch.delenv("OFFLINE_EXPORT", raising=False)
    hook.on_startup(command="build", dirty=False)
    assert 'rel="manifest"' in hook.on_post_page(html, page=page, config={})
    hook.on_startup(command="serve", dirty=False)
    assert hook.on_post_page(html, page=page, config={}) == html
    hook.on_startup(command="build", dirty=False)
    monkeypatch.setenv("OFFLINE_EXPORT", "true")
    assert hook.on_post_page(html, page=page, config={}) == html


@pytest.mark.browser
def test_chromium_finds_the_site_installable(browser, built_site, tmp_path):
    from scripts.local_site import CHROMIUM, CHROMIUM_ARGS

    server = serve(built_site)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    # A real profile: Chromium never offers to install from an incognito one.
    context = browser.browser_type.launch_persistent_context(
        str(tmp_path / "profile"), executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
    try:
        page = context.new_page()
        page.goto(base + "/")
        page.wait_for_function("async () => !!(await navigator.serviceWorker.getRegistration())", timeout=30_000)
        cdp = context.new_cdp_session(page)
        manifest = cdp.send("Page.getAppManifest")
        assert manifest["url"].endswith("/manifest.webmanifest") and manifest["errors"] == []
        assert cdp.send("Page.getInstallabilityErrors")["installabilityErrors"] == []
    finally:
        context.close()
        server.shutdown()
