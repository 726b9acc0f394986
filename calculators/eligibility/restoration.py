"""Restoration of temporary status (IRPR s. 182, s. 183; IRPA s. 47; FACTS §4).
"""

from __future__ import annotations

from datetime import date

from calculators.eligibility.core import Finding, Option, Work, applied_in_canada, deadline_of, fee_param
from calculators.rules import CASES


def restoration_not_applicable(w: Work) -> Option:
    a = w.a
    cites = ["IRPR s. 182(1)", "IRPR s. 183(5)"]
    if a.application == "residency-obligation":  # a permanent resident has no temporary status to restore (QA)
        return Option("restoration", "no", [Finding("restoration.permanent-resident")], ["IRPR s. 182(1)"])
    # A visitor visa is applied for from outside Canada, and its refusal ends no status; a study or work
    # permit refused by a visa office abroad; a sponsored spouse who applied from abroad (QA: never
    # "restore your status" to someone outside Canada).
    abroad = (a.application == "visitor-visa"
              or (a.application in ("study-permit", "work-permit") and not applied_in_canada(a))
              or (a.application == "sponsorship" and a.sponsored_in_canada == "no"))
    if abroad:
        return Option("restoration", "no", [Finding("restoration.outside-canada")], cites)
    # The sponsor reads a sponsorship's plan: the status in question is the person sponsored's (issue 19 item 6).
    who = "restoration.if-status-lost-sponsored" if a.application == "sponsorship" else "restoration.if-status-lost"
    return Option("restoration", "maybe", [Finding(who)], cites)


def lost_status_day(w: Work) -> tuple[date | None, list[Finding]]:
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


def restoration(w: Work) -> Option:
    a = w.a
    cites = ["IRPR s. 182(1)", "IRPR s. 183(5)", "IRPA s. 47"]
    temporary_in_canada = applied_in_canada(a)
    if a.status_lost is None and not temporary_in_canada:
        return restoration_not_applicable(w)
    lost, why = lost_status_day(w)
    reasons = [*why, Finding("restoration.who"), Finding("restoration.from-status-loss")]
    if a.application == "study-permit":
        reasons.append(Finding("restoration.students"))
        cites.append("IRPR s. 182(2)")
    tail = [Finding("restoration.strict"), Finding("restoration.no-roll-policy"), Finding("restoration.no-work-study"),
            Finding("restoration.fee", fee_param("restoration"))]
    cites += ["IRPR s. 183(4)(a)", CASES["el-yahyaoui"], "IRPR s. 306"]
    if lost is None:
        w.assume("assume.restoration-no-date")
        return Option("restoration", "maybe", [*reasons, *tail], cites)
    deadline = deadline_of("restoration", lost)
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
