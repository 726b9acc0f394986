"""Removal orders: who may appeal, the court, the departure order (FACTS §3, §8, §10).
"""

from __future__ import annotations

from calculators.eligibility.common import humanitarian, notes, prra, stay_motion, trp
from calculators.eligibility.core import Finding, IAD_REMOVAL_STATUS, Option, Work, deadline_of, merge
from calculators.eligibility.court import add_court_and_appeal, iad_appeal


def removal_order_options(w: Work, at_port: bool = False) -> None:
    """A removal order (FACTS §3, §8, §10): who may appeal, the 15 days, the departure order."""
    a = w.a
    status = a.removal_status
    if status in IAD_REMOVAL_STATUS:
        iad = iad_appeal(w, "yes", "iad-removal-order", [Finding("iad.removal-order-yours")],
                   ["IRPA s. 63(2)", "IRPA s. 63(3)", "IAD Rules r. 16(b)"])
    elif status == "foreign-national":
        # Item 5: no IAD for any other foreign national (IRPA s. 63(2)-(3)).
        iad = Option("iad-appeal", "no", [Finding("iad.removal-order-foreign-national")], ["IRPA s. 63(2)", "IRPA s. 63(3)"])
    else:
        w.assume("assume.removal-status-unknown")
        iad = iad_appeal(w, "maybe", "iad-removal-order", [Finding("iad.removal-order")],
                   ["IRPA s. 63(2)", "IRPA s. 63(3)", "IAD Rules r. 16(b)"])
    add_court_and_appeal(w, iad)
    if iad.status != "yes":
        w.add(stay_motion(w))
    order = a.removal_order_type
    if order in ("departure", "unknown"):
        w.add(_departure(w, "yes" if order == "departure" else "maybe", iad.status))
    if order == "exclusion" or (order == "unknown" and at_port):
        w.warn("warn.exclusion-return-misrepresentation" if "misrepresentation" in a.grounds else "warn.exclusion-return")
    if order == "deportation":
        w.warn("warn.deportation-return")
    if not at_port:
        w.add(prra(w, "maybe", [Finding("prra.who")]))
        if status == "permanent-resident":
            # IRPA s. 25(1): a foreign national's request (FACTS §8); not a permanent resident's route (QA).
            w.add(Option("humanitarian", "no", [Finding("hc.not-for-permanent-residents")], ["IRPA s. 25(1)"]))
        else:
            w.add(humanitarian(w, after_refugee_decision=False))
    w.add(trp(w))
    w.add(notes(w))


def _departure(w: Work, status: str, appeal: str) -> Option:
    a = w.a
    if appeal == "yes":
        # FACTS §8 New 2026-12-06: the order of someone who can appeal to the IAD comes into force only when
        # the appeal period ends with no appeal or the appeal fails (IRPA s. 49(1)(b)-(c)); it is enforceable
        # only then (s. 48(1)), and a PR keeps PR status until then (s. 46(1)(c)). Leaving is a "maybe",
        # with no date, never the plan's headline.
        return Option("departure-order", "maybe", [Finding("departure.only-if-no-appeal")],
                      ["IRPA s. 49(1)(b)-(c)", "IRPA s. 48(1)", "IRPA s. 46(1)(c)", "IRPR s. 224(2)"])
    reasons = [Finding("departure.what")] if status == "yes" else [Finding("departure.if-departure-order")]
    cites = ["IRPR s. 224(2)", "IRPR s. 224(3)", "IRPR s. 240(1)"]
    if a.decision_made is None:
        w.assume("assume.departure-no-date")
        return Option("departure-order", status, [*reasons, Finding("departure.find-date")], cites)
    deadline = deadline_of("departure-order", a.decision_made)
    if appeal == "maybe":  # the earlier date, and why it may not apply yet
        reasons.append(Finding("departure.not-in-force-if-appeal"))
        cites = [*cites, "IRPA s. 49(1)(b)-(c)"]
    return Option("departure-order", status, [*reasons, Finding("departure.counted-from-order-date")],
                  merge(cites, deadline.citations), deadline)
