"""The directory of legal help (calculators/help_directory.py) as data.

Every entry must name the service in both languages, say what it does and for whom, give
the organisation's own https address, say where it was found, and carry a checked date no
older than a year. Every province and territory, and readers outside Canada, must be covered.
"""

from __future__ import annotations

import ast
import re
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlparse

import pytest

from calculators import help_directory as hd

ROOT = Path(__file__).resolve().parents[2]
MAX_AGE = timedelta(days=365)
LANGS = ("en", "fr")
# A North American phone number in any usual spelling: 604-601-6076, (902) 455-3135, 1.800.667.3764.
PHONE = re.compile(r"(?:\+?1[\s.-]?)?\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b")


def stale_entries(entries, today: date) -> list[str]:
    """Ids (with their date) of entries checked more than a year before `today`, or not yet."""
    stale = []
    for entry in entries:
        checked = date.fromisoformat(entry["checked"])
        if today - checked > MAX_AGE or checked > today:
            stale.append(f"{entry['id']} (checked {entry['checked']})")
    return stale


def _https(url: str) -> bool:
    parsed = urlparse(url)
    return parsed.scheme == "https" and bool(parsed.netloc) and " " not in url


# --- every entry -------------------------------------------------------------------------------


def test_entries_have_unique_ids():
    ids = [entry["id"] for entry in hd.ENTRIES]
    assert len(ids) == len(set(ids)), f"ids used twice: {sorted({i for i in ids if ids.count(i) > 1})}"


@pytest.mark.parametrize("entry", hd.ENTRIES, ids=lambda entry: entry["id"])
def test_entry_has_name_wording_address_source_and_date(entry):
    for field in ("name", "does", "serves"):
        for lang in LANGS:
            text = entry[field].get(lang, "")
            assert text.strip(), f"{entry['id']}: no {field} in {lang}"
    assert _https(entry["url"]), f"{entry['id']}: official address must be https, got {entry['url']!r}"
    if "url_fr" in entry:
        assert _https(entry["url_fr"]), f"{entry['id']}: French address must be https, got {entry['url_fr']!r}"
    assert entry["source"].strip(), f"{entry['id']}: no source (where it was found)"
    assert re.search(r"https?://", entry["source"]), f"{entry['id']}: the source must name the page read"
    date.fromisoformat(entry["checked"])  # an ISO date, or this raises with the bad value
    assert entry["regions"], f"{entry['id']}: no region"
    unknown = set(entry["regions"]) - set(hd.REGIONS) - {hd.NATIONAL}
    assert not unknown, f"{entry['id']}: unknown regions {sorted(unknown)}"
    assert entry["kind"] in hd.KINDS, f"{entry['id']}: unknown kind {entry['kind']!r}"


def _site(host: str) -> str:
    """The site a host belongs to: www.legalaid.on.ca and www-legacy.legalaid.on.ca are legalaid.on.ca."""
    parts = host.lower().split(".")
    keep = 3 if len(parts) >= 3 and parts[-1] in {"ca", "uk"} and len(parts[-2]) == 2 else 2
    return ".".join(parts[-keep:])


@pytest.mark.parametrize("entry", hd.ENTRIES, ids=lambda entry: entry["id"])
def test_the_address_is_on_a_site_the_source_names(entry):
    """The official address was found on a page read, not typed from memory."""
    read = {_site(urlparse(url).netloc) for url in re.findall(r"https?://[^\s;()]+", entry["source"])}
    for key in ("url", "url_fr"):
        if key in entry:
            site = _site(urlparse(entry[key]).netloc)
            assert site in read, f"{entry['id']}: {key} is on {site}, but the source names only {sorted(read)}"


def test_no_entry_is_older_than_twelve_months():
    stale = stale_entries(hd.ENTRIES, date.today())
    assert not stale, (
        "entries not checked in the last 12 months (read each source again, then update `checked`): "
        + ", ".join(stale)
    )


def test_the_age_check_names_stale_entries():
    today = date(2027, 12, 2)
    entries = [
        {"id": "old", "checked": "2026-12-01"},
        {"id": "fresh", "checked": "2027-06-01"},
        {"id": "future", "checked": "2028-01-01"},
    ]
    assert stale_entries(entries, today) == ["old (checked 2026-12-01)", "future (checked 2028-01-01)"]


