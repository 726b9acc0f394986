"""From the interview's answers to an action plan: what to do by which date, and how.

``plan(request, lang)`` (API kind ``plan``) builds on the options result — the very function
the ``options`` kind uses (``options.options``), so the plan's dates are the engine's dates — and
adds what a reader needs to act: the first act-by date with the days left from ``today`` (the
device's date), each open option in date order with what to gather, where to send it (the
official pages of ``calculators.official_pages``), whether they may stay meanwhile, what does
not stop the clock, and links to the guide, the template and help
(``calculators.help_directory.for_region``). ``plan_ics`` (kind ``plan-ics``) is the plan as
one calendar file. Shapes: CONTRIBUTING.md §2.

Arithmetic first (dates, states, which texts apply, as ids), then wording through the message
catalogue (``messages/plan_*.py``). No legal number is written here or in the messages: the
options' reasons carry them from ``calculators.rules``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from calculators import interview, requests
from calculators import options as options_kind  # not `options`: the plan names its results so
from calculators.messages import format_date, has, say

# Request fields that are the plan's own, not answers for the options engine.
PLAN_FIELDS = ("kind", "lang", "today", "province", "page")
REGIONS = (*interview.PROVINCES, "outside-canada", "unknown")

# The guide page for each remedy (paths under the site root of the request's language).
GUIDES = {
    "judicial-review": "remedies/judicial-review/",
    "iad-appeal": "remedies/appeal-iad/",
    "reconsideration": "remedies/reconsideration/",
    "reapply": "remedies/reapply/",
    "restoration": "remedies/restoration/",
    "trp": "remedies/temporary-resident-permit/",
    "notes-request": "remedies/notes-gcms/",
    "rad-appeal": "remedies/refugee-claim/",
    "prra": "remedies/removal-order/",  # its sections on the PRRA and on H&C
    "humanitarian": "remedies/removal-order/",
    "stay-motion": "remedies/removal-order/",
    "departure-order": "remedies/removal-order/",
    "citizenship-judicial-review": "remedies/citizenship/",
    "provincial-review": "remedies/provincial-programs/",
    "quebec-taq": "remedies/provincial-programs/",
    "quebec-superior-court": "remedies/provincial-programs/",
    "rad-record": "remedies/refugee-claim/",
}
TEMPLATES = {
    "reconsideration": "fill-in/reconsideration-request/",
    "reapply": "fill-in/letter-of-explanation/",
    "notes-request": "fill-in/notes-request-checklist/",
}
HELP_PAGE = "help/get-help/"
# A guide about the reader's situation as a whole, offered with every option.
SITUATION_GUIDES = {
    "removal-order": "remedies/removal-order/",
    "refugee-claim": "remedies/refugee-claim/",
    "citizenship": "remedies/citizenship/",
    "port-of-entry": "remedies/port-of-entry/",
    "provincial-nominee": "remedies/provincial-programs/",
    "quebec": "remedies/provincial-programs/",
}
# Official pages (calculators.official_pages ids) for sending each remedy.
SEND_PAGES = {
    "judicial-review": ("fc-leave-application", "fc-self-represented"),
    "stay-motion": ("fc-leave-application", "fc-self-represented"),
    "citizenship-judicial-review": ("citizenship-refused", "fc-leave-application", "fc-self-represented"),
    "rad-appeal": ("rad-appeal",),
    "rad-record": ("rad-appeal",),
    "restoration": ("restoration", "ircc-fees"),
    "trp": ("trp", "ircc-fees"),
    "notes-request": ("privacy-request", "atip-request"),  # the free request for one's own file first (FACTS §5)
    "prra": ("prra",),
    "humanitarian": ("h-and-c", "ircc-fees"),
    "reconsideration": ("ircc-webform",),
    "reapply": ("ircc-fees",),
    "departure-order": ("authorization-to-return",),
    "quebec-taq": ("taq",),
}
IAD_PAGES = {"iad-sponsorship": "iad-appeal-sponsorship", "iad-removal-order": "iad-appeal-removal-order",
             "iad-residency-obligation": "iad-appeal-residency"}
IAD_PAGES_BY_APPLICATION = {"sponsorship": "iad-appeal-sponsorship", "permanent-residence": "iad-appeal-sponsorship",
                            "residency-obligation": "iad-appeal-residency"}
PROVINCIAL_PAGES = {"on": "oinp-review", "bc": "bcpnp-review", "ab": "aaip-reconsideration",
                    "sk": "sinp-review", "mb": "mpnp"}
# What to gather: message ids plan.gather.<remedy>.<n>, n = 1, 2, ... (counted from the catalogue).
# What a reader can still do when an option's date has passed (message plan.passed.<remedy>),
# with the provision that allows it.
PASSED_HELP = {
    "judicial-review": ("IRPA s. 72(2)(c)", "FCIR r. 6"),
    "citizenship-judicial-review": ("Citizenship Act s. 22.1",),
    "iad-appeal": ("IAD Rules r. 4",),
    "rad-appeal": ("IRPR s. 159.91(2)",),
    "rad-record": ("IRPR s. 159.91(2)",),
    "prra": ("IRPR s. 162", "IRPR s. 232"),
    "restoration": ("IRPR s. 182(1)",),
    "departure-order": ("IRPR s. 224(2)",),
    "provincial-review": (),
    "quebec-taq": (),
    "quebec-superior-court": (),
}


def _worded(day: str | None, lang: str) -> str | None:
    return format_date(date.fromisoformat(day), lang) if day else None


def _state(days_left: int | None) -> str:
    if days_left is None:
        return "none"
    return "future" if days_left > 0 else "today" if days_left == 0 else "passed"


def _days_text(days_left: int, lang: str) -> str:
    if days_left == 0:
        return say("plan.today", lang)
    if days_left < 0:
        return say("plan.passed-days.one" if days_left == -1 else "plan.passed-days", lang, n=-days_left)
    return say("plan.days-left.one" if days_left == 1 else "plan.days-left", lang, n=days_left)


def _lines(prefix: str, lang: str) -> list[str]:
    lines, n = [], 1
    while has(f"{prefix}.{n}", lang):
        lines.append(say(f"{prefix}.{n}", lang))
        n += 1
    return lines


def _maybe(message_id: str, lang: str) -> str | None:
    return say(message_id, lang) if has(message_id, lang) else None


def _site_path(path: str | None, lang: str) -> str | None:
    if path is None:
        return None
    return path if lang == "en" else f"{lang}/{path}"


def _official(page_id: str, lang: str) -> dict:
    """An official page from calculators.official_pages (resolved at call time)."""
    try:
        from calculators import official_pages
    except ImportError:  # pragma: no cover - the module ships with the package
        return {"id": page_id, "label": page_id, "url": None, "form": None, "how": None, "search_hint": None}
    try:
        return official_pages.page(page_id, lang)
    except KeyError:
        return {"id": page_id, "label": page_id, "url": None, "form": None, "how": None, "search_hint": None}


def _send_pages(option: dict, answers: dict) -> tuple[str, ...]:
    remedy = option["remedy"]
    if remedy == "iad-appeal":
        page = IAD_PAGES.get(option.get("rule") or "") or IAD_PAGES_BY_APPLICATION.get(answers.get("application"),
                                                                                         "iad-appeal-removal-order")
        return (page,)
    if remedy == "provincial-review":
        page = PROVINCIAL_PAGES.get(answers.get("province_program"))
        return (page,) if page else ()
    return SEND_PAGES.get(remedy, ())


def _help(province: str, lang: str, situation: str | None = None) -> list[dict]:
    try:
        from calculators import help_directory
    except ImportError:  # pragma: no cover
        return []
    entries = []
    # A refugee-claim service only for a refugee claim (the answer "application").
    for entry in help_directory.for_region(province, situation):
        pick = (lambda value: value.get(lang) or value.get("en")) if lang != "en" else (lambda value: value["en"])
        entries.append({
            "id": entry["id"],
            "name": pick(entry["name"]),
            "does": pick(entry["does"]),
            "serves": pick(entry["serves"]),
            "url": (entry.get("url_fr") or entry["url"]) if lang == "fr" else entry["url"],
        })
    return entries


def _options(answers: dict, today: date, lang: str) -> dict:
    """The options result for these answers: exactly what the ``options`` kind answers."""
    request = {**answers, "kind": "options", "today": today.isoformat(), "lang": lang}
    try:
        return options_kind.options(request, lang)
    except requests.InputError as problem:
        # An engine that still needs ``decided`` for a refusal the interview does not ask it for:
        # "unknown" gives the safe (shorter) limit.
        if problem.field == "decided" and "decided" not in answers:
            return options_kind.options({**request, "decided": "unknown"}, lang)
        raise


def _spelled(labels: list[str], lang: str) -> list[dict]:
    """Citations spelled out ("The Immigration and Refugee Protection Act s. 72(2)(b)"), one click
    from the text (issue 12), from the engine's English labels."""
    from calculators.messages import long_label
    from calculators.rules import citation

    spelled = []
    for label in labels:
        text = long_label(label, lang)
        spelled.append({"label": text[:1].upper() + text[1:], "url": citation(label, lang).url})
    return spelled


