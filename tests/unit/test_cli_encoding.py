"""The CLI writes UTF-8 even when standard output is not UTF-8 (issue 14, item 10).

French answers hold "é" and "’"; with an ASCII locale Python's default stdout encoding would
raise UnicodeEncodeError on the first accent. The process is run for real, with its output a pipe.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": "ascii", "LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0"}
    return subprocess.run([sys.executable, "-m", "calculators", *args], cwd=ROOT, env=env,
                          capture_output=True, timeout=60)


@pytest.mark.parametrize("json_flag", [["--json"], []])
def test_french_answer_is_written_as_utf8_on_an_ascii_stdout(json_flag):
    result = _run("deadline", "judicial-review", "--from", "2026-09-15", "--where", "in-canada",
                  "--lang", "fr", *json_flag)
    assert result.returncode == 0, result.stderr.decode("utf-8", "replace")
    text = result.stdout.decode("utf-8")  # raises if it is not UTF-8
    assert "é" in text
    if json_flag:
        assert json.loads(text)["last_day"] == "2026-10-01"


def test_a_french_error_is_one_utf8_line_on_an_ascii_stderr():
    result = _run("deadline", "judicial-review", "--from", "2026-02-30", "--where", "in-canada", "--lang", "fr")
    assert result.returncode == 2
    message = result.stderr.decode("utf-8")
    assert len(message.strip().splitlines()) == 1
    assert "Traceback" not in message
