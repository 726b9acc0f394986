"""The plan's headline and first steps (issue 20 items 1, 2, 3, 5): the first step still open, the
other route when an unknown answer decides between two, what can still be done once a date has
passed, and only the options the answers leave possible. English and French."""

from __future__ import annotations

import pytest

from calculators.api import handle

REFUGEE_UNSURE = {"application": "refugee-claim", "refugee_stage": "rpd", "no_credible_basis": "unknown",
                  "rad_exception": "none", "notified": "2026-12-01", "reasons_received": "2026-12-01",
                  "province": "on"}
SPONSOR_LATE = {"application": "sponsorship", "sponsored_in_canada": "no", "decided": "outside-canada",
                "notified": "2026-11-04", "relationship": "spouse", "grounds": ["none"], "province": "on"}
# Told Fri 4 Sep 2026 by an office in Canada: day 15 is Sat 19 Sep, act by Fri 18 Sep; the last day may
# move to Mon 21 Sep (FACTS §2).
VISITOR_WEEKEND = {"application": "visitor-visa", "decided": "in-canada", "notified": "2026-09-04",
                   "grounds": ["none"], "province": "on"}
WORKER = {"application": "extension", "notified": "2026-09-01", "applied_before_expiry": "yes",
          "decision_made": "2026-11-05", "grounds": ["none"], "province": "on"}
STUDENT_ABROAD = {"application": "study-permit", "decided": "outside-canada", "notified": "2026-11-20",
                  "grounds": ["none"], "province": "outside-canada"}


def make(answers, today="2026-12-06", lang="en"):
    result = handle({"kind": "plan", **answers, "today": today, "lang": lang})
    assert "error" not in result, result
    return result


@pytest.mark.parametrize(("lang", "words"), [("en", "no credible basis"), ("fr", "minimum de fondement")])
def test_unsure_no_credible_basis_headline_is_the_rad_and_names_the_court_as_the_other_route(lang, words):
    head = make(REFUGEE_UNSURE, lang=lang)["headline"]
    assert (head["remedy"], head["by"], head["days_left"]) == ("rad-appeal", "2026-12-16", 10)
    assert head["alternative"]["remedy"] == "judicial-review" and head["alternative"]["by"] == "2026-12-16"
    assert words in head["alternative"]["text"]
    assert head["look"]  # what to look for in the decision
    assert ("Refugee Appeal Division" if lang == "en" else "Section d'appel des réfugiés") in head["text"]


def test_unsure_spouse_in_canada_keeps_the_earlier_court_date_first_and_names_the_appeal():
    head = make({"application": "sponsorship", "sponsored_in_canada": "unknown", "notified": "2026-12-01",
                 "relationship": "spouse", "province": "on"})["headline"]
    # The safer, earlier date leads (15 days); the appeal's later date is named as the other route.
    assert (head["remedy"], head["by"]) == ("judicial-review", "2026-12-16")
    assert head["alternative"]["remedy"] == "iad-appeal" and head["alternative"]["by"] == "2026-12-31"
    assert "Thu 31 Dec 2026" in head["alternative"]["text"]


def test_known_answers_name_no_alternative():
    known = {**REFUGEE_UNSURE, "no_credible_basis": "no"}
    assert make(known)["headline"]["alternative"] is None


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_passed_act_by_day_whose_last_day_may_move_says_what_to_do_by_when_first(lang):
    head = make(VISITOR_WEEKEND, today="2026-09-20", lang=lang)["headline"]
    assert (head["state"], head["remedy"], head["file_by"], head["by"], head["days_left"]) == \
           ("late", "judicial-review", "2026-09-18", "2026-09-21", 1)
    if lang == "en":
        assert head["text"].startswith("Your date to act, Fri 18 Sep 2026, has passed, but you may still be in time "
                                       "until Mon 21 Sep 2026 (1 day left).")
        assert "more time" in head["text"]  # with a request for more time (IRPA s. 72(2)(c))
    else:
        assert "lundi 21 septembre 2026" in head["text"] and "plus de temps" in head["text"]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_date_passed_the_headline_says_what_can_still_be_done(lang):
    head = make(SPONSOR_LATE, lang=lang)["headline"]
    assert (head["state"], head["remedy"]) == ("passed", "iad-appeal")
    assert ("request for more time" if lang == "en" else "demande de délai") in head["text"]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_worker_out_of_status_headline_is_restoration_still_open_not_the_passed_court_date(lang):
    result = make(WORKER, lang=lang)
    head = result["headline"]
    assert (head["state"], head["remedy"], head["by"]) == ("future", "restoration", "2027-02-03")
    assert [item["remedy"] for item in head["passed"]] == ["judicial-review"]
    assert result["first_steps"][0]["remedy"] == "restoration"
    assert result["first_steps"][0]["by"] == "2027-02-03" and result["first_steps"][0]["days_left"] == 59


