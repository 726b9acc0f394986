"""The calculators wheel and the Pyodide files the build stages into the site (no browser).

scripts/build_wheel.py must give a valid, reproducible pure-Python wheel, and the MkDocs
hook scripts/hooks/pyodide_assets.py must put the runtime and that wheel in every build,
name no CDN, add the calculator script only where a widget is, and fail plainly when the
npm package is missing.
"""

from __future__ import annotations

import base64
import hashlib
import importlib.util
import re
import zipfile
from pathlib import Path
from types import SimpleNamespace

import pytest
from mkdocs.exceptions import PluginError

ROOT = Path(__file__).resolve().parents[2]


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build_wheel = _load("build_wheel", ROOT / "scripts" / "build_wheel.py")
hook = _load("pyodide_assets_hook", ROOT / "scripts" / "hooks" / "pyodide_assets.py")


def test_the_wheel_is_the_same_bytes_every_time(tmp_path):
    first = build_wheel.build_wheel(tmp_path / "a").read_bytes()
    second = build_wheel.build_wheel(tmp_path / "b").read_bytes()
    assert first == second


def test_the_wheel_holds_every_module_and_a_record_that_matches(tmp_path):
    wheel = build_wheel.build_wheel(tmp_path)
    assert re.fullmatch(r"calculators-[0-9][^-]*-py3-none-any\.whl", wheel.name)
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        sources = {path.relative_to(ROOT).as_posix() for path in (ROOT / "calculators").rglob("*.py")
                   if "__pycache__" not in path.parts}
        assert sources <= names
        assert not [name for name in names if name.endswith((".pyc", ".so"))]
        dist_info = next(name.split("/")[0] for name in names if name.endswith(".dist-info/WHEEL"))
        wheel_meta = archive.read(f"{dist_info}/WHEEL").decode()
        assert "Root-Is-Purelib: true" in wheel_meta and "Tag: py3-none-any" in wheel_meta
        assert "Name: calculators" in archive.read(f"{dist_info}/METADATA").decode()
        record = archive.read(f"{dist_info}/RECORD").decode().splitlines()
        listed = {}
        for line in record:
            name, digest, size = line.rsplit(",", 2)
            listed[name] = (digest, size)
        assert set(listed) == names
        for name, (digest, size) in listed.items():
            if name.endswith("/RECORD"):
                assert (digest, size) == ("", "")
                continue
            data = archive.read(name)
            expected = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
            assert digest == f"sha256={expected}" and int(size) == len(data), name


def test_a_build_without_the_npm_package_fails_and_says_what_to_run(tmp_path):
    (tmp_path / "mkdocs.yml").write_text("site_name: x\n")
    config = SimpleNamespace(config_file_path=str(tmp_path / "mkdocs.yml"))
    with pytest.raises(PluginError) as failure:
        hook.on_config(config)
    assert "make serve" in str(failure.value) and "npm ci" in str(failure.value)


def test_the_built_site_holds_the_runtime_and_the_wheel(built_site):
    staged = built_site / "assets" / "pyodide"
    for name in hook.RUNTIME_FILES:
        assert (staged / name).is_file(), name
    assert (staged / "pyodide.asm.wasm").read_bytes() == (ROOT / "node_modules/pyodide/pyodide.asm.wasm").read_bytes()
    wheels = list(staged.glob("*.whl"))
    assert [wheel.name for wheel in wheels] == [build_wheel.wheel_filename()]
    assert wheels[0].read_bytes() == build_wheel.wheel_bytes(languages=())  # English and French


def test_each_language_has_a_wheel_with_its_own_catalogue_only(built_site):
    # A reader downloads one language's catalogue, not thirteen (issue 22: the runtime's byte budget).
    staged = built_site / "assets" / "pyodide"
    compiled = sorted(path.stem for path in (ROOT / "calculators/messages/compiled").glob("*.json"))
    assert sorted(path.parent.name for path in staged.glob("*/*.whl")) == compiled
    for code in compiled:
        wheel = staged / code / build_wheel.wheel_filename()
        assert wheel.read_bytes() == build_wheel.wheel_bytes(languages=(code,))
        with zipfile.ZipFile(wheel) as archive:
            catalogues = [name for name in archive.namelist() if name.startswith(build_wheel.COMPILED_CATALOGUES)]
        assert catalogues == [f"{build_wheel.COMPILED_CATALOGUES}{code}.json"]
        assert wheel.stat().st_size < 300_000, code
    pages = [page for code in compiled for page in (built_site / code / "calculators").glob("*/index.html")]
    for page in pages:  # the pages of a language, once the site builds it
        code = page.relative_to(built_site).parts[0]
        assert re.search(rf'data-wheel="[./]*assets/pyodide/{re.escape(code)}/calculators-[^"?]+\.whl\?v=', page.read_text(encoding="utf-8"))


def test_the_staged_loader_names_no_cdn(built_site):
    text = (built_site / "assets" / "pyodide" / "pyodide.mjs").read_text(encoding="utf-8")
    assert not re.search(r"jsdelivr|unpkg|cdnjs|https?://", text)


def test_only_calculator_pages_get_the_calculator_script(built_site):
    calculator = (built_site / "calculators" / "deadline" / "index.html").read_text(encoding="utf-8")
    tag = re.search(r"<script defer src=\"([^\"]+)\"[^>]*data-wheel=\"([^\"]+)\"", calculator)
    assert tag, "no calculator script on the deadline page"
    assert tag.group(1) == "../../assets/calculators/calculators.js"
    assert re.fullmatch(r"\.\./\.\./assets/pyodide/calculators-[^?]+\.whl\?v=[0-9a-f]{12}", tag.group(2))
    for page in built_site.rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        if "data-calculator=" not in text:
            assert "assets/calculators/" not in text, page.relative_to(built_site)


def test_the_deadline_form_offers_exactly_the_engines_remedies(built_site):
    from calculators import api

    page = (built_site / "calculators" / "deadline" / "index.html").read_text(encoding="utf-8")
    select = re.search(r'<select[^>]*name="remedy"[^>]*>(.*?)</select>', page, re.S).group(1)
    offered = re.findall(r'<option value="([^"]+)"', select)
    remedies = api.handle({"kind": "remedies"})["remedies"]
    assert offered == [remedy["remedy"] for remedy in remedies]
    needs_where = set(re.findall(r'<option value="([^"]+)" data-needs-where', select))
    assert needs_where == {remedy["remedy"] for remedy in remedies if remedy["needs_where"]}
