"""Issue 11, "Wrong today": each of the seven items as a named test (law/FACTS.md, rows marked Revised/New)."""

import pytest

from calculators.api import handle


def options(**request):
    request = {"kind": "options", "notified": "2026-09-15", **request}
    result = handle(request)
    assert "error" not in result, result
    return {o["remedy"]: o for o in result["options"]}, result


def test_spouse_in_canada_sponsorship_goes_to_federal_court_in_15_days():
    # FACTS §3 New: no IAD appeal for the spouse-in-Canada class (IRPA s. 63(1)); leave and JR in 15 days.
    found, result = options(application="sponsorship", decided="in-canada", sponsored_in_canada="yes")
    assert found["iad-appeal"]["status"] == "no"
    assert found["judicial-review"]["status"] == "yes"
    assert found["judicial-review"]["rule"] == "judicial-review-in-canada"
    assert found["judicial-review"]["last_day"] == "2026-10-01"  # day 15 = NDTR 09-30 -> 10-01 (FACTS §2 example)
    assert result["act_by"]["remedy"] == "judicial-review"
    # Even when the reader said the visa office abroad decided: the spouse applied from Canada -> 15 days.
    found, _ = options(application="sponsorship", decided="outside-canada", sponsored_in_canada="yes")
    assert found["judicial-review"]["rule"] == "judicial-review-in-canada"


def test_spouse_class_unknown_shows_the_15_day_federal_court_date_first_and_the_iad_as_maybe():
    found, result = options(application="sponsorship", decided="outside-canada", sponsored_in_canada="unknown")
    remedies = [o["remedy"] for o in result["options"]]
    assert remedies.index("judicial-review") < remedies.index("iad-appeal")
    assert found["judicial-review"]["file_by"] == "2026-10-01" and found["judicial-review"]["status"] == "maybe"
    assert found["iad-appeal"]["status"] == "maybe" and found["iad-appeal"]["last_day"] == "2026-10-15"
    assert result["act_by"]["file_by"] == "2026-10-01"


def test_extension_restoration_counts_from_decision_made_not_notified():
    # FACTS §4: maintained status ends the day the decision is MADE (the date on the letter), IRPR s. 183(5).
    # Decided Thu 2026-09-10, read Tue 2026-09-15: 2026-09-10 + 90 = Wed 2026-12-09 (not 2026-12-14).
    found, _ = options(application="extension", decided="in-canada", applied_before_expiry="yes",
                       permit_expiry="2026-06-30", decision_made="2026-09-10")
    assert found["restoration"]["last_day"] == "2026-12-09"
    assert found["restoration"]["file_by"] == "2026-12-09"
    assert found["restoration"]["status"] == "yes"
    assert not any("earliest it can end" in r for r in found["restoration"]["reasons"])
    assert any("safe choice" in r for r in found["restoration"]["reasons"])  # the no-roll is a policy


def test_extension_applied_after_expiry_counts_restoration_from_the_expiry_day_and_may_be_over():
    # FACTS §4 New: no maintained status; the 90 days ran from the expiry day (IRPR s. 183(5); IRPA s. 47(a)).
    # 2026-03-01 + 90 = 2026-05-30, long before the refusal of 2026-09-15.
    found, _ = options(application="extension", decided="in-canada", applied_before_expiry="no",
                       permit_expiry="2026-03-01", today="2026-09-16")
    assert found["restoration"]["last_day"] == "2026-05-30"
    assert found["restoration"]["status"] == "no"
    assert found["restoration"]["state"] == "passed" and found["restoration"]["days_left"] < 0


def test_extension_refused_before_the_permit_expired_keeps_status_to_the_expiry():
    # IRPA s. 47(a): status lasts to the end of the authorized period. 2026-10-31 + 90 = 2027-01-29.
    found, _ = options(application="extension", decided="in-canada", applied_before_expiry="yes",
                       permit_expiry="2026-10-31", decision_made="2026-09-10")
    assert found["restoration"]["last_day"] == "2027-01-29"


@pytest.mark.parametrize("answers", [
    {},
    {"applied_before_expiry": "unknown", "permit_expiry": "2026-06-30", "decision_made": "2026-09-10"},
    {"applied_before_expiry": "yes"},  # no date on the letter
    {"applied_before_expiry": "no"},  # no expiry date
])
def test_restoration_without_the_facts_is_maybe_with_no_date_and_what_to_find_out(answers):
    found, result = options(application="extension", decided="in-canada", **answers)
    assert found["restoration"]["status"] == "maybe"
    assert found["restoration"]["last_day"] is None and found["restoration"]["file_by"] is None
    assert any("Find" in r for r in found["restoration"]["reasons"])


def test_sponsored_spouse_abroad_permanent_residence_goes_to_the_sponsors_iad_appeal_first():
    # FACTS §3 New: no appeal of their own; the sponsor's 30-day IAD appeal first, JR barred (IRPA s. 72(2)(a)).
    found, result = options(application="permanent-residence", decided="outside-canada", family_sponsored="yes",
                            sponsored_in_canada="no")
    assert found["iad-appeal"]["status"] == "yes" and found["iad-appeal"]["last_day"] == "2026-10-15"
    assert found["judicial-review"]["status"] == "no"
    assert any("sponsor" in r for r in found["iad-appeal"]["reasons"])
    assert result["act_by"]["remedy"] == "iad-appeal"
    # Not known whether it was a family sponsorship: the IAD date is shown, and never a 60-day date alone.
    found, result = options(application="permanent-residence", decided="outside-canada", family_sponsored="unknown")
    assert found["iad-appeal"]["status"] == "maybe" and found["iad-appeal"]["last_day"] == "2026-10-15"
    assert result["act_by"]["file_by"] == "2026-10-15"


