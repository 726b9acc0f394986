"""The message catalogues as GNU gettext PO files, for translators and their tools (issue 22).

English (``calculators/messages/en.py``, ``plan_en.py``, ``ui_en.py``, ``terms_en.py``) is the
source; French is Python too (``fr.py``…). Every other language is a PO file,
``calculators/messages/po/<code>.po`` (codes: calculators/messages/languages.py):

- ``msgctxt`` is the message id (``plan.days-left``), so an id never changes meaning;
- ``msgid`` is the English text the translation was made from, so a changed English sentence
  shows as a stale translation (``update`` then marks it ``#, fuzzy`` with the old English as
  ``#| msgid``; a translator checks it, fixes it and removes the flag);
- a message with a ``.one`` variant in English is one plural entry: ``msgid`` the ``.one`` text,
  ``msgid_plural`` the other, ``msgstr[0..]`` in the order of the language's CLDR plural
  categories (zero, one, two, few, many, other: the ``Plural-Forms`` header, from Babel);
- ``{name}`` placeholders stay exactly as in English;
- dates (``date.long``, ``date.day-month``) are not in the template: CLDR gives them.

    python scripts/i18n_catalogues.py export-pot     # calculators/messages/po/messages.pot
    python scripts/i18n_catalogues.py update         # merge the template into every po/<code>.po, compile
    python scripts/i18n_catalogues.py check [CODE…]  # missing, stale, broken placeholders, per language
    python scripts/i18n_catalogues.py compile        # po/<code>.po -> compiled/<code>.json (the engine's)
    python scripts/i18n_catalogues.py export-po fr [--out FILE]   # French as a PO, for translation tools
    python scripts/i18n_catalogues.py import-po fr FILE           # French from a PO: lists the changes

CONTRIBUTING.md §6 says how to add a language and what a translator must keep.
``compile`` is run by the site build (scripts/hooks/law_snippets.py) and its output is committed
(so a source checkout's command line has every language); tests/unit/test_catalogues.py fails
when the committed JSON is not what ``compile`` makes of the PO files.
"""

from __future__ import annotations

import argparse
import binascii
import io
import json
import string
import sys
from dataclasses import dataclass, field
from pathlib import Path

from babel import Locale
from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from calculators.messages import PARTS  # noqa: E402
from calculators.messages.languages import LANGUAGES, LANGUAGES_BUILT, SOURCE_LANGUAGES  # noqa: E402
from calculators.messages.plural import categories  # noqa: E402

PO_DIR = ROOT / "calculators" / "messages" / "po"
COMPILED_DIR = ROOT / "calculators" / "messages" / "compiled"
PART_NAMES = ("law", "plan", "ui", "terms")  # en.py, plan_en.py, ui_en.py, terms_en.py
CLDR_KEYS = {"date.long", "date.day-month"}  # worded by CLDR's date patterns, not by a translator
PROJECT = "After a Canada visa refusal"


def english_entries(lang: str = "en") -> list[tuple[str, str | tuple[str, str], str]]:
    """(message id, text or (one, other), part) in catalogue order, from the Python catalogue of ``lang``."""
    entries = []
    for part_name, part, english in zip(PART_NAMES, PARTS[lang], PARTS["en"]):
        for key, text in part.items():
            if key in CLDR_KEYS or (key.endswith(".one") and key[: -len(".one")] in english):
                continue  # dates come from CLDR; a ".one" is written with its base key, as one plural entry
            if key + ".one" in english:
                entries.append((key, (part.get(key + ".one", text), text), part_name))
            else:
                entries.append((key, text, part_name))
    return entries


def template() -> Catalog:
    catalog = Catalog(project=PROJECT, msgid_bugs_address="", fuzzy=False)
    for key, text, part in english_entries():
        catalog.add(text, "", context=key, auto_comments=[f"part: {part}"])
    return catalog


def _write(path: Path, catalog: Catalog) -> None:
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=0, omit_header=False, sort_output=False, include_previous=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.is_file() or path.read_bytes() != buffer.getvalue():
        path.write_bytes(buffer.getvalue())


def po_codes() -> list[str]:
    """The languages with a PO catalogue, in the table's order."""
    return [code for code in LANGUAGES if code not in SOURCE_LANGUAGES and (PO_DIR / f"{code}.po").is_file()]


def read_catalogue(code: str) -> Catalog:
    with open(PO_DIR / f"{code}.po", "rb") as handle:
        return read_po(handle, locale=LANGUAGES[code].locale)


# -- update -------------------------------------------------------------------------------------


