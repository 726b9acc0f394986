"""Citizenship refusals: judicial review under the Citizenship Act s. 22.1 (FACTS §9).
"""

from __future__ import annotations

from calculators.eligibility.common import notes, reconsideration
from calculators.eligibility.core import Finding, Option, Work, deadline_of, fee_param, merge


def citizenship_options(w: Work) -> None:
    a = w.a
    deadline = deadline_of("citizenship-judicial-review", a.notified)
    w.add(Option("citizenship-judicial-review", "yes",
                 [Finding("cit.what"), Finding("cit.filed-and-served"), Finding("cit.extension"),
                  Finding("jr.what-winning-means"), Finding("cit.fee", fee_param("citizenship-federal-court"))],
                 merge(["Citizenship Act s. 22.1", "Citizenship Act s. 14(1)", "Citizenship Act s. 14(3)"],
                        deadline.citations), deadline))
    w.add(reconsideration(w))
    w.add(Option("reapply", "maybe", [Finding("reapply.citizenship")], []))
    w.add(notes(w))
