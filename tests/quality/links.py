"""Links of the built site: internal ones checked against the files, external ones listed.

`python tests/quality/links.py SITE_DIR [REPORT.md]` writes the external-links report
(default dist/reports/external-links.md). No network is used.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urldefrag, urlparse

ROOT = Path(__file__).resolve().parents[2]
REPORT = ROOT / "dist" / "reports" / "external-links.md"
LINKING = {("a", "href"), ("link", "href"), ("script", "src"), ("img", "src"), ("source", "src"), ("area", "href")}


class _Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids: set[str] = set()
        self.links: list[dict] = []
        self._open_a: dict | None = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        for key in ("id", "name"):
            if attributes.get(key) and (key == "id" or tag == "a"):
                self.ids.add(attributes[key])
        for (link_tag, attr) in LINKING:
            if tag == link_tag and attributes.get(attr) is not None:
                link = {"tag": tag, "url": attributes[attr], "text": "", "quick_exit": "data-quick-exit" in attributes}
                self.links.append(link)
                if tag == "a":
                    self._open_a = link

    def handle_data(self, data):
        if self._open_a is not None:
            self._open_a["text"] += data

    def handle_endtag(self, tag):
        if tag == "a":
            self._open_a = None


def parse_site(site: Path) -> dict[str, _Page]:
    parsed = {}
    for path in sorted(site.rglob("*.html")):
        if "assets" in path.relative_to(site).parts:
            continue
        page = _Page()
        page.feed(path.read_text(encoding="utf-8"))
        parsed[path.relative_to(site).as_posix()] = page
    return parsed


def _target_file(site: Path, page: str, url: str) -> tuple[str | None, str]:
    """The site-relative file an internal link points at, and its fragment."""
    base, fragment = urldefrag(url)
    base = unquote(base)
    if not base:
        return page, fragment
    if base.startswith("/"):
        joined = PurePosixPath(base.lstrip("/"))
    else:
        joined = PurePosixPath(page).parent / base
    parts: list[str] = []
    for part in joined.parts:
        if part == "..":
            if not parts:
                return None, fragment  # above the site root
            parts.pop()
        elif part not in (".", ""):
            parts.append(part)
    relative = "/".join(parts)
    candidate = site / relative
    if base.endswith("/") or candidate.is_dir():
        relative = (relative + "/index.html").lstrip("/")
    return relative, fragment


def broken_internal_links(site: Path) -> list[str]:
    pages = parse_site(site)
    problems = []
    for name, page in pages.items():
        for link in page.links:
            url = link["url"].strip()
            scheme = urlparse(url).scheme
            if scheme or url.startswith("//"):
                continue  # external (http, https, mailto, tel): listed in the report instead
            target, fragment = _target_file(site, name, url)
            if target is None or not (site / target).is_file():
                problems.append(f"{name}: <{link['tag']}> {url} → no such file")
                continue
            if fragment and link["tag"] == "a":
                ids = pages[target].ids if target in pages else set()
                if target.endswith(".html") and unquote(fragment) not in ids:
                    problems.append(f"{name}: {url} → no id '{fragment}' in {target}")
    return problems


def external_links(site: Path) -> dict[str, list[tuple[str, str]]]:
    """Each external URL → the (page, link text) places it is cited from. The quick exit is left out."""
    found: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for name, page in parse_site(site).items():
        for link in page.links:
            url = link["url"].strip()
            if urlparse(url).scheme in ("http", "https", "mailto", "tel") and not link["quick_exit"]:
                place = (name, " ".join(link["text"].split()))
                if place not in found[url]:
                    found[url].append(place)
    return dict(sorted(found.items()))


def write_report(site: Path, report: Path = REPORT) -> Path:
    links = external_links(site)
    lines = [
        "# External links in the built site",
        "",
        "Every link to another website, with the pages that cite it and the link text. Generated",
        "without network access by `tests/quality/links.py`; check the targets by hand when the",
        "law changes. The quick-exit link (on every page) is not listed.",
        "",
        f"{len(links)} distinct targets.",
        "",
        "| target | cited on (link text) |",
        "|---|---|",
    ]
    for url, places in links.items():
        cited = "<br>".join(f"`{page}` ({text or 'no text'})" for page, text in places)
        cited = cited.replace("|", "\\|")
        lines.append(f"| <{url}> | {cited} |")
    report.parent.mkdir(parents=True, exist_ok=True)
    report.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return report


if __name__ == "__main__":
    site_dir = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT / "site")
    out = write_report(site_dir, Path(sys.argv[2]) if len(sys.argv) > 2 else REPORT)
    print(out)
