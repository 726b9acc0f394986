"""Calendar file (RFC 5545) for the file-by day, read back with the icalendar package."""

from datetime import date, datetime, timedelta, timezone

import pytest

from calculators import deadlines, ics
from calculators.api import handle
from calculators.rules import time_limit

icalendar = pytest.importorskip("icalendar")


def make(rule_id="judicial-review-in-canada", trigger=date(2026, 7, 3)):
    deadline = deadlines.compute(time_limit(rule_id), trigger)
    return deadline, ics.calendar_file(deadline, "judicial-review", now=datetime(2026, 11, 23, 9, 30, tzinfo=timezone.utc))


def test_event_is_on_the_file_by_day_with_a_reminder_and_the_citation():
    deadline, text = make()
    cal = icalendar.Calendar.from_ical(text)
    event = next(iter(cal.walk("VEVENT")))
    assert event.decoded("DTSTART") == date(2026, 7, 17)
    assert event.decoded("DTEND") == date(2026, 7, 18)
    assert "IRPA s. 72(2)(b)" in str(event["DESCRIPTION"])
    assert "Mon 20 Jul 2026" in str(event["DESCRIPTION"])  # may extend to, marked probable
    assert str(event["UID"]) and event.decoded("DTSTAMP") == datetime(2026, 11, 23, 9, 30, tzinfo=timezone.utc)
    alarm = next(iter(event.walk("VALARM")))
    assert alarm.decoded("TRIGGER") == -timedelta(days=3)
    assert str(alarm["ACTION"]) == "DISPLAY"


def test_lines_end_with_crlf_and_are_folded_at_75_octets():
    _, text = make()
    assert text.endswith("\r\n")
    assert "\n" not in text.replace("\r\n", "")
    for line in text.split("\r\n"):
        assert len(line.encode("utf-8")) <= 75


def test_folding_never_splits_a_multibyte_character():
    line = "DESCRIPTION:" + "é→" * 60
    folded = ics.fold(line)
    for part in folded.split("\r\n"):
        assert len(part.encode("utf-8")) <= 75
    assert folded.replace("\r\n ", "") == line


def test_text_is_escaped():
    assert ics.escape_text("a, b; c\\d\ne") == "a\\, b\\; c\\\\d\\ne"


def test_api_calendar_file_parses():
    result = handle({"kind": "ics", "remedy": "iad-sponsorship", "from": "2026-09-15"})
    cal = icalendar.Calendar.from_ical(result["content"])
    assert next(iter(cal.walk("VEVENT"))).decoded("DTSTART") == date(2026, 10, 15)
    assert result["filename"] == "deadline-iad-sponsorship-2026-10-15.ics"
