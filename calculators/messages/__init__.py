"""All wording, by message id and language. Code computes; this package words the result.

``say(message_id, lang="en", **params)`` fills a message from the catalogue of ``lang``.
English and French are Python modules (``en.py``, ``plan_en.py``, ``ui_en.py``, ``terms_en.py``
and their French twins); every other language of ``languages.LANGUAGES`` is a GNU gettext PO
catalogue (``po/<code>.po``, written by translators) that the build compiles into
``compiled/<code>.json`` (scripts/i18n_catalogues.py compile): the messages that are translated
and have the placeholders of the English they were made from, each with that English's CRC-32
(the engine keeps only those whose English is today's), plus the language's CLDR plural rule and
date formats. The engine reads that JSON with the standard
library (it runs in Pyodide, without Babel). A message missing, stale or broken in a language is
said in English; ``record_fallbacks()`` collects those sentences, so an answer can say which of
its parts are in English (the page marks them ``lang="en"``).

Plurals: a message with a ``.one`` variant in English (``unit.days`` / ``unit.days.one``) is one
plural entry. ``say("unit.days", lang, n=5)`` picks the form by ``n``: in English and French the
``.one`` text when n is 1 (as always); in the other languages the form of n's CLDR plural category
(Arabic: 0 zero, 1 one, 2 two, 5 few, 11 many, 100 other). Asking for ``unit.days.one`` also works.

Dates: English "Wed 16 Dec 2026", French "mercredi 16 décembre 2026" ("1er" for the first); the
other languages as CLDR writes a full date with its weekday ("miércoles, 16 de diciembre de
2026", "الأربعاء، 16 ديسمبر 2026", "2026年12月16日星期三"), always with Latin digits 0-9 — the
digits on IRCC's and the courts' letters, the digits the reader types into the date field, and the
ones CLDR itself uses for Arabic, Urdu and Hindi dates (Persian's CLDR default is Extended Arabic-
Indic digits: we keep Latin ones, so a date matches the letter and the calendar file).

``cite_label(label, lang)`` writes a citation label the way the language cites the law:
"IRPA s. 72(2)(b)" -> "LIPR, al. 72(2)b)". Labels are English in the engine (stable ids);
they are translated only when worded (into French; other languages cite the English label).
"""

from __future__ import annotations

import binascii
import json
import re
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Iterator

from calculators.messages import en, fr, plan_en, plan_fr, terms_en, terms_fr, ui_en, ui_fr
from calculators.messages.languages import LANGUAGES as LANGUAGE_TABLE
from calculators.messages.languages import LANGUAGES_BUILT, SOURCE_LANGUAGES  # noqa: F401 - re-exported
from calculators.messages.plural import category

# One catalogue per language, kept in parts by what they word: the law's results (en, fr),
# the interview and plan (plan_*), the browser's own sentences (ui_*), the official names of
# legal terms (terms_*, the multilingual glossary). A key lives in one part only.
PARTS: dict[str, tuple[dict[str, str], ...]] = {
    "en": (en.MESSAGES, plan_en.MESSAGES, ui_en.MESSAGES, terms_en.MESSAGES),
    "fr": (fr.MESSAGES, plan_fr.MESSAGES, ui_fr.MESSAGES, terms_fr.MESSAGES),
}
COMPILED_DIR = Path(__file__).resolve().parent / "compiled"
DEFAULT_LANG = "en"
DATE_NAMES = {"en": en.DATE_NAMES, "fr": fr.DATE_NAMES}
MONTH_NAMES = {"en": en.MONTH_NAMES, "fr": fr.MONTH_NAMES}
DAY_NUMBERS = {"fr": fr.day_number}  # "1er octobre"; other languages write the plain number


def _compiled(code: str) -> dict:
    with open(COMPILED_DIR / f"{code}.json", encoding="utf-8") as handle:
        return json.load(handle)


def _digest(english: dict[str, str], key: str) -> str | None:
    """The CRC-32 of today's English for ``key`` (a plural: one, NUL, other), as the compiler wrote it
    for the English a translation was made from (scripts/i18n_catalogues.py source_digest)."""
    if key not in english:
        return None
    text = english[key + ".one"] + "\0" + english[key] if key + ".one" in english else english[key]
    return f"{binascii.crc32(text.encode('utf-8')):08x}"


