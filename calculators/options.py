"""The ``options`` kind (CONTRIBUTING.md §2): a checked request -> ``eligibility.assess`` -> the
result, worded in the reader's language. The plan (``calculators/plan.py``) builds on exactly
this function, so the plan's dates are the engine's dates.
"""

from __future__ import annotations

from calculators import deadlines, eligibility, requests, wording
from calculators.messages import say
from calculators.result_fields import deadline_request, iso, labels, links, start_warnings


def options(request: dict, lang: str) -> dict:
    fields = requests.options_fields(request)
    return word_assessment(eligibility.assess(**fields), fields["notified"], fields["today"], lang)


def word_assessment(found: eligibility.Assessment, notified, today, lang: str) -> dict:
    """An assessment as the ``options`` result: every option with its date, reasons and sources."""
    entries = []
    limits = eligibility.limit_params(lang)  # once a request, not once a finding
    for option in found.options:
        dl = option.deadline
        entry = {
            "remedy": option.remedy,
            "title": say(f"option.{option.remedy}", lang),
            "available": option.available,
            "status": option.status,
            "reasons": [eligibility.word_finding(r, lang, limits) for r in option.reasons],
            "rule": dl.rule.id if dl else None,
            "deadline_request": deadline_request(dl),
            "last_day": iso(dl.last_day) if dl else None,
            "file_by": iso(dl.file_by) if dl else None,
            "may_extend_to": iso(dl.may_extend_to) if dl else None,
            "steps": wording.word_steps(dl, lang) if dl else [],
            "citations": labels(option.citations, lang),
            "citation_links": links(option.citations, lang),
        }
        if today is not None:
            entry.update(days_left=option.days_left, state=option.state)
        entries.append(entry)
    first = eligibility.act_by(found)
    act_by = None
    if first is not None:
        act_by = {"remedy": first.remedy, "title": say(f"option.{first.remedy}", lang),
                  "file_by": first.deadline.file_by.isoformat(), "last_day": first.deadline.last_day.isoformat(),
                  "text": say("headline.act-by", lang, title=say(f"option.{first.remedy}", lang),
                              file_by=first.deadline.file_by)}
        if today is not None:
            act_by["days_left"] = first.days_left
    answer = {
        "kind": "options",
        "options": entries,
        "act_by": act_by,
        "assumptions": [eligibility.word_finding(a, lang, limits) for a in found.assumptions],
        "warnings": start_warnings(notified, today, lang) + [eligibility.word_finding(w, lang, limits)
                                                             for w in found.warnings],
    }
    if today is not None:
        answer["today"] = today.isoformat()
    return answer
