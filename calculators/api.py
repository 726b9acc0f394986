"""The one JSON boundary (CONTRIBUTING.md §2): a request dict in, a result dict out.

The browser (through Pyodide) and the CLI call only ``handle`` / ``handle_json``. ``handle``
never raises: bad input gives ``{"error": {"field": <name or None>, "message": <sentence>}}``.
Dates are ISO strings ("2026-09-15"). Every result is plain JSON data.
"""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

from calculators import deadlines, eligibility, ics, interview, plan
from calculators.messages import CATALOGUES, DEFAULT_LANG, cite_label, has, month_name, say
from calculators.rules import DEADLINE_REMEDIES, WHERE_VALUES, citation, needs_where, rule_for

FIRST_YEAR, LAST_YEAR = 1990, 2100
KINDS = ("deadline", "options", "ics", "remedies", "interview", "plan", "plan-ics")
_ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")  # used with fullmatch: ASCII digits only


class InputError(Exception):
    def __init__(self, field: str | None, message_id: str, /, **params: Any) -> None:
        super().__init__(message_id)
        self.field, self.message_id, self.params = field, message_id, params


def _days_in_month(year: int, month: int) -> int:
    if month == 2:
        return 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def parse_date(value: Any, field: str) -> date:
    """A strict YYYY-MM-DD date in the years the calendar covers, or an InputError that says why."""
    if value is None or value == "":
        raise InputError(field, "error.date-missing")
    match = _ISO_DATE.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        raise InputError(field, "error.date-format", value=str(value)[:40])
    year, month, day = (int(part) for part in match.groups())
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise InputError(field, "error.year-range", first=FIRST_YEAR, last=LAST_YEAR)
    if not 1 <= month <= 12:
        raise InputError(field, "error.month-range", month=month)
    last = _days_in_month(year, month)
    if not 1 <= day <= last:
        raise InputError(field, "error.day-range", month_number=month, year=year, days=last)
    return date(year, month, day)


def _choice(request: dict, field: str, allowed: tuple[str, ...], required: bool = True, default: str | None = None) -> str | None:
    value = request.get(field)
    if value is None or value == "":
        if required:
            raise InputError(field, "error.missing", field=field, allowed=", ".join(allowed))
        return default
    if not isinstance(value, str) or value not in allowed:
        raise InputError(field, "error.not-allowed", field=field, allowed=", ".join(allowed))
    return value


def _links(labels: list[str], lang: str) -> list[dict]:
    return [citation(label, lang).as_dict() for label in labels]


def _labels(labels: list[str], lang: str) -> list[str]:
    return [cite_label(label, lang) for label in labels]


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _deadline_from(request: dict) -> tuple[str, deadlines.Deadline]:
    remedy = _choice(request, "remedy", tuple(DEADLINE_REMEDIES))
    where = None
    if needs_where(remedy):
        where = _choice(request, "where", WHERE_VALUES)
    trigger = parse_date(request.get("from"), "from")
    return remedy, deadlines.compute(rule_for(remedy, where), trigger)


def _today(request: dict) -> date | None:
    """The reader's `today` (device clock), when given."""
    value = request.get("today")
    if value in (None, ""):
        return None
    return parse_date(value, "today")


def _date_state(file_by: date, today: date | None) -> tuple[int | None, str | None]:
    """(days left to the file-by day, "future" | "today" | "passed") — (None, None) without `today`."""
    if today is None:
        return None, None
    days = (file_by - today).days
    return days, "passed" if days < 0 else "today" if days == 0 else "future"


def _start_warnings(start: date, today: date | None, lang: str) -> list[str]:
    """A start date after today, or more than a year before it, is probably mistyped (issue 14 item 6)."""
    if today is None:
        return []
    if start > today:
        return [say("warn.start-after-today", lang, start=start, today=today)]
    if (today - start).days > 365:
        return [say("warn.start-over-a-year-ago", lang, start=start, today=today)]
    return []


def _deadline(request: dict, lang: str) -> dict:
    remedy, result = _deadline_from(request)
    today = _today(request)
    rule = result.rule
    days_left, state = _date_state(result.file_by, today)
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
        "may_extend_to": _iso(result.may_extend_to),
        "citations": _labels(result.citations, lang),
        "citation_links": _links(result.citations, lang),
        "steps": deadlines.word_steps(result, lang),
        "warnings": _start_warnings(result.trigger, today, lang) + deadlines.word_warnings(result, lang),
        "last_verified": rule.last_verified.isoformat(),
    }
    if today is not None:
        answer.update(today=today.isoformat(), days_left=days_left, state=state)
    return answer


def _ics(request: dict, lang: str) -> dict:
    remedy, result = _deadline_from(request)
    today = parse_date(request["today"], "today") if request.get("today") else None  # reminders after it only
    page = plan.page_address(request)  # the "re-check" link, never with the answers
    return {"kind": "ics", "filename": ics.filename(result, remedy),
            "content": ics.calendar_file(result, remedy, lang, today=today, page=page)}


def _deadline_request(deadline: deadlines.Deadline | None) -> dict | None:
    """The "deadline" request that gives this option's date with its steps (for a link or a calendar file)."""
    if deadline is None:
        return None
    for remedy, rules in DEADLINE_REMEDIES.items():
        for where, rule_id in rules.items():
            if rule_id == deadline.rule.id:
                request = {"kind": "deadline", "remedy": remedy, "from": deadline.trigger.isoformat()}
                if where:
                    request["where"] = where
                return request
    return None


def _optional_date(request: dict, field: str) -> date | None:
    value = request.get(field)
    if value in (None, "", "unknown"):
        return None
    return parse_date(value, field)


