"""The guides: every page in the nav, dated and sourced, no legal number typed by hand, and readable.

The site is built once (`mkdocs build --strict`, the shared `built_site` fixture from
tests/conftest.py). Readability is the Flesch-Kincaid grade of each page's
rendered guide text, printed for every page (`pytest -s` shows the table) and held under
a ceiling per page.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
import textstat
import yaml

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
SNIPPETS = DOCS / "snippets"
LAW = SNIPPETS / "law"

# The guide pages this issue requires, with the most the Flesch-Kincaid grade may be.
# Measured on 2026-11-23 (grades 3.7 to 6.3) and set about half a grade above, so a page
# that gets harder to read fails. The site's aim is grade 8 at most; no page needed a
# higher ceiling for legal terms. Raise a ceiling only with a reason written here.
REQUIRED_PAGES: dict[str, float] = {
    "index.md": 4.5,  # measured 4.0
    "start-here.md": 4.5,  # 4.1
    "remedies/understand-your-refusal.md": 5.5,  # 4.7
    "remedies/notes-gcms.md": 5.5,  # 5.0
    "remedies/reconsideration.md": 5.0,  # 4.2
    "remedies/appeal-iad.md": 6.5,  # 5.7: "Immigration Appeal Division", "humanitarian and compassionate"
    "remedies/judicial-review.md": 5.5,  # 4.8
    "remedies/reapply.md": 5.0,  # 4.5
    "remedies/restoration.md": 4.5,  # 3.7
    "remedies/temporary-resident-permit.md": 5.5,  # 5.0
    "help/get-help.md": 6.0,  # 5.2
    "fill-in/letter-of-explanation.md": 4.5,  # 3.8
    "fill-in/reconsideration-request.md": 4.5,  # 3.9
    "fill-in/notes-request-checklist.md": 4.5,  # 3.9
    "reference/glossary.md": 7.0,  # 6.3: one definition per legal term
    "reference/sources.md": 7.0,  # 5.5: statute names, and the generated time-limit and fee tables
    "about.md": 4.5,  # 4.0
}

# A time limit or a fee typed into a page instead of included from the rules.
TYPED_LIMIT = re.compile(r"\b\d+\s*(days?|years?|months?)\b", re.IGNORECASE)
TYPED_FEE = re.compile(r"\$\d+")
# The Federal Court's recess dates (FCR r. 6(3)) are law too: they come from law/recess/ snippets.
TYPED_RECESS = re.compile(r"\b(21\s+(December|décembre)|7\s+(January|janvier))\b", re.IGNORECASE)
# The same numbers in French digits, and written out in words in either language ("fifteen
# days", "quinze jours", "sixty-day"): a page must include them too. "One day" / "un jour" is
# ordinary prose ("hope to live in Canada one day"), not a time limit; "one year" / "un an" is.
_EN_NUMBER = (r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
              r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
              r"hundred")
_FR_NUMBER = (r"deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|"
              r"vingt|trente|quarante|cinquante|soixante|quatre-vingt-dix|quatre-vingts|cent")
TYPED_LIMIT_FR = re.compile(r"\b\d+\s*(jours?|ans|années|mois|semaines)\b", re.IGNORECASE)
TYPED_LIMIT_WORDS = re.compile(
    rf"\b(?:(?:{_EN_NUMBER})(?:[\s-]+(?:{_EN_NUMBER}))?[\s-]+(?:(?:calendar|working|business)\s+)?(?:days?|years?|months?|weeks?)"
    rf"|one[\s-]+(?:years?|months?|weeks?)"
    rf"|(?:{_FR_NUMBER})(?:[\s-]+(?:{_FR_NUMBER}))?\s+(?:jours?|ans|années|mois|semaines)"
    rf"|(?:un|une)\s+(?:an|année|mois|semaine))\b",
    re.IGNORECASE,
)
INCLUDE = re.compile(r"{!\s*.+?\s*!}")


# --- the built site --------------------------------------------------------------------


@pytest.fixture(scope="module")
def site(built_site) -> Path:
    """The built site (the suite's shared session build, tests/conftest.py)."""
    return built_site


def built_page(site: Path, source: str) -> Path:
    """Where `mkdocs build` writes a page (use_directory_urls: true)."""
    stem = source[: -len(".md")]
    if stem == "index" or stem.endswith("/index"):
        return site / stem[: -len("index")] / "index.html"
    return site / stem / "index.html"


def front_matter(source: str) -> dict:
    text = (DOCS / source).read_text(encoding="utf-8")
    match = re.match(r"^---\n(.*?)\n---\n", text, re.DOTALL)
    return yaml.safe_load(match.group(1)) if match else {}


class _GuideText(HTMLParser):
    """The reader-facing text of a page's <article>: no permalinks, no review footer.

    Block ends (paragraph, list item, table cell, heading, term) end a sentence, as they
    do for a reader; otherwise a list of short items would score as one long sentence.
    """

    BLOCKS = {"p", "li", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "summary", "label", "div", "br"}
    SKIP = {"script", "style"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.in_article = 0
        self.skip_depth = 0
        self.stack: list[tuple[str, bool]] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        if tag == "article":
            self.in_article += 1
        void = tag in {"br", "hr", "img", "input", "meta", "link"}
        skipping = tag in self.SKIP or "headerlink" in classes or "page-meta" in classes
        if not void:
            self.stack.append((tag, skipping))
            if skipping:
                self.skip_depth += 1
        if tag == "br":
            self._end_sentence()

    def handle_endtag(self, tag):
        while self.stack:
            open_tag, skipping = self.stack.pop()
            if skipping:
                self.skip_depth -= 1
            if open_tag == tag:
                break
        if tag == "article":
            self.in_article -= 1
        if tag in self.BLOCKS:
            self._end_sentence()

    def handle_data(self, data):
        if self.in_article and not self.skip_depth:
            self.parts.append(data)

    def _end_sentence(self):
        text = "".join(self.parts).rstrip()
        if text and text[-1] not in ".!?:;":
            self.parts.append(". ")
        else:
            self.parts.append(" ")

    def text(self) -> str:
        return re.sub(r"\s+", " ", html.unescape("".join(self.parts))).strip()


def guide_text(site: Path, source: str) -> str:
    parser = _GuideText()
    parser.feed(built_page(site, source).read_text(encoding="utf-8"))
    return parser.text()


def snippet(name: str) -> str:
    return (LAW / name).read_text(encoding="utf-8").strip()


# --- nav ---------------------------------------------------------------------------------


class _AnyTagLoader(yaml.SafeLoader):
    """Reads mkdocs.yml even if it gains `!!python/name:` or `!ENV` tags."""


_AnyTagLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def nav_pages() -> set[str]:
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_AnyTagLoader)
    found: set[str] = set()

    def walk(entry):
        if isinstance(entry, str):
            if entry.endswith(".md"):
                found.add(entry)
        elif isinstance(entry, list):
            for item in entry:
                walk(item)
        elif isinstance(entry, dict):
            for value in entry.values():
                walk(value)

    walk(config.get("nav", []))
    return found


def doc_pages() -> list[str]:
    return sorted(
        path.relative_to(DOCS).as_posix()
        for path in DOCS.rglob("*.md")
        if SNIPPETS not in path.parents and not path.name.startswith(".")
        and not path.name.endswith(".fr.md")  # French pages: same nav through mkdocs-static-i18n (tests/site/test_french.py)
    )


def test_every_page_is_in_the_nav():
    missing = [page for page in doc_pages() if page not in nav_pages()]
    assert not missing, f"pages not in the nav of mkdocs.yml: {missing}"


def test_every_nav_entry_is_a_page():
    absent = [page for page in sorted(nav_pages()) if not (DOCS / page).is_file()]
    assert not absent, f"nav entries with no page: {absent}"


@pytest.mark.parametrize("source", sorted(REQUIRED_PAGES))
def test_required_page_is_in_the_nav(source):
    assert source in nav_pages()


# --- last reviewed and sources -------------------------------------------------------------


@pytest.mark.parametrize("source", sorted(REQUIRED_PAGES))
def test_required_page_declares_last_reviewed_and_sources(source):
    meta = front_matter(source)
    assert meta.get("last_reviewed"), f"{source}: no last_reviewed in front matter"
    sources = meta.get("sources") or []
    assert sources, f"{source}: no sources in front matter"
    for entry in sources:
        assert entry.get("title") and str(entry.get("url", "")).startswith("https://"), (
            f"{source}: source needs a title and an https url: {entry}"
        )


@pytest.mark.parametrize("source", sorted(REQUIRED_PAGES))
def test_built_page_shows_last_reviewed_and_source_links(site, source):
    page = built_page(site, source).read_text(encoding="utf-8")
    footer = page[page.find('class="page-meta"') :]
    assert "Last reviewed" in footer, f"{source}: built page does not show 'Last reviewed'"
    assert re.search(r'<a href="https://[^"]+"', footer), f"{source}: built page lists no source link"


# --- every legal number from the rules -----------------------------------------------------


def test_no_page_types_a_time_limit_or_fee_by_hand():
    """Limits and fees come from `{!law/...!}` snippets, so a page cannot disagree with the rules.

    In digits or in words, in English or French ("15 days", "fifteen days", "quinze jours").
    """
    found = []
    for source in doc_pages():
        for number, line in enumerate((DOCS / source).read_text(encoding="utf-8").splitlines(), 1):
            prose = INCLUDE.sub("", line)
            for pattern in (TYPED_LIMIT, TYPED_LIMIT_FR, TYPED_LIMIT_WORDS, TYPED_FEE, TYPED_RECESS):
                for match in pattern.finditer(prose):
                    found.append(f"docs/{source}:{number}: {match.group(0)!r} in: {line.strip()}")
    assert not found, "legal numbers typed by hand (use a snippet include):\n" + "\n".join(found)


@pytest.mark.parametrize("text", ["within fifteen days", "a sixty-day limit", "thirty calendar days",
                                  "for one year", "forty-five days", "dans les quinze jours",
                                  "soixante jours", "pendant un an", "dans 15 jours", "12 mois"])
def test_the_typed_number_check_catches_numbers_in_words_and_in_french(text):
    assert any(p.search(text) for p in (TYPED_LIMIT, TYPED_LIMIT_FR, TYPED_LIMIT_WORDS))


@pytest.mark.parametrize("text", ["hope to live in Canada one day", "vivre un jour au Canada",
                                  "un jour férié", "the next working day"])
def test_the_typed_number_check_leaves_ordinary_prose_alone(text):
    assert not any(p.search(text) for p in (TYPED_LIMIT, TYPED_LIMIT_FR, TYPED_LIMIT_WORDS))


@pytest.mark.parametrize("source", sorted(REQUIRED_PAGES))
def test_every_snippet_include_was_resolved(site, source):
    page = built_page(site, source).read_text(encoding="utf-8")
    assert "{!" not in page and "!}" not in page, f"{source}: an include statement was left in the page"


@pytest.mark.parametrize("source", sorted(REQUIRED_PAGES))
def test_page_loads_nothing_from_another_host(site, source):
    page = built_page(site, source).read_text(encoding="utf-8")
    loads = re.findall(r'<(?:img|iframe|script|link|source|video|audio|embed|object)\b[^>]*\b(?:src|href|data)="(https?:)?//', page)
    assert not loads, f"{source} loads something from another host"


# --- the known errors in popular sources (FACTS §7) ----------------------------------------


def test_judicial_review_limits_are_not_reversed(site):
    text = guide_text(site, "remedies/judicial-review.md")
    in_canada = snippet("judicial-review-in-canada/limit.md")
    outside = snippet("judicial-review-outside-canada/limit.md")
    in_panel = text[text.index("Decided outside Canada.") :]
    assert in_panel.find(in_canada) < in_panel.find("applies to decisions made by IRCC in Canada")
    outside_panel = in_panel[in_panel.find("applies to decisions made by IRCC in Canada") :]
    assert outside_panel.find(outside) < outside_panel.find("visa office outside Canada")


def test_restoration_counts_from_losing_status_not_from_the_letter(site):
    text = guide_text(site, "remedies/restoration.md")
    assert f"You have {snippet('restoration/limit.md')} after the day you lost your status" in text
    assert "does not start when you read a refusal" in text


def test_hearing_window_is_stated_as_the_law_not_as_typical(site):
    text = guide_text(site, "remedies/judicial-review.md")
    assert (
        f"By law, the hearing must be no sooner than {snippet('hearing-earliest/limit.md')} "
        f"and no later than {snippet('hearing-latest/limit.md')}" in text
    )
    assert "typical" not in text.lower()


@pytest.mark.parametrize(
    "source",
    ["remedies/reconsideration.md", "remedies/notes-gcms.md", "fill-in/reconsideration-request.md", "start-here.md"],
)
def test_requests_do_not_stop_the_court_clock(site, source):
    text = guide_text(site, source).lower()
    assert "does not stop" in text or "does not pause" in text


@pytest.mark.parametrize("source", ["remedies/judicial-review.md", "help/get-help.md"])
def test_consultant_cannot_represent_in_federal_court(site, source):
    assert "A consultant cannot represent you in the Federal Court" in guide_text(site, source)


# --- readability -----------------------------------------------------------------------------


def _syllables_from_pyphen_only(monkeypatch):
    """Count syllables with Pyphen (shipped with textstat's dependencies) only.

    textstat 0.7.13 first looks words up in NLTK's CMU dictionary, which it downloads at
    run time; a clean machine or CI cannot download it. Pyphen alone is slightly rougher,
    but the same on every machine, and the ceilings below were measured with it.
    """
    from textstat.backend.counts import _count_syllables

    monkeypatch.setattr(_count_syllables, "get_cmudict", lambda lang: None)
    _count_syllables.count_syllables.cache_clear()


def test_readability_grades(site, monkeypatch):
    _syllables_from_pyphen_only(monkeypatch)
    grades = {source: textstat.flesch_kincaid_grade(guide_text(site, source)) for source in REQUIRED_PAGES}
    print("\nFlesch-Kincaid grade (ceiling) per page:")
    for source, grade in sorted(grades.items(), key=lambda item: item[1]):
        print(f"  {grade:5.1f}  ({REQUIRED_PAGES[source]:4.1f})  {source}")
    too_hard = {s: g for s, g in grades.items() if g > REQUIRED_PAGES[s]}
    assert not too_hard, f"pages above their readability ceiling: {too_hard}"
