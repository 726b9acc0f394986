"""All wording, by message id and language. Code computes; this package words the result.

``say(message_id, lang="en", **params)`` fills a message from the catalogue of ``lang``
(falling back to English while a translation is incomplete; tests/unit/test_wording_fr.py
checks the French catalogue has every key). Dates passed as params are written the way the
language writes them ("Tue 15 Sep 2026", "mardi 15 septembre 2026").

``cite_label(label, lang)`` writes a citation label the way the language cites the law:
"IRPA s. 72(2)(b)" -> "LIPR, al. 72(2)b)". Labels are English in the engine (stable ids);
they are translated only when worded.
"""

from __future__ import annotations

import re
from datetime import date

from calculators.messages import en, fr, plan_en, plan_fr, terms_en, terms_fr, ui_en, ui_fr

# One catalogue per language, kept in parts by what they word: the law's results (en, fr),
# the interview and plan (plan_*), the browser's own sentences (ui_*), the official names of
# legal terms (terms_*, the multilingual glossary). A key lives in one part only.
PARTS: dict[str, tuple[dict[str, str], ...]] = {
    "en": (en.MESSAGES, plan_en.MESSAGES, ui_en.MESSAGES, terms_en.MESSAGES),
    "fr": (fr.MESSAGES, plan_fr.MESSAGES, ui_fr.MESSAGES, terms_fr.MESSAGES),
}
CATALOGUES: dict[str, dict[str, str]] = {
    lang: {key: text for part in parts for key, text in part.items()} for lang, parts in PARTS.items()
}
LANGUAGES = tuple(CATALOGUES)
DATE_NAMES = {"en": en.DATE_NAMES, "fr": fr.DATE_NAMES}
MONTH_NAMES = {"en": en.MONTH_NAMES, "fr": fr.MONTH_NAMES}
DAY_NUMBERS = {"fr": fr.day_number}  # "1er octobre"; other languages write the plain number
DEFAULT_LANG = "en"


def _catalogue(lang: str) -> dict[str, str]:
    return CATALOGUES.get(lang, CATALOGUES[DEFAULT_LANG])


def day_number(n: int, lang: str = DEFAULT_LANG) -> str:
    """The day of the month as ``lang`` writes it: 1 -> "1" in English, "1er" in French."""
    return DAY_NUMBERS.get(lang, str)(n)


def format_date(day: date, lang: str = DEFAULT_LANG) -> str:
    """A date with its weekday: "Thu 1 Oct 2026", "jeudi 1er octobre 2026"."""
    weekdays, months = DATE_NAMES.get(lang, DATE_NAMES[DEFAULT_LANG])
    return f"{weekdays[day.weekday()]} {day_number(day.day, lang)} {months[day.month - 1]} {day.year}"


def month_name(month: int, lang: str = DEFAULT_LANG) -> str:
    """The full name of a month: 2 -> "February"."""
    return MONTH_NAMES.get(lang, MONTH_NAMES[DEFAULT_LANG])[month - 1]


def long_date(day: date, lang: str = DEFAULT_LANG) -> str:
    """A date without its weekday, in full: "28 June 2002"."""
    return say("date.long", lang, day=day_number(day.day, lang), month=month_name(day.month, lang), year=day.year)


def day_of_month(month: int, day: int, lang: str = DEFAULT_LANG) -> str:
    """A day in any year: "21 December"."""
    return say("date.day-month", lang, day=day_number(day, lang), month=month_name(month, lang))


def has(message_id: str, lang: str = DEFAULT_LANG) -> bool:
    return message_id in _catalogue(lang) or message_id in CATALOGUES[DEFAULT_LANG]


def say(message_id: str, lang: str = DEFAULT_LANG, **params: object) -> str:
    template = _catalogue(lang).get(message_id)
    if template is None:
        template = CATALOGUES[DEFAULT_LANG][message_id]
    values = {k: format_date(v, lang) if isinstance(v, date) else v for k, v in params.items()}
    return template.format(**values)


# An English citation label: instrument, "s."/"ss."/"r."/"rr.", then the provision ("72(2)(b)", "63-65").
_LABEL = re.compile(r"^(?P<instrument>[A-Za-z ]+?) (?P<kind>ss?|rr?)\. (?P<where>\S+)$")
_COURT = re.compile(r"\b(FCA|FC)\b")

# French designations by level: (short, long singular, long plural).
_FR_LEVELS = {
    "article": ("art.", "l'article", "les articles"),
    "rule": ("règle", "la règle", "les règles"),
    "subsection": ("par.", "le paragraphe", "les paragraphes"),
    "paragraph": ("al.", "l'alinéa", "les alinéas"),
}


def _fr_provision(kind: str, where: str) -> tuple[str, str, bool]:
    """("72(2)b)", level, plural) for an English provision: (b) -> b); 63-65 -> 63 à 65; 183(5)-(6) -> 183(5) et (6)."""
    first, _, rest = where.partition("-")
    level = ("paragraph" if re.search(r"\([a-z]+(?:\.\d+)?\)", first) else "subsection" if "(" in first
             else "rule" if kind.startswith("r") else "article")
    text = re.sub(r"\(([a-z]+(?:\.\d+)?)\)", r"\1)", first)
    if rest:
        text += (" et " if rest.startswith("(") else " à ") + re.sub(r"\(([a-z]+(?:\.\d+)?)\)", r"\1)", rest)
    return text, level, bool(rest) or kind in ("ss", "rr")


def cite_label(label: str, lang: str = DEFAULT_LANG) -> str:
    """A citation label as ``lang`` cites it: "IRPA s. 72(2)(b)" -> "LIPR, al. 72(2)b)" in French.

    Court decisions get the French neutral citation ("Chen, 2010 FC 899" -> "Chen, 2010 CF 899").
    """
    if lang != "fr":
        return label
    if label in fr.LABELS:  # a citation with no section (a program's policy, a guidance page)
        return fr.LABELS[label]
    match = _LABEL.match(label)
    if match is None or match["instrument"] not in fr.INSTRUMENTS:
        return _COURT.sub(lambda m: fr.COURTS[m[1]], label)
    text, level, plural = _fr_provision(match["kind"], match["where"])
    short = _FR_LEVELS[level][0]
    if plural and level == "rule":
        short = "règles"
    return f"{fr.INSTRUMENTS[match['instrument']][0]}, {short} {text}"


def long_label(label: str, lang: str = DEFAULT_LANG) -> str:
    """A citation label with its instrument written out: "IA s. 26" -> "the Interpretation Act s. 26",
    "l'article 26 de la Loi d'interprétation"."""
    if lang == "fr":
        match = _LABEL.match(label)
        if match is None or match["instrument"] not in fr.INSTRUMENTS:
            return cite_label(label, lang)
        text, level, plural = _fr_provision(match["kind"], match["where"])
        designation = _FR_LEVELS[level][2 if plural else 1]
        return f"{designation} {text} {fr.INSTRUMENTS[match['instrument']][2]}"
    for short in sorted(en.INSTRUMENT_NAMES, key=len, reverse=True):
        if label.startswith(short + " "):
            return say(f"instrument.{short}", lang) + label[len(short):]
    return label
