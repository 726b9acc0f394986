"""Last day, file-by day and may-extend-to day for each time limit (law/FACTS.md §2-§5)."""

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calculators import calendar, deadlines, wording
from calculators.rules import DEADLINE_REMEDIES, TIME_LIMITS, time_limit

COMPUTED = [limit for limit in TIME_LIMITS if limit.counting != "period"]


def compute(rule_id, trigger):
    return deadlines.compute(time_limit(rule_id), trigger)


# law/FACTS.md §2, worked examples (statutory 15/60 days and FCIR r. 10).
@pytest.mark.parametrize("rule_id, trigger, last_day, file_by, may_extend_to", [
    # notified Tue 2026-09-15 in Canada: day 15 is NDTR -> Thu 2026-10-01
    ("judicial-review-in-canada", date(2026, 9, 15), date(2026, 10, 1), date(2026, 10, 1), None),
    # notified Fri 2025-10-31 abroad: day 60 is Tue 2025-12-30, recess not skipped
    ("judicial-review-outside-canada", date(2025, 10, 31), date(2025, 12, 30), date(2025, 12, 30), None),
    # FCIR r. 10: filed 2025-12-10 with reasons -> Dec 11-20 count, Dec 21-Jan 7 skipped -> Tue 2026-01-27
    ("applicants-record", date(2025, 12, 10), date(2026, 1, 27), date(2026, 1, 27), None),
    # notified Fri 2026-07-03 in Canada -> last day Sat 07-18, file by Fri 07-17, may extend to Mon 07-20
    ("judicial-review-in-canada", date(2026, 7, 3), date(2026, 7, 18), date(2026, 7, 17), date(2026, 7, 20)),
])
def test_worked_examples_from_facts(rule_id, trigger, last_day, file_by, may_extend_to):
    result = compute(rule_id, trigger)
    assert (result.last_day, result.file_by, result.may_extend_to) == (last_day, file_by, may_extend_to)


def test_judicial_review_last_day_on_ndtr_moves_to_next_day():
    result = compute("judicial-review-in-canada", date(2026, 9, 15))
    assert result.counted_to == date(2026, 9, 30)
    assert [(d, h.id) for d, h in result.moved_past] == [(date(2026, 9, 30), "truth-and-reconciliation-day")]
    assert "IA s. 26" in result.citations


def test_judicial_review_never_skips_the_christmas_recess():
    result = compute("judicial-review-outside-canada", date(2025, 10, 31))
    assert result.recess_days_skipped == 0
    assert any(step.id == "step.recess-not-skipped" for step in result.steps)


def test_judicial_review_last_day_on_saturday_after_good_friday_files_by_thursday():
    # Notified Fri 2026-03-20: day 15 is Sat 2026-04-04; Good Friday is 04-03, Easter Monday 04-06.
    result = compute("judicial-review-in-canada", date(2026, 3, 20))
    assert result.last_day == date(2026, 4, 4)
    assert result.file_by == date(2026, 4, 2)
    assert result.may_extend_to == date(2026, 4, 7)


def test_judicial_review_last_day_on_sunday_before_easter_monday_moves_two_days():
    result = compute("judicial-review-in-canada", date(2026, 3, 21))
    assert result.counted_to == date(2026, 4, 5)
    assert result.last_day == date(2026, 4, 7)
    assert result.file_by == result.last_day and result.may_extend_to is None


def test_judicial_review_last_day_on_monday_after_new_year_on_sunday_is_a_court_holiday():
    # 2023-01-01 was a Sunday: IA moves day 15 (Sun) to Mon 01-02, which FCR r. 2 makes a court holiday.
    result = compute("judicial-review-in-canada", date(2022, 12, 17))
    assert result.last_day == date(2023, 1, 2)
    assert result.file_by == date(2022, 12, 30)  # Sat 12-31 is a court holiday too
    assert result.may_extend_to == date(2023, 1, 3)


def test_judicial_review_last_day_on_boxing_day_may_extend_to_next_business_day():
    result = compute("judicial-review-in-canada", date(2025, 12, 11))
    assert result.last_day == date(2025, 12, 26)
    assert result.file_by == date(2025, 12, 26)
    assert result.may_extend_to == date(2025, 12, 29)


def test_iad_notice_due_on_saturday_moves_to_the_next_working_day():
    result = compute("iad-sponsorship", date(2026, 6, 18))  # day 30 = Sat 2026-07-18
    assert result.last_day == date(2026, 7, 20)
    assert result.file_by == result.last_day and result.may_extend_to is None
    assert "IAD Rules r. 41" in result.citations


