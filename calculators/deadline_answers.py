"""The ``deadline``, ``ics`` and ``remedies`` kinds (CONTRIBUTING.md §2): one time limit counted
from a date, as a result, as a calendar file, and the list of limits the calculator offers.
"""

from __future__ import annotations

from calculators import deadlines, ics, plan, requests, wording
from calculators.messages import format_date, say
from calculators.requests import FIRST_YEAR, LAST_YEAR
from calculators.result_fields import date_state, iso, labels, links, start_warnings
from calculators.rules import DEADLINE_REMEDIES, WHERE_VALUES, needs_where


def deadline(request: dict, lang: str) -> dict:
    remedy, result = requests.deadline_fields(request)
    today = requests.today(request)
    rule = result.rule
    days_left, state = date_state(result.file_by, today)
    answer = {
        "kind": "deadline",
        "remedy": remedy,
        "rule": rule.id,
        "title": say(f"title.{rule.id}", lang),
        "from": result.trigger.isoformat(),
        "length": rule.length,
        "unit": rule.unit,
        "last_day": result.last_day.isoformat(),
        "file_by": result.file_by.isoformat(),
        "may_extend_to": iso(result.may_extend_to),
        "citations": labels(result.citations, lang),
        "citation_links": links(result.citations, lang),
        "steps": wording.word_steps(result, lang),
        "warnings": start_warnings(result.trigger, today, lang) + wording.word_warnings(result, lang),
        "last_verified": rule.last_verified.isoformat(),
    }
    # The dates worded as the plan words them (issue 20 item 6: one format; the page does not reformat).
    answer.update(file_by_text=format_date(result.file_by, lang), last_day_text=format_date(result.last_day, lang),
                  may_extend_to_text=format_date(result.may_extend_to, lang) if result.may_extend_to else None)
    if today is not None:
        answer.update(today=today.isoformat(), days_left=days_left, state=state,
                      days_left_text=plan.days_text(days_left, lang))
    return answer


def calendar(request: dict, lang: str) -> dict:
    remedy, result = requests.deadline_fields(request)
    today = requests.today(request)  # reminders after it only
    page = plan.page_address(request)  # the "re-check" link, never with the answers
    return {"kind": "ics", "filename": ics.filename(result, remedy),
            "content": ics.calendar_file(result, remedy, lang, today=today, page=page)}


def remedies(request: dict, lang: str) -> dict:
    found = []
    for remedy, rules in DEADLINE_REMEDIES.items():
        found.append({
            "remedy": remedy,
            "title": say(f"remedy.{remedy}", lang),
            "from_label": say(f"from-label.{remedy}", lang),
            "needs_where": needs_where(remedy),
            "where_values": list(WHERE_VALUES) if needs_where(remedy) else [],
            "rules": sorted(set(rules.values())),
        })
    return {"kind": "remedies", "remedies": found, "first_year": FIRST_YEAR, "last_year": LAST_YEAR}
