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

import re
from datetime import date
from typing import Any

from calculators import interview, requests
from calculators import options as options_kind  # not `options`: the plan names its results so
from calculators.messages import format_date, has, note_fallback, say

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
    "judicial-review": ("fc-form-ir-1", "fc-leave-application", "fc-self-represented"),
    "stay-motion": ("fc-leave-application", "fc-self-represented"),
    "citizenship-judicial-review": ("citizenship-refused", "fc-form-ir-1", "fc-leave-application", "fc-self-represented"),
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
# The application's own page for a remedy and the kind refused (official_pages ids). Restoring a
# worker's status is asked for in a work permit application made in Canada (its page was found on
# canada.ca, 2026-12-06). A study permit's application page was not found with search: a student
# keeps the pages above.
APPLICATION_PAGES = {("restoration", "extension"): "visitor-record-apply",
                     ("reapply", "extension"): "visitor-record-apply",
                     ("restoration", "work-permit"): "work-permit-extend-apply"}
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


def days_text(days_left: int, lang: str) -> str:
    """"11 days left", "today is the day", "passed 4 days ago" (the plan's and the deadline result's words)."""
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
    # The application itself first, where its official page was found (official_pages): restoring
    # status or applying again as a visitor is a visitor record application.
    first = APPLICATION_PAGES.get((remedy, answers.get("application")))
    return ((first,) if first else ()) + SEND_PAGES.get(remedy, ())


def _help(province: str, lang: str, situation: str | None = None) -> list[dict]:
    try:
        from calculators import help_directory
    except ImportError:  # pragma: no cover
        return []
    def pick(value: dict) -> str:
        # The directory is written in English and French; another language shows the English,
        # listed as such so the page can mark it lang="en".
        if value.get(lang):
            return value[lang]
        note_fallback(value["en"])
        return value["en"]

    entries = []
    # A refugee-claim service only for a refugee claim (the answer "application").
    for entry in help_directory.for_region(province, situation):
        item = {
            "id": entry["id"],
            "name": pick(entry["name"]),
            "does": pick(entry["does"]),
            "serves": pick(entry["serves"]),
            "url": (entry.get("url_fr") or entry["url"]) if lang == "fr" else entry["url"],
        }
        # Phone numbers and hours only as the service's own page gives them (help_directory).
        if entry.get("phone"):
            item["phone"] = [{"number": phone["number"], "label": pick(phone["label"]), "tel": _tel(phone["number"])}
                             for phone in entry["phone"]]
        if entry.get("hours"):
            item["hours"] = pick(entry["hours"])
        entries.append(item)
    return entries


