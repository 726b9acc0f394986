"""Deadline answers computed ahead of time, so a page can show the date before Python starts.

    python -m calculators.precompute [--built YYYY-MM-DD] [--out answers.json]
    python -m calculators.precompute --plans [--built YYYY-MM-DD] [--out plan-ahead.json]

The second is the plan's first step for the interview's answers (``plan_table``, below), so the
options page can show the first act-by date while the runtime loads (issue 20 item 8).

For every deadline remedy the engine offers (``{"kind": "remedies"}``: a remedy added to the
rules is picked up with no change here), for each of its ``where`` values, and for every
start date in a window around the build date, this asks ``calculators.api.handle`` for the
deadline answer (never a second implementation of the law) and keeps its three dates.

The file format (docs: CONTRIBUTING.md, "Precomputed answers"; the page only looks dates up):

    {"version": 1, "built": "YYYY-MM-DD", "first": "YYYY-MM-DD", "days": N,
     "deadlines": {"<remedy>|<where or empty>": {"last_day": [..], "file_by": [..],
                                                 "may_extend_to": [.. or null]}}}

Entry i of each list is for the start date ``first + i days``; each number is the count of
days from that start date to the date (null: the answer has no such date). Counting days
rather than writing dates keeps the file small: most entries repeat (15, 15, 15, 17, ...).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from pathlib import Path

from calculators import api

VERSION = 1
DAYS_BEFORE = 400  # start dates up to this many days before the build date
DAYS_AFTER = 60  # ... and this many after it (a reader whose device clock is ahead, or a letter dated ahead)
FIELDS = ("last_day", "file_by", "may_extend_to")


class PrecomputeError(RuntimeError):
    """The engine did not answer a request it offers: the build must stop."""


def build_date() -> dt.date:
    """Today in UTC, or the day of SOURCE_DATE_EPOCH (reproducible builds)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).date()
    return dt.datetime.now(dt.timezone.utc).date()


def deadline_keys() -> list[tuple[str, str]]:
    """(remedy, where or "") for every deadline the engine offers, in the engine's order."""
    answer = api.handle({"kind": "remedies"})
    remedies = answer.get("remedies") if isinstance(answer, dict) else None
    if not remedies:
        raise PrecomputeError(f"calculators.api answered {{'kind': 'remedies'}} with {answer!r}")
    keys = []
    for item in remedies:
        wheres = item.get("where_values") or []
        if item.get("needs_where") and not wheres:
            raise PrecomputeError(f"{item['remedy']} needs 'where' but the engine lists no where_values")
        for where in wheres or [""]:
            keys.append((item["remedy"], where))
    return keys


def request_for(remedy: str, where: str, start: dt.date) -> dict:
    """The request a reader's form sends for this remedy, place and start date."""
    request = {"kind": "deadline", "remedy": remedy, "from": start.isoformat()}
    if where:
        request["where"] = where
    return request


def key(remedy: str, where: str) -> str:
    return f"{remedy}|{where}"


def _offset(start: dt.date, value: str | None) -> int | None:
    return None if value is None else (dt.date.fromisoformat(value) - start).days


def compute(built: dt.date, before: int = DAYS_BEFORE, after: int = DAYS_AFTER) -> dict:
    """Every deadline answer for start dates built-before .. built+after, in the compact format."""
    first = built - dt.timedelta(days=before)
    days = before + after + 1
    deadlines = {}
    for remedy, where in deadline_keys():
        columns: dict[str, list] = {field: [] for field in FIELDS}
        for i in range(days):
            start = first + dt.timedelta(days=i)
            answer = api.handle(request_for(remedy, where, start))
            if "error" in answer:
                raise PrecomputeError(f"{request_for(remedy, where, start)} -> {answer['error']}")
            for field in FIELDS:
                columns[field].append(_offset(start, answer.get(field)))
        deadlines[key(remedy, where)] = columns
    return {"version": VERSION, "built": built.isoformat(), "first": first.isoformat(), "days": days,
            "deadlines": deadlines}


def dumps(data: dict) -> str:
    """The file's text: compact JSON (no spaces), keys in a fixed order, ASCII."""
    return json.dumps(data, separators=(",", ":"), ensure_ascii=True)


