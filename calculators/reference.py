"""Markdown snippets generated from the rules, for pages to include (CONTRIBUTING.md §1).

``write_snippets(directory)`` writes ``<rule-id>/{days,limit,trigger,cite}.md`` for every
time limit, ``fee/<fee-id>/{amount,cite,since}.md`` for every fee, and the tables
``table/{time-limits,holidays,fees}.md``; the same files in French under ``fr/`` (French
citation labels linked to the French text on Justice Laws, "15 jours", "50 $", "1er octobre
2026"), and in every other language of ``calculators.messages.LANGUAGES`` under ``<code>/``
("es/judicial-review-in-canada/limit.md": "15 días"; English where a catalogue lacks a message). One-line snippets have no trailing newline so
they can sit inside a sentence. A file is rewritten only when its text changes (so
``mkdocs serve`` does not rebuild in a loop), and files in ``directory`` that are no longer
generated are removed (the directory belongs to this generator).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from calculators import calendar
from calculators.messages import LANGUAGES, format_date, long_date, say
from calculators.rules import DATED_FACTS, FEES, TIME_LIMITS
from calculators.wording import citation, fee_amount_text, fee_since_text, seasonal_recess_params, word_length

# Where each language's snippets live under docs/snippets/law: English at the top (the
# paths of CONTRIBUTING.md §1), other languages in a folder of their own ("fr/judicial-review-in-canada/limit.md").
SNIPPET_FOLDERS = {"en": "", **{lang: f"{lang}/" for lang in LANGUAGES if lang != "en"}}


def cite_markdown(label: str, lang: str = "en") -> str:
    found = citation(label, lang)
    return f"[{found.label}]({found.url})" if found.url else found.label


def _time_limits_table(lang: str) -> str:
    rows = [say("table.time-limits.head", lang), "|---|---|---|---|---|"]
    recess = seasonal_recess_params(lang)
    for limit in TIME_LIMITS:
        rows.append(f"| {say(f'title.{limit.id}', lang)} | {word_length(limit, lang)} | "
                    f"{say(f'trigger.{limit.trigger}', lang)} | {say(f'counting.{limit.counting}', lang, **recess)} | "
                    f"{cite_markdown(limit.source, lang)} |")
    return "\n".join(rows) + "\n"


def _holidays_table(year: int, lang: str) -> str:
    years = (year, year + 1)
    by_id: dict[str, dict[int, date]] = {}
    for y in years:
        for day, holiday_id in calendar.federal_holidays_table(y):
            by_id.setdefault(holiday_id, {})[y] = day
    order = sorted(by_id, key=lambda h: min((d.month, d.day) for d in by_id[h].values()))
    rows = [say("table.holidays.head", lang, year1=years[0], year2=years[1]), "|---|---|---|"]
    for holiday_id in order:
        cells = [format_date(by_id[holiday_id][y], lang) if y in by_id[holiday_id]
                 else say("table.holidays.not-yet", lang) for y in years]
        rows.append(f"| {say(f'holiday.{holiday_id}', lang)} | {cells[0]} | {cells[1]} |")
    note = say("table.holidays.note", lang)
    sources = f"{cite_markdown(calendar.IA_HOLIDAYS, lang)} · {cite_markdown(calendar.FCR_HOLIDAYS, lang)}"
    return "\n".join(rows) + f"\n\n{note}\n\n{sources}\n"


def _fees_table(lang: str) -> str:
    rows = [say("table.fees.head", lang), "|---|---|---|---|"]
    for fee in FEES:
        amount = fee_amount_text(fee, lang)
        if fee.note_in_amount:
            amount += " (" + say("fee.base-fee", lang) + ")"
        if fee.note:
            amount += " — " + say(fee.note, lang)
        rows.append(f"| {say(f'fee.{fee.id}', lang)} | {amount} | {fee_since_text(fee, lang)} | "
                    f"{cite_markdown(fee.source, lang)} |")
    return "\n".join(rows) + "\n"


def snippets(today: date | None = None, lang: str = "en") -> dict[str, str]:
    """Relative path -> text of every snippet."""
    today = today or date.today()
    texts: dict[str, str] = {}
    for limit in TIME_LIMITS:
        texts[f"{limit.id}/days.md"] = str(limit.length)
        texts[f"{limit.id}/limit.md"] = word_length(limit, lang)
        texts[f"{limit.id}/trigger.md"] = say(f"trigger.{limit.trigger}", lang)
        texts[f"{limit.id}/cite.md"] = cite_markdown(limit.source, lang)
    for fee in FEES:
        texts[f"fee/{fee.id}/amount.md"] = fee_amount_text(fee, lang, today)
        if fee.note:
            texts[f"fee/{fee.id}/note.md"] = say(fee.note, lang)
            if fee.note_in_amount:  # an indexed base fee is never shown without its note
                texts[f"fee/{fee.id}/amount.md"] += " (" + say("fee.base-fee", lang) + ") — " + say(fee.note, lang)
        texts[f"fee/{fee.id}/cite.md"] = cite_markdown(fee.source, lang)
        texts[f"fee/{fee.id}/since.md"] = fee_since_text(fee, lang, today)
    for fact in DATED_FACTS:
        texts[f"date/{fact.id}/day.md"] = long_date(fact.day, lang)
        texts[f"date/{fact.id}/cite.md"] = " · ".join(cite_markdown(label, lang) for label in (fact.source, *fact.also))
    recess = seasonal_recess_params(lang)
    texts["recess/first-day.md"] = recess["recess_first"]
    texts["recess/last-day.md"] = recess["recess_last"]
    texts["recess/cite.md"] = cite_markdown(calendar.SEASONAL_RECESS, lang)
    texts["table/time-limits.md"] = _time_limits_table(lang)
    texts["table/holidays.md"] = _holidays_table(today.year, lang)
    texts["table/fees.md"] = _fees_table(lang)
    return texts


def all_snippets(today: date | None = None) -> dict[str, str]:
    """Relative path -> text of every snippet in every language (French under ``fr/``).

    With the "What the law says" boxes (``<rule-id>/text.md``, ``fee/<fee-id>/text.md``, calculators.law_boxes),
    imported here only: they read the official text's extract, which the browser wheel does not carry.
    """
    from calculators import law_boxes  # noqa: PLC0415 - build time only

    return {folder + relative: text for lang, folder in SNIPPET_FOLDERS.items()
            for relative, text in {**snippets(today, lang), **law_boxes.snippets(lang)}.items()}


def write_snippets(directory: Path, today: date | None = None, extra: dict[str, str] | None = None) -> list[Path]:
    # extra: more snippets to keep in the same folder (calculators.official_pages' link/, form/, how/),
    # written here so the clean-up below does not delete them on every build.
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for relative, text in {**all_snippets(today), **(extra or {})}.items():
        path = directory / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8", newline="")
        written.append(path)
    keep = set(written)
    for stale in sorted(directory.rglob("*.md")):
        if stale not in keep:
            stale.unlink()
    for folder in sorted((p for p in directory.rglob("*") if p.is_dir()), reverse=True):
        if not any(folder.iterdir()):
            folder.rmdir()
    return written
