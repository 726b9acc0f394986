"""All wording, by message id and language. Code computes; this package words the result.

``say(message_id, lang="en", **params)`` fills a message from the catalogue of ``lang``
(falling back to English while a translation is incomplete). Dates passed as params are
written the way the language writes them ("Tue 15 Sep 2026").
"""

from __future__ import annotations

from datetime import date

from calculators.messages import en

CATALOGUES: dict[str, dict[str, str]] = {"en": en.MESSAGES}
DATE_NAMES = {"en": en.DATE_NAMES}
MONTH_NAMES = {"en": en.MONTH_NAMES}
DEFAULT_LANG = "en"


def _catalogue(lang: str) -> dict[str, str]:
    return CATALOGUES.get(lang, CATALOGUES[DEFAULT_LANG])


def format_date(day: date, lang: str = DEFAULT_LANG) -> str:
    weekdays, months = DATE_NAMES.get(lang, DATE_NAMES[DEFAULT_LANG])
    return f"{weekdays[day.weekday()]} {day.day} {months[day.month - 1]} {day.year}"


def month_name(month: int, lang: str = DEFAULT_LANG) -> str:
    """The full name of a month: 2 -> "February"."""
    return MONTH_NAMES.get(lang, MONTH_NAMES[DEFAULT_LANG])[month - 1]


def long_date(day: date, lang: str = DEFAULT_LANG) -> str:
    """A date without its weekday, in full: "28 June 2002"."""
    return say("date.long", lang, day=day.day, month=month_name(day.month, lang), year=day.year)


def day_of_month(month: int, day: int, lang: str = DEFAULT_LANG) -> str:
    """A day in any year: "21 December"."""
    return say("date.day-month", lang, day=day, month=month_name(month, lang))


def has(message_id: str, lang: str = DEFAULT_LANG) -> bool:
    return message_id in _catalogue(lang) or message_id in CATALOGUES[DEFAULT_LANG]


def say(message_id: str, lang: str = DEFAULT_LANG, **params: object) -> str:
    template = _catalogue(lang).get(message_id)
    if template is None:
        template = CATALOGUES[DEFAULT_LANG][message_id]
    values = {k: format_date(v, lang) if isinstance(v, date) else v for k, v in params.items()}
    return template.format(**values)


def long_label(label: str, lang: str = DEFAULT_LANG) -> str:
    """A citation label with its instrument written out: "IA s. 26" -> "the Interpretation Act s. 26"."""
    for short in sorted(en.INSTRUMENT_NAMES, key=len, reverse=True):
        if label.startswith(short + " "):
            return say(f"instrument.{short}", lang) + label[len(short):]
    return label
