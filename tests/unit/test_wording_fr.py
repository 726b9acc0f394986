"""French wording: one snapshot, French dates and citations, and no English left in a French result.

Worked examples from law/FACTS.md §2 (notified Tue 2026-09-15 in Canada → Thu 2026-10-01;
notified Fri 2026-07-03 → file by Fri 2026-07-17, may extend to Mon 2026-07-20; FCIR r. 10
over the recess → Tue 2026-01-27).
"""

import itertools
import re
import string
from datetime import date

import pytest

from calculators import eligibility
from calculators.api import handle
from calculators.messages import CATALOGUES, cite_label, format_date, long_date
from calculators.reference import snippets
from calculators.rules import DEADLINE_REMEDIES
from calculators.wording import citation

EN, FR = CATALOGUES["en"], CATALOGUES["fr"]
JR_IN_CANADA = {"kind": "deadline", "remedy": "judicial-review", "from": "2026-09-15", "where": "in-canada"}


def plain(value):
    """The text with French no-break spaces (before « : ; $ ») as plain spaces, to compare with a snapshot."""
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value.replace("\u00a0", " ")


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_french_catalogue_has_every_english_key_and_no_other():
    assert set(FR) == set(EN)


def test_french_messages_fill_only_fields_the_english_ones_have():
    # A French message may leave out a field (court names are typed in French), never invent one.
    for key, text in FR.items():
        assert fields(text) <= fields(EN[key]), key


def test_french_dates_are_written_in_full_with_1er():
    assert format_date(date(2026, 10, 1), "fr") == "jeudi 1er octobre 2026"
    assert format_date(date(2026, 9, 15), "fr") == "mardi 15 septembre 2026"
    assert long_date(date(2025, 7, 29), "fr") == "29 juillet 2025"


@pytest.mark.parametrize("label, french, url", [
    ("IRPA s. 72(2)(b)", "LIPR, al. 72(2)b)", "https://laws-lois.justice.gc.ca/fra/lois/i-2.5/art-72.html"),
    ("IRPA s. 72(1)", "LIPR, par. 72(1)", "https://laws-lois.justice.gc.ca/fra/lois/i-2.5/art-72.html"),
    ("IRPR s. 182(1)", "RIPR, par. 182(1)", "https://laws-lois.justice.gc.ca/fra/reglements/DORS-2002-227/art-182.html"),
    ("IRPR ss. 63-65", "RIPR, art. 63 à 65", "https://laws-lois.justice.gc.ca/fra/reglements/DORS-2002-227/art-63.html"),
    ("IA s. 26", "Loi d'interprétation, art. 26", "https://laws-lois.justice.gc.ca/fra/lois/i-21/art-26.html"),
    ("FCR r. 2", "Règles des Cours fédérales, règle 2", "https://laws-lois.justice.gc.ca/fra/reglements/DORS-98-106/art-2.html"),
    ("FCIR r. 23", "Règles des CF en matière d'immigration, règle 23",
     "https://laws-lois.justice.gc.ca/fra/reglements/DORS-93-22/art-23.html"),
    ("IAD Rules r. 4(e)", "Règles de la SAI, al. 4e)", "https://laws-lois.justice.gc.ca/fra/reglements/DORS-2022-277/art-4.html"),
    ("PA s. 12", "LPRP, art. 12", "https://laws-lois.justice.gc.ca/fra/lois/p-21/art-12.html"),
    ("ATIA s. 10(3)", "LAI, par. 10(3)", "https://laws-lois.justice.gc.ca/fra/lois/a-1/art-10.html"),
    ("Kurukkal, 2010 FCA 230", "Kurukkal, 2010 CAF 230", None),
    ("El Yahyaoui, 2012 FC 283", "El Yahyaoui, 2012 CF 283", None),
])
def test_french_citations_use_french_names_and_link_the_french_text(label, french, url):
    assert cite_label(label, "fr") == french
    assert citation(label, "fr").as_dict() == {"label": french, "url": url}


def test_french_steps_for_a_last_day_on_ndtr():
    result = handle({**JR_IN_CANADA, "lang": "fr"})
    assert plain(result["title"]).startswith("Cour fédérale : demande d'autorisation et de contrôle judiciaire")
    assert plain(result["steps"]) == [
        "Le jour où vous avez été avisé de la décision, le mardi 15 septembre 2026, n'est pas compté "
        "(Loi d'interprétation, par. 27(5)).",
        "Le 15e jour après le mardi 15 septembre 2026 est le mercredi 30 septembre 2026, la Journée nationale "
        "de la vérité et de la réconciliation, jour férié selon le paragraphe 35(1) de la Loi d'interprétation "
        "→ le jour suivant qui n'est pas férié est le jeudi 1er octobre 2026.",
        "Le jeudi 1er octobre 2026 n'est pas un jour férié de la Cour fédérale (Règles des Cours fédérales, "
        "règle 2). Déposez au plus tard ce jour-là.",
    ]
    assert result["citations"][0] == "LIPR, al. 72(2)b)"
    assert result["citation_links"][0]["url"] == "https://laws-lois.justice.gc.ca/fra/lois/i-2.5/art-72.html"
    assert (result["last_day"], result["file_by"]) == ("2026-10-01", "2026-10-01")  # the structure does not change


