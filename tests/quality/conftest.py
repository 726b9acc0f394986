"""Helpers for the quality gates: the built pages, as files and as URLs."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.local_site import page_url  # noqa: F401 - re-exported for the quality tests

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"


def html_pages(site: Path) -> list[Path]:
    """Every HTML page of the built site, in a stable order."""
    return sorted(p for p in site.rglob("*.html") if "assets" not in p.relative_to(site).parts)


@pytest.fixture(scope="session")
def pages(built_site) -> list[Path]:
    found = html_pages(built_site)
    assert len(found) >= 2, "the built site has almost no pages: the build is broken"
    return found


@pytest.fixture(scope="session")
def page_paths(built_site, pages) -> list[str]:
    return [page_url(built_site, p) for p in pages]
