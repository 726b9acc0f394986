"""Deadline answers computed ahead of time, so a page can show the date before Python starts.

    python -m calculators.precompute [--built YYYY-MM-DD] [--out answers.json]

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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--built", type=dt.date.fromisoformat, help="the build date (default: today, UTC)")
    parser.add_argument("--out", type=Path, help="write here (default: print)")
    args = parser.parse_args(argv)
    text = dumps(compute(args.built or build_date()))
    if args.out:
        args.out.write_text(text, encoding="ascii")
    else:
        sys.stdout.write(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
