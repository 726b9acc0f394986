"""An iCalendar file (RFC 5545) with one all-day event on the file-by day and a reminder before it."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from calculators.deadlines import Deadline, word_steps
from calculators.messages import say
from calculators.rules import citation

REMINDER_DAYS_BEFORE = 3
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


def calendar_file(deadline: Deadline, remedy: str, lang: str = "en", now: datetime | None = None) -> str:
    now = (now or datetime.now(timezone.utc)).astimezone(timezone.utc)
    title = say(f"title.{deadline.rule.id}", lang)
    summary = say("ics.summary", lang, title=title)
    description = [title, "",
                   say("ics.file-by", lang, day=deadline.file_by),
                   say("ics.last-day", lang, day=deadline.last_day)]
    if deadline.may_extend_to:
        description.append(say("ics.may-extend-to", lang, day=deadline.may_extend_to))
    description += ["", say("ics.how", lang), *(f"- {s}" for s in word_steps(deadline, lang)), "",
                    say("ics.sources", lang)]
    for label in deadline.citations:
        found = citation(label, lang)
        description.append(f"- {found.label}" + (f" {found.url}" if found.url else ""))
    description += ["", say("ics.not-advice", lang)]
    uid = f"deadline-{remedy}-{deadline.trigger.isoformat()}-{deadline.file_by.isoformat()}@calculators"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{now:%Y%m%dT%H%M%SZ}",
        f"DTSTART;VALUE=DATE:{deadline.file_by:%Y%m%d}",
        f"DTEND;VALUE=DATE:{deadline.file_by + timedelta(days=1):%Y%m%d}",
        f"SUMMARY:{escape_text(summary)}",
        f"DESCRIPTION:{escape_text(chr(10).join(description))}",
        "TRANSP:TRANSPARENT",
        "BEGIN:VALARM",
        "ACTION:DISPLAY",
        f"DESCRIPTION:{escape_text(say('ics.reminder', lang, day=deadline.file_by, title=title))}",
        f"TRIGGER:-P{REMINDER_DAYS_BEFORE}D",
        "END:VALARM",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "".join(fold(line) + "\r\n" for line in lines)


def filename(deadline: Deadline, remedy: str) -> str:
    return f"deadline-{remedy}-{deadline.file_by.isoformat()}.ics"

