"""Issue 19 §1, "Wrong today": each item as a named test, in English and French (law/FACTS.md, rows
marked Revised or New 2026-12-06). Each failed on the code before its fix, but the tests named
``test_guard_…``, which guard behaviour that was already right (each says so)."""

from pathlib import Path

import pytest

from calculators import help_directory, interview, rules
from calculators.api import handle

ROOT = Path(__file__).resolve().parents[2]
LANGS = ("en", "fr")


def options(lang="en", **request):
    request = {"kind": "options", "notified": "2026-09-15", "lang": lang, **request}
    result = handle(request)
    assert "error" not in result, result
    return {o["remedy"]: o for o in result["options"]}, result


def asked(answers: dict) -> list[str]:
    return [q.id for q in interview.QUESTIONS if q.asked(answers)]


def text(option: dict) -> str:
    return " ".join(option["reasons"])


# --- 1. Designated country of origin (FACTS §8 Revised 2026-12-06)


def test_designated_country_of_origin_is_not_offered_in_the_interview():
    assert "designated-country" not in interview.BY_ID["rad-exception"].values()


@pytest.mark.parametrize("lang", LANGS)
def test_designated_country_of_origin_never_closes_the_rad(lang):
    # An old link that still sends the retired answer: treated as not barred by it (the other bars unknown),
    # so the RAD is shown with its date, and the reader is told why.
    found, result = options(lang, application="refugee-claim", refugee_stage="rpd", no_credible_basis="no",
                            rad_exception="designated-country", reasons_received="2026-09-15")
    assert found["rad-appeal"]["status"] != "no"
    assert found["rad-appeal"]["last_day"] == "2026-10-01"  # day 15 is NDTR (09-30): next working day
    said = " ".join(result["assumptions"])
    assert ("designated country of origin" in said) if lang == "en" else ("pays d'origine désigné" in said)
    assert "Y.Z., 2015" in said


@pytest.mark.parametrize("lang", LANGS)
def test_prra_text_no_longer_mentions_designated_countries(lang):
    for request in ({"application": "refugee-claim", "refugee_stage": "rad"},
                    {"application": "removal-order", "removal_status": "foreign-national"}):
        _, result = options(lang, **request)
        everything = " ".join(" ".join(o["reasons"]) for o in result["options"])
        assert "designated countr" not in everything and "36 months" not in everything
        assert "pays désigné" not in everything and "36 mois" not in everything
    assert "prra-bar-designated-country" not in {limit.id for limit in rules.TIME_LIMITS}


def test_guides_no_longer_say_a_designated_country_bars_the_rad_or_lengthens_the_prra_bar():
    for page in ("remedies/refugee-claim.md", "remedies/refugee-claim.fr.md", "remedies/removal-order.md",
                 "remedies/removal-order.fr.md"):
        source = (ROOT / "docs" / page).read_text(encoding="utf-8")
        assert "prra-bar-designated-country" not in source, page
        assert "citizen of a **designated country" not in source and "citoyen d'un **pays d'origine" not in source


# --- 2. A departure order that can be appealed to the IAD (FACTS §8 New 2026-12-06)


@pytest.mark.parametrize("status", ["permanent-resident", "protected-person", "pr-visa-holder"])
@pytest.mark.parametrize("lang", LANGS)
def test_departure_order_with_an_iad_appeal_is_a_maybe_with_no_date_and_never_the_headline(status, lang):
    request = {"application": "removal-order", "removal_status": status, "removal_order_type": "departure",
               "decision_made": "2026-08-20", "today": "2026-09-16"}
    found, result = options(lang, **request)
    departure = found["departure-order"]
    assert departure["status"] == "maybe" and departure["last_day"] is None and departure["file_by"] is None
    assert ("only if you do not appeal" in text(departure)) if lang == "en" else ("seulement si" in text(departure))
    assert "IRPA s. 49(1)(b)-(c)" in departure["citations"] or "LIPR, par. 49(1)" in departure["citations"]
    assert result["act_by"]["remedy"] == "iad-appeal"
    plan = handle({"kind": "plan", "notified": "2026-09-15", "lang": lang, **request})
    assert plan["headline"]["remedy"] == "iad-appeal"


