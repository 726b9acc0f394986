"""Which days are holidays, and for whom.

Three calendars matter for the time limits in `rules.py`:

* ``"ia"`` — the Interpretation Act, s. 35(1): Sundays and the federal holidays. A time
  limit in a statute that ends on one of these moves to the next day that is not
  (IA s. 26).
* ``"fcr"`` — the Federal Courts Rules, r. 2: every IA holiday, every Saturday, and the
  Monday/Tuesday substitutes listed there. Used for time under the Rules (FCIR r. 4) and
  for the day a document submitted to the Court counts as filed (FCR r. 71.1(3)).
* ``"iad"`` — Immigration Appeal Division Rules, 2022, r. 1 and r. 41: Saturdays, Sundays
  and IA holidays are non-working days.
* ``"rad"`` — Refugee Appeal Division Rules, r. 1 and r. 35(3): the same non-working days.

FCR r. 2's weekday substitutes (the Monday/Tuesday after a holiday on a weekend) exist only
since SOR/2021-244 came into force on 2022-01-13; before that the Court's holidays were
Saturdays, Sundays and IA holidays only (FACTS §1).

The seasonal recess (FCR r. 6(3)) is not a holiday: it is a stretch of days left out when
counting time under the Rules, so it has its own function.

Everything here is computed by rule, for any year (the site supports 1990–2100), so
nothing has to be updated each year. Functions return holiday *ids*; their names in each
language live in ``calculators.messages``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

ONE_DAY = timedelta(days=1)
MONDAY, TUESDAY, FRIDAY, SATURDAY, SUNDAY = 0, 1, 4, 5, 6

CALENDARS = ("ia", "fcr", "iad", "rad")

# Citation labels; rules.citation(label) turns them into links.
IA_HOLIDAYS = "IA s. 35(1)"
FCR_HOLIDAYS = "FCR r. 2"
IAD_NON_WORKING_DAYS = "IAD Rules r. 1"
RAD_NON_WORKING_DAYS = "RAD Rules r. 1"
NON_WORKING_DAY_SOURCES = (IAD_NON_WORKING_DAYS, RAD_NON_WORKING_DAYS)
# FCR r. 2 as replaced by SOR/2021-244: the weekday substitutes apply from this day on.
FCR_SUBSTITUTES_FROM = date(2022, 1, 13)
SEASONAL_RECESS = "FCR r. 6(3)"


@dataclass(frozen=True)
class Holiday:
    """Why a day is a holiday: ``id`` names it (see messages), ``source`` cites the rule."""

    id: str
    source: str


# Days proclaimed under IA s. 35(1) ("any day appointed by proclamation to be observed as
# a day of general prayer or mourning or day of public rejoicing or thanksgiving").
# Each entry must be a (date, id, source) taken from law/FACTS.md; FACTS.md lists none,
# so none is encoded. Add one only with its proclamation as the source.
PROCLAIMED_DAYS: tuple[tuple[date, str, str], ...] = ()


def easter_sunday(year: int) -> date:
    """Easter Sunday in the Gregorian calendar (the anonymous Gregorian computus)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7  # noqa: E741 - the computus' own letter
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def _monday_before(day: date) -> date:
    """The Monday immediately before ``day`` (never ``day`` itself)."""
    return day - timedelta(days=(day.weekday() - MONDAY - 1) % 7 + 1)


@lru_cache(maxsize=256)
def interpretation_act_holidays(year: int) -> dict[date, Holiday]:
    """The named federal holidays of IA s. 35(1) in ``year`` (Sundays are added by ``holiday``)."""
    days: dict[date, Holiday] = {}

    def add(day: date, holiday_id: str) -> None:
        days.setdefault(day, Holiday(holiday_id, IA_HOLIDAYS))

    easter = easter_sunday(year)
    add(date(year, 1, 1), "new-years-day")  # IA s. 35(1) "New Year's Day"
    add(easter - 2 * ONE_DAY, "good-friday")  # IA s. 35(1) "Good Friday"
    add(easter + ONE_DAY, "easter-monday")  # IA s. 35(1) "Easter Monday"
    add(_monday_before(date(year, 5, 25)), "victoria-day")  # IA s. 35(1); Holidays Act: Monday immediately before May 25
    canada_day = date(year, 7, 1)  # IA s. 35(1); Holidays Act: July 2 when July 1 is a Sunday
    add(canada_day + ONE_DAY if canada_day.weekday() == SUNDAY else canada_day, "canada-day")
    add(_nth_weekday(year, 9, MONDAY, 1), "labour-day")  # IA s. 35(1): first Monday in September
    if year >= 2021:  # IA s. 35(1): a holiday only from 2021 on
        add(date(year, 9, 30), "truth-and-reconciliation-day")
    add(_nth_weekday(year, 10, MONDAY, 2), "thanksgiving")  # IA s. 35(1), day fixed by proclamation: 2nd Monday of October
    add(date(year, 11, 11), "remembrance-day")  # IA s. 35(1) "Remembrance Day"
    add(date(year, 12, 25), "christmas-day")  # IA s. 35(1) "Christmas Day"
    for day, holiday_id, source in PROCLAIMED_DAYS:
        if day.year == year:
            days.setdefault(day, Holiday(holiday_id, source))
    return days


