"""Which remedies exist (law/FACTS.md §2-§6), with "I don't know" giving the safe result."""

from datetime import date

import pytest

from calculators.api import handle


def options(**request):
    request = {"kind": "options", "notified": "2026-09-15", **request}
    result = handle(request)
    assert "error" not in result, result
    return {o["remedy"]: o for o in result["options"]}, result


def test_extension_refused_in_canada_without_the_facts_gives_no_restoration_date():
    found, result = options(application="extension", decided="in-canada")
    assert found["restoration"]["status"] == "maybe" and found["restoration"]["last_day"] is None
    assert any("never count it from the day you were notified" in a for a in result["assumptions"])
    assert found["judicial-review"]["last_day"] == "2026-10-01"


def test_restoration_runs_from_the_day_status_was_lost_not_the_letter():
    found, result = options(application="extension", decided="in-canada", status_lost="2026-07-01")
    assert found["restoration"]["last_day"] == "2026-09-29"
    assert not any("assumed" in a for a in result["assumptions"])


def test_restoration_already_over_before_notice_is_not_available():
    found, _ = options(application="extension", decided="in-canada", status_lost="2026-01-02")
    assert found["restoration"]["available"] is False


def test_restoration_not_for_applications_refused_abroad():
    found, _ = options(application="visitor-visa", decided="outside-canada")
    assert found["restoration"]["available"] is False
    assert found["restoration"]["last_day"] is None


def test_student_restoration_warns_about_enrolment():
    found, _ = options(application="study-permit", decided="in-canada")
    assert "IRPR s. 182(2)" in found["restoration"]["citations"]


def test_visa_office_abroad_gives_sixty_days_for_judicial_review():
    found, _ = options(application="visitor-visa", decided="outside-canada")
    assert found["judicial-review"]["rule"] == "judicial-review-outside-canada"
    assert found["iad-appeal"]["available"] is False


def test_unknown_place_of_decision_uses_the_shorter_fifteen_days():
    found, result = options(application="work-permit", decided="unknown")
    assert found["judicial-review"]["rule"] == "judicial-review-in-canada"
    assert result["assumptions"]


def test_sponsorship_refusal_goes_to_the_iad_first():
    found, _ = options(application="sponsorship", decided="outside-canada", sponsored_in_canada="no")
    assert found["iad-appeal"]["available"] and found["iad-appeal"]["last_day"] == "2026-10-15"
    assert found["judicial-review"]["available"] is False
    assert "IRPA s. 72(2)(a)" in found["judicial-review"]["citations"]


@pytest.mark.parametrize("relationship, iad_available, jr_available", [
    ("spouse", True, False), ("common-law-partner", True, False), ("child", True, False),  # s. 64(3) exception
    ("parent", False, True), ("other", False, True),
    ("unknown", True, True),  # not known: show both, with the doubt stated
])
def test_sponsorship_misrepresentation_bar_and_family_exception(relationship, iad_available, jr_available):
    found, _ = options(application="sponsorship", decided="outside-canada", grounds=["misrepresentation"],
                       relationship=relationship, sponsored_in_canada="no")
    assert found["iad-appeal"]["available"] is iad_available
    assert found["judicial-review"]["available"] is jr_available


@pytest.mark.parametrize("ground", ["security", "human-rights", "sanctions", "organized-criminality"])
def test_no_iad_appeal_after_inadmissibility_on_barred_grounds(ground):
    found, _ = options(application="sponsorship", decided="outside-canada", grounds=[ground])
    assert found["iad-appeal"]["available"] is False
    assert "IRPA s. 64(1)" in found["iad-appeal"]["citations"]
    assert found["judicial-review"]["available"] is True


def test_serious_criminality_depends_on_the_sentence_so_both_routes_are_shown():
    found, _ = options(application="removal-order", decided="in-canada", grounds=["serious-criminality"])
    assert found["iad-appeal"]["status"] == "maybe"
    assert found["judicial-review"]["available"] is True


def test_unknown_grounds_show_the_appeal_as_possible_and_reapplying_with_a_caution():
    found, result = options(application="sponsorship", decided="outside-canada", grounds=["unknown"])
    assert found["iad-appeal"]["status"] == "maybe"
    assert found["reapply"]["available"] is True
    assert any("40(2)(a)" in r for r in found["reapply"]["reasons"])


def test_residency_obligation_outside_canada_has_sixty_days_at_the_iad():
    found, _ = options(application="residency-obligation", decided="outside-canada")
    assert found["iad-appeal"]["rule"] == "iad-residency-obligation"
    assert found["iad-appeal"]["last_day"] == "2026-11-16"  # day 60 = Sat 11-14 -> Mon 11-16


def test_misrepresentation_closes_reapplying_for_five_years():
    found, _ = options(application="permanent-residence", decided="outside-canada", grounds=["misrepresentation"])
    assert found["reapply"]["available"] is False
    assert any("5 years" in r for r in found["reapply"]["reasons"])


def test_reconsideration_and_trp_are_discretionary():
    found, _ = options(application="visitor-visa", decided="outside-canada")
    assert found["reconsideration"]["status"] == "maybe" and found["reconsideration"]["last_day"] is None
    assert found["trp"]["status"] == "maybe"


def test_notes_request_outside_canada_needs_someone_in_canada_with_imm_5744():
    found, result = options(application="visitor-visa", decided="outside-canada")
    assert any("IMM 5744" in r for r in found["notes-request"]["reasons"])
    assert any("does not stop" in w for w in result["warnings"])


def test_notes_answer_after_fifteen_day_limit_is_warned():
    _, result = options(application="extension", decided="in-canada")
    assert any("Do not wait for the notes" in w for w in result["warnings"])


def test_every_option_has_reasons_and_linked_citations():
    from calculators.eligibility import APPLICATIONS

    for application in APPLICATIONS:
        for decided in ("in-canada", "outside-canada", "unknown"):
            found, _ = options(application=application, decided=decided)
            assert found
            for option in found.values():
                assert option["reasons"], (application, decided, option["remedy"])
                assert len(option["citations"]) == len(option["citation_links"])
                assert option["last_day"] is None or date.fromisoformat(option["last_day"]) > date(2026, 9, 15)


def test_each_dated_option_carries_the_deadline_request_that_reproduces_it():
    found, _ = options(application="extension", decided="outside-canada", grounds=["unknown"])
    for option in found.values():
        if option["last_day"] is None:
            assert option["deadline_request"] is None
            continue
        again = handle(option["deadline_request"])
        assert (again["last_day"], again["file_by"]) == (option["last_day"], option["file_by"])
    assert found["judicial-review"]["deadline_request"] == {
        "kind": "deadline", "remedy": "judicial-review", "from": "2026-09-15", "where": "in-canada"}
