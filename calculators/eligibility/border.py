"""Decisions at a port of entry (FACTS §10).
"""

from __future__ import annotations

from calculators.eligibility.common import notes, reapply, trp
from calculators.eligibility.core import Finding, Work
from calculators.eligibility.court import iad_appeal, iad_not_appealable, jr
from calculators.eligibility.removal import removal_order_options


def port_of_entry_options(w: Work) -> None:
    a = w.a
    outcome = a.port_outcome
    if outcome == "removal-order":
        removal_order_options(w, at_port=True)
        return
    if outcome == "allowed-to-leave":
        w.add(jr(w, "yes", [Finding("jr.port-of-entry")]))
        w.add(iad_not_appealable("iad.port-allowed-to-leave", ("IRPR s. 42", "IRPA s. 63(2)")))
        w.add(reapply(w))
    elif outcome == "permit-refused":
        w.add(jr(w, "yes", [Finding("jr.port-permit-refused")]))
        w.add(iad_not_appealable())
        w.add(reapply(w))
    else:
        w.assume("assume.port-outcome-unknown")
        w.add(jr(w, "maybe", [Finding("jr.port-of-entry")]))
        w.add(iad_appeal(w, "maybe", "iad-removal-order", [Finding("iad.port-pr-visa")],
                   ["IRPA s. 63(2)", "IAD Rules r. 16(b)"]))
        w.warn("warn.exclusion-return")
    w.add(trp(w))
    w.add(notes(w))
