"""Snippets for pages (CONTRIBUTING.md §1): every id exists, matches the rule data, one line."""

import re
from datetime import date
from pathlib import Path

import pytest

from calculators.messages import LANGUAGES
from calculators.reference import snippets, write_snippets
from calculators.rules import FEES, TIME_LIMITS, fee, time_limit

CONTRIBUTING = (Path(__file__).resolve().parents[2] / "CONTRIBUTING.md").read_text(encoding="utf-8")
RULE_IDS = re.findall(r"^\| `([a-z0-9-]+)` \| ", CONTRIBUTING.split("Rule ids (stable):")[1].split("Per fee")[0], re.M)
FEE_IDS = re.findall(r"`([a-z-]+)`", CONTRIBUTING.split("Fee ids:")[1].split("\n\n")[0])
TODAY = date(2026, 11, 23)


def test_contract_lists_were_read():
    assert len(RULE_IDS) == 44 and "judicial-review-in-canada" in RULE_IDS
    assert FEE_IDS == ["federal-court-filing", "atip-request", "privacy-request", "restoration", "trp", "h-and-c",
                       "citizenship-federal-court"]


# PLAN.md "Snippet rule ids": the guides include these; they must exist.
PLAN_SNIPPET_IDS = ["rad-appeal", "rad-record", "rad-record-irb-practice", "citizenship-judicial-review",
                    "prra-application", "prra-decision-earliest", "prra-bar",
                    "h-and-c-bar", "departure-order", "exclusion-return", "exclusion-return-misrepresentation",
                    "atip-complaint", "removal-stay-after-rad", "rpd-mail-received", "prra-mail-notice",
                    "provincial-review-on", "provincial-review-bc", "provincial-review-ab", "provincial-review-sk",
                    "quebec-taq"]
# Sources that are not on Justice Laws: their cite.md is the plain label.
UNLINKED = {"rad-record-irb-practice", "provincial-review-on", "provincial-review-bc", "provincial-review-ab",
            "provincial-review-sk", "quebec-taq", "quebec-caq-refused-policy"}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_snippet_id_the_guides_need_exists_in_both_languages(lang):
    texts = snippets(TODAY, lang)
    for rule_id in PLAN_SNIPPET_IDS:
        for part in ("days", "limit", "trigger", "cite"):
            assert texts[f"{rule_id}/{part}.md"], (lang, rule_id, part)
    for fee_id in ("h-and-c", "citizenship-federal-court"):
        assert texts[f"fee/{fee_id}/amount.md"]


def test_new_snippets_match_facts():
    texts = snippets(TODAY)
    # FACTS §8-§11 lengths
    expected = {"rad-appeal": "15 days", "rad-record": "30 days", "rad-record-irb-practice": "45 days",
                "citizenship-judicial-review": "30 days", "prra-application": "15 days",
                "prra-decision-earliest": "30 days", "prra-bar": "12 months",
                "h-and-c-bar": "12 months", "departure-order": "30 days", "exclusion-return": "1 year",
                "exclusion-return-misrepresentation": "5 years", "atip-complaint": "60 days",
                "removal-stay-after-rad": "15 days", "rpd-mail-received": "7 days", "prra-mail-notice": "7 days",
                "provincial-review-on": "30 days", "provincial-review-bc": "30 days", "provincial-review-ab": "30 days",
                "provincial-review-sk": "30 days", "quebec-taq": "60 days"}
    for rule_id, limit in expected.items():
        assert texts[f"{rule_id}/limit.md"] == limit, rule_id
    assert texts["citizenship-judicial-review/cite.md"] == (
        "[Citizenship Act s. 22.1](https://laws-lois.justice.gc.ca/eng/acts/c-29/section-22.1.html)")
    assert texts["rad-appeal/cite.md"].endswith("/eng/regulations/SOR-2002-227/section-159.91.html)")
    assert texts["quebec-taq/cite.md"] == "Quebec Immigration Act s. 72"  # not on Justice Laws: no link
    assert texts["fee/h-and-c/amount.md"].startswith("$550 (base fee) — ")
    assert "different amount" in texts["fee/h-and-c/amount.md"]
    assert texts["fee/citizenship-federal-court/amount.md"] == "$50"
    assert texts["fee/citizenship-federal-court/cite.md"] == "Federal Court citizenship checklist"
    fr = snippets(TODAY, "fr")
    assert fr["quebec-taq/cite.md"] == "Loi sur l'immigration au Québec, art. 72"
    assert fr["rad-appeal/limit.md"] == "15 jours"


def test_rules_and_fees_are_exactly_the_contract_ids():
    assert [limit.id for limit in TIME_LIMITS] == RULE_IDS
    assert [f.id for f in FEES] == FEE_IDS


