"""Build the `calculators` package into a pure-Python wheel, byte for byte the same every time.

The browser loads this wheel into Pyodide with `pyodide.unpackArchive(buffer, "wheel")`.

Why not `pyodide-build` (or `pip wheel`)?
  * `pyodide-build` is for packages with compiled code. Its releases that target current
    Pyodide need Python >= 3.12 and download a cross-build environment (Emscripten, the
    target Python) on first use; this project runs on Python 3.11 and must build offline.
  * A pure-Python wheel needs neither: it is a zip file with three small metadata files
    (PEP 427 / the binary distribution format spec). `calculators` has no dependencies and
    no compiled code on purpose, so a `py3-none-any` wheel runs unchanged under Pyodide.
  * The project's setuptools (65) has no `bdist_wheel`, and a wheel made by a build backend
    carries timestamps, so two builds of the same source would differ. This one does not:
    files are sorted, every entry has the same date and mode, and the result depends only
    on the source tree.

Run on its own:  python scripts/build_wheel.py [--out DIR]
The MkDocs hook `scripts/hooks/pyodide_assets.py` calls `build_wheel()` on every build.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import io
import re
import sys
import tomllib
import zipfile
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "calculators"
TAG = "py3-none-any"
# Zip cannot store dates before 1980; a fixed date keeps the wheel reproducible.
FIXED_DATE = (1980, 1, 1, 0, 0, 0)
# Files that are never part of the package: caches and editor droppings.
SKIPPED_DIRS = {"__pycache__", ".mypy_cache", ".pytest_cache",
                # The official text (calculators/law_text.py reads it at build time): pages carry the
                # provisions they show, so the browser never downloads the whole extract.
                "official_text"}
SKIPPED_SUFFIXES = {".pyc", ".pyo", ".swp", ".orig", ".rej"}
# The translators' PO catalogues stay out: the engine reads them compiled (calculators/messages/compiled/*.json).
SKIPPED_PATHS = {"calculators/messages/po"}
# Compiled code would not run under Pyodide: refuse it rather than ship a broken wheel.
COMPILED_SUFFIXES = {".so", ".pyd", ".dll", ".dylib", ".c", ".pyx"}


class WheelError(RuntimeError):
    pass


def project_metadata(root: Path = ROOT) -> dict:
    with open(root / "pyproject.toml", "rb") as handle:
        return tomllib.load(handle)["project"]


def normalized_name(name: str) -> str:
    """The distribution name as it appears in a wheel file name (PEP 427, PEP 503)."""
    return re.sub(r"[-_.]+", "_", name).lower()


def wheel_filename(root: Path = ROOT) -> str:
    project = project_metadata(root)
    return f"{normalized_name(project['name'])}-{project['version']}-{TAG}.whl"


# The engine's catalogues of the languages beyond English and French, one JSON file each
# (scripts/i18n_catalogues.py compile). A reader needs one language: the site stages one wheel
# per language (scripts/hooks/pyodide_assets.py), so no page downloads thirteen catalogues.
COMPILED_CATALOGUES = "calculators/messages/compiled/"


def package_files(root: Path = ROOT, languages: Iterable[str] | None = None) -> list[tuple[str, Path]]:
    """(archive name, path) for every file of the package, sorted by archive name.

    ``languages``: the compiled catalogues to include (codes, "es", "pt-BR"); None includes all.
    """
    keep = None if languages is None else {f"{COMPILED_CATALOGUES}{code}.json" for code in languages}
    package_dir = root / PACKAGE
    if not (package_dir / "__init__.py").is_file():
        raise WheelError(f"{package_dir} is not a Python package (no __init__.py)")
    files = []
    for path in package_dir.rglob("*"):
        relative = path.relative_to(root)
        if any(part in SKIPPED_DIRS or part.startswith(".") for part in relative.parts):
            continue
        if any(relative.as_posix().startswith(skipped + "/") for skipped in SKIPPED_PATHS):
            continue
        if not path.is_file() or path.suffix in SKIPPED_SUFFIXES:
            continue
        if keep is not None and relative.as_posix().startswith(COMPILED_CATALOGUES) and relative.as_posix() not in keep:
            continue
        if path.suffix in COMPILED_SUFFIXES:
            raise WheelError(f"{relative} is compiled code; the browser wheel must be pure Python")
        files.append((relative.as_posix(), path))
    return sorted(files)


def _record_hash(data: bytes) -> str:
    digest = hashlib.sha256(data).digest()
    return "sha256=" + base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def _metadata_text(project: dict) -> str:
    lines = [
        "Metadata-Version: 2.1",
        f"Name: {project['name']}",
        f"Version: {project['version']}",
    ]
    if project.get("description"):
        lines.append(f"Summary: {project['description']}")
    if project.get("requires-python"):
        lines.append(f"Requires-Python: {project['requires-python']}")
    license_ = project.get("license")
    if isinstance(license_, dict) and license_.get("text"):
        lines.append(f"License: {license_['text']}")
    return "\n".join(lines) + "\n"


def _wheel_text() -> str:
    return (
        "Wheel-Version: 1.0\n"
        "Generator: scripts/build_wheel.py\n"
        "Root-Is-Purelib: true\n"
        f"Tag: {TAG}\n"
    )


def wheel_bytes(root: Path = ROOT, languages: Iterable[str] | None = None) -> bytes:
    """The wheel as bytes: same source tree (and languages), same bytes. ``languages``: see package_files."""
    project = project_metadata(root)
    dist_info = f"{normalized_name(project['name'])}-{project['version']}.dist-info"
    entries: list[tuple[str, bytes]] = [(name, path.read_bytes()) for name, path in package_files(root, languages)]
    entries.append((f"{dist_info}/METADATA", _metadata_text(project).encode("utf-8")))
    entries.append((f"{dist_info}/WHEEL", _wheel_text().encode("utf-8")))
    record_name = f"{dist_info}/RECORD"
    record = "".join(f"{name},{_record_hash(data)},{len(data)}\n" for name, data in entries)
    record += f"{record_name},,\n"
    entries.append((record_name, record.encode("utf-8")))

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in entries:
            info = zipfile.ZipInfo(name, date_time=FIXED_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = (0o100644 & 0xFFFF) << 16  # a regular file, rw-r--r--
            info.create_system = 3  # Unix, so the mode above is honoured everywhere
            archive.writestr(info, data, compresslevel=9)
    return buffer.getvalue()


def build_wheel(out_dir: Path, root: Path = ROOT) -> Path:
    """Write the wheel into out_dir and return its path. Rewrites it only if the bytes changed."""
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / wheel_filename(root)
    data = wheel_bytes(root)
    if not target.exists() or target.read_bytes() != data:
        target.write_bytes(data)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="directory for the wheel (default: dist/)")
    args = parser.parse_args(argv)
    try:
        path = build_wheel(args.out)
    except WheelError as error:
        print(f"build_wheel: {error}", file=sys.stderr)
        return 1
    print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
