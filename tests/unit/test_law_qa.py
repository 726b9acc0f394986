"""LAW-QA: defects found by walking refused people through the plan, each as a named test
(law/FACTS.md wins; the row each test follows is named in it)."""

import re

import pytest

from calculators.api import handle


def options(lang="en", **request):
    request = {"kind": "options", "notified": "2026-09-15", "decided": "unknown", "lang": lang, **request}
    result = handle(request)
    assert "error" not in result, result
    return {o["remedy"]: o for o in result["options"]}, result


def plan(lang="en", **request):
    request = {"kind": "plan", "today": "2026-12-01", "lang": lang, **request}
    result = handle(request)
    assert "error" not in result, result
    return result


def _all_text(result) -> str:
    import json

    return json.dumps(result, ensure_ascii=False)


# --- 1. French fee amounts


@pytest.mark.parametrize(("application", "extra", "remedy", "amount"), [
    ("visitor-visa", {"decided": "outside-canada"}, "judicial-review", "50\u00a0$"),  # FCIR r. 23
    ("visitor-visa", {"decided": "outside-canada"}, "trp", "200\u00a0$"),  # IRPR s. 298 base fee
    ("extension", {"applied_before_expiry": "unknown"}, "restoration", "200\u00a0$"),  # IRPR s. 306
    ("citizenship", {}, "citizenship-judicial-review", "50\u00a0$"),  # Federal Court citizenship checklist
    ("removal-order", {"removal_status": "foreign-national"}, "humanitarian", "550\u00a0$"),  # IRPR s. 307
])
def test_french_fee_amounts_are_written_the_french_way(application, extra, remedy, amount):
    found, _ = options("fr", application=application, **extra)
    text = " ".join(found[remedy]["reasons"])
    assert amount in text
    assert not re.search(r"\$\s?\d", text), text  # never "$50" in French
    english, _ = options("en", application=application, **extra)
    assert "$" + amount.split("\u00a0")[0] in " ".join(english[remedy]["reasons"])


def test_no_french_plan_has_an_english_style_amount():
    for application in ("visitor-visa", "extension", "citizenship", "removal-order", "refugee-claim"):
        result = plan("fr", application=application, decided="unknown", notified="2026-11-20")
        assert not re.search(r"\$\s?\d", _all_text(result)), application
