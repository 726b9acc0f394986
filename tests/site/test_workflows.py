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


def _workflow(name: str) -> dict:
    import yaml  # PyYAML comes with MkDocs

    return yaml.safe_load((ROOT / ".github" / "workflows" / name).read_text())


def test_pages_deploys_only_after_the_tests_pass():
    jobs = _workflow("pages.yml")["jobs"]
    assert jobs["test"]["uses"] == "./.github/workflows/ci.yml"
    assert "test" in jobs["build"]["needs"]
    assert "test" in jobs["deploy"]["needs"] and "build" in jobs["deploy"]["needs"]
    assert "workflow_call" in _workflow("ci.yml")[True]  # PyYAML reads the key `on` as True


def test_pages_is_rebuilt_on_a_schedule():
    """The holiday table and the answers computed ahead of time depend on the build date."""
    assert _workflow("pages.yml")[True]["schedule"][0]["cron"]


def test_no_workflow_uses_node_20_which_reached_its_end_of_life():
    versions = []
    for path in WORKFLOWS:
        for job in _workflow(path.name)["jobs"].values():
            for step in job.get("steps", []):
                if "setup-node" in step.get("uses", ""):
                    versions.append(str(step["with"]["node-version"]))
    assert versions and all(int(v.split(".")[0]) >= 22 for v in versions), versions


def test_every_python_dependency_is_pinned_with_hashes_and_installed_with_require_hashes():
    for name in ("site.txt", "test.txt"):
        text = (ROOT / "requirements" / name).read_text()
        requirements = [line for line in text.splitlines() if line and not line.startswith((" ", "#"))]
        assert requirements, name
        for line in requirements:
            assert "==" in line and line.rstrip().endswith("\\"), f"{name}: not pinned with a hash: {line}"
    assert "--require-hashes -r requirements/test.txt" in (ROOT / "Makefile").read_text()
    assert "--require-hashes -r requirements/site.txt" in (ROOT / ".github" / "workflows" / "pages.yml").read_text()


def test_pages_sets_the_site_address_from_the_repository():
    text = (ROOT / ".github" / "workflows" / "pages.yml").read_text()
    assert "SITE_URL=" in text and "github.event.repository.name" in text
    assert "site_url: !ENV [SITE_URL" in (ROOT / "mkdocs.yml").read_text()
