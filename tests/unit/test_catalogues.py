"""The PO catalogues (issue 22): what the engine reads is what the translators wrote, and every
language counts, pluralises and writes dates as CLDR says (Babel's data, not a table of ours).

A language in LANGUAGES_BUILT must have every message, up to date; the others are only listed
(``python scripts/i18n_catalogues.py check``), but what reaches the engine from them is always
safe: compiled messages are translated, current and have the English placeholders.
"""

from __future__ import annotations

import gettext
import importlib.util
import json
import string
import sys
from datetime import date
from pathlib import Path

import pytest
from babel import Locale
from babel.dates import format_date as babel_format_date
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

import calculators.messages as messages
from calculators.__main__ import main as cli
from calculators.api import handle
from calculators.messages import CATALOGUES, LANGUAGES_BUILT, format_date, long_date, say
from calculators.messages.languages import LANGUAGES, SOURCE_LANGUAGES
from calculators.messages.plural import categories, category

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("i18n_catalogues", ROOT / "scripts" / "i18n_catalogues.py")
i18n = importlib.util.module_from_spec(_spec)
sys.modules["i18n_catalogues"] = i18n  # dataclasses look their module up
_spec.loader.exec_module(i18n)

PO_LANGUAGES = [code for code in LANGUAGES if code not in SOURCE_LANGUAGES]
COUNTS = (0, 1, 2, 5, 11, 100)
JR = {"kind": "deadline", "remedy": "judicial-review", "from": "2026-09-15", "where": "in-canada"}


@pytest.fixture
def every_language(monkeypatch):
    """The engine with every language of the table: those without a PO file yet get CLDR's data and
    no messages (all said in English), as compile would give them."""
    monkeypatch.setattr(CATALOGUES, "_codes", tuple(LANGUAGES))
    for code in PO_LANGUAGES:
        if code not in CATALOGUES._compiled and not (messages.COMPILED_DIR / f"{code}.json").is_file():
            CATALOGUES._compiled[code] = {"code": code, **i18n.cldr_data(code), "messages": {}, "plurals": {}}
    yield
    for code in PO_LANGUAGES:
        if not (messages.COMPILED_DIR / f"{code}.json").is_file():
            CATALOGUES._compiled.pop(code, None)
            CATALOGUES._loaded.pop(code, None)


def test_compiled_catalogues_are_what_compile_makes_of_the_po_files():
    # The committed JSON is what the engine (and the wheel, and a source checkout's CLI) reads.
    for code in i18n.po_codes():
        path = messages.COMPILED_DIR / f"{code}.json"
        assert path.is_file() and path.read_text(encoding="utf-8") == i18n.compiled_text(code), (
            f"{path} is stale: run python scripts/i18n_catalogues.py compile")
    assert sorted(p.stem for p in messages.COMPILED_DIR.glob("*.json")) == sorted(i18n.po_codes())


def test_template_is_the_english_catalogue():
    with open(i18n.PO_DIR / "messages.pot", "rb") as handle:
        pot = read_po(handle)
    entries = {m.context: m.id for m in pot if m.id}
    assert entries == {key: text for key, text, _ in i18n.english_entries()}, (
        "messages.pot is stale: run python scripts/i18n_catalogues.py export-pot (or update)")


@pytest.mark.parametrize("code", [c for c in LANGUAGES_BUILT if c not in SOURCE_LANGUAGES] or [None])
def test_built_languages_have_every_message_up_to_date_with_the_english_placeholders(code):
    if code is None:
        pytest.skip("no PO language is in LANGUAGES_BUILT yet (calculators/messages/languages.py)")
    report = i18n.check(code)
    assert report.problems == 0, f"{code}: missing {report.missing}, stale {report.stale}, " \
                                 f"placeholders {report.placeholders}, plural forms {report.forms}"
    assert set(CATALOGUES[code]) == set(CATALOGUES["en"])


@pytest.mark.parametrize("code", PO_LANGUAGES)
def test_what_reaches_the_engine_has_the_english_placeholders(code):
    if not (messages.COMPILED_DIR / f"{code}.json").is_file():
        pytest.skip(f"no catalogue for {code} yet")
    english = CATALOGUES["en"]
    data = CATALOGUES.compiled(code)
    for key, text in data["messages"].items():
        names = {name for _, name, _, _ in string.Formatter().parse(english[key]) if name}
        assert text.format(**{name: "X" for name in names}), key
        assert {name for _, name, _, _ in string.Formatter().parse(text) if name} == names, key
    for key, forms in data["plurals"].items():
        assert set(forms) == set(categories(data["plural"])), key
        assert "{n}" in forms["other"], key


