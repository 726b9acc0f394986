"""Processing terminated or a document cancelled under S.C. 2026, c. 4 (FACTS §12).
"""

from __future__ import annotations

from calculators.eligibility.common import notes, reconsideration
from calculators.eligibility.core import Finding, Option, Work
from calculators.eligibility.court import iad_not_appealable, jr


def terminated_options(w: Work) -> None:
    w.add(jr(w, "yes", [Finding("jr.terminated-2026")], cites=["IRPA s. 11.3", "IRPA s. 87.3001"]))
    w.add(iad_not_appealable())
    w.add(reconsideration(w))
    w.add(Option("reapply", "maybe", [Finding("reapply.terminated")], []))
    w.add(notes(w))