def test_departure_order_without_an_appeal_keeps_its_date():
    found, _ = options(application="removal-order", removal_status="foreign-national", removal_order_type="departure",
                       decision_made="2026-08-20")
    assert found["departure-order"]["status"] == "yes" and found["departure-order"]["last_day"] == "2026-09-19"


# --- 3. Notes for people abroad (FACTS §5 Revised 2026-12-06; Privacy Act Extension Order, No. 3)


@pytest.mark.parametrize("decided", ["outside-canada", "in-canada"])
@pytest.mark.parametrize("lang", LANGS)
def test_notes_request_free_privacy_act_request_by_the_reader_comes_first_for_anyone_anywhere(decided, lang):
    found, _ = options(lang, application="visitor-visa", decided=decided)
    notes = found["notes-request"]
    first = notes["reasons"][0]
    if lang == "en":
        assert first.startswith("Anyone, in Canada or outside it") and "free" in first and "yourself" in first
        assert "13 July 2022" in first
    else:
        assert first.startswith("Toute personne, au Canada ou à l'étranger") and "gratuit" in first
        assert "13 juillet 2022" in first
    assert "IMM 5744" not in first
    # Never "someone in Canada must ask for you" for the reader's own file.
    assert not any("can ask for you" in r or "pour vous selon" in r for r in notes["reasons"])
    labels = [c["url"] for c in notes["citation_links"]]
    assert any("2021-174" in (url or "") for url in labels)  # SOR-2021-174 / DORS-2021-174


def test_notes_help_entry_puts_the_free_request_first_for_people_abroad():
    entry = next(e for e in help_directory.ENTRIES if e["id"] == "ircc-access-request-abroad")
    for lang in LANGS:
        does = entry["does"][lang]
        assert does.index("Privacy Act" if lang == "en" else "protection des renseignements personnels") < \
            does.index("IMM 5744")
        assert ("free" in does) if lang == "en" else ("gratuit" in does)
        assert not does.startswith(("Only", "Seuls"))


# What the notes pages said before the fix (EN and FR): only people in Canada could ask, through someone in Canada.
ONLY_IN_CANADA = ("someone who is in Canada must", "quelqu'un au Canada doit", "If you are outside Canada, you cannot",
                  "hors du Canada, vous ne pouvez pas", "need someone in Canada", "besoin de quelqu'un au Canada",
                  "through someone in Canada", "par l'intermédiaire de quelqu'un au Canada",
                  "You must be a citizen, a permanent resident or in Canada",
                  "Vous devez être citoyen, résident permanent ou au Canada")


@pytest.mark.parametrize("page", ["remedies/notes-gcms.md", "remedies/notes-gcms.fr.md",
                                  "fill-in/notes-request-checklist.md", "fill-in/notes-request-checklist.fr.md",
                                  "reference/glossary.md", "reference/glossary.fr.md"])
def test_notes_guides_no_longer_say_only_people_in_canada_can_ask_for_their_own_file(page):
    source = (ROOT / "docs" / page).read_text(encoding="utf-8")
    for old in ONLY_IN_CANADA:
        assert old not in source, (page, old)
    if "notes-gcms" in page or "checklist" in page:
        privacy = source.find("SOR/2021-174") if "SOR/2021-174" in source else source.find("DORS/2021-174")
        assert privacy != -1, page
        assert "IMM 5744" not in source or privacy < source.index("IMM 5744"), page
    else:  # the glossary's Privacy Act request: anyone, from anywhere, since Extension Order No. 3
        assert "date/privacy-act-abroad-from/day.md" in source, page


@pytest.mark.parametrize("page", ["remedies/understand-your-refusal.md", "remedies/understand-your-refusal.fr.md"])
def test_guard_understand_your_refusal_never_says_only_people_in_canada_can_ask_for_their_own_file(page):
    # A guard, not a regression test: this page already sent readers to the notes guide without the
    # old claim before the fix (it passed then too); it keeps the claim from coming back.
    source = (ROOT / "docs" / page).read_text(encoding="utf-8")
    for old in ONLY_IN_CANADA:
        assert old not in source, (page, old)


# --- 4. A parent (or anyone but a spouse or partner) sponsored from a visa office abroad


