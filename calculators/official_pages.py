"""The official pages and forms a reader acts on, as data (issue 13; interface in coord PLAN.md).

Each entry: the page's title and address in English and French, the form's name and how it
is filed (as the official page says it), the site to search when no address was found, where
the address was found (``found_in``: the stored public material it came from) and the day it
was checked. An address is never guessed: where none was found, ``url`` is None and pages say
"search for <X> on <site>" instead (``page()["search_hint"]``).

``page(id, lang)`` -> {"label", "url" (or None), "form", "how", "search_hint"} for the plan
and the guides. ``snippets(lang)`` / ``write_snippets(directory)``: ``link/<id>.md`` (a
Markdown link, or the search sentence), ``form/<id>.md`` and ``how/<id>.md`` (one line each,
no trailing newline), English at the top of ``docs/snippets/law`` and French under ``fr/``,
like the law snippets (CONTRIBUTING.md §1).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

LANGS = ("en", "fr")


@dataclass(frozen=True)
class OfficialPage:
    id: str
    title: dict[str, str]  # {"en": ..., "fr": ...}: what the link says
    site: str  # the host to search when there is no address: "canada.ca", "irb-cisr.gc.ca" ...
    search: dict[str, str]  # the words to search for on that site, per language
    url: dict[str, str | None] = field(default_factory=lambda: {"en": None, "fr": None})
    form: dict[str, str] | None = None  # the form's name (and number), per language; None: no form
    how: dict[str, str] | None = None  # how it is filed, per language, as the official page says
    found_in: tuple[str, ...] = ()  # where the address/form was found (search result address, repository path)
    checked: date | None = None  # the day found_in was read


CHECKED = date(2026, 12, 1)

PAGES: tuple[OfficialPage, ...] = (
    OfficialPage(
        id="fc-leave-application",
        title={"en": "Federal Court: immigration and refugee proceedings",
               "fr": "Cour fédérale : instances en matière d'immigration et de réfugiés"},
        site="fct-cf.ca",
        search={"en": "application for leave and for judicial review", "fr": "demande d'autorisation et de contrôle judiciaire"},
    ),
    OfficialPage(
        id="fc-self-represented",
        title={"en": "Federal Court: representing yourself", "fr": "Cour fédérale : se représenter soi-même"},
        site="fct-cf.ca",
        search={"en": "self-represented litigants", "fr": "parties non représentées"},
    ),
    OfficialPage(
        id="iad-appeal-sponsorship",
        title={"en": "IRB: appeal a refused family sponsorship", "fr": "CISR : appel d'un refus de parrainage familial"},
        site="irb-cisr.gc.ca",
        search={"en": "sponsorship appeal", "fr": "appel en matière de parrainage"},
    ),
    OfficialPage(
        id="iad-appeal-removal-order",
        title={"en": "IRB: appeal a removal order", "fr": "CISR : appel d'une mesure de renvoi"},
        site="irb-cisr.gc.ca",
        search={"en": "removal order appeal", "fr": "appel d'une mesure de renvoi"},
    ),
    OfficialPage(
        id="iad-appeal-residency",
        title={"en": "IRB: appeal a residency obligation decision", "fr": "CISR : appel sur l'obligation de résidence"},
        site="irb-cisr.gc.ca",
        search={"en": "residency obligation appeal", "fr": "appel obligation de résidence"},
    ),
    OfficialPage(
        id="rad-appeal",
        title={"en": "IRB: appeal to the Refugee Appeal Division", "fr": "CISR : appel à la Section d'appel des réfugiés"},
        site="irb-cisr.gc.ca",
        search={"en": "Refugee Appeal Division appeal", "fr": "appel Section d'appel des réfugiés"},
    ),
    OfficialPage(
        id="restoration",
        title={"en": "IRCC: restore your status", "fr": "IRCC : rétablir votre statut"},
        site="canada.ca",
        search={"en": "restore your status", "fr": "rétablir votre statut"},
    ),
    OfficialPage(
        id="trp",
        title={"en": "IRCC: temporary resident permit", "fr": "IRCC : permis de séjour temporaire"},
        site="canada.ca",
        search={"en": "temporary resident permit", "fr": "permis de séjour temporaire"},
    ),
    OfficialPage(
        id="atip-request",
        title={"en": "Access to information request (ATIP online)", "fr": "Demande d'accès à l'information (AIPRP en ligne)"},
        site="canada.ca",
        search={"en": "ATIP online request", "fr": "demande d'AIPRP en ligne"},
    ),
    OfficialPage(
        id="privacy-request",
        title={"en": "Personal information request (Privacy Act)", "fr": "Demande de renseignements personnels (Loi sur la protection des renseignements personnels)"},
        site="canada.ca",
        search={"en": "personal information request IRCC", "fr": "demande de renseignements personnels IRCC"},
    ),
    OfficialPage(
        id="info-commissioner-complaint",
        title={"en": "Information Commissioner: make a complaint", "fr": "Commissaire à l'information : déposer une plainte"},
        site="oic-ci.gc.ca",
        search={"en": "make a complaint", "fr": "déposer une plainte"},
    ),
    OfficialPage(
        id="privacy-commissioner-complaint",
        title={"en": "Privacy Commissioner: file a complaint against a federal institution",
               "fr": "Commissaire à la protection de la vie privée : plainte contre une institution fédérale"},
        site="priv.gc.ca",
        search={"en": "file a complaint federal institution", "fr": "plainte institution fédérale"},
    ),
    OfficialPage(
        id="prra",
        title={"en": "IRCC: pre-removal risk assessment", "fr": "IRCC : examen des risques avant renvoi"},
        site="canada.ca",
        search={"en": "pre-removal risk assessment", "fr": "examen des risques avant renvoi"},
    ),
    OfficialPage(
        id="h-and-c",
        title={"en": "IRCC: humanitarian and compassionate grounds", "fr": "IRCC : considérations d'ordre humanitaire"},
        site="canada.ca",
        search={"en": "humanitarian and compassionate grounds", "fr": "considérations d'ordre humanitaire"},
    ),
    OfficialPage(
        id="ircc-fees",
        title={"en": "IRCC: fee list", "fr": "IRCC : liste des frais"},
        site="canada.ca",
        search={"en": "IRCC fee list", "fr": "liste des frais IRCC"},
    ),
    OfficialPage(
        id="citizenship-refused",
        title={"en": "IRCC: citizenship application refused", "fr": "IRCC : demande de citoyenneté refusée"},
        site="canada.ca",
        search={"en": "citizenship application refused", "fr": "demande de citoyenneté refusée"},
    ),
    OfficialPage(
        id="ircc-webform",
        title={"en": "IRCC web form", "fr": "Formulaire Web d'IRCC"},
        site="canada.ca",
        search={"en": "IRCC web form", "fr": "formulaire Web IRCC"},
    ),
    OfficialPage(
        id="authorization-to-return",
        title={"en": "IRCC: authorization to return to Canada", "fr": "IRCC : autorisation de retour au Canada"},
        site="canada.ca",
        search={"en": "authorization to return to Canada", "fr": "autorisation de retour au Canada"},
    ),
    OfficialPage(
        id="oinp-review",
        title={"en": "Ontario Immigrant Nominee Program: request a review", "fr": "Programme ontarien des candidats à l'immigration : demande de révision"},
        site="ontario.ca",
        search={"en": "OINP request for internal review", "fr": "POCI demande de révision interne"},
    ),
    OfficialPage(
        id="bcpnp-review",
        title={"en": "BC Provincial Nominee Program: request for review", "fr": "Programme des candidats de la C.-B. : demande de révision"},
        site="welcomebc.ca",
        search={"en": "BC PNP request for review", "fr": "BC PNP request for review"},
    ),
    OfficialPage(
        id="aaip-reconsideration",
        title={"en": "Alberta Advantage Immigration Program: reconsideration", "fr": "Programme d'immigration Alberta Advantage : réexamen"},
        site="alberta.ca",
        search={"en": "AAIP reconsideration", "fr": "AAIP reconsideration"},
    ),
    OfficialPage(
        id="sinp-review",
        title={"en": "Saskatchewan Immigrant Nominee Program: second review", "fr": "Programme des candidats de la Saskatchewan : deuxième examen"},
        site="saskatchewan.ca",
        search={"en": "SINP second review", "fr": "SINP second review"},
    ),
    OfficialPage(
        id="mpnp",
        title={"en": "Manitoba Provincial Nominee Program", "fr": "Programme des candidats du Manitoba"},
        site="immigratemanitoba.com",
        search={"en": "procedural fairness", "fr": "équité procédurale"},
    ),
    OfficialPage(
        id="taq",
        title={"en": "Tribunal administratif du Québec: contest a decision", "fr": "Tribunal administratif du Québec : contester une décision"},
        site="taq.gouv.qc.ca",
        search={"en": "immigration recourse", "fr": "recours immigration"},
    ),
)

BY_ID: dict[str, OfficialPage] = {p.id: p for p in PAGES}
IDS: tuple[str, ...] = tuple(BY_ID)

_SEARCH = {
    "en": "search for “{words}” on {site}",
    "fr": "cherchez « {words} » sur {site}",
}


def _lang(lang: str) -> str:
    return "fr" if str(lang).lower().startswith("fr") else "en"


def search_hint(page_id: str, lang: str = "en") -> str:
    entry = BY_ID[page_id]
    lang = _lang(lang)
    return _SEARCH[lang].format(words=entry.search[lang], site=entry.site)


def page(page_id: str, lang: str = "en") -> dict:
    """What the plan and the guides show for one official page, in ``lang``."""
    entry = BY_ID[page_id]
    lang = _lang(lang)
    return {
        "id": entry.id,
        "label": entry.title[lang],
        "url": entry.url.get(lang) or entry.url.get("en"),
        "form": entry.form[lang] if entry.form else None,
        "how": entry.how[lang] if entry.how else None,
        "search_hint": search_hint(page_id, lang),
    }


def link_markdown(page_id: str, lang: str = "en") -> str:
    found = page(page_id, lang)
    return f"[{found['label']}]({found['url']})" if found["url"] else found["search_hint"]


def snippets(lang: str = "en") -> dict[str, str]:
    """Relative path -> text: ``link/<id>.md``, and ``form/<id>.md`` / ``how/<id>.md`` where known."""
    texts: dict[str, str] = {}
    for entry in PAGES:
        found = page(entry.id, lang)
        texts[f"link/{entry.id}.md"] = link_markdown(entry.id, lang)
        if found["form"]:
            texts[f"form/{entry.id}.md"] = found["form"]
        if found["how"]:
            texts[f"how/{entry.id}.md"] = found["how"]
    return texts


def all_snippets() -> dict[str, str]:
    """Every language's snippets, French under ``fr/`` (the layout of calculators.reference)."""
    return {("" if lang == "en" else f"{lang}/") + rel: text for lang in LANGS for rel, text in snippets(lang).items()}


def write_snippets(directory: Path) -> None:
    """Write these snippets with the law snippets into ``directory`` (docs/snippets/law).

    The law snippets' writer owns that folder and removes files it did not write, so these go
    through it (``extra``), once per build, from scripts/hooks/law_snippets.py.
    """
    from calculators.reference import write_snippets as write_law_snippets

    write_law_snippets(Path(directory), extra=all_snippets())