def lookup(data: dict, remedy: str, where: str, start: dt.date) -> dict | None:
    """What a page finds in the file for one request (None outside the window): the ISO dates.

    The browser does the same look-up in JavaScript; this one is for tests and tools.
    """
    entry = data["deadlines"].get(key(remedy, where))
    index = (start - dt.date.fromisoformat(data["first"])).days
    if entry is None or not 0 <= index < data["days"]:
        return None
    return {field: None if entry[field][index] is None else (start + dt.timedelta(days=entry[field][index])).isoformat()
            for field in FIELDS}


# ------------------------------------------------------------------ the plan's first date (issue 20 item 8)
#
# The plan waits for the runtime, but its headline, the first step still open and its act-by date, is
# for most answers one deadline of answers.json counted from the reader's one known date. This table
# says which: a tree that follows the interview, one branch a question, so the options page can show
# the first date while the runtime loads. Each entry is asked of ``calculators.api`` (the plan kind)
# and kept only when it is exact for every start date of the window (see ``_headline``).
#
#     {"version": 1, "built": ..., "first": ..., "days": N,
#      "steps": [["<remedy>|<where>", "<date field it counts from>", "<plan.do.* message id>"], ...],
#      "tree": node}    node = {"f": field, "v": {value: node or leaf, ...}, "*": node or leaf (other values)}
#                       leaf = n, the step steps[n - 1], or 0 (no first date ahead of time: wait for the plan)
#
# A node's value for an answer: "" when the question was skipped, "date" for a date, the values of a
# multi answer sorted and joined by ",", else the answer itself; a value the node lacks takes "*", and a
# node without "*" gives no first date. Only one choice of a multi question is enumerated (several
# grounds: no first date), and only answers with one known date (several: the first step depends on
# which is earlier, so no first date).

PLAN_VERSION = 1
# The headline reads the reader's place only through plan._possible (outside Canada or not: ONLY_IN_CANADA);
# every other place changes the help listed, so "unknown" stands for all of them ("*").
PLACE_FIELD = "province"
PLACES = (("outside-canada", "outside-canada"), ("*", "unknown"))
DATE = object()  # a known date, in the enumeration


def _question_values(question) -> list[tuple[str, object]]:
    """(the node's value, the answer) for each answer enumerated for this question."""
    if question.field == PLACE_FIELD:
        return list(PLACES)
    if question.type == "date":
        values = [("date", DATE)]
        if question.unknown:
            values.append((question.unknown, question.unknown))
        if question.optional:
            values.append(("", None))
        return values
    if question.type == "multi":
        return [(value, [value]) for value in question.values()]
    return [(value, value) for value in question.values()]


def _do_ids() -> dict[str, str]:
    from calculators.messages import CATALOGUES

    return {text: key for key, text in CATALOGUES["en"].items() if key.startswith("plan.do.")}


def _offsets(data: dict, deadline: str) -> list | None:
    entry = data["deadlines"].get(deadline)
    return entry["file_by"] if entry else None


def _headline(answers: dict, date_field: str, data: dict, samples: list[dt.date], do_ids: dict):
    """The leaf for answers with one known date (``date_field``), or 0.

    Asked of the plan kind for each sample start date (today = that date, nothing passed yet). Kept
    only when every sample gives the same headline, with no alternative route, dated by a deadline of
    answers.json counted from ``date_field``, and when that deadline falls strictly before every other
    dated option's on every start date of the window: then, for any start date and any today up to that
    act-by day, the plan's headline is this step on this day (an option that passed cannot come first).
    """
    found = None
    for start in samples:
        request = {"kind": "plan", "today": start.isoformat(),
                   **{field: start.isoformat() if value is DATE else value for field, value in answers.items()}}
        plan = api.handle(request)
        if "error" in plan:
            raise PrecomputeError(f"{request} -> {plan['error']}")
        head = plan["headline"]
        if head["case"] not in ("open", "today") or head["alternative"] or head["do"] not in do_ids:
            return 0
        dated = []
        for option in plan["options"]:
            if not option.get("file_by"):
                continue
            wanted = option.get("deadline_request") or {}
            if wanted.get("from") != start.isoformat():
                return 0  # dated from something else than the reader's date
            dated.append((key(wanted["remedy"], wanted.get("where") or ""), option))
        firsts = [name for name, option in dated if option["remedy"] == head["remedy"] and option["file_by"] == head["by"]]
        if len(firsts) != 1 or lookup(data, *firsts[0].split("|"), start)["file_by"] != head["by"]:
            return 0
        leaf = [firsts[0], date_field, do_ids[head["do"]], sorted(name for name, _ in dated)]
        if found is not None and leaf != found:
            return 0
        found = leaf
    first_offsets = _offsets(data, found[0])
    for other in found[3]:
        if other == found[0]:
            continue
        offsets = _offsets(data, other)
        if offsets is None or not all(a is not None and b is not None and a < b for a, b in zip(first_offsets, offsets)):
            return 0
    return found[:3]


