"""Refugee claims: RPD -> RAD (or its bars) -> Federal Court; PRRA and H&C bars (FACTS §8, §12).
"""

from __future__ import annotations

from calculators.eligibility.common import humanitarian, notes, prra, stay_motion, trp
from calculators.eligibility.core import Finding, Option, RAD_BARS, Work, deadline_of, merge
from calculators.eligibility.court import jr, jr_after_appeal


def refugee_claim_options(w: Work) -> None:
    """FACTS §8 and §12: RPD -> RAD (or its bars) -> Federal Court; PRRA and H&C bars."""
    a = w.a
    stage = a.refugee_stage
    # IRPA s. 169(f): for a Board decision, leave runs from the later of the notice and the day the written
    # reasons were SENT. We know at most the day they were received (which may be later than sent), so the
    # leave date counts from the notice: never later than the law allows (the wording says so).
    irb_trigger = a.notified
    if a.reasons_received is None and stage in ("rpd", "unknown"):
        w.assume("assume.reasons-with-decision")
    if stage == "ineligible":
        w.add(jr(w, "yes", [Finding("jr.refugee-ineligible"), Finding("refugee.ineligible-rules")],
                  cites=["IRPA s. 101(1)(b.1)", "IRPA s. 101(1)(b.2)", "IRPR s. 159.4(1.1)", "IRPA s. 101(1.1)",
                         "S.C. 2026, c. 4 s. 75"]))
        w.add(Option("rad-appeal", "no", [Finding("rad.ineligible")], ["IRPA s. 101(1)(b.1)", "IRPA s. 101(1)(b.2)"]))
        w.add(prra(w, "yes", [Finding("prra.ineligible-claim")]))
        w.add(stay_motion(w))
        w.add(humanitarian(w, after_refugee_decision=False))
        w.add(trp(w, refugee=True))
        w.add(notes(w, irb=True))
        return
    if stage == "rad":
        w.add(jr(w, "yes", [Finding("jr.after-rad-decision")], trigger=irb_trigger, cites=["IRPA s. 169(f)"]))
        w.add(Option("stay-motion", "maybe", [Finding("stay.after-rad"), Finding("stay.act-fast")],
                     ["IRPR s. 231(1)", "IRPR s. 231(2)", "IRPR s. 231(3)", "IRPR s. 231(4)"]))
    else:
        if a.rad_exception == "designated-country":
            # An old link's answer (RETIRED_CHOICES): the bar is of no force and no country is designated
            # (FACTS §8 Revised 2026-12-06), so the RAD is not closed; the other bars stay unknown.
            w.assume("assume.designated-country-no-bar")
        bars = [b for b in RAD_BARS if a.rad_exception == b]
        barred = a.no_credible_basis == "yes" or bool(bars)
        known_open = a.no_credible_basis == "no" and a.rad_exception == "none"
        rad_status = "no" if barred else ("yes" if known_open and stage == "rpd" else "maybe")
        reasons_day = a.reasons_received or a.notified
        if rad_status == "no":
            why = [Finding("rad.no-credible-basis")] if a.no_credible_basis == "yes" else []
            why += [Finding(f"rad.bar.{b}") for b in bars]
            w.add(jr(w, "yes", [Finding("jr.rad-barred")], trigger=irb_trigger, cites=["IRPA s. 110(2)", "IRPA s. 169(f)"]))
            w.add(Option("rad-appeal", "no", why, ["IRPA s. 110(2)"]))
            w.add(stay_motion(w, "stay.no-rad"))
        else:
            if rad_status == "yes":
                w.add(jr_after_appeal("rad"))
            else:
                w.assume("assume.rad-bars-unknown")
                w.add(jr(w, "maybe", [Finding("jr.if-rad-barred")], trigger=irb_trigger,
                          cites=["IRPA s. 110(2)", "IRPA s. 72(2)(a)", "IRPA s. 169(f)"]))
            rad_reasons = [Finding("rad.what"), Finding("rad.from-reasons"), Finding("rad.mail"),
                           Finding("rad.keeps-order-from-force"), Finding("rad.no-fee")]
            if rad_status == "maybe":
                rad_reasons.insert(0, Finding("rad.bars-unknown"))
            rad = deadline_of("rad-appeal", reasons_day)
            w.add(Option("rad-appeal", rad_status, rad_reasons,
                         merge(["IRPA s. 110(1)", "IRPR s. 159.91(1)(a)", "RPD Rules r. 41(2)", "IRPA s. 49(2)(e)"],
                                rad.citations), rad))
            record = deadline_of("rad-record", reasons_day)
            w.add(Option("rad-record", rad_status, [Finding("rad.record"), Finding("rad.record-practice")],
                         merge(["IRPR s. 159.91(1)(b)", "RAD Rules r. 3(5)"], record.citations), record))
        if stage == "unknown":
            w.assume("assume.refugee-stage-unknown")
    w.add(prra(w, "maybe", [Finding("prra.bar-after-claim")]))
    w.add(humanitarian(w, after_refugee_decision=True))
    w.add(trp(w, refugee=True))
    w.add(notes(w, irb=True))
    w.warn("warn.refugee-outside-canada-2026")
