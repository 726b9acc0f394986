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


# --- 3. FACTS §12: the new refugee-claim ineligibility as rule rows, snippets and wording


def test_refugee_claim_ineligibility_rules_are_rows_with_their_sources():
    from calculators.rules import dated_fact, time_limit

    one_year = time_limit("refugee-claim-one-year")
    land = time_limit("refugee-claim-land-border")
    assert (one_year.length, one_year.unit, one_year.source) == (1, "years", "IRPA s. 101(1)(b.1)")
    assert (land.length, land.unit, land.source) == (14, "days", "IRPA s. 101(1)(b.2)")
    for limit in (one_year, land):
        assert limit.counting == "period" and limit.status == "V"
        assert set(limit.also) - {"IRPR s. 159.4(1.1)"} == {"IRPA s. 101(1.1)", "S.C. 2026, c. 4 s. 75"}
    entered = dated_fact("refugee-claim-one-year-entered-after")
    since = dated_fact("refugee-claim-ineligibility-claims-from")
    assert entered.day.isoformat() == "2020-06-24" and entered.source == "IRPA s. 101(1)(b.1)"
    assert since.day.isoformat() == "2025-06-03" and since.source == "IRPA s. 101(1.1)"
    assert since.also == ("S.C. 2026, c. 4 s. 75",) and "S" in since.status  # date of introduction: S


@pytest.mark.parametrize(("lang", "texts"), [
    ("en", {"refugee-claim-one-year/limit.md": "1 year", "refugee-claim-land-border/limit.md": "14 days",
            "refugee-claim-one-year/trigger.md": "after you first entered Canada",
            "date/refugee-claim-one-year-entered-after/day.md": "24 June 2020",
            "date/refugee-claim-ineligibility-claims-from/day.md": "3 June 2025"}),
    ("fr", {"refugee-claim-one-year/limit.md": "1 an", "refugee-claim-land-border/limit.md": "14 jours",
            "refugee-claim-one-year/trigger.md": "après votre première entrée au Canada",
            "date/refugee-claim-one-year-entered-after/day.md": "24 juin 2020",
            "date/refugee-claim-ineligibility-claims-from/day.md": "3 juin 2025"}),
])
def test_refugee_claim_ineligibility_snippets(lang, texts):
    from calculators.reference import snippets

    written = snippets(lang=lang)
    for path, text in texts.items():
        assert written[path] == text
    cite = written["date/refugee-claim-ineligibility-claims-from/cite.md"]
    assert ("S.C. 2026, c. 4 s. 75" if lang == "en" else "L.C. 2026, ch. 4, art. 75") in cite
    assert "section-101.html" in cite or "art-101.html" in cite


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_ineligible_refugee_claim_option_says_which_claims_are_ineligible(lang):
    found, _ = options(lang, application="refugee-claim", refugee_stage="ineligible")
    text = " ".join(found["judicial-review"]["reasons"])
    for part in (("1 year", "14 days", "24 June 2020", "3 June 2025") if lang == "en"
                 else ("1 an", "14 jours", "24 juin 2020", "3 juin 2025")):
        assert part in text
    assert found["rad-appeal"]["status"] == "no"
    assert found["judicial-review"]["rule"] == "judicial-review-in-canada"  # FACTS §12: 15 days


@pytest.mark.parametrize("source", ["docs/remedies/refugee-claim.md", "docs/remedies/refugee-claim.fr.md"])
def test_refugee_claim_guide_names_the_ineligibility_rules_from_snippets(source):
    from pathlib import Path

    text = (Path(__file__).resolve().parents[2] / source).read_text(encoding="utf-8")
    prefix = "law/fr/" if source.endswith(".fr.md") else "law/"
    for snippet in ("refugee-claim-one-year/limit.md", "refugee-claim-land-border/limit.md",
                    "date/refugee-claim-one-year-entered-after/day.md",
                    "date/refugee-claim-ineligibility-claims-from/day.md"):
        assert "{!" + prefix + snippet + "!}" in text
    assert "too long after you first came" not in text and "trop longtemps après" not in text


# --- 5. No unused message in the law's catalogue (messages/en.py, fr.py)

# Message ids the code builds from data (f"title.{rule_id}", f"cli.status.{status}", …): the prefix
# is what the code writes literally.
_BUILT_PREFIXES = ("appeal-name.", "clause.", "cli.status.", "counting.", "date.", "error.", "fee.", "from-label.",
                   "ground.", "holiday.", "instrument.", "jr.where.", "jr.after-", "option.", "phrase.", "provincial.",
                   "rad.bar.", "remedy.", "cli.days-left.", "cli.days-passed.", "title.", "trigger-day.", "trigger.", "unit.", "passed.")