def test_no_phone_numbers():
    found = [
        f"{entry['id']}.{field}.{lang}: {match.group(0)}"
        for entry in hd.ENTRIES
        for field in ("name", "does", "serves")
        for lang in LANGS
        for match in PHONE.finditer(entry[field][lang])
    ]
    assert not found, "phone numbers in the directory (links only, no numbers): " + "; ".join(found)


# --- coverage ----------------------------------------------------------------------------------


def test_every_province_and_territory_and_outside_canada_has_entries():
    empty = [region for region in hd.REGIONS if not hd.entries_in(region)]
    assert not empty, f"no entry of their own for: {', '.join(empty)}"
    assert len(hd.PROVINCES) == 13
    assert hd.entries_in(hd.NATIONAL), "no national entry"


def test_each_province_names_its_legal_aid_plan_or_says_it_was_not_found():
    missing_legal_aid = {item["region"] for item in hd.MISSING if item["kind"] == "legal-aid"}
    without = [
        region for region in hd.PROVINCES
        if not any(e["kind"] == "legal-aid" for e in hd.entries_in(region)) and region not in missing_legal_aid
    ]
    assert not without, f"neither a legal aid entry nor a MISSING note for: {', '.join(without)}"


def test_missing_notes_say_what_and_why():
    for item in hd.MISSING:
        assert item["region"] in hd.REGIONS, item
        assert item["kind"] in hd.KINDS, item
        assert item["name"].strip() and item["why"].strip(), item


def test_national_entries_cover_the_consultant_register_and_checking_a_lawyer():
    national = hd.entries_in(hd.NATIONAL)
    assert any("college-ic.ca" in urlparse(e["url"]).netloc for e in national), "no CICC public register"
    assert any("law society" in e["does"]["en"].lower() for e in national if e["kind"] == "regulator"), (
        "nothing national on checking a lawyer with the law society"
    )


def test_outside_canada_has_a_register_the_access_request_rule_and_a_warning():
    abroad = hd.entries_in(hd.OUTSIDE)
    assert any(e["kind"] == "register" for e in abroad), "no register to check a representative from abroad"
    rule = [e for e in abroad if "IMM 5744" in e["does"]["en"]]
    assert rule, "no entry on the access request from abroad (FACTS §5: ATIA s. 4(1), IMM 5744)"
    for lang in LANGS:
        assert "IMM 5744" in rule[0]["does"][lang] and "4(1)" in rule[0]["does"][lang], lang
    assert any("offence" in e["does"]["en"] and "infraction" in e["does"]["fr"] for e in abroad), (
        "no warning that unlicensed paid advice is an offence"
    )
    assert any("must not" in e["does"]["en"] for e in abroad), "no warning about agents who may not advise"


# --- for_region (the action plan's interface, PLAN.md) -------------------------------------------


@pytest.mark.parametrize("code", hd.PROVINCES)
def test_a_province_gets_its_own_entries_then_the_national_ones(code):
    got = hd.for_region(code)
    own = hd.entries_in(code)
    national = [e for e in hd.entries_in(hd.NATIONAL) if e not in own]
    assert got == [e for e in own + national if not e.get("only_for")]
    assert all(code in e["regions"] or hd.NATIONAL in e["regions"] for e in got)


def test_outside_canada_gets_only_entries_for_readers_abroad():
    got = hd.for_region(hd.OUTSIDE)
    assert got and all(hd.OUTSIDE in e["regions"] for e in got)


@pytest.mark.parametrize("code", ["unknown", "", "xx"])
def test_an_unknown_place_gets_the_national_entries(code):
    assert hd.for_region(code) == [e for e in hd.entries_in(hd.NATIONAL) if not e.get("only_for")]


def test_entries_are_ordered_general_first_then_by_kind():
    for region in (*hd.PROVINCES, hd.NATIONAL):
        ranks = [(bool(e.get("only_for")), hd.KINDS.index(e["kind"])) for e in hd.entries_in(region)]
        assert ranks == sorted(ranks), region


# --- issue 20 item 11: who sees what first, phone numbers, every province covered ---------------