class _Catalogues:
    """Language code -> {message id: text}. A PO language is read from its compiled JSON the first
    time it is asked for (a phone loading the runtime for one language does not parse thirteen)."""

    def __init__(self) -> None:
        self._loaded: dict[str, dict[str, str]] = {
            lang: {key: text for part in parts for key, text in part.items()} for lang, parts in PARTS.items()}
        self._compiled: dict[str, dict] = {}
        present = {path.stem for path in COMPILED_DIR.glob("*.json")} if COMPILED_DIR.is_dir() else set()
        self._codes = tuple(code for code in LANGUAGE_TABLE if code in PARTS or code in present)

    def compiled(self, code: str) -> dict:
        """The compiled JSON of a PO language (messages, plurals, plural rule, dates), without the
        translations made from an English sentence that has changed since (said in English instead)."""
        if code not in self._compiled:
            data = _compiled(code)
            english = self["en"]
            current = {key: _digest(english, key) for key in data["sources"]}
            data["messages"] = {k: v for k, v in data["messages"].items() if current[k] == data["sources"][k]}
            data["plurals"] = {k: v for k, v in data["plurals"].items() if current[k] == data["sources"][k]}
            self._compiled[code] = data
        return self._compiled[code]

    def __getitem__(self, code: str) -> dict[str, str]:
        if code not in self._loaded:
            if code not in self._codes:
                raise KeyError(code)
            data = self.compiled(code)
            messages = dict(data["messages"])
            for key, forms in data["plurals"].items():  # as in English: "unit.days" and "unit.days.one"
                messages[key] = forms["other"]
                messages[key + ".one"] = forms[category(data["plural"], 1)]
            messages["date.long"] = data["dates"]["long"]
            messages["date.day-month"] = data["dates"]["day_month"]
            self._loaded[code] = messages
        return self._loaded[code]

    def __iter__(self) -> Iterator[str]:
        return iter(self._codes)

    def __len__(self) -> int:
        return len(self._codes)

    def __contains__(self, code: object) -> bool:
        return code in self._codes

    def get(self, code: str, default: dict[str, str] | None = None) -> dict[str, str] | None:
        return self[code] if code in self._codes else default

    def keys(self) -> tuple[str, ...]:
        return self._codes

    def items(self) -> list[tuple[str, dict[str, str]]]:
        return [(code, self[code]) for code in self._codes]

    def values(self) -> list[dict[str, str]]:
        return [self[code] for code in self._codes]


CATALOGUES = _Catalogues()
LANGUAGES = tuple(CATALOGUES)
_fallbacks: list[list[str]] = []


@contextmanager
def record_fallbacks() -> Iterator[list[str]]:
    """Collect the sentences said in English because ``lang`` lacks them (missing or stale)."""
    said: list[str] = []
    _fallbacks.append(said)
    try:
        yield said
    finally:
        _fallbacks.remove(said)


def note_fallback(text: str) -> None:
    """Record an English sentence shown in another language from outside the catalogues (the help
    directory is written in English and French), so the answer lists it under ``in_english``."""
    for said in _fallbacks:
        said.append(text)


def is_right_to_left(lang: str) -> bool:
    return lang in LANGUAGE_TABLE and LANGUAGE_TABLE[lang].rtl


# RIGHT-TO-LEFT MARK: a terminal that lays text out by the Unicode bidirectional algorithm takes
# a line's direction from its first strong letter; a line that starts with a date, a number or a
# Latin acronym (IRCC) would be laid out left to right. The mark makes the line right to left.
RLM = "\u200f"


def for_terminal(lines: list[str], lang: str) -> str:
    """Lines for a terminal: in Arabic, Persian and Urdu each line starts with a right-to-left mark."""
    if not is_right_to_left(lang):
        return "\n".join(lines)
    return "\n".join(RLM + line if line else line for line in lines)


def _catalogue(lang: str) -> dict[str, str]:
    return CATALOGUES[lang] if lang in CATALOGUES else CATALOGUES[DEFAULT_LANG]


def day_number(n: int, lang: str = DEFAULT_LANG) -> str:
    """The day of the month as ``lang`` writes it: 1 -> "1" in English, "1er" in French."""
    return DAY_NUMBERS.get(lang, str)(n)


def _dates(lang: str) -> dict | None:
    return CATALOGUES.compiled(lang)["dates"] if lang in CATALOGUES and lang not in PARTS else None


