"""law/FACTS.md §1 and §5, §8-§12 (new 2026-12-01): examples worked by hand, each with its source.

Calendar facts used (worked by hand): 2026-10-01 is a Thursday (FACTS §2's own example), so
2026-10-03 is a Saturday, 2026-10-12 the 2nd Monday of October (Thanksgiving), 2026-11-14 a
Saturday; 2025-12-25 is a Thursday; 2021-12-25 a Saturday; 2022-12-25 a Sunday.
"""

import pytest

from calculators.api import handle


def deadline(remedy, start, **more):
    result = handle({"kind": "deadline", "remedy": remedy, "from": start, **more})
    assert "error" not in result, result
    return result


def options(**request):
    result = handle({"kind": "options", **request})
    assert "error" not in result, result
    return {o["remedy"]: o for o in result["options"]}, result


# --- §8 Refugee Appeal Division (IRPR s. 159.91(1); RAD Rules r. 35(3))

def test_rad_appeal_day_15_on_a_saturday_moves_to_monday():
    # Reasons received Fri 2026-09-18: day 15 = Sat 2026-10-03, not a working day -> Mon 2026-10-05.
    result = deadline("rad-appeal", "2026-09-18")
    assert (result["last_day"], result["file_by"]) == ("2026-10-05", "2026-10-05")
    assert "RAD Rules r. 35(3)" in result["citations"]


def test_rad_record_thirty_days_on_a_sunday_moves_to_monday():
    # 2026-09-18 + 30 = Sun 2026-10-18 -> Mon 2026-10-19. The IRB's 45 days are a note, not the date.
    result = deadline("rad-record", "2026-09-18")
    assert result["last_day"] == "2026-10-19"
    assert any("temporary" in w for w in result["warnings"])


def test_rad_appeal_ending_on_thanksgiving_moves_to_tuesday():
    # Reasons received Sun 2026-09-27: day 15 = Mon 2026-10-12, Thanksgiving (IA s. 35(1)) -> Tue 2026-10-13.
    assert deadline("rad-appeal", "2026-09-27")["last_day"] == "2026-10-13"


def test_rad_barred_for_no_credible_basis_goes_to_the_federal_court_in_15_days_without_a_stay():
    # IRPA s. 110(2): no credible basis -> no RAD; JR 15 days (notified 2026-09-15 -> 10-01); no automatic stay.
    found, _ = options(application="refugee-claim", decided="in-canada", notified="2026-09-15",
                       refugee_stage="rpd", no_credible_basis="yes")
    assert found["rad-appeal"]["status"] == "no"
    assert found["judicial-review"]["status"] == "yes" and found["judicial-review"]["last_day"] == "2026-10-01"
    assert found["stay-motion"]["status"] == "maybe"


# Not "designated-country": that bar is of no force and bars nobody (FACTS §8 Revised 2026-12-06;
# tests/unit/test_wrong_today_19.py).
@pytest.mark.parametrize("bar", ["designated-foreign-national", "withdrawn-or-abandoned", "safe-third-country",
                                 "cessation-or-vacation"])
def test_other_rad_bars_also_send_the_claim_to_the_federal_court(bar):
    found, _ = options(application="refugee-claim", decided="in-canada", notified="2026-09-15",
                       refugee_stage="rpd", no_credible_basis="no", rad_exception=bar)
    assert found["rad-appeal"]["status"] == "no" and found["judicial-review"]["status"] == "yes"


def test_open_rad_appeal_counts_from_the_written_reasons_and_bars_leave():
    # Notified 2026-09-15, written reasons received 2026-09-18 -> RAD 10-05, record 10-19; JR barred (s. 72(2)(a)).
    found, result = options(application="refugee-claim", decided="in-canada", notified="2026-09-15",
                            reasons_received="2026-09-18", refugee_stage="rpd", no_credible_basis="no",
                            rad_exception="none")
    assert found["rad-appeal"]["last_day"] == "2026-10-05" and found["rad-record"]["last_day"] == "2026-10-19"
    assert found["judicial-review"]["status"] == "no"
    assert result["act_by"]["remedy"] == "rad-appeal"


def test_after_the_rad_leave_counts_from_the_notice_the_safe_day():
    # IRPA s. 169(f): the later of the notice and the day the reasons were SENT. The reader knows when they
    # were received (possibly later than sent), so the engine counts from the notice: 2026-09-15 + 15 =
    # Wed 09-30 (NDTR) -> Thu 2026-10-01, never the later 10-03 a count from receipt (09-18) would give.
    found, _ = options(application="refugee-claim", decided="in-canada", notified="2026-09-15",
                       reasons_received="2026-09-18", refugee_stage="rad")
    jr = found["judicial-review"]
    assert (jr["last_day"], jr["file_by"]) == ("2026-10-01", "2026-10-01")
    assert any("Refugee Appeal Division decision" in r for r in found["stay-motion"]["reasons"])


# --- §8 PRRA (IRPR ss. 160, 162, 163, 232)