@pytest.mark.parametrize("code", PO_LANGUAGES)
def test_plural_categories_are_cldr_for_every_count(code):
    rules = i18n.cldr_data(code)["plural"]
    cldr = Locale.parse(LANGUAGES[code].locale).plural_form
    assert [category(rules, n) for n in range(0, 1001)] == [cldr(n) for n in range(0, 1001)]


def test_arabic_has_six_forms_for_0_1_2_5_11_and_100_days():
    cldr = Locale.parse("ar").plural_form
    assert [cldr(n) for n in COUNTS] == ["zero", "one", "two", "few", "many", "other"]  # Babel's CLDR data
    assert [category(i18n.cldr_data("ar")["plural"], n) for n in COUNTS] == [cldr(n) for n in COUNTS]


@pytest.mark.parametrize("code", PO_LANGUAGES)
def test_the_po_header_and_the_engine_pick_the_same_msgstr(code):
    # What a translator's tool shows as msgstr[i] (the Plural-Forms header Babel writes) is the form
    # the engine says, for every whole count.
    header = Catalog(locale=LANGUAGES[code].locale)
    index = gettext.c2py(header.plural_expr)
    rules = i18n.cldr_data(code)["plural"]
    tags = categories(rules)
    for n in range(0, 1001):
        assert min(tags.index(category(rules, n)), header.num_plurals - 1) == index(n), (code, n)


@pytest.mark.usefixtures("every_language")
@pytest.mark.parametrize("code", PO_LANGUAGES)
def test_say_picks_the_plural_form_of_the_count(code, monkeypatch):
    data = dict(CATALOGUES.compiled(code))
    tags = categories(data["plural"])
    data["plurals"] = {**data["plurals"], "unit.days": {tag: f"{tag}:{{n}}" for tag in tags}}
    monkeypatch.setitem(CATALOGUES._compiled, code, data)
    cldr = Locale.parse(LANGUAGES[code].locale).plural_form
    assert [say("unit.days", code, n=n) for n in COUNTS] == [f"{cldr(n)}:{n}" for n in COUNTS]
    assert say("unit.days.one", code, n=1) == f"{cldr(1)}:1"  # callers that still ask for ".one"


def test_english_and_french_keep_one_for_exactly_one():
    assert [say("unit.days", "en", n=n) for n in (0, 1, 2)] == ["0 days", "1 day", "2 days"]
    assert [say("unit.days", "fr", n=n) for n in (0, 1, 2)] == ["0 jours", "1 jour", "2 jours"]


@pytest.mark.usefixtures("every_language")
@pytest.mark.parametrize("code", PO_LANGUAGES)
@pytest.mark.parametrize("day", [date(2026, 12, 16), date(2026, 10, 1), date(2027, 1, 4)])
def test_dates_are_written_as_cldr_writes_them_with_latin_digits(code, day):
    locale = LANGUAGES[code].locale
    assert format_date(day, code) == babel_format_date(day, "full", locale=locale)
    assert long_date(day, code) == babel_format_date(day, "long", locale=locale)
    assert str(day.year) in format_date(day, code)  # Latin digits, also in Persian (whose CLDR default is not)


def test_english_and_french_dates_are_unchanged():
    assert format_date(date(2026, 12, 16), "en") == "Wed 16 Dec 2026"
    assert format_date(date(2026, 12, 16), "fr") == "mercredi 16 décembre 2026"


@pytest.mark.usefixtures("every_language")
def test_a_message_a_language_lacks_is_said_in_english_and_listed(monkeypatch):
    data = dict(CATALOGUES.compiled("es"))
    data["messages"] = {k: v for k, v in data["messages"].items() if k != "step.start"}
    monkeypatch.setitem(CATALOGUES._compiled, "es", data)
    CATALOGUES._loaded.pop("es", None)
    answer = handle({**JR, "lang": "es"})
    CATALOGUES._loaded.pop("es", None)
    assert answer["steps"][0].endswith("is not counted (Interpretation Act s. 27(5)).")
    assert answer["steps"][0] in answer["in_english"]
    assert "miércoles, 30 de septiembre de 2026" in " ".join(answer["steps"])  # dates in Spanish all the same
    assert "in_english" not in handle(JR)


