"""The site ships a trimmed Pyodide standard library (scripts/trim_stdlib.py); it answers exactly as the full one.

The build trims Pyodide's python_stdlib.zip to the modules listed in
scripts/pyodide_stdlib_modules.txt. If the engine comes to import a module the list lacks
(a new kind, a new import), the first test fails: run
`python scripts/trim_stdlib.py WHEEL --write-list` and commit the list.
"""

from __future__ import annotations

import shutil

import pytest

from scripts.trim_stdlib import PYODIDE, _comparable, listed_modules, run_probe, stdlib_modules, trimmed_stdlib_bytes

pytestmark = pytest.mark.pyodide
FULL = PYODIDE / "python_stdlib.zip"


@pytest.fixture(scope="module")
def wheel(built_site):
    wheels = sorted((built_site / "assets" / "pyodide").glob("calculators-*.whl"))
    assert wheels, "no calculators wheel in the built site"
    if shutil.which("node") is None:
        pytest.fail("Node is needed to run Pyodide outside the browser: run `make setup`.")
    return wheels[0]


@pytest.fixture(scope="module")
def full_run(wheel, tmp_path_factory):
    return run_probe(wheel, "-", tmp_path_factory.mktemp("probe-full"))


def test_every_standard_library_module_the_engine_imports_is_shipped(full_run):
    needed = stdlib_modules(FULL, set(full_run["modules"]))
    missing = sorted(needed - listed_modules())
    assert missing == [], (
        f"the calculators import {missing}, which the trimmed standard library leaves out: run "
        "`python scripts/trim_stdlib.py <wheel> --write-list` and commit scripts/pyodide_stdlib_modules.txt"
    )


def test_the_site_ships_the_trimmed_zip_under_pyodides_own_name(built_site):
    staged = built_site / "assets" / "pyodide" / "python_stdlib.zip"
    assert staged.read_bytes() == trimmed_stdlib_bytes(FULL)
    assert staged.stat().st_size < FULL.stat().st_size / 2


def test_the_shipped_zip_gives_identical_answers(built_site, wheel, full_run, tmp_path):
    staged = built_site / "assets" / "pyodide" / "python_stdlib.zip"
    trimmed = run_probe(wheel, str(staged), tmp_path)
    assert len(full_run["answers"]) > 8000
    assert _comparable(trimmed["answers"]) == _comparable(full_run["answers"])
