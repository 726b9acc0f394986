"""The JSON boundary (CONTRIBUTING.md §2): results, plain-language errors, and never raising."""

import json
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from calculators import eligibility
from calculators.api import handle, handle_json, language
from calculators.messages import CATALOGUES
from calculators.messages.languages import language_code


def test_deadline_result_has_the_contract_fields():
    result = handle({"kind": "deadline", "remedy": "judicial-review", "from": "2026-09-15", "where": "in-canada"})
    assert result["kind"] == "deadline" and result["remedy"] == "judicial-review"
    assert (result["from"], result["last_day"], result["file_by"], result["may_extend_to"]) == (
        "2026-09-15", "2026-10-01", "2026-10-01", None)
    assert result["citations"][:2] == ["IRPA s. 72(2)(b)", "IA s. 26"]
    assert result["citation_links"][0] == {
        "label": "IRPA s. 72(2)(b)", "url": "https://laws-lois.justice.gc.ca/eng/acts/i-2.5/section-72.html"}
    assert result["title"] and result["steps"] and result["warnings"]
    json.dumps(result)


def test_where_is_ignored_for_remedies_that_do_not_need_it():
    result = handle({"kind": "deadline", "remedy": "restoration", "from": "2026-09-15", "where": "nowhere"})
    assert result["last_day"] == "2026-12-14"


@pytest.mark.parametrize("value, field, message", [
    ("2026-02-30", "from", "February 2026 has only 28 days. Check the day."),
    ("2028-02-30", "from", "February 2028 has only 29 days. Check the day."),
    ("2026-04-31", "from", "April 2026 has only 30 days. Check the day."),
    ("2026-13-01", "from", "There is no month 13. Months go from 01 to 12."),
    ("1989-12-31", "from", "The calculator covers the years 1990 to 2100. Check the year."),
    ("2101-01-01", "from", "The calculator covers the years 1990 to 2100. Check the year."),
    ("15/09/2026", "from", "Write the date as YYYY-MM-DD, for example 2026-09-15."),
    ("20260915", "from", "Write the date as YYYY-MM-DD, for example 2026-09-15."),
    ("2026-09-15\n", "from", "Write the date as YYYY-MM-DD, for example 2026-09-15."),
    ("２０２６-０９-１５", "from", "Write the date as YYYY-MM-DD, for example 2026-09-15."),
    ("", "from", "This date is missing. Give it as YYYY-MM-DD, for example 2026-09-15."),
    (20260915, "from", "Write the date as YYYY-MM-DD, for example 2026-09-15."),
])
def test_bad_dates_give_a_plain_message(value, field, message):
    result = handle({"kind": "deadline", "remedy": "restoration", "from": value})
    assert result == {"error": {"field": field, "message": message}}


def test_judicial_review_without_where_asks_where_the_decision_was_made():
    result = handle({"kind": "deadline", "remedy": "judicial-review", "from": "2026-09-15"})
    assert result["error"]["field"] == "where"
    assert "in-canada" in result["error"]["message"]


@pytest.mark.parametrize("request_, field", [
    ({"kind": "deadline", "remedy": "appeal-to-the-queen", "from": "2026-09-15"}, "remedy"),
    ({"kind": "deadline", "from": "2026-09-15"}, "remedy"),
    ({"kind": "deadline", "remedy": "restoration"}, "from"),
    ({"kind": "weather"}, "kind"),
    ({}, "kind"),
    ({"kind": "options", "decided": "in-canada", "notified": "2026-09-15"}, "application"),
    ({"kind": "options", "application": "extension", "decided": "mars", "notified": "2026-09-15"}, "decided"),
    ({"kind": "options", "application": "extension", "decided": "in-canada", "notified": "2026-09-15",
      "grounds": ["rudeness"]}, "grounds"),
    ({"kind": "options", "application": "extension", "decided": "in-canada", "notified": "2026-09-15",
      "status_lost": "2026-02-29"}, "status_lost"),
])
def test_bad_requests_name_the_field(request_, field):
    result = handle(request_)
    assert result["error"]["field"] == field
    assert result["error"]["message"].endswith(".")


def test_a_request_that_is_not_an_object_is_refused_plainly():
    assert handle(["kind", "deadline"])["error"]["field"] is None
    assert json.loads(handle_json("{not json"))["error"]["message"] == "The request is not valid JSON."


def test_handle_json_round_trip():
    out = json.loads(handle_json('{"kind": "deadline", "remedy": "applicants-record", "from": "2025-12-10"}'))
    assert out["last_day"] == "2026-01-27"


