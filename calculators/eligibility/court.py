"""Leave and judicial review at the Federal Court (IRPA s. 72) and the appeal to the Immigration
Appeal Division (IRPA ss. 63-65): the two routes most refusal families weigh against each other.
"""

from __future__ import annotations

from datetime import date

from calculators.eligibility.core import ALWAYS_IN_CANADA, BARRED_GROUNDS, Finding, MISREPRESENTATION_EXCEPTION, Option, Work, deadline_of, fee_param, merge


def _where(w: Work) -> str:
    """Which IRPA s. 72(2)(b) limit applies (FACTS §2 Revised): 60 only for a visa office outside Canada."""
    a = w.a
    if a.application == "eta":
        w.assume("assume.eta-fifteen")
        return "in-canada"
    if a.application in ALWAYS_IN_CANADA:
        if a.application == "extension" and a.decided == "outside-canada":  # `decided` is not asked for it
            w.assume("assume.extension-in-canada")
        return "in-canada"
    if a.application == "sponsorship" and a.sponsored_in_canada == "yes":
        return "in-canada"
    if a.decided == "outside-canada":
        return "outside-canada"
    if a.decided == "unknown":
        w.assume("assume.decided-unknown")
        return "unknown"
    return "in-canada"


def jr(w: Work, status: str, first: list[Finding] = (), trigger: date | None = None,
        cites: list[str] = (), where: str | None = None, where_reason: str | None = None) -> Option:
    """A leave-and-judicial-review option with its date (unknown place -> the 15-day date)."""
    a = w.a
    where = where or _where(w)
    rule_id = "judicial-review-outside-canada" if where == "outside-canada" else "judicial-review-in-canada"
    deadline = deadline_of(rule_id, trigger or a.notified)
    if where_reason is None and a.application == "eta":
        where_reason = "jr.where.eta"  # FACTS §2 Revised: no decision found on the place (U) -> 15, 60 not relied on
    reasons = [*first, Finding("jr.available")]
    if not any(f.id in ("jr.port-of-entry", "jr.port-permit-refused") for f in first):  # they already say it (QA)
        reasons.append(Finding(where_reason or f"jr.where.{where}"))
    if "misrepresentation" in a.grounds:
        reasons.append(Finding("jr.misrepresentation-main-remedy"))
    # IRPR s. 231(1): leave applied for in time against a RAD decision stays removal (with
    # exceptions); every other application for leave does not (FACTS §2, §7).
    after_rad = any(f.id == "jr.after-rad-decision" for f in first)
    reasons += [Finding("jr.stay-if-in-time-after-rad" if after_rad else "jr.no-automatic-stay"),
                Finding("jr.what-winning-means"),
                Finding("jr.fee", fee_param("federal-court-filing"))]
    citations = merge(["IRPA s. 72(1)", "IRPA s. 72(2)(b)", *cites], deadline.citations)
    return Option("judicial-review", status, reasons, merge(citations, ["IRPR s. 231(1)", "FCIR r. 23"]), deadline)


def add_court_and_appeal(w: Work, iad: Option) -> None:
    """Judicial review beside an IAD appeal: barred while the appeal is open (IRPA s. 72(2)(a)),
    "maybe" (if there is no appeal) when the appeal is a maybe, the route when there is none."""
    if iad.status == "yes":
        w.add(jr_after_appeal("iad"))
    else:
        first = [Finding("jr.if-no-appeal")] if iad.status == "maybe" else []
        w.add(jr(w, "maybe" if iad.status == "maybe" else "yes", first, cites=["IRPA s. 72(2)(a)"]))
    w.add(iad)


def jr_after_appeal(appeal: str) -> Option:
    """Judicial review barred while an appeal right is open (IRPA s. 72(2)(a))."""
    return Option("judicial-review", "no", [Finding("jr.appeal-first", {"appeal": appeal}), Finding(f"jr.after-{appeal}")],
                  ["IRPA s. 72(2)(a)", "IRPA s. 72(2)(b)"])


def _iad_bars(w: Work, status: str, reasons: list[Finding], citations: list[str],
              sponsorship: bool = False) -> tuple[str, list[Finding], list[str]]:
    """IRPA s. 64: grounds that close or may close the appeal."""
    a = w.a
    barred = sorted(set(BARRED_GROUNDS) & a.grounds)
    if barred:
        return "no", [Finding("iad.barred", {"grounds": barred})], ["IRPA s. 64(1)"]
    if "serious-criminality" in a.grounds:
        status = "maybe"
        reasons.append(Finding("iad.serious-criminality"))
        citations += ["IRPA s. 64(1)", "IRPA s. 64(2)"]
    if sponsorship and "misrepresentation" in a.grounds:
        if a.relationship in MISREPRESENTATION_EXCEPTION:
            reasons.append(Finding("iad.misrepresentation-exception"))
        elif a.relationship in ("parent", "other"):
            return "no", [Finding("iad.misrepresentation-barred")], ["IRPA s. 64(3)"]
        else:
            status = "maybe"
            reasons.append(Finding("iad.misrepresentation-relationship-unknown"))
            w.assume("assume.relationship-unknown")
        citations.append("IRPA s. 64(3)")
    if "unknown" in a.grounds:
        status = "maybe"
        reasons.append(Finding("iad.grounds-unknown"))
        citations.append("IRPA s. 64(1)")
    return status, reasons, citations


def iad_appeal(w: Work, status: str, rule_id: str, reasons: list[Finding], citations: list[str],
         sponsorship: bool = False) -> Option:
    reasons = [*reasons, Finding("iad.no-fee")]
    status, reasons, citations = _iad_bars(w, status, reasons, list(citations), sponsorship)
    if status == "no":
        return Option("iad-appeal", "no", reasons, citations)
    deadline = deadline_of(rule_id, w.a.notified)
    return Option("iad-appeal", status, reasons, merge(citations, deadline.citations), deadline)


def iad_not_appealable(reason: str = "iad.not-appealable", cites: tuple[str, ...] = ("IRPA s. 63(1)",)) -> Option:
    return Option("iad-appeal", "no", [Finding(reason)], list(cites))
