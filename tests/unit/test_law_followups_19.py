"""Issue 19, law follow-ups: citations and wording read against the official text (the project's
extract, calculators/official_text/extract.json), in English and French. Each failed on the code
before its fix."""

from pathlib import Path

import pytest

from calculators import law_quotes, law_text, reference, rules
from calculators.api import handle

ROOT = Path(__file__).resolve().parents[2]
LANGS = ("en", "fr")


def options(lang="en", **request):
    result = handle({"kind": "options", "notified": "2026-09-15", "lang": lang, **request})
    assert "error" not in result, result
    return {o["remedy"]: o for o in result["options"]}


# --- 1. A RAD rejection is IRPA s. 49(2)(e); (c) is an RPD rejection with no right to appeal


def test_removal_stay_after_rad_cites_irpa_49_2_e_the_rad_rejection_not_49_2_c():
    assert rules.time_limit("removal-stay-after-rad").source == "IRPA s. 49(2)(e)"
    quote = law_quotes.QUOTES["removal-stay-after-rad"]
    assert quote.label == "IRPA s. 49(2)(e)"
    assert "Refugee Appeal Division" in law_text.words(quote.label, "en")
    assert "Section d’appel des réfugiés" in law_text.words(quote.label, "fr")
    assert "Refugee Appeal Division" in quote.text("en") and "Section d’appel des réfugiés" in quote.text("fr")


@pytest.mark.parametrize("lang", LANGS)
def test_rad_appeal_option_and_snippet_cite_49_2_e(lang):
    rad = options(lang, application="refugee-claim", refugee_stage="rpd", no_credible_basis="no",
                  rad_exception="none", reasons_received="2026-09-15")["rad-appeal"]
    printed = " ".join(rad["reasons"]) + " ".join(rad["citations"])
    assert ("49(2)(e)" if lang == "en" else "49(2)e)") in printed
    assert "49(2)(c)" not in printed and "49(2)c)" not in printed
    cite = reference.snippets(lang=lang)["removal-stay-after-rad/cite.md"]
    assert cite.startswith("[IRPA s. 49(2)(e)]" if lang == "en" else "[LIPR, al. 49(2)e)]")


def test_french_title_of_the_rad_stay_says_prend_effet_as_the_act_does():
    title = reference.snippets(lang="fr")["table/time-limits.md"]
    assert "Mesure de renvoi qui prend effet après le rejet de l'appel" in title
    assert "Mesure de renvoi exécutoire après le rejet" not in title


# --- 3. The departure-order rule cites the paragraphs that make it: IRPA s. 49(1)(b)-(c)


@pytest.mark.parametrize("status", ["permanent-resident", "protected-person"])
@pytest.mark.parametrize("lang", LANGS)
def test_departure_order_open_to_an_iad_appeal_cites_irpa_49_1_b_to_c(status, lang):
    departure = options(lang, application="removal-order", removal_status=status, removal_order_type="departure",
                        decision_made="2026-08-20")["departure-order"]
    if lang == "en":
        assert "IRPA s. 49(1)(b)-(c)" in departure["citations"] and "IRPA s. 49(1)" not in departure["citations"]
        assert "(IRPA s. 49(1)(b)-(c), s. 48(1))" in " ".join(departure["reasons"])
    else:  # the French s. 49(1) is one sentence, not paragraphs: the subsection
        assert "LIPR, par. 49(1)" in departure["citations"]
    assert any(link["url"].endswith(("section-49.html", "art-49.html")) for link in departure["citation_links"])
    assert law_text.resolve("IRPA s. 49(1)(b)-(c)") is not None


def test_departure_order_that_may_be_open_to_an_appeal_cites_irpa_49_1_b_to_c():
    departure = options(application="removal-order", removal_status="unknown", removal_order_type="departure",
                        decision_made="2026-08-20")["departure-order"]
    assert any("not in force while you can appeal" in reason for reason in departure["reasons"])
    assert "IRPA s. 49(1)(b)-(c)" in departure["citations"]


# --- 2. IRPR s. 162: the PRRA application must be *received* within 15 days after notification


@pytest.mark.parametrize("notified", ["2026-09-15", "2026-09-16"])  # day 15: 30 Sept (a holiday), 1 Oct
@pytest.mark.parametrize("lang", LANGS)
def test_prra_application_must_reach_ircc_by_the_last_day_not_just_be_sent(notified, lang):
    assert "received within 15 days" in law_quotes.QUOTES["prra-application"].text("en")
    deadline = handle({"kind": "deadline", "remedy": "prra-application", "from": notified, "lang": lang})
    steps = " ".join(deadline["steps"])
    prra = options(lang, application="removal-order", removal_status="foreign-national",
                   prra_notified=notified)["prra"]
    said = " ".join(prra["reasons"]) + " " + " ".join(prra.get("steps", []))
    counting = reference.snippets(lang=lang)["table/time-limits.md"]
    if lang == "en":
        assert "IRCC must receive your application by" in steps and "Sending it is not enough" in steps
        assert "Apply by" not in steps
        assert "IRCC must receive your application within 15 days after the notice" in said
        assert "IRCC must receive the application by the last working day" in counting
    else:
        assert "IRCC doit recevoir votre demande au plus tard" in steps and "L'envoyer ne suffit pas" in steps
        assert "Faites votre demande au plus tard" not in steps
        assert "IRCC doit recevoir votre demande dans les 15 jours qui suivent l'avis" in said
        assert "IRCC doit recevoir la demande au plus tard le dernier jour ouvrable" in counting


@pytest.mark.parametrize("page, must, never", [
    ("remedies/removal-order.md", "IRCC must receive your application within {!law/prra-application/limit.md!}",
     "Apply within {!law/prra-application"),
    ("remedies/removal-order.fr.md", "IRCC doit recevoir votre demande dans les {!law/fr/prra-application/limit.md!}",
     "Faites la demande dans les {!law/fr/prra-application"),
    ("start-here.md", "First deadline: IRCC must receive your application", "First deadline: apply within"),
    ("start-here.fr.md", "Premier délai : IRCC doit recevoir votre demande", "Premier délai : faites la demande"),
])
def test_guides_say_the_prra_application_must_reach_ircc_in_time(page, must, never):
    source = (ROOT / "docs" / page).read_text(encoding="utf-8")
    assert must in source and never not in source
