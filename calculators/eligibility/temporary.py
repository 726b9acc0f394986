"""Refused visitor visa, study or work permit, extension, and eTA (FACTS §2, §4).
"""

from __future__ import annotations

from calculators.eligibility.common import notes, reapply, reconsideration, trp
from calculators.eligibility.core import Work
from calculators.eligibility.court import iad_not_appealable, jr
from calculators.eligibility.restoration import restoration


def temporary_options(w: Work) -> None:
    w.add(jr(w, "yes"))
    w.add(iad_not_appealable())
    w.add(reconsideration(w))
    w.add(reapply(w))
    w.add(restoration(w))
    w.add(trp(w))
    w.add(notes(w))


def eta_options(w: Work) -> None:
    w.add(jr(w, "yes"))
    w.add(iad_not_appealable())
    w.add(reconsideration(w))
    w.add(reapply(w))
    w.add(notes(w))
