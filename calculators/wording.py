"""Word the engine's language-free results: the steps and warnings of a deadline, a time limit's
length, holidays, the seasonal recess, citations and fee amounts (issue 22: compute once, word
once). The build's snippet writer (``calculators.reference``) imports this module, never the reverse.

The computing modules (calendar, rules, deadlines, requests, the eligibility package but its
``wording``; tests/unit/test_compute_word_split.py lists them) return ids, numbers and dates and
never import ``calculators.messages``. The boundary (api and its kinds, the command line, the
build's snippets and hooks) words them here, or with ``calculators.messages.say``, in one pass.
"""

from __future__ import annotations

from datetime import date

from calculators import calendar
from calculators.deadlines import Deadline, Step
from calculators.messages import cite_label, day_of_month, decimal_separator, long_date, long_label, say
from calculators.rules import CASES, Citation, Fee, TimeLimit
from calculators.rules import citation as _citation
from calculators.rules import fee as _fee


def citation(label: str, lang: str = "en") -> Citation:
    """The citation for ``label`` in ``lang``: "LIPR, al. 72(2)b)" linked to the French page of Justice Laws."""
    found = _citation(label, lang)
    return Citation(cite_label(label, lang), found.url)


def holiday_name(day: date, cal: str = "ia", lang: str = "en") -> str | None:
    """The name of the holiday ``day`` is in ``cal`` ("Good Friday", "a Saturday"), or None."""
    found = calendar.holiday(day, cal)
    return None if found is None else say(f"holiday.{found.id}", lang)


def seasonal_recess_params(lang: str = "en") -> dict[str, str]:
    """The recess bounds as words ("21 December", "7 January"), for messages."""
    return {"recess_first": day_of_month(*calendar.SEASONAL_RECESS_FIRST_DAY, lang),
            "recess_last": day_of_month(*calendar.SEASONAL_RECESS_LAST_DAY, lang)}


def fee_amount_text(fee: Fee, lang: str = "en", day: date | None = None) -> str:
    """A fee's amount on ``day`` as ``lang`` writes it ("$50", "50 $", "free")."""
    cents = fee.value_on(day).cents
    if cents == 0:
        return say("fee.free", lang)
    decimal = decimal_separator(lang)  # 246,25 $ in French (CLDR's sign for the other languages)
    amount = f"{cents // 100}" if cents % 100 == 0 else f"{cents // 100}{decimal}{cents % 100:02d}"
    return say("fee.amount", lang, amount=amount)


def fee_since_text(fee: Fee, lang: str = "en", day: date | None = None) -> str:
    """The day a fee's amount applies from, in words, or the fee's "not known" sentence."""
    since = fee.value_on(day).since
    return long_date(since, lang) if since else say(fee.since_unknown, lang)


def fee_text(fee_id: str, lang: str = "en") -> str:
    """A fee's amount as ``lang`` writes it ("$50", "50 $")."""
    return fee_amount_text(_fee(fee_id), lang)


def _holiday_phrase(found: calendar.Holiday, lang: str) -> str:
    name = say(f"holiday.{found.id}", lang)
    if not found.source:
        return say("phrase.probable-closure", lang, name=name)
    kind = "non-working-day" if found.source in calendar.NON_WORKING_DAY_SOURCES else "holiday"
    return say(f"phrase.{kind}-under", lang, name=name, source=long_label(found.source, lang))


def word_step(step: Step, lang: str = "en") -> str:
    p = dict(step.params)
    if step.id == "step.start":
        return say("step.start", lang, trigger=say(p["trigger"], lang), **{"from": p["from"]})
    if step.id in ("step.count-no-roll", "step.count-kept", "step.count-moved"):
        prefix = say("clause.day-n-recess" if p.get("skipped") else "clause.day-n", lang,
                     n=p["n"], day=p["day"], skipped=p.get("skipped", 0),
                     recess_start=p.get("recess_start", p["day"]), recess_end=p.get("recess_end", p["day"]),
                     **{"from": p["from"]})
        if step.id == "step.count-no-roll":
            return prefix + say(p.get("not_moved", "clause.not-moved"), lang)
        if step.id == "step.count-kept":
            return prefix + say(f"clause.not-a-holiday.{p['calendar']}", lang)
        (first_day, first), *rest = p["moved"]
        text = prefix + ", " + _holiday_phrase(first, lang)
        for day, found in rest:
            also = "clause.also-non-working" if p["calendar"] in ("iad", "rad") else "clause.also-holiday"
            text += say(also, lang, day=day, name=say(f"holiday.{found.id}", lang))
        return text + say("clause.next-working-day" if p["calendar"] in ("iad", "rad") else "clause.next-not-holiday", lang,
                          last_day=p["last_day"])
    if step.id == "step.recess-not-skipped":
        p.update(seasonal_recess_params(lang))
    if step.id in ("step.file-by-earlier", "step.may-extend-court", "step.may-extend-iad", "step.may-extend-rad",
                   "step.prra-file-by-earlier", "step.act-by-earlier", "step.check-program-earlier",
                   "step.file-by-statute-earlier"):  # Quebec's TAQ (wt-law, issue 19 §1)
        p["holiday"] = _holiday_phrase(p["holiday"], lang)
    return say(step.id, lang, **p)


def word_steps(deadline: Deadline, lang: str = "en") -> list[str]:
    return [word_step(step, lang) for step in deadline.steps]


def word_length(rule: TimeLimit, lang: str = "en") -> str:
    """ "15 days", "5 years", "1 month"."""
    key = f"unit.{rule.unit}" + (".one" if rule.length == 1 else "")
    return say(key, lang, n=rule.length)


def warning_params(lang: str = "en") -> dict[str, str]:
    """Legal numbers a warning may name, taken from the rules (never typed into the wording)."""
    from calculators.rules import time_limit

    return {"privacy_extension": word_length(time_limit("privacy-extension"), lang),
            "rad_record": word_length(time_limit("rad-record"), lang),
            "rad_record_irb_practice": word_length(time_limit("rad-record-irb-practice"), lang),
            "rpd_mail_received": word_length(time_limit("rpd-mail-received"), lang),
            "prra_mail_notice": word_length(time_limit("prra-mail-notice"), lang),
            "prra_decision_earliest": word_length(time_limit("prra-decision-earliest"), lang),
            "departure_order": word_length(time_limit("departure-order"), lang),
            "atip_complaint": word_length(time_limit("atip-complaint"), lang),
            **{key.replace("-", "_"): label for key, label in CASES.items()}}


def word_warnings(deadline: Deadline, lang: str = "en") -> list[str]:
    params = warning_params(lang)
    return [say(message_id, lang, **params) for message_id in deadline.warnings]