def test_no_unused_messages_in_the_law_catalogue():
    from pathlib import Path

    from calculators.messages import en, fr

    root = Path(__file__).resolve().parents[2]
    code = "\n".join(path.read_text(encoding="utf-8") for folder in ("calculators", "scripts")
                     for path in (root / folder).rglob("*.py") if "messages" not in path.parts)
    code += "\n".join(path.read_text(encoding="utf-8") for path in (root / "docs" / "assets").rglob("*.js"))
    unused = [key for key in en.MESSAGES if key not in code and not key.startswith(_BUILT_PREFIXES)]
    assert unused == []
    assert set(fr.MESSAGES) <= set(en.MESSAGES)
    # The old single-deadline calendar wording (ics.*) gave way to plan.ics.*; "today" never takes ".one".
    assert not [key for key in en.MESSAGES if key.startswith("ics.")]
    assert "cli.days-today.one" not in en.MESSAGES and "cli.days-today.one" not in fr.MESSAGES


# --- QA walk: fixes found by walking refused people through the plan (today 2026-12-01)


@pytest.mark.parametrize("decided", ["in-canada", "unknown", "outside-canada"])
def test_visitor_visa_decided_in_canada_is_not_told_it_may_be_out_of_status(decided):
    # FACTS §2 Revised: an application made from abroad may be decided by an IRCC office in Canada; `decided`
    # names the office, not where the reader is. A visitor visa refusal ends no status (IRPR s. 182(1)).
    found, _ = options(application="visitor-visa", decided=decided)
    assert found["restoration"]["status"] == "no"
    assert found["reapply"]["status"] == "yes"
    assert not any("without status" in r for r in found["reapply"]["reasons"])
    if decided != "outside-canada":
        assert found["judicial-review"]["rule"] == "judicial-review-in-canada"  # still the 15-day date


def test_passed_restoration_says_the_date_once():
    # Applied after the permit expired on 2026-08-15: the 90 days ended 2026-11-13 (FACTS §4 New).
    found, _ = options(application="extension", applied_before_expiry="no", permit_expiry="2026-08-15",
                       notified="2026-11-20", today="2026-12-01")
    restoration = found["restoration"]
    assert restoration["status"] == "no" and restoration["file_by"] == "2026-11-13"
    assert sum("13 Nov 2026" in reason for reason in restoration["reasons"]) == 1


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_extension_refused_before_the_permit_expires_keeps_status_until_expiry(lang):
    # IRPA s. 47(a): status lasts to the end of the authorized period (2027-01-31); IRPR s. 183(5): a new
    # application before then keeps it. Restoration only if status ends: "maybe", not "yes"; the 90 days
    # run from the expiry (2027-05-01), never from the letter.
    found, _ = options(lang, application="extension", applied_before_expiry="yes", decision_made="2026-11-18",
                       permit_expiry="2027-01-31", notified="2026-11-20", today="2026-12-01")
    assert found["restoration"]["status"] == "maybe" and found["restoration"]["last_day"] == "2027-05-01"
    assert ("31 Jan 2027" if lang == "en" else "31 janvier 2027") in found["restoration"]["reasons"][0]
    assert sum(("31 Jan 2027" if lang == "en" else "31 janvier 2027") in r for r in found["restoration"]["reasons"]) == 1
    assert found["reapply"]["status"] == "yes"
    reapply = " ".join(found["reapply"]["reasons"])
    assert ("still valid" if lang == "en" else "encore valide") in reapply
    assert "without status" not in reapply and "sans statut" not in reapply


def test_sponsorship_class_unknown_does_not_say_the_decision_was_made_in_canada():
    # The reader said a visa office abroad decided; the 15-day date is used because the spouse MAY have applied
    # from inside Canada (FACTS §3 New), which the reason must say instead of contradicting the answer.
    for request in ({"application": "sponsorship", "sponsored_in_canada": "unknown"},
                    {"application": "permanent-residence", "family_sponsored": "yes", "sponsored_in_canada": "unknown"}):
        found, _ = options(**request, decided="outside-canada")
        reasons = found["judicial-review"]["reasons"]
        assert found["judicial-review"]["rule"] == "judicial-review-in-canada"
        assert not any("This decision was made in Canada" in r for r in reasons)
        assert any("may have applied from inside Canada" in r for r in reasons)