@pytest.mark.usefixtures("every_language")
@pytest.mark.parametrize("code", PO_LANGUAGES)
def test_every_language_answers_every_kind(code):
    for request in (JR, {"kind": "remedies"}, {"kind": "interview"},
                    {"kind": "options", "application": "visitor-visa", "decided": "outside-canada",
                     "notified": "2026-09-15", "today": "2026-09-20"}):
        answer = handle({**request, "lang": code})
        assert "error" not in answer, (code, request, answer)


@pytest.mark.usefixtures("every_language")
def test_command_line_in_arabic_prints_right_to_left_lines(capsys):
    assert cli(["deadline", "judicial-review", "--from", "2026-09-15", "--where", "in-canada",
                "--today", "2026-09-20", "--lang", "ar-EG"]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if line]
    assert lines and all(line.startswith("\u200f") for line in lines)
    assert babel_format_date(date(2026, 10, 1), "full", locale="ar") in "\n".join(lines)


def test_command_line_in_english_has_no_direction_marks(capsys):
    assert cli(["deadline", "judicial-review", "--from", "2026-09-15", "--where", "in-canada"]) == 0
    assert "\u200f" not in capsys.readouterr().out


def _po(path: Path, entries: dict, locale: str = "es") -> None:
    catalog = Catalog(locale=locale)
    for key, (english, translation, flags) in entries.items():
        catalog.add(english, translation, context=key, flags=flags)
    with open(path, "wb") as handle:
        write_po(handle, catalog, width=0)


def test_check_lists_stale_missing_and_broken_entries(tmp_path, monkeypatch):
    monkeypatch.setattr(i18n, "PO_DIR", tmp_path)
    english = dict((key, text) for key, text, _ in i18n.english_entries())
    _po(tmp_path / "es.po", {
        "ui.try-again": (english["ui.try-again"], "Intentar de nuevo", ()),
        "ui.calculating": ("Counting…", "Calculando…", ()),  # made from an older English
        "ui.count-by-hand": (english["ui.count-by-hand"], "Cómo contar a mano", ("fuzzy",)),
        "ui.downloads": (english["ui.downloads"], "Descarga unos {megas} MB.", ()),
        "unit.days": ((english["unit.days"][0], english["unit.days"][1]), ("{n} día", "{n} días", ""), ()),
    })
    report = i18n.check("es")
    assert report.good == {"ui.try-again": "Intentar de nuevo"}
    assert report.stale == ["ui.count-by-hand", "ui.calculating"] or set(report.stale) == {"ui.calculating", "ui.count-by-hand"}
    assert [p.split(":")[0] for p in report.placeholders] == ["ui.downloads"]
    assert "unit.days" in report.missing  # a plural form left empty
    assert "ui.ready" in report.missing


def test_update_keeps_translations_and_marks_changed_english_fuzzy(tmp_path, monkeypatch):
    monkeypatch.setattr(i18n, "PO_DIR", tmp_path)
    english = dict((key, text) for key, text, _ in i18n.english_entries())
    _po(tmp_path / "es.po", {
        "ui.try-again": (english["ui.try-again"], "Intentar de nuevo", ()),
        "ui.calculating": ("Counting…", "Calculando…", ()),
        "ui.gone-for-good": ("An old sentence", "Una frase vieja", ()),
    })
    counts = i18n.update("es")
    with open(tmp_path / "es.po", "rb") as handle:
        catalog = read_po(handle)
    by_id = {m.context: m for m in catalog if m.id}
    assert by_id["ui.try-again"].string == "Intentar de nuevo" and not by_id["ui.try-again"].fuzzy
    assert by_id["ui.calculating"].id == english["ui.calculating"] and by_id["ui.calculating"].fuzzy
    assert by_id["ui.calculating"].string == "Calculando…"
    assert '#| msgid "Counting…"\nmsgctxt "ui.calculating"' in (tmp_path / "es.po").read_text(encoding="utf-8")
    assert by_id["ui.ready"].string == "" and "ui.gone-for-good" not in by_id
    assert counts["stale"] == 1 and counts["obsolete"] == 1
    assert "ui.calculating" in i18n.check("es").stale