def _open_option(option: dict, answers: dict, today: date, lang: str) -> dict:
    remedy = option["remedy"]
    days_left = (date.fromisoformat(option["file_by"]) - today).days if option.get("file_by") else None
    item = dict(option)
    item["days_left"] = days_left
    item["state"] = _state(days_left)
    item["file_by_text"] = _worded(option.get("file_by"), lang)
    item["last_day_text"] = _worded(option.get("last_day"), lang)
    item["may_extend_to_text"] = _worded(option.get("may_extend_to"), lang)
    item["date_text"] = None
    if days_left is not None:
        text = say("plan.act-by", lang, day=item["file_by_text"], left=_days_text(days_left, lang),
                   last_day=item["last_day_text"])
        if item["may_extend_to_text"]:
            text += " " + say("plan.may-extend-to", lang, day=item["may_extend_to_text"])
        item["date_text"] = text
    # The person sponsored reads the plan, but only the sponsor can appeal (IRPA s. 63(1); FACTS §3 New).
    variant = ".sponsored" if remedy == "iad-appeal" and answers.get("application") == "permanent-residence" else ""
    item["summary"] = (_maybe(f"plan.summary.{remedy}{variant}", lang) or _maybe(f"plan.summary.{remedy}", lang)
                       or option["title"])
    item["why"] = list(option.get("reasons", []))
    item["gather"] = _lines(f"plan.gather.{remedy}", lang)
    send = _maybe(f"plan.send.{remedy}{variant}", lang) or _maybe(f"plan.send.{remedy}", lang)
    if send and option.get("file_by") is None and (remedy in TIME_LIMITED or remedy == "prra"):
        send += " " + say("plan.send.no-date-yet", lang)  # "by your act-by date" with no date shown (LAW-QA)
    item["send"] = {"text": send,
                    "links": [_official(page_id, lang) for page_id in _send_pages(option, answers)]}
    item["meanwhile"] = _maybe(f"plan.meanwhile.{remedy}", lang)
    item["clock"] = _maybe(f"plan.clock.{remedy}", lang)
    more = SITUATION_GUIDES.get(answers.get("application"))
    if answers.get("sponsored_in_canada") == "yes":
        more = "remedies/spouse-in-canada/"
    guide = GUIDES.get(remedy)
    item["links"] = {
        "guide": _site_path(guide, lang),
        "template": _site_path(TEMPLATES.get(remedy), lang),
        "help": _site_path(HELP_PAGE, lang),
        "more": [_site_path(more, lang)] if more and more != guide else [],
    }
    return item


