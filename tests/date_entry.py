"""Typing a date into the calculators' date entry (ui.js dateEntry; issue 20 item 7): the day, the
month chosen by name in the page's language, the year — as a reader does, whatever the browser's
own date field would have shown. `id` is the entry's id: its parts are id-day, id-month, id-year."""

from __future__ import annotations


def fill_date_entry(scope, iso: str, id: str = "deadline-from") -> None:
    """Fill the three parts from an ISO date ("" empties them). A year the entry cannot hold is typed
    as is (the page must then say the date is not a real date)."""
    year, month, day = (iso.split("-") + ["", "", ""])[:3] if iso else ("", "", "")
    scope.locator(f"#{id}-day").fill(str(int(day)) if day.isdigit() else day)
    scope.locator(f"#{id}-month").select_option(month)
    scope.locator(f"#{id}-year").fill(year)
