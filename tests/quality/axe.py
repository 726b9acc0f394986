"""Run axe-core (npm `axe-core`, pinned in package-lock.json) in a Playwright page."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
BLOCKING = {"serious", "critical"}


def run_axe(page, context: str = "document") -> list[dict]:
    """axe's violations of WCAG 2.x A/AA rules in the page as it is now.

    The page's context must be made with bypass_csp=True: axe is added as a script the
    site's own policy (rightly) would not allow.
    """
    # Colours are measured as they are: let fades and transitions (Material's back-to-top
    # button, search results) finish first.
    page.wait_for_function("document.getAnimations().every((a) => a.playState !== 'running')")
    if not AXE.is_file():
        raise AssertionError(f"{AXE} is missing: run `npm ci` (make test does)")
    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        f"""(tags) => axe.run({context}, {{runOnly: {{type: 'tag', values: tags}}, resultTypes: ['violations']}})""",
        WCAG_TAGS,
    )
    return result["violations"]


def blocking(violations: list[dict], where: str) -> list[str]:
    """One line per serious or critical violation, naming the rule and the elements."""
    lines = []
    for violation in violations:
        if violation["impact"] in BLOCKING:
            targets = ", ".join(" ".join(map(str, node["target"])) for node in violation["nodes"][:5])
            more = len(violation["nodes"]) - 5
            lines.append(
                f"{where}: {violation['id']} ({violation['impact']}, {len(violation['nodes'])} elements): "
                f"{violation['help']} — {targets}{f' and {more} more' if more > 0 else ''}"
            )
    return lines
