"""The shared vocabulary of the eligibility engine: the answers a request may give, the
findings and options an assessment returns, and the small helpers every refusal family uses.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from calculators import deadlines
from calculators.rules import time_limit


APPLICATIONS = ("visitor-visa", "study-permit", "work-permit", "extension", "permanent-residence",
                "sponsorship", "residency-obligation", "removal-order", "refugee-claim", "citizenship",
                "port-of-entry", "provincial-nominee", "quebec",
                # LAW additions (CONTRIBUTING §2): an eTA refusal (FACTS §2: always 15 days), and
                # processing terminated or a document cancelled under S.C. 2026, c. 4 (FACTS §12).
                "eta", "terminated-or-cancelled")
DECIDED = ("in-canada", "outside-canada", "unknown")
GROUNDS = ("misrepresentation", "serious-criminality", "organized-criminality", "security",
           "human-rights", "sanctions", "unknown")
RELATIONSHIPS = ("spouse", "common-law-partner", "child", "parent", "other", "unknown")
YES_NO = ("yes", "no", "unknown")
REMOVAL_STATUS = ("permanent-resident", "protected-person", "pr-visa-holder", "foreign-national", "unknown")
REMOVAL_ORDER_TYPES = ("departure", "exclusion", "deportation", "unknown")
# "ineligible": the claim was found ineligible, so no RPD/RAD (IRPA s. 101(1)(b.1)-(b.2), FACTS §12).
REFUGEE_STAGES = ("rpd", "rad", "ineligible", "unknown")
RAD_EXCEPTIONS = ("none", "designated-foreign-national", "withdrawn-or-abandoned", "safe-third-country",
                  "cessation-or-vacation", "unknown")
PORT_OUTCOMES = ("allowed-to-leave", "removal-order", "permit-refused", "unknown")
PROVINCE_PROGRAMS = ("on", "bc", "ab", "sk", "mb", "other", "unknown")
QUEBEC_DECISIONS = ("sponsorship-undertaking", "selection-cancelled", "caq-refused", "other", "unknown")
# Values no longer offered but still accepted from an old link or request, so it gets an answer
# rather than an error. "designated-country": the designated-country-of-origin bar on the RAD
# (IRPA s. 110(2)(d.1)) was declared of no force (Y.Z., 2015 FC 892) and no country has been
# designated since 2019-05-17 (FACTS §8 Revised 2026-12-06): it bars nobody.
RETIRED_CHOICES: dict[str, tuple[str, ...]] = {"rad_exception": ("designated-country",)}

# Choice fields of an options request and their values (api and CLI read this table).
CHOICE_FIELDS: dict[str, tuple[str, ...]] = {
    "sponsored_in_canada": YES_NO, "family_sponsored": YES_NO, "applied_before_expiry": YES_NO,
    "no_credible_basis": YES_NO, "removal_status": REMOVAL_STATUS, "removal_order_type": REMOVAL_ORDER_TYPES,
    "refugee_stage": REFUGEE_STAGES, "rad_exception": RAD_EXCEPTIONS, "port_outcome": PORT_OUTCOMES,
    "province_program": PROVINCE_PROGRAMS, "quebec_decision": QUEBEC_DECISIONS,
    # Where the reader was when they applied for a study or work permit: the office that decided
    # (`decided`) sets only the court's limit (FACTS §2 Revised; issue 19 item 6).
    "applied_in_canada": YES_NO,
    # Loi sur l'immigration au Québec art. 72 3°: no TAQ appeal when a selection is cancelled for a
    # reason of public interest (FACTS §11 Revised 2026-12-06).
    "quebec_public_interest": YES_NO,
}
DATE_FIELDS = ("permit_expiry", "decision_made", "reasons_received", "prra_notified")

REMEDIES = ("judicial-review", "iad-appeal", "reconsideration", "reapply", "restoration", "trp",
            "notes-request", "rad-appeal", "rad-record", "citizenship-judicial-review", "prra", "humanitarian",
            "stay-motion", "departure-order", "provincial-review", "quebec-taq", "quebec-superior-court")

TEMPORARY = ("visitor-visa", "study-permit", "work-permit", "extension")
# Decisions whose matter arises in Canada whatever the reader answers for `decided` (FACTS §2 Revised).
ALWAYS_IN_CANADA = ("extension", "removal-order", "refugee-claim", "port-of-entry", "eta")
# IRPA s. 64(1): no appeal after a finding on these grounds (serious criminality only as
# defined in s. 64(2), so it is a "maybe").
BARRED_GROUNDS = ("security", "human-rights", "sanctions", "organized-criminality")
# IRPA s. 64(3): misrepresentation bars a sponsorship appeal unless the applicant is one of these.
MISREPRESENTATION_EXCEPTION = ("spouse", "common-law-partner", "child")
# IRPA s. 63(2)-(3): who can appeal a removal order to the IAD.
IAD_REMOVAL_STATUS = ("permanent-resident", "protected-person", "pr-visa-holder")
# IRPA s. 110(2): the RAD bars other than "no credible basis / manifestly unfounded".
RAD_BARS = ("designated-foreign-national", "withdrawn-or-abandoned", "safe-third-country", "cessation-or-vacation")
# Refusals where the office that decided can change an answer (the court's 15 or 60 days, IRPA
# s. 72(2)(b); the residency obligation's appeal, IRPA s. 63(4)). For every other kind `decided`
# is neither asked nor required (issue 19 item 5): an extension, a removal order, a refugee claim,
# the border and an eTA arise in Canada (ALWAYS_IN_CANADA); citizenship, provincial and Quebec
# decisions have limits of their own.
DECIDED_MATTERS = ("visitor-visa", "study-permit", "work-permit", "permanent-residence", "sponsorship",
                   "residency-obligation", "terminated-or-cancelled")
# IRPR ss. 123-129: only a spouse or common-law partner can be sponsored in the Spouse or Common-law
# Partner in Canada class; anyone else sponsored (a parent, a child, another relative) applied to a
# visa office (issue 19 item 4).
IN_CANADA_CLASS_RELATIONSHIPS = ("spouse", "common-law-partner", "unknown")


@dataclass(frozen=True)
class Finding:
    id: str
    params: dict = field(default_factory=dict)


@dataclass


@dataclass(frozen=True)
class Finding:
    id: str
    params: dict = field(default_factory=dict)


@dataclass
class Option:
    remedy: str
    status: str  # "yes", "no" or "maybe" (available = status != "no")
    reasons: list[Finding]
    citations: list[str]
    deadline: deadlines.Deadline | None = None
    days_left: int | None = None  # file_by - today, when today is known
    state: str | None = None  # "future" | "today" | "passed", when today is known and there is a date

    @property
    def available(self) -> bool:
        return self.status != "no"


@dataclass
class Assessment:
    options: list[Option]
    assumptions: list[Finding]
    warnings: list[Finding]


@dataclass(frozen=True)
class Answers:
    application: str
    decided: str
    notified: date
    grounds: frozenset = frozenset()
    relationship: str = "unknown"
    status_lost: date | None = None
    today: date | None = None
    sponsored_in_canada: str = "unknown"
    family_sponsored: str = "unknown"
    applied_before_expiry: str = "unknown"
    no_credible_basis: str = "unknown"
    permit_expiry: date | None = None
    decision_made: date | None = None
    reasons_received: date | None = None
    removal_status: str = "unknown"
    removal_order_type: str = "unknown"
    refugee_stage: str = "unknown"
    rad_exception: str = "unknown"
    prra_notified: date | None = None
    port_outcome: str = "unknown"
    province_program: str = "unknown"
    quebec_decision: str = "unknown"
    applied_in_canada: str = "unknown"
    quebec_public_interest: str = "unknown"


class Work:
    """What one assessment collects."""

    def __init__(self, answers: Answers) -> None:
        self.a = answers
        self.options: list[Option] = []
        self.assumptions: list[Finding] = []
        self.warnings: list[Finding] = [Finding("warn.options-clock-not-paused")]

    def add(self, option: Option) -> Option:
        self.options.append(option)
        return option

    def assume(self, finding_id: str, **params) -> None:
        finding = Finding(finding_id, params)
        if finding not in self.assumptions:
            self.assumptions.append(finding)

    def warn(self, finding_id: str, **params) -> None:
        finding = Finding(finding_id, params)
        if finding not in self.warnings:
            self.warnings.append(finding)


def applied_in_canada(a: Answers) -> bool:
    """Whether a temporary-residence refusal may concern someone in Canada (with status to keep or lose).

    An extension is asked for from inside Canada. For a study or work permit the reader says where
    they applied from; the office that decided does not say it (an office in Canada also decides
    applications made from abroad: FACTS §2 Revised; issue 19 item 6). Not known: the decision's
    place is the best hint, and an office abroad means an application from abroad."""
    if a.application == "extension":
        return True
    if a.application not in ("study-permit", "work-permit"):
        return False
    if a.applied_in_canada != "unknown":
        return a.applied_in_canada == "yes"
    return a.decided != "outside-canada"


def deadline_of(rule_id: str, trigger: date) -> deadlines.Deadline:
    return deadlines.compute(time_limit(rule_id), trigger)


def merge(citations: list[str], more: list[str]) -> list[str]:
    return [*citations, *[c for c in more if c not in citations]]

def fee_param(fee_id: str) -> dict:
    """A finding's fee parameter: the fee's id, worded in the reader's language by ``word_finding``
    ("$50", "50 $" with a no-break space), never an English amount fixed at assessment time."""
    return {"fee_id": fee_id}