def test_first_steps_are_one_to_three_with_their_dates():
    steps = make(REFUGEE_UNSURE)["first_steps"]
    assert 1 <= len(steps) <= 3
    assert [s["remedy"] for s in steps] == ["rad-appeal", "judicial-review", "rad-record"]
    assert all(s["by"] and s["by_text"] in s["text"] and s["left_text"] in s["text"] for s in steps)


def test_no_trp_on_an_ordinary_refusal_but_one_after_misrepresentation():
    ordinary = {o["remedy"] for o in make(STUDENT_ABROAD)["options"]}
    assert "trp" not in ordinary
    inadmissible = {o["remedy"] for o in make({**STUDENT_ABROAD, "grounds": ["misrepresentation"]})["options"]}
    assert "trp" in inadmissible


def test_no_stay_of_removal_for_someone_outside_canada():
    removal = {"application": "port-of-entry", "port_outcome": "removal-order", "removal_status": "foreign-national",
               "removal_order_type": "exclusion", "notified": "2026-12-01", "decision_made": "2026-12-01"}
    assert "stay-motion" in {o["remedy"] for o in make({**removal, "province": "on"})["options"]}
    assert "stay-motion" not in {o["remedy"] for o in make({**removal, "province": "outside-canada"})["options"]}


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_no_outside_canada_warning_for_a_claimant_in_canada(lang):
    warning = handle({"kind": "plan", **REFUGEE_UNSURE, "province": "outside-canada", "today": "2026-12-06",
                      "lang": lang})["warnings"]
    in_toronto = make(REFUGEE_UNSURE, lang=lang)["warnings"]
    abroad_only = [w for w in warning if w not in in_toronto]
    assert len(abroad_only) == 1 and "104.1" in abroad_only[0]


def test_undated_maybe_options_are_folded():
    options = make(REFUGEE_UNSURE)["options"]
    assert {o["remedy"] for o in options if o["fold"]} == {"prra", "humanitarian"}
    assert not any(o["fold"] for o in options if o["file_by"])


# ------------------------------------------------------------------ next steps one step further (item 10)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_judicial_review_links_the_federal_courts_form_ir_1(lang):
    jr = next(o for o in make(STUDENT_ABROAD, lang=lang)["options"] if o["remedy"] == "judicial-review")
    form = jr["send"]["links"][0]
    assert form["id"] == "fc-form-ir-1" and form["url"].startswith("https://laws-lois.justice.gc.ca/")
    assert "IR-1" in form["label"]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_serving_the_application_is_said_in_plain_words(lang):
    jr = next(o for o in make(STUDENT_ABROAD, lang=lang)["options"] if o["remedy"] == "judicial-review")
    assert ("the other side" not in jr["send"]["text"]) and ("l'autre partie" not in jr["send"]["text"])
    assert ("Department of Justice" if lang == "en" else "ministère de la Justice") in jr["send"]["text"]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_other_guides_are_linked_by_their_titles_never_their_paths(lang):
    sponsor = make({**SPONSOR_LATE, "sponsored_in_canada": "yes"}, lang=lang)
    links = [link for o in sponsor["options"] for link in o["links"]["more_links"]]
    assert links and {link["path"].rstrip("/").rsplit("/", 1)[-1] for link in links} == {"spouse-in-canada"}
    assert all(link["label"][0].isupper() and "-" not in link["label"] for link in links)
