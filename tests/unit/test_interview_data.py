"""The interview as data (calculators/interview.py; issue 12): walked without a browser.

Every path through the interview is walked (each application kind, each choice, each "I don't
know", a date given / not known / skipped for the optional dates), and each set of answers
gives a plan without an error. The data's own rules are checked too: conditions name only
earlier questions, two questions that fill the same field are never both asked, every value
is one the engine knows, and every string reads at grade 8 or below (English, Flesch-Kincaid,
as tests/site/test_guides.py measures the guides) and easily in French (Kandel–Moles).
"""

from __future__ import annotations

import re
from collections import Counter

import pytest
import textstat

from calculators import eligibility, help_directory, interview
from calculators.api import handle
from calculators.interview import QUESTIONS, UNKNOWN

LANGS = ("en", "fr")
TODAY = "2026-09-20"
GIVEN_DATE = "2026-09-15"
OPTIONAL_DATES = ("2026-09-10", UNKNOWN, None)  # given, "I don't know", skipped
# Options request fields (coord PLAN "Options request fields"), and the plan's own `province`.
ENGINE_FIELDS = {"application", "decided", "notified", "grounds", "relationship", "status_lost",
                 *eligibility.CHOICE_FIELDS, *eligibility.DATE_FIELDS}


def question_values(question):
    """The answers a path tries for a question (None: skipped)."""
    if question.type == "date":
        return OPTIONAL_DATES if question.optional else (GIVEN_DATE,)
    if question.type == "multi":
        singles = [[value] for value in question.values()]
        return [*singles, ["misrepresentation", "serious-criminality"]]
    return question.values()


def walk_paths(province="on"):
    """Every path: (answers, the questions asked in order)."""
    paths = []

    def step(answers, asked_ids):
        shown, kept = interview.asked(answers)
        pending = next((q for q in shown if q.field not in kept and q.id not in asked_ids), None)
        if pending is None:
            paths.append((dict(answers), [q.id for q in shown]))
            return
        values = (province,) if pending.field == "province" else question_values(pending)
        for value in values:
            following = dict(answers)
            if value is not None:
                following[pending.field] = value
            step(following, asked_ids | {pending.id})

    step({}, frozenset())
    return paths


PATHS = walk_paths()


def test_the_walk_reaches_every_kind_every_choice_and_every_i_dont_know():
    reached = Counter()
    for answers, asked_ids in PATHS:
        for qid in asked_ids:
            question = interview.BY_ID[qid]
            value = answers.get(question.field)
            for item in (value if isinstance(value, list) else [value]):
                reached[(qid, item)] += 1
    for question in QUESTIONS:
        if question.field == "province":
            continue
        for value in question.values():
            assert reached[(question.id, value)], f"no path answers {question.id} with {value}"
    assert {answers["application"] for answers, _ in PATHS} == set(eligibility.APPLICATIONS)
    print(f"\n{len(PATHS)} paths walked")


@pytest.mark.parametrize("application", eligibility.APPLICATIONS)
def test_every_path_gives_a_plan(application):
    for answers, asked_ids in (p for p in PATHS if p[0]["application"] == application):
        result = handle({"kind": "plan", **answers, "today": TODAY})
        assert "error" not in result, (answers, result)
        assert [row["id"] for row in result["answers"]] == asked_ids
        assert result["options"], answers  # something to do, whatever the answers
        if result["headline"]["state"] != "none":
            assert result["headline"]["file_by"] == min(o["file_by"] for o in result["options"] if o["file_by"])


def test_every_kind_of_refusal_is_a_choice_the_engine_knows():
    assert interview.BY_ID["application"].values() == eligibility.APPLICATIONS


def test_choice_values_are_the_engine_values():
    for question in QUESTIONS:
        values = set(question.values())
        if question.field in eligibility.CHOICE_FIELDS:
            assert values <= set(eligibility.CHOICE_FIELDS[question.field]), question.id
        elif question.field == "decided":
            assert values == set(eligibility.DECIDED)
        elif question.field == "grounds":
            assert values - {interview.NONE} == set(eligibility.GROUNDS)
        elif question.field == "relationship":
            assert values == set(eligibility.RELATIONSHIPS)
        elif question.field == "province":
            assert values == {*help_directory.REGIONS, UNKNOWN}
        elif question.type == "date":
            assert question.field in eligibility.DATE_FIELDS or question.field == "notified"
            assert values <= {UNKNOWN}


def test_every_question_fills_an_options_request_field_or_the_province():
    for question in QUESTIONS:
        assert question.field in ENGINE_FIELDS or question.field == "province", question.id
    assert len({q.id for q in QUESTIONS}) == len(QUESTIONS)


def test_i_dont_know_wherever_a_reader_may_not_know():
    # The kind of refusal is on the letter's first lines; the day the clock started must be
    # given (its hint says: the earliest date it could be). Everything else can be "I don't know".
    for question in QUESTIONS:
        if question.id == "application" or question.field == "notified":
            assert question.unknown is None
        else:
            assert question.unknown == UNKNOWN, question.id
        if question.type == "date" and question.field != "notified":
            assert question.optional, question.id


