"""Property tests (issue 11): an "unknown" answer never gives an option a later date than the law allows.

For each answer that can be "unknown" (or a date left out), the options are computed with the
answer unknown and with every known value. Every option that has a date in the "unknown"
answer must have a file-by date no later than the same option's date under any known value
where that option exists with a date: "I don't know" may cost days, never add them.
"""

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from calculators import eligibility
from calculators.api import handle

DAYS = st.dates(min_value=date(2021, 1, 1), max_value=date(2029, 12, 31))


def dated(request: dict) -> dict[str, str]:
    result = handle({"kind": "options", **request})
    assert "error" not in result, (request, result)
    return {o["remedy"]: o["file_by"] for o in result["options"] if o["file_by"] and o["status"] != "no"}


def check_unknown_is_never_later(base: dict, field: str, known_values) -> None:
    unknown = dated({**base, field: "unknown"})
    for value in known_values:
        known = dated({**base, field: value})
        for remedy, file_by in unknown.items():
            if remedy in known:
                assert file_by <= known[remedy], (base, field, value, remedy, file_by, known[remedy])


# (application, field, known values): every field of the options request that takes "unknown".
CASES = [
    (application, "decided", ("in-canada", "outside-canada")) for application in eligibility.APPLICATIONS
] + [
    ("sponsorship", "sponsored_in_canada", ("yes", "no")),
    ("permanent-residence", "sponsored_in_canada", ("yes", "no")),
    ("permanent-residence", "family_sponsored", ("yes", "no")),
    ("extension", "applied_before_expiry", ("yes", "no")),
    ("work-permit", "applied_before_expiry", ("yes", "no")),
    ("refugee-claim", "no_credible_basis", ("yes", "no")),
    ("refugee-claim", "rad_exception", tuple(v for v in eligibility.RAD_EXCEPTIONS if v != "unknown")),
    ("refugee-claim", "refugee_stage", tuple(v for v in eligibility.REFUGEE_STAGES if v != "unknown")),
    ("removal-order", "removal_status", tuple(v for v in eligibility.REMOVAL_STATUS if v != "unknown")),
    ("removal-order", "removal_order_type", tuple(v for v in eligibility.REMOVAL_ORDER_TYPES if v != "unknown")),
    ("port-of-entry", "port_outcome", tuple(v for v in eligibility.PORT_OUTCOMES if v != "unknown")),
    ("port-of-entry", "removal_status", tuple(v for v in eligibility.REMOVAL_STATUS if v != "unknown")),
    ("provincial-nominee", "province_program", tuple(v for v in eligibility.PROVINCE_PROGRAMS if v != "unknown")),
    ("quebec", "quebec_decision", tuple(v for v in eligibility.QUEBEC_DECISIONS if v != "unknown")),
]


@settings(max_examples=30, deadline=None)
@given(case=st.sampled_from(CASES), notified=DAYS, before=st.integers(0, 200), after=st.integers(0, 40),
       grounds=st.sampled_from([[], ["unknown"], ["misrepresentation"], ["serious-criminality"]]),
       others=st.fixed_dictionaries({name: st.sampled_from(values) for name, values in eligibility.CHOICE_FIELDS.items()}))
def test_an_unknown_choice_never_gives_a_later_date(case, notified, before, after, grounds, others):
    application, field, known = case
    base = {"application": application, "decided": "unknown", "notified": notified.isoformat(), "grounds": grounds,
            **{name: value for name, value in others.items() if name != field},
            "decision_made": (notified - timedelta(days=before % 10)).isoformat(),
            "permit_expiry": (notified - timedelta(days=before)).isoformat(),
            "reasons_received": (notified + timedelta(days=after)).isoformat(),
            "prra_notified": (notified + timedelta(days=after)).isoformat()}
    if field != "decided":
        base["decided"] = "in-canada"
    check_unknown_is_never_later(base, field, known)


@settings(max_examples=30, deadline=None)
@given(application=st.sampled_from(["refugee-claim", "extension", "removal-order", "provincial-nominee"]),
       notified=DAYS, before=st.integers(0, 200), after=st.integers(0, 40),
       others=st.fixed_dictionaries({name: st.sampled_from(values) for name, values in eligibility.CHOICE_FIELDS.items()}))
def test_a_date_left_out_never_gives_a_later_date(application, notified, before, after, others):
    # Leaving out a date the answer depends on (the written reasons, the date on the letter, the
    # permit's expiry) gives the earlier date or none — never a later one.
    base = {"application": application, "decided": "in-canada", "notified": notified.isoformat(), **others}
    given_dates = {"reasons_received": (notified + timedelta(days=after)).isoformat(),
                   "decision_made": (notified - timedelta(days=before % 30)).isoformat(),
                   "permit_expiry": (notified - timedelta(days=before)).isoformat()}
    for name, value in given_dates.items():
        without = dated({**base, **{k: v for k, v in given_dates.items() if k != name}})
        with_it = dated({**base, **given_dates})
        for remedy, file_by in without.items():
            if remedy in with_it:
                assert file_by <= with_it[remedy], (base, name, remedy)


@settings(max_examples=20, deadline=None)
# Not "visitor-visa": it is applied for from outside Canada, so it never dates restoration (LAW-QA,
# tests/unit/test_law_qa.py::test_visitor_visa_decided_in_canada_is_not_told_it_may_be_out_of_status).
@given(application=st.sampled_from(["extension", "study-permit", "work-permit"]), notified=DAYS,
       before=st.integers(0, 400))
def test_restoration_is_never_counted_from_the_notification_day(application, notified, before):
    request = {"application": application, "decided": "in-canada", "notified": notified.isoformat()}
    assert "restoration" not in dated(request)  # no facts: no date at all
    decided_on = notified - timedelta(days=before % 20)
    found = dated({**request, "applied_before_expiry": "yes", "decision_made": decided_on.isoformat()})
    assert found["restoration"] == (decided_on + timedelta(days=90)).isoformat()