def test_remedies_metadata_lists_every_deadline_remedy():
    result = handle({"kind": "remedies"})
    by_id = {r["remedy"]: r for r in result["remedies"]}
    assert set(by_id) == {"judicial-review", "iad-sponsorship", "iad-removal-order", "iad-residency-obligation",
                          "restoration", "applicants-record", "atip-response", "privacy-response",
                          # issue 11 (FACTS §5, §8-§11)
                          "rad-appeal", "rad-record", "citizenship-judicial-review", "prra-application",
                          "departure-order", "atip-complaint", "provincial-review-on", "provincial-review-bc",
                          "provincial-review-ab", "provincial-review-sk", "quebec-taq", "quebec-caq-refused"}
    assert by_id["judicial-review"]["where_values"] == ["in-canada", "outside-canada", "unknown"]
    assert by_id["judicial-review"]["needs_where"] is True
    assert by_id["restoration"]["needs_where"] is False
    assert all(r["title"] and r["from_label"] for r in result["remedies"])


def test_ics_result_has_filename_on_the_file_by_day():
    result = handle({"kind": "ics", "remedy": "judicial-review", "from": "2026-09-15", "where": "in-canada"})
    assert result["filename"] == "immigration-deadline-2026-10-01.ics"  # neutral name (issue 14 item 7)
    assert result["content"].startswith("BEGIN:VCALENDAR\r\n")


def test_unknown_language_is_a_plain_error_in_both_languages():
    result = handle({"kind": "deadline", "remedy": "restoration", "from": "2026-09-15", "lang": "xx"})
    assert result["error"]["field"] == "lang"
    message = result["error"]["message"]
    assert "en: English" in message and "fr : français" in message
    assert all(code in message for code in CATALOGUES)  # every language the engine has


@pytest.mark.parametrize("tag, code", [("pt-br", "pt-BR"), ("pt_BR", "pt-BR"), ("zh-CN", "zh"), ("zh-Hans", "zh"),
                                       ("zh-Hans-CN", "zh"), ("ar-EG", "ar"), ("fil-PH", "tl"), ("FR-ca", "fr")])
def test_language_tags_name_the_language_they_mean(tag, code):
    assert language_code(tag) == code


@pytest.mark.parametrize("tag", ["xx", "pt-", "zh--CN", "", "english", "12", "ar EG"])
def test_language_tags_the_engine_does_not_have_are_refused(tag):
    assert language(tag) is None


def test_language_defaults_to_english_and_accepts_a_region():
    request = {"kind": "deadline", "remedy": "restoration", "from": "2026-09-15"}
    assert handle(request)["steps"][0].startswith("The day your status ended")
    assert handle({**request, "lang": "fr-CA"})["steps"][0].startswith("Le jour où votre statut a pris fin")


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=12)
    | st.sampled_from(["deadline", "options", "ics", "remedies", "judicial-review", "in-canada", "2026-02-30",
                       "2026-09-15", "extension", "sponsorship", "misrepresentation", "unknown", "spouse"]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
request_dicts = st.fixed_dictionaries({}, optional={
    "kind": st.sampled_from(["deadline", "options", "ics", "remedies"]) | json_values,
    "remedy": st.sampled_from(["judicial-review", "restoration", "iad-sponsorship"]) | json_values,
    "from": st.dates().map(str) | json_values,
    "where": st.sampled_from(["in-canada", "outside-canada"]) | json_values,
    "application": st.sampled_from(["extension", "sponsorship", "removal-order"]) | json_values,
    "decided": st.sampled_from(["in-canada", "outside-canada", "unknown"]) | json_values,
    "notified": st.dates().map(str) | json_values,
    "grounds": st.lists(st.sampled_from(["misrepresentation", "unknown", "security"])) | json_values,
    "relationship": st.sampled_from(["spouse", "parent", "unknown"]) | json_values,
    "status_lost": st.dates().map(str) | json_values,
    "lang": json_values,
    # issue 11: the further options fields and `today`
    "today": st.dates().map(str) | json_values,
    **{name: st.sampled_from(values) | json_values for name, values in eligibility.CHOICE_FIELDS.items()},
    **{name: st.dates().map(str) | json_values for name in eligibility.DATE_FIELDS},
})
request_dicts = request_dicts | st.fixed_dictionaries({
    "kind": st.just("options"), "application": st.sampled_from(eligibility.APPLICATIONS),
    "decided": st.sampled_from(eligibility.DECIDED),
    "notified": st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)).map(str),
}, optional={
    "today": st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)).map(str),
    "grounds": st.lists(st.sampled_from(eligibility.GROUNDS), max_size=3),
    **{name: st.sampled_from(values) for name, values in eligibility.CHOICE_FIELDS.items()},
    **{name: st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)).map(str)
       for name in (*eligibility.DATE_FIELDS, "status_lost")},
})


@settings(max_examples=400, deadline=None)
@given(request=request_dicts | json_values)
def test_handle_never_raises_and_always_answers_json(request):
    result = handle(request)
    assert isinstance(result, dict)
    json.dumps(result)
    if "error" in result:
        assert set(result["error"]) == {"field", "message"} and result["error"]["message"]
        assert "went wrong" not in result["error"]["message"], result


@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=60))
def test_handle_json_never_raises(text):
    json.loads(handle_json(text))
