"""The trimmed Pyodide standard library (scripts/trim_stdlib.py) answers exactly as the full one."""

from __future__ import annotations

import shutil

import pytest

from scripts.trim_stdlib import PYODIDE, _comparable, run_probe, trim

pytestmark = pytest.mark.pyodide


def test_a_trimmed_stdlib_gives_identical_answers_at_a_third_of_the_size(built_site, tmp_path):
    wheels = sorted((built_site / "assets" / "pyodide").glob("calculators-*.whl"))
    if not wheels or shutil.which("node") is None:
        pytest.skip("no calculators wheel in the build, or no Node")
    full = run_probe(wheels[0], "-", tmp_path)
    out = tmp_path / "python_stdlib.zip"
    trim(PYODIDE / "python_stdlib.zip", set(full["modules"]), out)
    trimmed = run_probe(wheels[0], str(out), tmp_path)
    assert _comparable(trimmed["answers"]) == _comparable(full["answers"])
    assert out.stat().st_size < (PYODIDE / "python_stdlib.zip").stat().st_size / 2
