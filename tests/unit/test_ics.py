"""Calendar files (RFC 5545), read back with the icalendar package (issue 14 item 7, issue 12).

Neutral on a lock screen and in the downloads folder: the title is "Immigration deadline"
(never the remedy's name), the file name too; reminders 14, 7, 3 and 1 days before at 09:00,
only those after `today`; a link back to re-check the date.
"""

from datetime import date, datetime, timedelta, timezone

import icalendar
import pytest

from calculators import deadlines, ics
from calculators.api import handle
from calculators.rules import time_limit

NOW = datetime(2026, 11, 23, 9, 30, tzinfo=timezone.utc)
REMEDY_WORDS = ("judicial", "review", "federal", "court", "appeal", "removal", "restoration", "refugee",
                "sponsorship", "iad", "rad", "prra", "deportation", "révision", "renvoi", "appel", "cour")


def make(rule_id="judicial-review-in-canada", trigger=date(2026, 7, 3), today=date(2026, 7, 3), page=None):
    deadline = deadlines.compute(time_limit(rule_id), trigger)
    return deadline, ics.calendar_file(deadline, "judicial-review", now=NOW, today=today, page=page)


def events(text):
    return list(icalendar.Calendar.from_ical(text).walk("VEVENT"))


def alarm_times(event):
    """When each alarm fires, as (days before the event, hour of day)."""
    start = datetime.combine(event.decoded("DTSTART"), datetime.min.time())
    fired = [start + alarm.decoded("TRIGGER") for alarm in event.walk("VALARM")]
    return sorted(((start - at).days + (1 if at.hour else 0), at.hour) for at in fired)


def test_event_is_on_the_file_by_day_with_its_dates_and_a_neutral_title():
    deadline, text = make()
    event = events(text)[0]
    assert event.decoded("DTSTART") == date(2026, 7, 17)
    assert event.decoded("DTEND") == date(2026, 7, 18)
    assert str(event["SUMMARY"]) == "Immigration deadline"
    assert "Sat 18 Jul 2026" in str(event["DESCRIPTION"])  # the legal last day
    assert "Mon 20 Jul 2026" in str(event["DESCRIPTION"])  # may extend to, marked probable
    assert event.decoded("DTSTAMP") == NOW


def test_alarms_fire_at_nine_14_7_3_and_1_days_before():
    _, text = make(today=date(2026, 6, 30))
    event = events(text)[0]
    assert alarm_times(event) == [(1, 9), (3, 9), (7, 9), (14, 9)]
    for alarm in event.walk("VALARM"):
        assert str(alarm["ACTION"]) == "DISPLAY"
        assert "Immigration deadline" in str(alarm["DESCRIPTION"])
    # -P13DT15H: 09:00 fourteen days before the all-day event
    assert ics.alarm_trigger(14) == "-P13DT15H" and ics.alarm_trigger(1) == "-PT15H"


def test_no_alarm_in_the_past():
    # file by Fri 17 Jul 2026; today 12 Jul -> the 14- and 7-day alarms are gone
    _, text = make(today=date(2026, 7, 12))
    assert alarm_times(events(text)[0]) == [(1, 9), (3, 9)]
    # the day before: even the 1-day alarm (09:00 today) may be gone -> none
    _, text = make(today=date(2026, 7, 16))
    assert alarm_times(events(text)[0]) == []


def test_the_remedy_is_named_nowhere_a_lock_screen_or_a_download_shows():
    result = handle({"kind": "ics", "remedy": "iad-removal-order", "from": "2026-09-15", "today": "2026-09-15"})
    assert result["filename"] == "immigration-deadline-2026-10-15.ics"
    event = events(result["content"])[0]
    shown = " ".join([result["filename"], str(event["SUMMARY"]), str(event["UID"]),
                      *(str(a["DESCRIPTION"]) for a in event.walk("VALARM"))]).lower()
    for word in REMEDY_WORDS:
        assert word not in shown, word


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("request_", [
    {"remedy": "prra-application", "from": "2026-09-15"},
    {"remedy": "judicial-review", "from": "2026-09-15", "where": "in-canada"},
    {"remedy": "iad-removal-order", "from": "2026-09-15"},
])
def test_the_calendar_never_tells_the_notice_date_or_the_provision(lang, request_):
    """A shared calendar or a lock screen shows the description: only the dates to act by and
    the link back, never the start day, the working or the rule that would tell the case."""
    request = {"kind": "ics", **request_, "today": "2026-09-15", "lang": lang,
               "page": "https://example.org/calculators/deadline/"}
    deadline = handle({**request, "kind": "deadline"})
    event = events(handle(request)["content"])[0]
    shown = " ".join([str(event["DESCRIPTION"]), str(event["UID"])]).lower()
    notice = date(2026, 9, 15)
    for form in ("2026-09-15", "20260915", "15 sep", "15 sept", "sep 15", "15 septembre"):
        assert form not in shown, form
    for label in deadline["citations"]:
        assert label.lower() not in shown, label
    for word in (*REMEDY_WORDS, "irpa", "irpr", "lipr", "ripr", "fcir", "s. ", "art. ", "risk", "risque"):
        assert word not in shown, word
    assert notice.isoformat() not in str(event["UID"])
    assert "https://example.org/calculators/deadline/" in str(event["DESCRIPTION"])


def test_french_title_is_neutral_too():
    result = handle({"kind": "ics", "remedy": "judicial-review", "from": "2026-09-15", "where": "in-canada",
                     "today": "2026-09-15", "lang": "fr"})
    event = events(result["content"])[0]
    assert str(event["SUMMARY"]) == "Date limite en immigration"


def test_recheck_link_is_the_page_without_answers():
    result = handle({"kind": "ics", "remedy": "judicial-review", "from": "2026-09-15", "where": "in-canada",
                     "today": "2026-09-15",
                     "page": "https://example.org/calculators/deadline/#remedy=judicial-review&from=2026-09-15"})
    description = str(events(result["content"])[0]["DESCRIPTION"])
    assert "https://example.org/calculators/deadline/" in description
    assert "from=2026-09-15" not in description and "#" not in description


def test_a_bad_page_address_is_a_plain_error():
    result = handle({"kind": "ics", "remedy": "restoration", "from": "2026-09-15", "page": "javascript:alert(1)"})
    assert result["error"]["field"] == "page"


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
    assert events(result["content"])[0].decoded("DTSTART") == date(2026, 10, 15)


def test_alarm_days_are_relative_to_today():
    day = date(2026, 10, 15)
    assert ics.alarm_days(day, day - timedelta(days=30)) == [14, 7, 3, 1]
    assert ics.alarm_days(day, day - timedelta(days=7)) == [3, 1]
    assert ics.alarm_days(day, day) == []
