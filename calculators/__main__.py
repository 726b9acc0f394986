"""Command line: the same answers as the browser, through the same JSON boundary.

    python -m calculators deadline REMEDY --from YYYY-MM-DD [--where in-canada|outside-canada|unknown]
        [--today YYYY-MM-DD] [--json] [--lang CODE]
    python -m calculators options --application TYPE --decided in-canada|outside-canada|unknown
        --notified YYYY-MM-DD [--grounds G ...] [--relationship R] [--status-lost YYYY-MM-DD] [--today YYYY-MM-DD]
        [--sponsored-in-canada yes|no|unknown] [--permit-expiry YYYY-MM-DD] [... every options field as
        --field-name VALUE, see CONTRIBUTING.md §2] [--json] [--lang CODE]

    python -m calculators interview [--answer FIELD=VALUE ...] [--today YYYY-MM-DD] [--json] [--ics FILE]
    python -m calculators plan --application TYPE --notified YYYY-MM-DD [--field-name VALUE ...] [--json] [--ics FILE]

(``interview`` asks on standard input what the flags did not answer; see calculators/cli_plan.py.)

``--lang fr`` words the answer in French (the request's ``lang``; every code of
calculators/messages/languages.py works, and ``pt-br``, ``zh-CN``, ``ar-EG``; Arabic, Persian and
Urdu lines start with a right-to-left mark, so a terminal lays them out right to left).

Bad input exits with status 2 and one plain-language line on stderr. Output that cannot be
written ends quietly or in one line, never a traceback: a reader who closed the pipe early
(`| head`) gets nothing more (status 141, as a tool stopped by SIGPIPE); a full disk or
another write error gives one line on stderr (status 1).
"""

from __future__ import annotations

import argparse
import errno
import json
import os
import sys

from calculators import api, cli_plan, eligibility
from calculators.messages import for_terminal
from calculators.messages.languages import cli_help
from calculators.rules import DEADLINE_REMEDIES

FLAGS = {"from": "--from", "where": "--where", "remedy": "REMEDY", "application": "--application",
         "decided": "--decided", "notified": "--notified", "grounds": "--grounds",
         "relationship": "--relationship", "status_lost": "--status-lost", "lang": "--lang", "today": "--today",
         # every other options field (calculators.eligibility): field_name -> --field-name
         **{name: "--" + name.replace("_", "-") for name in (*eligibility.CHOICE_FIELDS, *eligibility.DATE_FIELDS)}}


class UsageError(Exception):
    pass


