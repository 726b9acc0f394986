"""The action plan (calculators/plan.py; issue 12): dates from the engine, days left from `today`.

The plan is built on the options result, so its dates must be the options' and the deadline
calculator's dates exactly; days left are counted from the request's `today` (the device's
clock), with the states future / today / passed and what a reader can still do after a date.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import icalendar
import pytest

from calculators import eligibility, official_pages, plan
from calculators.api import handle
from calculators.messages import CATALOGUES

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"

EXTENSION = {"application": "extension", "notified": "2026-09-15", "applied_before_expiry": "yes",
             "decision_made": "2026-09-14", "grounds": ["none"]}
# Requests across the kinds of refusal (each must give a plan whose dates are the engine's).
CASES = [
    EXTENSION,
    {"application": "visitor-visa", "decided": "outside-canada", "notified": "2025-10-31"},
    {"application": "study-permit", "decided": "unknown", "notified": "2026-07-03"},
    {"application": "sponsorship", "sponsored_in_canada": "no", "decided": "outside-canada", "notified": "2026-05-04"},
    {"application": "sponsorship", "sponsored_in_canada": "yes", "notified": "2026-05-04"},
    {"application": "permanent-residence", "family_sponsored": "unknown", "notified": "2026-05-04"},
    {"application": "residency-obligation", "decided": "outside-canada", "notified": "2026-02-10"},
    {"application": "removal-order", "removal_status": "foreign-national", "removal_order_type": "departure",
     "decision_made": "2026-09-01", "prra_notified": "2026-09-10", "notified": "2026-09-01"},
    {"application": "refugee-claim", "refugee_stage": "rpd", "no_credible_basis": "no", "rad_exception": "none",
     "notified": "2026-09-01", "reasons_received": "2026-09-08"},
    {"application": "citizenship", "notified": "2026-12-10"},
    {"application": "port-of-entry", "port_outcome": "permit-refused", "notified": "2026-09-15"},
    {"application": "provincial-nominee", "province_program": "on", "notified": "2026-09-15"},
    {"application": "quebec", "quebec_decision": "selection-cancelled", "notified": "2026-09-15"},
    {"application": "eta", "notified": "2026-09-15"},
]
TODAY = "2026-09-20"


def make(answers, today=TODAY, **more):
    result = handle({"kind": "plan", **answers, "today": today, **more})
    assert "error" not in result, result
    return result


def options_for(answers, today=TODAY):
    request = {"kind": "options", **plan.interview.engine_answers(answers), "today": today}
    request.setdefault("decided", "unknown")
    return {o["remedy"]: o for o in handle(request)["options"]}


@pytest.mark.parametrize("answers", CASES, ids=lambda a: a["application"])
def test_plan_dates_are_the_options_and_the_deadline_calculators_dates(answers):
    result = make(answers)
    engine = options_for(answers)
    for option in result["options"]:
        same = engine[option["remedy"]]
        assert (option["file_by"], option["last_day"], option["may_extend_to"]) == \
               (same["file_by"], same["last_day"], same["may_extend_to"])
        if option["deadline_request"]:
            deadline = handle(option["deadline_request"])
            assert (deadline["file_by"], deadline["last_day"]) == (option["file_by"], option["last_day"])


@pytest.mark.parametrize("answers", CASES, ids=lambda a: a["application"])
def test_open_options_come_in_date_order_then_the_undated_ones(answers):
    options = make(answers)["options"]
    dated = [o["file_by"] for o in options if o["file_by"]]
    assert dated == sorted(dated)
    assert [bool(o["file_by"]) for o in options] == sorted((bool(o["file_by"]) for o in options), reverse=True)
    assert all(o["status"] in ("yes", "maybe") for o in options)


def test_headline_counts_days_left_from_today():
    # notified Tue 15 Sep 2026 in Canada: day 15 is NDTR (Wed 30 Sep) -> Thu 1 Oct 2026 (FACTS §2)
    headline = make(EXTENSION, today="2026-09-20")["headline"]
    assert (headline["remedy"], headline["file_by"], headline["days_left"], headline["state"]) == \
           ("judicial-review", "2026-10-01", 11, "future")
    assert headline["file_by_text"] == "Thu 1 Oct 2026"
    assert headline["text"] == "Ask the Federal Court to review the decision by Thu 1 Oct 2026: 11 days left."
    assert headline["next"] is None


def test_one_day_left_and_the_last_day_itself():
    assert make(EXTENSION, today="2026-09-30")["headline"]["text"] == \
        "Ask the Federal Court to review the decision by Thu 1 Oct 2026: 1 day left."
    headline = make(EXTENSION, today="2026-10-01")["headline"]
    assert (headline["state"], headline["days_left"]) == ("today", 0)
    assert headline["text"].startswith("Ask the Federal Court to review the decision today, Thu 1 Oct 2026.")


def test_a_passed_date_says_what_can_still_be_done():
    result = make(EXTENSION, today="2026-10-05")
    headline = result["headline"]
    # Issue 20 item 3: the headline is the date still open; the passed one is listed under it.
    # restoration still runs: 90 days after the decision date, Mon 14 Sep 2026 -> Sun 13 Dec 2026
    assert (headline["state"], headline["remedy"], headline["file_by"], headline["days_left"]) == \
           ("future", "restoration", "2026-12-13", 69)
    assert [(item["remedy"], item["file_by"]) for item in headline["passed"]] == [("judicial-review", "2026-10-01")]
    assert "Passed" in headline["passed"][0]["text"] and "Thu 1 Oct 2026" in headline["passed"][0]["text"]
    passed = {item["remedy"]: item for item in result["passed_help"]}
    assert "IRPA s. 72(2)(c)" in passed["judicial-review"]["citations"]  # a judge may extend
    assert "reapply" in passed and None in passed  # apply again; get help
    jr = next(o for o in result["options"] if o["remedy"] == "judicial-review")
    assert jr["state"] == "passed" and "passed 4 days ago" in jr["date_text"]


def test_late_iad_appeal_and_late_rad_appeal_are_offered_when_their_dates_pass():
    sponsor = {"application": "sponsorship", "sponsored_in_canada": "no", "decided": "outside-canada",
               "notified": "2026-05-04", "grounds": ["none"]}
    passed = {item["remedy"] for item in make(sponsor, today="2026-07-01")["passed_help"]}
    assert "iad-appeal" in passed
    refugee = {"application": "refugee-claim", "refugee_stage": "rpd", "no_credible_basis": "no",
               "rad_exception": "none", "notified": "2026-09-01", "reasons_received": "2026-09-01"}
    passed = {item["remedy"] for item in make(refugee, today="2026-11-01")["passed_help"]}
    assert {"rad-appeal", "rad-record"} <= passed


def test_nothing_has_passed_no_passed_help():
    assert make(EXTENSION, today="2026-09-16")["passed_help"] == []


def test_closed_options_are_folded_with_their_reasons():
    result = make({"application": "visitor-visa", "decided": "outside-canada", "notified": "2026-09-15"})
    closed = {o["remedy"]: o for o in result["closed"]}
    assert "iad-appeal" in closed and closed["iad-appeal"]["reasons"]
    assert "iad-appeal" not in {o["remedy"] for o in result["options"]}


def test_each_option_says_what_to_gather_where_to_send_and_what_to_read():
    result = make(EXTENSION)
    jr = result["options"][0]
    assert jr["summary"] and jr["why"] == jr["reasons"] and jr["gather"]
    assert jr["send"]["text"] and [link["id"] for link in jr["send"]["links"]] == ["fc-form-ir-1", "fc-leave-application",
                                                                                   "fc-self-represented"]
    assert jr["meanwhile"] and jr["clock"]
    assert jr["links"] == {"guide": "remedies/judicial-review/", "template": None, "help": "help/get-help/", "more": [],
                          "more_links": []}
    recon = next(o for o in result["options"] if o["remedy"] == "reconsideration")
    assert recon["links"]["template"] == "fill-in/reconsideration-request/"
    assert recon["date_text"] is None and recon["state"] == "none"


def test_french_links_are_under_fr():
    jr = make(EXTENSION, lang="fr")["options"][0]
    assert jr["links"]["guide"] == "fr/remedies/judicial-review/" and jr["links"]["help"] == "fr/help/get-help/"
    assert jr["date_text"].startswith("Agissez au plus tard le jeudi 1er octobre 2026")


def test_spouse_in_canada_links_its_guide():
    jr = make({"application": "sponsorship", "sponsored_in_canada": "yes", "notified": "2026-05-04"},
              today="2026-05-05")["options"][0]
    assert jr["remedy"] == "judicial-review" and jr["links"]["more"] == ["remedies/spouse-in-canada/"]


def test_every_remedy_the_engine_knows_is_worded_linked_and_sent_somewhere():
    for lang in ("en", "fr"):
        catalogue = CATALOGUES[lang]
        for remedy in eligibility.REMEDIES:
            assert f"plan.summary.{remedy}" in catalogue, (lang, remedy)
            assert f"plan.gather.{remedy}.1" in catalogue, (lang, remedy)
            assert f"plan.send.{remedy}" in catalogue, (lang, remedy)
    for remedy in eligibility.REMEDIES:
        assert remedy in plan.GUIDES, remedy
    for page_id in {p for pages in plan.SEND_PAGES.values() for p in pages} | set(plan.IAD_PAGES.values()) \
            | set(plan.PROVINCIAL_PAGES.values()):
        assert page_id in official_pages.IDS, page_id


def test_guide_and_template_pages_exist():
    for path in {*plan.GUIDES.values(), *plan.TEMPLATES.values(), *plan.SITUATION_GUIDES.values(), plan.HELP_PAGE,
                 "remedies/spouse-in-canada/"}:
        assert (DOCS / (path.rstrip("/") + ".md")).is_file(), path


def test_help_for_the_readers_province():
    from calculators import help_directory

    for province in ("on", "outside-canada", "unknown"):
        result = make(EXTENSION, province=province)
        assert [entry["id"] for entry in result["help"]] == [e["id"] for e in help_directory.for_region(province)]
        for entry in result["help"]:
            assert entry["name"] and entry["url"].startswith("https://")


def test_answers_for_the_check_page_are_worded():
    result = make({**EXTENSION, "permit_expiry": "unknown"}, province="qc")
    rows = {row["field"]: row for row in result["answers"]}
    assert rows["application"]["answer"] == "A request to stay longer in Canada"
    assert rows["notified"]["answer"] == "Tue 15 Sep 2026"
    assert rows["permit_expiry"]["answer"] == "I don't know"
    assert rows["grounds"]["answer"] == "None of these"
    assert rows["province"]["answer"] == "Quebec"
    assert rows["notified"]["question"] == "On what day were you told about the decision?"


def test_a_mistyped_year_is_warned_about():
    result = make({**EXTENSION, "notified": "2027-09-15"}, today="2026-09-20")
    assert any("2027" in warning for warning in result["warnings"])


@pytest.mark.parametrize("request_, field", [
    ({"application": "extension", "notified": "2026-09-15"}, "today"),
    ({"application": "extension", "notified": "2026-09-15", "today": TODAY, "province": "mars"}, "province"),
    ({"application": "extension", "notified": "15/09/2026", "today": TODAY}, "notified"),
    ({"application": "moon", "notified": "2026-09-15", "today": TODAY}, "application"),
])
def test_bad_input_is_a_plain_error(request_, field):
    result = handle({"kind": "plan", **request_})
    assert result["error"]["field"] == field and result["error"]["message"]


# --- the plan's calendar file -----------------------------------------------------------------


def calendar(answers, today=TODAY, **more):
    result = handle({"kind": "plan-ics", **answers, "today": today, **more})
    assert "error" not in result, result
    return result, list(icalendar.Calendar.from_ical(result["content"]).walk("VEVENT"))


def test_plan_calendar_has_one_neutral_event_per_dated_option_still_to_come():
    result, events = calendar(EXTENSION, page="https://example.org/calculators/options/#application=extension")
    dated = [o for o in make(EXTENSION)["options"] if o["file_by"]]
    assert [e.decoded("DTSTART") for e in events] == [date.fromisoformat(o["file_by"]) for o in dated]
    assert result["filename"] == "immigration-deadlines-2026-10-01.ics"
    for event in events:
        assert str(event["SUMMARY"]) == "Immigration deadline"
        assert "https://example.org/calculators/options/" in str(event["DESCRIPTION"])
        assert "application=" not in str(event["DESCRIPTION"])  # never the answers
    assert "Date 1 of 2 in your plan." in str(events[0]["DESCRIPTION"])
    # Thu 1 Oct, today Sun 20 Sep: 7, 3 and 1 days before (the 14-day reminder, 17 Sep, is past)
    assert len(list(events[0].walk("VALARM"))) == 3
    assert len(list(events[1].walk("VALARM"))) == 4


def test_plan_calendar_leaves_out_passed_dates():
    _, events = calendar(EXTENSION, today="2026-10-05")
    assert [e.decoded("DTSTART") for e in events] == [date(2026, 12, 13)]  # restoration only


def test_plan_calendar_without_a_date_to_come_is_an_error():
    result = handle({"kind": "plan-ics", "application": "provincial-nominee", "province_program": "mb",
                     "notified": "2026-09-15", "today": TODAY})
    assert result["error"]["field"] == "today"


def test_plan_calendar_in_french_is_neutral_too():
    _, events = calendar(EXTENSION, lang="fr")
    assert {str(e["SUMMARY"]) for e in events} == {"Date limite en immigration"}


# --- command line -------------------------------------------------------------------------------


def run(*args, stdin=""):
    return subprocess.run([sys.executable, "-m", "calculators", *args], cwd=ROOT, input=stdin,
                          capture_output=True, text=True, encoding="utf-8", timeout=60)


def test_cli_plan_takes_every_field_as_a_flag():
    done = run("plan", "--application", "extension", "--notified", "2026-09-15", "--applied-before-expiry", "yes",
               "--decision-made", "2026-09-14", "--grounds", "none", "--today", "2026-09-20", "--province", "on",
               "--json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result == make(EXTENSION, province="on")


def test_cli_interview_asks_on_stdin_what_the_flags_did_not_answer():
    # application: 4 = extension; then notified; applied before expiry: 1 = yes; permit expiry:
    # skipped; decision date; grounds: 7 = none; province: 9 = Ontario
    typed = "4\n2026-09-15\n1\n\n2026-09-14\n7\n9\n"
    done = run("interview", "--today", "2026-09-20", "--json", stdin=typed)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == make(EXTENSION, province="on")
    assert "What was refused?" in done.stderr and "even if you read it later" in done.stderr


def test_cli_interview_with_every_answer_as_a_flag_asks_nothing_and_prints_the_plan(tmp_path):
    ics_file = tmp_path / "plan.ics"
    done = run("interview", "--answer", "application=citizenship", "--answer", "notified=2026-09-15",
               "--answer", "province=outside-canada", "--today", "2026-09-20", "--ics", str(ics_file))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Ask the Federal Court to review the decision by ")
    assert done.stderr == ""
    assert "Immigration deadline" in ics_file.read_text(encoding="utf-8")


def test_cli_interview_without_an_answer_says_which_question():
    done = run("interview", "--answer", "application=citizenship", "--today", "2026-09-20")
    assert done.returncode == 2
    assert "On what day were you told about the decision?" in done.stderr.splitlines()[-1]


def test_cli_interview_rejects_an_unknown_field():
    done = run("interview", "--answer", "colour=blue")
    assert done.returncode == 2 and "FIELD=VALUE" in done.stderr


def test_citations_are_spelled_out_one_click_away():
    jr = make(EXTENSION)["options"][0]
    spelled = {c["label"]: c["url"] for c in jr["citations_spelled"]}
    assert spelled["The Immigration and Refugee Protection Act s. 72(2)(b)"].endswith("/eng/acts/i-2.5/section-72.html")
    assert len(jr["citations_spelled"]) == len(jr["citations"])
    jr_fr = make(EXTENSION, lang="fr")["options"][0]
    labels = [c["label"] for c in jr_fr["citations_spelled"]]
    assert "L'alinéa 72(2)b) de la Loi sur l'immigration et la protection des réfugiés" in labels
    closed = make({"application": "visitor-visa", "decided": "outside-canada", "notified": "2026-09-15"})["closed"]
    assert all(option["citations_spelled"] for option in closed)


@pytest.mark.parametrize("answers", CASES, ids=lambda a: a["application"])
def test_french_plan_has_no_english_sentence(answers):
    from test_wording_fr import ENGLISH

    result = make(answers, today="2026-12-20", lang="fr", province="qc")
    texts = [result["headline"]["text"], *(item["text"] for item in result["passed_help"]),
             *(row["question"] + " " + row["answer"] for row in result["answers"])]
    for option in result["options"]:
        texts += [option["summary"], option["date_text"] or "", *option["gather"], option["send"]["text"] or "",
                  option["meanwhile"] or "", option["clock"] or "", *(c["label"] for c in option["citations_spelled"])]
    for text in texts:
        # "Mon" before a French noun is "my", not Monday
        assert not ENGLISH.search(re.sub(r"\bMon (?=[a-zé])", "", text)), text


@pytest.fixture
def pyphen_syllables(monkeypatch):
    """Syllables from Pyphen only, as tests/site/test_guides.py and test_interview_data.py count them."""
    import textstat
    from textstat.backend.counts import _count_syllables

    monkeypatch.setattr(_count_syllables, "get_cmudict", lambda lang: None)
    _count_syllables.count_syllables.cache_clear()
    yield
    textstat.set_lang("en_US")
    _count_syllables.count_syllables.cache_clear()


def test_plan_wording_reads_as_easily_as_the_interview(pyphen_syllables):
    """The plan's own sentences (summaries, what to gather, where to send, meanwhile, the clock,
    what you can still do), measured like the interview: English grade 3.9, French Kandel–Moles
    89.8 on 2026-12-01 (ceilings as in test_interview_data.py)."""
    from test_interview_data import EN_GRADE_CEILING, FR_EASE_FLOOR, kandel_moles
    import textstat

    from calculators.messages import plan_en, plan_fr

    def text(catalogue):
        parts = [re.sub(r"\{[a-z_]+\}", "1", value) for key, value in catalogue.items()
                 if not key.startswith(("plan.cli.", "plan.error.", "plan.ics."))]
        return " ".join(p if re.search(r"[.?!…]\W*$", p) else p + "." for p in parts)

    assert textstat.flesch_kincaid_grade(text(plan_en.PLAN)) <= EN_GRADE_CEILING
    assert kandel_moles(text(plan_fr.PLAN)) >= FR_EASE_FLOOR


@pytest.mark.parametrize("lang, label, hours", [("en", "toll-free", "Monday to Friday, 8 a.m. to 5 p.m."),
                                                ("fr", "sans frais", "Du lundi au vendredi, de 8 h à 17 h.")])
def test_help_entries_carry_the_services_phone_numbers_as_tel_links_and_hours(lang, label, hours):
    from calculators import help_directory

    result = make(EXTENSION, province="on", lang=lang)
    entry = {item["id"]: item for item in result["help"]}["legal-aid-ontario"]
    source = {item["id"]: item for item in help_directory.for_region("on")}["legal-aid-ontario"]
    assert [phone["number"] for phone in entry["phone"]] == [phone["number"] for phone in source["phone"]]
    assert entry["phone"][0] == {"number": "1-800-668-8258", "label": label, "tel": "tel:+18006688258"}
    assert entry["hours"] == hours
    # A service whose own page gives no number shows none.
    without = {item["id"] for item in help_directory.for_region("on") if not item.get("phone")}
    assert without and all("phone" not in item for item in result["help"] if item["id"] in without)


def test_a_dotted_phone_number_becomes_a_plain_tel_address():
    assert plan._tel("1.800.667.3764") == "tel:+18006673764"
    assert plan._tel("902-455-3135") == "tel:+19024553135"


def test_help_directory_english_in_another_language_is_listed_in_english():
    answer = handle({"kind": "plan", **EXTENSION, "province": "on", "today": "2026-09-20", "lang": "ar"})
    legal_aid = {item["id"]: item for item in answer["help"]}["legal-aid-ontario"]
    assert legal_aid["name"] == "Legal Aid Ontario"
    assert {"Legal Aid Ontario", "toll-free", "Monday to Friday, 8 a.m. to 5 p.m."} <= set(answer["in_english"])


@pytest.mark.parametrize("lang, url", [
    ("en", "https://www.canada.ca/en/immigration-refugees-citizenship/services/visit-canada/extend-stay/apply.html"),
    ("fr", "https://www.cic.gc.ca/francais/information/demandes/sejour.asp")])
def test_restoration_and_applying_again_as_a_visitor_link_the_visitor_record_application_first(lang, url):
    result = make(EXTENSION, lang=lang)
    options = {option["remedy"]: option for option in result["options"]}
    for remedy in ("restoration", "reapply"):
        links = options[remedy]["send"]["links"] if "send" in options[remedy] else None
        assert links, (remedy, options[remedy].keys())
        assert links[0]["id"] == "visitor-record-apply" and links[0]["url"] == url
    # The officers' instructions are no longer the first (or only) restoration link.
    assert [link["id"] for link in options["restoration"]["send"]["links"]][1:] == ["restoration", "ircc-fees"]