def test_french_exports_as_a_po_and_imports_without_changes(tmp_path):
    path = tmp_path / "fr.po"
    i18n._write(path, i18n.french_catalogue())
    with open(path, "rb") as handle:
        catalog = read_po(handle, locale="fr")
    by_id = {m.context: m for m in catalog if m.id}
    assert by_id["unit.days"].string == ("{n} jour", "{n} jours", "{n} jours")
    assert by_id["ui.try-again"].string == CATALOGUES["fr"]["ui.try-again"]
    assert i18n.import_french(path) == []


def test_compiled_json_is_small_enough_to_load_on_a_phone():
    for path in messages.COMPILED_DIR.glob("*.json"):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert path.stat().st_size < 400_000, path
        assert set(data) >= {"plural", "dates", "messages", "plurals", "decimal"}


@pytest.mark.usefixtures("every_language")
@pytest.mark.parametrize("code", ["fa", "ur"])
def test_command_line_plan_in_persian_and_urdu_prints_right_to_left_lines(code, capsys):
    assert cli(["plan", "--application", "visitor-visa", "--notified", "2026-09-15", "--today", "2026-09-20",
                "--lang", code]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if line]
    assert lines and all(line.startswith("\u200f") for line in lines)


@pytest.mark.usefixtures("every_language")
@pytest.mark.parametrize("code", PO_LANGUAGES)
def test_an_answer_is_the_same_the_second_time_whatever_the_engine_cached(code):
    from calculators import interview

    interview._legal_numbers.cache_clear()  # the first answer words the legal numbers, the second reads them cached
    first = handle({"kind": "interview", "lang": code})
    assert handle({"kind": "interview", "lang": code}) == first


@pytest.mark.parametrize("code", [c for c in LANGUAGES_BUILT if c not in SOURCE_LANGUAGES])
@pytest.mark.parametrize("key", ["unit.days", "plan.days-left", "cli.days-left"])
def test_translated_day_counts_use_the_form_the_po_file_gives_for_the_cldr_category(code, key):
    # The real catalogues: for 0, 1, 2, 5, 11 and 100 days, the engine says msgstr[i] of the PO file,
    # i the index of the count's CLDR category (Babel) among the language's forms.
    with open(i18n.PO_DIR / f"{code}.po", "rb") as handle:
        catalog = read_po(handle, locale=LANGUAGES[code].locale)
    forms = next(m.string for m in catalog if m.context == key)
    cldr = Locale.parse(LANGUAGES[code].locale).plural_form
    tags = categories(Locale.parse(LANGUAGES[code].locale).plural_form.abstract)
    for n in COUNTS:
        assert say(key, code, n=n) == forms[min(tags.index(cldr(n)), len(forms) - 1)].format(n=n), (code, key, n)


def test_a_translation_of_an_english_sentence_that_changed_since_is_not_said(monkeypatch):
    # Someone edits the English (ui_en.py) and does not recompile: the engine itself notices that
    # the Spanish was made from the old sentence and says the new English instead.
    code = next(c for c in ("es", "pt-BR", "zh") if (messages.COMPILED_DIR / f"{c}.json").is_file())
    for cache in (CATALOGUES._compiled, CATALOGUES._loaded):
        monkeypatch.delitem(cache, code, raising=False)
    translated = say("ui.try-again", code)
    assert translated != CATALOGUES["en"]["ui.try-again"]
    for cache in (CATALOGUES._compiled, CATALOGUES._loaded):
        monkeypatch.delitem(cache, code, raising=False)
    monkeypatch.setitem(CATALOGUES["en"], "ui.try-again", "Try once more")
    with messages.record_fallbacks() as in_english:
        assert say("ui.try-again", code) == "Try once more"
    assert in_english == ["Try once more"]
    monkeypatch.undo()
    for cache in (CATALOGUES._compiled, CATALOGUES._loaded):
        cache.pop(code, None)
    assert say("ui.try-again", code) == translated


def test_compiled_catalogues_do_not_depend_on_todays_english(monkeypatch):
    # So an engineer who edits an English sentence never has a compiled file to regenerate.
    code = i18n.po_codes()[0]
    before = i18n.compiled_text(code)
    english = [(key, text, part) for key, text, part in i18n.english_entries()]
    changed = [(key, (text + " (edited)") if isinstance(text, str) else text, part) for key, text, part in english]
    monkeypatch.setattr(i18n, "english_entries", lambda lang="en": changed)
    assert i18n.compiled_text(code) == before
