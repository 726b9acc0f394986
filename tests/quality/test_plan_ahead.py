"""The plan's first step worked out ahead of time (issue 20 item 8; calculators/precompute.py, plan_table).

While the runtime loads, the options page shows the first step and its act-by date from
assets/calculators/plan-ahead.json (which deadline of answers.json dates it, for the interview's
answers). A wrong entry would be a wrong date, so: the shipped table is what the engine makes for the
build's window, and wherever the table gives a step whose date has not passed, the engine's plan has
that step, on that day, as its headline — for random answers and every step the table holds, and for
several start dates and "today"s each.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import random

import pytest

from calculators import api, interview, precompute
from calculators.messages import say

SEED = 20261206


@pytest.fixture(scope="module")
def shipped(built_site) -> tuple[dict, dict, bytes]:
    folder = built_site / "assets" / "calculators"
    raw = (folder / "plan-ahead.json").read_bytes()
    return json.loads(raw), json.loads((folder / "answers.json").read_text(encoding="ascii")), raw


def _walk_tree(table: dict, answers: dict):
    """The leaf number the page finds for these answers (the same walk as plan_lookup)."""
    node = table["tree"]
    while isinstance(node, dict):
        answer = answers.get(node["f"])
        value = ("" if answer in (None, "", []) else ",".join(sorted(answer)) if isinstance(answer, list)
                 else "date" if precompute._is_iso(answer) else answer)
        node = node["v"][value] if value in node["v"] else node.get("*")
    return node


def _random_answers(rnd: random.Random, start: dt.date, pinned: dict | None = None) -> dict:
    """A reader's answers through the real interview: random choices, one multi choice, dates known or not;
    ``pinned`` answers (by field) are kept where their question is asked."""
    pinned = pinned or {}
    answers: dict = {}
    for question in interview.QUESTIONS:
        if not question.asked(interview.asked(answers)[1]):
            continue
        if question.field in pinned:
            value = pinned[question.field]
        elif question.type == "date":
            value = rnd.choice(["date"] + ([question.unknown] if question.unknown else []) + ([""] if question.optional else []))
        elif question.type == "multi":
            value = [rnd.choice(question.values())]
        else:
            value = rnd.choice(question.values())
        if value == "date":
            value = start.isoformat()
        if value not in ("", None):
            answers[question.field] = value
    return answers


def _check(data: dict, table: dict, answers: dict, today: dt.date) -> bool:
    """Whether the table gives a first date for these answers today; if so, that it is the engine's headline."""
    step = precompute.plan_lookup(table, answers)
    if step is None:
        return False
    remedy, where = step[0].split("|")
    found = precompute.lookup(data, remedy, where, dt.date.fromisoformat(answers[step[1]]))
    if found is None or found["file_by"] < today.isoformat():
        return False  # outside the window, or passed: the page shows nothing ahead of time
    plan = api.handle({"kind": "plan", **answers, "today": today.isoformat()})
    head = plan["headline"]
    assert head["case"] in ("open", "today"), (answers, today, head)
    assert (head["by"], head["do"]) == (found["file_by"], say(step[2])), (answers, today, step, head)
    first = next(o for o in plan["options"] if o["remedy"] == head["remedy"] and o["file_by"] == head["by"])
    wanted = first["deadline_request"]
    assert f"{wanted['remedy']}|{wanted.get('where') or ''}" == step[0] and wanted["from"] == answers[step[1]]
    return True


def test_the_shipped_table_is_what_the_engine_makes_for_the_builds_window(shipped):
    table, data, _ = shipped
    assert table["version"] == precompute.PLAN_VERSION
    assert (table["built"], table["first"], table["days"]) == (data["built"], data["first"], data["days"])
    assert precompute.dumps(precompute.plan_table(data)) == precompute.dumps(table)


