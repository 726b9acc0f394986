"""Holidays by rule: Interpretation Act s. 35(1), Federal Courts Rules r. 2 and r. 6(3), IAD Rules r. 1."""

from datetime import date, timedelta

import pytest

from calculators import calendar
from calculators.calendar import easter_sunday, holiday, in_seasonal_recess, is_holiday
from calculators.wording import holiday_name


# Easter Sunday, Gregorian calendar (published tables).
@pytest.mark.parametrize("year, easter", [
    (1990, date(1990, 4, 15)), (2000, date(2000, 4, 23)), (2008, date(2008, 3, 23)),
    (2011, date(2011, 4, 24)), (2019, date(2019, 4, 21)), (2024, date(2024, 3, 31)),
    (2025, date(2025, 4, 20)), (2026, date(2026, 4, 5)), (2038, date(2038, 4, 25)),
])
def test_easter_sunday_by_the_gregorian_computus(year, easter):
    assert easter_sunday(year) == easter


def test_easter_agrees_with_dateutil_for_every_supported_year():
    easter = pytest.importorskip("dateutil.easter")
    for year in range(1990, 2101):
        assert easter_sunday(year) == easter.easter(year, easter.EASTER_WESTERN)


def test_good_friday_and_easter_monday_are_federal_holidays():
    assert holiday_name(date(2026, 4, 3)) == "Good Friday"
    assert holiday_name(date(2026, 4, 6)) == "Easter Monday"
    assert not is_holiday(date(2026, 4, 4))  # Holy Saturday is not an IA holiday


@pytest.mark.parametrize("victoria_day", [
    date(2021, 5, 24), date(2024, 5, 20), date(2025, 5, 19),
    date(2026, 5, 18),  # May 25, 2026 is a Monday: the Monday *before* it is May 18
])
def test_victoria_day_is_the_monday_immediately_before_may_25(victoria_day):
    assert holiday(victoria_day).id == "victoria-day"
    assert victoria_day.weekday() == 0 and date(victoria_day.year, 5, 18) <= victoria_day <= date(victoria_day.year, 5, 24)


@pytest.mark.parametrize("year", [2018, 2029])
def test_canada_day_on_a_sunday_is_held_on_july_2(year):
    assert date(year, 7, 1).weekday() == 6
    assert holiday(date(year, 7, 2)).id == "canada-day"
    assert holiday(date(year, 7, 1)).id == "sunday"


def test_canada_day_on_a_saturday_is_not_moved_under_the_interpretation_act():
    assert holiday(date(2023, 7, 1)).id == "canada-day"
    assert not is_holiday(date(2023, 7, 3), "ia")
    assert holiday(date(2023, 7, 3), "fcr").id == "monday-after-canada-day"


def test_labour_day_thanksgiving_remembrance_christmas_new_year():
    assert holiday(date(2026, 9, 7)).id == "labour-day"
    assert holiday(date(2026, 10, 12)).id == "thanksgiving"
    assert holiday(date(2026, 11, 11)).id == "remembrance-day"
    assert holiday(date(2026, 12, 25)).id == "christmas-day"
    assert holiday(date(2027, 1, 1)).id == "new-years-day"


def test_truth_and_reconciliation_day_is_a_holiday_only_from_2021():
    assert not is_holiday(date(2020, 9, 30))
    assert holiday_name(date(2021, 9, 30)) == "National Day for Truth and Reconciliation"
    assert holiday(date(2026, 9, 30)).source == "IA s. 35(1)"


def test_every_sunday_is_a_holiday_and_saturday_only_for_the_court_and_the_board():
    saturday, sunday = date(2026, 7, 18), date(2026, 7, 19)
    assert holiday_name(sunday) == "a Sunday"
    assert not is_holiday(saturday, "ia")
    assert holiday(saturday, "fcr").source == "FCR r. 2"
    assert holiday(saturday, "iad").source == "IAD Rules r. 1"


def test_no_observed_monday_under_the_interpretation_act():
    # Christmas 2022 fell on a Sunday; the IA has no "observed" rule.
    assert not is_holiday(date(2022, 12, 26), "ia")
    assert not is_holiday(date(2022, 12, 27), "ia")


def test_boxing_day_is_not_a_federal_holiday_but_a_probable_closure():
    boxing_day = date(2025, 12, 26)
    for cal in calendar.CALENDARS:
        assert not is_holiday(boxing_day, cal)
    assert calendar.probable_closure(boxing_day).id == "boxing-day"