def test_prra_day_15_is_the_last_day_and_file_by_is_the_working_day_before():
    # Notified by hand Tue 2026-09-15: day 15 = Wed 2026-09-30 (NDTR) -> last day 09-30 (not moved),
    # file by Tue 09-29; IRCC's manual moves it to Thu 10-01 (O) -> only "may extend to".
    result = deadline("prra-application", "2026-09-15")
    assert (result["last_day"], result["file_by"], result["may_extend_to"]) == ("2026-09-30", "2026-09-29",
                                                                                  "2026-10-01")
    # Notified Fri 2026-07-03: day 15 = Sat 2026-07-18 -> file by Fri 07-17.
    result = deadline("prra-application", "2026-07-03")
    assert (result["last_day"], result["file_by"], result["may_extend_to"]) == ("2026-07-18", "2026-07-17",
                                                                                  "2026-07-20")


def test_prra_option_with_a_notice_date():
    found, _ = options(application="removal-order", decided="in-canada", notified="2026-09-01",
                       removal_status="foreign-national", prra_notified="2026-09-15")
    assert found["prra"]["file_by"] == "2026-09-29"


# --- §8 Departure order (IRPR s. 224(2)) and H&C fee

def test_departure_order_thirty_days_not_moved():
    # Enforceable Thu 2026-10-15: 10-15 + 30 = Sat 2026-11-14, not moved.
    result = deadline("departure-order", "2026-10-15")
    assert (result["last_day"], result["file_by"]) == ("2026-11-14", "2026-11-14")


def test_h_and_c_fee_is_never_shown_without_the_charged_amount_note():
    found, _ = options(application="removal-order", decided="in-canada", notified="2026-09-15",
                       removal_status="foreign-national")
    fee_reason = next(r for r in found["humanitarian"]["reasons"] if "$550" in r)
    assert "different amount" in fee_reason


# --- §9 Citizenship (Citizenship Act s. 22.1; IA ss. 26-27; no recess skip)

def test_citizenship_thirty_days_over_the_recess_is_not_skipped():
    # Notified Fri 2025-11-21: day 30 = Sun 2025-12-21 -> Mon 2025-12-22 (IA s. 26). The recess is counted.
    result = deadline("citizenship-judicial-review", "2025-11-21")
    assert (result["last_day"], result["file_by"]) == ("2025-12-22", "2025-12-22")


def test_citizenship_day_30_on_christmas_moves_to_boxing_day_and_may_extend():
    # Notified Tue 2025-11-25: day 30 = Thu 2025-12-25 (Christmas) -> Fri 12-26 (Boxing Day is not an IA
    # holiday): last day and file by 12-26; may extend to Mon 12-29 (Lagacé; Sat/Sun are court holidays).
    result = deadline("citizenship-judicial-review", "2025-11-25")
    assert (result["last_day"], result["file_by"], result["may_extend_to"]) == ("2025-12-26", "2025-12-26",
                                                                                  "2025-12-29")


def test_citizenship_option_has_the_fifty_dollar_checklist_fee():
    found, _ = options(application="citizenship", decided="in-canada", notified="2025-11-21")
    option = found["citizenship-judicial-review"]
    assert option["last_day"] == "2025-12-22" and any("$50" in r for r in option["reasons"])
    assert "judicial-review" not in found  # the IRPA route does not apply


# --- §5 ATIA complaint (ATIA s. 31: 60 days, no extension)

def test_atip_complaint_sixty_calendar_days_not_moved():
    # Answer received Tue 2026-09-15: day 60 = Sat 2026-11-14, not moved (safe policy).
    result = deadline("atip-complaint", "2026-09-15")
    assert result["last_day"] == "2026-11-14"
    assert any("cannot give you more time" in w for w in result["warnings"])
    # Deemed refusal: request received 2026-09-01, answer due Thu 10-01, grounds known the day after (10-02):
    # 10-02 + 60 = Tue 2026-12-01.
    due = deadline("atip-response", "2026-09-01")["last_day"]
    assert due == "2026-10-01"
    assert deadline("atip-complaint", "2026-10-02")["last_day"] == "2026-12-01"


# --- §10 Port of entry

def test_pr_visa_holder_removal_order_at_the_port_has_30_days_at_the_iad():
    # IRPA s. 63(2); IAD Rules r. 16(b): received Tue 2026-09-15 -> Thu 2026-10-15.
    found, _ = options(application="port-of-entry", decided="in-canada", notified="2026-09-15",
                       port_outcome="removal-order", removal_status="pr-visa-holder")
    assert found["iad-appeal"]["status"] == "yes" and found["iad-appeal"]["last_day"] == "2026-10-15"


def test_work_permit_refused_at_the_border_is_a_15_day_matter():
    # Refused Fri 2026-07-03 -> last day Sat 07-18, file by Fri 07-17 (FACTS §2 example).
    found, _ = options(application="port-of-entry", decided="outside-canada", notified="2026-07-03",
                       port_outcome="permit-refused")
    assert (found["judicial-review"]["last_day"], found["judicial-review"]["file_by"]) == ("2026-07-18", "2026-07-17")