# Remedies with a time limit: shown without a date only when an answer is missing (the letter's date, the
# program), so the headline must not say there is no date (LAW-QA). A PRRA has no date until it is offered.
TIME_LIMITED = ("judicial-review", "citizenship-judicial-review", "iad-appeal", "rad-appeal", "rad-record",
                "restoration", "departure-order", "provincial-review", "quebec-taq", "quebec-superior-court")


def _headline(dated: list[dict], lang: str, undated: list[dict] = ()) -> dict:
    if not dated:
        missing = any(o["remedy"] in TIME_LIMITED for o in undated)
        return {"state": "none", "remedy": None, "title": None, "file_by": None, "file_by_text": None,
                "last_day": None, "last_day_text": None, "days_left": None,
                "text": say("plan.headline.missing-date" if missing else "plan.headline.none", lang), "next": None}
    first = dated[0]
    state = first["state"]
    text = say(f"plan.headline.{state}", lang, day=first["file_by_text"], left=_days_text(first["days_left"], lang))
    upcoming = next((o for o in dated if o["state"] != "passed"), None)
    following = None
    if state == "passed" and upcoming is not None:
        following = {"remedy": upcoming["remedy"], "title": upcoming["title"], "file_by": upcoming["file_by"],
                     "file_by_text": upcoming["file_by_text"], "days_left": upcoming["days_left"],
                     "text": say("plan.headline.next", lang, title=upcoming["title"], day=upcoming["file_by_text"],
                                 left=_days_text(upcoming["days_left"], lang))}
    return {"state": state, "remedy": first["remedy"], "title": first["title"], "file_by": first["file_by"],
            "file_by_text": first["file_by_text"], "last_day": first["last_day"],
            "last_day_text": first["last_day_text"], "days_left": first["days_left"], "text": text,
            "next": following}