@pytest.mark.parametrize("christmas_year, substitutes", [
    (2022, [date(2022, 12, 26), date(2022, 12, 27)]),  # Christmas on Sunday: Monday and Tuesday
    (2026, [date(2026, 12, 28)]),  # Christmas on Friday: the Monday after
])
def test_federal_courts_rules_christmas_substitutes(christmas_year, substitutes):
    found = {d for d, h in calendar.federal_courts_rules_substitutes(christmas_year).items() if "christmas" in h.id}
    assert found == set(substitutes)
    for day in substitutes:
        assert is_holiday(day, "fcr") and not is_holiday(day, "ia")


def test_christmas_on_a_thursday_has_no_substitute():
    assert not is_holiday(date(2025, 12, 26), "fcr")


@pytest.mark.parametrize("weekend_day, monday, holiday_id", [
    (date(2023, 1, 1), date(2023, 1, 2), "monday-after-new-years-day"),
    (date(2023, 11, 11), date(2023, 11, 13), "monday-after-remembrance-day"),
    (date(2029, 11, 11), date(2029, 11, 12), "monday-after-remembrance-day"),
])
def test_federal_courts_rules_monday_after_a_weekend_holiday(weekend_day, monday, holiday_id):
    assert holiday(monday, "fcr").id == holiday_id
    assert holiday(monday, "fcr").source == "FCR r. 2"
    assert not is_holiday(monday, "ia")


@pytest.mark.parametrize("day", [
    date(2021, 12, 27), date(2021, 12, 28),  # Christmas 2021 on a Saturday
    date(2022, 1, 3),  # New Year's Day 2022 on a Saturday
    date(2017, 11, 13),  # Remembrance Day 2017 on a Saturday
    date(2016, 12, 27),  # Christmas 2016 on a Sunday: the Tuesday after
])
def test_federal_courts_rules_substitutes_only_from_13_january_2022(day):
    # FACTS §1: FCR r. 2 as replaced by SOR/2021-244, in force 2022-01-13; before that the Court's
    # holidays were Saturdays, Sundays and IA holidays only.
    assert calendar.FCR_SUBSTITUTES_FROM == date(2022, 1, 13)
    assert not is_holiday(day, "fcr")


def test_federal_courts_rules_substitutes_apply_from_13_january_2022():
    assert holiday(date(2022, 12, 26), "fcr").id == "monday-after-christmas"  # Christmas 2022 on a Sunday
    assert is_holiday(date(2022, 1, 15), "fcr")  # a Saturday, before and after the change


def test_every_interpretation_act_holiday_is_a_court_holiday_and_a_board_non_working_day():
    day = date(1990, 1, 1)
    while day.year <= 2030:
        if is_holiday(day, "ia"):
            assert is_holiday(day, "fcr") and is_holiday(day, "iad")
        day += timedelta(days=1)


@pytest.mark.parametrize("day, inside", [
    (date(2025, 12, 20), False), (date(2025, 12, 21), True), (date(2025, 12, 31), True),
    (date(2026, 1, 1), True), (date(2026, 1, 7), True), (date(2026, 1, 8), False),
])
def test_seasonal_recess_runs_from_december_21_to_january_7(day, inside):
    assert in_seasonal_recess(day) is inside


def test_recess_is_not_a_holiday():
    assert not is_holiday(date(2025, 12, 22), "fcr")
    assert calendar.seasonal_recess_containing(date(2026, 1, 3)) == (date(2025, 12, 21), date(2026, 1, 7))


def test_unknown_calendar_is_refused():
    with pytest.raises(ValueError):
        holiday(date(2026, 1, 1), "ontario")


def test_no_proclaimed_days_without_a_source_in_facts():
    assert calendar.PROCLAIMED_DAYS == ()


def test_federal_holidays_table_lists_the_named_holidays_in_date_order():
    rows = calendar.federal_holidays_table(2026)
    assert [d for d, _ in rows] == sorted(d for d, _ in rows)
    assert [h for _, h in rows] == [
        "new-years-day", "good-friday", "easter-monday", "victoria-day", "canada-day", "labour-day",
        "truth-and-reconciliation-day", "thanksgiving", "remembrance-day", "christmas-day"]
    assert len(calendar.federal_holidays_table(2020)) == 9
