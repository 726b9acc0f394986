"""From a trigger date to the last day, the safe file-by day and the working that shows why.

``compute(rule, trigger)`` returns a :class:`Deadline` of plain values and structured steps
(message ids with parameters). Nothing here is worded: ``word_steps`` and
``word_warnings`` turn the structure into sentences through ``calculators.messages``.

Counting, by the rule's ``counting`` (see ``rules.COUNTING`` and law/FACTS.md):

* ``statute-federal-court`` (IRPA s. 72(2)(b)): calendar days after the trigger day (IA
  s. 27(5)); a last day that is a Sunday or IA holiday moves to the next day that is not
  (IA s. 26); the seasonal recess is never skipped (Linett). ``file_by`` is the latest day
  on or before the last day that is not an FCR holiday (FCR r. 71.1(3)); ``may_extend_to``
  is the next business day when the last day is an FCR holiday or Boxing Day — probable,
  never the deadline.
* ``federal-courts-rules`` (FCIR steps): seasonal-recess days are not counted (FCR r. 6(3));
  a last day that is an FCR r. 2 holiday moves to the next day that is not.
* ``iad-rules``: calendar days; a last day on a Saturday, Sunday or IA holiday moves to the
  next working day (IAD Rules r. 41); Boxing Day → ``may_extend_to``.
* ``interpretation-act``: calendar days, IA s. 26 roll.
* ``no-holiday-roll`` (restoration, FACTS §4 U; ATIA complaint; departure order): trigger
  + N, never moved (a safe policy, worded as one).
* ``rad-rules`` (FACTS §8): calendar days; a last day on a non-working day moves to the next
  working day (RAD Rules r. 35(3)); the Division must receive the document by then.
* ``prra`` (FACTS §8): day 15 is the last day (not moved); ``file_by`` is the last working day
  on or before it; IRCC's manual rolls a weekend/holiday day 15 → ``may_extend_to`` (O).
* ``program-rule`` (FACTS §11, S/O): provincial reviews; calendar days, not moved,
  and always "check the program's official page".
* ``quebec-statute`` (FACTS §11 Revised): the TAQ's 60 days, set by Quebec's statute (art. 72);
  counted like ``program-rule``, worded as the statute's limit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from calculators import calendar
from calculators.rules import CASES, TimeLimit

ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class Step:
    id: str
    params: dict = field(default_factory=dict)


@dataclass
class Deadline:
    rule: TimeLimit
    trigger: date
    counted_to: date  # day N after the trigger (after leaving out recess days, if any)
    last_day: date
    file_by: date
    may_extend_to: date | None
    recess_days_skipped: int
    moved_past: list[tuple[date, calendar.Holiday]]  # days the last day moved past, and why
    citations: list[str]
    steps: list[Step]
    warnings: list[str]  # message ids


def count_days(trigger: date, length: int, skip_recess: bool) -> tuple[date, list[date]]:
    """Day ``length`` after ``trigger`` (trigger not counted), and the recess days left out."""
    if not skip_recess:
        return trigger + timedelta(days=length), []
    day, counted, skipped = trigger, 0, []
    while counted < length:
        day += ONE_DAY
        if calendar.in_seasonal_recess(day):
            skipped.append(day)
        else:
            counted += 1
    return day, skipped


def _roll(day: date, cal: str) -> tuple[date, list[tuple[date, calendar.Holiday]]]:
    moved = []
    while (found := calendar.holiday(day, cal)) is not None:
        moved.append((day, found))
        day += ONE_DAY
    return day, moved


def _closed(day: date, cal: str) -> calendar.Holiday | None:
    """Why an office is (or may be) closed on ``day``: a holiday of ``cal`` or Boxing Day."""
    return calendar.holiday(day, cal) or calendar.probable_closure(day)


def _next_business_day(day: date, cal: str) -> date:
    day += ONE_DAY
    while _closed(day, cal) is not None:
        day += ONE_DAY
    return day


def _add(citations: list[str], *labels: str) -> None:
    for label in labels:
        if label and label not in citations:
            citations.append(label)


def _spans_recess(trigger: date, last_day: date) -> bool:
    day = trigger + ONE_DAY
    while day <= last_day:
        if calendar.in_seasonal_recess(day):
            return True
        day += ONE_DAY
    return False


def _federal_court_file_by(last_day: date, steps: list[Step], citations: list[str]) -> tuple[date, date | None]:
    """File by the latest day that is not an FCR holiday (FCR r. 71.1(3)); may extend if the court is closed."""
    file_by = last_day
    while calendar.is_holiday(file_by, "fcr"):
        file_by -= ONE_DAY
    closed = _closed(last_day, "fcr")
    if file_by != last_day:
        steps.append(Step("step.file-by-earlier", {"last_day": last_day, "holiday": closed, "file_by": file_by}))
        _add(citations, "FCR r. 2", "FCR r. 71.1(3)")
    else:
        steps.append(Step("step.file-by-same", {"last_day": last_day}))
    if closed is None:
        return file_by, None
    # Lagacé (FCA 1996); P.F. Collier (FCA 1986): probably the next business day. Never the deadline.
    may_extend_to = _next_business_day(last_day, "fcr")
    steps.append(Step("step.may-extend-court", {"last_day": last_day, "holiday": closed, "may_extend_to": may_extend_to,
                                                "cases": f"{CASES['lagace']}; {CASES['collier']}"}))
    _add(citations, CASES["lagace"], CASES["collier"])
    return file_by, may_extend_to


def _iad_received_by(last_day: date, steps: list[Step], citations: list[str]) -> tuple[date, date | None]:
    """The IAD must receive the notice by the last day; Boxing Day and the like → probably later (r. 41)."""
    steps.append(Step("step.iad-received-by", {"last_day": last_day}))
    closed = calendar.probable_closure(last_day)
    if closed is None:
        return last_day, None
    may_extend_to = _next_business_day(last_day, "iad")
    steps.append(Step("step.may-extend-iad", {"last_day": last_day, "holiday": closed, "may_extend_to": may_extend_to}))
    return last_day, may_extend_to


def _rad_received_by(last_day: date, steps: list[Step], citations: list[str]) -> tuple[date, date | None]:
    """The RAD must receive the document by the last day (IRPR s. 159.91(1); RAD Rules r. 35(3))."""
    steps.append(Step("step.rad-received-by", {"last_day": last_day}))
    closed = calendar.probable_closure(last_day)
    if closed is None:
        return last_day, None
    may_extend_to = _next_business_day(last_day, "rad")
    steps.append(Step("step.may-extend-rad", {"last_day": last_day, "holiday": closed, "may_extend_to": may_extend_to}))
    return last_day, may_extend_to


def _office_closed(day: date) -> calendar.Holiday | None:
    """Why an office (IRCC) is closed on ``day``: a Saturday, or a Sunday/IA holiday, or Boxing Day."""
    if day.weekday() == calendar.SATURDAY:
        return calendar.Holiday("saturday", "")
    return calendar.holiday(day, "ia") or calendar.probable_closure(day)


def _prra_file_by(last_day: date, steps: list[Step], citations: list[str]) -> tuple[date, date | None]:
    """Day 15 is the last day; file by the last working day on or before it (FACTS §8)."""
    file_by = last_day
    while _office_closed(file_by) is not None:
        file_by -= ONE_DAY
    if file_by == last_day:
        steps.append(Step("step.prra-file-by-same", {"last_day": last_day}))
        return file_by, None
    may_extend_to = last_day + ONE_DAY  # IRCC's manual (O): the next working day
    while _office_closed(may_extend_to) is not None:
        may_extend_to += ONE_DAY
    steps.append(Step("step.prra-file-by-earlier", {"last_day": last_day, "holiday": _office_closed(last_day),
                                                    "file_by": file_by, "may_extend_to": may_extend_to}))
    return file_by, may_extend_to


def _weekday_on_or_before(step_same: str, step_earlier: str):
    """For a limit that is a program's rule or a safe policy, not a statute the Interpretation Act
    moves: the last day stays where it falls, but the day to act is the last working day on or
    before it, so a reader never counts on an office or a portal on a weekend (QA: a Sunday act-by)."""
    def finish(last_day: date, steps: list[Step], citations: list[str]) -> tuple[date, date | None]:
        file_by = last_day
        while _office_closed(file_by) is not None:
            file_by -= ONE_DAY
        if file_by == last_day:
            steps.append(Step(step_same, {"last_day": last_day}))
        else:
            steps.append(Step(step_earlier, {"last_day": last_day, "holiday": _office_closed(last_day),
                                             "file_by": file_by}))
        return file_by, None
    return finish


def _same_day(step_id: str):
    def finish(last_day: date, steps: list[Step], citations: list[str]) -> tuple[date, date | None]:
        steps.append(Step(step_id, {"last_day": last_day}))
        return last_day, None
    return finish


# Rules whose last day is not moved but whose action is not "apply" (steps worded per rule).
_NO_ROLL_STEP = {"atip-complaint": "step.complain-by", "departure-order": "step.leave-by"}
# Rules whose act-by day is the last working day on or before the last day (a safe policy).
_WEEKDAY_STEP = {"quebec-caq-refused-policy": ("step.act-by", "step.act-by-earlier")}


# How the file-by day follows from the last day, by counting method.
_FINISH = {
    "statute-federal-court": _federal_court_file_by,
    "federal-courts-rules": _same_day("step.file-by-same"),
    "iad-rules": _iad_received_by,
    "interpretation-act": _same_day("step.answer-by"),
    "no-holiday-roll": _same_day("step.apply-by"),
    "rad-rules": _rad_received_by,
    "prra": _prra_file_by,
    "program-rule": _weekday_on_or_before("step.check-program", "step.check-program-earlier"),
    "quebec-statute": _weekday_on_or_before("step.file-by-statute", "step.file-by-statute-earlier"),
}


_ROLL_SOURCE = {"iad": "IAD Rules r. 41", "rad": "RAD Rules r. 35(3)"}
# Why a last day is not moved, by rule id or counting method (message ids).
_NOT_MOVED = {"prra": "clause.not-moved.prra", "program-rule": "clause.not-moved.program",
              "quebec-statute": "clause.not-moved.program",
              "atip-complaint": "clause.not-moved.policy", "departure-order": "clause.not-moved.departure",
              "quebec-caq-refused-policy": "clause.not-moved.program"}


def compute(rule: TimeLimit, trigger: date) -> Deadline:
    """The last day, file-by day and may-extend-to day of ``rule`` for ``trigger``, with the steps."""
    if rule.counting not in _FINISH or rule.unit != "days":
        raise ValueError(f"{rule.id} is a period, not a deadline to compute")
    citations: list[str] = [rule.source]
    steps: list[Step] = [Step("step.start", {"trigger": f"trigger-day.{rule.trigger}", "from": trigger})]

    # 1. Count: IA s. 27(5); for time under the Rules, recess days are not counted (FCR r. 6(3)).
    counted_to, skipped = count_days(trigger, rule.length, rule.counting == "federal-courts-rules")
    count_params = {"n": rule.length, "from": trigger, "day": counted_to, "calendar": rule.calendar,
                    "not_moved": _NOT_MOVED.get(rule.id, _NOT_MOVED.get(rule.counting, "clause.not-moved"))}
    if skipped:
        first, last = calendar.seasonal_recess_containing(skipped[0])
        count_params.update(skipped=len(skipped), recess_start=first, recess_end=last)
        _add(citations, calendar.SEASONAL_RECESS)

    # 2. Move a last day that falls on a holiday of the rule's calendar (IA s. 26; IAD Rules r. 41).
    last_day, moved = _roll(counted_to, rule.calendar) if rule.calendar else (counted_to, [])
    if not rule.calendar:
        steps.append(Step("step.count-no-roll", count_params))
    elif moved:
        steps.append(Step("step.count-moved", {**count_params, "moved": moved, "last_day": last_day}))
        _add(citations, _ROLL_SOURCE.get(rule.calendar, "IA s. 26"), *(h.source for _, h in moved))
    else:
        steps.append(Step("step.count-kept", count_params))
    if rule.counting == "statute-federal-court" and _spans_recess(trigger, last_day):
        steps.append(Step("step.recess-not-skipped", {"case": CASES["linett"]}))  # Linett, FCA 1979
        _add(citations, CASES["linett"])

    # 3. The safe day to file, and the probable later day where the law is unsettled.
    if rule.id in _NO_ROLL_STEP:
        finish = _same_day(_NO_ROLL_STEP[rule.id])
    elif rule.id in _WEEKDAY_STEP:
        finish = _weekday_on_or_before(*_WEEKDAY_STEP[rule.id])
    else:
        finish = _FINISH[rule.counting]
    file_by, may_extend_to = finish(last_day, steps, citations)
    return Deadline(rule, trigger, counted_to, last_day, file_by, may_extend_to, len(skipped), moved,
                    citations, steps, list(WARNINGS.get(rule.id, ())))


# Warnings that always go with a rule (message ids; wording in messages).
_JR = ("warn.jr-filed-and-served", "warn.electronic-notice", "warn.clock-not-paused", "warn.jr-extension-special-reasons",
       "warn.jr-irb-reasons", "warn.jr-fifteen-if-unsure", "warn.local-holidays")
_IAD = ("warn.iad-must-receive", "warn.iad-late-extension")
WARNINGS: dict[str, tuple[str, ...]] = {
    "judicial-review-in-canada": _JR,
    "judicial-review-outside-canada": _JR,
    "iad-sponsorship": ("warn.iad-sponsor-appeals", *_IAD),
    "iad-removal-order": _IAD,
    "iad-residency-obligation": _IAD,
    "restoration": ("warn.restoration-from-status-loss", "warn.restoration-strict",
                    "warn.restoration-no-work-study"),
    "applicants-record": ("warn.applicants-record-without-reasons", "warn.applicants-record-practice-direction"),
    "atip-response": ("warn.atip-extension", "warn.records-do-not-pause"),
    "privacy-response": ("warn.privacy-extension", "warn.records-do-not-pause"),
    "rad-appeal": ("warn.rad-from-reasons", "warn.rad-mail", "warn.rad-must-receive", "warn.rad-extension",
                   "warn.rad-perfect"),
    "rad-record": ("warn.rad-from-reasons", "warn.rad-mail", "warn.rad-must-receive", "warn.rad-record-practice",
                   "warn.rad-extension"),
    "citizenship-judicial-review": ("warn.citizenship-filed-and-served", "warn.citizenship-extension",
                                    "warn.clock-not-paused", "warn.local-holidays"),
    "prra-application": ("warn.prra-notice-mail", "warn.prra-stay", "warn.prra-late"),
    "departure-order": ("warn.departure-enforceable", "warn.departure-certificate", "warn.departure-suspended",
                        "warn.no-roll-policy"),
    "atip-complaint": ("warn.atip-complaint-start", "warn.atip-complaint-no-extension", "warn.no-roll-policy",
                       "warn.privacy-no-limit"),
    "provincial-review-on": ("warn.program-check", "warn.provincial-not-federal-court"),
    "provincial-review-bc": ("warn.program-check", "warn.provincial-from-issue", "warn.provincial-bc-outside",
                             "warn.provincial-not-federal-court"),
    "provincial-review-ab": ("warn.program-check", "warn.provincial-from-issue", "warn.provincial-not-federal-court"),
    "provincial-review-sk": ("warn.program-check", "warn.provincial-from-issue", "warn.provincial-not-federal-court"),
    "quebec-taq": ("warn.quebec-taq-statute", "warn.quebec-taq-which", "warn.quebec-public-interest",
                   "warn.quebec-caq-refused"),
    "quebec-caq-refused-policy": ("warn.quebec-caq-policy", "warn.quebec-caq-refused"),
}
