"""The built site: strict build, and no reference to any host but the site's own."""

import re
from html.parser import HTMLParser

# Attributes whose URL the browser fetches by itself (links a reader clicks, <a href>, are fine).
FETCHED = {("script", "src"), ("img", "src"), ("iframe", "src"), ("source", "src"), ("audio", "src"),
           ("video", "src"), ("embed", "src"), ("object", "data"), ("link", "href"), ("image", "href")}
THIRD_PARTY_NAMES = ("fonts.googleapis", "fonts.gstatic", "unpkg", "jsdelivr", "cdnjs", "googletagmanager",
                     "google-analytics")


class FetchedUrls(HTMLParser):
    def __init__(self):
        super().__init__()
        self.urls: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if (tag, name) in FETCHED and value:
                self.urls.append((tag, value))
            if name == "srcset" and value:
                self.urls.extend((tag, part.strip().split(" ")[0]) for part in value.split(","))


def _pages(site):
    return sorted(site.rglob("*.html"))


def test_strict_build_produces_a_home_page_and_a_404(built_site):
    assert (built_site / "index.html").is_file()
    assert (built_site / "404.html").is_file()


def test_no_page_makes_the_browser_fetch_another_host(built_site):
    offending = []
    for page in _pages(built_site):
        parser = FetchedUrls()
        parser.feed(page.read_text(encoding="utf-8"))
        for tag, url in parser.urls:
            if re.match(r"^(https?:)?//", url):
                offending.append(f"{page.relative_to(built_site)}: <{tag}> {url}")
    assert offending == []


# Material's bundle names unpkg twice, as lazy fallbacks that never run on this site: a
# ResizeObserver polyfill (every browser we support has ResizeObserver) and Mermaid (loaded only
# for a `mermaid` diagram, and no page has one: checked below). The browser tests prove no request.
DORMANT_IN_MATERIAL_BUNDLE = ("https://unpkg.com/resize-observer-polyfill", "https://unpkg.com/mermaid@")


def test_no_built_file_names_a_cdn_or_font_host(built_site):
    offending = []
    for path in built_site.rglob("*"):
        if path.suffix in {".html", ".css", ".js", ".mjs"} and path.is_file():
            text = path.read_text(encoding="utf-8", errors="replace")
            if path.name.startswith("bundle.") and path.parent.name == "javascripts":
                for dormant in DORMANT_IN_MATERIAL_BUNDLE:
                    text = text.replace(dormant, "")
            offending += [f"{path.relative_to(built_site)}: {name}" for name in THIRD_PARTY_NAMES if name in text]
    assert offending == []


def test_no_page_has_a_mermaid_diagram_that_would_load_mermaid_from_a_cdn(built_site):
    assert [p.name for p in _pages(built_site) if 'class="mermaid"' in p.read_text(encoding="utf-8")] == []