@lru_cache(maxsize=256)
def federal_courts_rules_substitutes(year: int) -> dict[date, Holiday]:
    """The extra FCR r. 2 holidays in ``year``: weekday substitutes for holidays on a weekend."""
    days: dict[date, Holiday] = {}

    def add(day: date, holiday_id: str) -> None:
        days.setdefault(day, Holiday(holiday_id, FCR_HOLIDAYS))

    # FCR r. 2: the Monday after New Year's Day, Canada Day or Remembrance Day on a Saturday or Sunday.
    for month, day_of_month, holiday_id in (
        (1, 1, "monday-after-new-years-day"),
        (7, 1, "monday-after-canada-day"),
        (11, 11, "monday-after-remembrance-day"),
    ):
        day = date(year, month, day_of_month)
        if day.weekday() in (SATURDAY, SUNDAY):
            add(day + timedelta(days=7 - day.weekday()), holiday_id)
    christmas = date(year, 12, 25)
    if christmas.weekday() in (SATURDAY, SUNDAY):  # FCR r. 2: Monday and Tuesday after
        monday = christmas + timedelta(days=7 - christmas.weekday())
        add(monday, "monday-after-christmas")
        add(monday + ONE_DAY, "tuesday-after-christmas")
    elif christmas.weekday() == FRIDAY:  # FCR r. 2: the Monday after
        add(christmas + timedelta(days=3), "monday-after-christmas")
    return days


def holiday(day: date, calendar: str = "ia") -> Holiday | None:
    """Why ``day`` is a holiday in ``calendar`` ("ia", "fcr", "iad" or "rad"), or None if it is not."""
    if calendar not in CALENDARS:
        raise ValueError(f"unknown calendar {calendar!r}")
    named = interpretation_act_holidays(day.year).get(day)
    if calendar == "fcr":
        if named is not None:
            return named
        if day.weekday() == SATURDAY:
            return Holiday("saturday", FCR_HOLIDAYS)  # FCR r. 2: "all Saturdays"
        if day.weekday() == SUNDAY:
            return Holiday("sunday", IA_HOLIDAYS)
        if day < FCR_SUBSTITUTES_FROM:  # before SOR/2021-244: Saturdays, Sundays, IA holidays only
            return None
        return federal_courts_rules_substitutes(day.year).get(day)
    if calendar in ("iad", "rad"):
        source = IAD_NON_WORKING_DAYS if calendar == "iad" else RAD_NON_WORKING_DAYS
        if day.weekday() == SATURDAY:
            return Holiday("saturday", source)  # IAD Rules r. 1 / RAD Rules r. 1 "non-working day"
        if day.weekday() == SUNDAY:
            return Holiday("sunday", source)
        return named
    if named is not None:
        return named
    if day.weekday() == SUNDAY:
        return Holiday("sunday", IA_HOLIDAYS)  # IA s. 35(1) "Sunday"
    return None


def is_holiday(day: date, calendar: str = "ia") -> bool:
    return holiday(day, calendar) is not None


def next_day_not_holiday(day: date, calendar: str) -> date:
    """``day`` itself if it is not a holiday, else the next day that is not (IA s. 26)."""
    while is_holiday(day, calendar):
        day += ONE_DAY
    return day


# FCR r. 6(3): the seasonal recess runs from December 21 to January 7, both included.
SEASONAL_RECESS_FIRST_DAY = (12, 21)
SEASONAL_RECESS_LAST_DAY = (1, 7)


def in_seasonal_recess(day: date) -> bool:
    """FCR r. 6(3): is ``day`` in the seasonal recess?"""
    (first_month, first_day), (last_month, last_day) = SEASONAL_RECESS_FIRST_DAY, SEASONAL_RECESS_LAST_DAY
    return (day.month, day.day) >= (first_month, first_day) or (day.month, day.day) <= (last_month, last_day)


def seasonal_recess_containing(day: date) -> tuple[date, date]:
    """First and last day of the seasonal recess that includes ``day``."""
    start_year = day.year if (day.month, day.day) >= SEASONAL_RECESS_FIRST_DAY else day.year - 1
    return date(start_year, *SEASONAL_RECESS_FIRST_DAY), date(start_year + 1, *SEASONAL_RECESS_LAST_DAY)


# Days that are not holidays in any of these calendars, but on which offices (the Federal
# Court registry, the Board) may be closed: a last day on one of them very probably moves
# to the next business day (FACTS §2: Lagacé, FCA 1996; P.F. Collier, FCA 1986; IAD r. 41),
# so they are shown only as "may extend to", never as the deadline. Regional civic and
# provincial holidays depend on where the person files and are only mentioned in warnings.
def probable_closure(day: date) -> Holiday | None:
    if day.month == 12 and day.day == 26:
        return Holiday("boxing-day", "")
    return None


def federal_holidays_table(year: int) -> list[tuple[date, str]]:
    """IA s. 35(1) holidays of ``year`` other than Sundays, in date order, as (date, id)."""
    return sorted((day, found.id) for day, found in interpretation_act_holidays(year).items())
