"""Compute once, word once (issue 22): the modules that compute an answer never import the wording.

They return ids, numbers and dates; the boundary words them in the reader's language in one
pass. So adding a language is adding a catalogue, and a change to the law does not travel
through the wording. Every module of the package is listed below as one or the other, so a new
module has to be placed (and a computing one that starts wording fails here).
"""

from __future__ import annotations

import ast
import pkgutil
from pathlib import Path

import pytest

import calculators

PACKAGE = Path(calculators.__file__).resolve().parent

# Compute: ids, numbers, dates; no sentence, no language.
COMPUTING = {
    "calculators.calendar": "holidays, the seasonal recess",
    "calculators.rules": "time limits, fees, dated facts, citation addresses",
    "calculators.deadlines": "counting a time limit: dates and the steps as ids with parameters",
    "calculators.requests": "reading and checking a request's fields",
    "calculators.eligibility.core": "the vocabulary of findings and options",
    "calculators.eligibility.common": "options most refusals share",
    "calculators.eligibility.court": "the Federal Court and the IAD",
    "calculators.eligibility.family": "family class",
    "calculators.eligibility.border": "port of entry",
    "calculators.eligibility.citizenship": "citizenship",
    "calculators.eligibility.provincial": "provincial and Quebec programs",
    "calculators.eligibility.refugee": "refugee claims",
    "calculators.eligibility.removal": "removal orders",
    "calculators.eligibility.residency": "residency obligation",
    "calculators.eligibility.restoration": "restoration",
    "calculators.eligibility.temporary": "temporary residence",
    "calculators.eligibility.terminated": "terminated status",
}

# The boundary and the wording: they may word (or are the words).
BOUNDARY = {
    "calculators": "the package",
    "calculators.__main__": "the command line",
    "calculators.cli_plan": "the command line's interview and plan",
    "calculators.api": "the JSON boundary",
    "calculators.deadline_answers": "the deadline, ics and remedies kinds",
    "calculators.options": "the options kind",
    "calculators.result_fields": "fields several kinds share, worded",
    "calculators.wording": "deadlines, holidays, the recess and citations, worded",
    "calculators.eligibility": "the package: assess (computes) and word_finding (re-exported)",
    "calculators.eligibility.wording": "findings into sentences",
    "calculators.interview": "the interview kind: its questions, worded",
    "calculators.plan": "the plan kind (wt-plan is splitting its compute part from its wording)",
    "calculators.ics": "calendar files, worded",
    "calculators.reference": "the law snippets, worded (build time)",
    "calculators.official_pages": "official pages' titles and snippets (build time)",
    "calculators.help_directory": "the directory of legal help, in English and French",
    "calculators.precompute": "answers ahead of time (build time)",
    "calculators.law_text": "the official text's extract (build time)",
    "calculators.law_quotes": "verbatim quotes of the law (build time)",
    "calculators.cited_labels": "citation labels the engine prints (build time)",
    "calculators.law_boxes": "the \"What the law says\" boxes, worded (build time)",
}
WORDING = "calculators.messages"


def _modules() -> list[str]:
    names = ["calculators"]
    for info in pkgutil.walk_packages([str(PACKAGE)], prefix="calculators."):
        if not info.name.startswith(WORDING):
            names.append(info.name)
    return names


def _source(module: str) -> Path:
    parts = module.split(".")[1:]
    path = PACKAGE.joinpath(*parts)
    return path / "__init__.py" if path.is_dir() else path.with_suffix(".py")


def _imports(module: str) -> set[str]:
    """Every module ``module`` imports, at the top or inside a function (a late import is an import)."""
    tree = ast.parse(_source(module).read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
    return found


def test_every_module_is_placed_as_computing_or_boundary():
    modules = set(_modules())
    unplaced = sorted(modules - set(COMPUTING) - set(BOUNDARY))
    assert not unplaced, f"place these in COMPUTING or BOUNDARY: {unplaced}"
    assert not set(COMPUTING) & set(BOUNDARY)
    assert set(COMPUTING) <= modules, sorted(set(COMPUTING) - modules)


@pytest.mark.parametrize("module", sorted(COMPUTING))
def test_computing_module_imports_no_wording(module):
    wording = {name for name in _imports(module)
               if name == WORDING or name.startswith(WORDING + ".") or name in BOUNDARY and name not in (
                   "calculators", "calculators.eligibility")}
    # "from calculators import messages" names the wording as calculators.messages too.
    assert not wording, f"{module} ({COMPUTING[module]}) imports {sorted(wording)}: word its result at the boundary"


def test_the_check_sees_a_late_import_of_the_wording(tmp_path, monkeypatch):
    # The check must catch what the split removed: calendar.holiday_name imported say inside the function.
    source = tmp_path / "calendar.py"
    source.write_text("def holiday_name(day, lang):\n    from calculators.messages import say\n    return say('x', lang)\n")
    monkeypatch.setattr(f"{__name__}._source", lambda module: source)
    assert WORDING in _imports("calculators.calendar")


def _import_loops(graph: dict[str, set[str]]) -> list[list[str]]:
    """Each group of modules that import one another round a loop (strongly connected, two or more)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    loops: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for other in sorted(graph[module]):
            if other not in index:
                visit(other)
                low[module] = min(low[module], low[other])
            elif other in stack:
                low[module] = min(low[module], index[other])
        if low[module] == index[module]:
            group = []
            while True:
                top = stack.pop()
                group.append(top)
                if top == module:
                    break
            if len(group) > 1:
                loops.append(sorted(group))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return loops


def test_no_module_of_the_package_imports_its_way_back_to_itself():
    # The wording imports the computing modules and the snippet writer imports the wording, never the
    # other way round: a loop (reference.py <-> wording.py through a late import) hides which one words.
    modules = set(_modules())
    graph = {module: {name for name in _imports(module) if name in modules and name != module} for module in modules}
    assert _import_loops(graph) == []


def test_the_loop_check_finds_a_loop_of_three_modules():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _import_loops(graph) == [["a", "b", "c"]]