def _passed_help(options: list[dict], lang: str) -> list[dict]:
    from calculators.messages import cite_label

    passed = [o for o in options if o["state"] == "passed"]
    if not passed:
        return []
    found = []
    for option in passed:
        remedy = option["remedy"]
        if remedy in PASSED_HELP and has(f"plan.passed.{remedy}", lang):
            found.append({"remedy": remedy, "text": say(f"plan.passed.{remedy}", lang),
                          "citations": [cite_label(label, lang) for label in PASSED_HELP[remedy]]})
    if any(o["remedy"] == "reapply" for o in options):
        found.append({"remedy": "reapply", "text": say("plan.passed.reapply", lang), "citations": []})
    found.append({"remedy": None, "text": say("plan.passed.get-help", lang), "citations": []})
    return found


def _inputs(request: dict) -> tuple[date, str, dict, dict]:
    """(today, province, the answers the interview counts, the engine's answers)."""
    today = requests.parse_date(request.get("today"), "today")
    province = request.get("province") or "unknown"
    if not isinstance(province, str) or province not in REGIONS:
        raise requests.InputError("province", "error.not-allowed", field="province", allowed=", ".join(REGIONS))
    given = {key: value for key, value in request.items() if key not in PLAN_FIELDS}
    # Answers to interview questions count only when the question is asked; other fields
    # (for example ``status_lost``) go to the engine as they are.
    engine = {key: value for key, value in given.items() if key not in interview.FIELDS}
    engine.update(interview.engine_answers(given))
    return today, province, {**given, "province": province}, engine


def plan(request: dict, lang: str = "en") -> dict:
    """The ``plan`` kind (CONTRIBUTING.md §2)."""
    today, province, answers, engine = _inputs(request)
    options = _options(engine, today, lang)
    # The engine's labels in English (stable ids), to spell each citation out in ``lang``.
    english = options if lang == "en" else _options(engine, today, "en")
    open_options, closed = [], []
    for option, labels in zip(options["options"], (o["citations"] for o in english["options"])):
        if option.get("status") == "no" or option.get("available") is False:
            item = {key: option.get(key) for key in ("remedy", "title", "status", "reasons", "citations",
                                                     "citation_links")}
        else:
            item = _open_option(option, engine, today, lang)
        item["citations_spelled"] = _spelled(labels, lang)
        (closed if item.get("status") == "no" or option.get("available") is False else open_options).append(item)
    dated = sorted((o for o in open_options if o["file_by"]), key=lambda o: (o["file_by"], o["last_day"] or ""))
    undated = [o for o in open_options if not o["file_by"]]
    ordered = dated + undated
    return {
        "kind": "plan",
        "today": today.isoformat(),
        "today_text": format_date(today, lang),
        "headline": _headline(dated, lang, undated),
        "options": ordered,
        "closed": closed,
        "passed_help": _passed_help(ordered, lang),
        "help": _help(province, lang, answers.get("application")),
        "answers": interview.answers_list(answers, lang),
        "warnings": list(options.get("warnings", [])),  # with the engine's check of a mistyped year
        "assumptions": list(options.get("assumptions", [])),
    }


