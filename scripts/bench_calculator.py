"""Benchmark the calculators in headless Chromium on a local server (a tool, not a test).

Reports, over several runs, each in a fresh browser profile (cold cache) unless noted:

* navigation -> Pyodide ready on the deadline calculator page (the page's own
  `calculators:ready` performance mark), and the same on a repeat visit (warm HTTP cache);
* the same Pyodide boot on a bare page that loads only Pyodide in a worker, and the
  ratio calculator / bare (target <= 1.1);
* Calculate -> result, the first time (cold) and again (warm), from the page's
  `calculators:calculate` measure (target < 100 ms);
* a reader who takes 3 s to fill the form: how long they wait after pressing Calculate;
* bytes transferred (response bodies + headers, from Chromium) for the calculator page,
  for guide pages, and how many of those bytes are Pyodide (target 0 on guide pages).

Usage:  python scripts/bench_calculator.py [--runs 5] [--site DIR] [--json]
Without --site it builds the site with `mkdocs build --strict` into a temporary folder.
Uses the system Chromium (CHROMIUM, default /usr/bin/chromium), like the tests.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from scripts.local_site import CHROMIUM, CHROMIUM_ARGS, build_site, serve  # noqa: E402

CALCULATOR = "/calculators/deadline/"
GUIDES = ["/", "/remedies/judicial-review/"]
PYODIDE_PATH = "/assets/pyodide/"

BARE_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Bare Pyodide boot</title></head>
<body><p>Bare Pyodide boot: loads only Pyodide, in a module worker, from the site's own copy.</p>
<script type="module">
const worker = new Worker("worker.js", { type: "module" });
worker.onmessage = (event) => {
  if (event.data === "ready") { performance.mark("bare:ready"); window.__bareReady = true; }
  else { window.__bareFailed = String(event.data); }
};
</script></body></html>
"""
BARE_WORKER = """const indexURL = new URL("../assets/pyodide/", self.location.href).href;
try {
  const { loadPyodide } = await import(indexURL + "pyodide.mjs");
  await loadPyodide({ indexURL });
  self.postMessage("ready");
} catch (error) {
  self.postMessage("failed: " + error);
}
"""


def add_bare_page(site: Path) -> None:
    bare = site / "bench-bare"
    bare.mkdir(exist_ok=True)
    (bare / "index.html").write_text(BARE_PAGE, encoding="utf-8")
    (bare / "worker.js").write_text(BARE_WORKER, encoding="utf-8")


class Transfer:
    """Bytes each finished response took on the wire (body + headers), by URL."""

    def __init__(self, page):
        self.finished = []
        page.on("requestfinished", lambda request: self.finished.append(request))

    def totals(self) -> tuple[int, int]:
        total = pyodide = 0
        for request in self.finished:
            if request.url.startswith(("data:", "blob:")):
                continue
            sizes = request.sizes()
            size = sizes["responseBodySize"] + sizes["responseHeadersSize"]
            total += size
            if PYODIDE_PATH in request.url:
                pyodide += size
        return total, pyodide


def mark(page, name: str) -> float | None:
    return page.evaluate(
        "(name) => { const m = performance.getEntriesByName(name); return m.length ? m[m.length - 1].startTime : null; }",
        name,
    )


def last_calculate(page) -> float:
    return page.evaluate(
        "() => { const m = performance.getEntriesByName('calculators:calculate'); return m[m.length - 1].duration; }"
    )


def fill_and_calculate(page, day: str) -> None:
    page.select_option("#deadline-remedy", "judicial-review")
    page.check('input[name="where"][value="in-canada"]')
    page.fill("#deadline-from", day)
    page.click("form.calc-form button[type=submit]")


def run_calculator(browser, base: str) -> dict:
    context = browser.new_context()
    page = context.new_page()
    transfer = Transfer(page)
    page.goto(base + CALCULATOR)
    page.wait_for_selector('[data-calculator="deadline"][data-engine="ready"]', timeout=120_000)
    ready = mark(page, "calculators:ready")
    boot_start = mark(page, "calculators:boot-start")
    fill_and_calculate(page, "2026-09-15")
    page.wait_for_function("() => performance.getEntriesByName('calculators:calculate').length >= 1")
    cold = last_calculate(page)
    fill_and_calculate(page, "2026-07-03")
    page.wait_for_function("() => performance.getEntriesByName('calculators:calculate').length >= 2")
    warm = last_calculate(page)
    page.wait_for_load_state("networkidle")
    total, pyodide = transfer.totals()
    # A repeat visit in the same profile: the HTTP cache (and V8's code cache) are warm.
    page.goto(base + "/")
    page.goto(base + CALCULATOR)
    page.wait_for_selector('[data-calculator="deadline"][data-engine="ready"]', timeout=120_000)
    repeat = mark(page, "calculators:ready")
    context.close()
    return {"ready_ms": ready, "boot_start_ms": boot_start, "repeat_ready_ms": repeat, "calculate_cold_ms": cold, "calculate_warm_ms": warm,
            "page_bytes": total, "page_pyodide_bytes": pyodide}


