"""Explore a smaller Pyodide standard library: keep only what Pyodide's start-up and the
calculators import.

    python scripts/trim_stdlib.py WHEEL [--out dist/pyodide/python_stdlib.zip]

1. Boots Pyodide under Node from node_modules/pyodide, unpacks the calculators WHEEL, and
   sends calculators.api thousands of requests of every kind (deadline, options, ics,
   remedies; English, French, unknown language; good, bad, empty and extreme dates), then
   lists every module in sys.modules.
2. Writes a zip with only those modules (plus the data files of the packages kept, and a
   few modules Pyodide needs to *report* a Python error: traceback, linecache, tokenize).
3. Boots Pyodide again with `stdLibURL` pointing at the trimmed zip, repeats the same
   requests, and checks every answer is identical (the calendar file's DTSTAMP aside).

Prints the sizes before and after. `--write-list` also saves the modules kept in
scripts/pyodide_stdlib_modules.txt (committed): the calculators hook
(scripts/hooks/pyodide_assets.py) trims the zip by that list on every build, with
`trimmed_stdlib_bytes()`, and stages the result under the same name in assets/pyodide/.
tests/quality/test_stdlib_trim.py fails when the engine comes to import a module the list
lacks (then run this script again with --write-list, and commit the list).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYODIDE = ROOT / "node_modules" / "pyodide"
ALWAYS = ("traceback", "linecache", "tokenize", "token")
# The standard library modules the site ships (one per line); written by --write-list.
MODULE_LIST = ROOT / "scripts" / "pyodide_stdlib_modules.txt"

PROBE = r"""
import { loadPyodide } from %(loader)s;
import { readFileSync } from "node:fs";
const [stdLibURL, wheel] = process.argv.slice(2);
const options = { indexURL: %(index)s };
if (stdLibURL !== "-") options.stdLibURL = stdLibURL;
const py = await loadPyodide(options);
py.unpackArchive(new Uint8Array(readFileSync(wheel)), "wheel");
console.log(py.runPython(%(python)s));
"""

EXERCISE = r'''
import json, random, sys, datetime
from calculators import api
call = getattr(api, "handle_json", None) or (lambda t: json.dumps(api.handle(json.loads(t))))
rnd = random.Random(7)
remedies = json.loads(call(json.dumps({"kind": "remedies"})))
ids = [r.get("remedy") or r.get("id") for r in remedies.get("remedies", [])] or ["judicial-review", "restoration"]
apps = ["visitor-visa", "study-permit", "work-permit", "extension", "permanent-residence", "sponsorship",
        "residency-obligation", "removal-order"]
grounds = ["misrepresentation", "serious-criminality", "organized-criminality", "security", "human-rights",
           "sanctions", "unknown"]
answers = []
for lang in ("en", "fr", "xx", None):
    for i in range(300):
        d = datetime.date(1985, 1, 1) + datetime.timedelta(days=rnd.randrange(0, 120 * 365))
        day = rnd.choice([d.isoformat(), "", "0001-01-01", "9999-12-31", "2026-02-30", "x"])
        for request in (
            {"kind": "deadline", "remedy": rnd.choice(ids), "from": day, "where": rnd.choice(["in-canada", "outside-canada"])},
            {"kind": "ics", "remedy": rnd.choice(ids), "from": day, "where": "in-canada"},
            {"kind": "options", "application": rnd.choice(apps), "decided": rnd.choice(["in-canada", "outside-canada", "unknown"]),
             "notified": day, "grounds": rnd.sample(grounds, rnd.randrange(0, 3)),
             "relationship": rnd.choice(["spouse", "child", "unknown"]), "status_lost": rnd.choice([day, "unknown"])},
            {"kind": "remedies"}, {"kind": "nope"}, [], "text",
            {"kind": "interview"},
            {"kind": rnd.choice(["plan", "plan-ics"]), "application": rnd.choice(apps),
             "decided": rnd.choice(["in-canada", "outside-canada", "unknown"]), "notified": day, "today": day,
             "grounds": rnd.sample(grounds, rnd.randrange(0, 3)), "province": rnd.choice(["on", "qc", "bc", "unknown"]),
             "relationship": rnd.choice(["spouse", "child", "unknown"])},
        ):
            if lang and isinstance(request, dict):
                request["lang"] = lang
            answers.append(call(json.dumps(request)))
answers.append(call("{not json"))
json.dumps({"answers": answers, "modules": sorted(sys.modules)})
'''


def run_probe(wheel: Path, stdlib: str, workdir: Path) -> dict:
    script = workdir / "probe.mjs"
    script.write_text(PROBE % {
        "loader": json.dumps((PYODIDE / "pyodide.mjs").as_uri()),
        "index": json.dumps(str(PYODIDE) + "/"),
        "python": json.dumps(EXERCISE),
    })
    done = subprocess.run(["node", str(script), stdlib, str(wheel)], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"Pyodide probe failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _module(name: str) -> str | None:
    if name.endswith("/") or not name.endswith((".py", ".pyc")):
        return None
    parts = name.rsplit(".", 1)[0].split("/")
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def trim(source: Path, modules: set[str], destination: Path) -> tuple[int, int]:
    keep_modules = modules | set(ALWAYS)
    with zipfile.ZipFile(source) as zin:
        names = zin.namelist()
        keep = set()
        for name in names:
            module = _module(name)
            if module is None:
                if not name.endswith("/") and name.split("/")[0] in keep_modules:
                    keep.add(name)  # data files of a package that is kept
            elif module in keep_modules:
                keep.add(name)
        folders = {name.rsplit("/", 1)[0] + "/" for name in keep if "/" in name}
        destination.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(destination, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zout:
            for name in names:
                if name in keep or name in folders:
                    zout.writestr(zin.getinfo(name), zin.read(name), compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
    return len(keep), len(names)


def stdlib_modules(source: Path, imported: set[str]) -> set[str]:
    """The modules in `imported` that come from the standard library zip `source`."""
    with zipfile.ZipFile(source) as zin:
        in_zip = {module for module in map(_module, zin.namelist()) if module}
    return {name for name in imported if name in in_zip}


def listed_modules(path: Path = MODULE_LIST) -> set[str]:
    """The committed list of modules to keep (comments and blank lines ignored)."""
    lines = (line.split("#", 1)[0].strip() for line in path.read_text(encoding="utf-8").splitlines())
    return {line for line in lines if line}


def write_list(modules: set[str], path: Path = MODULE_LIST) -> None:
    header = ("# Standard library modules the site ships to Pyodide (scripts/trim_stdlib.py --write-list).\n"
              "# What Pyodide's start-up and calculators.api import; tests/quality/test_stdlib_trim.py checks it.\n")
    path.write_text(header + "".join(f"{name}\n" for name in sorted(modules)), encoding="utf-8")


def trimmed_stdlib_bytes(source: Path, modules: set[str] | None = None) -> bytes:
    """The trimmed zip, in memory (the same bytes for the same source and list)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "python_stdlib.zip"
        trim(source, listed_modules() if modules is None else modules, out)
        return out.read_bytes()