def test_sponsoring_a_parent_from_a_visa_office_abroad_uses_the_visa_office_limit():
    # After misrepresentation a parent has no IAD appeal (IRPA s. 64(3)): the court, 60 days (IRPA s. 72(2)(b)).
    found, result = options(application="sponsorship", decided="outside-canada", relationship="parent",
                            grounds=["misrepresentation"], sponsored_in_canada="unknown")
    assert found["judicial-review"]["rule"] == "judicial-review-outside-canada"
    assert found["judicial-review"]["last_day"] == "2026-11-14"  # day 60, a Saturday (not an IA holiday)
    assert not any("may have applied from inside Canada" in r for r in found["judicial-review"]["reasons"])
    # Without a bar: the sponsor's IAD appeal first, and no 15-day "maybe" court date.
    found, result = options(application="sponsorship", decided="outside-canada", relationship="other")
    assert found["iad-appeal"]["status"] == "yes" and found["judicial-review"]["status"] == "no"
    assert result["act_by"]["remedy"] == "iad-appeal"


def test_the_in_canada_class_question_is_asked_only_for_a_spouse_or_partner():
    for relationship in ("parent", "child", "other"):
        assert "sponsored-in-canada" not in asked({"application": "sponsorship", "relationship": relationship})
        assert "sponsored-in-canada-applicant" not in asked(
            {"application": "permanent-residence", "family_sponsored": "yes", "relationship": relationship})
    for relationship in ("spouse", "common-law-partner", "unknown"):
        assert "sponsored-in-canada" in asked({"application": "sponsorship", "relationship": relationship})


# --- 5. `decided` is neither required nor asked where it cannot change the answer


@pytest.mark.parametrize("application, more", [
    ("refugee-claim", {"refugee_stage": "rpd"}), ("citizenship", {}), ("removal-order", {}),
    ("port-of-entry", {"port_outcome": "permit-refused"}), ("eta", {}), ("extension", {}),
    ("provincial-nominee", {"province_program": "on"}), ("quebec", {"quebec_decision": "caq-refused"}),
])
@pytest.mark.parametrize("lang", LANGS)
def test_decided_is_neither_required_nor_asked_where_it_cannot_change_the_answer(application, more, lang):
    without, _ = options(lang, application=application, **more)
    for decided in ("in-canada", "outside-canada", "unknown"):
        given, _ = options(lang, application=application, decided=decided, **more)
        assert given == without, (application, decided)
    assert "decided" not in asked({"application": application, **more})


def test_guard_decided_is_still_required_where_it_sets_the_court_limit():
    # A guard, not a regression test: `decided` was already required here before the fix (it passed
    # then too); it keeps item 5 from dropping it where it sets 15 or 60 days (FACTS §2).
    result = handle({"kind": "options", "application": "visitor-visa", "notified": "2026-09-15"})
    assert result["error"]["field"] == "decided"


# --- 6. Wording


@pytest.mark.parametrize("lang", LANGS)
def test_study_permit_refused_before_it_expired_gets_one_coherent_sentence_on_status(lang):
    found, _ = options(lang, application="study-permit", decided="in-canada", applied_in_canada="yes",
                       applied_before_expiry="yes", permit_expiry="2026-12-31", decision_made="2026-09-10",
                       today="2026-09-16")
    reapply, restoration = text(found["reapply"]), text(found["restoration"])
    if lang == "en":
        assert "may now be without status" not in reapply
        assert "still valid until Thu 31 Dec 2026" in reapply and "has not ended yet" in restoration
    else:
        assert "peut-être maintenant sans statut" not in reapply
        assert "31 décembre 2026" in reapply and "31 décembre 2026" in restoration


@pytest.mark.parametrize("lang", LANGS)
def test_extension_applied_after_expiry_with_no_expiry_date_says_the_90_days_may_already_be_over(lang):
    found, _ = options(lang, application="extension", applied_before_expiry="no")
    restoration = text(found["restoration"])
    assert ("may already be over" in restoration) if lang == "en" else ("peut-être déjà passés" in restoration)
    assert found["restoration"]["last_day"] is None


@pytest.mark.parametrize("lang", LANGS)
def test_restoration_text_for_a_sponsorship_speaks_of_the_person_sponsored_not_the_sponsor(lang):
    found, _ = options(lang, application="sponsorship", decided="in-canada", relationship="spouse",
                       sponsored_in_canada="yes")
    restoration = text(found["restoration"])
    if lang == "en":
        assert restoration.startswith("If the person you sponsored was in Canada") and "If you were" not in restoration
    else:
        assert restoration.startswith("Si la personne que vous parrainez") and "Si vous étiez" not in restoration


