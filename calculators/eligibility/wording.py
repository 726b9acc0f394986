"""Findings into sentences: every legal number a message may name comes from the rules.
"""

from __future__ import annotations

from calculators.eligibility.core import Finding
from calculators.messages import say
from calculators.rules import CASES
from calculators.wording import fee_text, word_length


def limit_params(lang: str = "en") -> dict[str, str]:
    """Every legal number the option wording may name, from the rules."""
    from calculators import rules
    from calculators.messages import format_date
    from calculators.rules import TIME_LIMITS

    params = {limit.id.replace("-", "_"): word_length(limit, lang) for limit in TIME_LIMITS}
    params.update({key.replace("-", "_"): label for key, label in CASES.items()})
    months, unit, _ = rules.SERIOUS_CRIMINALITY_MIN_IMPRISONMENT
    params["serious_criminality_months"] = say(f"unit.{unit}", lang, n=months)
    params["notes_with_refusals_since"] = format_date(rules.IRCC_SENDS_NOTES_WITH_REFUSALS_SINCE, lang)
    params["atip_fee"] = fee_text("atip-request", lang)
    from calculators.messages import long_date

    params.update({fact.id.replace("-", "_"): long_date(fact.day, lang) for fact in rules.DATED_FACTS})
    return params


def word_finding(finding: Finding, lang: str = "en", limits: dict[str, str] | None = None) -> str:
    """``limits``: ``limit_params(lang)`` when the caller words many findings (worked out once: wording
    them took four fifths of a plan's time, in the browser too)."""
    params = {**(limit_params(lang) if limits is None else limits), **finding.params}
    if "fee_id" in params:
        params["fee"] = fee_text(params.pop("fee_id"), lang)
    if "grounds" in params:
        params["grounds"] = ", ".join(say(f"ground.{g}", lang) for g in params["grounds"])
    if "appeal" in params:
        params["appeal"] = say(f"appeal-name.{params['appeal']}", lang)
    if finding.id == "passed.headline":
        params["days"] = say("unit.days.one" if params["days"] == 1 else "unit.days", lang, n=params["days"])
    return say(finding.id, lang, **params)
