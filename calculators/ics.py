"""Calendar files (RFC 5545): one all-day event on each act-by (file-by) day, with reminders.

A calendar file shows on lock screens, in notifications and in the downloads folder, so it
never names the remedy (issue 14 item 7): the title is "Immigration deadline", the file name
``immigration-deadline-<date>.ics``. Reminders come 14, 7, 3 and 1 days before, at 09:00 in
the calendar's own time zone (the event is all-day, so the trigger is relative to the start of
its day), and only those still to come after ``today``. The description says how to re-check
the date: the page's address when the caller gives it (never with the reader's answers).

A calendar is also seen by others (a shared family calendar, a synced work account, a lock
screen), so the description and the event's UID hold only the dates to act by and that link
(issue 21): never the notice date, the working or the provision, which would tell what the
case is. The details are behind the link, where the reader re-makes the answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from calculators.deadlines import Deadline
from calculators.messages import say

ALARM_DAYS_BEFORE = (14, 7, 3, 1)
ALARM_HOUR = 9  # a reasonable hour for a reminder, in the calendar's local time
PRODID = "-//After a Canada visa refusal//calculators//EN"


def escape_text(text: str) -> str:
    """RFC 5545 §3.3.11 TEXT escaping."""
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def fold(line: str) -> str:
    """RFC 5545 §3.1: lines of at most 75 octets, continued with CRLF and one space.

    Splits only between characters, so a multi-byte UTF-8 character is never cut.
    """
    parts: list[str] = []
    current, size, limit = "", 0, 75
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append(current)
            current, size, limit = "", 0, 74  # the leading space of a continuation counts
        current += char
        size += width
    parts.append(current)
    return "\r\n ".join(parts)


def alarm_trigger(days_before: int) -> str:
    """The trigger for ALARM_HOUR on the day ``days_before`` the all-day event (relative to its start)."""
    hours_before = days_before * 24 - ALARM_HOUR
    days, hours = divmod(hours_before, 24)
    return f"-P{days}DT{hours}H" if days else f"-PT{hours}H"


def alarm_days(day: date, today: date) -> list[int]:
    """The reminders still to come: days before ``day`` whose reminder day is after ``today``."""
    return [n for n in ALARM_DAYS_BEFORE if day - timedelta(days=n) > today]


def _alarms(day: date, today: date, lang: str) -> list[str]:
    lines: list[str] = []
    for n in alarm_days(day, today):
        lines += ["BEGIN:VALARM", "ACTION:DISPLAY",
                  f"DESCRIPTION:{escape_text(say('plan.ics.alarm', lang, day=day))}",
                  f"TRIGGER:{alarm_trigger(n)}", "END:VALARM"]
    return lines


def _event(uid: str, day: date, now: datetime, description: list[str], today: date, lang: str) -> list[str]:
    return [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{now:%Y%m%dT%H%M%SZ}",
        f"DTSTART;VALUE=DATE:{day:%Y%m%d}",
        f"DTEND;VALUE=DATE:{day + timedelta(days=1):%Y%m%d}",
        f"SUMMARY:{escape_text(say('plan.ics.title', lang))}",
        f"DESCRIPTION:{escape_text(chr(10).join(description))}",
        "TRANSP:TRANSPARENT",
        *_alarms(day, today, lang),
        "END:VEVENT",
    ]


def _calendar(events: list[list[str]]) -> str:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
    for event in events:
        lines += event
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def _recheck(page: str | None, lang: str) -> str:
    return say("plan.ics.recheck", lang, page=page) if page else say("plan.ics.recheck-no-page", lang)


def _dates(file_by: date, last_day: date, may_extend_to: date | None, lang: str) -> list[str]:
    lines = [say("plan.ics.act-by", lang, day=file_by), say("plan.ics.last-day", lang, day=last_day)]
    if may_extend_to:
        lines.append(say("plan.ics.may-extend-to", lang, day=may_extend_to))
    return lines


def _now(now: datetime | None) -> datetime:
    return (now or datetime.now(timezone.utc)).astimezone(timezone.utc)


def calendar_file(deadline: Deadline, remedy: str, lang: str = "en", now: datetime | None = None,
                  today: date | None = None, page: str | None = None) -> str:
    """The deadline calculator's file: one event on the file-by day, its dates and the link back only."""
    now = _now(now)
    today = today or now.date()
    description = _dates(deadline.file_by, deadline.last_day, deadline.may_extend_to, lang)
    description += ["", _recheck(page, lang), "", say("plan.ics.not-advice", lang)]
    uid = f"deadline-{deadline.file_by.isoformat()}-{deadline.last_day.isoformat()}@calculators"
    return _calendar([_event(uid, deadline.file_by, now, description, today, lang)])


def filename(deadline: Deadline, remedy: str | None = None) -> str:
    return f"immigration-deadline-{deadline.file_by.isoformat()}.ics"


@dataclass(frozen=True)
class PlanEvent:
    file_by: date
    last_day: date
    may_extend_to: date | None = None


def plan_calendar(events: list[PlanEvent], today: date, page: str | None = None, lang: str = "en",
                  now: datetime | None = None) -> str:
    """The plan's file: one event per dated option on its act-by day, all titled the same neutral way."""
    now = _now(now)
    built = []
    for n, event in enumerate(sorted(events, key=lambda e: e.file_by), 1):
        # Which date of the plan this is, without naming it (the plan, re-made from the link, says).
        description = [say("plan.ics.nth", lang, n=n, total=len(events)), ""]
        description += _dates(event.file_by, event.last_day, event.may_extend_to, lang)
        description += ["", _recheck(page, lang), "", say("plan.ics.not-advice", lang)]
        uid = f"plan-{today.isoformat()}-{n}-{event.file_by.isoformat()}@calculators"
        built.append(_event(uid, event.file_by, now, description, today, lang))
    return _calendar(built)


def plan_filename(events: list[PlanEvent]) -> str:
    return f"immigration-deadlines-{min(e.file_by for e in events).isoformat()}.ics"
