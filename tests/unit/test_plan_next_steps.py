"""Issue 20 item 10: the plan's next steps go all the way — every plan kind, EN and FR.

Each place to send something is a worded link (a URL, or where none was found the search to make);
the Federal Court's form is linked, not only named; restoring status links the application itself
where its page was found (a visitor record; a work permit, canada.ca 2026-12-06) before IRCC's
instructions for officers; applying again links more than the fee list; no raw answer value
("spouse in canada", "port of entry") is shown as link text.
"""

from __future__ import annotations

import re

import pytest

from calculators.api import handle
from calculators.interview import APPLICATIONS

from test_plan import CASES

WORK_PERMIT = {"application": "work-permit", "applied_in_canada": "yes", "notified": "2026-09-15",
               "applied_before_expiry": "no"}
STUDY_PERMIT = {**WORK_PERMIT, "application": "study-permit"}
KINDS = [*CASES, WORK_PERMIT, STUDY_PERMIT, {"application": "terminated-or-cancelled", "notified": "2026-09-15"}]
APPLICATION_FIRST = {"extension": "visitor-record-apply", "work-permit": "work-permit-extend-apply"}


def raw(label: str) -> bool:
    """A slug or an answer value with its hyphens turned to spaces, not a worded label."""
    values = {value.replace("-", " ") for value in APPLICATIONS} | {"spouse in canada", "port of entry"}
    return bool(re.fullmatch(r"[a-z0-9/_ -]+", label)) or label.strip().lower() in values


def test_every_application_the_interview_offers_has_a_plan_kind_here():
    assert {answers["application"] for answers in KINDS} >= set(APPLICATIONS) - {"unknown"}


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("answers", KINDS, ids=lambda a: a["application"])
def test_next_steps_are_worded_links(answers, lang):
    plan = handle({"kind": "plan", **answers, "today": "2026-09-20", "lang": lang})
    assert "error" not in plan, plan
    for option in plan["options"]:
        links = (option.get("send") or {}).get("links") or []
        for link in links:
            assert link["label"] and not raw(link["label"]), (option["remedy"], link)
            assert link.get("url") or link.get("search_hint"), (option["remedy"], link)
        for more in option["links"].get("more_links", []):
            assert more["label"] and not raw(more["label"]), (option["remedy"], more)
        ids = [link["id"] for link in links]
        if option["remedy"] in ("judicial-review", "citizenship-judicial-review"):
            form = next(link for link in links if link["id"] == "fc-form-ir-1")
            assert form["url"].startswith("https://laws-lois.justice.gc.ca/"), form
        if option["remedy"] == "restoration" and answers["application"] in APPLICATION_FIRST:
            assert ids[0] == APPLICATION_FIRST[answers["application"]], ids
        if option["remedy"] == "reapply":
            assert set(ids) - {"ircc-fees"} or option["links"]["guide"] and option["links"]["template"], option


@pytest.mark.parametrize("lang, suffix", [("en", ""), ("fr", " (page en anglais)")])
def test_a_worker_restores_status_through_the_work_permit_application(lang, suffix):
    plan = handle({"kind": "plan", **WORK_PERMIT, "today": "2026-09-20", "lang": lang})
    restoration = next(option for option in plan["options"] if option["remedy"] == "restoration")
    first = restoration["send"]["links"][0]
    assert first["url"] == ("https://www.canada.ca/en/immigration-refugees-citizenship/services/work-canada/"
                            "permit/temporary/extend/apply.html")
    assert first["label"].endswith(suffix or "how to apply")
    assert [link["id"] for link in restoration["send"]["links"]][1:] == ["restoration", "ircc-fees"]
