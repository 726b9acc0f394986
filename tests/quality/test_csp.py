"""Privacy and security of every built page: the Content-Security-Policy, no inline event
handlers, no request to another host, no cookies, nothing typed kept in storage.

The policy itself is written by scripts/hooks/page_security.py.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from scripts.hooks.page_security import inline_script_hashes

CSP_META = re.compile(r'<meta http-equiv="Content-Security-Policy" content="([^"]*)"', re.IGNORECASE)


class _Scan(HTMLParser):
    """Inline event handlers (onclick=…), javascript: URLs and where the CSP <meta> sits."""

    def __init__(self):
        super().__init__()
        self.handlers: list[str] = []
        self.javascript_urls: list[str] = []
        self.head_order: list[str] = []
        self._in_head = False

    def handle_starttag(self, tag, attrs):
        if tag == "head":
            self._in_head = True
        if self._in_head and tag in ("meta", "script", "link", "style"):
            attributes = dict(attrs)
            if tag == "meta" and (attributes.get("http-equiv") or "").lower() == "content-security-policy":
                self.head_order.append("csp")
            elif tag == "meta" and "charset" in attributes:
                self.head_order.append("charset")
            elif tag != "meta":
                self.head_order.append(tag)
        for name, value in attrs:
            if name.lower().startswith("on"):
                self.handlers.append(f"<{tag} {name}=…>")
            if name in ("href", "src", "action", "formaction") and value and value.strip().lower().startswith("javascript:"):
                self.javascript_urls.append(f"<{tag} {name}={value[:40]}>")

    def handle_endtag(self, tag):
        if tag == "head":
            self._in_head = False


def _directives(policy: str) -> dict[str, list[str]]:
    parsed = {}
    for part in policy.split(";"):
        words = part.split()
        if words:
            parsed[words[0]] = words[1:]
    return parsed


def test_every_page_carries_the_policy_first_in_its_head(built_site, pages):
    problems = []
    for page in pages:
        text = page.read_text(encoding="utf-8")
        name = page.relative_to(built_site).as_posix()
        found = CSP_META.findall(text)
        if len(found) != 1:
            problems.append(f"{name}: {len(found)} Content-Security-Policy <meta> tags")
            continue
        if '<meta name="referrer" content="no-referrer">' not in text:
            problems.append(f"{name}: no referrer policy")
        scan = _Scan()
        scan.feed(text)
        before = scan.head_order[: scan.head_order.index("csp")]
        if any(kind in ("script", "link", "style") for kind in before):
            problems.append(f"{name}: a script or style comes before the policy: {before}")
    assert problems == []


def test_the_policy_allows_only_the_site_itself(built_site, pages):
    for page in pages:
        policy = _directives(CSP_META.search(page.read_text(encoding="utf-8")).group(1))
        assert policy["default-src"] == ["'self'"]
        assert policy["object-src"] == ["'none'"]
        assert policy["base-uri"] == ["'self'"]
        assert policy["form-action"] == ["'self'"]
        assert policy["worker-src"] == ["'self'", "blob:"]
        script = policy["script-src"]
        assert script[:2] == ["'self'", "'wasm-unsafe-eval'"]
        # Nothing but hashes after that: no 'unsafe-inline', no 'unsafe-eval', no host, no scheme.
        assert all(re.fullmatch(r"'sha256-[A-Za-z0-9+/]+={0,2}'", source) for source in script[2:]), script
        for name, sources in policy.items():
            for source in sources:
                assert source in ("'self'", "'none'", "'wasm-unsafe-eval'", "data:", "blob:") or source.startswith(
                    "'sha256-"
                ), f"{page.relative_to(built_site)}: {name} allows {source}"


def test_every_inline_script_is_hashed_in_the_policy(built_site, pages):
    for page in pages:
        text = page.read_text(encoding="utf-8")
        allowed = set(_directives(CSP_META.search(text).group(1))["script-src"])
        missing = [h for h in inline_script_hashes(text) if h not in allowed]
        assert missing == [], f"{page.relative_to(built_site)}: inline scripts not in the policy"


def test_no_page_has_inline_event_handlers_or_javascript_urls(built_site, pages):
    problems = []
    for page in pages:
        scan = _Scan()
        scan.feed(page.read_text(encoding="utf-8"))
        name = page.relative_to(built_site).as_posix()
        problems += [f"{name}: {found}" for found in scan.handlers + scan.javascript_urls]
    assert problems == []


def test_no_built_html_file_anywhere_lacks_the_policy(built_site):
    # Pages *and* any other HTML file the site ships (a stray console.html would run too).
    missing = [p.relative_to(built_site).as_posix() for p in built_site.rglob("*.html") if not CSP_META.search(p.read_text(encoding="utf-8"))]
    assert missing == []


# --- In Chromium -------------------------------------------------------------------------

REPORT_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`);
});
"""


def _visit(page, url):
    page.goto(url, wait_until="networkidle")
    return page.evaluate("window.__cspViolations")


@pytest.mark.browser
def test_pages_load_search_and_switch_palette_with_no_policy_violation(recorded_page, site_url, sample_paths):
    page = recorded_page.page
    page.add_init_script(REPORT_VIOLATIONS)
    problems = []
    for path in sample_paths:  # every page's policy is read from its file above; these are loaded (conftest)
        violations = _visit(page, site_url + path)
        problems += [f"{path}: {v}" for v in violations]
        if path == "/":
            # Exercise Material's scripts: the search worker and the palette toggle.
            page.locator("input.md-search__input").click()
            page.keyboard.type("court")
            page.locator(".md-search-result__item").first.wait_for(timeout=10_000)
            page.keyboard.press("Escape")
            page.locator("form[data-md-component=palette] label:visible").first.click()
            page.wait_for_timeout(200)
            problems += [f"{path} (search, palette): {v}" for v in page.evaluate("window.__cspViolations")]
    assert problems == []
    assert [e for e in recorded_page.console_errors if "Content Security Policy" in e or "Content-Security-Policy" in e] == []
    assert recorded_page.foreign_requests(site_url) == []


@pytest.mark.browser
def test_the_policy_is_enforced_not_just_present(recorded_page, site_url):
    page = recorded_page.page
    page.add_init_script(REPORT_VIOLATIONS)
    page.goto(site_url + "/", wait_until="networkidle")
    ran = page.evaluate(
        """() => new Promise((resolve) => {
            window.__injected = false;
            const s = document.createElement('script');
            s.textContent = 'window.__injected = true';
            document.head.appendChild(s);
            const img = new Image();
            img.onerror = () => resolve(window.__injected);
            img.onload = () => resolve('loaded');
            img.src = 'https://example.invalid/pixel.png';
        })"""
    )
    assert ran is False, "an injected inline script ran: the policy is not in force"
    violations = page.evaluate("window.__cspViolations")
    assert any(v.startswith("script-src") for v in violations), violations
    assert any(v.startswith("img-src") for v in violations), violations


@pytest.mark.browser
def test_no_page_sets_a_cookie(recorded_page, site_url, colour_and_script_paths):
    """A cookie could come only from the site's scripts and Material's, the same files in every language."""
    page = recorded_page.page
    for path in colour_and_script_paths:
        page.goto(site_url + path, wait_until="networkidle")
    assert page.context.cookies() == []
    assert page.evaluate("document.cookie") == ""
