"""Issue 20 item 10: what a reader meets about judicial review explains its shorthand.

A citation in the reader's sentences names its law in words ("Federal Courts Citizenship,
Immigration and Refugee Protection Rules, rule 23", not "FCIR r. 23"); "the other side" says who
that is. The citations list (``citations``, ``citation_links``) keeps the short labels.
"""

from __future__ import annotations

import re

import pytest

from calculators.api import handle

from test_plan import CASES

# Shorthand a reader would not know, and the words that explain it when they sit in the same text.
SHORTHAND = {
    "en": {r"\bIRPA\b": "Immigration and Refugee Protection Act",
           r"\bIRPR\b": "Immigration and Refugee Protection Regulations",
           r"\bFCIR\b": "Federal Courts Citizenship, Immigration and Refugee Protection Rules",
           r"\bFCR\b": "Federal Courts Rules",
           r"\bFCA\b": "Federal Court of Appeal",
           r"\bA\.R\.": "applicant's record",
           r"\bother side\b": "Minister"},
    "fr": {r"\bLIPR\b": "Loi sur l'immigration et la protection des réfugiés",
           r"\bRIPR\b": "Règlement sur l'immigration et la protection des réfugiés",
           r"\bRègles des CF\b": None,
           r"\bCAF\b": "Cour d'appel fédérale",
           r"\bautre partie\b": "ministre"},
}
WHERE = ("in-canada", "outside-canada", "unknown")


def unexplained(text: str, lang: str) -> list[str]:
    return [pattern for pattern, words in SHORTHAND[lang].items()
            if re.search(pattern, text) and (words is None or words not in text)]


def deadline_texts(lang: str):
    for where in WHERE:
        # 2026-11-20: the last day is a Saturday (the court's "probably Monday" step);
        # 2026-12-10: the Christmas recess is counted.
        for start in ("2026-11-20", "2026-12-10"):
            answer = handle({"kind": "deadline", "remedy": "judicial-review", "from": start, "where": where,
                             "today": "2026-12-06", "lang": lang})
            yield from answer["steps"]
            yield from answer["warnings"]


def plan_texts(lang: str):
    for answers in CASES:
        for today in ("2026-09-20", "2027-06-01"):  # before the date, and long after it
            plan = handle({"kind": "plan", **answers, "today": today, "lang": lang})
            jr = [o for o in plan["options"] if o["remedy"] in ("judicial-review", "citizenship-judicial-review")]
            if plan["headline"].get("remedy") == "judicial-review":
                yield plan["headline"]["text"]
            yield from (step["text"] for step in plan["first_steps"] if step["remedy"] == "judicial-review")
            yield from (item["text"] for item in plan["passed_help"] if item.get("remedy") == "judicial-review")
            for option in jr:
                yield from option["why"]
                yield from option.get("steps", [])
                yield from (text for text in (option.get("summary"), option.get("date_text"), option.get("meanwhile"),
                                              option.get("clock"), (option.get("send") or {}).get("text")) if text)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_judicial_review_deadline_and_plan_explain_their_shorthand(lang):
    texts = [*deadline_texts(lang), *plan_texts(lang)]
    assert len(texts) > 50
    bad = {text: unexplained(text, lang) for text in texts if unexplained(text, lang)}
    assert not bad, "\n".join(f"{found}: {text}" for text, found in bad.items())


@pytest.mark.parametrize("lang, words, label", [
    ("en", "(Federal Courts Citizenship, Immigration and Refugee Protection Rules, rule 23)", "FCIR r. 23"),
    ("fr", "(règle 23 des Règles des cours fédérales en matière de citoyenneté, d'immigration et de protection des "
           "réfugiés)", "Règles des CF en matière d'immigration, règle 23")])
def test_the_filing_fee_names_the_rules_it_comes_from(lang, words, label):
    plan = handle({"kind": "plan", **CASES[0], "today": "2026-09-20", "lang": lang})
    jr = next(o for o in plan["options"] if o["remedy"] == "judicial-review")
    assert any(words in text for text in jr["why"]), jr["why"]
    # The citations list keeps the short label, linked to the rule.
    assert label in jr["citations"]
