"""Reading and checking a request's fields (CONTRIBUTING.md §2): strict dates, allowed choices,
the reader's `today`, and the answers of an ``options`` request as :func:`eligibility.assess`
takes them. Every problem is an :class:`InputError` naming the field and a message id, which
``api.handle`` words in the reader's language; nothing here words anything.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from calculators import deadlines, eligibility
from calculators.rules import DEADLINE_REMEDIES, WHERE_VALUES, needs_where, rule_for

FIRST_YEAR, LAST_YEAR = 1990, 2100
ISO_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")  # used with fullmatch: ASCII digits only


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
    match = ISO_DATE.fullmatch(value) if isinstance(value, str) else None
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


def choice(request: dict, field: str, allowed: tuple[str, ...], required: bool = True,
           default: str | None = None) -> str | None:
    value = request.get(field)
    if value is None or value == "":
        if required:
            raise InputError(field, "error.missing", field=field, allowed=", ".join(allowed))
        return default
    if not isinstance(value, str) or value not in allowed:
        raise InputError(field, "error.not-allowed", field=field, allowed=", ".join(allowed))
    return value


def today(request: dict) -> date | None:
    """The reader's `today` (device clock), when given."""
    value = request.get("today")
    if value in (None, ""):
        return None
    return parse_date(value, "today")


def optional_date(request: dict, field: str) -> date | None:
    value = request.get(field)
    if value in (None, "", "unknown"):
        return None
    return parse_date(value, field)


def deadline_fields(request: dict) -> tuple[str, deadlines.Deadline]:
    """A ``deadline`` (or ``ics``) request's remedy and its computed deadline."""
    remedy = choice(request, "remedy", tuple(DEADLINE_REMEDIES))
    where = None
    if needs_where(remedy):
        where = choice(request, "where", WHERE_VALUES)
    trigger = parse_date(request.get("from"), "from")
    return remedy, deadlines.compute(rule_for(remedy, where), trigger)


def _current_or_retired(request: dict, name: str, values: tuple[str, ...]) -> str:
    """An optional choice; a value no longer offered (an old link) is still taken, and the engine says
    what it means now (``eligibility.RETIRED_CHOICES``)."""
    if request.get(name) in eligibility.RETIRED_CHOICES.get(name, ()):
        return request[name]
    return choice(request, name, values, required=False, default="unknown")


def options_fields(request: dict) -> dict:
    """An ``options`` request's answers, checked, as keyword arguments of ``eligibility.assess``."""
    application = choice(request, "application", eligibility.APPLICATIONS)
    # Required only where the office that decided can change the answer (issue 19 item 5).
    decided = choice(request, "decided", eligibility.DECIDED, required=application in eligibility.DECIDED_MATTERS,
                     default="unknown")
    notified = parse_date(request.get("notified"), "notified")
    grounds = request.get("grounds") or []
    if isinstance(grounds, str):
        grounds = [grounds]
    if not isinstance(grounds, list) or not all(isinstance(g, str) and g in eligibility.GROUNDS for g in grounds):
        raise InputError("grounds", "error.not-allowed", field="grounds", allowed=", ".join(eligibility.GROUNDS))
    fields = {
        "application": application, "decided": decided, "notified": notified, "grounds": grounds,
        "relationship": choice(request, "relationship", eligibility.RELATIONSHIPS, required=False, default="unknown"),
        "status_lost": optional_date(request, "status_lost"),
        "today": today(request),
    }
    fields.update({name: _current_or_retired(request, name, values) for name, values in eligibility.CHOICE_FIELDS.items()})
    fields.update({name: optional_date(request, name) for name in eligibility.DATE_FIELDS})
    return fields