def test_french_steps_for_a_saturday_last_day_give_the_probable_monday():
    result = handle({**JR_IN_CANADA, "from": "2026-07-03", "lang": "fr"})
    assert "déposez au plus tard le vendredi 17 juillet 2026" in result["steps"][2]
    assert "un dépôt le lundi 20 juillet 2026" in result["steps"][3] and "Cour d'appel fédérale\u00a0: Lagacé, 1996" in result["steps"][3]
    assert plain(result["steps"][2]).startswith("Le samedi 18 juillet 2026 est un samedi, jour férié selon la règle 2 "
                                                "des Règles des Cours fédérales.")


def test_french_steps_over_the_christmas_recess_under_the_rules():
    result = handle({"kind": "deadline", "remedy": "applicants-record", "from": "2025-12-10", "lang": "fr"})
    assert plain(result["steps"][1]) == (
        "Sans compter les 18 jours de la pause des fêtes de la Cour fédérale (du dimanche 21 décembre 2025 au "
        "mercredi 7 janvier 2026, Règles des Cours fédérales, par. 6(3)), le 30e jour après le mercredi 10 décembre "
        "2025 est le mardi 27 janvier 2026, qui n'est pas un jour férié de la Cour fédérale (Règles des Cours "
        "fédérales, règle 2) : c'est le dernier jour.")


def test_french_errors_and_unknown_language():
    assert handle({"kind": "deadline", "remedy": "restoration", "from": "2026-02-30", "lang": "fr"})["error"] == {
        "field": "from", "message": "Le mois de février 2026 n'a que 28 jours. Vérifiez le jour."}
    assert "La langue doit être" in handle({**JR_IN_CANADA, "lang": "de"})["error"]["message"]


def test_french_snippets_never_type_an_english_unit_or_label():
    texts = snippets(date(2026, 11, 23), "fr")
    assert texts["judicial-review-in-canada/limit.md"] == "15 jours"
    assert texts["fee/federal-court-filing/amount.md"] == "50\u00a0$"
    assert texts["misrepresentation-bar/limit.md"] == "5 ans"
    for path, text in texts.items():
        assert not re.search(r"\b(days|years|months|IRPA|IRPR|FCR|FCIR)\b", text), path
        assert "/eng/" not in text, path


def test_no_legal_number_is_typed_into_the_french_wording():
    for message_id, text in FR.items():
        if message_id.startswith(("error.", "cli.", "table.", "ics.")):
            continue
        for number in ("21 décembre", "7 janvier", "15 jours", "60 jours", "30 jours", "90 jours", "5 ans",
                       "12 mois", "50 $", "50\u00a0$", "200\u00a0$", "5\u00a0$"):
            assert number not in text, (message_id, number)


# --- No English leaks into a French result.

# Strings that are the same in both languages on purpose.
SAME_IN_BOTH = {
    EN["error.not-allowed.lang"],  # said in both languages: the language is what is wrong
    EN["plan.step.undated"],  # only the step's name, which is worded in each language
}
# English words that never appear in French wording (proper names such as "Boxing Day" or
# "P.F. Collier" are not in this list).
ENGLISH = re.compile(r"\b(the|day|days|you|your|and|of|is|not|after|file|before|IRPA|IRPR|FCR|FCIR|IAD Rules|"
                     r"ATIA|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Sep|Oct|Nov|Dec|s\.|ss\.|r\.)(?=\W|$)")


def strings(value):
    """Every text a person reads in a result (not ids, ISO dates or request echoes)."""
    if isinstance(value, dict):
        for key, inner in value.items():
            if key in ("remedy", "rule", "kind", "from", "last_day", "file_by", "may_extend_to", "unit",
                       "last_verified", "deadline_request", "status", "url", "where_values", "rules", "filename",
                       "field", "state", "today"):
                continue
            yield from strings(inner)
    elif isinstance(value, list):
        for inner in value:
            yield from strings(inner)
    elif isinstance(value, str):
        yield value.replace("\r\n ", "")  # a calendar file's folded lines (RFC 5545 §3.1), unfolded