def page_address(request: dict) -> str | None:
    page = request.get("page")
    if page in (None, ""):
        return None
    if not isinstance(page, str) or len(page) > 500 or not page.startswith(("https://", "http://", "file://")):
        raise requests.InputError("page", "plan.error.page")
    return page.split("#")[0].split("?")[0]  # never the reader's answers


def plan_ics(request: dict, lang: str = "en") -> dict:
    """The ``plan-ics`` kind: one calendar file for every dated open option still to come."""
    from calculators import ics

    page = page_address(request)
    result = plan(request, lang)
    today = date.fromisoformat(result["today"])
    events = [ics.PlanEvent(date.fromisoformat(o["file_by"]), date.fromisoformat(o["last_day"]),
                            date.fromisoformat(o["may_extend_to"]) if o["may_extend_to"] else None)
              for o in result["options"] if o["file_by"] and o["state"] != "passed"]
    if not events:
        raise requests.InputError("today", "plan.error.no-dates")
    return {"kind": "ics", "filename": ics.plan_filename(events),
            "content": ics.plan_calendar(events, today, page, lang)}


def word_plan(result: dict, lang: str = "en") -> list[str]:
    """The plan as lines of text (the CLI)."""
    lines = [result["headline"]["text"]]
    if result["headline"]["next"]:
        lines.append(result["headline"]["next"]["text"])
    lines.append("")
    for n, option in enumerate(result["options"], 1):
        lines.append(f"{n}. {option['title']} — {option['summary']}")
        if option["date_text"]:
            lines.append(f"   {option['date_text']}")
        for heading, items in (("plan.cli.why", option["why"]), ("plan.cli.gather", option["gather"])):
            if items:
                lines.append("   " + say(heading, lang))
                lines += [f"     - {item}" for item in items]
        if option["send"]["text"] or option["send"]["links"]:
            lines.append("   " + say("plan.cli.send", lang))
            if option["send"]["text"]:
                lines.append(f"     {option['send']['text']}")
            for link in option["send"]["links"]:
                colon = "\u00a0: " if lang == "fr" else ": "  # French puts a no-break space before the colon
                lines.append(f"     - {link['label']}{colon}{link['url'] or link.get('search_hint') or ''}".rstrip(": \u00a0"))
        for heading, text in (("plan.cli.meanwhile", option["meanwhile"]), ("plan.cli.clock", option["clock"])):
            if text:
                lines.append("   " + say(heading, lang) + " " + text)
        links = [option["links"]["guide"], option["links"]["template"], *option["links"]["more"]]
        lines.append("   " + say("plan.cli.read", lang) + " " + ", ".join(link for link in links if link))
        lines.append("")
    if result["passed_help"]:
        lines.append(say("plan.cli.passed", lang))
        lines += [f"  - {item['text']}" for item in result["passed_help"]]
        lines.append("")
    if result["closed"]:
        lines.append(say("plan.cli.closed", lang))
        for option in result["closed"]:
            lines.append(f"  - {option['title']}")
            lines += [f"      {reason}" for reason in option["reasons"]]
        lines.append("")
    if result["help"]:
        lines.append(say("plan.cli.help", lang))
        colon = "\u00a0: " if lang == "fr" else ": "
        lines += [f"  - {entry['name']}{colon}{entry['url']}" for entry in result["help"]]
        lines.append("")
    for heading, items in (("plan.cli.assumptions", result["assumptions"]), ("plan.cli.warnings", result["warnings"])):
        if items:
            lines.append(say(heading, lang))
            lines += [f"  - {item}" for item in items]
            lines.append("")
    lines.append(say("plan.cli.answers", lang))
    lines += [f"  - {row['question']} {row['answer']}" for row in result["answers"]]
    return lines + ["", say("plan.cli.not-advice", lang)]