def _options(request: dict, lang: str) -> dict:
    application = _choice(request, "application", eligibility.APPLICATIONS)
    decided = _choice(request, "decided", eligibility.DECIDED)
    notified = parse_date(request.get("notified"), "notified")
    grounds = request.get("grounds") or []
    if isinstance(grounds, str):
        grounds = [grounds]
    if not isinstance(grounds, list) or not all(isinstance(g, str) and g in eligibility.GROUNDS for g in grounds):
        raise InputError("grounds", "error.not-allowed", field="grounds", allowed=", ".join(eligibility.GROUNDS))
    relationship = _choice(request, "relationship", eligibility.RELATIONSHIPS, required=False, default="unknown")
    more = {name: _choice(request, name, values, required=False, default="unknown")
            for name, values in eligibility.CHOICE_FIELDS.items()}
    more.update({name: _optional_date(request, name) for name in eligibility.DATE_FIELDS})
    today = _today(request)
    found = eligibility.assess(application, decided, notified, grounds, relationship,
                               _optional_date(request, "status_lost"), today=today, **more)
    options = []
    for option in found.options:
        dl = option.deadline
        entry = {
            "remedy": option.remedy,
            "title": say(f"option.{option.remedy}", lang),
            "available": option.available,
            "status": option.status,
            "reasons": [eligibility.word_finding(r, lang) for r in option.reasons],
            "rule": dl.rule.id if dl else None,
            "deadline_request": _deadline_request(dl),
            "last_day": _iso(dl.last_day) if dl else None,
            "file_by": _iso(dl.file_by) if dl else None,
            "may_extend_to": _iso(dl.may_extend_to) if dl else None,
            "steps": deadlines.word_steps(dl, lang) if dl else [],
            "citations": _labels(option.citations, lang),
            "citation_links": _links(option.citations, lang),
        }
        if today is not None:
            entry.update(days_left=option.days_left, state=option.state)
        options.append(entry)
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
        "options": options,
        "act_by": act_by,
        "assumptions": [eligibility.word_finding(a, lang) for a in found.assumptions],
        "warnings": _start_warnings(notified, today, lang) + [eligibility.word_finding(w, lang) for w in found.warnings],
    }
    if today is not None:
        answer["today"] = today.isoformat()
    return answer


def _remedies(request: dict, lang: str) -> dict:
    remedies = []
    for remedy, rules in DEADLINE_REMEDIES.items():
        remedies.append({
            "remedy": remedy,
            "title": say(f"remedy.{remedy}", lang),
            "from_label": say(f"from-label.{remedy}", lang),
            "needs_where": needs_where(remedy),
            "where_values": list(WHERE_VALUES) if needs_where(remedy) else [],
            "rules": sorted(set(rules.values())),
        })
    return {"kind": "remedies", "remedies": remedies, "first_year": FIRST_YEAR, "last_year": LAST_YEAR}


_HANDLERS = {"deadline": _deadline, "options": _options, "ics": _ics, "remedies": _remedies}
# The interview and the plan (calculators/interview.py, plan.py; CONTRIBUTING.md §2).
_HANDLERS.update({"interview": lambda request, lang: interview.interview(lang),
                  "plan": lambda request, lang: plan.plan(request, lang),
                  "plan-ics": lambda request, lang: plan.plan_ics(request, lang)})


def error(field: str | None, message_id: str, lang: str = DEFAULT_LANG, /, **params: Any) -> dict:
    specific = f"{message_id}.{field}"
    if field and has(specific, lang):
        message_id = specific
    return {"error": {"field": field, "message": say(message_id, lang, **params)}}


_LANG_TAG = re.compile(r"([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*")  # BCP 47-ish: "fr", "fr-CA", "en_US"


def language(value: Any) -> str | None:
    """The catalogue for a request's ``lang``: absent -> English; "fr", "fr-CA" -> "fr"; unknown -> None."""
    if value is None:
        return DEFAULT_LANG
    match = _LANG_TAG.fullmatch(value) if isinstance(value, str) else None
    if match is None or match[1].lower() not in CATALOGUES:
        return None
    return match[1].lower()


def handle(request: Any) -> dict:
    """Answer one request in its ``lang`` ("en" by default, or "fr"). Never raises."""
    lang = DEFAULT_LANG
    try:
        if not isinstance(request, dict):
            return error(None, "error.not-an-object")
        requested = language(request.get("lang"))
        if requested is None:  # said in both languages (we cannot know which one the reader reads)
            return error("lang", "error.not-allowed", DEFAULT_LANG, field="lang", allowed=", ".join(CATALOGUES))
        lang = requested
        kind = request.get("kind")
        if not isinstance(kind, str) or kind not in _HANDLERS:
            return error("kind", "error.not-allowed", lang, field="kind", allowed=", ".join(KINDS))
        return _HANDLERS[kind](request, lang)
    except InputError as problem:
        params = dict(problem.params)
        if "month_number" in params:  # the month is named in the reader's language
            params["month"] = month_name(params["month_number"], lang)
        return error(problem.field, problem.message_id, lang, **params)
    except Exception:  # the boundary must answer, whatever happens inside
        return error(None, "error.internal", lang)


def wording(message_id: str, lang: str = DEFAULT_LANG, **params: Any) -> str:
    """A message from the catalogue, for callers that word a result (the CLI). ISO dates are written out."""
    for key, value in params.items():
        if isinstance(value, str) and _ISO_DATE.fullmatch(value):
            try:
                params[key] = date.fromisoformat(value)
            except ValueError:
                pass
    return say(message_id, lang, **params)


def handle_json(text: str) -> str:
    """``handle`` for callers that speak JSON text (the browser)."""
    try:
        request = json.loads(text)
    except (TypeError, ValueError, RecursionError):
        return json.dumps(error(None, "error.not-json"), ensure_ascii=False)
    return json.dumps(handle(request), ensure_ascii=False)
