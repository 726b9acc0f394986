"""Official pages and forms (calculators/official_pages.py): every id the plan links to, each with
an https address or a search sentence, where it was found and when; snippets in both languages."""

from __future__ import annotations

import re
from datetime import date

import pytest

from calculators import official_pages
from calculators.official_pages import BY_ID, IDS, PAGES, all_snippets, page, search_hint

# The ids fixed in the coordination plan ("Official pages"); the plan and the guides link by these.
PLAN_IDS = (
    "fc-leave-application", "fc-self-represented", "iad-appeal-sponsorship", "iad-appeal-removal-order",
    "iad-appeal-residency", "rad-appeal", "restoration", "trp", "atip-request", "privacy-request",
    "info-commissioner-complaint", "privacy-commissioner-complaint", "prra", "h-and-c", "ircc-fees",
    "citizenship-refused", "ircc-webform", "authorization-to-return", "oinp-review", "bcpnp-review",
    "aaip-reconsideration", "sinp-review", "mpnp", "taq",
)
# A legal number (time limit or fee) belongs in the law snippets, never in these texts.
LEGAL_NUMBER = re.compile(r"\b\d+\s*(days?|years?|months?|jours?|ans|mois)\b|\$\s*\d|\d\s*\$", re.IGNORECASE)


def test_every_plan_id_is_there_once():
    assert set(PLAN_IDS) <= set(IDS)
    assert len(PAGES) == len(set(IDS)) == len(IDS)


def test_a_page_not_found_says_where_to_search():
    assert page("ircc-decision-notes", "en")["url"] is None
    assert official_pages.link_markdown("ircc-decision-notes", "en") == "search for “officer decision notes” on canada.ca"


@pytest.mark.parametrize("page_id", IDS)
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_each_page_has_an_https_address_or_a_search_sentence(page_id, lang):
    found = page(page_id, lang)
    assert found["label"]
    if found["url"] is not None:
        assert found["url"].startswith("https://"), found["url"]
        assert " " not in found["url"]
    assert found["search_hint"]
    if found["url"] is None:
        site = BY_ID[page_id].site
        assert site in found["search_hint"]


@pytest.mark.parametrize("page_id", IDS)
def test_each_page_says_where_it_was_found_and_when(page_id):
    entry = BY_ID[page_id]
    assert entry.found_in, f"{page_id}: no source recorded"
    assert all(isinstance(source, str) and len(source) > 10 for source in entry.found_in)
    assert isinstance(entry.checked, date) and entry.checked <= date.today()
    for url in (entry.url.get("en"), entry.url.get("fr")):
        if url:  # the address itself appears in what we recorded, so nobody can add one from memory
            path = url.split("://", 1)[1].removeprefix("www.")
            assert any(path.split("/", 1)[-1] in source or path in source for source in entry.found_in) or any(
                "copy of the canada.ca page" in source for source in entry.found_in
            ), f"{page_id}: {url} is not in found_in"


@pytest.mark.parametrize("page_id", IDS)
def test_both_languages_are_complete(page_id):
    entry = BY_ID[page_id]
    assert set(entry.title) == {"en", "fr"} and set(entry.search) == {"en", "fr"}
    for field in (entry.form, entry.how):
        assert field is None or set(field) == {"en", "fr"}


def test_french_falls_back_to_the_english_page_and_says_so():
    fr = page("fc-leave-application", "fr")
    assert BY_ID["fc-leave-application"].url["fr"] is None
    assert fr["url"] == BY_ID["fc-leave-application"].url["en"]
    assert fr["label"].endswith("(page en anglais)")
    assert page("info-commissioner-complaint", "fr")["url"].startswith("https://www.oic-ci.gc.ca/fr/")
    assert "(page en anglais)" not in page("info-commissioner-complaint", "fr")["label"]


def test_a_page_without_an_address_gives_the_search_sentence(monkeypatch):
    entry = BY_ID["mpnp"]
    monkeypatch.setitem(official_pages.BY_ID, "mpnp", type(entry)(
        id="mpnp", title=entry.title, site=entry.site, search=entry.search, found_in=entry.found_in, checked=entry.checked))
    assert page("mpnp", "en")["url"] is None
    assert official_pages.link_markdown("mpnp", "en") == "search for “procedural fairness” on immigratemanitoba.com"
    assert official_pages.link_markdown("mpnp", "fr") == "cherchez « équité procédurale » sur immigratemanitoba.com"
    assert search_hint("mpnp", "fr-CA").startswith("cherchez")


def test_snippets_are_one_line_markdown_links_in_both_languages():
    texts = all_snippets()
    for page_id in PLAN_IDS:
        for folder, lang in (("", "en"), ("fr/", "fr")):
            link = texts[f"{folder}link/{page_id}.md"]
            assert "\n" not in link and link == link.strip()
            found = page(page_id, lang)
            assert link == (f"[{found['label']}]({found['url']})" if found["url"] else found["search_hint"])
            if found["form"]:
                assert texts[f"{folder}form/{page_id}.md"] == found["form"]
            if found["how"]:
                assert texts[f"{folder}how/{page_id}.md"] == found["how"]


def test_no_legal_number_is_typed_in_these_texts():
    typed = {path: text for path, text in all_snippets().items() if LEGAL_NUMBER.search(text)}
    assert not typed, typed


def test_snippets_are_written_with_the_law_snippets_and_kept(tmp_path):
    official_pages.write_snippets(tmp_path)
    assert (tmp_path / "link" / "fc-leave-application.md").read_text(encoding="utf-8").startswith("[")
    assert (tmp_path / "fr" / "link" / "taq.md").is_file()
    assert (tmp_path / "judicial-review-in-canada" / "limit.md").is_file()  # the law snippets are there too
    official_pages.write_snippets(tmp_path)  # a second build keeps them (the law writer's clean-up knows them)
    assert (tmp_path / "how" / "prra.md").is_file()