class Parser(argparse.ArgumentParser):
    """argparse that reports a usage problem as one plain line (exit 2), not usage text."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)


def build_parser() -> Parser:
    parser = Parser(prog="python -m calculators",
                    description="Deadlines and options after a Canadian immigration refusal.")
    commands = parser.add_subparsers(dest="command", parser_class=Parser)
    deadline = commands.add_parser("deadline", help="the last day for one remedy, with the working shown")
    deadline.add_argument("remedy", metavar="REMEDY", help=", ".join(DEADLINE_REMEDIES))
    deadline.add_argument("--from", dest="from_", metavar="YYYY-MM-DD", help="the day that starts the time limit")
    deadline.add_argument("--where", help="in-canada, outside-canada or unknown (judicial-review only)")
    deadline.add_argument("--today", metavar="YYYY-MM-DD", help="today's date: adds the days left")
    deadline.add_argument("--json", action="store_true", help="print one JSON object")
    deadline.add_argument("--lang", help=cli_help())
    options = commands.add_parser("options", help="which remedies exist for a refusal")
    options.add_argument("--application", metavar="TYPE")
    options.add_argument("--decided", help="in-canada or outside-canada")
    options.add_argument("--notified", metavar="YYYY-MM-DD")
    options.add_argument("--grounds", nargs="+", metavar="G", default=[])
    options.add_argument("--relationship", metavar="R")
    options.add_argument("--status-lost", metavar="YYYY-MM-DD")
    options.add_argument("--today", metavar="YYYY-MM-DD", help="today's date: adds the days left to each date")
    for name, values in eligibility.CHOICE_FIELDS.items():
        options.add_argument(FLAGS[name], dest=name, metavar="VALUE", help=", ".join(values))
    for name in eligibility.DATE_FIELDS:
        options.add_argument(FLAGS[name], dest=name, metavar="YYYY-MM-DD")
    options.add_argument("--json", action="store_true", help="print one JSON object")
    options.add_argument("--lang", help=cli_help())
    cli_plan.add_commands(commands)  # interview, plan (calculators/cli_plan.py)
    return parser


def _request(args: argparse.Namespace) -> dict:
    if args.command == "deadline":
        request = {"kind": "deadline", "remedy": args.remedy, "from": args.from_}
        if args.where is not None:
            request["where"] = args.where
        if args.today is not None:
            request["today"] = args.today
        if args.lang is not None:
            request["lang"] = args.lang
        return request
    request = {"kind": "options", "application": args.application, "decided": args.decided,
               "notified": args.notified, "grounds": args.grounds}
    if args.lang is not None:
        request["lang"] = args.lang
    if args.relationship is not None:
        request["relationship"] = args.relationship
    if args.status_lost is not None:
        request["status_lost"] = args.status_lost
    for name in ("today", *eligibility.CHOICE_FIELDS, *eligibility.DATE_FIELDS):
        if getattr(args, name, None) is not None:
            request[name] = getattr(args, name)
    return request


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _wording(lang: str):
    return lambda message_id, **params: api.wording(message_id, lang, **params)


def _deadline_text(result: dict, lang: str = "en") -> list[str]:
    w = _wording(lang)
    lines = [result["title"], w("cli.start", day=result["from"]), w("cli.last-day", day=result["last_day"])]
    if result["remedy"] in ("atip-response", "privacy-response"):  # the institution acts, not the reader
        lines[-1] = w("cli.answer-due", day=result["last_day"])
    else:
        lines.append(w("cli.file-by", day=result["file_by"]))
    if result["may_extend_to"]:
        lines.append(w("cli.may-extend-to", day=result["may_extend_to"]))
    if result.get("days_left") is not None:
        lines.append(_days_left(result["days_left"], lang))
    lines += ["", w("cli.steps"), *(f"  {n}. {step}" for n, step in enumerate(result["steps"], 1))]
    lines += ["", w("cli.warnings"), *(f"  - {warning}" for warning in result["warnings"])]
    lines += ["", w("cli.sources"), *(f"  - {link['label']}" + (f" {link['url']}" if link["url"] else "")
                                       for link in result["citation_links"])]
    return lines + ["", w("cli.not-advice")]


def _days_left(days: int, lang: str) -> str:
    key = "cli.days-passed" if days < 0 else "cli.days-today" if days == 0 else "cli.days-left"
    return api.wording(key + (".one" if abs(days) == 1 else ""), lang, n=abs(days))


def _options_text(result: dict, lang: str = "en") -> list[str]:
    w = _wording(lang)
    lines: list[str] = [result["act_by"]["text"], ""] if result.get("act_by") else []
    for option in result["options"]:
        lines.append(w("cli.option", title=option["title"], status=w(f"cli.status.{option['status']}")))
        if option["file_by"]:
            lines.append(w("cli.option-date", file_by=option["file_by"], last_day=option["last_day"]))
            if option.get("days_left") is not None:
                lines.append("  " + _days_left(option["days_left"], lang))
        lines += [f"  - {reason}" for reason in option["reasons"]]
        lines.append("")
    if result["assumptions"]:
        lines += [w("cli.assumptions"), *(f"  - {a}" for a in result["assumptions"]), ""]
    lines += [w("cli.warnings"), *(f"  - {warning}" for warning in result["warnings"])]
    return lines + ["", w("cli.not-advice")]


def _write_utf8() -> None:
    """Answers hold "é", "’" and "«": write UTF-8 whatever the terminal or pipe says (a C or
    ASCII locale would otherwise crash on the first accent)."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")


def _lang_asked(argv: list[str] | None) -> str:
    words = list(sys.argv[1:] if argv is None else argv)
    for index, word in enumerate(words):
        value = word.split("=", 1)[1] if word.startswith("--lang=") else (
            words[index + 1] if word == "--lang" and index + 1 < len(words) else None)
        if value is not None:
            return api.language(value) or api.DEFAULT_LANG
    return api.DEFAULT_LANG


def _drop_stdout() -> None:
    """Nothing more can reach the reader: point standard output at /dev/null so that Python's
    own flush at exit does not fail a second time and print a traceback."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def main(argv: list[str] | None = None) -> int:
    try:
        status = _main(argv)
        sys.stdout.flush()  # a write error surfaces here, not at exit
        return status
    except BrokenPipeError:
        # The reader stopped reading (`| head`): not an error worth a word.
        _drop_stdout()
        return 141
    except OSError as error:
        _drop_stdout()
        lang = _lang_asked(argv)
        line = (api.wording("cli.disk-full", lang) if error.errno in (errno.ENOSPC, errno.EDQUOT)
                else api.wording("cli.cannot-write", lang, reason=error.strerror or str(error)))
        try:
            print(_one_line(line), file=sys.stderr, flush=True)
        except OSError:
            pass
        return 1


def _main(argv: list[str] | None = None) -> int:
    _write_utf8()
    try:
        args = build_parser().parse_args(argv)
        if args.command is None:
            raise UsageError(api.wording("cli.no-command"))
    except UsageError as problem:
        print(_one_line(api.wording("cli.usage-error", message=str(problem))), file=sys.stderr)
        return 2
    if args.command in cli_plan.COMMANDS:
        return cli_plan.run(args)
    request = _request(args)
    lang = api.language(request.get("lang")) or api.DEFAULT_LANG
    result = api.handle(request)
    if "error" in result:
        field, message = result["error"]["field"], result["error"]["message"]
        line = (api.wording("cli.error-field", lang, flag=FLAGS.get(field, field), message=message) if field
                else api.wording("cli.error", lang, message=message))
        print(_one_line(line), file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        text = _deadline_text(result, lang) if args.command == "deadline" else _options_text(result, lang)
        print(for_terminal(text, lang))
    return 0


if __name__ == "__main__":
    sys.exit(main())