def test_exclusion_order_at_the_port_for_misrepresentation_warns_of_five_years():
    _, result = options(application="port-of-entry", decided="in-canada", notified="2026-09-15",
                        port_outcome="removal-order", removal_status="foreign-national",
                        removal_order_type="exclusion", grounds=["misrepresentation"])
    assert any("5 years" in w for w in result["warnings"])


# --- §11 Provincial programs and Quebec (S/O: always "check the program's official page")

def test_ontario_review_thirty_days_from_receipt():
    # Received Tue 2026-09-15 -> Thu 2026-10-15.
    result = deadline("provincial-review-on", "2026-09-15")
    assert result["last_day"] == "2026-10-15"
    assert any("official page" in w for w in result["warnings"])


def test_alberta_counts_from_the_letters_date_not_receipt():
    # Letter issued Mon 2026-08-31, received 2026-09-15: 08-31 + 30 = Wed 2026-09-30 (not moved, even on NDTR).
    found, _ = options(application="provincial-nominee", decided="in-canada", notified="2026-09-15",
                       province_program="ab", decision_made="2026-08-31")
    assert found["provincial-review"]["last_day"] == "2026-09-30"
    assert any("official page" in r for r in found["provincial-review"]["reasons"])


def test_saskatchewan_from_issue_not_moved_and_manitoba_has_no_review():
    # Issued Thu 2026-10-15 -> Sat 2026-11-14, not moved.
    assert deadline("provincial-review-sk", "2026-10-15")["last_day"] == "2026-11-14"
    found, _ = options(application="provincial-nominee", decided="in-canada", notified="2026-09-15",
                       province_program="mb")
    assert found["provincial-review"]["status"] == "no"


def test_bc_review_thirty_days_for_everyone():
    # FACTS §11 Revised 2026-12-06: from the date printed on the letter (here Tue 2026-09-15), for everyone.
    found, _ = options(application="provincial-nominee", decided="outside-canada", notified="2026-09-20",
                       province_program="bc", decision_made="2026-09-15")
    assert found["provincial-review"]["last_day"] == "2026-10-15"


def test_quebec_taq_sixty_days_and_refused_caq_goes_elsewhere():
    # Notified Tue 2026-09-15 -> day 60 = Sat 2026-11-14 (not moved).
    found, _ = options(application="quebec", decided="in-canada", notified="2026-09-15",
                       quebec_decision="sponsorship-undertaking")
    assert found["quebec-taq"]["last_day"] == "2026-11-14"
    found, _ = options(application="quebec", decided="in-canada", notified="2026-09-15", quebec_decision="caq-refused")
    assert found["quebec-taq"]["status"] == "no"
    # U: no limit found -> the safe policy, act within 30 days: 2026-10-15.
    assert found["quebec-superior-court"]["last_day"] == "2026-10-15"


# --- §12 S.C. 2026, c. 4

def test_ineligible_refugee_claim_has_no_rad_and_goes_to_prra_and_the_federal_court():
    found, _ = options(application="refugee-claim", decided="in-canada", notified="2026-09-15",
                       refugee_stage="ineligible")
    assert found["rad-appeal"]["status"] == "no"
    assert found["judicial-review"]["last_day"] == "2026-10-01"
    assert found["prra"]["status"] == "yes"


def test_terminated_processing_is_still_reviewable_under_irpa_s_72():
    found, _ = options(application="terminated-or-cancelled", decided="outside-canada", notified="2025-10-31")
    assert found["judicial-review"]["last_day"] == "2025-12-30"  # 60 days, recess not skipped (FACTS §2)


# --- §1 FCR r. 2 substitutes only from 2022-01-13 (SOR/2021-244)

def test_before_2022_the_monday_after_a_weekend_christmas_was_not_a_court_holiday():
    # Notified Sun 2021-12-12 in Canada: day 15 = Mon 2021-12-27 (not an IA holiday; not yet an FCR one).
    result = deadline("judicial-review", "2021-12-12", where="in-canada")
    assert (result["last_day"], result["file_by"], result["may_extend_to"]) == ("2021-12-27", "2021-12-27", None)


def test_from_2022_the_monday_after_a_weekend_christmas_is_a_court_holiday():
    # Notified Sun 2022-12-11: day 15 = Mon 2022-12-26 (FCR substitute) -> file by Fri 12-23; may extend to Wed 12-28.
    result = deadline("judicial-review", "2022-12-11", where="in-canada")
    assert (result["last_day"], result["file_by"], result["may_extend_to"]) == ("2022-12-26", "2022-12-23",
                                                                                  "2022-12-28")


# --- Deadline requests with `today` (issue 14 item 6)

def test_deadline_with_today_gives_days_left_and_catches_a_mistyped_year():
    result = deadline("rad-appeal", "2026-09-18", today="2026-09-25")
    assert result["days_left"] == 10 and result["state"] == "future"
    result = deadline("rad-appeal", "2027-09-18", today="2026-09-25")
    assert "after today" in result["warnings"][0]
    result = deadline("judicial-review", "2025-09-15", today="2026-09-25", where="unknown")
    assert "more than a year" in result["warnings"][0] and result["state"] == "passed"
    assert result["rule"] == "judicial-review-in-canada"