def _plan_node(data: dict, samples: list[dt.date], do_ids: dict, index: int = 0, answers: dict | None = None):
    from calculators import interview

    answers = answers or {}
    questions = interview.QUESTIONS
    while index < len(questions) and not questions[index].asked(interview.asked(answers)[1]):
        index += 1
    if index == len(questions):
        dates = [field for field, value in answers.items() if value is DATE]
        return _headline(answers, dates[0], data, samples, do_ids) if len(dates) == 1 else 0
    question = questions[index]
    children = {}
    for value, answer in _question_values(question):
        given = dict(answers)
        if answer is not None:
            given[question.field] = answer
        children[value] = _plan_node(data, samples, do_ids, index + 1, given)
    texts = {value: json.dumps(child, sort_keys=True) for value, child in children.items()}
    if question.type == "multi":  # several choices are not enumerated: no "*"
        return {"f": question.field, "v": children}
    if len(set(texts.values())) == 1:
        return next(iter(children.values()))  # every answer gives the same: the question does not matter here
    if "*" in children:
        common = "*"
    else:  # the most frequent child; on a tie the first in the interview's order (the same file on every build)
        counts = list(texts.values())
        common = max(children, key=lambda value: (counts.count(texts[value]), -list(children).index(value)))
    node = {"f": question.field, "v": {value: child for value, child in children.items()
                                       if value != "*" and texts[value] != texts[common]}}
    node["*"] = children[common]
    return node


def plan_table(data: dict) -> dict:
    """The plan's first step for the interview's answers (format above), for the window of ``data``."""
    first = dt.date.fromisoformat(data["first"])
    built = dt.date.fromisoformat(data["built"])
    # Sample start dates: early in the window, and a week day and a weekend day before the build date.
    samples = [first + dt.timedelta(days=30), built - dt.timedelta(days=20), built - dt.timedelta(days=3)]
    tree = _plan_node(data, samples, _do_ids())
    steps: list[list] = []

    def number(node):
        if isinstance(node, dict):
            return {**node, "v": {value: number(child) for value, child in node["v"].items()},
                    **({"*": number(node["*"])} if "*" in node else {})}
        if not node:
            return 0
        if node not in steps:
            steps.append(node)
        return steps.index(node) + 1

    tree = number(tree)
    return {"version": PLAN_VERSION, "built": data["built"], "first": data["first"], "days": data["days"],
            "steps": steps, "tree": tree}


def plan_lookup(table: dict, answers: dict):
    """The leaf for the answers that count (``interview.asked``'s), as the page finds it; None: no entry.

    The browser does the same walk in JavaScript (interview.js); this one is for tests and tools.
    """
    node = table["tree"]
    while isinstance(node, dict):
        answer = answers.get(node["f"])
        if answer in (None, "", []):
            value = ""
        elif isinstance(answer, list):
            value = ",".join(sorted(answer))
        elif _is_iso(answer):
            value = "date"
        else:
            value = str(answer)
        node = node["v"][value] if value in node["v"] else node.get("*")
    return table["steps"][node - 1] if node else None


def _is_iso(value) -> bool:
    try:
        return isinstance(value, str) and len(value) == 10 and dt.date.fromisoformat(value) is not None
    except ValueError:
        return False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--built", type=dt.date.fromisoformat, help="the build date (default: today, UTC)")
    parser.add_argument("--out", type=Path, help="write here (default: print)")
    parser.add_argument("--plans", action="store_true", help="the plan's first steps (plan-ahead.json) instead")
    args = parser.parse_args(argv)
    data = compute(args.built or build_date())
    text = dumps(plan_table(data) if args.plans else data)
    if args.out:
        args.out.write_text(text, encoding="ascii")
    else:
        sys.stdout.write(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
