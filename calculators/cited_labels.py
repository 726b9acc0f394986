"""Every citation label the engine can print, collected from the rules and by asking the engine.

``rule_labels()`` reads the tables (time limits, fees, dated facts, calendars, quotes);
``printed_labels()`` runs the deadline, options and plan kinds over a fixed sweep of requests
(every remedy and place; every application with each answer changed one at a time; dates both
ahead and passed) and gathers the English labels of every option, closed option, passed-option
help and deadline. The extract (scripts/extract_law.py) holds every section these name, and
tests check each resolves (tests/unit/test_law_text.py).
"""

from __future__ import annotations

from functools import lru_cache

NOTIFIED = "2026-03-02"
TODAYS = ("2026-03-04", "2026-12-20")  # just after the letter, and when every date has passed


def rule_labels() -> set[str]:
    from calculators import calendar, law_quotes, rules

    labels = {rules.SERIOUS_CRIMINALITY_MIN_IMPRISONMENT[2]}
    for limit in rules.TIME_LIMITS:
        labels.update((limit.source, *limit.also))
    for fee in rules.FEES:
        labels.update((fee.source, *fee.also))
    for fact in rules.DATED_FACTS:
        labels.update((fact.source, *fact.also))
    labels.update((calendar.IA_HOLIDAYS, calendar.FCR_HOLIDAYS, calendar.SEASONAL_RECESS,
                   *calendar.NON_WORKING_DAY_SOURCES))
    labels.update(quote.label for quote in law_quotes.QUOTES.values())
    return labels


def _requests() -> list[dict]:
    from calculators import api, eligibility

    requests: list[dict] = []
    for remedy in api.handle({"kind": "remedies"}).get("remedies", ()):
        wheres = ("in-canada", "outside-canada", "unknown") if remedy.get("needs_where") else (None,)
        for where in wheres:
            request = {"kind": "deadline", "remedy": remedy["remedy"], "from": NOTIFIED}
            if where:
                request["where"] = where
            requests.append(request)
    variations: list[dict] = [{}]
    variations += [{"decided": value} for value in eligibility.DECIDED]
    variations += [{"grounds": [value]} for value in eligibility.GROUNDS]
    variations += [{"relationship": value} for value in eligibility.RELATIONSHIPS]
    for field, values in eligibility.CHOICE_FIELDS.items():
        variations += [{field: value} for value in values]
    variations += [{field: NOTIFIED} for field in eligibility.DATE_FIELDS]
    variations += [{"status_lost": NOTIFIED}, {"permit_expiry": "2026-01-10", "applied_before_expiry": "yes",
                                                "decision_made": NOTIFIED}]
    for application in eligibility.APPLICATIONS:
        for variation in variations:
            requests.append({"kind": "options", "application": application, "notified": NOTIFIED,
                             "decided": "unknown", **variation})
            for today in (TODAYS if not variation else TODAYS[:1]):
                requests.append({"kind": "plan", "application": application, "notified": NOTIFIED,
                                 "decided": "unknown", "today": today, "province": "on", **variation})
    return requests


def _labels_in(answer: dict) -> set[str]:
    found: set[str] = set(answer.get("citations") or ())
    for group in ("options", "closed", "passed_help"):
        for item in answer.get(group) or ():
            found.update(item.get("citations") or ())
    return found


@lru_cache(maxsize=1)
def printed_labels() -> frozenset[str]:
    """English labels of every citation the engine printed over the sweep."""
    from calculators import api

    labels: set[str] = set()
    for request in _requests():
        answer = api.handle({**request, "lang": "en"})
        labels |= _labels_in(answer)
    return frozenset(labels)


def all_labels() -> set[str]:
    return rule_labels() | set(printed_labels())