def test_iad_notice_due_on_boxing_day_may_extend():
    result = compute("iad-removal-order", date(2025, 11, 26))  # day 30 = Fri 2025-12-26
    assert result.last_day == date(2025, 12, 26)
    assert result.may_extend_to == date(2025, 12, 29)


def test_iad_residency_obligation_has_sixty_days():
    assert compute("iad-residency-obligation", date(2026, 1, 5)).counted_to == date(2026, 3, 6)


def test_restoration_last_day_is_not_moved_off_a_sunday():
    result = compute("restoration", date(2026, 1, 5))  # + 90 days = Sun 2026-04-05 (Easter Sunday)
    assert result.last_day == date(2026, 4, 5)
    assert result.file_by == date(2026, 4, 5) and result.may_extend_to is None


def test_applicants_record_filed_during_the_recess_starts_counting_on_january_8():
    result = compute("applicants-record", date(2025, 12, 22))
    assert result.last_day == date(2026, 2, 6)


def test_applicants_record_last_day_on_saturday_moves_to_monday():
    result = compute("applicants-record", date(2026, 2, 5))  # day 30 = Sat 2026-03-07
    assert result.counted_to == date(2026, 3, 7)
    assert result.last_day == date(2026, 3, 9)


def test_access_to_information_answer_moves_past_sunday_and_easter_monday():
    result = compute("atip-response", date(2026, 3, 6))
    assert result.last_day == date(2026, 4, 7)


def test_periods_are_not_computed_as_deadlines():
    with pytest.raises(ValueError):
        deadlines.compute(time_limit("misrepresentation-bar"), date(2026, 1, 1))


def test_every_deadline_remedy_has_warnings_and_worded_steps():
    for remedy, rules in DEADLINE_REMEDIES.items():
        for rule_id in rules.values():
            result = compute(rule_id, date(2026, 9, 15))
            assert result.warnings, rule_id
            steps = wording.word_steps(result)
            assert steps and all(isinstance(s, str) and s for s in steps)
            assert wording.word_warnings(result)


# --- Properties (any trigger the site accepts)

triggers = st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31))


@settings(max_examples=400, deadline=None)
@given(rule=st.sampled_from(COMPUTED), trigger=triggers)
def test_last_day_is_never_before_trigger_plus_the_time_limit(rule, trigger):
    assert compute(rule.id, trigger).last_day >= trigger + timedelta(days=rule.length)


@settings(max_examples=400, deadline=None)
@given(rule=st.sampled_from(COMPUTED), trigger=triggers)
def test_last_day_is_never_a_holiday_of_its_calendar(rule, trigger):
    result = compute(rule.id, trigger)
    if rule.calendar:
        assert not calendar.is_holiday(result.last_day, rule.calendar)
    if rule.counting == "federal-courts-rules":
        assert not calendar.in_seasonal_recess(result.counted_to)


@settings(max_examples=400, deadline=None)
@given(rule=st.sampled_from(COMPUTED), trigger=triggers)
def test_file_by_is_on_or_before_the_last_day_and_may_extend_to_after_it(rule, trigger):
    result = compute(rule.id, trigger)
    assert trigger < result.file_by <= result.last_day
    assert result.may_extend_to is None or result.may_extend_to > result.last_day


@settings(max_examples=300, deadline=None)
@given(trigger=triggers, where=st.sampled_from(["in-canada", "outside-canada"]))
def test_judicial_review_file_by_is_never_a_court_holiday(trigger, where):
    result = compute(f"judicial-review-{where}", trigger)
    assert not calendar.is_holiday(result.file_by, "fcr")
    assert result.last_day - result.counted_to <= timedelta(days=4)


def test_iad_steps_speak_of_non_working_days_and_receipt():
    result = compute("iad-sponsorship", date(2026, 11, 26))  # day 30 = Sat 2026-12-26
    steps = wording.word_steps(result)
    assert result.last_day == date(2026, 12, 28)
    assert "a Saturday, a non-working day under the Immigration Appeal Division Rules r. 1" in steps[1]
    assert "the next working day is Mon 28 Dec 2026" in steps[1]
    assert "must receive" in steps[2]


def test_privacy_act_answer_is_due_thirty_days_after_receipt():
    result = compute("privacy-response", date(2026, 8, 31))  # day 30 = Wed 2026-09-30 (NDTR)
    assert result.last_day == date(2026, 10, 1)
    assert any("30 days more" in w for w in wording.word_warnings(result))