def run_reader(browser, base: str, fill_seconds: float = 3.0) -> dict:
    """A reader who needs `fill_seconds` to fill the form: how long do they wait for the result?"""
    context = browser.new_context()
    page = context.new_page()
    page.goto(base + CALCULATOR)
    start = time.monotonic()
    page.select_option("#deadline-remedy", "judicial-review")
    page.check('input[name="where"][value="in-canada"]')
    page.fill("#deadline-from", "2026-09-15")
    time.sleep(max(0.0, fill_seconds - (time.monotonic() - start)))
    page.evaluate("() => performance.mark('bench:click')")
    page.click("form.calc-form button[type=submit]")
    page.wait_for_selector(".calc-result[data-last-day]", timeout=120_000)
    waited = page.evaluate(
        "() => performance.getEntriesByName('calculators:result')[0].startTime - performance.getEntriesByName('bench:click')[0].startTime"
    )
    context.close()
    return {"reader_wait_ms": waited}


def run_bare(browser, base: str) -> dict:
    context = browser.new_context()
    page = context.new_page()
    page.goto(base + "/bench-bare/")
    page.wait_for_function("() => window.__bareReady || window.__bareFailed", timeout=120_000)
    failed = page.evaluate("() => window.__bareFailed || null")
    if failed:
        sys.exit(f"bare Pyodide page failed: {failed}")
    ready = mark(page, "bare:ready")
    context.close()
    return {"bare_ready_ms": ready}


def run_guides(browser, base: str) -> dict:
    totals = {}
    for path in GUIDES:
        context = browser.new_context()
        page = context.new_page()
        transfer = Transfer(page)
        page.goto(base + path, wait_until="networkidle")
        page.wait_for_timeout(1500)  # give an idle callback time to fire, if one were (wrongly) set
        total, pyodide = transfer.totals()
        totals[path] = {"bytes": total, "pyodide_bytes": pyodide}
        context.close()
    return totals


def summary(values: list[float]) -> str:
    values = [v for v in values if v is not None]
    if not values:
        return "n/a"
    return f"median {statistics.median(values):8.1f}   min {min(values):8.1f}   max {max(values):8.1f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--site", type=Path, help="an already built site (default: build one)")
    parser.add_argument("--json", action="store_true", help="print the raw measurements as JSON too")
    args = parser.parse_args(argv)

    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as temporary:
        site = args.site or build_site(Path(temporary) / "site")
        add_bare_page(site)
        server = serve(site)
        base = f"http://127.0.0.1:{server.server_address[1]}"
        runs: list[dict] = []
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
            for _ in range(args.runs):
                # Interleaved, so a slow moment of the machine hits both pages alike.
                run = {}
                run.update(run_bare(browser, base))
                run.update(run_calculator(browser, base))
                run.update(run_reader(browser, base))
                runs.append(run)
            guides = run_guides(browser, base)
            browser.close()
        server.shutdown()
        server.server_close()

    def column(key):
        return [run[key] for run in runs]

    ready = statistics.median(column("ready_ms"))
    bare = statistics.median(column("bare_ready_ms"))
    print(f"Calculators benchmark: {args.runs} runs, headless Chromium, local server, cold cache (ms)")
    print(f"  navigation -> Pyodide ready, bare page        {summary(column('bare_ready_ms'))}")
    print(f"  navigation -> Pyodide ready, calculator page  {summary(column('ready_ms'))}")
    print(f"  navigation -> worker started (first frame)   {summary(column('boot_start_ms'))}")
    print(f"  ratio calculator / bare (median)              {ready / bare:.3f}   (target <= 1.1)")
    print(f"  navigation -> ready, repeat visit (warm cache) {summary(column('repeat_ready_ms'))}")
    print(f"  Calculate -> result, first (cold)             {summary(column('calculate_cold_ms'))}")
    print(f"  Calculate -> result, again (warm)             {summary(column('calculate_warm_ms'))}")
    print(f"  reader fills for 3 s, then waits              {summary(column('reader_wait_ms'))}")
    print(f"  calculator page: {runs[0]['page_bytes']:,} bytes, of which Pyodide + wheel {runs[0]['page_pyodide_bytes']:,}")
    for path, sizes in guides.items():
        print(f"  guide page {path}: {sizes['bytes']:,} bytes, of which Pyodide {sizes['pyodide_bytes']:,}")
    if args.json:
        print(json.dumps({"runs": runs, "guides": guides}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