def _comparable(answers: list[str]) -> list[str]:
    return [re.sub(r"DTSTAMP:[0-9TZ]+", "DTSTAMP:-", answer) for answer in answers]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wheel", type=Path, help="the calculators wheel (python scripts/build_wheel.py makes one)")
    parser.add_argument("--out", type=Path, default=ROOT / "dist" / "pyodide" / "python_stdlib.zip")
    parser.add_argument("--write-list", action="store_true", help=f"save the modules kept in {MODULE_LIST.name}")
    args = parser.parse_args(argv)
    source = PYODIDE / "python_stdlib.zip"
    with tempfile.TemporaryDirectory() as tmp:
        full = run_probe(args.wheel.resolve(), "-", Path(tmp))
        modules = stdlib_modules(source, set(full["modules"]))
        kept, total = trim(source, modules, args.out)
        trimmed = run_probe(args.wheel.resolve(), str(args.out.resolve()), Path(tmp))
    same = _comparable(full["answers"]) == _comparable(trimmed["answers"])
    print(f"modules imported: {len(full['modules'])}; zip entries kept {kept} of {total}")
    print(f"python_stdlib.zip: {source.stat().st_size:,} bytes -> {args.out.stat().st_size:,} bytes ({args.out})")
    print(f"{len(full['answers']):,} answers identical with the trimmed library: {same}")
    if same and args.write_list:
        write_list(modules)
        print(f"{len(modules)} modules listed in {MODULE_LIST}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