def test_random_answers_give_the_engines_first_step_and_date(shipped):
    table, data, _ = shipped
    rnd = random.Random(SEED)
    first = dt.date.fromisoformat(data["first"])
    shown = 0
    for _ in range(400):
        start = first + dt.timedelta(days=rnd.randrange(data["days"]))
        answers = _random_answers(rnd, start)
        today = start + dt.timedelta(days=rnd.choice([0, 0, 1, 3, 7, 14, 30, 59]))
        shown += _check(data, table, answers, today)
    assert shown >= 40, f"only {shown} of 400 random readers got a first date ahead of time"


def test_every_step_the_table_holds_is_the_engines_on_several_days(shipped):
    table, data, _ = shipped
    rnd = random.Random(SEED + 1)
    first = dt.date.fromisoformat(data["first"])
    # Every leaf of the tree, reached by the answers its path names; the others random.
    paths: list[tuple[dict, int]] = []

    def collect(node, pinned):
        if isinstance(node, dict):
            question = next(q for q in interview.QUESTIONS if q.field == node["f"])
            for value, child in node["v"].items():
                collect(child, {**pinned, node["f"]: [value] if question.type == "multi" else value})
            if "*" in node:
                others = [v for v in ([*question.values(), "on"] if question.field == "province" else question.values())
                          if v not in node["v"]]
                collect(node["*"], {**pinned, node["f"]: rnd.choice(others or ["*"])})
        elif node:
            paths.append((pinned, node))

    collect(table["tree"], {})
    assert {leaf for _, leaf in paths} == set(range(1, len(table["steps"]) + 1))
    remedies = set()
    for pinned, leaf in paths:
        for _ in range(3):
            start = first + dt.timedelta(days=rnd.randrange(data["days"]))
            answers = _random_answers(rnd, start, {k: v for k, v in pinned.items() if v != "*"})
            if _walk_tree(table, answers) != leaf:
                continue  # a random answer elsewhere took another branch
            for today in (start, start + dt.timedelta(days=rnd.randrange(1, 20))):
                if _check(data, table, answers, today):
                    remedies.add(table["steps"][leaf - 1][0])
    assert remedies == {step[0] for step in table["steps"]}


def test_answers_the_table_cannot_date_exactly_give_no_first_date(shipped):
    table, data, _ = shipped
    start = dt.date.fromisoformat(data["built"]) - dt.timedelta(days=5)
    base = {"application": "visitor-visa", "decided": "outside-canada", "notified": start.isoformat(), "province": "on"}
    assert precompute.plan_lookup(table, {**base, "grounds": ["none"]}) is not None
    # Several grounds are not enumerated; a refugee claimant unsure of "no credible basis" has two routes.
    assert precompute.plan_lookup(table, {**base, "grounds": ["misrepresentation", "security"]}) is None
    unsure = {"application": "refugee-claim", "refugee_stage": "rpd", "no_credible_basis": "unknown",
              "rad_exception": "none", "notified": start.isoformat(), "reasons_received": "unknown",
              "prra_notified": "unknown", "province": "on"}
    assert api.handle({"kind": "plan", **unsure, "today": start.isoformat()})["headline"]["alternative"]
    assert precompute.plan_lookup(table, unsure) is None


def test_the_table_is_small(shipped, record_property):
    _, _, raw = shipped
    zipped = len(gzip.compress(raw, compresslevel=9))
    record_property("plan_ahead_json_bytes", len(raw))
    record_property("plan_ahead_json_gzip_bytes", zipped)
    print(f"plan-ahead.json: {len(raw):,} bytes, {zipped:,} gzipped")
    assert len(raw) < 60_000 and zipped < 5_000


def test_only_the_options_page_names_the_table(built_site):
    for lang in ("", "fr/"):
        options = (built_site / lang / "calculators" / "options" / "index.html").read_text(encoding="utf-8")
        assert 'data-plans="' in options and "plan-ahead.json" in options
        deadline = (built_site / lang / "calculators" / "deadline" / "index.html").read_text(encoding="utf-8")
        assert "plan-ahead.json" not in deadline
