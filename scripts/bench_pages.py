"""Bytes each type of page makes a reader download, measured in headless Chromium.

    python scripts/bench_pages.py [--site DIR]     # builds the site first unless --site is given

Page types: the home page, each guide, each calculator page, the print-all-guides page, the
404 page. For each page it records every request the page (and its workers) makes, with no
interaction, until the network is idle, and adds up the sizes of the files served. Two
points are reported:

- "at load": what the page needs to show (requests made before the `load` event);
- "idle": everything fetched before the reader does anything. On a calculator page this
  includes Pyodide, which the calculator script starts fetching once the page is idle.

"Pyodide" is what the Pyodide runtime and the calculators wheel add (files under
assets/pyodide/). Sizes are the files' own sizes (uncompressed, as served by the local
server); a host that compresses (GitHub Pages does gzip) sends fewer. Bytes, not timings:
they do not depend on the machine. The test suite enforces BUDGETS
(tests/quality/test_budgets.py); README "Budgets" lists them with the measured values.
"""

from __future__ import annotations

import argparse
import gzip
import re
import statistics
import sys
import tempfile
from pathlib import Path
from urllib.parse import unquote, urlparse

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from scripts.local_site import CHROMIUM_ARGS, CHROMIUM, build_site, page_url, serve  # noqa: E402

PYODIDE_DIR = "assets/pyodide/"
WIDGET = re.compile(r"""data-calculator=["'][a-z-]+["']""")

# Budgets in bytes, set a little above the measurement (README "Budgets").
# Raise one only with a reason written in the commit message.
# First measurement (2026-11-23): guide max 441,816; home 425,001; calculator at load 473,738;
# calculator idle 14,045,483; Pyodide 13,566,691. Then with the French pages (issue 8, built
# from the working tree): French guide max 478,987 and French calculator at load 519,133
# (a bigger search index holding both languages, Lunr's French stemmer, a bilingual script).
# 2026-12-01 (issue 16): the trimmed standard library (783,033 bytes instead of 2,545,637):
# Pyodide as fetched 11,909,210 (wheel 140,623), calculator idle 12,663,982, so both Pyodide
# budgets come down. The page budgets go up with what other work added: the search index
# (170,464 bytes, 13 guides more in two languages), the calculators' split scripts and their
# interview data, answers.json fetched with the deadline page (112,214 bytes, about 2 kB
# gzipped), sw-register.js (2,351) on every page. Measured: guide max 593,419 (/fr/help/get-help/),
# home 528,370, calculator at load 748,654 (/fr/calculators/deadline/).
# Guides leave room for the search index, which every page loads and which grows with every guide.
BUDGETS = {
    "guide_idle_max": 620_000,  # largest guide page, everything fetched before interaction
    "home_idle": 560_000,  # home page, the same
    "calculator_load_max": 830_000,  # calculator page, what it needs to show (before `load`); was 780,000
    # (issue 22, 2026-12-06: each language's search index is fetched at load; Punjabi and Hindi pages write
    # 3 bytes a letter: /pa/calculators/deadline/ 812,983, /hi/… 806,247; /fr/… 791,082 with this round's guides)
    "calculator_idle_max": 13_000_000,  # calculator page before interaction, Pyodide preloaded
    "pyodide_fetched": 12_200_000,  # Pyodide runtime (trimmed standard library) + calculators wheel, as fetched
}


def page_kind(site: Path, page: Path) -> str:
    relative = page.relative_to(site).as_posix()
    if relative == "index.html":
        return "home"
    if relative == "404.html":
        return "404"
    if relative.startswith(("print_page/", "fr/print_page/")):
        return "print"
    if WIDGET.search(page.read_text(encoding="utf-8")):
        return "calculator"
    return "guide"


# The languages beside English and French (issue 22): the same pages again under /<code>/, most of them the
# English text with a banner. Each is measured on a sample, the pages that weigh most in English and French
# (the home page, the longest guide, both calculators); `--all-languages` measures every page.
OTHER_LANGUAGES = ("es", "pa", "hi", "zh", "ar", "fa", "tl", "ur", "vi", "uk", "pt-BR")
SAMPLED_PAGES = ("index.html", "help/get-help/index.html", "calculators/options/index.html",
                 "calculators/deadline/index.html")


def _sampled_out(relative: str, every_language: bool) -> bool:
    language, _, rest = relative.partition("/")
    return not every_language and language in OTHER_LANGUAGES and rest not in SAMPLED_PAGES


def pages_by_kind(site: Path, every_language: bool = False) -> dict[str, list[str]]:
    kinds: dict[str, list[str]] = {}
    for page in sorted(site.rglob("*.html")):
        if {"assets", "bench-bare"} & set(page.relative_to(site).parts):  # bench-bare: scripts/bench_phone.py
            continue
        if _sampled_out(page.relative_to(site).as_posix(), every_language):
            continue
        kinds.setdefault(page_kind(site, page), []).append(page_url(site, page))
    return kinds


