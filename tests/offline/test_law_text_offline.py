"""'What the law says' boxes in the offline export (issue 19 §2): from file://, nothing but file: requests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from calculators import law_quotes, law_text  # noqa: E402
from calculators.messages import cite_label  # noqa: E402

CALCULATOR_TIMEOUT_MS = 90_000
GUIDE = {"en": "remedies/judicial-review.html", "fr": "fr/remedies/judicial-review.html"}
DEADLINE = {"en": "calculators/deadline.html", "fr": "fr/calculators/deadline.html"}


def _opens_with_the_quote(box, rule_id: str, lang: str) -> None:
    assert cite_label(law_quotes.QUOTES[rule_id].label, lang) in box.locator("summary").inner_text()
    box.locator("summary").click()
    part = box.locator(".law-text-part")
    assert part.first.is_visible() and part.first.get_attribute("lang") == lang
    assert law_text.normalise(law_quotes.QUOTES[rule_id].text(lang)) in law_text.normalise(part.first.inner_text())


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_guide_box_opens_the_official_text_from_file(file_page, lang):
    file_page.goto(GUIDE[lang])
    box = file_page.page.locator('article details.law-text[data-rule="judicial-review-in-canada"]')
    _opens_with_the_quote(box, "judicial-review-in-canada", lang)
    assert file_page.console_errors == []
    assert file_page.left_file() == []


@pytest.mark.browser
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_deadline_result_box_opens_the_official_text_from_file(file_page, lang):
    file_page.goto(DEADLINE[lang] + "#remedy=iad-removal-order&from=2026-09-15")
    result = file_page.page.locator('[data-calculator=deadline] .calc-result[data-source="engine"]')
    result.wait_for(state="attached", timeout=CALCULATOR_TIMEOUT_MS)
    _opens_with_the_quote(result.locator("details.law-text"), "iad-removal-order", lang)
    assert file_page.console_errors == []
    assert file_page.left_file() == []
