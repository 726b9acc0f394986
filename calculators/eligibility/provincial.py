"""Provincial nominee programs and Quebec (FACTS §11).
"""

from __future__ import annotations

from calculators.eligibility.core import Finding, Option, Work, deadline_of, merge


_PROGRAM_RULES = {"on": "provincial-review-on", "bc": "provincial-review-bc", "ab": "provincial-review-ab",
                  "sk": "provincial-review-sk"}
# FACTS §11: 30 days from the date the letter was issued; BC from the date printed on the letter too,
# the earlier start, until the regulation's text is read (FACTS §11 Revised 2026-12-06).
_FROM_LETTER_DATE = ("ab", "sk", "bc")


def provincial_options(w: Work) -> None:
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
            deadline = deadline_of(_PROGRAM_RULES[program], trigger)
            w.add(Option("provincial-review", "yes", reasons, merge(cites_for[program], deadline.citations), deadline))
    elif program == "mb":
        w.add(Option("provincial-review", "no", [Finding("provincial.mb"), Finding("provincial.check-page")],
                     cites_for["mb"]))
    else:
        w.assume("assume.province-unknown")
        w.add(Option("provincial-review", "maybe", [Finding("provincial.unknown"), Finding("provincial.check-page")], []))
    w.add(Option("reapply", "maybe", [Finding("reapply.provincial")], []))
    w.warn("warn.provincial-then-federal")


def quebec_options(w: Work) -> None:
    a = w.a
    decision = a.quebec_decision
    # The 60 days are the statute's own limit, not a program's rule (FACTS §11 Revised 2026-12-06).
    taq_reasons = [Finding("quebec.taq"), Finding("quebec.statute-limit")]
    cites = ["Quebec Immigration Act s. 72"]
    if decision == "selection-cancelled" and a.quebec_public_interest == "yes":
        # Art. 72 3°: a selection cancelled for a reason of public interest cannot go to the TAQ.
        w.add(Option("quebec-taq", "no", [Finding("quebec.public-interest-no-taq")], cites))
    elif decision == "selection-cancelled" and a.quebec_public_interest != "no":
        w.assume("assume.quebec-public-interest-unknown")
        deadline = deadline_of("quebec-taq", a.notified)
        w.add(Option("quebec-taq", "maybe", [Finding("quebec.public-interest-if"), *taq_reasons],
                     merge(cites, deadline.citations), deadline))
    elif decision in ("sponsorship-undertaking", "selection-cancelled"):
        deadline = deadline_of("quebec-taq", a.notified)
        w.add(Option("quebec-taq", "yes", taq_reasons, merge(cites, deadline.citations), deadline))
    elif decision == "caq-refused":
        w.add(Option("quebec-taq", "no", [Finding("quebec.caq-not-taq")], cites))
        w.add(_superior_court(w, "yes"))
    else:
        w.assume("assume.quebec-decision-unknown")
        deadline = deadline_of("quebec-taq", a.notified)
        w.add(Option("quebec-taq", "maybe", [Finding("quebec.taq-if"), *taq_reasons], merge(cites, deadline.citations),
                     deadline))
        w.add(_superior_court(w, "maybe"))
    w.add(Option("reapply", "maybe", [Finding("reapply.quebec")], []))


def _superior_court(w: Work, status: str) -> Option:
    deadline = deadline_of("quebec-caq-refused-policy", w.a.notified)
    return Option("quebec-superior-court", status, [Finding("quebec.superior-court"), Finding("quebec.policy-30")],
                  deadline.citations, deadline)