def update(code: str) -> dict[str, int]:
    """Merge the template into po/<code>.po: translations kept; an entry whose English changed keeps
    its translation, marked fuzzy with the old English; new entries empty; removed ones obsolete."""
    old = read_catalogue(code)
    by_id = {message.context: message for message in old if message.id and message.context}
    new = Catalog(locale=LANGUAGES[code].locale, project=old.project, version=old.version,
                  copyright_holder=old.copyright_holder, msgid_bugs_address=old.msgid_bugs_address,
                  creation_date=old.creation_date, revision_date=old.revision_date,
                  last_translator=old.last_translator, language_team=old.language_team,
                  header_comment=old.header_comment, fuzzy=old.fuzzy)
    counts = {"kept": 0, "stale": 0, "new": 0, "obsolete": 0}
    keys = set()
    for key, english, part in english_entries():
        keys.add(key)
        before = by_id.get(key)
        plural = isinstance(english, tuple)
        empty = ("",) * new.num_plurals if plural else ""
        if before is None or before.pluralizable != plural:
            new.add(english, empty, context=key, auto_comments=[f"part: {part}"])
            counts["new"] += 1
        elif before.id == english:
            new.add(english, before.string, context=key, auto_comments=[f"part: {part}"],
                    user_comments=before.user_comments, flags=before.flags, previous_id=before.previous_id)
            counts["kept"] += 1
        else:
            translated = any(before.string) if plural else bool(before.string)
            flags = set(before.flags) | ({"fuzzy"} if translated else set())
            new.add(english, before.string if translated else empty, context=key, auto_comments=[f"part: {part}"],
                    user_comments=before.user_comments, flags=flags, previous_id=before.id if translated else ())
            counts["stale" if translated else "new"] += 1
    for key, before in by_id.items():
        if key not in keys and (any(before.string) if before.pluralizable else before.string):
            new.obsolete[(before.id, key)] = Message(before.id, before.string, context=key)
            counts["obsolete"] += 1
    _write(PO_DIR / f"{code}.po", new)
    return counts


# -- check --------------------------------------------------------------------------------------


def fields(text: str) -> set[str]:
    """The placeholder names of a message; ValueError when its braces are broken."""
    return {name.split(".")[0].split("[")[0] for _, name, _, _ in string.Formatter().parse(text) if name is not None}


@dataclass
class Report:
    code: str
    missing: list[str] = field(default_factory=list)
    stale: list[str] = field(default_factory=list)
    placeholders: list[str] = field(default_factory=list)  # "id: why"
    forms: list[str] = field(default_factory=list)  # plural entries with the wrong number of forms
    good: dict[str, str | dict[str, str]] = field(default_factory=dict)  # id -> text or {category: text}

    @property
    def problems(self) -> int:
        return len(self.missing) + len(self.stale) + len(self.placeholders) + len(self.forms)


def _placeholder_problem(english: str | tuple[str, str], translation: str | tuple[str, ...]) -> str | None:
    try:
        if isinstance(english, str):
            found, wanted = fields(translation), fields(english)
            return None if found == wanted else f"has {{{', '.join(sorted(found))}}}, English {{{', '.join(sorted(wanted))}}}"
        allowed = fields(english[0]) | fields(english[1])
        required = allowed - {"n"}  # a form may say "one day" or "two days" in words (Arabic)
        for form in translation:
            found = fields(form)
            if not required <= found <= allowed:
                return f"a plural form has {{{', '.join(sorted(found))}}}, English {{{', '.join(sorted(allowed))}}}"
        if "n" in fields(english[1]) and "n" not in fields(translation[-1]):
            return "the last plural form (other) must have {n}"
    except ValueError as error:
        return f"broken braces ({error})"
    return None


def check(code: str) -> Report:
    catalog = read_catalogue(code)
    rules = Locale.parse(LANGUAGES[code].locale).plural_form.abstract
    tags = categories(rules)
    by_id = {message.context: message for message in catalog if message.id and message.context}
    report = Report(code)
    for key, english, _part in english_entries():
        message = by_id.get(key)
        plural = isinstance(english, tuple)
        strings = tuple(message.string) if message is not None and plural else (message.string if message else "")
        if message is None or not (all(strings) if plural else strings):
            report.missing.append(key)
            continue
        if message.fuzzy or message.id != english or message.pluralizable != plural:
            report.stale.append(key)
            continue
        problem = _placeholder_problem(english, strings)
        if problem:
            report.placeholders.append(f"{key}: {problem}")
            continue
        if plural:
            if len(strings) != catalog.num_plurals:
                report.forms.append(f"{key}: {len(strings)} forms, the header says {catalog.num_plurals}")
                continue
            # msgstr[i] is the i-th CLDR category; a category the header has no form for (Ukrainian
            # "other", only for fractions) takes the last form.
            report.good[key] = {tag: strings[min(i, len(strings) - 1)] for i, tag in enumerate(tags)}
        else:
            report.good[key] = strings
    return report


