"""Options several refusal families share: reconsideration, applying again, a temporary
resident permit, the notes (Privacy Act / ATIA), H&C, a stay motion and the PRRA.
"""

from __future__ import annotations

from calculators.eligibility.core import TEMPORARY, Finding, Option, Work, applied_in_canada, deadline_of, fee_param, merge
from calculators.eligibility.restoration import lost_status_day
from calculators.rules import CASES


def reconsideration(w: Work, appeal_open: bool = False) -> Option:
    pause = "recon.does-not-pause-appeal" if appeal_open else "recon.does-not-pause"
    return Option("reconsideration", "maybe", [Finding("recon.discretion"), Finding(pause)], [CASES["kurukkal"]])


def reapply(w: Work) -> Option:
    a = w.a
    if "misrepresentation" in a.grounds:
        # The sponsor reads the plan: the person sponsored is the one inadmissible (QA).
        bar = "reapply.misrepresentation-bar-sponsored" if a.application == "sponsorship" else "reapply.misrepresentation-bar"
        return Option("reapply", "no", [Finding(bar)],
                      ["IRPA s. 40(1)(a)", "IRPA s. 40(2)(a)", "IRPA s. 40(3)"])
    # A visitor visa is applied for from outside Canada: an office in Canada deciding it does not put the
    # reader in Canada without status (`decided` names the office, FACTS §2 Revised; QA).
    in_canada_temporary = applied_in_canada(a)
    # Refused before the permit ran out: one sentence on status, the same as restoration's (issue 19 item 6).
    still_valid = lost_status_day(w)[0] if in_canada_temporary else None
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


def trp(w: Work, refugee: bool = False) -> Option:
    reasons = [Finding("trp.discretion"), Finding("trp.refugee-claim-bar"), Finding("trp.validity"),
               Finding("trp.path-to-pr"), Finding("trp.fee", fee_param("trp"))]
    if refugee:
        reasons.insert(1, Finding("trp.after-refugee-claim"))
    return Option("trp", "maybe", reasons, ["IRPA s. 24", "IRPR ss. 63-65", "IRPR s. 298"])


def notes(w: Work, irb: bool = False) -> Option:
    """The officer's notes: first the free Privacy Act request the reader makes themself, open to anyone
    inside or outside Canada since 2022-07-13 (PA s. 12(1); Privacy Act Extension Order, No. 3,
    SOR/2021-174; FACTS §5 Revised 2026-12-06). An ATIA request only for someone else's file."""
    a = w.a
    reasons = [Finding("notes.privacy-act"), Finding("notes.how"), Finding("notes.atia")]
    if irb:
        reasons.insert(1, Finding("notes.irb"))
    if a.application in ("visitor-visa", "study-permit", "work-permit", "extension"):
        reasons.append(Finding("notes.sent-with-refusal"))
    reasons += [Finding("notes.answer-time"), Finding("notes.complaint")]
    return Option("notes-request", "yes", reasons,
                  ["PA s. 12(1)", "PAEO No. 3 s. 1", "ATIA s. 4(1)", "ATI Regs s. 7", "ATIA s. 7", "PA s. 14", "ATIA s. 31", "PA s. 29"])


def humanitarian(w: Work, after_refugee_decision: bool) -> Option:
    reasons = [Finding("hc.what"), Finding("hc.no-stay"),
               Finding("hc.fee", fee_param("h-and-c"))]
    cites = ["IRPA s. 25(1)", "IRPA s. 25(1.2)", "IRPR s. 233", "IRPR s. 307"]
    if after_refugee_decision:
        reasons.insert(1, Finding("hc.bar-after-refugee-decision"))
        cites += ["IRPA s. 25(1.21)"]
    return Option("humanitarian", "maybe", reasons, cites)


def stay_motion(w: Work, reason: str = "stay.motion") -> Option:
    return Option("stay-motion", "maybe", [Finding(reason), Finding("stay.act-fast")], ["IRPR s. 231(1)", "IRPA s. 72(1)"])


def prra(w: Work, status: str, reasons: list[Finding]) -> Option:
    a = w.a
    cites = ["IRPA s. 112(1)", "IRPR s. 160(3)-(4)", "IRPR s. 162", "IRPR s. 232"]
    if any(r.id == "prra.bar-after-claim" for r in reasons):
        cites += ["IRPA s. 112(2)(b.1)", "IRPA s. 112(2)(c)"]
    if a.prra_notified is None:
        return Option("prra", status, [*reasons, Finding("prra.when-offered")], cites)
    deadline = deadline_of("prra-application", a.prra_notified)
    return Option("prra", status, [*reasons, Finding("prra.apply-in-time")], merge(cites, deadline.citations), deadline)