@pytest.mark.parametrize("code", ["unknown", *hd.PROVINCES])
def test_i_dont_know_and_any_province_never_get_a_refugee_claim_service_unless_it_is_a_refugee_claim(code):
    got = hd.for_region(code)
    assert got, code
    assert not any(e.get("only_for") for e in got), (
        f"{code}: refugee-claim services for a reader who did not say it is a refugee claim: "
        + ", ".join(e["id"] for e in got if e.get("only_for"))
    )
    assert "refugee claim" not in got[0]["name"]["en"].lower(), f"{code}: first is {got[0]['id']}"


def test_a_refugee_claimant_gets_the_refugee_claim_services():
    ids = [e["id"] for e in hd.for_region("on", "refugee-claim")]
    assert {"fcj-refugee-centre", "steps-to-justice-refugee", "my-refugee-claim-representative"} <= set(ids)
    assert ids[0] == "legal-aid-ontario"
    assert "halifax-refugee-clinic" in [e["id"] for e in hd.for_region("ns", "refugee-claim")]


def test_a_reader_abroad_first_gets_the_free_request_for_the_file_then_the_registers():
    got = hd.for_region(hd.OUTSIDE)
    assert got[0]["id"] == "ircc-access-request-abroad", [e["id"] for e in got]
    assert [e["kind"] for e in got[1:3]] == ["register", "register"], [e["id"] for e in got]
    first = got[0]["does"]
    # FACTS §5, revised 2026-12-06: a free Privacy Act request, from anywhere, with no representative.
    assert "free" in first["en"] and "Privacy Act" in first["en"], first["en"]
    assert "gratuitement" in first["fr"] and "protection des renseignements personnels" in first["fr"], first["fr"]


def test_ontario_alberta_and_saskatchewan_legal_aid_give_their_phone_numbers_and_hours():
    by_id = {e["id"]: e for e in hd.ENTRIES}
    expected = {
        "legal-aid-ontario": {"1-800-668-8258", "416-979-1446"},
        "legal-aid-alberta": {"1-866-845-3425"},
        "legal-aid-saskatchewan": {"1.800.667.3764"},
    }
    for eid, numbers in expected.items():
        entry = by_id[eid]
        assert {p["number"] for p in entry.get("phone", [])} == numbers, eid
        assert entry.get("hours", {}).get("en") and entry["hours"].get("fr"), f"{eid}: no hours"


@pytest.mark.parametrize("entry", [e for e in hd.ENTRIES if e.get("phone") or e.get("hours")], ids=lambda e: e["id"])
def test_every_phone_number_names_the_services_own_page_it_was_read_on_and_the_day(entry):
    source = entry.get("phone_source") or ""
    pages = re.findall(r"https://[^\s;()]+", source)
    assert pages, f"{entry['id']}: phone or hours without the page they were read on"
    own = {_site(urlparse(entry["url"]).netloc)}
    assert {_site(urlparse(page).netloc) for page in pages} <= own, (
        f"{entry['id']}: phone read on {pages}, not on the service's own site {own}"
    )
    read = date.fromisoformat(entry["phone_checked"])
    assert read <= date.today() and date.today() - read <= MAX_AGE, f"{entry['id']}: phone read on {read}"
    for phone in entry.get("phone", []):
        assert PHONE.fullmatch(phone["number"]), f"{entry['id']}: {phone['number']!r} is not a phone number"
        assert phone["label"]["en"] and phone["label"]["fr"], entry["id"]


@pytest.mark.parametrize("code", hd.PROVINCES)
def test_each_province_has_legal_aid_and_a_clinic_or_referral_or_says_which_was_not_found(code):
    kinds = {e["kind"] for e in hd.entries_in(code)}
    missing = {item["kind"] for item in hd.MISSING if item["region"] == code}
    assert "legal-aid" in kinds or "legal-aid" in missing, f"{code}: no legal aid, and no MISSING line saying so"
    assert kinds & {"clinic", "referral"} or missing & {"clinic", "referral"}, (
        f"{code}: no clinic or referral service, and no MISSING line saying so"
    )


def test_module_is_standard_library_only():
    """It runs in the browser under Pyodide with the trimmed standard library: no imports at all."""
    tree = ast.parse((ROOT / "calculators" / "help_directory.py").read_text(encoding="utf-8"))
    imported = {
        alias.name.split(".")[0]
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    } | {node.module.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
    assert imported <= {"__future__"}, f"imports {sorted(imported - {'__future__'})}"
