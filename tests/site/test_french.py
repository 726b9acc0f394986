"""The French site under /fr/: every page there, translated or with a visible banner; lang="fr";
French search; French pages never type a legal number; the calculators' markup is the English one.

The site is built once (`mkdocs build --strict`, the shared `built_site` fixture).
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from scripts.hooks.i18n_languages import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
BANNER = "Cette page n'est pas encore traduite"

# Pages that must exist in French (issue 8, first batch); the rest may fall back to English with the banner.
MUST_BE_TRANSLATED = ("index.md", "start-here.md", "calculators/deadline.md", "calculators/options.md",
                      "remedies/judicial-review.md", "remedies/restoration.md", "remedies/appeal-iad.md", "about.md")

# A legal number typed into a French page instead of included from law/fr/ (CONTRIBUTING.md §1).
TYPED_LIMIT = re.compile(r"\b\d+\s*(jours?|ans?|mois|semaines?)\b", re.IGNORECASE)
TYPED_FEE = re.compile(r"\d+(?:[.,]\d+)?\s*\$|\$\s*\d")
TYPED_RECESS = re.compile(r"\b(21\s+décembre|7\s+janvier)\b", re.IGNORECASE)  # FCR r. 6(3): law/fr/recess/
INCLUDE = re.compile(r"{!\s*(.+?)\s*!}")
WIDGET = re.compile(r'<div class="calc".*?\n</div>\n', re.S)


def english_pages() -> list[str]:
    """The English pages: no language suffix (`page.fr.md`, `page.es.md`, `page.pt-BR.md` are translations)."""
    return sorted(p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md")
                  if not any(p.name.endswith(f".{code}.md") for code in LANGUAGES)
                  and "snippets" not in p.relative_to(DOCS).parts)


def french_source(page: str) -> Path:
    return DOCS / (page[:-3] + ".fr.md")


def french_pages() -> list[str]:
    return [page for page in english_pages() if french_source(page).is_file()]


def built_path(site: Path, page: str) -> Path:
    """Where the French build writes a page (use_directory_urls)."""
    stem = page[:-3]
    if stem == "index":
        return site / "fr" / "index.html"
    if stem.endswith("/index"):
        return site / "fr" / stem[: -len("index")] / "index.html"
    return site / "fr" / stem / "index.html"


def front_matter(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    if not text.startswith("---\n"):
        return {}
    return yaml.safe_load(text.split("---\n", 2)[1]) or {}


@pytest.fixture(scope="module")
def site(built_site) -> Path:
    return built_site


# --- sources ---------------------------------------------------------------------------


def test_the_first_pages_are_translated():
    missing = [page for page in MUST_BE_TRANSLATED if not french_source(page).is_file()]
    assert missing == []


@pytest.mark.parametrize("page", french_pages())
def test_french_page_types_no_legal_number(page):
    text = INCLUDE.sub("", french_source(page).read_text(encoding="utf-8").split("---\n", 2)[-1])
    assert not TYPED_LIMIT.search(text), TYPED_LIMIT.search(text)
    assert not TYPED_FEE.search(text), TYPED_FEE.search(text)
    assert not TYPED_RECESS.search(text), TYPED_RECESS.search(text)


@pytest.mark.parametrize("page", french_pages())
def test_french_page_includes_only_french_law_snippets(page):
    for included in INCLUDE.findall(french_source(page).read_text(encoding="utf-8")):
        assert included.startswith("law/fr/"), included
        assert (DOCS / "snippets" / included).is_file(), included


@pytest.mark.parametrize("page", french_pages())
def test_french_page_is_dated_and_sourced_like_the_english_one(page):
    english, french = front_matter(DOCS / page), front_matter(french_source(page))
    assert french.get("title") and french.get("description") != english.get("description")  # "Sources" is French too
    for key in ("last_reviewed", "sources"):
        assert (key in french) == (key in english), key
    if "last_reviewed" in english:
        assert str(french["last_reviewed"]) >= str(english["last_reviewed"])
    for source in french.get("sources", []):
        assert source["url"].startswith("https://")
        if "laws-lois.justice.gc.ca" in source["url"]:
            assert "/fra/" in source["url"], source  # the French text of the law


class _Tags(HTMLParser):
    """Tags and attributes of a widget, without the visible text or the accessible names."""

    def __init__(self):
        super().__init__()
        self.tags: list[tuple] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, tuple((k, v) for k, v in attrs if k != "aria-label")))

    def handle_endtag(self, tag):
        self.tags.append(("/" + tag,))


def _widget_tags(path: Path) -> list[tuple]:
    match = WIDGET.search(path.read_text(encoding="utf-8"))
    assert match, path
    parser = _Tags()
    parser.feed(match.group(0))
    return parser.tags


@pytest.mark.parametrize("page", ["calculators/deadline.md", "calculators/options.md"])
def test_french_calculator_markup_is_the_english_markup(page):
    # The calculator script finds its fields by id, name, value and data-*: only the text is translated.
    assert _widget_tags(french_source(page)) == _widget_tags(DOCS / page)


# --- the built site --------------------------------------------------------------------


@pytest.mark.parametrize("page", english_pages())
def test_every_english_page_has_a_french_page_or_the_banner(site, page):
    built = built_path(site, page)
    assert built.is_file(), f"no French URL for {page}"
    html = built.read_text(encoding="utf-8")
    assert '<html lang="fr"' in html
    if french_source(page).is_file():
        assert BANNER not in html, page
    else:
        assert BANNER in html, f"{page} is shown in English under /fr/ without the banner"
        assert '<div lang="en">' in html  # the English text is marked as English


def test_french_home_page_is_french_and_links_both_languages(site):
    html = (site / "fr" / "index.html").read_text(encoding="utf-8")
    assert '<html lang="fr"' in html
    assert "Refusé par le Canada" in html
    assert 'hreflang="en"' in html and 'hreflang="fr"' in html  # Material's language switcher


def test_english_home_page_stays_english(site):
    html = (site / "index.html").read_text(encoding="utf-8")
    assert '<html lang="en"' in html and BANNER not in html


def test_each_language_has_its_own_search_index_and_stemmer(site):
    english = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    french = json.loads((site / "fr" / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert english["config"]["lang"] == ["en"] and french["config"]["lang"] == ["fr"]
    assert not any(doc["location"].startswith("fr/") for doc in english["docs"])
    assert any("contrôle judiciaire" in doc["text"] for doc in french["docs"])
    # Locations are relative to the French root, where French pages' search looks (Material `base`).
    assert any(doc["location"].startswith("remedies/judicial-review/") for doc in french["docs"])
    page = (site / "fr" / "remedies" / "judicial-review" / "index.html").read_text(encoding="utf-8")
    assert '"base": "../../../fr/"' in page


def test_no_head_alternate_links_that_would_fetch_missing_sitemaps(site):
    for page in ("index.html", "fr/index.html", "404.html", "print_page/index.html", "fr/about/index.html"):
        assert '<link rel="alternate"' not in (site / page).read_text(encoding="utf-8"), page
    assert '<html lang="en"' in (site / "404.html").read_text(encoding="utf-8")
    assert '<html lang="en"' in (site / "print_page" / "index.html").read_text(encoding="utf-8")


def test_french_pages_show_french_law(site):
    html = (site / "fr" / "remedies" / "judicial-review" / "index.html").read_text(encoding="utf-8")
    assert "https://laws-lois.justice.gc.ca/fra/lois/i-2.5/art-72.html" in html
    assert "LIPR, al. 72(2)b)" in html
    assert "jours" in html and " days" not in html.split('<article', 1)[-1].split('page-meta', 1)[0]


def test_french_page_footer_gives_its_review_date_and_sources_in_french(site):
    html = (site / "fr" / "remedies" / "judicial-review" / "index.html").read_text(encoding="utf-8")
    footer = html.split('class="page-meta"', 1)[1]
    assert "Dernière révision :" in footer and "Last reviewed" not in footer
    assert "novembre" in footer or any(month in footer for month in ("janvier", "juin", "décembre", "octobre"))
    assert "Sources (la loi que cette page explique) :" in footer


def test_french_calculator_page_loads_the_calculator(site):
    html = (site / "fr" / "calculators" / "deadline" / "index.html").read_text(encoding="utf-8")
    assert 'data-calculator="deadline"' in html and "calculators.js" in html


# --- the French calculator in headless Chromium ------------------------------------------

BOOT = 90_000  # ms, as tests/browser/test_calculators.py: a busy machine can be slow to start Pyodide


@pytest.mark.browser
def test_french_deadline_page_shows_french_steps_for_a_fragment_link(recorded_page, site_url):
    from calculators import api

    page = recorded_page.page
    page.goto(site_url + "/fr/calculators/deadline/#remedy=judicial-review&from=2026-09-15&where=in-canada")
    result = page.locator(".calc-result")
    result.wait_for(state="visible", timeout=BOOT)
    page.wait_for_function("() => document.querySelectorAll('.calc-result ol.calc-steps li').length > 0", timeout=BOOT)
    assert page.evaluate("document.documentElement.lang") == "fr"
    assert result.get_attribute("data-last-day") == "2026-10-01"  # FACTS §2 worked example
    expected = api.handle({"kind": "deadline", "remedy": "judicial-review", "from": "2026-09-15",
                           "where": "in-canada", "lang": "fr"})
    steps = result.locator("ol.calc-steps li")
    assert steps.count() == len(expected["steps"])
    assert steps.first.inner_text().startswith("Le jour où vous avez été avisé de la décision")
    assert "jeudi 1er octobre 2026" in steps.nth(1).inner_text()
    assert "LIPR, al. 72(2)b)" in result.inner_text()
    assert recorded_page.console_errors == []
