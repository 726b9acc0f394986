"""Which remedies exist for a refusal, with reasons, last days and sources.

``assess(...)`` returns structured findings (message ids and parameters); ``word_finding``
turns them into sentences. "unknown" answers give the safe result: an option that might
exist is shown (with the doubt stated) rather than hidden, and no option ever gets a later
date than the law allows — where the answer decides the date, the earlier date is used, or
no date at all with what to find out (tests/unit/test_eligibility_properties.py).

Sources: law/FACTS.md §2 (judicial review), §3 (IAD), §4 (restoration, TRP), §5 (notes),
§6 (reconsideration, misrepresentation), §8 (refugee claims, PRRA, H&C, removal orders),
§9 (citizenship), §10 (port of entry), §11 (provincial programs, Quebec), §12 (S.C. 2026, c. 4).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from calculators import deadlines
from calculators.messages import say
from calculators.rules import CASES, fee, time_limit

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
                  "designated-country", "cessation-or-vacation", "unknown")
PORT_OUTCOMES = ("allowed-to-leave", "removal-order", "permit-refused", "unknown")
PROVINCE_PROGRAMS = ("on", "bc", "ab", "sk", "mb", "other", "unknown")
QUEBEC_DECISIONS = ("sponsorship-undertaking", "selection-cancelled", "caq-refused", "other", "unknown")

# Choice fields of an options request and their values (api and CLI read this table).
CHOICE_FIELDS: dict[str, tuple[str, ...]] = {
    "sponsored_in_canada": YES_NO, "family_sponsored": YES_NO, "applied_before_expiry": YES_NO,
    "no_credible_basis": YES_NO, "removal_status": REMOVAL_STATUS, "removal_order_type": REMOVAL_ORDER_TYPES,
    "refugee_stage": REFUGEE_STAGES, "rad_exception": RAD_EXCEPTIONS, "port_outcome": PORT_OUTCOMES,
    "province_program": PROVINCE_PROGRAMS, "quebec_decision": QUEBEC_DECISIONS,
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
RAD_BARS = ("designated-foreign-national", "withdrawn-or-abandoned", "safe-third-country", "designated-country",
            "cessation-or-vacation")


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


class _Work:
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


def _deadline(rule_id: str, trigger: date) -> deadlines.Deadline:
    return deadlines.compute(time_limit(rule_id), trigger)


def _merge(citations: list[str], more: list[str]) -> list[str]:
    return [*citations, *[c for c in more if c not in citations]]


def _fee_text(fee_id: str, lang: str = "en") -> str:
    from calculators.reference import fee_amount_text

    return fee_amount_text(fee(fee_id), lang)


def _fee(fee_id: str) -> dict:
    """A finding's fee parameter: the fee's id, worded in the reader's language by ``word_finding``
    ("$50", "50 $" with a no-break space), never an English amount fixed at assessment time."""
    return {"fee_id": fee_id}


# --- Judicial review (IRPA s. 72)


def _where(w: _Work) -> str:
    """Which IRPA s. 72(2)(b) limit applies (FACTS §2 Revised): 60 only for a visa office outside Canada."""
    a = w.a
    if a.application == "eta":
        w.assume("assume.eta-fifteen")
        return "in-canada"
    if a.application in ALWAYS_IN_CANADA:
        if a.application == "extension" and a.decided != "in-canada":
            w.assume("assume.extension-in-canada")
        return "in-canada"
    if a.application == "sponsorship" and a.sponsored_in_canada == "yes":
        return "in-canada"
    if a.decided == "outside-canada":
        return "outside-canada"
    if a.decided == "unknown":
        w.assume("assume.decided-unknown")
        return "unknown"
    return "in-canada"


def _jr(w: _Work, status: str, first: list[Finding] = (), trigger: date | None = None,
        cites: list[str] = (), where: str | None = None, where_reason: str | None = None) -> Option:
    """A leave-and-judicial-review option with its date (unknown place -> the 15-day date)."""
    a = w.a
    where = where or _where(w)
    rule_id = "judicial-review-outside-canada" if where == "outside-canada" else "judicial-review-in-canada"
    deadline = _deadline(rule_id, trigger or a.notified)
    if where_reason is None and a.application == "eta":
        where_reason = "jr.where.eta"  # FACTS §2 Revised: no decision found on the place (U) -> 15, 60 not relied on
    reasons = [*first, Finding("jr.available")]
    if not any(f.id in ("jr.port-of-entry", "jr.port-permit-refused") for f in first):  # they already say it (QA)
        reasons.append(Finding(where_reason or f"jr.where.{where}"))
    if "misrepresentation" in a.grounds:
        reasons.append(Finding("jr.misrepresentation-main-remedy"))
    # IRPR s. 231(1): leave applied for in time against a RAD decision stays removal (with
    # exceptions); every other application for leave does not (FACTS §2, §7).
    after_rad = any(f.id == "jr.after-rad-decision" for f in first)
    reasons += [Finding("jr.stay-if-in-time-after-rad" if after_rad else "jr.no-automatic-stay"),
                Finding("jr.what-winning-means"),
                Finding("jr.fee", _fee("federal-court-filing"))]
    citations = _merge(["IRPA s. 72(1)", "IRPA s. 72(2)(b)", *cites], deadline.citations)
    return Option("judicial-review", status, reasons, _merge(citations, ["IRPR s. 231(1)", "FCIR r. 23"]), deadline)


def _add_court_and_appeal(w: _Work, iad: Option) -> None:
    """Judicial review beside an IAD appeal: barred while the appeal is open (IRPA s. 72(2)(a)),
    "maybe" (if there is no appeal) when the appeal is a maybe, the route when there is none."""
    if iad.status == "yes":
        w.add(_jr_after_appeal("iad"))
    else:
        first = [Finding("jr.if-no-appeal")] if iad.status == "maybe" else []
        w.add(_jr(w, "maybe" if iad.status == "maybe" else "yes", first, cites=["IRPA s. 72(2)(a)"]))
    w.add(iad)


def _jr_after_appeal(appeal: str) -> Option:
    """Judicial review barred while an appeal right is open (IRPA s. 72(2)(a))."""
    return Option("judicial-review", "no", [Finding("jr.appeal-first", {"appeal": appeal}), Finding(f"jr.after-{appeal}")],
                  ["IRPA s. 72(2)(a)", "IRPA s. 72(2)(b)"])


# --- Appeal to the IAD (IRPA ss. 63-65)


def _iad_bars(w: _Work, status: str, reasons: list[Finding], citations: list[str],
              sponsorship: bool = False) -> tuple[str, list[Finding], list[str]]:
    """IRPA s. 64: grounds that close or may close the appeal."""
    a = w.a
    barred = sorted(set(BARRED_GROUNDS) & a.grounds)
    if barred:
        return "no", [Finding("iad.barred", {"grounds": barred})], ["IRPA s. 64(1)"]
    if "serious-criminality" in a.grounds:
        status = "maybe"
        reasons.append(Finding("iad.serious-criminality"))
        citations += ["IRPA s. 64(1)", "IRPA s. 64(2)"]
    if sponsorship and "misrepresentation" in a.grounds:
        if a.relationship in MISREPRESENTATION_EXCEPTION:
            reasons.append(Finding("iad.misrepresentation-exception"))
        elif a.relationship in ("parent", "other"):
            return "no", [Finding("iad.misrepresentation-barred")], ["IRPA s. 64(3)"]
        else:
            status = "maybe"
            reasons.append(Finding("iad.misrepresentation-relationship-unknown"))
            w.assume("assume.relationship-unknown")
        citations.append("IRPA s. 64(3)")
    if "unknown" in a.grounds:
        status = "maybe"
        reasons.append(Finding("iad.grounds-unknown"))
        citations.append("IRPA s. 64(1)")
    return status, reasons, citations


def _iad(w: _Work, status: str, rule_id: str, reasons: list[Finding], citations: list[str],
         sponsorship: bool = False) -> Option:
    reasons = [*reasons, Finding("iad.no-fee")]
    status, reasons, citations = _iad_bars(w, status, reasons, list(citations), sponsorship)
    if status == "no":
        return Option("iad-appeal", "no", reasons, citations)
    deadline = _deadline(rule_id, w.a.notified)
    return Option("iad-appeal", status, reasons, _merge(citations, deadline.citations), deadline)


def _iad_not_appealable(reason: str = "iad.not-appealable", cites: tuple[str, ...] = ("IRPA s. 63(1)",)) -> Option:
    return Option("iad-appeal", "no", [Finding(reason)], list(cites))


# --- Options shared by several kinds of refusal


def _reconsideration(w: _Work, appeal_open: bool = False) -> Option:
    pause = "recon.does-not-pause-appeal" if appeal_open else "recon.does-not-pause"
    return Option("reconsideration", "maybe", [Finding("recon.discretion"), Finding(pause)], [CASES["kurukkal"]])


def _reapply(w: _Work) -> Option:
    a = w.a
    if "misrepresentation" in a.grounds:
        # The sponsor reads the plan: the person sponsored is the one inadmissible (QA).
        bar = "reapply.misrepresentation-bar-sponsored" if a.application == "sponsorship" else "reapply.misrepresentation-bar"
        return Option("reapply", "no", [Finding(bar)],
                      ["IRPA s. 40(1)(a)", "IRPA s. 40(2)(a)", "IRPA s. 40(3)"])
    # A visitor visa is applied for from outside Canada: an office in Canada deciding it does not put the
    # reader in Canada without status (`decided` names the office, FACTS §2 Revised; QA).
    in_canada_temporary = a.application == "extension" or (
        a.application in ("study-permit", "work-permit") and a.decided != "outside-canada")
    still_valid = _status_lost(w)[0] if a.application == "extension" else None
    if still_valid is not None and still_valid > (a.today or a.notified):
        # Refused before the permit ran out: status lasts to its end (IRPA s. 47(a)); a new application made
        # before then keeps it (IRPR s. 183(5)).
        reasons = [Finding("reapply.permit-still-valid", {"day": still_valid}), Finding("reapply.answer-the-reasons")]
        cites = ["IRPA s. 47", "IRPR s. 183(5)"]
        status = "yes"
    elif in_canada_temporary:
        # Item 6: never "apply again at any time" to someone who may be out of status.
        reasons = [Finding("reapply.out-of-status"), Finding("reapply.answer-the-reasons")]
        cites = ["IRPR s. 182(1)", "IRPR s. 183(5)"]
        status = "maybe"
    else:
        reasons = [Finding("reapply.any-time")]
        cites = []
        status = "yes"
    if "unknown" in a.grounds:
        reasons.append(Finding("reapply.unless-misrepresentation"))
        cites.append("IRPA s. 40(2)(a)")
    if a.application in TEMPORARY:
        reasons.append(Finding("reapply.show-you-will-leave"))
        cites += ["IRPR s. 179(b)", "IRPR s. 216(1)(b)", "IRPR s. 200(1)(b)", "IRPA s. 22(2)"]
    return Option("reapply", status, reasons, cites)


def _trp(w: _Work, refugee: bool = False) -> Option:
    reasons = [Finding("trp.discretion"), Finding("trp.refugee-claim-bar"), Finding("trp.validity"),
               Finding("trp.path-to-pr"), Finding("trp.fee", _fee("trp"))]
    if refugee:
        reasons.insert(1, Finding("trp.after-refugee-claim"))
    return Option("trp", "maybe", reasons, ["IRPA s. 24", "IRPR ss. 63-65", "IRPR s. 298"])


def _notes(w: _Work, irb: bool = False) -> Option:
    a = w.a
    reasons = [Finding("notes.privacy-act"), Finding("notes.atia"),
               Finding("notes.outside-canada" if a.decided == "outside-canada" else "notes.in-canada")]
    if irb:
        reasons.insert(0, Finding("notes.irb"))
    if a.application in ("visitor-visa", "study-permit", "work-permit", "extension"):
        reasons.append(Finding("notes.sent-with-refusal"))
    reasons += [Finding("notes.answer-time"), Finding("notes.complaint")]
    return Option("notes-request", "yes", reasons,
                  ["PA s. 12", "ATIA s. 4(1)", "ATI Regs s. 7", "ATIA s. 7", "PA s. 14", "ATIA s. 31", "PA s. 29"])


def _humanitarian(w: _Work, after_refugee_decision: bool) -> Option:
    reasons = [Finding("hc.what"), Finding("hc.no-stay"),
               Finding("hc.fee", _fee("h-and-c"))]
    cites = ["IRPA s. 25(1)", "IRPA s. 25(1.2)", "IRPR s. 233", "IRPR s. 307"]
    if after_refugee_decision:
        reasons.insert(1, Finding("hc.bar-after-refugee-decision"))
        cites += ["IRPA s. 25(1.21)"]
    return Option("humanitarian", "maybe", reasons, cites)


def _stay_motion(w: _Work, reason: str = "stay.motion") -> Option:
    return Option("stay-motion", "maybe", [Finding(reason), Finding("stay.act-fast")], ["IRPR s. 231(1)", "IRPA s. 72(1)"])


def _prra(w: _Work, status: str, reasons: list[Finding]) -> Option:
    a = w.a
    cites = ["IRPA s. 112(1)", "IRPR s. 160(3)-(4)", "IRPR s. 162", "IRPR s. 232"]
    if any(r.id == "prra.bar-after-claim" for r in reasons):
        cites += ["IRPA s. 112(2)(b.1)", "IRPA s. 112(2)(c)"]
    if a.prra_notified is None:
        return Option("prra", status, [*reasons, Finding("prra.when-offered")], cites)
    deadline = _deadline("prra-application", a.prra_notified)
    return Option("prra", status, [*reasons, Finding("prra.apply-in-time")], _merge(cites, deadline.citations), deadline)


# --- Restoration (IRPR s. 182, s. 183; IRPA s. 47)


def _restoration_not_applicable(w: _Work) -> Option:
    a = w.a
    cites = ["IRPR s. 182(1)", "IRPR s. 183(5)"]
    if a.application == "residency-obligation":  # a permanent resident has no temporary status to restore (QA)
        return Option("restoration", "no", [Finding("restoration.permanent-resident")], ["IRPR s. 182(1)"])
    # A visitor visa is applied for from outside Canada, and its refusal ends no status; a study or work
    # permit refused by a visa office abroad; a sponsored spouse who applied from abroad (QA: never
    # "restore your status" to someone outside Canada).
    abroad = (a.application == "visitor-visa"
              or (a.application in ("study-permit", "work-permit") and a.decided == "outside-canada")
              or (a.application == "sponsorship" and a.sponsored_in_canada == "no"))
    if abroad:
        return Option("restoration", "no", [Finding("restoration.outside-canada")], cites)
    return Option("restoration", "maybe", [Finding("restoration.if-status-lost")], cites)


def _status_lost(w: _Work) -> tuple[date | None, list[Finding]]:
    """The day status was lost (FACTS §4), or None with what to find out. Never the notification day."""
    a = w.a
    if a.status_lost is not None:
        return a.status_lost, [Finding("restoration.you-gave-the-day", {"day": a.status_lost})]
    if a.applied_before_expiry == "no":
        if a.permit_expiry is None:
            return None, [Finding("restoration.find-expiry")]
        return a.permit_expiry, [Finding("restoration.applied-after-expiry", {"day": a.permit_expiry})]
    if a.applied_before_expiry == "yes":
        if a.decision_made is None:
            return None, [Finding("restoration.find-decision-date")]
        if a.permit_expiry is not None and a.permit_expiry > a.decision_made:
            # Refused before the permit ran out: status lasts to the end of the authorized period (IRPA s. 47(a)).
            return a.permit_expiry, [Finding("restoration.refused-before-expiry", {"day": a.permit_expiry})]
        return a.decision_made, [Finding("restoration.maintained-status", {"day": a.decision_made})]
    return None, [Finding("restoration.find-out")]


def _restoration(w: _Work) -> Option:
    a = w.a
    cites = ["IRPR s. 182(1)", "IRPR s. 183(5)", "IRPA s. 47"]
    temporary_in_canada = a.application == "extension" or (
        a.application in ("study-permit", "work-permit") and a.decided != "outside-canada")
    if a.status_lost is None and not temporary_in_canada:
        return _restoration_not_applicable(w)
    lost, why = _status_lost(w)
    reasons = [*why, Finding("restoration.who"), Finding("restoration.from-status-loss")]
    if a.application == "study-permit":
        reasons.append(Finding("restoration.students"))
        cites.append("IRPR s. 182(2)")
    tail = [Finding("restoration.strict"), Finding("restoration.no-roll-policy"), Finding("restoration.no-work-study"),
            Finding("restoration.fee", _fee("restoration"))]
    cites += ["IRPR s. 183(4)(a)", CASES["el-yahyaoui"], "IRPR s. 306"]
    if lost is None:
        w.assume("assume.restoration-no-date")
        return Option("restoration", "maybe", [*reasons, *tail], cites)
    deadline = _deadline("restoration", lost)
    status = "yes"
    reference = a.today or a.notified
    if deadline.last_day < reference:
        status = "no"
        if a.today is None:  # with `today`, the passed date is said once, by _date_state (QA)
            reasons.insert(0, Finding("restoration.already-over", {"last_day": deadline.last_day}))
    elif lost > reference:
        # Status has not ended yet (refused before the permit ran out): restoration only if it does end (QA).
        status = "maybe"
        reasons = [Finding("restoration.not-yet", {"day": lost}),
                   *(r for r in reasons if r.id != "restoration.refused-before-expiry")]  # said once
    return Option("restoration", status, [*reasons, *tail], cites, deadline)


# --- Builders, one per kind of refusal


def _temporary(w: _Work) -> None:
    w.add(_jr(w, "yes"))
    w.add(_iad_not_appealable())
    w.add(_reconsideration(w))
    w.add(_reapply(w))
    w.add(_restoration(w))
    w.add(_trp(w))
    w.add(_notes(w))


def _eta(w: _Work) -> None:
    w.add(_jr(w, "yes"))
    w.add(_iad_not_appealable())
    w.add(_reconsideration(w))
    w.add(_reapply(w))
    w.add(_notes(w))


def _sponsorship_routes(w: _Work, sponsored_person: bool) -> None:
    """A family-class refusal, from the sponsor's side or the sponsored person's (FACTS §3 New)."""
    a = w.a
    if a.sponsored_in_canada == "yes":
        # Spouse or Common-law Partner in Canada class: no visa refused, no IAD appeal (FACTS §3 New).
        w.add(_jr(w, "yes", [Finding("jr.spouse-in-canada")], cites=["IRPA s. 63(1)", "IRPR ss. 123-129"],
                  where="in-canada"))
        w.add(_iad_not_appealable("iad.spouse-in-canada", ("IRPA s. 63(1)", "IRPR ss. 123-129")))
        return
    iad_reasons = [Finding("iad.sponsorship"), Finding("iad.humanitarian-only-family-class")]
    if sponsored_person:
        iad_reasons.insert(0, Finding("iad.sponsor-appeals-for-you"))
    iad_cites = ["IRPA s. 63(1)", "IAD Rules r. 16", "IRPA s. 65"]
    if a.sponsored_in_canada == "unknown":
        # Not known which class: the 15-day Federal Court date first, the IAD as "maybe" (FACTS §3 New).
        w.assume("assume.sponsored-in-canada-unknown")
        # Not "this decision was made in Canada": the reader may have said a visa office abroad decided (QA).
        w.add(_jr(w, "maybe", [Finding("jr.if-spouse-in-canada")], cites=["IRPA s. 63(1)", "IRPA s. 72(2)(a)"],
                  where="in-canada", where_reason="jr.where.spouse-class-unknown"))
        w.add(_iad(w, "maybe", "iad-sponsorship", [Finding("iad.if-applied-from-outside"), *iad_reasons],
                   iad_cites, sponsorship=True))
        return
    iad = _iad(w, "yes", "iad-sponsorship", iad_reasons, iad_cites, sponsorship=True)
    _add_court_and_appeal(w, iad)


def _after_family_routes(w: _Work) -> None:
    """What a family-class refusal offers besides the IAD or the court: the same for the sponsor
    and for the person sponsored."""
    appeal_open = any(o.remedy == "iad-appeal" and o.status == "yes" for o in w.options)
    w.add(_reconsideration(w, appeal_open))
    w.add(_reapply(w))
    w.add(_restoration_not_applicable(w))
    w.add(_trp(w))
    w.add(_notes(w))


def _sponsorship(w: _Work) -> None:
    _sponsorship_routes(w, sponsored_person=False)
    _after_family_routes(w)


def _permanent_residence(w: _Work) -> None:
    a = w.a
    if a.family_sponsored == "yes":
        _sponsorship_routes(w, sponsored_person=True)
    elif a.family_sponsored == "unknown":
        # Item 3: if it was a family sponsorship, the sponsor's 30-day appeal comes first (FACTS §3 New).
        w.assume("assume.family-sponsored-unknown")
        w.add(_jr(w, "maybe", [Finding("jr.if-not-family-sponsored")], cites=["IRPA s. 72(2)(a)"]))
        w.add(_iad(w, "maybe", "iad-sponsorship",
                   [Finding("iad.if-family-sponsored"), Finding("iad.sponsor-appeals-for-you")],
                   ["IRPA s. 63(1)", "IAD Rules r. 16(a)"], sponsorship=True))
    else:
        w.add(_jr(w, "yes"))
        w.add(_iad_not_appealable())
    _after_family_routes(w)


def _residency_obligation(w: _Work) -> None:
    a = w.a
    if a.decided == "outside-canada":
        iad = _iad(w, "yes", "iad-residency-obligation", [Finding("iad.residency-outside")],
                   ["IRPA s. 63(4)", "IAD Rules r. 16"])
    else:
        iad = _iad(w, "maybe", "iad-removal-order", [Finding("iad.residency-in-canada")],
                   ["IRPA s. 63(4)", "IRPA s. 63(3)", "IAD Rules r. 16"])
    _add_court_and_appeal(w, iad)
    w.add(_reconsideration(w, iad.status == "yes"))
    w.add(Option("reapply", "no", [Finding("reapply.not-an-application")], []))
    w.add(_restoration_not_applicable(w))
    w.add(_trp(w))
    w.add(_notes(w))


def _removal_order(w: _Work, at_port: bool = False) -> None:
    """A removal order (FACTS §3, §8, §10): who may appeal, the 15 days, the departure order."""
    a = w.a
    status = a.removal_status
    if status in IAD_REMOVAL_STATUS:
        iad = _iad(w, "yes", "iad-removal-order", [Finding("iad.removal-order-yours")],
                   ["IRPA s. 63(2)", "IRPA s. 63(3)", "IAD Rules r. 16(b)"])
    elif status == "foreign-national":
        # Item 5: no IAD for any other foreign national (IRPA s. 63(2)-(3)).
        iad = Option("iad-appeal", "no", [Finding("iad.removal-order-foreign-national")], ["IRPA s. 63(2)", "IRPA s. 63(3)"])
    else:
        w.assume("assume.removal-status-unknown")
        iad = _iad(w, "maybe", "iad-removal-order", [Finding("iad.removal-order")],
                   ["IRPA s. 63(2)", "IRPA s. 63(3)", "IAD Rules r. 16(b)"])
    _add_court_and_appeal(w, iad)
    if iad.status != "yes":
        w.add(_stay_motion(w))
    order = a.removal_order_type
    if order in ("departure", "unknown"):
        w.add(_departure(w, "yes" if order == "departure" else "maybe"))
    if order == "exclusion" or (order == "unknown" and at_port):
        w.warn("warn.exclusion-return-misrepresentation" if "misrepresentation" in a.grounds else "warn.exclusion-return")
    if order == "deportation":
        w.warn("warn.deportation-return")
    if not at_port:
        w.add(_prra(w, "maybe", [Finding("prra.who")]))
        if status == "permanent-resident":
            # IRPA s. 25(1): a foreign national's request (FACTS §8); not a permanent resident's route (QA).
            w.add(Option("humanitarian", "no", [Finding("hc.not-for-permanent-residents")], ["IRPA s. 25(1)"]))
        else:
            w.add(_humanitarian(w, after_refugee_decision=False))
    w.add(_trp(w))
    w.add(_notes(w))


def _departure(w: _Work, status: str) -> Option:
    a = w.a
    reasons = [Finding("departure.what")] if status == "yes" else [Finding("departure.if-departure-order")]
    cites = ["IRPR s. 224(2)", "IRPR s. 224(3)", "IRPR s. 240(1)"]
    if a.decision_made is None:
        w.assume("assume.departure-no-date")
        return Option("departure-order", status, [*reasons, Finding("departure.find-date")], cites)
    deadline = _deadline("departure-order", a.decision_made)
    return Option("departure-order", status, [*reasons, Finding("departure.counted-from-order-date")],
                  _merge(cites, deadline.citations), deadline)


def _refugee_claim(w: _Work) -> None:
    """FACTS §8 and §12: RPD -> RAD (or its bars) -> Federal Court; PRRA and H&C bars."""
    a = w.a
    stage = a.refugee_stage
    # IRPA s. 169(f): for a Board decision, leave runs from the later of the notice and the day the written
    # reasons were SENT. We know at most the day they were received (which may be later than sent), so the
    # leave date counts from the notice: never later than the law allows (the wording says so).
    irb_trigger = a.notified
    if a.reasons_received is None and stage in ("rpd", "unknown"):
        w.assume("assume.reasons-with-decision")
    if stage == "ineligible":
        w.add(_jr(w, "yes", [Finding("jr.refugee-ineligible"), Finding("refugee.ineligible-rules")],
                  cites=["IRPA s. 101(1)(b.1)", "IRPA s. 101(1)(b.2)", "IRPA s. 101(1.1)", "S.C. 2026, c. 4 s. 75"]))
        w.add(Option("rad-appeal", "no", [Finding("rad.ineligible")], ["IRPA s. 101(1)(b.1)", "IRPA s. 101(1)(b.2)"]))
        w.add(_prra(w, "yes", [Finding("prra.ineligible-claim")]))
        w.add(_stay_motion(w))
        w.add(_humanitarian(w, after_refugee_decision=False))
        w.add(_trp(w, refugee=True))
        w.add(_notes(w, irb=True))
        return
    if stage == "rad":
        w.add(_jr(w, "yes", [Finding("jr.after-rad-decision")], trigger=irb_trigger, cites=["IRPA s. 169(f)"]))
        w.add(Option("stay-motion", "maybe", [Finding("stay.after-rad"), Finding("stay.act-fast")],
                     ["IRPR s. 231(1)", "IRPR s. 231(2)", "IRPR s. 231(3)", "IRPR s. 231(4)"]))
    else:
        bars = [b for b in RAD_BARS if a.rad_exception == b]
        barred = a.no_credible_basis == "yes" or bool(bars)
        known_open = a.no_credible_basis == "no" and a.rad_exception == "none"
        rad_status = "no" if barred else ("yes" if known_open and stage == "rpd" else "maybe")
        reasons_day = a.reasons_received or a.notified
        if rad_status == "no":
            why = [Finding("rad.no-credible-basis")] if a.no_credible_basis == "yes" else []
            why += [Finding(f"rad.bar.{b}") for b in bars]
            w.add(_jr(w, "yes", [Finding("jr.rad-barred")], trigger=irb_trigger, cites=["IRPA s. 110(2)", "IRPA s. 169(f)"]))
            w.add(Option("rad-appeal", "no", why, ["IRPA s. 110(2)"]))
            w.add(_stay_motion(w, "stay.no-rad"))
        else:
            if rad_status == "yes":
                w.add(_jr_after_appeal("rad"))
            else:
                w.assume("assume.rad-bars-unknown")
                w.add(_jr(w, "maybe", [Finding("jr.if-rad-barred")], trigger=irb_trigger,
                          cites=["IRPA s. 110(2)", "IRPA s. 72(2)(a)", "IRPA s. 169(f)"]))
            rad_reasons = [Finding("rad.what"), Finding("rad.from-reasons"), Finding("rad.mail"),
                           Finding("rad.keeps-order-from-force"), Finding("rad.no-fee")]
            if rad_status == "maybe":
                rad_reasons.insert(0, Finding("rad.bars-unknown"))
            rad = _deadline("rad-appeal", reasons_day)
            w.add(Option("rad-appeal", rad_status, rad_reasons,
                         _merge(["IRPA s. 110(1)", "IRPR s. 159.91(1)(a)", "RPD Rules r. 41(2)", "IRPA s. 49(2)(c)"],
                                rad.citations), rad))
            record = _deadline("rad-record", reasons_day)
            w.add(Option("rad-record", rad_status, [Finding("rad.record"), Finding("rad.record-practice")],
                         _merge(["IRPR s. 159.91(1)(b)", "RAD Rules r. 3(5)"], record.citations), record))
        if stage == "unknown":
            w.assume("assume.refugee-stage-unknown")
    w.add(_prra(w, "maybe", [Finding("prra.bar-after-claim")]))
    w.add(_humanitarian(w, after_refugee_decision=True))
    w.add(_trp(w, refugee=True))
    w.add(_notes(w, irb=True))
    w.warn("warn.refugee-outside-canada-2026")


def _citizenship(w: _Work) -> None:
    a = w.a
    deadline = _deadline("citizenship-judicial-review", a.notified)
    w.add(Option("citizenship-judicial-review", "yes",
                 [Finding("cit.what"), Finding("cit.filed-and-served"), Finding("cit.extension"),
                  Finding("jr.what-winning-means"), Finding("cit.fee", _fee("citizenship-federal-court"))],
                 _merge(["Citizenship Act s. 22.1", "Citizenship Act s. 14(1)", "Citizenship Act s. 14(3)"],
                        deadline.citations), deadline))
    w.add(_reconsideration(w))
    w.add(Option("reapply", "maybe", [Finding("reapply.citizenship")], []))
    w.add(_notes(w))


def _port_of_entry(w: _Work) -> None:
    a = w.a
    outcome = a.port_outcome
    if outcome == "removal-order":
        _removal_order(w, at_port=True)
        return
    if outcome == "allowed-to-leave":
        w.add(_jr(w, "yes", [Finding("jr.port-of-entry")]))
        w.add(_iad_not_appealable("iad.port-allowed-to-leave", ("IRPR s. 42", "IRPA s. 63(2)")))
        w.add(_reapply(w))
    elif outcome == "permit-refused":
        w.add(_jr(w, "yes", [Finding("jr.port-permit-refused")]))
        w.add(_iad_not_appealable())
        w.add(_reapply(w))
    else:
        w.assume("assume.port-outcome-unknown")
        w.add(_jr(w, "maybe", [Finding("jr.port-of-entry")]))
        w.add(_iad(w, "maybe", "iad-removal-order", [Finding("iad.port-pr-visa")],
                   ["IRPA s. 63(2)", "IAD Rules r. 16(b)"]))
        w.warn("warn.exclusion-return")
    w.add(_trp(w))
    w.add(_notes(w))


_PROGRAM_RULES = {"on": "provincial-review-on", "bc": "provincial-review-bc", "ab": "provincial-review-ab",
                  "sk": "provincial-review-sk"}
_FROM_LETTER_DATE = ("ab", "sk")  # FACTS §11: 30 days from the date the letter was issued


def _provincial(w: _Work) -> None:
    a = w.a
    program = a.province_program
    cites_for = {"on": ["O. Reg. 421/17 s. 10"], "bc": ["B.C. Reg. 20/2017"], "ab": ["AAIP program policy"],
                 "sk": ["SINP procedures"], "mb": ["MPNP procedural fairness page"]}
    if program in _PROGRAM_RULES:
        trigger = a.decision_made if program in _FROM_LETTER_DATE else a.notified
        reasons = [Finding(f"provincial.{program}"), Finding("provincial.check-page")]
        if trigger is None:
            w.assume("assume.letter-date-unknown")
            w.add(Option("provincial-review", "yes", [*reasons, Finding("provincial.find-letter-date")], cites_for[program]))
        else:
            deadline = _deadline(_PROGRAM_RULES[program], trigger)
            w.add(Option("provincial-review", "yes", reasons, _merge(cites_for[program], deadline.citations), deadline))
    elif program == "mb":
        w.add(Option("provincial-review", "no", [Finding("provincial.mb"), Finding("provincial.check-page")],
                     cites_for["mb"]))
    else:
        w.assume("assume.province-unknown")
        w.add(Option("provincial-review", "maybe", [Finding("provincial.unknown"), Finding("provincial.check-page")], []))
    w.add(Option("reapply", "maybe", [Finding("reapply.provincial")], []))
    w.warn("warn.provincial-then-federal")


def _quebec(w: _Work) -> None:
    a = w.a
    decision = a.quebec_decision
    taq_reasons = [Finding("quebec.taq"), Finding("provincial.check-page")]
    cites = ["Quebec Immigration Act s. 72"]
    if decision in ("sponsorship-undertaking", "selection-cancelled"):
        deadline = _deadline("quebec-taq", a.notified)
        w.add(Option("quebec-taq", "yes", taq_reasons, _merge(cites, deadline.citations), deadline))
    elif decision == "caq-refused":
        w.add(Option("quebec-taq", "no", [Finding("quebec.caq-not-taq")], cites))
        w.add(_superior_court(w, "yes"))
    else:
        w.assume("assume.quebec-decision-unknown")
        deadline = _deadline("quebec-taq", a.notified)
        w.add(Option("quebec-taq", "maybe", [Finding("quebec.taq-if"), *taq_reasons], _merge(cites, deadline.citations),
                     deadline))
        w.add(_superior_court(w, "maybe"))
    w.add(Option("reapply", "maybe", [Finding("reapply.quebec")], []))


def _superior_court(w: _Work, status: str) -> Option:
    deadline = _deadline("quebec-caq-refused-policy", w.a.notified)
    return Option("quebec-superior-court", status, [Finding("quebec.superior-court"), Finding("quebec.policy-30")],
                  deadline.citations, deadline)


def _terminated(w: _Work) -> None:
    w.add(_jr(w, "yes", [Finding("jr.terminated-2026")], cites=["IRPA s. 11.3", "IRPA s. 87.3001"]))
    w.add(_iad_not_appealable())
    w.add(_reconsideration(w))
    w.add(Option("reapply", "maybe", [Finding("reapply.terminated")], []))
    w.add(_notes(w))


_BUILDERS = {
    **{application: _temporary for application in TEMPORARY},
    "permanent-residence": _permanent_residence, "sponsorship": _sponsorship,
    "residency-obligation": _residency_obligation, "removal-order": _removal_order,
    "refugee-claim": _refugee_claim, "citizenship": _citizenship, "port-of-entry": _port_of_entry,
    "provincial-nominee": _provincial, "quebec": _quebec, "eta": _eta, "terminated-or-cancelled": _terminated,
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
            option.citations = _merge(option.citations, ["IRPA s. 72(2)(c)", "FCIR r. 6"]
                                      if option.remedy == "judicial-review" else ["Citizenship Act s. 22.1"])
        elif option.remedy == "iad-appeal":
            option.citations = _merge(option.citations, ["IAD Rules r. 4(e)"])
        elif option.remedy in ("rad-appeal", "rad-record"):
            option.citations = _merge(option.citations, ["IRPR s. 159.91(2)", "RAD Rules r. 6"])


def assess(application: str, decided: str, notified: date, grounds: list[str] | tuple[str, ...] = (),
           relationship: str | None = None, status_lost: date | None = None, **more) -> Assessment:
    """The options for one refusal. ``more``: the other fields of :class:`Answers` (today, sponsored_in_canada, …)."""
    answers = Answers(application, decided, notified, frozenset(grounds), relationship or "unknown", status_lost,
                      **{key: value for key, value in more.items() if value is not None})
    w = _Work(answers)
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
        answer = _deadline("atip-response", notified).last_day
        if answer > earliest:
            w.warn("warn.notes-after-deadline", earliest=earliest)
    return Assessment(w.options, w.assumptions, w.warnings)


def act_by(assessment: Assessment) -> Option | None:
    """The option to act on first: the earliest file-by date that has not passed among options that may exist."""
    dated = [o for o in assessment.options if o.deadline and o.available and o.state != "passed"]
    return min(dated, key=lambda o: o.deadline.file_by, default=None)


# --- Wording


def limit_params(lang: str = "en") -> dict[str, str]:
    """Every legal number the option wording may name, from the rules."""
    from calculators import rules
    from calculators.messages import format_date
    from calculators.rules import TIME_LIMITS

    params = {limit.id.replace("-", "_"): deadlines.word_length(limit, lang) for limit in TIME_LIMITS}
    params.update({key.replace("-", "_"): label for key, label in CASES.items()})
    months, unit, _ = rules.SERIOUS_CRIMINALITY_MIN_IMPRISONMENT
    params["serious_criminality_months"] = say(f"unit.{unit}", lang, n=months)
    params["notes_with_refusals_since"] = format_date(rules.IRCC_SENDS_NOTES_WITH_REFUSALS_SINCE, lang)
    params["atip_fee"] = _fee_text("atip-request", lang)
    from calculators.messages import long_date

    params.update({fact.id.replace("-", "_"): long_date(fact.day, lang) for fact in rules.DATED_FACTS})
    return params


def word_finding(finding: Finding, lang: str = "en") -> str:
    params = {**limit_params(lang), **finding.params}
    if "fee_id" in params:
        params["fee"] = _fee_text(params.pop("fee_id"), lang)
    if "grounds" in params:
        params["grounds"] = ", ".join(say(f"ground.{g}", lang) for g in params["grounds"])
    if "appeal" in params:
        params["appeal"] = say(f"appeal-name.{params['appeal']}", lang)
    if finding.id == "passed.headline":
        params["days"] = say("unit.days.one" if params["days"] == 1 else "unit.days", lang, n=params["days"])
    return say(finding.id, lang, **params)