def test_conditions_name_only_earlier_questions():
    seen: set[str] = set()
    for question in QUESTIONS:
        for condition in question.ask_if:
            assert condition.field in seen, (question.id, condition.field)
        seen.add(question.field)


def test_two_questions_for_one_field_are_never_asked_on_the_same_path():
    for answers, asked_ids in PATHS:
        fields = [interview.BY_ID[qid].field for qid in asked_ids]
        assert len(fields) == len(set(fields)), asked_ids


def test_hints_say_where_to_find_the_answer():
    en = {q["id"]: q for q in handle({"kind": "interview"})["questions"]}
    assert "even if you read it later" in en["notified"]["hint"]
    assert "Canada's time" in en["notified"]["hint"] and "earlier date" in en["notified"]["hint"]
    assert "top of the letter" in en["decided"]["hint"]
    assert "top of the decision" in en["refugee-stage"]["hint"]
    assert "printed on the letter" in en["decision-made-provincial"]["hint"]


def test_answers_left_from_another_branch_are_dropped():
    answers = {"application": "visitor-visa", "decided": "outside-canada", "notified": GIVEN_DATE,
               "removal_status": "permanent-resident", "refugee_stage": "rad", "grounds": ["none"]}
    assert interview.engine_answers(answers) == {"application": "visitor-visa", "decided": "outside-canada",
                                                 "notified": GIVEN_DATE, "grounds": []}
    # a changed answer: the spouse in Canada is decided in Canada, so `decided` is not asked
    changed = {"application": "sponsorship", "sponsored_in_canada": "yes", "decided": "outside-canada",
               "notified": GIVEN_DATE}
    assert "decided" not in interview.engine_answers(changed)


def test_next_question_follows_the_answers():
    assert interview.next_question({}).id == "application"
    assert interview.next_question({"application": "refugee-claim"}, "application").id == "refugee-stage"
    assert interview.next_question({"application": "refugee-claim", "refugee_stage": "rad"}, "refugee-stage").id \
        == "notified-refugee"
    assert interview.next_question({"application": "citizenship"}, "application").id == "notified"
    assert interview.next_question({"application": "citizenship", "notified": GIVEN_DATE}, "notified").id \
        == "province"
    assert interview.next_question({"application": "citizenship"}, "province") is None


@pytest.mark.parametrize("lang", LANGS)
def test_api_interview_kind_has_the_contract_shape(lang):
    result = handle({"kind": "interview", "lang": lang})
    assert result["kind"] == "interview" and result["version"] == interview.VERSION
    assert set(result["check"]) >= {"title", "change", "not_answered", "submit"}
    for question, data in zip(result["questions"], QUESTIONS):
        assert set(question) == {"id", "field", "type", "title", "hint", "choices", "unknown", "optional", "future_ok",
                                 "ask_if"}
        assert question["id"] == data.id and question["type"] in ("choice", "multi", "date")
        assert question["title"] and question["hint"]
        assert "{" not in question["title"] + question["hint"]  # every {legal_number} filled from the rules
        for choice in question["choices"]:
            assert choice["label"] and "{" not in choice["label"]
        for condition in question["ask_if"]:
            assert set(condition) in ({"field", "in"}, {"field", "not_in"})
    multi = next(q for q in result["questions"] if q["type"] == "multi")
    assert {c["value"] for c in multi["choices"] if c.get("exclusive")} == {"none", UNKNOWN}


def test_french_interview_is_french():
    en = handle({"kind": "interview"})["questions"]
    fr = handle({"kind": "interview", "lang": "fr"})["questions"]
    for one, other in zip(en, fr):
        assert one["title"] != other["title"] and one["hint"] != other["hint"], one["id"]


# --- readability --------------------------------------------------------------------------------

# Ceilings set as the guides' are (tests/site/test_guides.py): measured, then about half a grade
# of room; the site's aim is grade 8 at most, for any one question too. French: Kandel–Moles
# (1958), Flesch's reading ease refitted for French: 207 − 1.015 × words per sentence − 73.6 ×
# syllables per word (textstat's French reading ease uses the same constants; the guides' French
# gate, tests/site/test_readability_fr.py, aims at 70 at least: "fairly easy"). Measured 2026-12-01: English grade 3.8 overall (6.8 at most, "grounds"),
# French 93.2 overall (79.1 at least, "no-credible-basis"); 2,417 paths walked.
EN_GRADE_CEILING = 4.5
EN_GRADE_CEILING_ONE_QUESTION = 8.0
FR_EASE_FLOOR = 85.0
FR_EASE_FLOOR_ONE_QUESTION = 70.0  # the site's aim for a French page
# Place names in a list are not sentences a reader must parse: measured on the title and hint only.
NAMES_ONLY = ("province", "province-program")


