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


# --- 2. When the misrepresentation bar starts (FACTS §6 Revised)


@pytest.mark.parametrize(("lang", "expected"), [
    ("en", "counted from the final decision or, if you were removed from Canada, from your removal"),
    ("fr", "à compter de la décision finale ou, si vous avez été renvoyé du Canada, de votre renvoi"),
])
def test_misrepresentation_bar_counts_from_the_final_decision_or_removal(lang, expected):
    from calculators.reference import snippets

    texts = snippets(lang=lang)
    assert texts["misrepresentation-bar/trigger.md"] == expected
    assert expected in texts["table/time-limits.md"]
    everything = "\n".join(texts.values())
    assert "after the finding of misrepresentation" not in everything
    assert "après la conclusion de fausses déclarations" not in everything
    # The options' wording of the bar says the same start.
    found, _ = options(lang, application="visitor-visa", grounds=["misrepresentation"])
    bar = " ".join(found["reapply"]["reasons"])
    assert ("from the final decision or, if you were removed from Canada, from your removal" in bar
            or "de la décision finale ou, si vous avez été renvoyé du Canada, de votre renvoi" in bar)
