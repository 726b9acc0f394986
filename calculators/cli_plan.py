"""Command line for the interview and the plan (wired into ``python -m calculators``).

    python -m calculators interview [--answer FIELD=VALUE ...] [--today YYYY-MM-DD] [--lang CODE] [--json]
        [--ics FILE] [--page URL]
    python -m calculators plan --application TYPE --notified YYYY-MM-DD [--decided ...] [--grounds G ...]
        [every other answer field as --field-name VALUE] [--today YYYY-MM-DD] [--province P] [--json] [--ics FILE]

``interview`` walks ``calculators.interview`` exactly as the browser does: each question that is
asked and not answered by an ``--answer`` flag is asked on standard input (a number for a
choice, several numbers separated by commas for a multiple choice, a date as YYYY-MM-DD, an
empty line to skip an optional question). Questions and hints go to standard error, the plan
to standard output. ``--today`` defaults to this computer's date.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any, TextIO

from calculators import api, interview, plan
from calculators.messages import for_terminal
from calculators.messages.languages import cli_help

COMMANDS = ("interview", "plan")
EXTRA_FIELDS = ("status_lost",)  # options fields the interview does not ask, accepted by ``plan``


def _flag(field: str) -> str:
    return "--" + field.replace("_", "-")


def add_commands(commands: Any) -> None:
    walk = commands.add_parser("interview", help="answer the questions one at a time, then see your plan")
    walk.add_argument("--answer", action="append", default=[], metavar="FIELD=VALUE",
                      help="an answer given ahead (grounds: values separated by commas); may repeat")
    one = commands.add_parser("plan", help="your action plan from all the answers at once")
    for field in (*interview.FIELDS, *EXTRA_FIELDS):
        if field == "grounds":
            one.add_argument("--grounds", nargs="+", metavar="G", default=None)
        else:
            one.add_argument(_flag(field), dest=field, metavar="VALUE")
    for parser in (walk, one):
        parser.add_argument("--today", metavar="YYYY-MM-DD", help="the day to count from (default: this computer's date)")
        parser.add_argument("--page", metavar="URL", help="the address to re-check the dates (calendar file)")
        parser.add_argument("--ics", metavar="FILE", help="also write the plan's calendar file here")
        parser.add_argument("--json", action="store_true", help="print one JSON object")
        parser.add_argument("--lang", help=cli_help())


class NoAnswer(Exception):
    pass


def _choices_text(question: interview.Question, lang: str) -> list[str]:
    return [f"  {n}. {interview.word_choice(question, choice.value, lang)}" for n, choice in enumerate(question.choices, 1)]


def _parse(question: interview.Question, line: str) -> Any:
    """The value typed for ``question`` (None: skip), or ValueError."""
    line = line.strip()
    values = question.values()
    if line == "":
        if question.optional:
            return None
        raise ValueError(line)
    if question.type == "date":
        if line.isdigit() and 1 <= int(line) <= len(values):
            return values[int(line) - 1]
        api.parse_date(line, question.field)  # raises InputError
        return line
    picks = [part.strip() for part in line.split(",")] if question.type == "multi" else [line]
    chosen = []
    for pick in picks:
        if pick.isdigit() and 1 <= int(pick) <= len(values):
            chosen.append(values[int(pick) - 1])
        elif pick in values:
            chosen.append(pick)
        else:
            raise ValueError(pick)
    return chosen if question.type == "multi" else chosen[0]


def _ask(question: interview.Question, lang: str, stdin: TextIO, out: TextIO) -> Any:
    words = interview.question_dict(question, lang)
    print("", file=out)
    print(words["title"], file=out)
    print(words["hint"], file=out)
    print("\n".join(_choices_text(question, lang)), file=out)
    how = {"choice": "plan.cli.choose", "multi": "plan.cli.choose-many", "date": "plan.cli.date"}[question.type]
    prompt = api.wording(how, lang) + (" " + api.wording("plan.cli.skip", lang) if question.optional else "") + ": "
    while True:
        print(prompt, end="", file=out, flush=True)
        line = stdin.readline()
        if line == "":
            raise NoAnswer(words["title"])
        try:
            return _parse(question, line)
        except (ValueError, api.InputError):
            print(api.wording("plan.cli.bad-answer", lang), file=out)


def given_answers(pairs: list[str]) -> dict[str, Any]:
    """``--answer field=value`` flags as answers; a plain-language UsageError-style ValueError when wrong."""
    answers: dict[str, Any] = {}
    for pair in pairs:
        field, sep, value = pair.partition("=")
        field = field.strip().replace("-", "_")
        if not sep or field not in (*interview.FIELDS, *EXTRA_FIELDS):
            raise ValueError(f"--answer {pair}: say FIELD=VALUE, with FIELD one of {', '.join(interview.FIELDS)}")
        answers[field] = [v.strip() for v in value.split(",") if v.strip()] if field == "grounds" else value.strip()
    return answers


def walk(answers: dict[str, Any], lang: str, stdin: TextIO, out: TextIO) -> dict[str, Any]:
    """Ask every question that is asked and not yet answered, in order (as the browser does)."""
    answers = dict(answers)
    skipped: set[str] = set()
    while True:
        shown, kept = interview.asked(answers)
        pending = next((q for q in shown if q.field not in kept and q.id not in skipped), None)
        if pending is None:
            return kept
        value = _ask(pending, lang, stdin, out)
        if value is None:
            skipped.add(pending.id)
        else:
            answers[pending.field] = value


def _request(args: argparse.Namespace, answers: dict[str, Any]) -> dict:
    request = {"kind": "plan", **answers, "today": args.today or date.today().isoformat()}
    if args.lang is not None:
        request["lang"] = args.lang
    if args.page is not None:
        request["page"] = args.page
    return request


def run(args: argparse.Namespace, stdin: TextIO | None = None) -> int:
    lang = api.language(args.lang) or api.DEFAULT_LANG
    stdin = stdin or sys.stdin
    if args.command == "interview":
        try:
            answers = walk(given_answers(args.answer), lang, stdin, sys.stderr)
        except ValueError as problem:
            print(api.wording("cli.usage-error", lang, message=str(problem)), file=sys.stderr)
            return 2
        except NoAnswer as missing:
            print(api.wording("cli.error", lang, message=api.wording("plan.cli.no-input", lang, question=str(missing))),
                  file=sys.stderr)
            return 2
    else:
        answers = {field: getattr(args, field) for field in (*interview.FIELDS, *EXTRA_FIELDS)
                   if getattr(args, field, None) is not None}
    request = _request(args, answers)
    result = api.handle(request)
    if "error" not in result and args.ics:
        calendar = api.handle({**request, "kind": "plan-ics"})
        if "error" in calendar:
            result = calendar
        else:
            with open(args.ics, "w", encoding="utf-8", newline="") as handle:
                handle.write(calendar["content"])
    if "error" in result:
        field, message = result["error"]["field"], result["error"]["message"]
        flag = _flag(field) if args.command == "plan" or field in ("today", "lang", "page") else f"--answer {field}="
        line = (api.wording("cli.error-field", lang, flag=flag, message=message) if field
                else api.wording("cli.error", lang, message=message))
        print(" ".join(line.split()), file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        print(for_terminal(plan.word_plan(result, lang), lang))  # Arabic, Persian, Urdu: right-to-left marks
    return 0