@pytest.mark.parametrize("application, decided", [
    ("visitor-visa", "unknown"), ("work-permit", "in-canada"), ("eta", "outside-canada"), ("eta", "unknown"),
    ("permanent-residence", "unknown"),
])
def test_unknown_office_eta_or_office_in_canada_gives_15_days(application, decided):
    # FACTS §2 Revised: 60 only when a visa office outside Canada decided; otherwise 15 is the date.
    found, _ = options(application=application, decided=decided, family_sponsored="no")
    assert found["judicial-review"]["rule"] == "judicial-review-in-canada"
    assert found["judicial-review"]["last_day"] == "2026-10-01"


def test_only_a_visa_office_outside_canada_gives_60_days():
    found, _ = options(application="visitor-visa", decided="outside-canada")
    assert found["judicial-review"]["rule"] == "judicial-review-outside-canada"
    found, _ = options(application="extension", decided="outside-canada")  # an extension is decided in Canada
    assert found["judicial-review"]["rule"] == "judicial-review-in-canada"


def test_foreign_national_removal_order_has_no_iad_and_15_days_no_stay_30_days_to_leave():
    # FACTS §3, §8: IRPA s. 63(2)-(3) -> no IAD; s. 72 -> 15 days; IRPR s. 231 -> no automatic stay;
    # IRPR s. 224(2): leave within 30 days after the departure order is enforceable (2026-09-14 + 30 = 10-14).
    found, result = options(application="removal-order", decided="in-canada", removal_status="foreign-national",
                            removal_order_type="departure", decision_made="2026-09-14")
    assert found["iad-appeal"]["status"] == "no"
    assert found["judicial-review"]["status"] == "yes" and found["judicial-review"]["last_day"] == "2026-10-01"
    assert any("does not stop a removal" in r for r in found["judicial-review"]["reasons"])
    assert found["stay-motion"]["status"] == "maybe"
    assert found["departure-order"]["last_day"] == "2026-10-14"
    assert result["act_by"]["remedy"] == "judicial-review"


@pytest.mark.parametrize("status", ["permanent-resident", "protected-person", "pr-visa-holder"])
def test_permanent_residents_protected_persons_and_pr_visa_holders_appeal_a_removal_order(status):
    found, _ = options(application="removal-order", decided="in-canada", removal_status=status)
    assert found["iad-appeal"]["status"] == "yes" and found["iad-appeal"]["last_day"] == "2026-10-15"
    assert found["judicial-review"]["status"] == "no"


def test_no_apply_again_at_any_time_when_out_of_status_and_no_parallel_leave_while_iad_open():
    found, _ = options(application="extension", decided="in-canada")
    assert not any("at any time" in r for r in found["reapply"]["reasons"])
    assert any("without status" in r for r in found["reapply"]["reasons"])
    found, _ = options(application="sponsorship", decided="outside-canada", sponsored_in_canada="no")
    assert found["iad-appeal"]["status"] == "yes"
    assert not any("File for leave at the same time" in r for r in found["reconsideration"]["reasons"])
    # Where leave is open, filing in parallel is still the advice.
    found, _ = options(application="visitor-visa", decided="outside-canada")
    assert any("File for leave at the same time" in r for r in found["reconsideration"]["reasons"])


def test_every_dated_option_acts_by_file_by_with_days_left_and_passed_help():
    # FACTS §2: notified Fri 2026-07-03 -> last day Sat 07-18, file by Fri 07-17 (FCR r. 71.1(3)).
    found, result = options(application="work-permit", decided="in-canada", notified="2026-07-03", today="2026-07-10")
    jr = found["judicial-review"]
    assert (jr["last_day"], jr["file_by"]) == ("2026-07-18", "2026-07-17")
    assert jr["days_left"] == 7 and jr["state"] == "future"
    assert result["act_by"]["file_by"] == "2026-07-17" and "Fri 17 Jul 2026" in result["act_by"]["text"]
    found, result = options(application="work-permit", decided="in-canada", notified="2026-07-03", today="2026-07-17")
    assert found["judicial-review"]["days_left"] == 0 and found["judicial-review"]["state"] == "today"
    found, result = options(application="work-permit", decided="in-canada", notified="2026-07-03", today="2026-07-20")
    jr = found["judicial-review"]
    assert jr["days_left"] == -3 and jr["state"] == "passed"
    assert "has passed" in jr["reasons"][0] and "72(2)(c)" in jr["reasons"][1]
    assert "IRPA s. 72(2)(c)" in jr["citations"]


@pytest.mark.parametrize("request_, remedy, cite", [
    ({"application": "sponsorship", "decided": "outside-canada", "sponsored_in_canada": "no"}, "iad-appeal",
     "IAD Rules r. 4(e)"),
    ({"application": "refugee-claim", "decided": "in-canada", "refugee_stage": "rpd", "no_credible_basis": "no",
      "rad_exception": "none"}, "rad-appeal", "RAD Rules r. 6"),
])
def test_a_passed_appeal_says_what_can_still_be_done(request_, remedy, cite):
    found, _ = options(**request_, today="2027-01-15")
    assert found[remedy]["state"] == "passed"
    assert cite in found[remedy]["citations"]


def test_without_today_there_is_no_days_left():
    found, result = options(application="visitor-visa", decided="outside-canada")
    assert "days_left" not in found["judicial-review"] and "today" not in result
