"""Which remedies exist for a refusal, with reasons, last days and sources.

``assess(...)`` returns structured findings (message ids and parameters); ``word_options``
turns them into sentences. "unknown" answers give the safe result: an option that might
exist is shown (with the doubt stated) rather than hidden, and where two time limits might
apply the earlier one is used.

Sources: law/FACTS.md §2 (judicial review), §3 (IAD), §4 (restoration, TRP), §5 (notes),
§6 (reconsideration, misrepresentation).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from calculators import deadlines
from calculators.messages import say
from calculators.rules import CASES, fee, time_limit

APPLICATIONS = ("visitor-visa", "study-permit", "work-permit", "extension", "permanent-residence",
                "sponsorship", "residency-obligation", "removal-order")
DECIDED = ("in-canada", "outside-canada", "unknown")
GROUNDS = ("misrepresentation", "serious-criminality", "organized-criminality", "security",
           "human-rights", "sanctions", "unknown")
RELATIONSHIPS = ("spouse", "common-law-partner", "child", "parent", "other", "unknown")
REMEDIES = ("judicial-review", "iad-appeal", "reconsideration", "reapply", "restoration", "trp",
            "notes-request")

TEMPORARY = ("visitor-visa", "study-permit", "work-permit", "extension")
# IRPA s. 64(1): no appeal after a finding on these grounds (serious criminality only as
# defined in s. 64(2), so it is a "maybe").
BARRED_GROUNDS = ("security", "human-rights", "sanctions", "organized-criminality")
# IRPA s. 64(3): misrepresentation bars a sponsorship appeal unless the applicant is one of these.
MISREPRESENTATION_EXCEPTION = ("spouse", "common-law-partner", "child")


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

    @property
    def available(self) -> bool:
        return self.status != "no"


@dataclass
class Assessment:
    options: list[Option]
    assumptions: list[Finding]
    warnings: list[Finding]


def _jr_where(application: str, decided: str, assumptions: list[Finding]) -> str:
    """Which IRPA s. 72(2)(b) limit applies; when unclear, the shorter one (FACTS §2, U)."""
    if application == "extension":
        if decided != "in-canada":
            assumptions.append(Finding("assume.extension-in-canada"))
        return "in-canada"
    if decided == "outside-canada":
        return "outside-canada"
    if decided == "unknown":
        assumptions.append(Finding("assume.decided-unknown"))
    return "in-canada"


def _iad(application: str, decided: str, grounds: set[str], relationship: str) -> tuple[str, str | None, list[Finding], list[str]]:
    """(status, rule id, reasons, citations) for an appeal to the IAD."""
    if application in ("visitor-visa", "study-permit", "work-permit", "extension", "permanent-residence"):
        return "no", None, [Finding("iad.not-appealable")], ["IRPA s. 63(1)"]
    reasons: list[Finding] = []
    citations: list[str] = []
    if application == "sponsorship":
        status, rule_id = "yes", "iad-sponsorship"
        reasons.append(Finding("iad.sponsorship"))
        reasons.append(Finding("iad.humanitarian-only-family-class"))
        citations += ["IRPA s. 63(1)", "IAD Rules r. 16", "IRPA s. 65"]
    elif application == "residency-obligation" and decided == "outside-canada":
        status, rule_id = "yes", "iad-residency-obligation"
        reasons.append(Finding("iad.residency-outside"))
        citations += ["IRPA s. 63(4)", "IAD Rules r. 16"]
    elif application == "residency-obligation":
        status, rule_id = "maybe", "iad-removal-order"
        reasons.append(Finding("iad.residency-in-canada"))
        citations += ["IRPA s. 63(4)", "IRPA s. 63(3)", "IAD Rules r. 16"]
    else:  # removal-order
        status, rule_id = "maybe", "iad-removal-order"
        reasons.append(Finding("iad.removal-order"))
        citations += ["IRPA s. 63(2)", "IRPA s. 63(3)", "IAD Rules r. 16"]

    reasons.append(Finding("iad.no-fee"))
    barred = sorted(set(BARRED_GROUNDS) & grounds)
    if barred:
        return "no", None, [Finding("iad.barred", {"grounds": barred})], ["IRPA s. 64(1)"]
    if "serious-criminality" in grounds:
        status = "maybe"
        reasons.append(Finding("iad.serious-criminality"))
        citations += ["IRPA s. 64(1)", "IRPA s. 64(2)"]
    if application == "sponsorship" and "misrepresentation" in grounds:
        if relationship in MISREPRESENTATION_EXCEPTION:
            reasons.append(Finding("iad.misrepresentation-exception"))
        elif relationship in ("parent", "other"):
            return "no", None, [Finding("iad.misrepresentation-barred")], ["IRPA s. 64(3)"]
        else:
            status = "maybe"
            reasons.append(Finding("iad.misrepresentation-relationship-unknown"))
        citations.append("IRPA s. 64(3)")
    if "unknown" in grounds:
        status = "maybe"
        reasons.append(Finding("iad.grounds-unknown"))
        citations.append("IRPA s. 64(1)")
    return status, rule_id, reasons, citations


def assess(application: str, decided: str, notified: date, grounds: list[str] | tuple[str, ...] = (),
           relationship: str | None = None, status_lost: date | None = None) -> Assessment:
    grounds_set = set(grounds)
    relationship = relationship or "unknown"
    assumptions: list[Finding] = []
    warnings: list[Finding] = [Finding("warn.options-clock-not-paused")]
    options: list[Option] = []

    # --- Appeal to the IAD (IRPA ss. 63-65)
    iad_status, iad_rule, iad_reasons, iad_cites = _iad(application, decided, grounds_set, relationship)
    iad_deadline = deadlines.compute(time_limit(iad_rule), notified) if iad_rule else None
    if iad_deadline:
        iad_cites = [*iad_cites, *[c for c in iad_deadline.citations if c not in iad_cites]]

    # --- Judicial review (IRPA s. 72)
    where = _jr_where(application, decided, assumptions)
    jr_rule = time_limit(f"judicial-review-{where}")
    jr_cites = ["IRPA s. 72(1)", "IRPA s. 72(2)(b)"]
    if iad_status == "yes":
        jr = Option("judicial-review", "no", [Finding("jr.appeal-first"), Finding("jr.after-iad")],
                    ["IRPA s. 72(2)(a)", "IRPA s. 72(2)(b)"])
    else:
        jr_deadline = deadlines.compute(jr_rule, notified)
        reasons = [Finding("jr.available"), Finding(f"jr.where.{where}")]
        if iad_status == "maybe":
            reasons.insert(0, Finding("jr.if-no-appeal"))
            jr_cites.append("IRPA s. 72(2)(a)")
        if "misrepresentation" in grounds_set:
            reasons.append(Finding("jr.misrepresentation-main-remedy"))
        reasons.append(Finding("jr.what-winning-means"))
        reasons.append(Finding("jr.fee", {"fee": _fee_text("federal-court-filing")}))
        jr_cites += [c for c in jr_deadline.citations if c not in jr_cites] + ["FCIR r. 23"]
        jr = Option("judicial-review", "yes" if iad_status == "no" else "maybe", reasons, jr_cites, jr_deadline)
    options.append(jr)
    options.append(Option("iad-appeal", iad_status, iad_reasons, iad_cites, iad_deadline))

    # --- Reconsideration (no statutory right; Kurukkal)
    options.append(Option("reconsideration", "maybe",
                          [Finding("recon.discretion"), Finding("recon.does-not-pause")], [CASES["kurukkal"]]))

    # --- Reapplying (misrepresentation: IRPA s. 40)
    if application in ("removal-order", "residency-obligation"):
        options.append(Option("reapply", "no", [Finding("reapply.not-an-application")], []))
    elif "misrepresentation" in grounds_set:
        options.append(Option("reapply", "no", [Finding("reapply.misrepresentation-bar")],
                              ["IRPA s. 40(1)(a)", "IRPA s. 40(2)(a)", "IRPA s. 40(3)"]))
    else:
        reasons = [Finding("reapply.any-time")]
        cites: list[str] = []
        if "unknown" in grounds_set:
            reasons.append(Finding("reapply.unless-misrepresentation"))
            cites.append("IRPA s. 40(2)(a)")
        if application in ("visitor-visa", "study-permit", "work-permit", "extension"):
            reasons.append(Finding("reapply.show-you-will-leave"))
            cites += ["IRPR s. 179(b)", "IRPR s. 216(1)(b)", "IRPR s. 200(1)(b)", "IRPA s. 22(2)"]
        options.append(Option("reapply", "yes", reasons, cites))

    # --- Restoration (IRPR s. 182)
    options.append(_restoration(application, decided, notified, status_lost, assumptions))

    # --- Temporary resident permit (IRPA s. 24)
    options.append(Option("trp", "maybe",
                          [Finding("trp.discretion"), Finding("trp.refugee-claim-bar"), Finding("trp.validity"),
                           Finding("trp.path-to-pr"), Finding("trp.fee", {"fee": _fee_text("trp")})],
                          ["IRPA s. 24", "IRPR ss. 63-65", "IRPR s. 298"]))

    # --- Notes (ATIA / Privacy Act)
    notes_reasons = [Finding("notes.privacy-act"), Finding("notes.atia"),
                     Finding("notes.outside-canada" if decided != "in-canada" else "notes.in-canada")]
    if application in TEMPORARY:
        notes_reasons.append(Finding("notes.sent-with-refusal"))
    notes_reasons.append(Finding("notes.answer-time"))
    options.append(Option("notes-request", "yes", notes_reasons,
                          ["PA s. 12", "ATIA s. 4(1)", "ATI Regs s. 7", "ATIA s. 7", "PA s. 14"]))
    earliest = min((o.deadline.file_by for o in options if o.deadline and o.available), default=None)
    if earliest is not None:
        answer = deadlines.compute(time_limit("atip-response"), notified).last_day
        if answer > earliest:
            warnings.append(Finding("warn.notes-after-deadline", {"earliest": earliest}))
    if "unknown" in grounds_set:
        assumptions.append(Finding("assume.grounds-unknown"))
    if application == "sponsorship" and "misrepresentation" in grounds_set and relationship == "unknown":
        assumptions.append(Finding("assume.relationship-unknown"))
    return Assessment(options, assumptions, warnings)


def _restoration(application: str, decided: str, notified: date, status_lost: date | None,
                 assumptions: list[Finding]) -> Option:
    cites = ["IRPR s. 182(1)", "IRPR s. 183(5)"]
    temporary_in_canada = application in TEMPORARY and (decided != "outside-canada" or application == "extension")
    if status_lost is None and not temporary_in_canada:
        reason = "restoration.outside-canada" if application in TEMPORARY else "restoration.if-status-lost"
        return Option("restoration", "no" if application in TEMPORARY else "maybe", [Finding(reason)], cites)
    if status_lost is None:
        status_lost = notified
        assumptions.append(Finding("assume.status-ended-on-decision", {"day": notified}))
    deadline = deadlines.compute(time_limit("restoration"), status_lost)
    reasons = [Finding("restoration.who"), Finding("restoration.from-status-loss")]
    status = "yes"
    if application == "study-permit":
        reasons.append(Finding("restoration.students"))
        cites.append("IRPR s. 182(2)")
    if deadline.last_day < notified:
        status = "no"
        reasons.insert(0, Finding("restoration.already-over", {"last_day": deadline.last_day}))
    reasons += [Finding("restoration.strict"), Finding("restoration.no-work-study"),
                Finding("restoration.fee", {"fee": _fee_text("restoration")})]
    cites += [CASES["el-yahyaoui"], "IRPR s. 306"]
    return Option("restoration", status, reasons, cites, deadline)


def _fee_text(fee_id: str, lang: str = "en") -> str:
    from calculators.reference import fee_amount_text

    return fee_amount_text(fee(fee_id), lang)


# --- Wording


def limit_params(lang: str = "en") -> dict[str, str]:
    """Every legal number the option wording may name, from the rules."""
    from calculators.rules import TIME_LIMITS

    from calculators import rules
    from calculators.messages import format_date

    params = {limit.id.replace("-", "_"): deadlines.word_length(limit, lang) for limit in TIME_LIMITS}
    params.update({key.replace("-", "_"): label for key, label in CASES.items()})
    months, unit, _ = rules.SERIOUS_CRIMINALITY_MIN_IMPRISONMENT
    params["serious_criminality_months"] = say(f"unit.{unit}", lang, n=months)
    params["notes_with_refusals_since"] = format_date(rules.IRCC_SENDS_NOTES_WITH_REFUSALS_SINCE, lang)
    params["atip_fee"] = _fee_text("atip-request", lang)
    return params


def word_finding(finding: Finding, lang: str = "en") -> str:
    params = {**limit_params(lang), **finding.params}
    if "grounds" in params:
        params["grounds"] = ", ".join(say(f"ground.{g}", lang) for g in params["grounds"])
    return say(finding.id, lang, **params)
