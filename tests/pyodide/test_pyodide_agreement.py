"""CPython and Pyodide must agree: the same requests through `calculators.api.handle_json`,
once here and once inside Pyodide under Node (the npm package, as the browser loads it:
the wheel from scripts/build_wheel.py unpacked with `unpackArchive`).

The requests: the law's worked examples (law/FACTS.md), every deadline remedy and place
for every start day over more than a year and a half (every weekday/holiday/recess edge
falls in it), every options questionnaire shape, calendar files, bad input, and a fixed
set of random requests. Answers are compared as JSON, field by field.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import itertools
import json
import random
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from calculators import api, eligibility
from calculators.messages import CATALOGUES

pytestmark = pytest.mark.pyodide

ROOT = Path(__file__).resolve().parents[2]
PYODIDE = ROOT / "node_modules" / "pyodide"
RUNNER = Path(__file__).with_name("run_in_pyodide.mjs")

# LAW: worked examples from law/FACTS.md, with the dates the law gives.
WORKED_EXAMPLES = [
    ({"kind": "deadline", "remedy": "judicial-review", "from": "2026-09-15", "where": "in-canada"},
     {"last_day": "2026-10-01", "file_by": "2026-10-01"}),  # day 15 is NDTR (IA s. 35(1)) -> next day (IA s. 26)
    ({"kind": "deadline", "remedy": "judicial-review", "from": "2026-07-03", "where": "in-canada"},
     {"last_day": "2026-07-18", "file_by": "2026-07-17", "may_extend_to": "2026-07-20"}),  # Saturday (FCR r. 71.1(3))
    ({"kind": "deadline", "remedy": "judicial-review", "from": "2025-10-31", "where": "outside-canada"},
     {"last_day": "2025-12-30"}),  # 60 days; the seasonal recess is not skipped for a statutory limit (Linett)
    ({"kind": "deadline", "remedy": "applicants-record", "from": "2025-12-10"},
     {"last_day": "2026-01-27"}),  # FCIR r. 10: recess Dec 21 - Jan 7 skipped (FCR r. 6(3))
    # FACTS §8-§11 (worked by hand in tests/unit/test_law_examples.py)
    ({"kind": "deadline", "remedy": "rad-appeal", "from": "2026-09-18"},
     {"last_day": "2026-10-05"}),  # day 15 = Sat 10-03 -> Mon (RAD Rules r. 35(3))
    ({"kind": "deadline", "remedy": "prra-application", "from": "2026-09-15"},
     {"last_day": "2026-09-30", "file_by": "2026-09-29", "may_extend_to": "2026-10-01"}),  # day 15 not moved
    ({"kind": "deadline", "remedy": "citizenship-judicial-review", "from": "2025-11-25"},
     {"last_day": "2025-12-26", "file_by": "2025-12-26", "may_extend_to": "2025-12-29"}),  # Christmas -> Boxing Day
    ({"kind": "deadline", "remedy": "atip-complaint", "from": "2026-09-15"},
     {"last_day": "2026-11-14"}),  # 60 calendar days, not moved (ATIA s. 31)
    ({"kind": "deadline", "remedy": "judicial-review", "from": "2021-12-12", "where": "in-canada"},
     {"last_day": "2021-12-27", "file_by": "2021-12-27"}),  # FCR r. 2 substitutes only from 2022-01-13
    ({"kind": "options", "application": "extension", "decided": "in-canada", "notified": "2026-09-15",
      "applied_before_expiry": "yes", "decision_made": "2026-09-10", "today": "2026-09-20"},
     {"act_by": {"remedy": "judicial-review", "title": "Ask the Federal Court to review the decision (leave and "
                 "judicial review)", "file_by": "2026-10-01", "last_day": "2026-10-01", "days_left": 11,
                 "text": "Act first on: Ask the Federal Court to review the decision (leave and judicial review). "
                 "Act by Thu 1 Oct 2026."}}),
]


def _dates(first: dt.date, last: dt.date):
    day = first
    while day <= last:
        yield day.isoformat()
        day += dt.timedelta(days=1)


def requests() -> list[dict | list | str]:
    remedies = api.handle({"kind": "remedies"})["remedies"]
    corpus: list = [{"kind": "remedies"}]
    corpus += [request for request, _ in WORKED_EXAMPLES]
    days = list(_dates(dt.date(2025, 6, 1), dt.date(2027, 1, 31)))
    for remedy in remedies:
        places = remedy["where_values"] if remedy["needs_where"] else [None]
        for where, day in itertools.product(places, days):
            request = {"kind": "deadline", "remedy": remedy["remedy"], "from": day}
            if where:
                request["where"] = where
            corpus.append(request)
        for day in days[::37]:
            corpus.append({"kind": "ics", "remedy": remedy["remedy"], "from": day, **({"where": places[0]} if places[0] else {})})

    applications = list(eligibility.APPLICATIONS)
    grounds = ["misrepresentation", "serious-criminality", "organized-criminality", "security", "human-rights",
               "sanctions", "unknown"]
    ground_sets = [[]] + [[g] for g in grounds] + [["misrepresentation", "unknown"], ["security", "sanctions"]]
    relationships = ["spouse", "common-law-partner", "child", "parent", "other", "unknown"]
    for application, decided, ground_set in itertools.product(applications, ["in-canada", "outside-canada", "unknown"],
                                                              ground_sets):
        base = {"kind": "options", "application": application, "decided": decided, "notified": "2026-09-15",
                "grounds": ground_set}
        corpus.append(base)
        corpus.append({**base, "notified": "2026-07-03", "status_lost": "2026-07-03"})
        corpus.append({**base, "notified": "2025-12-24", "status_lost": "unknown"})
        if application == "sponsorship":
            corpus += [{**base, "relationship": relationship} for relationship in relationships]

    # LAW (issue 11): every options field, each value, with and without `today` and the optional dates.
    dates = {"permit_expiry": "2026-06-30", "decision_made": "2026-09-10", "reasons_received": "2026-09-18",
             "prra_notified": "2026-09-16"}
    for application in applications:
        for name, values in eligibility.CHOICE_FIELDS.items():
            for value in values:
                base = {"kind": "options", "application": application, "decided": "unknown",
                        "notified": "2026-09-15", name: value}
                corpus.append(base)
                corpus.append({**base, **dates, "today": "2026-10-20", "lang": "fr"})
        corpus.append({"kind": "options", "application": application, "decided": "in-canada", "notified": "2026-07-03",
                       "today": "2027-08-01", **dates})

    # PLAN's kinds (interview, plan, plan-ics) on the same boundary.
    corpus += [{"kind": "interview"}, {"kind": "interview", "lang": "fr"}]
    for application in applications:
        for kind in ("plan", "plan-ics"):
            corpus.append({"kind": kind, "application": application, "decided": "unknown", "notified": "2026-09-15",
                           "today": "2026-09-20", "province": "on", **dates})
    corpus += plan_requests()

    # I18N (issue 22): every language with a catalogue, read from the JSON the wheel carries (CLDR
    # plural forms and dates; English where a translation is missing, listed in "in_english").
    for lang in [code for code in CATALOGUES if code not in ("en", "fr")] + ["pt-br", "zh-CN", "ar-EG"]:
        corpus += [
            {"kind": "deadline", "remedy": "judicial-review", "from": "2026-09-15", "where": "in-canada",
             "today": "2026-09-29", "lang": lang},
            {"kind": "deadline", "remedy": "applicants-record", "from": "2025-12-10", "today": "2026-01-26", "lang": lang},
            {"kind": "interview", "lang": lang},
            {"kind": "options", "application": "visitor-visa", "decided": "outside-canada", "notified": "2026-09-15",
             "today": "2026-09-20", "lang": lang},
            {"kind": "plan", "application": "sponsorship", "relationship": "spouse", "decided": "outside-canada",
             "notified": "2026-11-20", "today": "2026-12-01", "province": "on", "lang": lang},
            {"kind": "plan-ics", "application": "visitor-visa", "notified": "2026-11-20", "today": "2026-12-01",
             "lang": lang},
        ]

    bad = [
        {"kind": "deadline", "remedy": "judicial-review", "from": "2026-02-30", "where": "in-canada"},
        {"kind": "deadline", "remedy": "judicial-review", "from": "", "where": "in-canada"},
        {"kind": "deadline", "remedy": "judicial-review", "from": "2026-09-15"},
        {"kind": "deadline", "remedy": "<img src=x onerror=alert(1)>", "from": "2026-09-15"},
        {"kind": "deadline", "remedy": "restoration", "from": "٢٠٢٦-٠٩-١٥"},  # non-ASCII digits
        {"kind": "deadline", "remedy": "restoration", "from": "1066-10-14"},
        {"kind": "options", "application": "extension", "decided": "mars", "notified": "2026-09-15"},
        {"kind": "nothing"}, {}, ["kind", "deadline"], "not an object",
    ]
    corpus += bad

    # A fixed sample of odd requests, like the engine's property test, so both runtimes see
    # the same surprises (types, missing keys, wrong values).
    rng = random.Random(2026)
    values = [None, True, 0, 1.5, "", "x", "2026-09-15", "2026-02-29", "judicial-review", "in-canada",
              "extension", "sponsorship", ["misrepresentation"], ["unknown", 3], {"a": 1}]
    keys = ["kind", "remedy", "from", "where", "application", "decided", "notified", "grounds", "relationship",
            "status_lost", "lang", "today", *eligibility.CHOICE_FIELDS, *eligibility.DATE_FIELDS]
    values += ["unknown", "yes", "no", "refugee-claim", "quebec", "rpd", "foreign-national", "2027-01-04"]
    for _ in range(300):
        request = {key: rng.choice(values) for key in rng.sample(keys, rng.randint(1, len(keys)))}
        request["kind"] = rng.choice(["deadline", "options", "ics", "remedies", "plan", request.get("kind")])
        corpus.append(request)
    return corpus


def plan_requests() -> list[dict]:
    """The interview, plan and plan-ics kinds (LAW-QA): both languages, each refusal walked with its
    answers (the personas of the QA walk), a passed date, a start in the future, every region, and bad input."""
    personas = [
        {"application": "visitor-visa", "decided": "outside-canada", "notified": "2026-11-20"},
        {"application": "visitor-visa", "decided": "in-canada", "notified": "2026-11-20"},
        {"application": "eta", "notified": "2026-11-25"},
        {"application": "extension", "notified": "2026-11-20", "applied_before_expiry": "yes",
         "decision_made": "2026-11-18", "permit_expiry": "2026-10-31"},
        {"application": "extension", "notified": "2026-11-20", "applied_before_expiry": "no",
         "permit_expiry": "2026-08-15"},
        {"application": "permanent-residence", "decided": "outside-canada", "notified": "2026-11-20",
         "family_sponsored": "yes", "sponsored_in_canada": "no"},
        {"application": "sponsorship", "decided": "outside-canada", "notified": "2026-11-20",
         "sponsored_in_canada": "yes"},
        {"application": "sponsorship", "decided": "outside-canada", "notified": "2026-11-20",
         "sponsored_in_canada": "no", "grounds": "misrepresentation", "relationship": "parent"},
        {"application": "residency-obligation", "decided": "outside-canada", "notified": "2026-11-20"},
        {"application": "removal-order", "notified": "2026-11-20", "removal_status": "foreign-national",
         "removal_order_type": "departure", "decision_made": "2026-11-19"},
        {"application": "refugee-claim", "refugee_stage": "rpd", "no_credible_basis": "no", "rad_exception": "none",
         "notified": "2026-11-20", "reasons_received": "2026-11-23"},
        {"application": "refugee-claim", "refugee_stage": "ineligible", "notified": "2026-11-20",
         "prra_notified": "2026-11-24"},
        {"application": "citizenship", "notified": "2026-11-20"},
        {"application": "provincial-nominee", "province_program": "ab", "notified": "2026-11-20",
         "decision_made": "2026-11-16"},
        {"application": "quebec", "quebec_decision": "caq-refused", "notified": "2026-11-20"},
        {"application": "port-of-entry", "port_outcome": "removal-order", "removal_status": "pr-visa-holder",
         "notified": "2026-11-28"},
    ]
    corpus: list[dict] = []
    regions = ["ab", "bc", "mb", "nb", "nl", "ns", "nt", "nu", "on", "pe", "qc", "sk", "yt", "outside-canada",
               "unknown"]
    for n, persona in enumerate(personas):
        for lang in ("en", "fr"):
            for today in ("2026-12-01", "2027-03-01", "2026-11-01"):  # in time, passed, a start in the future
                base = {**persona, "today": today, "province": regions[n % len(regions)], "lang": lang}
                corpus.append({"kind": "plan", **base})
                corpus.append({"kind": "plan-ics", **base, "page": "https://example.org/calculators/options/"})
    corpus += [
        {"kind": "plan", "application": "visitor-visa", "decided": "outside-canada", "notified": "2026-11-20"},  # no today
        {"kind": "plan", "application": "visitor-visa", "notified": "2026-11-20", "today": "2026-12-01",
         "province": "atlantis"},
        {"kind": "plan-ics", "application": "reapply-only", "notified": "2026-11-20", "today": "2026-12-01"},
        {"kind": "plan-ics", "application": "citizenship", "notified": "2026-11-20", "today": "2026-12-01",
         "page": "javascript:alert(1)"},
        {"kind": "interview", "lang": "de"},
    ]
    return corpus


def _normalized(answer_text: str):
    answer = json.loads(answer_text)
    if isinstance(answer, dict) and isinstance(answer.get("content"), str):
        # DTSTAMP is the moment the file was made (RFC 5545 §3.8.7.2): it differs between any two runs,
        # so its lines are left out of the comparison.
        answer["content"] = "\r\n".join(line for line in answer["content"].split("\r\n")
                                         if not line.startswith("DTSTAMP"))
    return answer


@pytest.fixture(scope="module")
def answers(tmp_path_factory):
    node = shutil.which("node")
    if node is None:
        pytest.fail("Node.js is needed to run Pyodide outside the browser: install Node 20+ (see README).")
    if not (PYODIDE / "pyodide.mjs").is_file():
        pytest.fail(f"{PYODIDE} is missing: run `npm ci` (or `make test`).")
    spec = importlib.util.spec_from_file_location("build_wheel", ROOT / "scripts" / "build_wheel.py")
    build_wheel = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build_wheel)

    work = tmp_path_factory.mktemp("pyodide")
    wheel = build_wheel.build_wheel(work)
    texts = [json.dumps(request) for request in requests()] + ["{not json", "[]", "null"]
    (work / "requests.json").write_text(json.dumps(texts), encoding="utf-8")
    run = subprocess.run(
        [node, str(RUNNER), str(PYODIDE), str(wheel), str(work / "requests.json"), str(work / "answers.json")],
        capture_output=True, text=True, timeout=600,
    )
    assert run.returncode == 0, f"Pyodide under Node failed:\n{run.stdout}\n{run.stderr}"
    result = json.loads((work / "answers.json").read_text(encoding="utf-8"))
    return texts, result


def test_pyodide_runs_a_newer_python_than_the_one_the_engine_is_tested_on(answers):
    _, result = answers
    # Not a requirement, a fact worth seeing when it changes: the browser's Python is Pyodide's.
    assert re.match(r"3\.\d+", result["python"])


def test_cpython_and_pyodide_give_the_same_answer_to_every_request(answers):
    texts, result = answers
    assert len(result["answers"]) == len(texts)
    differences = []
    for text, in_pyodide in zip(texts, result["answers"]):
        in_cpython = api.handle_json(text)
        if _normalized(in_cpython) != _normalized(in_pyodide):
            differences.append(f"{text}\n  CPython: {in_cpython[:300]}\n  Pyodide: {in_pyodide[:300]}")
    assert differences == [], f"{len(differences)} of {len(texts)} differ; first ones:\n" + "\n".join(differences[:5])


def test_the_corpus_exercises_results_and_errors_alike(answers):
    texts, result = answers
    kinds = [json.loads(answer).get("kind") if isinstance(json.loads(answer), dict) else None for answer in result["answers"]]
    errors = sum(1 for answer in result["answers"] if "error" in json.loads(answer))
    assert kinds.count("deadline") > 5000
    assert kinds.count("options") > 300
    assert kinds.count("ics") > 50
    assert errors > 100


def _kind(text: str) -> str | None:
    try:
        request = json.loads(text)
    except ValueError:
        return None
    kind = request.get("kind") if isinstance(request, dict) else None
    return kind if isinstance(kind, str) else None


def test_pyodide_agrees_on_the_interview_the_plan_and_its_calendar_file(answers):
    texts, result = answers
    checked = {"interview": 0, "plan": 0, "plan-ics": 0}
    differences = []
    for text, in_pyodide in zip(texts, result["answers"]):
        kind = _kind(text)
        if kind not in checked:
            continue
        checked[kind] += 1
        in_cpython = api.handle_json(text)
        if _normalized(in_cpython) != _normalized(in_pyodide):
            differences.append(f"{text}\n  CPython: {in_cpython[:300]}\n  Pyodide: {in_pyodide[:300]}")
    assert differences == [], "\n".join(differences[:5])
    assert checked["interview"] >= 3 and checked["plan"] >= 100 and checked["plan-ics"] >= 100
    by_kind: dict[str, list[dict]] = {"plan": [], "plan-ics": []}
    for text, answer in zip(texts, result["answers"]):
        if _kind(text) in by_kind:
            by_kind[_kind(text)].append(json.loads(answer))
    plans, calendars = by_kind["plan"], by_kind["plan-ics"]
    assert sum(1 for p in plans if p.get("kind") == "plan") >= 90  # answers, not only errors
    assert any(p.get("headline", {}).get("state") == "passed" for p in plans)
    assert sum(1 for c in calendars if "BEGIN:VEVENT" in c.get("content", "")) >= 50
    assert any("DTSTAMP" in c.get("content", "") for c in calendars)


@pytest.mark.parametrize(("request_", "expected"), WORKED_EXAMPLES)
def test_pyodide_gives_the_dates_the_law_gives(answers, request_, expected):
    texts, result = answers
    in_pyodide = json.loads(result["answers"][texts.index(json.dumps(request_))])
    assert {key: in_pyodide[key] for key in expected} == expected