@pytest.mark.parametrize("application", ["study-permit", "work-permit"])
@pytest.mark.parametrize("lang", LANGS)
def test_permit_decided_by_an_office_in_canada_for_someone_abroad_is_not_treated_as_in_canada(application, lang):
    found, _ = options(lang, application=application, decided="in-canada", applied_in_canada="no")
    assert found["restoration"]["status"] == "no"
    assert found["reapply"]["status"] == "yes"
    assert "sans statut" not in text(found["reapply"]) and "without status" not in text(found["reapply"])
    # The office in Canada still sets the court's limit: 15 days (FACTS §2 Revised).
    assert found["judicial-review"]["rule"] == "judicial-review-in-canada"
    assert "applied-in-canada" in asked({"application": application})


@pytest.mark.parametrize("lang", LANGS)
def test_quebec_taq_limit_is_the_statutes_own_not_a_program_rule(lang):
    found, _ = options(lang, application="quebec", quebec_decision="sponsorship-undertaking")
    taq = found["quebec-taq"]
    words = text(taq) + " ".join(taq["steps"])
    for program_rule in ("program's own rule", "rule of the program", "check the program", "règle du programme",
                         "page officielle du programme"):
        assert program_rule not in words
    assert ("Quebec's law" in words) if lang == "en" else ("loi du Québec" in words)
    deadline = handle({"kind": "deadline", "remedy": "quebec-taq", "from": "2026-09-15", "lang": lang})
    assert not any(rule in w for w in deadline["warnings"] + deadline["steps"]
                   for rule in ("rule of the program", "program's own rule", "règle du programme"))
    assert deadline["last_day"] == "2026-11-14"  # 60 calendar days, not moved


@pytest.mark.parametrize("lang", LANGS)
def test_quebec_selection_cancelled_for_a_reason_of_public_interest_has_no_taq_appeal(lang):
    found, _ = options(lang, application="quebec", quebec_decision="selection-cancelled", quebec_public_interest="yes")
    assert found["quebec-taq"]["status"] == "no" and found["quebec-taq"]["last_day"] is None
    assert ("public interest" in text(found["quebec-taq"])) if lang == "en" else ("intérêt public" in text(found["quebec-taq"]))
    found, _ = options(lang, application="quebec", quebec_decision="selection-cancelled")
    assert found["quebec-taq"]["status"] == "maybe" and found["quebec-taq"]["last_day"] == "2026-11-14"
    found, _ = options(lang, application="quebec", quebec_decision="selection-cancelled", quebec_public_interest="no")
    assert found["quebec-taq"]["status"] == "yes"
    assert "quebec-public-interest" in asked({"application": "quebec", "quebec_decision": "selection-cancelled"})


def test_french_prra_text_says_ayant_pris_effet_as_the_act_does():
    found, _ = options("fr", application="removal-order", removal_status="foreign-national")
    prra = text(found["prra"])
    assert "ayant pris effet" in prra and "exécutoire" not in prra


@pytest.mark.parametrize("lang", LANGS)
def test_bc_pnp_review_counts_from_the_date_printed_on_the_letter(lang):
    found, _ = options(lang, application="provincial-nominee", province_program="bc", notified="2026-09-22",
                       decision_made="2026-09-15")
    assert found["provincial-review"]["last_day"] == "2026-10-15"  # 30 days from the letter's date, not receipt
    found, _ = options(lang, application="provincial-nominee", province_program="bc", notified="2026-09-22")
    assert found["provincial-review"]["last_day"] is None  # no letter date, no date
    assert "decision-made-provincial" in asked({"application": "provincial-nominee", "province_program": "bc"})
    assert rules.time_limit("provincial-review-bc").trigger == "letter-issued"


@pytest.mark.parametrize("lang", LANGS)
def test_land_border_fourteen_days_cite_irpr_159_4_1_1(lang):
    assert "IRPR s. 159.4(1.1)" in rules.time_limit("refugee-claim-land-border").also
    found, _ = options(lang, application="refugee-claim", refugee_stage="ineligible")
    jr = found["judicial-review"]
    assert "159.4(1.1)" in text(jr)
    assert any("159.4" in (link["url"] or "") for link in jr["citation_links"])
