"""The interview as data: which question comes next, what it asks, and where to find the answer.

Like a docassemble interview or a GOV.UK question page, each question is a block of data: its
id, the options request field it fills (``field``; CONTRIBUTING.md §2), its type, its choices
(with "I don't know" wherever a reader may not know), and ``ask_if``, the conditions under which
it is asked. Nothing here words anything: every title, hint and label is a message id of
``messages/plan_en.py`` / ``plan_fr.py`` (``interview.<question id>.…``).

The browser renders ``questions(lang)`` as it is (evaluating ``ask_if`` as data only); the CLI
walks it with ``asked``; tests walk every path. A question asks only what the options or the
plan depend on: when the answer to a question cannot change the result, it is not asked.

``ask_if`` semantics (CONTRIBUTING.md §2): all conditions must hold. ``In(field, values)``
holds when the answer is one of the values (a ``multi`` answer: when any chosen value is);
``NotIn`` holds when it is not (a ``multi`` answer: when no chosen value is). A field with no
answer fails every ``In`` and passes every ``NotIn``. A condition names only fields of
earlier questions, so one pass in list order decides what is asked.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from calculators.eligibility.core import DECIDED_MATTERS
from calculators.messages import has
from calculators.messages import say as _say

VERSION = 1
UNKNOWN = "unknown"
NONE = "none"  # "None of these" in a multi question: an empty list for the engine


@dataclass(frozen=True)
class Choice:
    value: str
    label: str | None = None  # message id; default "interview.<question>.<value>"
    exclusive: bool = False  # multi: chosen alone


@dataclass(frozen=True)
class Condition:
    field: str
    values: tuple[str, ...]
    negate: bool = False

    def holds(self, answers: dict[str, Any]) -> bool:
        answer = answers.get(self.field)
        if answer is None or answer == "" or answer == []:
            return self.negate
        # Only text answers can match; anything else (a number, an object) matches nothing, and the
        # engine then names the field in a plain error (handle never raises; LAW-QA).
        chosen = {a for a in (answer if isinstance(answer, (list, tuple)) else [answer]) if isinstance(a, str)}
        found = bool(chosen & set(self.values))
        return not found if self.negate else found

    def as_dict(self) -> dict:
        return {"field": self.field, ("not_in" if self.negate else "in"): list(self.values)}


def In(field_name: str, *values: str) -> Condition:  # noqa: N802 (reads like the data it is)
    return Condition(field_name, values)


def NotIn(field_name: str, *values: str) -> Condition:  # noqa: N802
    return Condition(field_name, values, negate=True)


@dataclass(frozen=True)
class Question:
    id: str
    field: str
    type: str  # "choice" | "multi" | "date"
    choices: tuple[Choice, ...] = ()
    ask_if: tuple[Condition, ...] = ()
    optional: bool = False
    # A date question whose answer may be after today (a permit's expiry); other dates are in the past.
    future_ok: bool = False
    # Which remedies this question's answer can change (for the closing table and the tests).
    changes: tuple[str, ...] = field(default=())

    @property
    def unknown(self) -> str | None:
        return UNKNOWN if any(c.value == UNKNOWN for c in self.choices) else None

    def values(self) -> tuple[str, ...]:
        return tuple(c.value for c in self.choices)

    def asked(self, answers: dict[str, Any]) -> bool:
        return all(condition.holds(answers) for condition in self.ask_if)


DONT_KNOW = Choice(UNKNOWN, "interview.dont-know", exclusive=True)
YES_NO = (Choice("yes", "interview.yes"), Choice("no", "interview.no"), DONT_KNOW)

APPLICATIONS = ("visitor-visa", "study-permit", "work-permit", "extension", "permanent-residence",
                "sponsorship", "residency-obligation", "removal-order", "refugee-claim", "citizenship",
                "port-of-entry", "provincial-nominee", "quebec", "eta", "terminated-or-cancelled")
PROVINCES = ("ab", "bc", "mb", "nb", "nl", "ns", "nt", "nu", "on", "pe", "qc", "sk", "yt")
TEMPORARY = ("visitor-visa", "study-permit", "work-permit")
# DECIDED_MATTERS (calculators.eligibility.core): refusals where the office that decided sets the
# judicial review limit (IRPA s. 72(2)(b); FACTS §2 Revised: the place the matter arose). The engine
# requires `decided` for exactly these, and the interview asks it for exactly these (issue 19 item 5).
# Refusals where an inadmissibility finding (IRPA ss. 34-40) can close the IAD or reapplying
# (IRPA s. 64, s. 40).
GROUNDS_MATTER = (*TEMPORARY, "extension", "eta", "permanent-residence", "sponsorship", "residency-obligation",
                  "removal-order", "port-of-entry")

QUESTIONS: tuple[Question, ...] = (
    Question("application", "application", "choice", tuple(Choice(a) for a in APPLICATIONS),
             changes=("all",)),
    # FACTS §3 New: a PR applicant refused as a sponsored family member has no appeal of their own.
    Question("family-sponsored", "family_sponsored", "choice", YES_NO,
             (In("application", "permanent-residence"),), changes=("iad-appeal", "judicial-review")),
    # Who was sponsored: only a spouse or common-law partner can be in the in-Canada class (IRPR
    # ss. 123-129; issue 19 item 4), and after misrepresentation only a spouse, partner or child keeps
    # the appeal (IRPA s. 64(3)).
    Question("relationship", "relationship", "choice",
             (Choice("spouse"), Choice("common-law-partner"), Choice("child"), Choice("parent"), Choice("other"),
              DONT_KNOW),
             (In("application", "sponsorship"),), changes=("iad-appeal", "judicial-review")),
    Question("relationship-applicant", "relationship", "choice",
             (Choice("spouse"), Choice("common-law-partner"), Choice("child"), Choice("parent"), Choice("other"),
              DONT_KNOW),
             (In("application", "permanent-residence"), In("family_sponsored", "yes", UNKNOWN)),
             changes=("iad-appeal", "judicial-review")),
    # FACTS §3 New: spouse or partner in Canada class -> no IAD appeal, judicial review (15 days).
    Question("sponsored-in-canada", "sponsored_in_canada", "choice", YES_NO,
             (In("application", "sponsorship"), NotIn("relationship", "child", "parent", "other")),
             changes=("iad-appeal", "judicial-review")),
    Question("sponsored-in-canada-applicant", "sponsored_in_canada", "choice", YES_NO,
             (In("application", "permanent-residence"), In("family_sponsored", "yes", UNKNOWN),
              NotIn("relationship", "child", "parent", "other")),
             changes=("iad-appeal", "judicial-review")),
    # FACTS §8: which division decided, and the IRPA s. 110(2) bars on a RAD appeal.
    # "ineligible": the claim was not referred to the Board (IRPA s. 101(1)(b.1)-(b.2), FACTS §12).
    Question("refugee-stage", "refugee_stage", "choice", (Choice("rpd"), Choice("rad"), Choice("ineligible"), DONT_KNOW),
             (In("application", "refugee-claim"),), changes=("rad-appeal", "judicial-review", "prra")),
    Question("no-credible-basis", "no_credible_basis", "choice", YES_NO,
             (In("application", "refugee-claim"), NotIn("refugee_stage", "rad", "ineligible")),
             changes=("rad-appeal", "judicial-review")),
    # No "designated country of origin": that bar is of no force and bars nobody (FACTS §8 Revised 2026-12-06).
    Question("rad-exception", "rad_exception", "choice",
             (Choice(NONE), Choice("designated-foreign-national"), Choice("withdrawn-or-abandoned"),
              Choice("safe-third-country"), Choice("cessation-or-vacation"), DONT_KNOW),
             (In("application", "refugee-claim"), NotIn("refugee_stage", "rad", "ineligible"),
              NotIn("no_credible_basis", "yes")),
             changes=("rad-appeal", "judicial-review")),
    # FACTS §10: what happened at the port of entry.
    Question("port-outcome", "port_outcome", "choice",
             (Choice("allowed-to-leave"), Choice("removal-order"), Choice("permit-refused"), DONT_KNOW),
             (In("application", "port-of-entry"),), changes=("iad-appeal", "judicial-review", "reapply")),
    # FACTS §3, §8: who can appeal a removal order to the IAD (IRPA s. 63(2)-(3)).
    Question("removal-status", "removal_status", "choice",
             (Choice("permanent-resident"), Choice("protected-person"), Choice("pr-visa-holder"),
              Choice("foreign-national"), DONT_KNOW),
             (In("application", "removal-order"),), changes=("iad-appeal", "judicial-review", "stay-motion")),
    Question("removal-status-port", "removal_status", "choice",
             (Choice("permanent-resident", "interview.removal-status.permanent-resident"),
              Choice("pr-visa-holder", "interview.removal-status.pr-visa-holder"),
              Choice("foreign-national", "interview.removal-status.foreign-national"), DONT_KNOW),
             (In("application", "port-of-entry"), In("port_outcome", "removal-order")),
             changes=("iad-appeal", "judicial-review")),
    # FACTS §8: departure order (leave in time), exclusion and deportation (authorization to return).
    Question("removal-order-type", "removal_order_type", "choice",
             (Choice("departure"), Choice("exclusion"), Choice("deportation"), DONT_KNOW),
             (In("application", "removal-order"),), changes=("departure-order", "reapply")),
    Question("removal-order-type-port", "removal_order_type", "choice",
             (Choice("departure", "interview.removal-order-type.departure"),
              Choice("exclusion", "interview.removal-order-type.exclusion"),
              Choice("deportation", "interview.removal-order-type.deportation"), DONT_KNOW),
             (In("application", "port-of-entry"), In("port_outcome", "removal-order")),
             changes=("departure-order", "reapply")),
    # FACTS §11: each province's review.
    Question("province-program", "province_program", "choice",
             (Choice("on"), Choice("bc"), Choice("ab"), Choice("sk"), Choice("mb"), Choice("other"), DONT_KNOW),
             (In("application", "provincial-nominee"),), changes=("provincial-review",)),
    Question("quebec-decision", "quebec_decision", "choice",
             (Choice("sponsorship-undertaking"), Choice("selection-cancelled"), Choice("caq-refused"),
              Choice("other"), DONT_KNOW),
             (In("application", "quebec"),), changes=("quebec-taq",)),
    # Loi sur l'immigration au Québec art. 72 3°: no TAQ for a selection cancelled for a reason of public
    # interest (FACTS §11 Revised 2026-12-06).
    Question("quebec-public-interest", "quebec_public_interest", "choice", YES_NO,
             (In("application", "quebec"), In("quebec_decision", "selection-cancelled")), changes=("quebec-taq",)),
    # Where the reader applied from: an office in Canada also decides applications made from abroad, so
    # the office does not say whether there is status to keep or restore (issue 19 item 6).
    Question("applied-in-canada", "applied_in_canada", "choice", YES_NO,
             (In("application", "study-permit", "work-permit"),), changes=("restoration", "reapply")),
    # FACTS §2 Revised: the office that decided (unknown -> the 15-day date).
    Question("decided", "decided", "choice", (Choice("in-canada"), Choice("outside-canada"), DONT_KNOW),
             (In("application", *DECIDED_MATTERS), NotIn("sponsored_in_canada", "yes")),
             changes=("judicial-review", "iad-appeal", "restoration")),
    # The day the clock starts: one question per kind of letter, so the hint says where to look.
    Question("notified", "notified", "date",
             ask_if=(NotIn("application", "refugee-claim", "removal-order", "port-of-entry", "provincial-nominee",
                           "quebec"),),
             changes=("dates",)),
    Question("notified-refugee", "notified", "date", ask_if=(In("application", "refugee-claim"),),
             changes=("dates",)),
    Question("notified-removal", "notified", "date", ask_if=(In("application", "removal-order"),),
             changes=("dates",)),
    Question("notified-port", "notified", "date", ask_if=(In("application", "port-of-entry"),),
             changes=("dates",)),
    Question("notified-provincial", "notified", "date", ask_if=(In("application", "provincial-nominee"),),
             changes=("dates",)),
    Question("notified-quebec", "notified", "date", ask_if=(In("application", "quebec"),),
             changes=("dates",)),
    # FACTS §8: the RAD's limits run from receiving the written reasons; IRPA s. 169(f).
    Question("reasons-received", "reasons_received", "date", (DONT_KNOW,),
             (In("application", "refugee-claim"), NotIn("refugee_stage", "ineligible")), optional=True,
             changes=("rad-appeal", "rad-record", "judicial-review")),
    # FACTS §11: Alberta, Saskatchewan and (Revised 2026-12-06) British Columbia count from the letter's date.
    Question("decision-made-provincial", "decision_made", "date", (DONT_KNOW,),
             (In("application", "provincial-nominee"), In("province_program", "ab", "sk", "bc")), optional=True,
             changes=("provincial-review",)),
    # FACTS §8: a departure order must be complied with within its time (IRPR s. 224(2)).
    Question("decision-made-order", "decision_made", "date", (DONT_KNOW,),
             (In("application", "removal-order"), In("removal_order_type", "departure", UNKNOWN)), optional=True,
             changes=("departure-order",)),
    Question("decision-made-port-order", "decision_made", "date", (DONT_KNOW,),
             (In("application", "port-of-entry"), In("port_outcome", "removal-order"),
              In("removal_order_type", "departure", UNKNOWN)), optional=True, changes=("departure-order",)),
    # FACTS §4: restoration runs from the day status was lost, never from the letter.
    # A study or work permit asked for from inside Canada is a request to stay longer too.
    Question("applied-before-expiry", "applied_before_expiry", "choice", YES_NO,
             (In("application", "extension", "study-permit", "work-permit"), NotIn("applied_in_canada", "no", UNKNOWN)),
             changes=("restoration",)),
    # The engine dates restoration only when it knows whether the request came in time:
    # after expiry -> from the expiry day; in time -> from the decision (or a later expiry).
    Question("permit-expiry", "permit_expiry", "date", (DONT_KNOW,),
             (In("application", "extension", "study-permit", "work-permit"), In("applied_before_expiry", "yes", "no")),
             optional=True, future_ok=True, changes=("restoration", "reapply")),
    Question("decision-made", "decision_made", "date", (DONT_KNOW,),
             (In("application", "extension", "study-permit", "work-permit"), In("applied_before_expiry", "yes")),
             optional=True, changes=("restoration", "reapply")),
    # FACTS §3, §6: grounds that close the IAD (IRPA s. 64) or reapplying (IRPA s. 40).
    Question("grounds", "grounds", "multi",
             (Choice("misrepresentation"), Choice("serious-criminality"), Choice("organized-criminality"),
              Choice("security"), Choice("human-rights"), Choice("sanctions"),
              Choice(NONE, exclusive=True), DONT_KNOW),
             (In("application", *GROUNDS_MATTER),),
             changes=("iad-appeal", "reapply", "judicial-review")),
    # FACTS §8: PRRA, 15 days after notification (stay of removal when in time).
    Question("prra-notified", "prra_notified", "date", (DONT_KNOW,),
             (In("application", "removal-order", "refugee-claim"),), optional=True, changes=("prra",)),
    # Plan only: which help to list (calculators.help_directory.for_region).
    Question("province", "province", "choice",
             (*(Choice(p) for p in PROVINCES), Choice("outside-canada"), DONT_KNOW), changes=("help",)),
)

BY_ID = {question.id: question for question in QUESTIONS}


@lru_cache(maxsize=None)
def _legal_numbers(lang: str) -> tuple[tuple[str, str], ...]:
    """Every legal number a hint may name ("{rpd_mail_received}"), from calculators.rules."""
    from calculators.eligibility import limit_params

    return tuple(limit_params(lang).items())


def say(message_id: str, lang: str = "en") -> str:
    return _say(message_id, lang, **dict(_legal_numbers(lang)))
FIELDS = tuple(dict.fromkeys(question.field for question in QUESTIONS))


def _label_id(question: Question, choice: Choice) -> str:
    return choice.label or f"interview.{question.id}.{choice.value}"


def word_choice(question: Question, value: str, lang: str = "en") -> str:
    for choice in question.choices:
        if choice.value == value:
            return say(_label_id(question, choice), lang)
    raise KeyError(value)


def question_dict(question: Question, lang: str = "en") -> dict:
    choices = []
    for choice in question.choices:
        item = {"value": choice.value, "label": say(_label_id(question, choice), lang)}
        hint_id = f"{_label_id(question, choice)}.hint"
        if has(hint_id, lang):
            item["hint"] = say(hint_id, lang)
        if choice.exclusive and question.type == "multi":
            item["exclusive"] = True
        choices.append(item)
    return {
        "id": question.id,
        "field": question.field,
        "type": question.type,
        "title": say(f"interview.{question.id}.title", lang),
        "hint": say(f"interview.{question.id}.hint", lang),
        "choices": choices,
        "unknown": question.unknown,
        "optional": question.optional,
        "future_ok": question.future_ok,
        "ask_if": [condition.as_dict() for condition in question.ask_if],
    }


CHECK_KEYS = ("title", "lead", "change", "not_answered", "submit", "back", "next", "optional", "date_hint",
              "today_note", "skip", "date_day", "date_month", "date_year", "date_future")


def interview(lang: str = "en") -> dict:
    """The whole interview in ``lang``: the ``interview`` API kind (CONTRIBUTING.md §2)."""
    return {
        "kind": "interview",
        "version": VERSION,
        "questions": [question_dict(question, lang) for question in QUESTIONS],
        "check": {key: say(f"interview.check.{key.replace('_', '-')}", lang) for key in CHECK_KEYS},
    }


def asked(answers: dict[str, Any]) -> tuple[list[Question], dict[str, Any]]:
    """The questions asked for these answers, in order, and the answers that count.

    An answer to a question that is not asked (for example left over after the reader changed
    an earlier answer) is dropped, so it cannot change the plan.
    """
    kept: dict[str, Any] = {}
    shown: list[Question] = []
    for question in QUESTIONS:
        if not question.asked(kept):
            continue
        shown.append(question)
        value = answers.get(question.field)
        if question.type == "multi" and isinstance(value, str):  # "a,b" from a link's fragment
            value = [part for part in value.split(",") if part]
        if value not in (None, "", []):
            kept[question.field] = value
    return shown, kept


def next_question(answers: dict[str, Any], after: str | None = None) -> Question | None:
    """The question after ``after`` (a question id; None: the first) that is asked, or None at the end."""
    shown, _ = asked(answers)
    if after is None:
        return shown[0] if shown else None
    index = [q.id for q in QUESTIONS].index(after)
    for question in QUESTIONS[index + 1:]:
        if question in shown:
            return question
    return None


def engine_answers(answers: dict[str, Any]) -> dict[str, Any]:
    """The answers as the options engine takes them: only asked questions; "I don't know" dates
    and "None of these" dropped (the engine treats a missing date as unknown, and no grounds as none)."""
    _, kept = asked(answers)
    result: dict[str, Any] = {}
    for question in QUESTIONS:
        if question.field not in kept or question.field in result or question.field == "province":
            continue
        value = kept[question.field]
        if question.type == "date" and value == UNKNOWN:
            continue
        if question.type == "multi":
            values = value if isinstance(value, list) else [value]
            value = [v for v in values if v != NONE]
        result[question.field] = value
    return result


def word_answer(question: Question, value: Any, lang: str = "en") -> str:
    """An answer as the check page shows it: choice labels, or the date written out."""
    from datetime import date

    from calculators.messages import format_date

    if question.type == "date":
        if value == UNKNOWN:
            return say("interview.dont-know", lang)
        try:
            return format_date(date.fromisoformat(value), lang)
        except (TypeError, ValueError):
            return str(value)
    values = value if isinstance(value, list) else [value]
    words = []
    for item in values:
        try:
            words.append(word_choice(question, item, lang))
        except KeyError:
            words.append(str(item))
    return ", ".join(words)


def answers_list(answers: dict[str, Any], lang: str = "en") -> list[dict]:
    """Check-your-answers rows: every asked question with the worded answer (or "not answered")."""
    shown, kept = asked(answers)
    rows = []
    for question in shown:
        value = kept.get(question.field)
        rows.append({
            "id": question.id,
            "field": question.field,
            "question": say(f"interview.{question.id}.title", lang),
            "answer": word_answer(question, value, lang) if value is not None else say("interview.check.not-answered", lang),
        })
    return rows
