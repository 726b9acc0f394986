"""The official text inside the project (issue 19 §2): the extract, the quotes, every citation resolves."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

import pytest

from calculators import cited_labels, law_quotes, law_text, rules
from scripts import extract_law

SHARED = extract_law.DEFAULT_SOURCE


def test_extract_is_what_the_script_makes_from_the_shared_copies(tmp_path):
    if not (SHARED / "en").is_dir():
        pytest.skip(f"no shared copies at {SHARED} (CI): the committed extract is checked by the tests below")
    assert extract_law.dumps(extract_law.build([SHARED])) == law_text.EXTRACT.read_text(encoding="utf-8"), (
        "calculators/official_text/extract.json is not what scripts/extract_law.py makes: run it")


def test_extract_says_where_it_came_from_and_that_it_is_not_the_official_version():
    about = law_text.extract()["about"]
    assert "laws-lois-xml" in about["from"]
    assert "Reproduction of Federal Law Order" in about["note"] and "not the official version" in about["note"]
    readme = (law_text.EXTRACT.parent / "README.md").read_text(encoding="utf-8")
    assert "Reproduction of Federal Law Order" in readme and "not the official version" in readme


@pytest.mark.parametrize("instrument", sorted(law_text.INSTRUMENT_FILES))
def test_each_instrument_carries_its_consolidation_date_in_both_languages(instrument):
    meta = law_text.extract()["instruments"][instrument]
    for lang in ("en", "fr"):
        assert meta[lang]["title"]
        assert len(meta[lang]["current_date"]) == 10 and len(meta[lang]["last_amended"]) == 10


def test_a_paragraph_label_resolves_to_its_words_with_the_lead_in():
    assert "within 15 days, in the case of a matter arising in Canada" in law_text.words("IRPA s. 72(2)(b)", "en")
    assert "The following provisions govern an application" in law_text.words("IRPA s. 72(2)(b)", "en")
    assert "(c) a judge of the Court may" not in law_text.words("IRPA s. 72(2)(b)", "en")
    assert "dans les quinze ou soixante jours" in law_text.words("IRPA s. 72(2)(b)", "fr")


def test_ranges_resolve_to_each_part():
    assert [key for key, _ in law_text.resolve("IRPR ss. 63-65")] == ["IRPR 63", "IRPR 64", "IRPR 65"]
    words = law_text.words("IRPR s. 160(3)-(4)", "en")
    assert "Notification shall be given" in words and "seven days after the day on which it was sent" in words


def test_paragraphs_of_a_subsection_the_french_text_does_not_divide_resolve_to_that_subsection():
    # IRPA s. 49(1) is three paragraphs in English, one sentence in French: (b) is in that sentence.
    assert law_text.resolve("IRPA s. 49(1)(b)") is not None
    english = law_text.words("IRPA s. 49(1)(b)", "en")
    assert english == ("49 (1) A removal order comes into force on (b) the day after the day on which the appeal "
                       "period expires, if there is a right to appeal and no appeal is made; or")
    french = law_text.words("IRPA s. 49(1)(b)-(c)", "fr")
    assert french.count("celle susceptible d’appel prend effet à l’expiration du délai d’appel") == 1
    assert "(2)" not in french
    box = law_text.provision("IRPA s. 49(1)(b)-(c)", "fr")["languages"][0]["sections"]
    assert len(box) == 1 and len(box[0]["lines"]) == 1  # the French sentence once, not once a paragraph
    assert len(law_text.provision("IRPA s. 49(1)(b)-(c)", "en")["languages"][0]["sections"]) == 2
    # Only an undivided text stops the path: a paragraph neither language has still does not resolve.
    assert law_text.resolve("IRPA s. 49(1)(z)") is None
    assert law_text.resolve("IRPR s. 162(1)") is None


def test_a_label_that_names_no_provision_does_not_resolve():
    assert law_text.resolve("IRPA s. 72(9)") is None
    assert law_text.resolve("IRPA s. 9999") is None
    assert law_text.resolve("B.C. Reg. 20/2017") is None


def test_a_repealed_provision_is_marked():
    data = law_text.extract()
    # IRPA s. 110(2)(d.1) is printed; its repeal by S.C. 2026, c. 4 is an amendment not in force.
    assert "2026, c. 4, s. 49" in law_text.pending("IRPA s. 110(2)", data)
    assert not law_text.is_repealed("IRPA s. 110(2)", data)


@pytest.mark.parametrize("rule_id", sorted(law_quotes.QUOTES))
def test_quote_is_found_word_for_word_in_the_official_text(rule_id):
    quote = law_quotes.QUOTES[rule_id]
    assert law_text.resolve(quote.label) is not None, f"rule {rule_id}: {quote.label} is not in the extract"
    for lang in ("en", "fr"):
        said = law_text.normalise(quote.text(lang))
        assert said, f"rule {rule_id}: no {lang} quote"
        assert said in law_text.words(quote.label, lang), (
            f"rule {rule_id}: the {lang} quote is not in the official text of {quote.label}: {said!r}")


def test_every_time_limit_has_a_quote_in_both_languages_or_is_listed_as_not_federal():
    missing = []
    for limit in rules.TIME_LIMITS:
        if law_text.not_federal(limit.source):
            assert limit.id not in law_quotes.QUOTES, f"{limit.id}: {limit.source} is not federal law; no quote to check"
            continue
        quote = law_quotes.QUOTES.get(limit.id)
        if quote is None or not quote.en or not quote.fr or quote.label != limit.source:
            missing.append(f"{limit.id} ({limit.source})")
    assert not missing, "time limits without a verbatim quote of their own provision: " + ", ".join(missing)


# How the official text writes each number of a time limit (digits, or words: "quinze", "one-year").
NUMBER_WORDS = {
    "en": {1: ("one year", "one-year"), 3: ("three",), 5: ("five",), 7: ("seven",), 10: (), 12: (), 14: (),
           15: (), 30: ("thirty",), 36: (), 60: ("sixty",), 90: ()},
    "fr": {1: ("un an", "l’année"), 3: ("trois",), 5: ("cinq",), 7: ("sept",), 10: (), 12: ("douze",), 14: (),
           15: ("quinze",), 30: ("trente",), 36: ("trente-six",), 60: ("soixante",), 90: ("quatre-vingt-dix",)},
}
# The number is not in the cited provision's own words: IRPA s. 101(1)(b.2) refers to "the time limit
# referred to in subsection 159.4(1.1)" of the Regulations, where the 14 days are.
NUMBER_ELSEWHERE = {"refugee-claim-land-border"}


def test_every_quote_states_the_number_of_its_time_limit_in_both_languages():
    wrong = []
    for limit in rules.TIME_LIMITS:
        quote = law_quotes.QUOTES.get(limit.id)
        if quote is None or limit.id in NUMBER_ELSEWHERE:
            continue
        for lang in ("en", "fr"):
            said = quote.text(lang)
            forms = (str(limit.length), *NUMBER_WORDS[lang][limit.length])
            if not any(form in said for form in forms):
                wrong.append(f"{limit.id} ({lang}): {limit.length} {limit.unit} not in {said!r}")
    assert not wrong, "quotes that do not state their rule's number:\n" + "\n".join(wrong)


def test_the_time_limits_that_rest_on_no_federal_text_are_these():
    # Said, not skipped: these rules' sources are provincial, Quebec's, the IRB's or the site's own policy.
    assert {limit.id: limit.source for limit in rules.TIME_LIMITS if law_text.not_federal(limit.source)} == {
        "rad-record-irb-practice": "IRB practice notice, 2020-09-28",
        "provincial-review-on": "O. Reg. 421/17 s. 10",
        "provincial-review-bc": "B.C. Reg. 20/2017",
        "provincial-review-ab": "AAIP program policy",
        "provincial-review-sk": "SINP procedures",
        "quebec-taq": "Quebec Immigration Act s. 72",
        "quebec-caq-refused-policy": "No time limit found (safe policy)",
    }


def test_every_fee_has_a_quote_in_both_languages_or_is_listed_as_not_federal():
    for fee in rules.FEES:
        quote = law_quotes.QUOTES.get(f"fee.{fee.id}")
        if law_text.not_federal(fee.source):
            assert fee.id == "citizenship-federal-court", f"fee {fee.id}: {fee.source} is not a federal provision"
            continue
        assert quote is not None and quote.label == fee.source, f"fee {fee.id}: no quote of {fee.source}"


def _engine_constants() -> dict[str, object]:
    """Every module-level name in calculators.eligibility (a module or a package of them) and rules."""
    found: dict[str, object] = dict(vars(rules))
    package = importlib.import_module("calculators.eligibility")
    found.update(vars(package))
    for info in pkgutil.iter_modules(getattr(package, "__path__", [])):
        found.update(vars(importlib.import_module(f"calculators.eligibility.{info.name}")))
    return found


def test_every_bar_the_engine_applies_has_a_quote():
    constants = _engine_constants()
    for name, rule_ids in law_quotes.BAR_CONSTANTS.items():
        assert name in constants, f"the bar constant {name} is gone from calculators: move its quote with it"
        for rule_id in rule_ids:
            assert rule_id in law_quotes.QUOTES, f"bar {name}: no quote {rule_id}"
    assert rules.SERIOUS_CRIMINALITY_MIN_IMPRISONMENT[2] == law_quotes.QUOTES["bar.iad-serious-criminality"].label


@pytest.fixture(scope="module")
def every_label():
    return sorted(cited_labels.all_labels())


def test_the_sweep_finds_the_labels_of_options_plans_and_deadlines(every_label):
    printed = cited_labels.printed_labels()
    for label in ("IRPA s. 72(2)(b)", "IAD Rules r. 16(b)", "IRPR s. 159.91(1)(a)", "Citizenship Act s. 22.1",
                  "IRPR s. 224(2)", "O. Reg. 421/17 s. 10"):
        assert label in printed


def test_every_citation_the_engine_can_print_resolves_to_a_provision_in_force(every_label):
    unresolved = [label for label in every_label if law_text.resolve(label) is None and not law_text.not_federal(label)]
    assert not unresolved, ("labels that name no provision of the extract (fix the label, or re-run "
                            "scripts/extract_law.py if it is new): " + ", ".join(unresolved))
    repealed = [label for label in every_label if law_text.resolve(label) and law_text.is_repealed(label)]
    assert not repealed, "labels citing a repealed provision: " + ", ".join(repealed)


def test_labels_that_are_not_federal_law_are_listed_with_what_they_are(every_label):
    listed = {label: law_text.not_federal(label) for label in every_label if law_text.resolve(label) is None}
    assert all(listed.values())
    assert listed["Quebec Immigration Act s. 72"].startswith("Quebec statute")
    assert listed["Kurukkal, 2010 FCA 230"] == "court decision; not a provision"


def test_other_languages_get_both_official_texts():
    shown = law_text.provision("IRPA s. 72(2)(b)", "es")
    assert shown["fallback"] is True
    assert [part["lang"] for part in shown["languages"]] == ["en", "fr"]
    french = law_text.provision("IRPA s. 72(2)(b)", "fr")
    assert french["fallback"] is False and [part["lang"] for part in french["languages"]] == ["fr"]
    assert french["languages"][0]["current_date"] == law_text.extract()["instruments"]["IRPA"]["fr"]["current_date"]


def test_the_extract_is_not_shipped_in_the_browser_wheel():
    from scripts.build_wheel import package_files

    names = [name for name, _ in package_files()]
    assert "calculators/law_text.py" in names
    assert not any("official_text" in name for name in names)


def test_the_amending_act_provision_the_engine_cites_is_printed_with_the_act():
    words = law_text.words("S.C. 2026, c. 4 s. 75", "en")
    assert words.startswith("75")
    assert Path(law_text.EXTRACT).is_file()