def question_text(question):
    parts = [question["title"], question["hint"]]
    if question["id"] not in NAMES_ONLY:
        for choice in question["choices"]:
            parts += [choice["label"], choice.get("hint", "")]
    # a label is a sentence of its own: end it like one
    return " ".join(p if re.search(r"[.?!…]\W*$", p) else p + "." for p in parts if p)


@pytest.fixture
def pyphen_syllables(monkeypatch):
    """Syllables from Pyphen only (no download of NLTK's CMU dictionary), as test_guides.py does."""
    from textstat.backend.counts import _count_syllables

    monkeypatch.setattr(_count_syllables, "get_cmudict", lambda lang: None)
    _count_syllables.count_syllables.cache_clear()
    yield
    textstat.set_lang("en_US")
    _count_syllables.count_syllables.cache_clear()


def kandel_moles(text: str) -> float:
    textstat.set_lang("fr")
    try:
        words, sentences, syllables = (textstat.lexicon_count(text), textstat.sentence_count(text),
                                       textstat.syllable_count(text))
    finally:
        textstat.set_lang("en_US")
    return 207 - 1.015 * words / sentences - 73.6 * syllables / words


def test_english_interview_reads_at_grade_8_or_below(pyphen_syllables):
    questions = handle({"kind": "interview"})["questions"]
    grades = {q["id"]: textstat.flesch_kincaid_grade(question_text(q)) for q in questions}
    overall = textstat.flesch_kincaid_grade(" ".join(question_text(q) for q in questions))
    print(f"\nFlesch-Kincaid grade, whole interview: {overall:.1f} (ceiling {EN_GRADE_CEILING})")
    for qid, grade in sorted(grades.items(), key=lambda item: -item[1])[:5]:
        print(f"  {grade:5.1f}  {qid}")
    assert overall <= EN_GRADE_CEILING
    assert not {q: g for q, g in grades.items() if g > EN_GRADE_CEILING_ONE_QUESTION}


def test_french_interview_reads_easily(pyphen_syllables):
    questions = handle({"kind": "interview", "lang": "fr"})["questions"]
    scores = {q["id"]: kandel_moles(question_text(q)) for q in questions}
    overall = kandel_moles(" ".join(question_text(q) for q in questions))
    print(f"\nKandel–Moles, whole French interview: {overall:.1f} (floor {FR_EASE_FLOOR})")
    for qid, score in sorted(scores.items(), key=lambda item: item[1])[:5]:
        print(f"  {score:5.1f}  {qid}")
    assert overall >= FR_EASE_FLOOR
    assert not {q: s for q, s in scores.items() if s < FR_EASE_FLOOR_ONE_QUESTION}


def test_no_legal_number_is_typed_into_the_interview_or_plan_wording():
    from calculators.messages import plan_en, plan_fr

    typed = re.compile(r"\b\d+\s*(days?|jours?|months?|mois|years?|ans?)\b|\$\s*\d|\d\s*\$", re.IGNORECASE)
    words = re.compile(r"\b(fifteen|thirty|sixty|ninety|quinze|trente|soixante|quatre-vingt-dix)\b", re.IGNORECASE)
    for catalogue in (plan_en.MESSAGES, plan_fr.MESSAGES):
        for key, text in catalogue.items():
            assert not typed.search(text) and not words.search(text), (key, text)


def _outcome(answers):
    result = handle({"kind": "plan", **answers, "today": TODAY})
    return [(o["remedy"], o["status"], o.get("file_by"), tuple(o["reasons"])) for o in result["options"] + result["closed"]]


@pytest.mark.parametrize("question", [q for q in QUESTIONS if q.field != "province"], ids=lambda q: q.id)
def test_every_question_can_change_the_plan(question):
    """Ask only what the answer depends on: some path exists where another answer to this
    question (all else the same) gives other options, dates or reasons."""
    for answers, asked_ids in PATHS:
        if question.id not in asked_ids:
            continue
        before = _outcome(answers)
        for value in (*question_values(question), *(("2026-09-01",) if question.type == "date" else ())):
            other = dict(answers)
            if value is None:
                other.pop(question.field, None)
            else:
                other[question.field] = value
            if other != answers and _outcome(other) != before:
                return
    pytest.fail(f"no answer to {question.id} changes the plan")


def test_a_multiple_answer_may_come_as_one_comma_separated_string():
    # a link's fragment: #application=sponsorship&grounds=misrepresentation,unknown
    answers = {"application": "sponsorship", "sponsored_in_canada": "no", "decided": "outside-canada",
               "notified": GIVEN_DATE, "grounds": "misrepresentation,unknown"}
    shown, kept = interview.asked(answers)
    assert kept["grounds"] == ["misrepresentation", "unknown"]
    assert "relationship" in [q.id for q in shown]
    assert interview.engine_answers({**answers, "grounds": "none"})["grounds"] == []
