"""Which remedies exist for a refusal, with reasons, last days and sources.

``assess(...)`` returns structured findings (message ids and parameters); ``word_finding``
turns them into sentences. "unknown" answers give the safe result: an option that might
exist is shown (with the doubt stated) rather than hidden, and no option ever gets a later
date than the law allows — where the answer decides the date, the earlier date is used, or
no date at all with what to find out (tests/unit/test_eligibility_properties.py).

One refusal family a module: ``temporary`` (visas, permits, extension, eTA), ``family``,
``residency``, ``removal``, ``refugee``, ``citizenship``, ``border``, ``provincial`` (and
Quebec), ``terminated`` (S.C. 2026, c. 4); the routes they share in ``court`` (Federal Court,
IAD), ``common`` and ``restoration``; the vocabulary in ``core``; sentences in ``wording``.

Sources: law/FACTS.md §2 (judicial review), §3 (IAD), §4 (restoration, TRP), §5 (notes),
§6 (reconsideration, misrepresentation), §8 (refugee claims, PRRA, H&C, removal orders),
§9 (citizenship), §10 (port of entry), §11 (provincial programs, Quebec), §12 (S.C. 2026, c. 4).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from calculators.eligibility.border import port_of_entry_options
from calculators.eligibility.citizenship import citizenship_options
from calculators.eligibility.core import (
    IN_CANADA_CLASS_RELATIONSHIPS, TEMPORARY, Answers, Assessment, Finding, Option, Work, deadline_of, merge,
)
from calculators.eligibility.family import permanent_residence_options, sponsorship_options
from calculators.eligibility.provincial import provincial_options, quebec_options
from calculators.eligibility.refugee import refugee_claim_options
from calculators.eligibility.removal import removal_order_options
from calculators.eligibility.residency import residency_obligation_options
from calculators.eligibility.temporary import eta_options, temporary_options
from calculators.eligibility.terminated import terminated_options

# The public names, importable from ``calculators.eligibility`` as before the split.
from calculators.eligibility.core import (  # noqa: F401
    ALWAYS_IN_CANADA, APPLICATIONS, CHOICE_FIELDS, DATE_FIELDS, DECIDED, DECIDED_MATTERS, GROUNDS,
    PORT_OUTCOMES, PROVINCE_PROGRAMS, QUEBEC_DECISIONS, RAD_BARS, RAD_EXCEPTIONS, REFUGEE_STAGES, RELATIONSHIPS,
    REMEDIES, REMOVAL_ORDER_TYPES, REMOVAL_STATUS, RETIRED_CHOICES, YES_NO,
)
from calculators.eligibility.wording import limit_params, word_finding  # noqa: F401


_BUILDERS = {
    **{application: temporary_options for application in TEMPORARY},
    "permanent-residence": permanent_residence_options, "sponsorship": sponsorship_options,
    "residency-obligation": residency_obligation_options, "removal-order": removal_order_options,
    "refugee-claim": refugee_claim_options, "citizenship": citizenship_options, "port-of-entry": port_of_entry_options,
    "provincial-nominee": provincial_options, "quebec": quebec_options, "eta": eta_options, "terminated-or-cancelled": terminated_options,
}

# What can still be done once a date has passed (item 7), by option.
PASSED_HELP = {
    "judicial-review": "passed.judicial-review", "iad-appeal": "passed.iad-appeal", "rad-appeal": "passed.rad",
    "rad-record": "passed.rad", "restoration": "passed.restoration",
    "citizenship-judicial-review": "passed.citizenship-judicial-review", "prra": "passed.prra",
    "departure-order": "passed.departure-order", "provincial-review": "passed.provincial-review",
    "quebec-taq": "passed.quebec-taq", "quebec-superior-court": "passed.quebec-taq",
}


def _date_state(option: Option, today: date) -> None:
    days = (option.deadline.file_by - today).days
    option.days_left = days
    option.state = "passed" if days < 0 else "today" if days == 0 else "future"
    if days < 0:
        option.reasons.insert(0, Finding("passed.headline", {"file_by": option.deadline.file_by, "days": -days}))
        option.reasons.insert(1, Finding(PASSED_HELP.get(option.remedy, "passed.generic")))
        if option.remedy in ("judicial-review", "citizenship-judicial-review"):
            option.citations = merge(option.citations, ["IRPA s. 72(2)(c)", "FCIR r. 6"]
                                      if option.remedy == "judicial-review" else ["Citizenship Act s. 22.1"])
        elif option.remedy == "iad-appeal":
            option.citations = merge(option.citations, ["IAD Rules r. 4(e)"])
        elif option.remedy in ("rad-appeal", "rad-record"):
            option.citations = merge(option.citations, ["IRPR s. 159.91(2)", "RAD Rules r. 6"])


def assess(application: str, decided: str, notified: date, grounds: list[str] | tuple[str, ...] = (),
           relationship: str | None = None, status_lost: date | None = None, **more) -> Assessment:
    """The options for one refusal. ``more``: the other fields of :class:`Answers` (today, sponsored_in_canada, …)."""
    answers = Answers(application, decided, notified, frozenset(grounds), relationship or "unknown", status_lost,
                      **{key: value for key, value in more.items() if value is not None})
    if answers.relationship not in IN_CANADA_CLASS_RELATIONSHIPS:
        # IRPR ss. 123-129: only a spouse or partner can be in the in-Canada class; a parent or any other
        # relative applied to a visa office, whatever was answered (issue 19 item 4).
        answers = replace(answers, sponsored_in_canada="no")
    w = Work(answers)
    _BUILDERS[application](w)
    if "unknown" in answers.grounds:
        w.assume("assume.grounds-unknown")
    if answers.today is not None:
        for option in w.options:
            if option.deadline is not None:
                _date_state(option, answers.today)
    earliest = min((o.deadline.file_by for o in w.options if o.deadline and o.available and o.state != "passed"),
                   default=None)
    if earliest is not None and any(o.remedy == "notes-request" for o in w.options):
        answer = deadline_of("atip-response", notified).last_day
        if answer > earliest:
            w.warn("warn.notes-after-deadline", earliest=earliest)
    return Assessment(w.options, w.assumptions, w.warnings)


def act_by(assessment: Assessment) -> Option | None:
    """The option to act on first: the earliest file-by date that has not passed among options that may exist."""
    dated = [o for o in assessment.options if o.deadline and o.available and o.state != "passed"]
    return min(dated, key=lambda o: o.deadline.file_by, default=None)
