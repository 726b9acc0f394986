"""Build the offline export: the whole site as a folder and a zip that work from file://.

    python scripts/build_offline.py                      # dist/offline/ and dist/offline.zip
    python scripts/build_offline.py --publish-into site  # also put the zip in a built site
                                                         # and fill in its download page

Opened by double-click (a file:// URL), with no network and no local server, the export
gives every page and its navigation, search, the calculators and the print-all-guides page.
What makes that work, step by step:

1. `mkdocs build --strict -f mkdocs.offline.yml` with OFFLINE_EXPORT=true, which switches on
   Material's `offline` plugin (plain `page.html` links instead of directory URLs, and the
   search index inlined as a script). mkdocs.offline.yml names the npm `iframe-worker` shim
   as a polyfill, so the plugin does not add it from a CDN; this script copies the shim in.
   The shim runs Material's search worker in a hidden iframe, since browsers refuse
   `new Worker()` for file:// URLs; scripts/offline/search_worker.py adds the hash of the
   one inline script the shim writes into that iframe to each page's Content-Security-Policy.
2. Pyodide: browsers also refuse `fetch()` and module `import()` of file:// URLs, so
   scripts/offline/pyodide_payload.py turns the pinned npm package (as staged in the built
   site by the calculators hook) into classic <script> files that carry the WebAssembly
   binary, the standard library and the calculators wheel as base64, and a classic-script
   version of `pyodide.asm.mjs`. scripts/offline/offline-pyodide.js, added before the
   calculators script on each page with a widget, runs the calculators on the page's own
   thread from those files (see the comment at its top). The online site is not touched.
3. Links: scripts/offline/links.py turns the directory links written as raw HTML or kept for
   the calculators' scripts (`data-deadline-href="../deadline/"`) into the export's `.html`
   files, sets the print page's search base (the print-site plugin writes "/", the root of
   the disk from file://) and adds a small script that does the same for links a script
   makes while the reader uses a page.
4. The download page of the export says when the export was made; the zip is written with
   fixed dates and sorted names.
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import os
import re
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from offline import links, pyodide_payload, search_worker  # noqa: E402 - needs the path above
from download_page_fr import publish_fr, stamp_export_fr  # noqa: E402 - the French download page (issue 13)

CONFIG = ROOT / "mkdocs.offline.yml"
SHIM_SOURCE = ROOT / "node_modules" / "iframe-worker" / "shim" / "index.js"
# Must contain "iframe-worker" (Material's offline plugin then adds no CDN copy) and match
# extra.polyfills in mkdocs.offline.yml.
SHIM_TARGET = "assets/javascripts/iframe-worker/shim.js"
DOWNLOAD_PAGE_MARKER = re.compile(r'<p id="offline-export"[^>]*>.*?</p>', re.S)
PRINT_MARKER = re.compile(r'<p id="print-all-guides"[^>]*>.*?</p>', re.S)
ZIP_NAME = "offline.zip"
INFO_NAME = "offline.json"


def human_size(size: int) -> str:
    if size >= 1_000_000:
        return f"{size / 1_000_000:.0f} MB" if size >= 10_000_000 else f"{size / 1_000_000:.1f} MB"
    return f"{max(1, round(size / 1000))} kB"


def long_date(day: dt.date) -> str:
    return f"{day.strftime('%B')} {day.day}, {day.year}"


def build_date() -> dt.date:
    """Today in UTC, or the date in SOURCE_DATE_EPOCH (reproducible builds)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return dt.datetime.fromtimestamp(int(epoch), dt.timezone.utc).date()
    return dt.datetime.now(dt.timezone.utc).date()


def run_mkdocs(site_dir: Path) -> None:
    env = {**os.environ, "OFFLINE_EXPORT": "true", "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(CONFIG), "--site-dir", str(site_dir)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise SystemExit(f"mkdocs build of the offline export failed:\n{result.stdout}\n{result.stderr}")


def copy_search_shim(site_dir: Path) -> None:
    if not SHIM_SOURCE.is_file():
        raise SystemExit(f"{SHIM_SOURCE} is missing: run `npm ci` (or `make setup`), then build again.")
    target = site_dir / SHIM_TARGET
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SHIM_SOURCE, target)


def html_pages(site_dir: Path) -> list[Path]:
    return sorted(site_dir.rglob("*.html"))


