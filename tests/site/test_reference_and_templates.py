"""Issue 13 (GUIDES-C): official pages linked, templates with a Copy button and a .txt file,
wide tables as cards on a phone, the glossary one heading per term, no literal \\" in headings.

Most checks read the suite's single build (`built_site`, tests/conftest.py); the phone and
clipboard checks use the shared headless Chromium.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from calculators.official_pages import page as official_page
from scripts.hooks.fill_in_templates import template_text
from scripts.hooks.stacked_tables import stack_tables

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"

TEMPLATES = {  # page -> (.txt file, a line that must be in it)
    "fill-in/reconsideration-request.md": ("reconsideration-request.txt", "[Your application number]"),
    "fill-in/reconsideration-request.fr.md": ("demande-de-reexamen.txt", "[Votre numéro de demande]"),
    "fill-in/letter-of-explanation.md": ("letter-of-explanation.txt", "[Your passport number]"),
    "fill-in/letter-of-explanation.fr.md": ("lettre-explicative.txt", "[Votre numéro de passeport]"),
    "fill-in/notes-request-checklist.md": ("notes-request-checklist.txt", "- ☐ Your date of birth"),
    "fill-in/notes-request-checklist.fr.md": ("liste-demande-de-notes.txt", "- ☐ Votre date de naissance"),
}
# Pages where GUIDES-C replaced every "check the official page" with a link (issue 13).
OWN_GUIDES = ["remedies/notes-gcms", "remedies/reconsideration", "remedies/reapply",
              "remedies/temporary-resident-permit", "remedies/understand-your-refusal",
              "reference/sources", "fill-in/notes-request-checklist"]
CHECK_THE_PAGE = re.compile(r"check the official|consultez la page officielle|vérifiez la page officielle", re.I)


def built(site: Path, source: str) -> Path:
    stem = source[: -len(".md")]
    lang = ""
    if stem.endswith(".fr"):
        stem, lang = stem[: -len(".fr")], "fr/"
    return site / f"{lang}{stem}/index.html"


def article(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    return text[text.find("<article"): text.find("</article>")]


# --- official pages --------------------------------------------------------------------


@pytest.mark.parametrize("stem", OWN_GUIDES)
@pytest.mark.parametrize("suffix", ["", ".fr"])
def test_no_bare_check_the_official_page_left(stem, suffix):
    source = (DOCS / f"{stem}{suffix}.md").read_text(encoding="utf-8")
    for match in CHECK_THE_PAGE.finditer(source):
        rest = source[match.end(): match.end() + 200]
        assert "{!law/" in rest.split("\n\n")[0], f"{stem}{suffix}.md says 'check the official page' without a link"


@pytest.mark.parametrize("page_id", ["atip-request", "privacy-request", "info-commissioner-complaint",
                                     "privacy-commissioner-complaint"])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_notes_page_links_the_request_and_complaint_pages(built_site, page_id, lang):
    page = built_site / ("fr/" if lang == "fr" else "") / "remedies/notes-gcms/index.html"
    found = official_page(page_id, lang)
    assert f'href="{html.escape(found["url"])}"' in article(page)


def test_trp_page_names_its_form_and_how_it_is_filed(built_site):
    text = article(built_site / "remedies/temporary-resident-permit/index.html")
    found = official_page("trp", "en")
    assert html.escape(found["form"], quote=False) in text
    assert f'href="{found["url"]}"' in text


# --- no literal \" in headings ------------------------------------------------------------


def test_no_heading_or_summary_shows_a_backslash_quote(built_site):
    bad = []
    for path in built_site.rglob("*.html"):
        for match in re.finditer(r"<(h[1-6]|summary)\b[^>]*>(.*?)</\1>", path.read_text(encoding="utf-8"), re.S):
            if '\\"' in html.unescape(match.group(2)):
                bad.append(f"{path.relative_to(built_site)}: {match.group(2)[:60]}")
    assert not bad, bad


# --- glossary ---------------------------------------------------------------------------------


@pytest.mark.parametrize("source", ["reference/glossary.md", "reference/glossary.fr.md"])
def test_glossary_has_one_heading_per_term(source):
    text = (DOCS / source).read_text(encoding="utf-8")
    assert ":   " not in text, "a definition list is left: each term needs its own heading"
    ids = re.findall(r"^## .+ \{ #([a-z0-9-]+) \}$", text, re.M)
    assert len(ids) == len(set(ids)) >= 40
    for abbreviation in ("IAD", "RAD", "RPD", "PRRA", "H&C", "TAQ", "CAQ", "OINP", "ATIP", "GCMS", "eTA", "TRP", "IRB"):
        assert re.search(rf"^## .*{re.escape(abbreviation)}", text, re.M), f"{source}: no heading for {abbreviation}"


def test_glossary_anchors_are_the_same_in_both_languages():
    def anchors(source):
        return set(re.findall(r"\{ #([a-z0-9-]+) \}$", (DOCS / source).read_text(encoding="utf-8"), re.M))
    assert anchors("reference/glossary.md") == anchors("reference/glossary.fr.md")


# --- wide tables -----------------------------------------------------------------------------


def test_stack_tables_labels_each_cell_with_its_header():
    table = ("<table>\n<thead>\n<tr>\n<th>A</th>\n<th>B &amp; C</th>\n<th>D</th>\n<th>E</th>\n</tr>\n</thead>\n"
             "<tbody>\n<tr>\n<td>1</td>\n<td align=\"left\">2</td>\n<td>3</td>\n<td>4</td>\n</tr>\n</tbody>\n</table>")
    out = stack_tables(table)
    assert out.startswith("<table data-stack>")
    assert '<td data-label="A">1</td>' in out and '<td align="left" data-label="B &amp; C">2</td>' in out
    narrow = table.replace("<th>E</th>\n", "").replace("<td>4</td>\n", "").replace("<th>D</th>\n", "").replace("<td>3</td>\n", "")
    assert stack_tables(narrow) == narrow  # two or three columns stay a table


@pytest.mark.parametrize("lang", ["", "fr/"])
def test_time_limit_table_cells_carry_their_labels(built_site, lang):
    page = (built_site / lang / "reference/sources/index.html").read_text(encoding="utf-8")
    table = re.search(r"<table data-stack>(.*?)</table>", page, re.S)
    assert table, "the time-limit table is not marked for the phone layout"
    headers = [html.unescape(h) for h in re.findall(r"<th>(.*?)</th>", table.group(1))]
    assert len(headers) == 5
    labels = {html.unescape(label) for label in re.findall(r'data-label="([^"]*)"', table.group(1))}
    assert labels == set(headers)


@pytest.mark.browser
@pytest.mark.parametrize("path", ["/reference/sources/", "/fr/reference/sources/", "/calculators/deadline/"])
def test_time_limit_table_fits_a_390px_phone(browser, site_url, path):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(site_url + path)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    first = page.locator("table[data-stack] tbody tr").first
    assert first.evaluate("row => getComputedStyle(row).display") == "block"
    label = page.locator("table[data-stack] tbody td:nth-child(2)").first
    assert label.evaluate("cell => getComputedStyle(cell, '::before').content") not in ("none", "normal", '""')
    context.close()


# --- fill-in templates -------------------------------------------------------------------------


def test_template_text_is_plain_text():
    body = ('<p><strong>Title</strong></p>\n<p>[Name]<br>\n[Date]</p>\n<p>A long\nline.</p>\n'
            '<h2 id="x">Step<a class="headerlink" href="#x">&para;</a></h2>\n<ol>\n<li>one</li>\n<li>two</li>\n</ol>')
    assert template_text(body) == "Title\n\n[Name]\n[Date]\n\nA long line.\n\nStep\n\n1. one\n2. two\n"


@pytest.mark.parametrize("source", sorted(TEMPLATES))
def test_template_page_has_copy_button_and_txt_file(built_site, source):
    txt_name, expected_line = TEMPLATES[source]
    page_path = built(built_site, source)
    page = page_path.read_text(encoding="utf-8")
    text_file = page_path.parent / txt_name
    assert text_file.is_file(), f"{source}: no {txt_name} next to the page"
    text = text_file.read_text(encoding="utf-8")
    assert expected_line in text.splitlines()
    assert "<" not in text and "**" not in text and "{!" not in text and "¶" not in text
    assert re.search(rf'<a class="md-button md-button--primary fill-in-download" href="{re.escape(txt_name)}" download>[^<]+</a>', page)
    button = re.search(r'<button type="button" class="[^"]*fill-in-copy" data-target="([^"]+)" data-copied="[^"]+" hidden>([^<]+)</button>', page)
    assert button, f"{source}: no Copy button with the page's own words"
    assert f'id="{button.group(1)}"' in page
    assert re.search(r'<script src="(\.\./)+assets/fill-in\.js" defer></script>', page)
    assert (built_site / "assets/fill-in.js").is_file()


def test_fill_in_script_holds_no_wording():
    script = (DOCS / "assets/fill-in.js").read_text(encoding="utf-8")
    code = re.sub(r"//.*", "", script)
    strings = [s for s in re.findall(r'"([^"\n]*)"', code) if s != "use strict"]
    assert strings and all(not re.search(r"[A-Za-z]{2,} [A-Za-z]{2,}", s) for s in strings), strings


@pytest.mark.browser
@pytest.mark.parametrize("path,expected", [("/fill-in/reconsideration-request/", "Request for reconsideration"),
                                           ("/fr/fill-in/letter-of-explanation/", "Lettre d'explication")])
def test_copy_button_copies_the_template(browser, site_url, path, expected):
    context = browser.new_context()
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_url)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.goto(site_url + path)
    button = page.locator("button.fill-in-copy")
    assert button.is_visible()
    button.click()
    page.locator(".fill-in-status:not(:empty)").wait_for(timeout=5_000)
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith(expected) and "<" not in copied
    assert errors == []  # nothing refused by the Content-Security-Policy either
    context.close()


# --- French download page and print-all page ---------------------------------------------------


def test_french_print_page_holds_the_french_guides(built_site):
    page = (built_site / "fr/print_page/index.html").read_text(encoding="utf-8")
    assert '<html lang="fr"' in page
    assert "<title>Imprimer tous les guides" in page
    assert "Obtenir vos notes" in page and "Demande d'asile refusée" in page
    assert "Table des matières" in page
    # Left out, as in English: the calculators (they need a browser) and the download page.
    assert 'id="fr-download' not in page and 'id="fr-calculators' not in page
    english = (built_site / "print_page/index.html").read_text(encoding="utf-8")
    assert '<html lang="en"' in english and "<title>Print all guides" in english and "Obtenir vos notes" not in english


def test_french_pages_link_the_french_print_page(built_site):
    about = (built_site / "fr/about/index.html").read_text(encoding="utf-8")
    assert 'href="../print_page/"' in about


def test_french_download_page_is_translated(built_site):
    page = (built_site / "fr/download/index.html").read_text(encoding="utf-8")
    assert "Cette page n'est pas encore traduite" not in page
    assert re.search(r'<p id="offline-export"[^>]*>', page) and re.search(r'<p id="print-all-guides"[^>]*>', page)
    assert "Utiliser le guide sans Internet" in page


def test_publishing_links_the_offline_copy_from_the_french_page(built_site, tmp_path):
    import datetime as dt
    import shutil

    from scripts.download_page_fr import publish_fr, stamp_export_fr

    site = tmp_path / "site"
    (site / "fr" / "download").mkdir(parents=True)
    shutil.copyfile(built_site / "fr/download/index.html", site / "fr/download/index.html")
    (site / "offline.zip").write_bytes(b"zip")
    page = publish_fr(site, site / "offline.zip", 12_500_000, 3_400_000, dt.date(2026, 12, 1))
    text = page.read_text(encoding="utf-8")
    link = re.search(r'<a class="md-button md-button--primary" href="([^"]+)" download>([^<]+)</a>', text)
    assert link and (page.parent / link.group(1)).resolve() == (site / "offline.zip").resolve()
    assert link.group(2) == "Télécharger la copie hors ligne (offline.zip, 12\u00a0Mo)"
    assert "1er décembre 2026" in text and "3,4\u00a0Mo" in text
    assert '<a href="../print_page/"><strong>Imprimer tous les guides</strong></a>' in text

    export = tmp_path / "export"
    (export / "fr").mkdir(parents=True)
    shutil.copyfile(built_site / "fr/download/index.html", export / "fr/download.html")
    text = stamp_export_fr(export, dt.date(2026, 12, 1)).read_text(encoding="utf-8")
    assert "Vous lisez la copie hors ligne, préparée le" in text and 'href="print_page.html"' in text
