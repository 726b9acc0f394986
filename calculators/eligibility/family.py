"""Family-class refusals, from the sponsor's side or the person sponsored (FACTS §3).
"""

from __future__ import annotations

from calculators.eligibility.common import notes, reapply, reconsideration, trp
from calculators.eligibility.core import Finding, Work
from calculators.eligibility.court import add_court_and_appeal, iad_appeal, iad_not_appealable, jr
from calculators.eligibility.restoration import restoration_not_applicable


def _sponsorship_routes(w: Work, sponsored_person: bool) -> None:
    """A family-class refusal, from the sponsor's side or the sponsored person's (FACTS §3 New)."""
    a = w.a
    if a.sponsored_in_canada == "yes":
        # Spouse or Common-law Partner in Canada class: no visa refused, no IAD appeal (FACTS §3 New).
        w.add(jr(w, "yes", [Finding("jr.spouse-in-canada")], cites=["IRPA s. 63(1)", "IRPR ss. 123-129"],
                  where="in-canada"))
        w.add(iad_not_appealable("iad.spouse-in-canada", ("IRPA s. 63(1)", "IRPR ss. 123-129")))
        return
    iad_reasons = [Finding("iad.sponsorship"), Finding("iad.humanitarian-only-family-class")]
    if sponsored_person:
        iad_reasons.insert(0, Finding("iad.sponsor-appeals-for-you"))
    iad_cites = ["IRPA s. 63(1)", "IAD Rules r. 16", "IRPA s. 65"]
    if a.sponsored_in_canada == "unknown":
        # Not known which class: the 15-day Federal Court date first, the IAD as "maybe" (FACTS §3 New).
        w.assume("assume.sponsored-in-canada-unknown")
        # Not "this decision was made in Canada": the reader may have said a visa office abroad decided (QA).
        w.add(jr(w, "maybe", [Finding("jr.if-spouse-in-canada")], cites=["IRPA s. 63(1)", "IRPA s. 72(2)(a)"],
                  where="in-canada", where_reason="jr.where.spouse-class-unknown"))
        w.add(iad_appeal(w, "maybe", "iad-sponsorship", [Finding("iad.if-applied-from-outside"), *iad_reasons],
                   iad_cites, sponsorship=True))
        return
    iad = iad_appeal(w, "yes", "iad-sponsorship", iad_reasons, iad_cites, sponsorship=True)
    add_court_and_appeal(w, iad)


def _after_family_routes(w: Work) -> None:
    """What a family-class refusal offers besides the IAD or the court: the same for the sponsor
    and for the person sponsored."""
    appeal_open = any(o.remedy == "iad-appeal" and o.status == "yes" for o in w.options)
    w.add(reconsideration(w, appeal_open))
    w.add(reapply(w))
    w.add(restoration_not_applicable(w))
    w.add(trp(w))
    w.add(notes(w))


def sponsorship_options(w: Work) -> None:
    _sponsorship_routes(w, sponsored_person=False)
    _after_family_routes(w)


def permanent_residence_options(w: Work) -> None:
    a = w.a
    if a.family_sponsored == "yes":
        _sponsorship_routes(w, sponsored_person=True)
    elif a.family_sponsored == "unknown":
        # Item 3: if it was a family sponsorship, the sponsor's 30-day appeal comes first (FACTS §3 New).
        w.assume("assume.family-sponsored-unknown")
        w.add(jr(w, "maybe", [Finding("jr.if-not-family-sponsored")], cites=["IRPA s. 72(2)(a)"]))
        w.add(iad_appeal(w, "maybe", "iad-sponsorship",
                   [Finding("iad.if-family-sponsored"), Finding("iad.sponsor-appeals-for-you")],
                   ["IRPA s. 63(1)", "IAD Rules r. 16(a)"], sponsorship=True))
    else:
        w.add(jr(w, "yes"))
        w.add(iad_not_appealable())
    _after_family_routes(w)