def served_file(site: Path, url: str) -> Path | None:
    path = unquote(urlparse(url).path).lstrip("/")
    candidate = site / path
    if candidate.is_dir():
        candidate = candidate / "index.html"
    return candidate if candidate.is_file() else None


def measure_page(browser, site: Path, base_url: str, path: str, settle_ms: int = 1000) -> dict:
    """Bytes one page fetches: at `load`, and when idle with no interaction."""
    context = browser.new_context()
    page = context.new_page()
    requests: list[tuple[str, str]] = []  # (phase, url)
    phase = ["load"]
    page.on("request", lambda request: requests.append((phase[0], request.url)))
    try:
        page.goto(base_url + path, wait_until="load")
        phase[0] = "idle"
        page.wait_for_load_state("networkidle")
        # A calculator boots Pyodide in steps (loader, then runtime, then the wheel):
        # wait for a second quiet period in case a step started late.
        if settle_ms:
            page.wait_for_timeout(settle_ms)
            page.wait_for_load_state("networkidle")
    finally:
        context.close()
    totals = {"load": 0, "idle": 0, "pyodide": 0, "foreign": 0, "files": []}
    seen = set()
    for when, url in requests:
        if not url.startswith(base_url):
            if not url.startswith(("data:", "blob:")):
                totals["foreign"] += 1
            continue
        file = served_file(site, url)
        if file is None or (when, file) in seen:
            continue
        seen.add((when, file))
        size = file.stat().st_size
        relative = file.relative_to(site).as_posix()
        # The runtime starts from the head of a calculator page (assets/calculators/boot.js), in a
        # worker, so part of it arrives before `load`; it never holds the page's display back, so
        # "what the page needs to show" leaves it out (it is counted in idle and Pyodide).
        if when == "load" and not relative.startswith(PYODIDE_DIR):
            totals["load"] += size
        totals["idle"] += size
        if relative.startswith(PYODIDE_DIR):
            totals["pyodide"] += size
        totals["files"].append((when, relative, size))
    return totals


def measure_site(browser, site: Path, base_url: str, every_language: bool = False) -> dict:
    """Measurements per page type, and the budget figures."""
    results: dict[str, dict[str, dict]] = {}
    for kind, paths in pages_by_kind(site, every_language).items():
        settle = 1000 if kind == "calculator" else 0
        results[kind] = {path: measure_page(browser, site, base_url, path, settle) for path in paths}
    figures = {}
    if "guide" in results:
        figures["guide_idle_max"] = max(r["idle"] for r in results["guide"].values())
        figures["guide_idle_median"] = int(statistics.median(r["idle"] for r in results["guide"].values()))
    if "home" in results:
        figures["home_idle"] = results["home"]["/"]["idle"]
    if "calculator" in results:
        calculators = results["calculator"].values()
        figures["calculator_load_max"] = max(r["load"] for r in calculators)
        figures["calculator_idle_max"] = max(r["idle"] for r in calculators)
        figures["pyodide_fetched"] = max(r["pyodide"] for r in calculators)
    return {"pages": results, "figures": figures}


def gzip_size(path: Path) -> int:
    return len(gzip.compress(path.read_bytes(), compresslevel=6))


def _kb(n: int) -> str:
    return f"{n / 1000:,.0f} kB"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, help="an already built site (default: build one)")
    parser.add_argument("--all-languages", action="store_true",
                        help="every page in every language (default: a sample of pages in es, pa, hi, …)")
    args = parser.parse_args(argv)
    site = args.site
    if site is None:
        site = build_site(Path(tempfile.mkdtemp()) / "site")
    from playwright.sync_api import sync_playwright

    server = serve(site)
    base_url = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
            measured = measure_site(browser, site, base_url, args.all_languages)
            browser.close()
    finally:
        server.shutdown()
    print(f"{'page':45} {'kind':11} {'at load':>12} {'idle':>12} {'of which Pyodide':>17}")
    for kind, pages in sorted(measured["pages"].items()):
        for path, r in pages.items():
            print(f"{path:45} {kind:11} {_kb(r['load']):>12} {_kb(r['idle']):>12} {_kb(r['pyodide']):>17}")
    print()
    status = 0
    for name, value in measured["figures"].items():
        budget = BUDGETS.get(name)
        verdict = "" if budget is None else ("ok" if value <= budget else "OVER BUDGET")
        shown_budget = "" if budget is None else f"budget {budget:>12,}"
        print(f"{name:22} {value:>12,} bytes  {shown_budget}  {verdict}")
        status |= bool(budget is not None and value > budget)
    pyodide = site / PYODIDE_DIR
    if pyodide.is_dir():
        print("\nPyodide files shipped (bytes, gzip -6 estimate):")
        for file in sorted(p for p in pyodide.rglob("*") if p.is_file()):  # and each language's wheel folder
            print(f"  {file.relative_to(pyodide).as_posix():40} {file.stat().st_size:>12,} {gzip_size(file):>12,}")
    return status


if __name__ == "__main__":
    sys.exit(main())