def print_report(report: Report, limit: int | None = 20) -> None:
    total = len(english_entries())
    built = "built" if report.code in LANGUAGES_BUILT else "not built yet"
    print(f"{report.code} ({built}): {len(report.good)}/{total} usable; {len(report.missing)} missing, "
          f"{len(report.stale)} stale, {len(report.placeholders)} placeholder problems, {len(report.forms)} plural-form problems")
    for label, items in (("missing", report.missing), ("stale", report.stale),
                         ("placeholders", report.placeholders), ("plural forms", report.forms)):
        shown = items if limit is None else items[:limit]
        for item in shown:
            print(f"  {label}: {item}")
        if len(items) > len(shown):
            print(f"  {label}: … and {len(items) - len(shown)} more (--all lists them)")


# -- compile ------------------------------------------------------------------------------------


def _cldr_pattern(pattern: str) -> str:
    """A CLDR date pattern as a Python format string: "EEEE, d 'de' MMMM 'de' y" ->
    "{weekday}, {day} de {month} de {year}". Numeric months (Chinese "M月") use {month} too: the
    month names of such a language are its numbers."""
    out, i = [], 0
    tokens = {"EEEE": "{weekday}", "cccc": "{weekday}", "MMMM": "{month}", "LLLL": "{month}", "M": "{month}",
              "L": "{month}", "d": "{day}", "y": "{year}", "yyyy": "{year}"}
    while i < len(pattern):
        char = pattern[i]
        if char == "'":
            end = pattern.find("'", i + 1)
            if end == i + 1:
                out.append("'")
            else:
                out.append(pattern[i + 1:end].replace("{", "{{").replace("}", "}}"))
            i = end + 1
        elif char.isascii() and char.isalpha():
            j = i
            while j < len(pattern) and pattern[j] == char:
                j += 1
            token = pattern[i:j]
            if token not in tokens:
                raise ValueError(f"date pattern {pattern!r}: {token!r} is not handled")
            out.append(tokens[token])
            i = j
        else:
            out.append(char.replace("{", "{{").replace("}", "}}"))
            i += 1
    return "".join(out)


def cldr_data(code: str) -> dict:
    """The CLDR data the engine needs for a language: plural rule, date formats, decimal sign."""
    locale = Locale.parse(LANGUAGES[code].locale)
    full = locale.date_formats["full"].pattern
    numeric_month = "MMMM" not in full and "LLLL" not in full
    months = ([str(m) for m in range(1, 13)] if numeric_month
              else [locale.months["format"]["wide"][m] for m in range(1, 13)])
    return {
        "plural": json.loads(json.dumps(locale.plural_form.abstract)),
        "dates": {
            "full": _cldr_pattern(full),
            "long": _cldr_pattern(locale.date_formats["long"].pattern),
            "day_month": _cldr_pattern(locale.datetime_skeletons["MMMMd"].pattern if not numeric_month
                                       else locale.datetime_skeletons["MMMd"].pattern),
            "weekdays": [locale.days["format"]["wide"][d] for d in range(7)],
            "months": months,
        },
        "decimal": locale.number_symbols["latn"]["decimal"],
    }


def source_digest(english: str | tuple[str, str]) -> str:
    """The CRC-32 of the English a translation was made from (a plural: one, NUL, other), in hex.
    The engine computes it for today's English and drops a translation whose English has changed."""
    text = english if isinstance(english, str) else english[0] + "\0" + english[1]
    return f"{binascii.crc32(text.encode('utf-8')):08x}"


def compiled(code: str) -> dict:
    """What the engine reads for a language, from its PO file and CLDR only (not from today's English,
    so an English edit elsewhere never changes it): every entry translated, not fuzzy, with the
    placeholders of the English it was made from and the header's number of plural forms, each
    with the digest of that English; the engine keeps those whose English is still today's."""
    catalog = read_catalogue(code)
    tags = categories(Locale.parse(LANGUAGES[code].locale).plural_form.abstract)
    data = {"code": code, "locale": LANGUAGES[code].locale, "rtl": LANGUAGES[code].rtl, **cldr_data(code)}
    messages: dict[str, str] = {}
    plurals: dict[str, dict[str, str]] = {}
    sources: dict[str, str] = {}
    for message in catalog:
        key = message.context
        if not message.id or not key or key in CLDR_KEYS or message.fuzzy:
            continue
        if message.pluralizable:
            english, strings = (message.id[0], message.id[1]), tuple(message.string)
            if not all(strings) or len(strings) != catalog.num_plurals or _placeholder_problem(english, strings):
                continue
            plurals[key] = {tag: strings[min(i, len(strings) - 1)] for i, tag in enumerate(tags)}
        else:
            english, text = message.id, message.string
            if not text or _placeholder_problem(english, text):
                continue
            messages[key] = text
        sources[key] = source_digest(english)
    data.update(messages=messages, plurals=plurals, sources=sources)
    return data


