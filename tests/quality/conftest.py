"""Helpers for the quality gates: the built pages, as files and as URLs."""

from __future__ import annotations

from pathlib import Path

import pytest

from built_pages import built_path
from scripts.hooks import i18n_languages as languages
from scripts.local_site import page_url

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


def browser_sample(site: Path, pages: list[Path]) -> list[Path]:
    """The pages a check in the browser loads: every English and French page, and in each other language the
    pages written in it, its offline and 404 pages and one guide it has not translated yet.

    The other languages' untranslated pages are the English page with a line in the reader's language
    (scripts/hooks/i18n_banner.py) in the same template: loading all 27 of each of the eleven in a browser
    (about 300 pages, twice for the two palettes) checks the same markup again and took most of `make test`.
    What differs by language — its words, its `lang` and direction, its fonts, the banner — is in the sample.
    The checks that read the files (tests/quality/test_csp.py, test_quick_exit.py) still read every page.
    """
    others = {code: site / code for code in languages.LANGUAGES if code not in languages.REFERENCE_LANGUAGES}
    assert all(root.is_dir() for root in others.values()), "the build has not every language"
    # English (the root) and French: every page
    chosen = [page for page in pages if not any(root in page.parents for root in others.values())]
    for code, root in others.items():
        own = {built_path(site, languages.english_source(t), code) for t in languages.translated_pages(code)}
        untranslated = [p for p in pages if root in p.parents and p not in own and "remedies" in p.parts]
        chosen += [p for p in pages if p in own or p in (root / "offline.html", root / "404.html")]
        chosen += untranslated[:1]
    return sorted(set(chosen))


@pytest.fixture(scope="session")
def sample_paths(built_site, pages) -> list[str]:
    """URL paths of `browser_sample`."""
    return [page_url(built_site, p) for p in browser_sample(built_site, pages)]


def reference_or_home(path: str) -> bool:
    """A URL path of an English or French page, or of another language's home or options page."""
    parts = path.strip("/").split("/")
    if parts[0] not in languages.LANGUAGES or parts[0] in languages.REFERENCE_LANGUAGES:
        return True
    return parts[1:] in ([], ["index.html"], ["calculators", "options"], ["calculators", "options", "index.html"])


@pytest.fixture(scope="session")
def colour_and_script_paths(sample_paths) -> list[str]:
    """For checks whose answer comes from the stylesheet and the scripts, the same files in every language
    (the dark palette's contrast, cookies): every English and French page, and each other language's home
    and options page (the right-to-left ones among them)."""
    return [path for path in sample_paths if reference_or_home(path)]
