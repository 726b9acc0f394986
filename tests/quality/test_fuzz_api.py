"""Robustness of the JSON boundary as the browser uses it.

The page sends `JSON.stringify(form)` to the worker, which calls
`calculators.api.handle_json` (or `handle(json.loads(...))`) and parses the answer with
`JSON.parse`. These properties hold for any request, however odd:

- an answer always comes back, as JSON text the browser can parse, never an internal error;
- an error names a field (or none) and says what is wrong in a sentence;
- a date answer is a real ISO date, never before the date it counts from;
- JSON in and out is stable: the same request gives the same answer, through text or dict.
"""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

api = pytest.importorskip("calculators.api")

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

ISO = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

# What a browser form can produce: strings from inputs, selects and radios; lists from checkboxes.
DATE_STRINGS = st.one_of(
    st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)).map(lambda d: f"{d.year:04d}-{d.month:02d}-{d.day:02d}"),
    st.sampled_from(["0001-01-01", "9999-12-31", "1989-12-31", "1990-01-01", "2100-12-31", "2101-01-01",
                     "2026-02-29", "2028-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "", " 2026-09-15",
                     "2026-9-15", "15/09/2026", "２０２６-０９-１５", "2026-09-15T00:00", "+002026-09-15", "yyyy-mm-dd"]),
    st.text(max_size=20),
)
FORM_VALUE = st.one_of(st.text(max_size=30), st.sampled_from(["", "unknown", "in-canada", "outside-canada"]))
REMEDIES = ["judicial-review", "iad-sponsorship", "iad-removal-order", "iad-residency-obligation", "restoration",
            "applicants-record", "atip-response", "privacy-response"]

deadline_forms = st.fixed_dictionaries(
    {"kind": st.just("deadline"), "remedy": st.sampled_from(REMEDIES) | FORM_VALUE, "from": DATE_STRINGS},
    optional={"where": st.sampled_from(["in-canada", "outside-canada"]) | FORM_VALUE},
)
ics_forms = deadline_forms.map(lambda form: {**form, "kind": "ics"})
options_forms = st.fixed_dictionaries(
    {
        "kind": st.just("options"),
        "application": st.sampled_from(["visitor-visa", "study-permit", "work-permit", "extension",
                                        "permanent-residence", "sponsorship", "residency-obligation",
                                        "removal-order"]) | FORM_VALUE,
        "decided": st.sampled_from(["in-canada", "outside-canada", "unknown"]) | FORM_VALUE,
        "notified": DATE_STRINGS,
    },
    optional={
        "grounds": st.lists(st.sampled_from(["misrepresentation", "serious-criminality", "organized-criminality",
                                             "security", "human-rights", "sanctions", "unknown"]) | FORM_VALUE,
                            max_size=8),
        "relationship": st.sampled_from(["spouse", "common-law-partner", "child", "parent", "other", "unknown"])
        | FORM_VALUE,
        "status_lost": DATE_STRINGS | st.just("unknown"),
    },
)
# Anything JSON.stringify can produce (no NaN or Infinity: it writes those as null).
json_data = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(2**53), max_value=2**53)
    | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=10), inner, max_size=5),
    max_leaves=20,
)
any_request = deadline_forms | ics_forms | options_forms | st.just({"kind": "remedies"}) | json_data


def _browser_roundtrip(request) -> dict:
    """What the worker does with what the page sends, and what the page gets back."""
    text = json.dumps(request, allow_nan=False)  # JSON.stringify
    answer_text = api.handle_json(text) if hasattr(api, "handle_json") else json.dumps(api.handle(json.loads(text)))
    answer = json.loads(answer_text)  # JSON.parse
    assert json.loads(json.dumps(answer, allow_nan=False)) == answer, "answer is not plain JSON data"
    return answer


INTERNAL_MESSAGE = api.error(None, "error.internal")["error"]["message"] if hasattr(api, "error") else None


def _check(request, answer):
    assert isinstance(answer, dict)
    if "error" in answer:
        problem = answer["error"]
        assert set(problem) == {"field", "message"}
        assert problem["field"] is None or isinstance(problem["field"], str)
        assert isinstance(problem["message"], str) and len(problem["message"].split()) >= 3
        assert "Traceback" not in problem["message"] and "Exception" not in problem["message"]
        assert problem["message"] != INTERNAL_MESSAGE, f"internal error for {request!r}"
        return
    kind = request.get("kind") if isinstance(request, dict) else None
    assert answer.get("kind") == kind
    if kind == "deadline":
        for key in ("from", "last_day", "file_by"):
            assert ISO.fullmatch(answer[key]), (key, answer[key])
            dt.date.fromisoformat(answer[key])
        assert answer["last_day"] >= answer["from"]
        assert answer["steps"] and all(isinstance(step, str) and step for step in answer["steps"])
    if kind == "options":
        for option in answer["options"]:
            for key in ("last_day", "file_by"):
                if option.get(key) is not None:
                    dt.date.fromisoformat(option[key])
    if kind == "ics":
        assert answer["content"].startswith("BEGIN:VCALENDAR") and answer["filename"].endswith(".ics")


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(request=any_request)
def test_any_request_through_json_gets_a_clear_answer(request):
    answer = _browser_roundtrip(request)
    _check(request, answer)
    assert _browser_roundtrip(request) == answer, "the same request gave a different answer"


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=80) | json_data.map(json.dumps).map(lambda s: s[: max(1, len(s) // 2)]))
def test_broken_json_text_gets_an_error_not_a_crash(text):
    if not hasattr(api, "handle_json"):
        pytest.skip("no handle_json")
    answer = json.loads(api.handle_json(text))
    assert isinstance(answer, dict)
    if "error" in answer:
        assert answer["error"]["message"] != INTERNAL_MESSAGE


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31", "1989-12-31", "2101-01-01", "2100-12-31"])
def test_extreme_years_get_a_plain_language_error_or_a_date(day):
    for remedy in REMEDIES:
        request = {"kind": "deadline", "remedy": remedy, "from": day, "where": "in-canada"}
        _check(request, _browser_roundtrip(request))