def compiled_text(code: str) -> str:
    return json.dumps(compiled(code), ensure_ascii=False, indent=0, separators=(",", ":")) + "\n"


def compile_all(directory: Path = COMPILED_DIR) -> list[Path]:
    """Write compiled/<code>.json for every PO catalogue (only when the text changes); remove the
    JSON of a language whose PO file is gone."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for code in po_codes():
        path = directory / f"{code}.json"
        text = compiled_text(code)
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8", newline="\n")
        written.append(path)
    for stale in directory.glob("*.json"):
        if stale not in written:
            stale.unlink()
    return written


# -- French as a PO -----------------------------------------------------------------------------


def french_catalogue() -> Catalog:
    """French (fr.py…) as a PO catalogue: msgid the English, msgstr the French; plural forms in CLDR's
    order for French (one, many, other), "many" (millions) written as "other"."""
    catalog = Catalog(locale="fr", project=PROJECT, msgid_bugs_address="", fuzzy=False)
    french = {key: text for key, text, _ in english_entries("fr")}
    for key, english, part in english_entries():
        text = french.get(key, "")
        if isinstance(english, tuple):
            one, other = text if isinstance(text, tuple) else ("", "")
            text = (one, other, other)
        catalog.add(english, text, context=key, auto_comments=[f"part: {part}"])
    return catalog


def import_french(path: Path) -> list[tuple[str, str, str]]:
    """(id, French in fr.py…, French in the PO) for every translated entry of the PO that differs."""
    with open(path, "rb") as handle:
        catalog = read_po(handle, locale="fr")
    french = {key: text for key, text, _ in english_entries("fr")}
    changes = []
    for message in catalog:
        if not message.context or message.context not in french or message.fuzzy:
            continue
        now = french[message.context]
        if isinstance(now, tuple):
            pairs = ((message.context + ".one", now[0], message.string[0]), (message.context, now[1], message.string[-1]))
        else:
            pairs = ((message.context, now, message.string),)
        changes += [(key, old, new) for key, old, new in pairs if new and new != old]
    return changes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("export-pot", "update", "check", "compile", "export-po", "import-po"))
    parser.add_argument("args", nargs="*", help="check: language codes (default: all); export-po/import-po: fr [FILE]")
    parser.add_argument("--all", action="store_true", help="check: list every missing or stale id")
    parser.add_argument("--out", type=Path, help="export-po: where to write (default: dist/po/fr.po)")
    args = parser.parse_args(argv)
    if args.command == "export-pot":
        PO_DIR.mkdir(parents=True, exist_ok=True)
        _write(PO_DIR / "messages.pot", template())
        print(f"wrote {PO_DIR / 'messages.pot'}")
    elif args.command == "update":
        _write(PO_DIR / "messages.pot", template())
        for code in po_codes():
            counts = update(code)
            print(f"{code}: " + ", ".join(f"{n} {what}" for what, n in counts.items()))
        for path in compile_all():  # the engine's copy follows at once (commit it with the PO file)
            print(f"wrote {path.relative_to(ROOT)}")
    elif args.command == "check":
        codes = args.args or po_codes()
        unknown = [code for code in codes if code not in po_codes()]
        if unknown:
            parser.error(f"no PO catalogue for {', '.join(unknown)} (have: {', '.join(po_codes())})")
        failed = False
        for code in codes:
            report = check(code)
            print_report(report, None if args.all else 20)
            failed |= bool(report.placeholders or report.forms) or (code in LANGUAGES_BUILT and report.problems > 0)
        return 1 if failed else 0
    elif args.command == "compile":
        for path in compile_all():
            print(f"wrote {path.relative_to(ROOT)}")
    elif args.command in ("export-po", "import-po"):
        if not args.args or args.args[0] != "fr":
            parser.error(f"{args.command} is for French (fr.py…); other languages are PO files already")
        if args.command == "export-po":
            out = args.out or ROOT / "dist" / "po" / "fr.po"
            _write(out, french_catalogue())
            print(f"wrote {out}")
        else:
            if len(args.args) < 2:
                parser.error("import-po fr FILE")
            changes = import_french(Path(args.args[1]))
            for key, old, new in changes:
                print(f"{key}\n  fr.py: {old}\n  PO:    {new}")
            print(f"{len(changes)} French messages differ; copy the ones you accept into calculators/messages/*fr.py")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
