"""The GitHub Actions workflows, checked offline: schema and security audit."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
BIN = Path(sys.executable).parent


def test_there_is_a_test_workflow_and_a_pages_workflow():
    names = {path.name for path in WORKFLOWS}
    assert {"ci.yml", "pages.yml"} <= names


def test_workflows_match_the_github_workflow_schema():
    result = subprocess.run(
        [str(BIN / "check-jsonschema"), "--builtin-schema", "vendor.github-workflows", *map(str, WORKFLOWS)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_workflows_pass_the_zizmor_security_audit():
    result = subprocess.run(
        [str(BIN / "zizmor"), "--offline", "--no-progress", str(ROOT / ".github" / "workflows")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_ci_runs_the_readme_test_command():
    ci_run = (ROOT / ".ci" / "run").read_text()
    readme = (ROOT / "README.md").read_text()
    assert "make test" in ci_run.split("\n", 3)[-1]
    assert "make test" in readme
    assert "make test" in (ROOT / ".github" / "workflows" / "ci.yml").read_text()