def _tel(number: str) -> str:
    """A tel: address for a North American number as a service writes it ("1.800.667.3764")."""
    digits = re.sub(r"\D", "", number)
    return "tel:+" + digits if len(digits) == 11 else "tel:+1" + digits


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
    item["open_until"] = _open_until(option, today)
    item["open_until_text"] = _worded(item["open_until"], lang)
    item["late"] = bool(item["open_until"]) and item["open_until"] != option.get("file_by")
    item["do"] = _do(remedy, answers, lang)
    item["date_text"] = None
    if days_left is not None:
        text = say("plan.act-by", lang, day=item["file_by_text"], left=days_text(days_left, lang),
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
    # The same guides with their titles as link text (issue 20 item 10: never a path as a label).
    item["links"]["more_links"] = [{"path": _site_path(more, lang), "label": say(f"plan.more.{_slug(more)}", lang)}
                                   for more in ([more] if more and more != guide else [])]
    return item


def _slug(path: str) -> str:
    return path.rstrip("/").rsplit("/", 1)[-1]


def _open_until(option: dict, today: date) -> str | None:
    """The last day the option can still be used: its act-by day; once that has passed, its legal
    last day (a Saturday, say) or the day it may move to (``may_extend_to``), if still to come."""
    for key in ("file_by", "last_day", "may_extend_to"):
        day = option.get(key)
        if day and date.fromisoformat(day) >= today:
            return day
    return None


def _do(remedy: str, answers: dict, lang: str) -> str:
    """The step's short name ("Appeal to the Refugee Appeal Division")."""
    variant = ".sponsored" if remedy == "iad-appeal" and answers.get("application") == "permanent-residence" else ""
    return _maybe(f"plan.do.{remedy}{variant}", lang) or say(f"plan.do.{remedy}", lang)


# Where the reader lives ("province") decides what can apply: someone outside Canada is not facing
# removal from it, and a warning about leaving Canada is for a claimant who is not here.
ONLY_IN_CANADA = ("stay-motion", "restoration")
WARNINGS_ONLY_ABROAD = ("warn.refugee-outside-canada-2026",)
# A temporary resident permit overcomes an inadmissibility or an unmet requirement of the Act for a
# reason that justifies it (IRPA s. 24(1), FACTS §4): shown where the answers name an inadmissibility
# (or do not know the grounds), or where the reader is in Canada without status or facing removal.
# Not after a refugee claim's rejection: no permit for 12 months (IRPA s. 24(4)); not on an ordinary refusal.
TRP_GROUNDS = ("misrepresentation", "serious-criminality", "organized-criminality", "security", "human-rights",
               "sanctions", "unknown")
TRP_APPLICATIONS = ("extension", "port-of-entry", "removal-order")


def _possible(option: dict, answers: dict, province: str) -> bool:
    """Whether the answers leave this option possible for the reader (issue 20 item 5)."""
    remedy = option["remedy"]
    if province == "outside-canada" and remedy in ONLY_IN_CANADA:
        return False
    if remedy == "trp":
        grounds = answers.get("grounds") or []
        grounds = grounds.split(",") if isinstance(grounds, str) else grounds
        return answers.get("application") in TRP_APPLICATIONS or any(g in TRP_GROUNDS for g in grounds)
    return True


def _warnings(warnings: list[str], province: str, lang: str) -> list[str]:
    if province == "outside-canada" or province == "unknown":
        return list(warnings)
    dropped = {say(message_id, lang) for message_id in WARNINGS_ONLY_ABROAD}
    return [warning for warning in warnings if warning not in dropped]


# When the first step depends on an answer the reader did not know: the other route, in the order
# (usual, other) for the same day, and the message ids plan.unless.<field>.<other> and plan.look.<field>.
UNSURE = {
    "no_credible_basis": ("rad-appeal", "judicial-review"),
    "sponsored_in_canada": ("iad-appeal", "judicial-review"),
    "removal_status": ("iad-appeal", "judicial-review"),
}


def _rank(option: dict, answers: dict) -> int:
    """On the same day, the usual route first (the RAD before the court when unsure of 'no credible basis')."""
    for field, (usual, _) in UNSURE.items():
        if answers.get(field) == "unknown" and option["remedy"] == usual:
            return 0
    return 1


def _alternative(first: dict, still: list[dict], answers: dict) -> dict | None:
    for field, pair in UNSURE.items():
        if answers.get(field) != "unknown" or first["remedy"] not in pair:
            continue
        other = pair[1] if first["remedy"] == pair[0] else pair[0]
        found = next((o for o in still if o["remedy"] == other), None)
        if found is not None:
            return {"field": field, "option": found}
    return None


def _headline_facts(options: list[dict], answers: dict, today: date) -> dict:
    """Which headline applies, as ids and dates (worded by ``_word_headline``): the earliest step still
    open (issue 20 items 1-3), the route to take instead if an unknown answer is otherwise, the passed
    dates listed under it; when every date has passed, the earliest with what can still be done."""
    still = sorted((o for o in options if o.get("open_until")), key=lambda o: (o["open_until"], _rank(o, answers)))
    passed = [o for o in options if o.get("file_by") and not o.get("open_until")]
    if still:
        first = still[0]
        case = "late" if first["late"] else "today" if first["open_until"] == today.isoformat() else "open"
        return {"case": case, "first": first, "alternative": _alternative(first, still, answers),
                "passed": passed, "steps": still}
    if passed:
        return {"case": "passed", "first": passed[0], "alternative": None, "passed": passed[1:], "steps": []}
    return {"case": "none", "first": None, "alternative": None, "passed": [], "steps": []}


# Remedies with a time limit: shown without a date only when an answer is missing (the letter's date, the
# program), so the headline must not say there is no date (LAW-QA). A PRRA has no date until it is offered.
TIME_LIMITED = ("judicial-review", "citizenship-judicial-review", "iad-appeal", "rad-appeal", "rad-record",
                "restoration", "departure-order", "provincial-review", "quebec-taq", "quebec-superior-court")


def _left(day: str, today: date, lang: str) -> tuple[int, str]:
    days = (date.fromisoformat(day) - today).days
    return days, days_text(days, lang)


def _word_headline(facts: dict, undated: list[dict], today: date, lang: str) -> dict:
    """The headline of ``_headline_facts``, worded (CONTRIBUTING.md §2, "headline")."""
    first = facts["first"]
    if first is None:
        missing = any(o["remedy"] in TIME_LIMITED for o in undated)
        return {"state": "none", "case": "missing-date" if missing else "none", "remedy": None, "title": None,
                "do": None, "file_by": None, "file_by_text": None, "last_day": None, "last_day_text": None,
                "by": None, "by_text": None, "days_left": None, "left_text": None,
                "text": say("plan.headline.missing-date" if missing else "plan.headline.none", lang),
                "look": None, "alternative": None, "passed": [], "next": None}
    case = facts["case"]
    by = first["open_until"] or first["file_by"]
    days_left, left_text = _left(by, today, lang)
    by_text = _worded(by, lang)
    if case == "open":
        text = say("plan.headline.open", lang, do=first["do"], day=by_text, left=left_text)
    elif case == "today":
        text = say("plan.headline.open-today", lang, do=first["do"], day=by_text)
    elif case == "late":
        text = say("plan.headline.late", lang, passed=first["file_by_text"], day=by_text, left=left_text, do=first["do"])
        if has(f"plan.passed.{first['remedy']}", lang):
            text += " " + say(f"plan.passed.{first['remedy']}", lang)
    else:
        help_id = f"plan.passed.{first['remedy']}"
        text = say("plan.headline.passed-help", lang, day=first["file_by_text"],
                   help=say(help_id if has(help_id, lang) else "plan.passed.get-help", lang))
    alternative = look = None
    if facts["alternative"]:
        other, field = facts["alternative"]["option"], facts["alternative"]["field"]
        condition_id = f"plan.unless.{field}.{other['remedy']}"
        if has(condition_id, lang):
            other_by = other["open_until"]
            other_left, other_left_text = _left(other_by, today, lang)
            do = other["do"][:1].lower() + other["do"][1:] if lang in ("en", "fr") else other["do"]
            words = (say("plan.headline.unless-same-day", lang, condition=say(condition_id, lang), do=do)
                     if other_by == by else
                     say("plan.headline.unless", lang, condition=say(condition_id, lang), do=do,
                         day=_worded(other_by, lang), left=other_left_text))
            look = _maybe(f"plan.look.{field}", lang)
            alternative = {"remedy": other["remedy"], "field": field, "do": other["do"], "by": other_by,
                           "by_text": _worded(other_by, lang), "days_left": other_left, "text": words}
    passed = [{"remedy": o["remedy"], "do": o["do"], "file_by": o["file_by"], "file_by_text": o["file_by_text"],
               "text": say("plan.headline.passed-under", lang, do=o["do"], day=o["file_by_text"])}
              for o in facts["passed"]]
    return {"state": "late" if case == "late" else "passed" if case == "passed" else first["state"],
            "case": case, "remedy": first["remedy"], "title": first["title"], "do": first["do"],
            "file_by": first["file_by"], "file_by_text": first["file_by_text"], "last_day": first["last_day"],
            "last_day_text": first["last_day_text"], "by": by, "by_text": by_text, "days_left": days_left,
            "left_text": left_text, "text": text, "look": look, "alternative": alternative, "passed": passed,
            "next": None}


def _first_steps(facts: dict, options: list[dict], today: date, lang: str) -> list[dict]:
    """'Do this first': one to three steps with their dates — the steps still open, earliest first
    (after the headline's, its alternative); when every date has passed, the late step; then, to make
    three, an undated step that certainly applies (asking for the notes, applying again)."""
    chosen: list[dict] = []
    if facts["first"] is not None:
        chosen.append(facts["first"])
    if facts["alternative"]:
        chosen.append(facts["alternative"]["option"])
    chosen += [o for o in facts["steps"] if o not in chosen]
    chosen += [o for o in options if not o.get("file_by") and o.get("status") == "yes" and o not in chosen]
    steps = []
    for option in chosen[:3]:
        by = option.get("open_until")
        days, left = _left(by, today, lang) if by else (None, None)
        passed = bool(option.get("file_by")) and not by
        case = "passed" if passed else "undated" if not by else "late" if option.get("late") else "dated"
        steps.append({"remedy": option["remedy"], "case": case, "do": option["do"], "by": by,
                      "by_text": _worded(by, lang), "days_left": days, "left_text": left,
                      "text": say(f"plan.step.{case}", lang, do=option["do"], day=_worded(by, lang), left=left)})
    return steps


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
    open_options = [o for o in open_options if _possible(o, answers, province)]
    dated = sorted((o for o in open_options if o["file_by"]),
                   key=lambda o: (o["file_by"], _rank(o, engine), o["last_day"] or ""))
    for option in open_options:
        # Folded under "Also possible": a step without a date that may not apply (status maybe).
        option["fold"] = not option["file_by"] and option.get("status") == "maybe"
    undated = [o for o in open_options if not o["file_by"]]
    ordered = dated + [o for o in undated if not o["fold"]] + [o for o in undated if o["fold"]]
    facts = _headline_facts(ordered, engine, today)
    return {
        "kind": "plan",
        "today": today.isoformat(),
        "today_text": format_date(today, lang),
        "headline": _word_headline(facts, undated, today, lang),
        "first_steps": _first_steps(facts, ordered, today, lang),
        "options": ordered,
        "closed": closed,
        "passed_help": _passed_help(ordered, lang),
        "help": _help(province, lang, answers.get("application")),
        "answers": interview.answers_list(answers, lang),
        "warnings": _warnings(options.get("warnings", []), province, lang),  # with the engine's check of a mistyped year
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
    head = result["headline"]
    lines = [head["text"]]
    if head["alternative"]:
        lines.append(head["alternative"]["text"])
    if head["look"]:
        lines.append(head["look"])
    lines += [item["text"] for item in head["passed"]]
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