def test_permanent_resident_with_a_removal_order_is_not_offered_a_humanitarian_application():
    # FACTS §8: an H&C application is a foreign national's request (IRPA s. 25(1)).
    found, _ = options(application="removal-order", removal_status="permanent-resident",
                       removal_order_type="deportation")
    assert found["humanitarian"]["status"] == "no"
    assert found["iad-appeal"]["status"] == "yes"
    for status in ("protected-person", "foreign-national", "unknown"):
        found, _ = options(application="removal-order", removal_status=status)
        assert found["humanitarian"]["status"] == "maybe"


@pytest.mark.parametrize(("request_", "reason"), [
    ({"application": "sponsorship", "decided": "outside-canada", "sponsored_in_canada": "no"}, "outside Canada"),
    ({"application": "residency-obligation", "decided": "outside-canada"}, "not for permanent residents"),
    ({"application": "residency-obligation", "decided": "in-canada"}, "not for permanent residents"),
])
def test_restoration_is_not_offered_to_people_it_cannot_help(request_, reason):
    # IRPR s. 182(1): restoration is for temporary residents in Canada who lost their status.
    found, _ = options(**request_)
    assert found["restoration"]["status"] == "no"
    assert reason in found["restoration"]["reasons"][0]


@pytest.mark.parametrize(("request_", "missing"), [
    ({"application": "provincial-nominee", "province_program": "sk"}, True),  # SINP: 30 days from the letter's date
    ({"application": "provincial-nominee", "province_program": "ab"}, True),
    ({"application": "provincial-nominee", "province_program": "unknown"}, True),
    ({"application": "provincial-nominee", "province_program": "mb"}, False),  # MPNP: no review (FACTS §11)
])
def test_plan_headline_never_says_there_is_no_date_when_an_answer_is_missing(request_, missing):
    result = plan(**request_, notified="2026-11-20")
    headline = result["headline"]
    assert headline["state"] == "none" and headline["file_by"] is None
    if missing:
        assert "We found no date" not in headline["text"]
        assert "act soon" in headline["text"]
    else:
        assert headline["text"].startswith("We found no date")
    french = plan("fr", **request_, notified="2026-11-20")["headline"]["text"]
    assert ("agissez vite" in french) == missing


def test_port_of_entry_reasons_say_the_15_days_once():
    for outcome in ("permit-refused", "allowed-to-leave", "unknown"):
        found, _ = options(application="port-of-entry", port_outcome=outcome)
        reasons = found["judicial-review"]["reasons"]
        assert sum("so you have 15 days" in r for r in reasons) == 1, reasons


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_eta_refusal_is_not_said_to_be_decided_in_canada(lang):
    # FACTS §2 Revised: for an eTA no decision settles the place (U): 15 is the date, 60 "do not rely on it".
    found, _ = options(lang, application="eta")
    reasons = " ".join(found["judicial-review"]["reasons"])
    assert found["judicial-review"]["rule"] == "judicial-review-in-canada"
    assert "This decision was made in Canada" not in reasons and "Cette décision a été prise au Canada" not in reasons
    assert ("do not rely on it" if lang == "en" else "ne comptez pas dessus") in reasons
    assert ("60 days" if lang == "en" else "60 jours") in reasons


def test_french_cli_plan_puts_a_no_break_space_before_the_colon_of_a_link():
    from calculators import plan as plan_module

    result = plan("fr", application="citizenship", notified="2026-11-20")
    lines = plan_module.word_plan(result, "fr")
    links = [line for line in lines if "https://" in line and line.strip().startswith("- ")]
    assert links and all("\u00a0: http" in line for line in links)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_sponsor_is_not_told_they_are_inadmissible_for_misrepresentation(lang):
    # IRPA s. 40: the sponsored person is inadmissible; the sponsor reads the plan.
    found, _ = options(lang, application="sponsorship", decided="outside-canada", sponsored_in_canada="no",
                       grounds=["misrepresentation"], relationship="parent")
    text = found["reapply"]["reasons"][0]
    assert found["reapply"]["status"] == "no"
    assert ("the person you sponsored is inadmissible" if lang == "en" else "la personne que vous parrainez") in text
    assert "you are inadmissible" not in text and "vous êtes interdit" not in text
    assert ("5 years" if lang == "en" else "5 ans") in text


