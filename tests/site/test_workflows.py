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


# The first release of each action that runs on Node 24 (action.yml `using: node24`), read in
# each action's repository at its tag: checkout v5.0.0, setup-python v6.0.0, setup-node
# v5.0.0, deploy-pages v5.0.0; upload-pages-artifact is a composite action whose v3 pulled
# actions/upload-artifact by tag (`@v4`, Node 20) and whose v5.0.0 pins it by commit (v7.0.0).
FIRST_ON_NODE_24 = {
    "actions/checkout": 5,
    "actions/setup-python": 6,
    "actions/setup-node": 5,
    "actions/upload-pages-artifact": 5,
    "actions/deploy-pages": 5,
}


def _uses() -> list[str]:
    found = []
    for path in WORKFLOWS:
        for line in path.read_text(encoding="utf-8").splitlines():
            stripped = line.strip().removeprefix("- ")
            if stripped.startswith("uses:"):
                found.append(stripped.removeprefix("uses:").strip())
    return found


def test_every_action_is_pinned_by_full_commit_to_a_release_that_runs_on_node_24():
    import re

    problems = []
    for use in _uses():
        if use.startswith("./"):
            continue  # this repository's own reusable workflow
        match = re.fullmatch(r"([\w.-]+/[\w.-]+)@([0-9a-f]{40}) # v(\d+)\.\d+\.\d+", use)
        if not match:
            problems.append(f"not pinned by full commit with its release: {use}")
            continue
        action, _, major = match.groups()
        if action not in FIRST_ON_NODE_24:
            problems.append(f"an action nobody checked runs on Node 24: {action}")
        elif int(major) < FIRST_ON_NODE_24[action]:
            problems.append(f"{action} v{major} runs on Node 20")
    assert problems == [], problems
