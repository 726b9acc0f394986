"""What a reader on a phone network waits for: the deadline calculator on Slow 4G and Fast 3G.

    python scripts/bench_phone.py [--site DIR] [--runs 1] [--json]

A report, not a test (timings depend on the machine). Headless Chromium (the system's),
the network slowed by Chromium itself (DevTools `Network.emulateNetworkConditions`, which
also covers the page's workers), files served by scripts/gzip_server.py as GitHub Pages
serves them (gzip, max-age=600, ETag). In the same run, for each network:

* the deadline calculator page, cold (empty cache), on a repeat visit (same browser
  profile, a minute later: HTTP cache and service worker warm) and "later" (the HTTP cache
  emptied, as it has expired a day later; the service worker's caches kept). The reader presses
  Calculate as soon as the page has loaded, for a start date inside the window of answers
  computed ahead of time;
* a bare page that only boots Pyodide in a worker from the same files (the floor);
* the options page's interview (`--interview`), cold, on Slow 4G only: a reader who answers
  every question at once (0 s a question), one who takes 3 s a question, and the same two
  after reading the home page for 20 s first. Reported: the wait from the last answer (the
  check page's button) to the plan on screen, and when the runtime was ready. Here the
  whole device shares one slow link made by the server (scripts/gzip_server.py `Link`:
  150 ms a response, 1.6 Mbit/s down shared by every connection), because DevTools
  throttling does not slow the service worker's own fetches.

Reported, in seconds from navigation: first paint (first-contentful-paint), form usable
(the form is shown and the Calculate button enabled), Calculate pressed, first date shown
(`.calc-result[data-last-day]`, from the precomputed answers or the engine, whichever is
first), full answer (`.calc-result[data-source="engine"]`, steps and all), Pyodide ready;
bytes on the wire (bodies as sent, gzip included, plus headers); the ratios of the
calculator page to the bare page.

Networks (DevTools numbers): Slow 4G = 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up
(Lighthouse's mobile throttling); Fast 3G = 562.5 ms, 1.44 Mbit/s down, 675 kbit/s up
(DevTools' Fast 3G preset).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from scripts.bench_calculator import add_bare_page  # noqa: E402
from scripts.gzip_server import Link, serve  # noqa: E402
from scripts.local_site import CHROMIUM, CHROMIUM_ARGS, build_site  # noqa: E402

CALCULATOR = "/calculators/deadline/"
BARE = "/bench-bare/"
NETWORKS = {
    "Slow 4G": {"latency": 150, "downloadThroughput": 1_600_000 / 8, "uploadThroughput": 750_000 / 8},
    "Fast 3G": {"latency": 562.5, "downloadThroughput": 1_440_000 / 8, "uploadThroughput": 675_000 / 8},
}
TIMEOUT_MS = 240_000

# Recorded in the page from its first moment: when the form is usable, and when each kind of result shows.
WATCH = """
(() => {
  const t = (name) => { if (!(name in window.__bench)) window.__bench[name] = performance.now(); };
  window.__bench = {};
  const poll = () => {
    const form = document.querySelector('[data-calculator="deadline"] form');
    const button = form && form.querySelector('button[type="submit"]');
    const select = form && form.querySelector('select');
    if (form && button && select && !button.disabled && select.options.length > 1 && form.offsetParent !== null) t('form');
    const result = document.querySelector('[data-calculator="deadline"] .calc-result[data-last-day]');
    if (result) t('date');
    // The engine's answer (a page from before the answers ahead of time has no data-source).
    if (result && (result.getAttribute('data-source') || 'engine') === 'engine') t('full');
    if (window.__bareReady) t('bare');
    if (!('full' in window.__bench) || !('form' in window.__bench)) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
})();
"""


def throttle(context, page, network: dict):
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.emulateNetworkConditions", {"offline": False, **network})
    return cdp


class Wire:
    """Bytes each finished response took on the wire (encoded body + headers)."""

    def __init__(self, page):
        self.finished = []
        page.on("requestfinished", lambda request: self.finished.append(request))

    def totals(self) -> dict:
        total = pyodide = count = 0
        for request in self.finished:
            if request.url.startswith(("data:", "blob:")):
                continue
            sizes = request.sizes()
            size = sizes["responseBodySize"] + sizes["responseHeadersSize"]
            total += size
            count += 1
            if "/assets/pyodide/" in request.url:
                pyodide += size
        return {"bytes": total, "pyodide_bytes": pyodide, "requests": count}


def mark(page, name: str):
    return page.evaluate(
        "(n) => { const m = performance.getEntriesByName(n); return m.length ? m[m.length - 1].startTime : null; }", name)


def first_paint(page):
    return page.evaluate(
        "() => { const p = performance.getEntriesByName('first-contentful-paint'); return p.length ? p[0].startTime : null; }")


def visit_calculator(context, base: str, network: dict, day: str) -> dict:
    page = context.new_page()
    throttle(context, page, network)
    wire = Wire(page)
    page.add_init_script(WATCH)
    page.goto(base + CALCULATOR, wait_until="load", timeout=TIMEOUT_MS)
    page.wait_for_function("() => 'form' in window.__bench", timeout=TIMEOUT_MS)
    page.select_option("#deadline-remedy", "judicial-review")
    page.check('input[name="where"][value="in-canada"]')
    page.fill("#deadline-from", day)
    pressed = page.evaluate("() => performance.now()")
    page.click('[data-calculator="deadline"] form button[type="submit"]')
    page.wait_for_function("() => 'date' in window.__bench", timeout=TIMEOUT_MS)
    page.wait_for_function("() => 'full' in window.__bench", timeout=TIMEOUT_MS)
    page.wait_for_timeout(500)
    found = page.evaluate("() => window.__bench")
    result = {
        "first_paint": first_paint(page), "form_usable": found.get("form"), "pressed": pressed,
        "first_date": found.get("date"), "full_answer": found.get("full"),
        "pyodide_ready": mark(page, "calculators:ready"),
        "source_first": None,
        **wire.totals(),
    }
    page.close()
    return result


def visit_bare(context, base: str, network: dict) -> dict:
    page = context.new_page()
    throttle(context, page, network)
    wire = Wire(page)
    page.add_init_script(WATCH)
    page.goto(base + BARE, wait_until="load", timeout=TIMEOUT_MS)
    page.wait_for_function("() => window.__bareReady || window.__bareFailed", timeout=TIMEOUT_MS)
    failed = page.evaluate("() => window.__bareFailed || null")
    if failed:
        raise SystemExit(f"bare Pyodide page failed: {failed}")
    result = {"first_paint": first_paint(page), "pyodide_ready": mark(page, "bare:ready"), **wire.totals()}
    page.close()
    return result


def run(browser, base: str, network: dict, day: str) -> dict:
    out = {}
    for name, visit in (("bare", lambda c: visit_bare(c, base, network)),
                        ("calculator", lambda c: visit_calculator(c, base, network, day))):
        context = browser.new_context(service_workers="allow")
        try:
            out[name + " cold"] = visit(context)
            time.sleep(1.0)  # let a service worker finish installing, as it would while the reader reads
            out[name + " repeat"] = visit(context)
            # A day later: the HTTP cache has expired (GitHub Pages sends max-age=600), the
            # service worker's caches have not. Chromium's HTTP cache is emptied to stand for it.
            page = context.new_page()
            context.new_cdp_session(page).send("Network.clearBrowserCache")
            page.close()
            out[name + " later"] = visit(context)
        finally:
            context.close()
    return out


OPTIONS = "/calculators/options/"
# (seconds on the home page first, seconds spent on each question)
READERS = [(0, 0), (0, 3), (20, 0), (20, 3)]


def interview_answer(question: dict, notified: str):
    """A reader with definite answers: a refused study permit, no special grounds, Ontario."""
    if question["field"] == "application":
        return "study-permit"
    if question["type"] == "date":
        return notified
    values = [c["value"] for c in question["choices"] if c["value"] not in (question["unknown"], "other")]
    if question["field"] == "province":
        values = ["on"]
    if question["type"] == "multi":
        return ["none"] if "none" in values else values[:1]
    return values[0]


def visit_interview(browser, base: str, home_s: float, pace_s: float, notified: str) -> dict:
    from calculators import api

    questions = {q["id"]: q for q in api.handle({"kind": "interview", "lang": "en"})["questions"]}
    context = browser.new_context(service_workers="allow")
    try:
        page = context.new_page()
        if home_s:
            page.goto(base + "/", wait_until="load", timeout=TIMEOUT_MS)
            page.wait_for_timeout(home_s * 1000)
        page.goto(base + OPTIONS, wait_until="load", timeout=TIMEOUT_MS)
        asked = 0
        for _ in range(len(questions) + 1):
            if page.locator("form.calc-check").count():
                break
            form = page.locator("form.calc-question")
            form.wait_for(timeout=TIMEOUT_MS)
            question = questions[form.get_attribute("data-question")]
            if pace_s:
                page.wait_for_timeout(pace_s * 1000)
            value = interview_answer(question, notified)
            if question["type"] == "date":
                form.locator('input[type="date"]').fill(value)
            else:
                for item in value if isinstance(value, list) else [value]:
                    form.locator(f'input[value="{item}"]').check()
            form.locator('button[type="submit"]').click()
            asked += 1
        page.locator("form.calc-check").wait_for(timeout=TIMEOUT_MS)
        last = page.evaluate("() => performance.now()")
        page.locator("form.calc-check button[type=submit]").click()
        page.locator(".calc-plan [data-plan-first]").wait_for(timeout=TIMEOUT_MS)
        shown = page.evaluate("() => performance.now()")
        return {"questions": asked, "last_answer": last, "plan": shown, "wait": shown - last,
                "pyodide_ready": mark(page, "calculators:ready")}
    finally:
        context.close()


def run_interview(site: Path, notified: str, network: dict) -> dict:
    from playwright.sync_api import sync_playwright

    out = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            for home_s, pace_s in READERS:
                # A fresh server each time: its link starts idle.
                server = serve(site, link=Link(network["latency"], network["downloadThroughput"]))
                try:
                    base = f"http://127.0.0.1:{server.server_address[1]}"
                    out[f"home {home_s:>2} s, {pace_s} s a question"] = visit_interview(
                        browser, base, home_s, pace_s, notified)
                finally:
                    server.shutdown()
                    server.server_close()
        finally:
            browser.close()
    return out


def report_interview(results: dict) -> str:
    lines = ["\nInterview on Slow 4G (one shared link, 150 ms, 1.60 Mbit/s down), seconds:",
             f"  {'reader':28} {'questions':>9} {'last answer':>11} {'wait for plan':>13} {'runtime ready':>13}"]
    for name, r in results.items():
        lines.append(f"  {name:28} {r['questions']:>9} {r['last_answer'] / 1000:>11.2f} {r['wait'] / 1000:>13.2f} "
                     f"{seconds(r.get('pyodide_ready')):>13}")
    lines.append("  (times from the options page's own navigation; 'runtime ready' is '-' when the plan "
                 "came before the engine)")
    return "\n".join(lines)


def seconds(value) -> str:
    return "     -" if value is None else f"{value / 1000:6.2f}"


def median_runs(runs: list[dict]) -> dict:
    merged = {}
    for key in runs[0]:
        merged[key] = {}
        for field in runs[0][key]:
            values = [run[key][field] for run in runs if run[key].get(field) is not None]
            merged[key][field] = statistics.median(values) if values else None
    return merged


def report(results: dict) -> str:
    lines = []
    for network, visits in results.items():
        lines.append(f"\n{network} ({NETWORKS[network]['latency']} ms, "
                     f"{NETWORKS[network]['downloadThroughput'] * 8 / 1e6:.2f} Mbit/s down), seconds from navigation:")
        lines.append(f"  {'page':18} {'paint':>6} {'form':>6} {'press':>6} {'date':>6} {'full':>6} {'ready':>6} "
                     f"{'bytes on wire':>14} {'of it Pyodide':>14}")
        for name, r in visits.items():
            lines.append(f"  {name:18} {seconds(r.get('first_paint'))} {seconds(r.get('form_usable'))} "
                         f"{seconds(r.get('pressed'))} {seconds(r.get('first_date'))} {seconds(r.get('full_answer'))} "
                         f"{seconds(r.get('pyodide_ready'))} {int(r['bytes']):>14,} {int(r['pyodide_bytes']):>14,}")
        for visit in ("cold", "repeat", "later"):
            calc, bare = visits.get(f"calculator {visit}"), visits.get(f"bare {visit}")
            if calc and bare and calc.get("pyodide_ready") and bare.get("pyodide_ready"):
                wait_date = (calc["first_date"] - calc["pressed"]) / 1000
                wait_full = (calc["full_answer"] - calc["pressed"]) / 1000
                lines.append(f"  {visit}: Calculate -> date {wait_date:.2f} s, -> full answer {wait_full:.2f} s; "
                             f"ready ratio calculator/bare {calc['pyodide_ready'] / bare['pyodide_ready']:.2f}; "
                             f"bytes ratio {calc['bytes'] / max(1, bare['bytes']):.2f}")
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, help="an already built site (default: build one)")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--network", choices=sorted(NETWORKS), action="append", help="only this network (repeatable)")
    parser.add_argument("--day", help="the start date typed (default: 20 days before today, inside the window)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--interview", action="store_true",
                        help="only the options page's interview on Slow 4G (the wait after the last answer)")
    args = parser.parse_args(argv)
    day = args.day or (dt.date.today() - dt.timedelta(days=20)).isoformat()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as temporary:
        site = args.site or build_site(Path(temporary) / "site")
        if args.interview:
            notified = (dt.date.today() - dt.timedelta(days=5)).isoformat()
            runs = [run_interview(site, notified, NETWORKS["Slow 4G"]) for _ in range(args.runs)]
            results = {key: {field: statistics.median(run[key][field] for run in runs)
                             if all(run[key].get(field) is not None for run in runs) else None
                             for field in runs[0][key]} for key in runs[0]}
            print(f"Phone benchmark, interview: {args.runs} run(s), notified {notified}, headless Chromium")
            print(report_interview(results))
            if args.json:
                print(json.dumps(results, indent=2))
            return 0
        add_bare_page(site)
        server = serve(site)
        base = f"http://127.0.0.1:{server.server_address[1]}"
        results = {}
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
                for network in args.network or list(NETWORKS):
                    runs = [run(browser, base, NETWORKS[network], day) for _ in range(args.runs)]
                    results[network] = median_runs(runs)
                browser.close()
        finally:
            server.shutdown()
    print(f"Phone benchmark: {args.runs} run(s), start date {day}, gzip server, headless Chromium")
    print(report(results))
    if args.json:
        print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