def deadline_requests():
    for remedy, rules in DEADLINE_REMEDIES.items():
        for where, day in itertools.product(rules, ("2026-09-15", "2026-07-03", "2025-12-10", "2026-11-26",
                                                     "2025-10-31", "2027-03-26", "2026-12-18")):
            request = {"kind": "deadline", "remedy": remedy, "from": day}
            if where:
                request["where"] = where
            yield request
            yield {**request, "kind": "ics"}


def options_requests():
    grounds_choices = ([], ["misrepresentation"], ["unknown"], ["security"], ["serious-criminality"],
                       ["misrepresentation", "unknown"])
    for application, decided, grounds, relationship, status_lost in itertools.product(
            eligibility.APPLICATIONS, ("in-canada", "outside-canada", "unknown"), grounds_choices,
            ("spouse", "parent", "unknown"), (None, "2026-06-01")):
        request = {"kind": "options", "application": application, "decided": decided, "notified": "2026-09-15",
                   "grounds": grounds, "relationship": relationship}
        if status_lost:
            request["status_lost"] = status_lost
        yield request
    # Issue 11: every value of every further options field, with the optional dates and `today`
    # (so passed dates, days left and start-date warnings are worded too).
    dates = {"permit_expiry": "2026-03-01", "decision_made": "2026-09-10", "reasons_received": "2026-09-18",
             "prra_notified": "2026-09-16"}
    for application in eligibility.APPLICATIONS:
        for name, values in eligibility.CHOICE_FIELDS.items():
            for value in values:
                yield {"kind": "options", "application": application, "decided": "unknown", "notified": "2026-09-15",
                       name: value, **dates, "today": "2026-10-20", "grounds": ["misrepresentation"]}
    for day in ("2026-09-20", "2025-01-02", "2027-09-01"):
        yield {"kind": "deadline", "remedy": "rad-appeal", "from": "2026-09-18", "today": day}


BAD_REQUESTS = [
    {"kind": "deadline", "remedy": "judicial-review", "from": "2026-09-15"},
    {"kind": "deadline", "remedy": "judicial-review", "from": "2026-09-15", "where": "moon"},
    {"kind": "deadline", "remedy": "nothing", "from": "2026-09-15"},
    {"kind": "deadline", "remedy": "restoration"},
    {"kind": "deadline", "remedy": "restoration", "from": "15/09/2026"},
    {"kind": "deadline", "remedy": "restoration", "from": "1800-01-01"},
    {"kind": "deadline", "remedy": "restoration", "from": "2026-13-01"},
    {"kind": "options", "decided": "in-canada", "notified": "2026-09-15"},
    {"kind": "options", "application": "extension", "notified": "2026-09-15"},
    {"kind": "options", "application": "extension", "decided": "in-canada", "notified": "2026-09-15",
     "grounds": ["nonsense"]},
    {"kind": "nothing"},
    {"kind": "remedies"},
]


def all_requests():
    yield from deadline_requests()
    yield from options_requests()
    yield from BAD_REQUESTS


def test_no_english_string_leaks_into_a_french_result():
    checked = 0
    for request in all_requests():
        english = list(strings(handle({**request, "lang": "en"})))
        french = list(strings(handle({**request, "lang": "fr"})))
        assert len(english) == len(french), request
        for en_text, fr_text in zip(english, french):
            checked += 1
            if en_text in SAME_IN_BOTH:
                continue
            assert fr_text != en_text, (request, fr_text)
            # ids in an error's list of allowed values ("port-of-entry") are not wording
            text = re.sub(r"\b[a-z0-9]+(?:-[a-z0-9.]+)+\b", "", fr_text.replace("Boxing Day", ""))
            assert not ENGLISH.search(text), (request, fr_text)
    assert checked > 10_000


def test_every_french_message_is_reached_or_different_from_english():
    # Coverage of the catalogue itself: no French entry is a copy of the English one.
    same_word = {"date.long", "date.day-month", "ground.sanctions"}  # "{day} {month} {year}"; "sanctions" is French too
    same_word |= {"interview.grounds.sanctions"}  # the interview's choice: "Sanctions" is French too
    same_word |= {"term.consent-form-imm-5744", "term.taq"}  # a form number; a Quebec body named in French
    place_names = ("interview.province.", "interview.province-program.", "ui.help.region.")  # Alberta, Manitoba, Ontario... (PLAN helper)
    copies = [key for key in FR if FR[key] == EN[key] and EN[key] not in SAME_IN_BOTH and key not in same_word
              and not key.startswith(place_names)]
    assert copies == [], copies
