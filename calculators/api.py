"""The one JSON boundary (CONTRIBUTING.md §2): a request dict in, a result dict out.

The browser (through Pyodide) and the CLI call only ``handle`` / ``handle_json``. ``handle``
never raises: bad input gives ``{"error": {"field": <name or None>, "message": <sentence>}}``.
Dates are ISO strings ("2026-09-15"). Every result is plain JSON data.
"""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

from calculators import deadline_answers, interview, options, plan
from calculators.messages import CATALOGUES, DEFAULT_LANG, has, month_name, record_fallbacks, say
from calculators.messages.languages import language_code
# Re-exported: callers that check a date or catch a bad field (the CLI) know only this boundary.
from calculators.requests import FIRST_YEAR, ISO_DATE, LAST_YEAR, InputError, parse_date  # noqa: F401

KINDS = ("deadline", "options", "ics", "remedies", "interview", "plan", "plan-ics")
_HANDLERS = {
    "deadline": deadline_answers.deadline,
    "options": options.options,
    "ics": deadline_answers.calendar,
    "remedies": deadline_answers.remedies,
    "interview": lambda request, lang: interview.interview(lang),
    "plan": plan.plan,
    "plan-ics": plan.plan_ics,
}


def error(field: str | None, message_id: str, lang: str = DEFAULT_LANG, /, **params: Any) -> dict:
    specific = f"{message_id}.{field}"
    if field and has(specific, lang):
        message_id = specific
    return {"error": {"field": field, "message": say(message_id, lang, **params)}}


_LANG_TAG = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*")  # BCP 47-ish: "fr", "fr-CA", "en_US", "zh-Hans-CN"


def language(value: Any) -> str | None:
    """The catalogue for a request's ``lang``: absent -> English; "fr", "fr-CA" -> "fr"; "pt-br" -> "pt-BR";
    "zh-CN", "zh-Hans" -> "zh"; "ar-EG" -> "ar"; unknown -> None."""
    if value is None:
        return DEFAULT_LANG
    if not isinstance(value, str) or _LANG_TAG.fullmatch(value) is None:
        return None
    code = language_code(value)
    return code if code in CATALOGUES else None


def handle(request: Any) -> dict:
    """Answer one request in its ``lang`` (English by default; CATALOGUES lists the others). Never raises.

    An answer in a language whose catalogue lacks some of its sentences (a translation missing or
    out of date) says them in English and lists them under ``"in_english"``, so the page can mark them.
    """
    with record_fallbacks() as in_english:
        answer = _handle(request)
    if in_english and isinstance(answer, dict) and "error" not in answer:
        # Only sentences the answer shows whole: an English fragment inside a translated sentence
        # (a holiday's name, "15 days") cannot be marked, and may come from a cache, said once.
        shown = set(_strings(answer)) & set(in_english)
        if shown:
            answer["in_english"] = sorted(shown)
    return answer


def _strings(value: Any):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _handle(request: Any) -> dict:
    lang = DEFAULT_LANG
    try:
        if not isinstance(request, dict):
            return error(None, "error.not-an-object")
        requested = language(request.get("lang"))
        if requested is None:  # said in both languages (we cannot know which one the reader reads)
            return error("lang", "error.not-allowed", DEFAULT_LANG, field="lang", allowed=", ".join(CATALOGUES))
        lang = requested
        kind = request.get("kind")
        if not isinstance(kind, str) or kind not in _HANDLERS:
            return error("kind", "error.not-allowed", lang, field="kind", allowed=", ".join(KINDS))
        return _HANDLERS[kind](request, lang)
    except InputError as problem:
        params = dict(problem.params)
        if "month_number" in params:  # the month is named in the reader's language
            params["month"] = month_name(params["month_number"], lang)
        return error(problem.field, problem.message_id, lang, **params)
    except Exception:  # the boundary must answer, whatever happens inside
        return error(None, "error.internal", lang)


def wording(message_id: str, lang: str = DEFAULT_LANG, **params: Any) -> str:
    """A message from the catalogue, for callers that word a result (the CLI). ISO dates are written out."""
    for key, value in params.items():
        if isinstance(value, str) and ISO_DATE.fullmatch(value):
            try:
                params[key] = date.fromisoformat(value)
            except ValueError:
                pass
    return say(message_id, lang, **params)


def handle_json(text: str) -> str:
    """``handle`` for callers that speak JSON text (the browser)."""
    try:
        request = json.loads(text)
    except (TypeError, ValueError, RecursionError):
        return json.dumps(error(None, "error.not-json"), ensure_ascii=False)
    return json.dumps(handle(request), ensure_ascii=False)