def test_undated_option_does_not_send_the_reader_to_an_act_by_date_that_is_not_shown():
    result = plan(application="extension", notified="2026-11-20", applied_before_expiry="unknown")
    restoration = next(o for o in result["options"] if o["remedy"] == "restoration")
    assert restoration["file_by"] is None
    assert restoration["send"]["text"].endswith("Your act-by date is not known yet: see why above.")
    dated = next(o for o in result["options"] if o["remedy"] == "judicial-review")
    assert "not known yet" not in dated["send"]["text"]


@pytest.mark.parametrize("bad", [{}, {"a": 1}, [{"a": 1}], 3])
def test_plan_with_an_object_for_an_answer_names_the_field_in_a_plain_error(bad):
    for kind in ("plan", "plan-ics"):
        for field, extra in (("sponsored_in_canada", {"application": "sponsorship"}), ("application", {}),
                             ("grounds", {"application": "visitor-visa", "decided": "outside-canada"})):
            result = handle({"kind": kind, "today": "2026-12-01", "notified": "2026-11-20", **extra, field: bad})
            assert "error" in result, (kind, field, bad)
            assert result["error"]["field"] == field, result


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_sponsored_person_is_told_the_sponsor_sends_the_appeal(lang):
    # FACTS §3 New: a person refused PR as a sponsored family member has no appeal of their own.
    result = plan(lang, application="permanent-residence", decided="outside-canada", family_sponsored="yes",
                  sponsored_in_canada="no", notified="2026-11-20")
    iad = next(o for o in result["options"] if o["remedy"] == "iad-appeal")
    assert iad["file_by"] == "2026-12-21"  # 30 days: Sun 2026-12-20 -> Mon (IAD Rules r. 41)
    assert ("Your sponsor" if lang == "en" else "Votre répondant") in iad["summary"]
    assert ("Tell your sponsor" if lang == "en" else "Prévenez votre répondant") in iad["send"]["text"]
    sponsor = plan(lang, application="sponsorship", decided="outside-canada", sponsored_in_canada="no",
                   notified="2026-11-20")
    own = next(o for o in sponsor["options"] if o["remedy"] == "iad-appeal")
    assert ("Tell your sponsor" if lang == "en" else "Prévenez votre répondant") not in own["send"]["text"]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_court_review_of_a_rad_decision_is_not_said_to_leave_removal_running(lang):
    """IRPR s. 231(1) (FACTS §2, §7): leave applied for in time against a RAD decision stays removal."""
    from calculators import api

    result = api.handle({"kind": "options", "application": "refugee-claim", "refugee_stage": "rad",
                         "notified": "2026-11-20", "decided": "in-canada", "lang": lang})
    jr = next(o for o in result["options"] if o["remedy"] == "judicial-review")
    said = " ".join(jr["reasons"])
    assert api.wording("jr.no-automatic-stay", lang) not in said
    assert api.wording("jr.stay-if-in-time-after-rad", lang) in said
    other = api.handle({"kind": "options", "application": "visitor-visa", "decided": "in-canada",
                        "notified": "2026-11-20", "lang": lang})
    jr = next(o for o in other["options"] if o["remedy"] == "judicial-review")
    assert api.wording("jr.no-automatic-stay", lang) in " ".join(jr["reasons"])


@pytest.mark.parametrize("remedy", ["provincial-review-on", "provincial-review-bc", "provincial-review-ab",
                                    "provincial-review-sk", "quebec-taq", "quebec-caq-refused"])
def test_program_rules_and_the_caq_policy_never_ask_to_act_on_a_weekend(remedy):
    """A program's own 30/60 days and the site's CAQ policy are not moved by the Interpretation Act,
    so the day to act is the last working day on or before the last day, never a Sunday (QA)."""
    from datetime import date, timedelta

    from calculators import api

    for offset in range(0, 400, 3):
        start = (date(2026, 1, 1) + timedelta(days=offset)).isoformat()
        answer = api.handle({"kind": "deadline", "remedy": remedy, "from": start})
        file_by, last_day = date.fromisoformat(answer["file_by"]), date.fromisoformat(answer["last_day"])
        assert file_by <= last_day and file_by.weekday() < 5, (start, answer["file_by"])
    # 20 Nov 2026 + 30 days = Sun 20 Dec 2026 -> act by Fri 18 Dec 2026.
    if remedy in ("provincial-review-on", "quebec-caq-refused"):
        answer = api.handle({"kind": "deadline", "remedy": remedy, "from": "2026-11-20"})
        assert (answer["last_day"], answer["file_by"]) == ("2026-12-20", "2026-12-18")