def format_date(day: date, lang: str = DEFAULT_LANG) -> str:
    """A date with its weekday: "Thu 1 Oct 2026", "jeudi 1er octobre 2026", "jueves, 1 de octubre de 2026"."""
    dates = _dates(lang)
    if dates is not None:
        return dates["full"].format(weekday=dates["weekdays"][day.weekday()], day=day.day,
                                    month=dates["months"][day.month - 1], year=day.year)
    weekdays, months = DATE_NAMES.get(lang, DATE_NAMES[DEFAULT_LANG])
    return f"{weekdays[day.weekday()]} {day_number(day.day, lang)} {months[day.month - 1]} {day.year}"


def date_table(lang: str) -> dict | None:
    """How ``lang`` writes a full date, for a page to write a date before the engine has loaded:
    {"pattern": "{weekday}, {day} de {month} de {year}", "weekdays": [Monday…], "months": [January…]}
    (CLDR, Latin digits, as format_date). None for English and French (the browser's Intl writes them)."""
    dates = _dates(lang)
    if dates is None:
        return None
    return {"pattern": dates["full"], "weekdays": list(dates["weekdays"]), "months": list(dates["months"])}


def month_name(month: int, lang: str = DEFAULT_LANG) -> str:
    """The full name of a month: 2 -> "February" (in a date: "16 de diciembre", "16 грудня")."""
    dates = _dates(lang)
    if dates is not None:
        return dates["months"][month - 1]
    return MONTH_NAMES.get(lang, MONTH_NAMES[DEFAULT_LANG])[month - 1]


def long_date(day: date, lang: str = DEFAULT_LANG) -> str:
    """A date without its weekday, in full: "28 June 2002"."""
    return say("date.long", lang, day=day_number(day.day, lang), month=month_name(day.month, lang), year=day.year)


def day_of_month(month: int, day: int, lang: str = DEFAULT_LANG) -> str:
    """A day in any year: "21 December"."""
    return say("date.day-month", lang, day=day_number(day, lang), month=month_name(month, lang))


def decimal_separator(lang: str = DEFAULT_LANG) -> str:
    """"." in English, "," in French and in the languages CLDR writes 246,25 (Spanish, Ukrainian…)."""
    if lang in PARTS or lang not in CATALOGUES:
        return "," if lang == "fr" else "."
    return CATALOGUES.compiled(lang)["decimal"]


def has(message_id: str, lang: str = DEFAULT_LANG) -> bool:
    return message_id in _catalogue(lang) or message_id in CATALOGUES[DEFAULT_LANG]


def _template(message_id: str, lang: str, params: dict) -> str | None:
    """The text of a message in ``lang``, its plural form chosen by ``n``; None if ``lang`` lacks it."""
    catalogue = _catalogue(lang)
    count = params.get("n")
    base = message_id[:-len(".one")] if message_id.endswith(".one") else message_id
    if lang in PARTS:  # English and French: the ".one" text for 1, as always
        if isinstance(count, int) and count == 1 and base + ".one" in catalogue:
            return catalogue[base + ".one"]
        return catalogue.get(message_id)
    data = CATALOGUES.compiled(lang)
    forms = data["plurals"].get(base)
    if forms is not None:
        which = category(data["plural"], count) if isinstance(count, int) else ("one" if base != message_id else "other")
        return forms.get(which, forms["other"])
    return catalogue.get(message_id)


def say(message_id: str, lang: str = DEFAULT_LANG, **params: object) -> str:
    template = _template(message_id, lang, params)
    fallback = template is None
    if fallback:
        template = _template(message_id, DEFAULT_LANG, params)
        if template is None:
            raise KeyError(message_id)
    values = {k: format_date(v, lang) if isinstance(v, date) else v for k, v in params.items()}
    text = template.format(**values)
    if fallback and lang != DEFAULT_LANG:
        for said in _fallbacks:
            said.append(text)
    return text


# An English citation label: instrument, "s."/"ss."/"r."/"rr.", then the provision ("72(2)(b)", "63-65").
_LABEL = re.compile(r"^(?P<instrument>[A-Za-z0-9. ]+?) (?P<kind>ss?|rr?)\. (?P<where>\S+)$")  # "PAEO No. 3 s. 1"
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
