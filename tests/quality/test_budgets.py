"""Byte budgets (not timings) per page type, measured in Chromium by scripts/bench_pages.py.

The budgets and the first measurement are in scripts/bench_pages.py (BUDGETS) and in the
README's "Budgets" section; keep the two in step.
"""

from __future__ import annotations

import pytest

from scripts.bench_pages import BUDGETS, measure_site

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def measured(browser, built_site, site_url):
    return measure_site(browser, built_site, site_url)


def test_pages_fetch_nothing_from_another_host(measured):
    foreign = {path: r["foreign"] for pages in measured["pages"].values() for path, r in pages.items() if r["foreign"]}
    assert foreign == {}


def test_guide_and_home_pages_load_no_pyodide(measured):
    for kind in ("guide", "home", "404", "print"):
        for path, r in measured["pages"].get(kind, {}).items():
            assert r["pyodide"] == 0, f"{path} fetched {r['pyodide']:,} bytes of Pyodide"


@pytest.mark.parametrize("figure", sorted(BUDGETS))
def test_within_budget(measured, figure):
    if figure not in measured["figures"]:
        pytest.skip(f"no page of the kind {figure} measures")
    value, budget = measured["figures"][figure], BUDGETS[figure]
    assert value <= budget, f"{figure}: {value:,} bytes, budget {budget:,} (see README, Budgets)"
