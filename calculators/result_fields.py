"""Fields that several kinds of result share (CONTRIBUTING.md §2): dates as ISO strings, citation
labels and links in the reader's language, the days left, and the warning for a start date that
is probably mistyped.
"""

from __future__ import annotations

from datetime import date

from calculators import deadlines
from calculators.messages import cite_label, say
from calculators.rules import DEADLINE_REMEDIES
from calculators.wording import citation


def links(labels: list[str], lang: str) -> list[dict]:
    return [citation(label, lang).as_dict() for label in labels]


def labels(cited: list[str], lang: str) -> list[str]:
    return [cite_label(label, lang) for label in cited]


def iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def date_state(file_by: date, today: date | None) -> tuple[int | None, str | None]:
    """(days left to the file-by day, "future" | "today" | "passed") — (None, None) without `today`."""
    if today is None:
        return None, None
    days = (file_by - today).days
    return days, "passed" if days < 0 else "today" if days == 0 else "future"


def start_warnings(start: date, today: date | None, lang: str) -> list[str]:
    """A start date after today, or more than a year before it, is probably mistyped (issue 14 item 6)."""
    if today is None:
        return []
    if start > today:
        return [say("warn.start-after-today", lang, start=start, today=today)]
    if (today - start).days > 365:
        return [say("warn.start-over-a-year-ago", lang, start=start, today=today)]
    return []


def deadline_request(deadline: deadlines.Deadline | None) -> dict | None:
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
