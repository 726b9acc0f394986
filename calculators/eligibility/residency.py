"""A permanent resident found not to meet the residency obligation (IRPA s. 28, s. 63(4); FACTS §3).
"""

from __future__ import annotations

from calculators.eligibility.common import notes, reconsideration, trp
from calculators.eligibility.core import Finding, Option, Work
from calculators.eligibility.court import add_court_and_appeal, iad_appeal
from calculators.eligibility.restoration import restoration_not_applicable


def residency_obligation_options(w: Work) -> None:
    a = w.a
    if a.decided == "outside-canada":
        iad = iad_appeal(w, "yes", "iad-residency-obligation", [Finding("iad.residency-outside")],
                   ["IRPA s. 63(4)", "IAD Rules r. 16"])
    else:
        iad = iad_appeal(w, "maybe", "iad-removal-order", [Finding("iad.residency-in-canada")],
                   ["IRPA s. 63(4)", "IRPA s. 63(3)", "IAD Rules r. 16"])
    add_court_and_appeal(w, iad)
    w.add(reconsideration(w, iad.status == "yes"))
    w.add(Option("reapply", "no", [Finding("reapply.not-an-application")], []))
    w.add(restoration_not_applicable(w))
    w.add(trp(w))
    w.add(notes(w))
