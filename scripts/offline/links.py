"""Links that work from file:// in the offline export.

Material's offline plugin turns the links MkDocs writes into `page.html` links, but not:

* links written as raw HTML in the Markdown (`<a href="../deadline/">`) or kept in data
  attributes for the calculators' scripts (`data-deadline-href="../deadline/"`): they are
  directory links, relative to the page's *online* address (`calculators/options/`), and
  from file:// they open a folder, or nothing ("file couldn't be accessed");
* links a script makes while the reader uses a page (the plan's links to guides);
* the print-all-guides page's `__config` base, which the print-site plugin leaves as "/":
  from file:// that is the root of the disk, so Material's search never starts there
  ("Initializing search" for ever).

`fix_site()` rewrites the first and the third in every page of the export, and adds
`assets/offline-links.js` to each page, which fixes the second at the moment a link is
followed (it knows the export's pages, so `x/` becomes `x.html` or `x/index.html`).
"""

from __future__ import annotations

import html
import json
import posixpath
import re
from pathlib import Path
from urllib.parse import urlsplit

SCRIPT = "assets/offline-links.js"
ATTRIBUTE = re.compile(r'(\s(?:href|data-[a-z-]+-href)=")([^"]*)(")')
CONFIG = re.compile(r'(<script id="__config" type="application/json">)(.*?)(</script>)', re.S)
BODY_END = "</body>"

JS = r"""/* The offline export only (scripts/offline/links.py): a link made for the online site, such as
 * "../deadline/" (relative to the page's online address calculators/options/), is turned into
 * the export's file (calculators/deadline.html) when it is followed. */
(function () {
  "use strict";
  if (location.protocol !== "file:") return;
  var PAGES = __PAGES__;
  var script = document.currentScript;
  if (!script) return;
  var root = new URL("..", script.src).href; // this file is in <root>/assets/
  function onlineBase() {
    var here = location.href.split("#")[0].split("?")[0];
    if (/\/index\.html$/.test(here)) return here.replace(/index\.html$/, "");
    return here.replace(/\.html$/, "/");
  }
  function fileFor(raw) {
    if (!raw || /^(?:[a-z][a-z0-9+.-]*:|#|\/|\?)/i.test(raw)) return null;
    var path = raw.split("#")[0].split("?")[0];
    if (path && !/\/$/.test(path) && path !== "." && path !== "..") return null;
    var url = new URL(raw, onlineBase());
    if (url.href.indexOf(root) !== 0) return null;
    var dir = decodeURIComponent(url.pathname.slice(new URL(root).pathname.length)).replace(/\/$/, "");
    var candidates = dir ? [dir + ".html", dir + "/index.html"] : ["index.html"];
    for (var i = 0; i < candidates.length; i++) {
      if (PAGES.indexOf(candidates[i]) >= 0) return new URL(candidates[i], root).href + url.hash;
    }
    return null;
  }
  document.addEventListener("click", function (event) {
    var link = event.target && event.target.closest ? event.target.closest("a[href]") : null;
    if (!link) return;
    var fixed = fileFor(link.getAttribute("href"));
    if (fixed) link.setAttribute("href", fixed);
  }, true);
})();
"""


def pages(site_dir: Path) -> list[str]:
    return sorted(p.relative_to(site_dir).as_posix() for p in site_dir.rglob("*.html") if "assets" not in p.parts[:1])


def online_dir(page: str) -> str:
    """The folder of a page's online address: calculators/options.html -> calculators/options/."""
    if page == "index.html":
        return ""
    if page.endswith("/index.html"):
        return page[: -len("index.html")]
    return page[: -len(".html")] + "/"


def export_target(page: str, raw: str, known: set[str]) -> str | None:
    """The export's file for a directory link on `page`, relative to the page's file, or None."""
    if not raw or re.match(r"(?:[a-z][a-z0-9+.-]*:|#|/|\?)", raw, re.I):
        return None
    parts = urlsplit(html.unescape(raw))
    path = parts.path
    if path and not path.endswith("/") and path not in (".", ".."):
        return None
    joined = posixpath.normpath(posixpath.join(online_dir(page), path or "."))
    if joined.startswith(".."):
        return None
    folder = "" if joined == "." else joined
    for candidate in ([f"{folder}.html", f"{folder}/index.html"] if folder else ["index.html"]):
        if candidate in known:
            target = posixpath.relpath(candidate, posixpath.dirname(page) or ".")
            return target + (f"#{parts.fragment}" if parts.fragment else "")
    return None


def root_from(page: str) -> str:
    depth = page.count("/")
    return "/".join([".."] * depth) if depth else "."


def fix_page(text: str, page: str, known: set[str]) -> str:
    def attribute(match: re.Match) -> str:
        target = export_target(page, match.group(2), known)
        return match.group(1) + (html.escape(target, quote=True) if target else match.group(2)) + match.group(3)

    text = ATTRIBUTE.sub(attribute, text)

    def config(match: re.Match) -> str:
        data = json.loads(match.group(2))
        if str(data.get("base", ".")).startswith("/"):
            data["base"] = root_from(page)
        return match.group(1) + json.dumps(data) + match.group(3)

    text = CONFIG.sub(config, text, count=1)
    if BODY_END in text and SCRIPT not in text:
        src = posixpath.relpath(SCRIPT, posixpath.dirname(page) or ".")
        text = text.replace(BODY_END, f'<script src="{src}"></script>\n{BODY_END}', 1)
    return text


def fix_site(site_dir: Path) -> int:
    """Fix every page of the export; returns how many changed."""
    known = pages(site_dir)
    (site_dir / SCRIPT).parent.mkdir(parents=True, exist_ok=True)
    (site_dir / SCRIPT).write_text(JS.replace("__PAGES__", json.dumps(known)), encoding="utf-8")
    changed = 0
    known_set = set(known)
    for page in known:
        path = site_dir / page
        text = path.read_text(encoding="utf-8")
        fixed = fix_page(text, page, known_set)
        if fixed != text:
            path.write_text(fixed, encoding="utf-8")
            changed += 1
    return changed
