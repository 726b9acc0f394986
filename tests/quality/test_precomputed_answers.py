"""Deadline answers computed ahead of time (calculators/precompute.py, scripts/hooks/precomputed_answers.py).

Every entry of the shipped file must equal what the live engine answers for the same request:
the page shows these dates before Python has started, so a wrong entry would be a wrong date.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import re

import pytest

from calculators import api, precompute


def _remedy_keys() -> set[str]:
    keys = set()
    for item in api.handle({"kind": "remedies"})["remedies"]:
        for where in item["where_values"] or [""]:
            keys.add(f"{item['remedy']}|{where}")
    return keys


@pytest.fixture(scope="module")
def shipped(built_site) -> tuple[dict, bytes]:
    raw = (built_site / "assets" / "calculators" / "answers.json").read_bytes()
    return json.loads(raw), raw


def test_the_file_covers_every_deadline_remedy_and_place_the_engine_offers(shipped):
    data, _ = shipped
    assert data["version"] == precompute.VERSION
    assert set(data["deadlines"]) == _remedy_keys()
    for columns in data["deadlines"].values():
        assert set(columns) == set(precompute.FIELDS)
        assert all(len(column) == data["days"] for column in columns.values())


def test_the_window_is_400_days_before_the_build_date_and_60_after(shipped):
    data, _ = shipped
    built = dt.date.fromisoformat(data["built"])
    assert abs((built - precompute.build_date()).days) <= 1  # the build may have been just before midnight UTC
    assert dt.date.fromisoformat(data["first"]) == built - dt.timedelta(days=400)
    assert data["days"] == 400 + 60 + 1


def test_every_entry_equals_the_live_engines_answer(shipped):
    data, _ = shipped
    first = dt.date.fromisoformat(data["first"])
    checked = 0
    for entry in data["deadlines"]:
        remedy, where = entry.split("|")
        for i in range(data["days"]):
            start = first + dt.timedelta(days=i)
            live = api.handle(precompute.request_for(remedy, where, start))
            found = precompute.lookup(data, remedy, where, start)
            assert found == {field: live[field] for field in precompute.FIELDS}, (remedy, where, start)
            checked += 1
    assert checked == len(_remedy_keys()) * data["days"]


def test_outside_the_window_there_is_no_answer(shipped):
    data, _ = shipped
    first = dt.date.fromisoformat(data["first"])
    for start in (first - dt.timedelta(days=1), first + dt.timedelta(days=data["days"])):
        assert precompute.lookup(data, "restoration", "", start) is None


def test_the_file_is_small(shipped, record_property):
    _, raw = shipped
    zipped = len(gzip.compress(raw, compresslevel=9))
    record_property("answers_json_bytes", len(raw))
    record_property("answers_json_gzip_bytes", zipped)
    print(f"answers.json: {len(raw):,} bytes, {zipped:,} gzipped")
    assert zipped < 20_000, f"answers.json is {zipped:,} bytes gzipped"


def test_calculator_pages_name_the_file_and_guides_do_not(built_site):
    page = (built_site / "calculators" / "deadline" / "index.html").read_text(encoding="utf-8")
    tag = re.search(r"<script [^>]*data-answers=\"([^\"]+)\"", page)
    assert tag, "the calculators script tag has no data-answers"
    assert (built_site / "calculators" / "deadline" / tag.group(1)).resolve() == (
        built_site / "assets" / "calculators" / "answers.json"
    ).resolve()
    guide = (built_site / "remedies" / "judicial-review" / "index.html").read_text(encoding="utf-8")
    assert "answers.json" not in guide


def test_a_new_remedy_is_picked_up_with_no_change_to_precompute(monkeypatch):
    from calculators import rules

    monkeypatch.setitem(rules.DEADLINE_REMEDIES, "judicial-review-copy", dict(rules.DEADLINE_REMEDIES["judicial-review"]))
    # A made-up remedy has no wording in the catalogues: word it by its message id here.
    from calculators import deadline_answers

    real_say = deadline_answers.say
    monkeypatch.setattr(deadline_answers, "say", lambda message_id, *a, **k: message_id if "copy" in message_id else real_say(message_id, *a, **k))
    data = precompute.compute(dt.date(2026, 9, 15), before=3, after=2)
    assert {"judicial-review-copy|in-canada", "judicial-review-copy|outside-canada"} <= set(data["deadlines"])
    assert data["deadlines"]["judicial-review-copy|in-canada"] == data["deadlines"]["judicial-review|in-canada"]