@pytest.mark.parametrize("rule_id", RULE_IDS)
def test_every_rule_has_its_four_snippets_matching_the_data(rule_id):
    texts = snippets(TODAY)
    limit = time_limit(rule_id)
    assert texts[f"{rule_id}/days.md"] == str(limit.length)
    assert texts[f"{rule_id}/limit.md"].startswith(f"{limit.length} {limit.unit.rstrip('s')}")
    assert texts[f"{rule_id}/trigger.md"]
    if rule_id in UNLINKED:
        assert texts[f"{rule_id}/cite.md"] == limit.source
    else:
        assert texts[f"{rule_id}/cite.md"].startswith(f"[{limit.source}](https://laws-lois.justice.gc.ca/eng/")


def test_snippet_examples_from_the_contract():
    texts = snippets(TODAY)
    assert texts["judicial-review-in-canada/days.md"] == "15"
    assert texts["judicial-review-in-canada/limit.md"] == "15 days"
    assert texts["judicial-review-in-canada/trigger.md"] == "after the day you were notified of the decision"
    assert texts["judicial-review-in-canada/cite.md"] == (
        "[IRPA s. 72(2)(b)](https://laws-lois.justice.gc.ca/eng/acts/i-2.5/section-72.html)")
    assert texts["judicial-review-outside-canada/limit.md"] == "60 days"
    assert texts["restoration/cite.md"] == (
        "[IRPR s. 182(1)](https://laws-lois.justice.gc.ca/eng/regulations/SOR-2002-227/section-182.html)")
    assert texts["misrepresentation-bar/limit.md"] == "5 years"
    assert texts["trp-refugee-claim-bar/limit.md"] == "12 months"


@pytest.mark.parametrize("fee_id, amount", [
    ("federal-court-filing", "$50"), ("atip-request", "$5"), ("privacy-request", "free"),
    ("restoration", "$200"), ("trp", "$200"),
])
def test_fee_snippets(fee_id, amount):
    texts = snippets(TODAY)
    assert texts[f"fee/{fee_id}/amount.md"] == amount
    assert texts[f"fee/{fee_id}/cite.md"].startswith(f"[{fee(fee_id).source}](")
    assert texts[f"fee/{fee_id}/since.md"]


def test_ircc_fees_have_no_unverified_date_and_point_to_the_fee_page():
    texts = snippets(TODAY)
    assert texts["fee/restoration/since.md"] == "check IRCC's fee page"
    assert "inflation-adjusted" in texts["table/fees.md"]


def test_one_line_snippets_have_no_newline_and_tables_end_with_one():
    for path, text in snippets(TODAY).items():
        if path.startswith("table/"):
            assert text.endswith("\n") and text.startswith("|")
        else:
            assert "\n" not in text and text, path


def test_time_limit_table_has_a_row_per_rule_with_its_citation():
    table = snippets(TODAY)["table/time-limits.md"].splitlines()
    assert len(table) == 2 + len(TIME_LIMITS)
    for limit, row in zip(TIME_LIMITS, table[2:]):
        assert (f"[{limit.source}](" in row) is (limit.id not in UNLINKED)
        assert f"| {limit.source} |" in row or f"[{limit.source}](" in row
        assert f"| {limit.length} {limit.unit.rstrip('s')}" in row


def test_holiday_table_covers_the_current_and_next_year():
    table = snippets(TODAY)["table/holidays.md"]
    assert table.startswith("| Holiday | 2026 | 2027 |")
    assert "| National Day for Truth and Reconciliation | Wed 30 Sep 2026 | Thu 30 Sep 2027 |" in table
    assert "| Easter Monday | Mon 6 Apr 2026 | Mon 29 Mar 2027 |" in table


def test_write_snippets_rewrites_only_changed_files_and_removes_stale_ones(tmp_path):
    written = write_snippets(tmp_path, TODAY)
    # English, then French under fr/, then every other language of the engine under <code>/, each with
    # the "What the law says" boxes (calculators.law_boxes)
    from calculators import law_boxes

    assert len(written) == sum(len(snippets(TODAY, lang)) + len(law_boxes.snippets(lang)) for lang in LANGUAGES)
    target = tmp_path / "judicial-review-in-canada" / "days.md"
    assert target.read_bytes() == b"15"
    stale = tmp_path / "old-rule" / "days.md"
    stale.parent.mkdir()
    stale.write_text("99")
    before = {p: p.stat().st_mtime_ns for p in written}
    for p in written:
        p.touch()  # reset, then make sure a second run does not write again
    mtimes = {p: p.stat().st_mtime_ns for p in written}
    write_snippets(tmp_path, TODAY)
    assert {p: p.stat().st_mtime_ns for p in written} == mtimes
    assert not stale.exists() and not stale.parent.exists()
    assert before  # files existed


def test_recess_snippets_come_from_the_calendar_data():
    # FCR r. 6(3): 21 December to 7 January, both included.
    texts = snippets(TODAY)
    assert texts["recess/first-day.md"] == "21 December"
    assert texts["recess/last-day.md"] == "7 January"
    assert texts["recess/cite.md"].startswith("[FCR r. 6(3)](https://laws-lois.justice.gc.ca/eng/regulations/SOR-98-106/")
    french = snippets(TODAY, lang="fr")
    assert french["recess/first-day.md"] == "21 décembre"
    assert french["recess/last-day.md"] == "7 janvier"
