"""`python -m calculators` (issue 3): the exact command line, JSON output, and bad input."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def run(*args):
    return subprocess.run([sys.executable, "-m", "calculators", *args], cwd=ROOT, capture_output=True,
                          text=True, encoding="utf-8", timeout=60)


def test_deadline_json_has_the_contract_fields():
    done = run("deadline", "judicial-review", "--from", "2026-07-03", "--where", "in-canada", "--json")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["remedy"] == "judicial-review" and result["from"] == "2026-07-03"
    assert (result["last_day"], result["file_by"], result["may_extend_to"]) == ("2026-07-18", "2026-07-17", "2026-07-20")
    assert "IRPA s. 72(2)(b)" in result["citations"]
    assert result["steps"] and isinstance(result["warnings"], list)


def test_deadline_without_json_prints_a_readable_summary():
    done = run("deadline", "applicants-record", "--from", "2025-12-10")
    assert done.returncode == 0
    assert "Last day: Tue 27 Jan 2026" in done.stdout
    assert "FCR r. 6(3)" in done.stdout


def test_help_is_not_an_error():
    done = run("--help")
    assert done.returncode == 0 and "deadline" in done.stdout


def test_access_request_summary_says_when_the_answer_is_due():
    done = run("deadline", "atip-response", "--from", "2026-03-06")
    assert done.returncode == 0
    assert "Answer due by: Tue 7 Apr 2026" in done.stdout


def test_options_json_lists_every_remedy():
    done = run("options", "--application", "extension", "--decided", "in-canada", "--notified", "2026-09-15", "--json")
    assert done.returncode == 0, done.stderr
    options = {o["remedy"]: o for o in json.loads(done.stdout)["options"]}
    assert set(options) == {"judicial-review", "iad-appeal", "reconsideration", "reapply", "restoration", "trp",
                            "notes-request"}
    for option in options.values():
        assert {"remedy", "available", "reasons", "last_day", "citations"} <= set(option)
    # Issue 11 item 2: without the permit's expiry and when the extension was made, no restoration date.
    assert options["restoration"]["last_day"] is None and options["restoration"]["status"] == "maybe"


def test_every_options_field_is_a_flag():
    done = run("options", "--application", "extension", "--decided", "in-canada", "--notified", "2026-09-15",
               "--permit-expiry", "2026-06-01", "--applied-before-expiry", "no", "--today", "2026-09-20", "--json")
    assert done.returncode == 0, done.stderr
    options = {o["remedy"]: o for o in json.loads(done.stdout)["options"]}
    assert options["restoration"]["last_day"] == "2026-08-30"  # 2026-06-01 + 90, not moved
    assert options["restoration"]["days_left"] == -21 and options["restoration"]["state"] == "passed"
    done = run("options", "--application", "refugee-claim", "--decided", "in-canada", "--notified", "2026-09-15",
               "--refugee-stage", "rpd", "--no-credible-basis", "no", "--rad-exception", "none",
               "--reasons-received", "2026-09-18", "--removal-status", "unknown", "--removal-order-type", "unknown",
               "--prra-notified", "2026-09-15", "--port-outcome", "unknown", "--province-program", "unknown",
               "--quebec-decision", "unknown", "--sponsored-in-canada", "unknown", "--family-sponsored", "unknown",
               "--decision-made", "2026-09-14", "--json")
    assert done.returncode == 0, done.stderr
    options = {o["remedy"]: o for o in json.loads(done.stdout)["options"]}
    assert options["rad-appeal"]["last_day"] == "2026-10-05"  # 2026-09-18 + 15 = Sat 10-03 -> Mon 10-05 (RAD r. 35(3))


def test_options_accepts_grounds_relationship_and_status_lost():
    done = run("options", "--application", "sponsorship", "--decided", "outside-canada", "--notified", "2026-09-15",
               "--grounds", "misrepresentation", "--relationship", "spouse", "--status-lost", "2026-09-01",
               "--sponsored-in-canada", "no", "--json")
    assert done.returncode == 0, done.stderr
    options = {o["remedy"]: o for o in json.loads(done.stdout)["options"]}
    assert options["iad-appeal"]["available"] is True
    assert options["judicial-review"]["available"] is False


def test_options_without_json_prints_a_readable_summary():
    done = run("options", "--application", "visitor-visa", "--decided", "outside-canada", "--notified", "2025-10-31")
    assert done.returncode == 0
    assert "File by Tue 30 Dec 2025" in done.stdout


@pytest.mark.parametrize("args, mentions", [
    (("deadline", "judicial-review", "--from", "2026-02-30", "--where", "in-canada"), "February 2026 has only 28 days"),
    (("deadline", "restoration"), "--from"),
    (("deadline", "judicial-review", "--from", "2026-09-15"), "--where"),
    (("deadline", "appeal-to-the-queen", "--from", "2026-09-15"), "REMEDY"),
    (("deadline", "restoration", "--from", "1900-01-01"), "1990 to 2100"),
    (("deadline",), "REMEDY"),
    ((), "deadline or options"),
    (("deadline", "restoration", "--from", "2026-09-15", "--bogus"), "--bogus"),
    (("options", "--decided", "in-canada", "--notified", "2026-09-15"), "--application"),
    (("options", "--application", "extension", "--decided", "in-canada", "--notified", "2026-09-15",
      "--relationship", "cousin"), "--relationship"),
    (("frobnicate",), "frobnicate"),
    (("options", "--application", "extension", "--decided", "in-canada", "--notified", "2026-09-15",
      "--permit-expiry", "2026-02-30"), "--permit-expiry"),
    (("options", "--application", "sponsorship", "--decided", "in-canada", "--notified", "2026-09-15",
      "--sponsored-in-canada", "perhaps"), "--sponsored-in-canada"),
    (("options", "--application", "extension", "--decided", "in-canada", "--notified", "2026-09-15",
      "--today", "yesterday"), "--today"),
    (("deadline", "rad-appeal", "--from", "2026-09-15", "--today", "2026-13-01"), "--today"),
])
def test_bad_input_exits_2_with_one_plain_line(args, mentions):
    done = run(*args)
    assert done.returncode == 2
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr
    assert mentions in lines[0]
    assert "Traceback" not in done.stderr


def _cli(*args, **popen):
    return subprocess.Popen([sys.executable, "-m", "calculators", *args], cwd=ROOT, stderr=subprocess.PIPE, **popen)


def test_a_pipe_closed_early_ends_quietly_with_no_traceback():
    import os

    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader (`| head`) has already gone: every write meets a closed pipe
    child = _cli("options", "--application", "study-permit", "--decided", "outside-canada",
                 "--notified", "2026-07-03", "--json", stdout=write_end)
    os.close(write_end)
    _, stderr = child.communicate(timeout=60)
    assert stderr == b""
    assert child.returncode == 141


@pytest.mark.parametrize("lang, line", [("en", "calculators: the disk is full; the answer was not written."),
                                        ("fr", "calculators : le disque est plein ; la réponse n'a pas été écrite.")])
def test_a_full_disk_gives_one_plain_line_and_status_1(lang, line):
    with open("/dev/full", "wb") as full:
        child = _cli("deadline", "judicial-review", "--from", "2026-07-03", "--where", "in-canada",
                     "--lang", lang, stdout=full)
        _, stderr = child.communicate(timeout=60)
    assert stderr.decode("utf-8") == line + "\n"
    assert child.returncode == 1
