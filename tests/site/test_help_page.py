"""The Get help page shows the directory of legal help (issue 15), in English and French.

Built once (the suite's shared `built_site`). Without JavaScript every place has its own
section and a jump list leads to each; with JavaScript a province picker (labels from the
page) shows one place at a time. Links only: nothing loads from another host. axe-core must
find no serious or critical WCAG A/AA problem, before and after a place is picked.
"""

from __future__ import annotations

import html
import importlib.util
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from calculators import help_directory as hd

# axe-core as the accessibility gate runs it (tests/quality/axe.py), loaded by path.
_spec = importlib.util.spec_from_file_location("_help_page_axe", Path(__file__).resolve().parents[1] / "quality" / "axe.py")
_axe = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_axe)
blocking, run_axe = _axe.blocking, _axe.run_axe

PAGES = {"en": "help/get-help/index.html", "fr": "fr/help/get-help/index.html"}
URLS = {"en": "/help/get-help/", "fr": "/fr/help/get-help/"}
SECTIONS = [*hd.PROVINCES, hd.NATIONAL, hd.OUTSIDE]


class _Directory(HTMLParser):
    """What the reader gets in the directory: sections, their entry links, the jump list, the picker."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.sections: dict[str, list[str]] = {}
        self.section_ids: dict[str, str] = {}
        self.jump: list[str] = []
        self.options: dict[str, str] = {}
        self.picker_hidden = None
        self.label_for = None
        self.scripts: list[str] = []
        self._region = None
        self._in_jump = False
        self._in_entry_heading = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "section" and "data-help-region" in a:
            self._region = a["data-help-region"]
            self.sections[self._region] = []
            self.section_ids[self._region] = a.get("id")
        elif tag == "nav" and "help-directory__jump" in (a.get("class") or ""):
            self._in_jump = True
        elif tag == "a" and self._in_jump:
            self.jump.append(a.get("href"))
        elif tag == "h4" and self._region:
            self._in_entry_heading = True
        elif tag == "a" and self._in_entry_heading:
            self.sections[self._region].append(a.get("href"))
        elif tag == "form" and "data-help-picker" in a:
            self.picker_hidden = "hidden" in a
        elif tag == "label" and a.get("for") == "help-region":
            self.label_for = a["for"]
        elif tag == "option":
            self.options[a.get("value")] = a.get("data-show")
        elif tag == "script" and a.get("src"):
            self.scripts.append(a["src"])

    def handle_endtag(self, tag):
        if tag == "section":
            self._region = None
        elif tag == "nav":
            self._in_jump = False
        elif tag == "h4":
            self._in_entry_heading = False


def parsed(site: Path, lang: str) -> _Directory:
    parser = _Directory()
    parser.feed((site / PAGES[lang]).read_text(encoding="utf-8"))
    return parser


@pytest.mark.parametrize("lang", PAGES)
def test_every_place_has_a_section_and_the_jump_list_leads_to_it(built_site, lang):
    page = parsed(built_site, lang)
    assert set(page.sections) == set(SECTIONS), f"{lang}: sections {sorted(page.sections)}"
    targets = [f"#{page.section_ids[region]}" for region in page.sections]
    assert sorted(page.jump) == sorted(targets), f"{lang}: jump list {page.jump} does not match sections {targets}"


@pytest.mark.parametrize("lang", PAGES)
def test_each_section_links_every_entry_to_its_own_site(built_site, lang):
    page = parsed(built_site, lang)
    for region in SECTIONS:
        expected = [e.get("url_fr", e["url"]) if lang == "fr" else e["url"] for e in hd.entries_in(region)]
        assert page.sections[region] == expected, f"{lang} {region}: links {page.sections[region]} != {expected}"


@pytest.mark.parametrize("lang", PAGES)
def test_picker_is_written_by_the_page_and_hidden_without_javascript(built_site, lang):
    page = parsed(built_site, lang)
    assert page.picker_hidden is True, f"{lang}: the picker must be hidden until its script runs"
    assert page.label_for == "help-region", f"{lang}: the picker has no label"
    assert set(page.options) == {"", *hd.PROVINCES, hd.OUTSIDE}
    assert page.options[""] == "all"
    assert page.options[hd.OUTSIDE] == hd.OUTSIDE
    for code in hd.PROVINCES:
        assert page.options[code].split() == [code, hd.NATIONAL], f"{lang}: option {code} shows {page.options[code]}"
    script = [src for src in page.scripts if src.endswith("assets/help/picker.js")]
    assert script, f"{lang}: picker script missing"
    assert (built_site / PAGES[lang]).parent.joinpath(script[0]).resolve().is_file(), script[0]


def test_picker_script_holds_no_wording(built_site):
    script = (built_site / "assets" / "help" / "picker.js").read_text(encoding="utf-8")
    code = re.sub(r"//[^\n]*", "", script)
    strings = re.findall(r"\"([^\"]*)\"|'([^']*)'", code)
    words = [s for pair in strings for s in pair
             if s != "use strict" and re.search(r"[A-Za-zÀ-ÿ]{3,} [A-Za-zÀ-ÿ]{3,}", s)]
    assert not words, f"wording in picker.js (it belongs in the page): {words}"


@pytest.mark.parametrize("lang", PAGES)
def test_page_is_in_its_language_and_dates_are_worded(built_site, lang):
    text = (built_site / PAGES[lang]).read_text(encoding="utf-8")
    assert re.search(rf'<html[^>]*\blang="{lang}', text), f"{lang}: wrong page language"
    worded = "Checked 1 December 2026." if lang == "en" else "Vérifié le 1er décembre 2026."
    assert worded in text


# --- in Chromium -------------------------------------------------------------------------------


@pytest.mark.browser
@pytest.mark.parametrize("lang", PAGES)
def test_picker_shows_one_place_and_axe_is_clean(browser, site_url, lang):
    context = browser.new_context(bypass_csp=True)
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    try:
        page.goto(site_url + URLS[lang], wait_until="load")
        picker = page.locator("form[data-help-picker]")
        picker.wait_for(state="visible")
        problems = blocking(run_axe(page), f"{lang} all places")

        page.select_option("#help-region", "bc")
        visible = page.eval_on_selector_all(
            "[data-help-region]", "els => els.filter(e => !e.hidden).map(e => e.dataset.helpRegion)"
        )
        assert visible == ["bc", hd.NATIONAL], f"{lang}: British Columbia shows {visible}"
        problems += blocking(run_axe(page), f"{lang} one province")

        page.select_option("#help-region", hd.OUTSIDE)
        visible = page.eval_on_selector_all(
            "[data-help-region]", "els => els.filter(e => !e.hidden).map(e => e.dataset.helpRegion)"
        )
        assert visible == [hd.OUTSIDE], f"{lang}: outside Canada shows {visible}"

        # While one place is picked the jump list is hidden; "All places" brings it back, and it works.
        assert not page.locator(".help-directory__jump").is_visible()
        page.select_option("#help-region", "")
        page.locator(".help-directory__jump a[href='#help-qc']").click()
        assert page.locator("#help-qc").is_visible()
        assert page.input_value("#help-region") == ""
        assert problems == [], "\n".join(problems)
        foreign = [url for url in requests if not url.startswith(site_url) and not url.startswith(("data:", "blob:"))]
        assert foreign == [], f"{lang}: the page requested another host: {foreign}"
    finally:
        context.close()


@pytest.mark.browser
def test_without_javascript_every_place_is_shown(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(site_url + URLS["en"], wait_until="load")
        assert not page.locator("form[data-help-picker]").is_visible()
        for region in SECTIONS:
            assert page.locator(f"[data-help-region='{region}']").is_visible(), region
    finally:
        context.close()


@pytest.mark.browser
@pytest.mark.parametrize("lang", PAGES)
def test_axe_is_clean_in_the_dark_palette(browser, site_url, lang):
    context = browser.new_context(bypass_csp=True, color_scheme="dark")
    page = context.new_page()
    try:
        page.goto(site_url + URLS[lang], wait_until="load")
        page.locator("form[data-help-picker]").wait_for(state="visible")
        assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == "slate"
        problems = blocking(run_axe(page), f"{lang} dark")
        assert problems == [], "\n".join(problems)
    finally:
        context.close()


# --- issue 20 item 11: phone numbers, honest gaps, other languages, results first -----------------


@pytest.mark.parametrize("lang", PAGES)
def test_phone_numbers_are_tel_links_with_their_hours(built_site, lang):
    text = (built_site / PAGES[lang]).read_text(encoding="utf-8")
    for tel, shown in (("tel:+18006688258", "1-800-668-8258"), ("tel:+14169791446", "416-979-1446"),
                       ("tel:+18668453425", "1-866-845-3425"), ("tel:+18006673764", "1.800.667.3764")):
        assert f'<a href="{tel}">{shown}</a>' in text, f"{lang}: no tel: link for {shown}"
    hours = "Monday to Friday, 8 a.m. to 5 p.m." if lang == "en" else "Du lundi au vendredi, de 8 h à 17 h."
    assert hours in text, f"{lang}: Legal Aid Ontario's hours missing"


@pytest.mark.parametrize("lang", PAGES)
def test_each_place_says_which_services_were_looked_for_and_not_confirmed(built_site, lang):
    """Where no legal aid, clinic or referral service could be confirmed on its own site, the page says so."""
    text = (built_site / PAGES[lang]).read_text(encoding="utf-8")
    for item in hd.MISSING:
        section = re.search(rf'<section id="help-{item["region"]}".*?</section>', text, re.S)
        assert section, item["region"]
        assert html.escape(item["name"]) in section.group(0), f"{lang} {item['region']}: {item['name']} not said"


def test_a_spanish_page_words_the_directory_from_its_catalogue_and_marks_english_entries(built_site):
    text = (built_site / "es" / "help" / "get-help" / "index.html").read_text(encoding="utf-8")
    assert '<label for="help-region">Mostrar ayuda para</label>' in text
    assert ">Columbia Británica</h3>" in text and ">Fuera de Canadá</h3>" in text
    assert "Show help for" not in text and "British Columbia</h3>" not in text
    # The services' own wording is English: the browser and screen readers are told so.
    assert '<a href="https://www.legalaid.on.ca/" lang="en" dir="ltr">Legal Aid Ontario</a>' in text
    assert "Los nombres y las descripciones de los servicios están en inglés." in text


@pytest.mark.browser
@pytest.mark.parametrize("lang", PAGES)
def test_after_picking_a_province_its_help_comes_before_any_list_of_places_on_a_phone(browser, site_url, lang):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    try:
        page.goto(site_url + URLS[lang], wait_until="load")
        page.locator("form[data-help-picker]").wait_for(state="visible")
        page.select_option("#help-region", "bc")
        first = page.locator("#help-bc .help-directory__entry").first
        assert first.is_visible(), f"{lang}: British Columbia's first service is not shown"
        top = first.bounding_box()["y"]
        # Nothing that lists the places (the jump list) may sit between the picker and the results.
        above = page.eval_on_selector_all(
            ".help-directory__jump",
            "(els, top) => els.filter(e => e.offsetParent !== null && e.getBoundingClientRect().top + scrollY < top).length",
            top,
        )
        assert above == 0, f"{lang}: the list of places sits above British Columbia's help"
        picker_bottom = page.locator("form[data-help-picker]").bounding_box()
        assert top - (picker_bottom["y"] + picker_bottom["height"]) < 400, f"{lang}: the results start far below the picker"
        link = page.locator("#help-bc a[href^='tel:']")
        assert link.count() == 0 or link.first.is_visible()
    finally:
        context.close()