def stamp_export_download_page(site_dir: Path, day: dt.date) -> None:
    page = site_dir / "download.html"
    if not page.is_file():
        return
    text = page.read_text(encoding="utf-8")
    stamped = DOWNLOAD_PAGE_MARKER.sub(
        lambda _: (
            '<p id="offline-export"><strong>You are reading the offline copy, made on '
            f'<time datetime="{day.isoformat()}">{long_date(day)}</time>.</strong> '
            "It does not update itself: to get a newer one, download it again from the site "
            "when you have a connection.</p>"
        ),
        text,
        count=1,
    )
    stamped = PRINT_MARKER.sub(
        lambda _: (
            '<p id="print-all-guides"><a href="print_page.html"><strong>Print all guides</strong></a> '
            "puts every guide on one page, in reading order. Open it, then use your browser's "
            "<strong>Print</strong> command. To keep a PDF, choose <strong>Save as PDF</strong> as the printer.</p>"
        ),
        stamped,
        count=1,
    )
    page.write_text(stamped, encoding="utf-8")


def write_zip(site_dir: Path, zip_path: Path) -> None:
    """Zip the folder with sorted names and one fixed date, so the same export gives the same zip."""
    tmp = zip_path.with_suffix(".zip.tmp")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for path in sorted(p for p in site_dir.rglob("*") if p.is_file()):
            info = zipfile.ZipInfo(path.relative_to(site_dir).as_posix(), date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, path.read_bytes(), compresslevel=9)
    tmp.replace(zip_path)


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def build_export(out: Path) -> dict:
    started = time.monotonic()
    out.mkdir(parents=True, exist_ok=True)
    site_dir = out / "offline"
    if site_dir.exists():
        shutil.rmtree(site_dir)
    run_mkdocs(site_dir)
    copy_search_shim(site_dir)
    search_worker.allow_search_worker(site_dir, SHIM_SOURCE.read_text(encoding="utf-8"))
    calculators = pyodide_payload.make_offline(site_dir)
    links.fix_site(site_dir)
    day = build_date()
    stamp_export_download_page(site_dir, day)
    stamp_export_fr(site_dir, day)
    zip_path = out / ZIP_NAME
    write_zip(site_dir, zip_path)
    info = {
        "date": day.isoformat(),
        "zip_bytes": zip_path.stat().st_size,
        "unpacked_bytes": folder_size(site_dir),
        "files": sum(1 for p in site_dir.rglob("*") if p.is_file()),
        "calculators": calculators,
        "seconds": round(time.monotonic() - started, 1),
    }
    (out / INFO_NAME).write_text(json.dumps(info, indent=2) + "\n", encoding="utf-8")
    return info


def publish_into(site: Path, out: Path, info: dict) -> None:
    """Put the zip in a built (online) site and fill in the date and size on its download page."""
    shutil.copyfile(out / ZIP_NAME, site / ZIP_NAME)
    candidates = [site / "download" / "index.html", site / "download.html"]
    page = next((p for p in candidates if p.is_file()), None)
    if page is None:
        raise SystemExit(f"no download page in {site}: is docs/download.md in the nav?")
    day = dt.date.fromisoformat(info["date"])
    href = os.path.relpath(site / ZIP_NAME, page.parent).replace(os.sep, "/")
    print_href = "../print_page/" if page.name == "index.html" else "print_page.html"
    text = page.read_text(encoding="utf-8")
    if not DOWNLOAD_PAGE_MARKER.search(text):
        raise SystemExit(f"{page} has no <p id=\"offline-export\">: the download page changed; update this script.")
    text = DOWNLOAD_PAGE_MARKER.sub(
        lambda _: (
            f'<p id="offline-export"><a class="md-button md-button--primary" href="{html.escape(href)}" download>'
            f"Download the offline copy ({html.escape(ZIP_NAME)}, {human_size(info['zip_bytes'])})</a><br>"
            f'Made on <time datetime="{day.isoformat()}">{long_date(day)}</time>. '
            f"Unzipped, it takes {human_size(info['unpacked_bytes'])}.</p>"
        ),
        text,
        count=1,
    )
    text = PRINT_MARKER.sub(
        lambda _: (
            f'<p id="print-all-guides"><a href="{print_href}"><strong>Print all guides</strong></a> '
            "puts every guide on one page, in reading order. Open it, then use your browser's "
            "<strong>Print</strong> command. To keep a PDF, choose <strong>Save as PDF</strong> as the printer.</p>"
        ),
        text,
        count=1,
    )
    page.write_text(text, encoding="utf-8")
    publish_fr(site, site / ZIP_NAME, info["zip_bytes"], info["unpacked_bytes"], day)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="where offline/ and offline.zip go")
    parser.add_argument("--publish-into", type=Path, help="a built site: copy the zip in and stamp its download page")
    args = parser.parse_args(argv)
    out = args.out.resolve()
    info = build_export(out)
    if args.publish_into:
        publish_into(args.publish_into.resolve(), out, info)
    print(
        f"offline export {info['date']}: {out / ZIP_NAME} {human_size(info['zip_bytes'])}, "
        f"unpacked {human_size(info['unpacked_bytes'])} in {info['files']} files "
        f"(calculators: {'yes' if info['calculators'] else 'not in this build'}), {info['seconds']} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
