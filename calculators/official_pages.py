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
        title={"en": "Federal Court: steps in an application for leave and for judicial review (immigration)",
               "fr": "Cour fédérale : étapes d'une demande d'autorisation et de contrôle judiciaire (immigration)"},
        site="fct-cf.gc.ca",
        search={"en": "application for leave and for judicial review immigration", "fr": "demande d'autorisation et de contrôle judiciaire immigration"},
        url={"en": "https://www.fct-cf.gc.ca/en/pages/representing-yourself/procedural-charts/application-for-leave-and-for-judicial-review-immigration",
             "fr": None},
        form={"en": "Application for Leave and for Judicial Review (Form IR-1 of the Federal Courts Citizenship, Immigration and Refugee Protection Rules)",
              "fr": "Demande d'autorisation et de contrôle judiciaire (formule IR-1 des Règles des Cours fédérales en matière de citoyenneté, d'immigration et de protection des réfugiés)"},
        how={"en": "File it with the Federal Court. You can file at a Court office, by mail or online. Then serve it on the Minister, through the Department of Justice. If you are late, ask for more time in the same form.",
             "fr": "Déposez-la à la Cour fédérale : à un bureau de la Cour, par la poste ou en ligne. Signifiez-la ensuite au ministre, par le ministère de la Justice. Si vous êtes en retard, demandez plus de temps dans la même formule."},
        found_in=(
            "find_string 'fct-cf.gc.ca/en/pages/representing-yourself' -> GitHub file id 12933684575 links https://www.fct-cf.gc.ca/en/pages/representing-yourself/procedural-charts/application-for-leave-and-for-judicial-review-immigration",
            "search pages: https://www.scribd.com/document/436122833/FC-Application-for-Leave-and-for-Judicial-Review-Immigration (copy of the chart: Form IR-1, rules 5-7)",
            "search pages: https://laws-lois.justice.gc.ca/eng/regulations/SOR-93-22/page-3.html (Form IR-1 in the schedule)",
            "search pages: https://www.fct-cf.gc.ca/en/pages/representing-yourself/checklists/application-for-leave-and-judicial-review---citizenship (copies for service on the Department of Justice, extension request inside the application)",
            "find_string -> GitHub file id 26798640393 (https://www.fct-cf.gc.ca/en/pages/representing-yourself/e-filing)",
        ),
        checked=CHECKED,
    ),
    OfficialPage(
        id="fc-form-ir-1",
        title={"en": "The form to fill in: Form IR-1, Application for Leave and for Judicial Review (official text)",
               "fr": "La formule à remplir : formule IR-1, Demande d'autorisation et de contrôle judiciaire (texte officiel)"},
        site="laws-lois.justice.gc.ca",
        search={"en": "SOR/93-22 Form IR-1", "fr": "DORS/93-22 formule IR-1"},
        url={"en": "https://laws-lois.justice.gc.ca/eng/regulations/SOR-93-22/page-3.html",
             "fr": "https://laws-lois.justice.gc.ca/fra/reglements/DORS-93-22/page-3.html"},
        form={"en": "Form IR-1 (rule 5 of the Federal Courts Citizenship, Immigration and Refugee Protection Rules)",
              "fr": "Formule IR-1 (règle 5 des Règles des Cours fédérales en matière de citoyenneté, d'immigration et de protection des réfugiés)"},
        found_in=(
            "search pages: https://laws.justice.gc.ca/eng/regulations/SOR-93-22/page-3.html (Schedule, Form IR-1 (Rule 5), Application for Leave and for Judicial Review); same page at laws-lois.justice.gc.ca/eng/regulations/SOR-93-22/page-3.html",
            "search pages: http://laws-lois.justice.gc.ca/fra/reglements/DORS-93-22/page-3.html (Annexe, Formule IR-1 (règle 5))",
            "search pages: https://www.fct-cf.gc.ca/en/pages/representing-yourself/checklists/application-for-leave-and-judicial-review---citizenship (\"Used the proper form (Form IR-1) found in the Federal Courts Citizenship, Immigration and Refugee Protection Rules\")",
        ),
        checked=date(2026, 12, 6),
    ),
    OfficialPage(
        id="fc-self-represented",
        title={"en": "Federal Court: who may represent you (you may represent yourself)",
               "fr": "Cour fédérale : qui peut vous représenter (vous pouvez vous représenter vous-même)"},
        site="fct-cf.gc.ca",
        search={"en": "representing yourself", "fr": "se représenter soi-même"},
        url={"en": "https://www.fct-cf.gc.ca/en/pages/representing-yourself/finding-legal-help/who-can-represent-you-in-federal-court",
             "fr": None},
        how={"en": "You may act for yourself, or a lawyer may act for you. A consultant cannot represent you in the Federal Court.",
             "fr": "Vous pouvez agir vous-même, ou un avocat peut agir pour vous. Un consultant ne peut pas vous représenter à la Cour fédérale."},
        found_in=("search pages: https://www.fct-cf.gc.ca/en/pages/representing-yourself/finding-legal-help/who-can-represent-you-in-federal-court",
                  "search pages: https://www.fct-cf.gc.ca/en/pages/representing-yourself/your-day-in-court"),
        checked=CHECKED,
    ),
    OfficialPage(
        id="iad-appeal-sponsorship",
        title={"en": "IRB: making an immigration appeal (sponsorship, removal order, residency obligation)",
               "fr": "CISR : appels en matière d'immigration (parrainage, mesure de renvoi, obligation de résidence)"},
        site="irb-cisr.gc.ca",
        search={"en": "make a sponsorship appeal", "fr": "appel en matière de parrainage"},
        url={"en": "https://irb.gc.ca/en/making-immigration-appeal/Pages/index.aspx", "fr": "https://irb.gc.ca/fr/fiche-information/Pages/FactIadSai.aspx"},
        form={"en": "Notice of appeal (sponsorship appeal), with a copy of the refusal letter",
              "fr": "Avis d'appel (appel en matière de parrainage), avec une copie de la lettre de refus"},
        how={"en": "The sponsor sends the form and a copy of the refusal letter to the office of the Immigration Appeal Division that serves where they live. The office must receive it in time.",
             "fr": "Le répondant envoie le formulaire et une copie de la lettre de refus au bureau de la Section d'appel de l'immigration qui dessert son lieu de résidence. Le bureau doit le recevoir à temps."},
        found_in=(
            "search pages: https://irb.gc.ca/fr/fiche-information/Pages/FactIadSai.aspx (IRB fact sheet 'Appels en matière d'immigration')","search pages: https://irb.gc.ca/en/making-immigration-appeal/Pages/index.aspx ('Make a sponsorship appeal')",
                  "search pages: https://wr-dev.irb-cisr.gc.ca/en/filing-immigration-appeal/Pages/immapp-a1.aspx (IRB's own text, older copy: notice of appeal form and a copy of the refusal letter)",
                  "search pages: https://stepstojustice.ca/steps/immigration/2-start-your-appeal-iad/ (secondary: 'Notice of Appeal - Sponsorship Appeal' form, IAD office)"),
        checked=CHECKED,
    ),
    OfficialPage(
        id="iad-appeal-removal-order",
        title={"en": "IRB: notice of appeal – removal order form",
               "fr": "CISR : faire appel d'une mesure de renvoi"},
        site="irb-cisr.gc.ca",
        search={"en": "notice of appeal removal order", "fr": "avis d'appel mesure de renvoi"},
        url={"en": "https://www.irb-cisr.gc.ca/en/forms/Pages/notice-of-appeal-removal.aspx",
             "fr": "https://irb.gc.ca/fr/faire-appel-immigration/Pages/immapp-bc1.aspx"},
        form={"en": "Notice of appeal – removal order, with a copy of the removal order",
              "fr": "Avis d'appel – mesure de renvoi, avec une copie de la mesure de renvoi"},
        how={"en": "Send the form and a copy of the removal order to the IRB office closest to where you live. Email is best. The Immigration Appeal Division must receive them in time.",
             "fr": "Envoyez le formulaire et une copie de la mesure de renvoi au bureau de la CISR le plus proche de chez vous. Le courriel est préférable. La Section d'appel de l'immigration doit les recevoir à temps."},
        found_in=("search pages: https://www.irb-cisr.gc.ca/en/forms/Pages/notice-of-appeal-removal.aspx",
                  "search pages: https://irb.gc.ca/fr/faire-appel-immigration/Pages/immapp-bc1.aspx",
                  "search pages: https://cisr-irb.gc.ca/en/making-immigration-appeal/Pages/immapp-bc1.aspx"),
        checked=CHECKED,
    ),
    OfficialPage(
        id="iad-appeal-residency",
        title={"en": "IRB: notice of appeal – residency obligation form",
               "fr": "CISR : faire appel sur l'obligation de résidence"},
        site="irb-cisr.gc.ca",
        search={"en": "notice of appeal residency obligation", "fr": "avis d'appel obligation de résidence"},
        url={"en": "https://www.irb-cisr.gc.ca/en/forms/Pages/notice-of-appeal-residency.aspx", "fr": "https://irb.gc.ca/fr/faire-appel-immigration/Pages/immapp-d1.aspx"},
        form={"en": "Notice of appeal – residency obligation, with a copy of the IRCC decision",
              "fr": "Avis d'appel – obligation de résidence, avec une copie de la décision d'IRCC"},
        how={"en": "Send the form and a copy of the decision to the IRB office for the province where you live or last lived. Email is best. Each family member files their own form.",
             "fr": "Envoyez le formulaire et une copie de la décision au bureau de la CISR de la province où vous vivez ou avez vécu en dernier. Le courriel est préférable. Chaque membre de la famille dépose son propre formulaire."},
        found_in=(
            "search pages: https://irb.gc.ca/fr/faire-appel-immigration/Pages/immapp-d1.aspx","search pages: https://www.irb-cisr.gc.ca/en/forms/Pages/notice-of-appeal-residency.aspx",
                  "search pages: https://irb.gc.ca/en/forms/Pages/notice-of-appeal-residency.aspx"),
        checked=CHECKED,
    ),
    OfficialPage(
        id="rad-appeal",
        title={"en": "IRB: Refugee Appeal Division appellant's guide",
               "fr": "CISR : faire appel d'une décision sur une demande d'asile"},
        site="irb-cisr.gc.ca",
        search={"en": "Refugee Appeal Division appellant's guide", "fr": "Section d'appel des réfugiés guide de l'appelant"},
        url={"en": "https://www.irb-cisr.gc.ca/en/refugee-appeals/Pages/RefAppGuide.aspx", "fr": "https://www.irb-cisr.gc.ca/fr/interjeter-appel-asile/faire-appel-decision-demande-asile/Pages/index.aspx"},
        form={"en": "Notice of appeal, then the appellant's record (RAD Appellant's Record form and checklist)",
              "fr": "Avis d'appel, puis dossier de l'appelant (formulaire et liste de contrôle du dossier de l'appelant de la SAR)"},
        how={"en": "Send both to the RAD office in the same region as the RPD office that sent your decision. Send one copy by email, or paper copies by mail, fax or in person.",
             "fr": "Envoyez les deux au greffe de la SAR de la même région que la SPR qui vous a envoyé la décision. Envoyez une copie par courriel, ou des copies papier par la poste, par télécopieur ou en personne."},
        found_in=(
            "search pages: https://www.irb-cisr.gc.ca/fr/interjeter-appel-asile/faire-appel-decision-demande-asile/Pages/index.aspx (avis d'appel au greffe de la SAR du bureau régional)","search pages: https://www.irb-cisr.gc.ca/en/refugee-appeals/Pages/RefAppGuide.aspx",
                  "search pages: https://cisr.gc.ca/en/filing-refugee-appeal/filing-a-refugee-appeal/Pages/preparing-submitting-appellant-record.aspx (RAD Appellant's Record form and checklist)",
                  "search pages: https://irb.gc.ca/en/refugee-appeals/Pages/RadSar3010Instruct.aspx (copies; one if sent electronically)",
                  "search pages: https://irb.gc.ca/fr/appels-refugies/Pages/RadSar00Instruct.aspx (RAD registry in the same regional office as the RPD)",
                  "search pages: https://stepstojustice.ca/steps/refugee-law/2-fill-out-your-notice-appeal-form/ (secondary: one copy by email, three by mail, fax or in person)"),
        checked=CHECKED,
    ),
    OfficialPage(
        id="restoration",
        title={"en": "IRCC: restoration of temporary resident status (instructions IRCC officers follow)",
               "fr": "IRCC : rétablissement du statut de résident temporaire (instructions des agents)"},
        site="canada.ca",
        search={"en": "restore your status", "fr": "rétablir votre statut"},
        url={"en": "https://www.canada.ca/en/immigration-refugees-citizenship/corporate/publications-manuals/operational-bulletins-manuals/temporary-residents/visitors/restoration-status.html",
             "fr": "https://www.canada.ca/fr/immigration-refugies-citoyennete/organisation/publications-guides/bulletins-guides-operationnels/residents-temporaires/visiteurs/retablissement-statut.html"},
        form={"en": "An application for a visitor record, study permit or work permit, with restoration asked for and the restoration fee paid",
              "fr": "Une demande de fiche de visiteur, de permis d'études ou de permis de travail, en demandant le rétablissement et en payant les frais de rétablissement"},
        how={"en": "Apply online, in your IRCC account, while you are in Canada. Your answers must say which status you want back.",
             "fr": "Faites la demande en ligne, dans votre compte IRCC, pendant que vous êtes au Canada. Vos réponses doivent dire quel statut vous voulez retrouver."},
        found_in=(
            "search pages: https://www.canada.ca/fr/immigration-refugies-citoyennete/organisation/publications-guides/bulletins-guides-operationnels/residents-temporaires/visiteurs/retablissement-statut.html","search pages: https://www.canada.ca/en/immigration-refugees-citizenship/corporate/publications-manuals/operational-bulletins-manuals/temporary-residents/visitors/restoration-status.html (in-Canada applications submitted electronically)",
                  "search pages: https://www.canada.ca/en/immigration-refugees-citizenship/services/coronavirus-covid19/restoration-extension-trv.html (older page: apply online in the IRCC account, select the status you are restoring)"),
        checked=CHECKED,
    ),
    OfficialPage(
        id="visitor-record-apply",
        title={"en": "IRCC: extend your stay in Canada (visitor record): how to apply",
               "fr": "IRCC : prolonger votre séjour au Canada (fiche du visiteur) : comment présenter une demande"},
        site="canada.ca",
        search={"en": "extend your stay in Canada how to apply", "fr": "prolonger votre séjour au Canada comment présenter une demande"},
        url={"en": "https://www.canada.ca/en/immigration-refugees-citizenship/services/visit-canada/extend-stay/apply.html",
             "fr": "https://www.cic.gc.ca/francais/information/demandes/sejour.asp"},
        form={"en": "An application for a visitor record, made online",
              "fr": "Une demande de fiche du visiteur, faite en ligne"},
        how={"en": "Apply online, in your IRCC account. Read the instruction guide first.",
             "fr": "Faites la demande en ligne, dans votre compte IRCC. Lisez d'abord le guide d'instructions."},
        found_in=(
            "search pages: https://canada.ca/en/immigration-refugees-citizenship/services/visit-canada/extend-stay/apply.html "
            "('Extend your stay in Canada: How to apply'; 'You must apply online for your visitor record'; read the instruction guide)",
            "search pages: http://www.cic.gc.ca/francais/information/demandes/sejour.asp ('Prolonger votre séjour au Canada : "
            "Comment présenter une demande'; the French page's stored copy, at IRCC's older address)",
            "search pages: https://www.canada.ca/en/immigration-refugees-citizenship/corporate/publications-manuals/"
            "operational-bulletins-manuals/temporary-residents/visitors/restoration-status.html (in-Canada visitor record "
            "applications, restoration included, are submitted electronically)"),
        checked=date(2026, 12, 6),
    ),
    OfficialPage(
        id="work-permit-extend-apply",
        title={"en": "IRCC: extend or change the conditions on your work permit: how to apply",
               "fr": "IRCC : prolonger ou modifier les conditions de votre permis de travail : comment présenter une demande"},
        site="canada.ca",
        search={"en": "extend or change the conditions on your work permit how to apply",
                "fr": "prolonger ou modifier les conditions de votre permis de travail"},
        url={"en": "https://www.canada.ca/en/immigration-refugees-citizenship/services/work-canada/permit/temporary/extend/apply.html",
             "fr": None},
        form={"en": "An application to extend or change the conditions on your work permit, made online",
              "fr": "Une demande de prolongation ou de modification des conditions de votre permis de travail, faite en ligne"},
        how={"en": "Apply online, in your IRCC account, while you are in Canada.",
             "fr": "Faites la demande en ligne, dans votre compte IRCC, pendant que vous êtes au Canada."},
        found_in=(
            "search pages: https://www.canada.ca/en/immigration-refugees-citizenship/services/work-canada/permit/temporary/extend/apply.html "
            "('Extend or change the conditions on your work permit: How to apply'; 'In most cases, you must apply online to "
            "extend or change the conditions on your work permit'); the French page was not found in the stored pages",
            "search pages: https://www.canada.ca/en/immigration-refugees-citizenship/corporate/publications-manuals/"
            "operational-bulletins-manuals/temporary-residents/visitors/restoration-status.html (restoration is asked for in "
            "an application for a visitor record, study permit or work permit)"),
        checked=date(2026, 12, 6),
    ),
    OfficialPage(
        id="trp",
        title={"en": "IRCC: temporary resident permits and criminal convictions",
               "fr": "IRCC : surmonter les condamnations pénales (permis de séjour temporaire)"},
        site="canada.ca",
        search={"en": "temporary resident permit", "fr": "permis de séjour temporaire"},
        url={"en": "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/inadmissibility/overcome-criminal-convictions.html",
             "fr": "https://www.canada.ca/fr/immigration-refugies-citoyennete/services/immigrer-canada/interdiction-territoire/surmonter-condamnations-penales.html"},
        form={"en": "No special form. You ask in writing, with your visa, permit or extension application",
              "fr": "Pas de formulaire spécial. Vous le demandez par écrit, avec votre demande de visa, de permis ou de prolongation"},
        how={"en": "Explain in writing why you need to come or stay. Outside Canada, ask through a visa office or at the border. In Canada, ask with your application to IRCC.",
             "fr": "Expliquez par écrit pourquoi vous devez venir ou rester. Hors du Canada, demandez-le par un bureau des visas ou à la frontière. Au Canada, demandez-le avec votre demande à IRCC."},
        found_in=(
            "search pages: https://www.canada.ca/fr/immigration-refugies-citoyennete/services/immigrer-canada/interdiction-territoire/surmonter-condamnations-penales.html","find_string 'inadmissibility/overcome-criminal-convictions' -> GitHub file ids 56131687406, 70876701795 link https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/inadmissibility/overcome-criminal-convictions.html",
                  "search pages: http://www.cic.gc.ca/english/information/applications/guides/5554ETOC.asp (Guide 5554, for people who already hold a permit)",
                  "search pages: http://www.jefflilaw.com/canada-immigration/temporary-visas-and-permits/temporary-resident-permit-and-trp/ (secondary: ask with the visa application and explain why)"),
        checked=CHECKED,
    ),
    OfficialPage(
        id="atip-request",
        title={"en": "ATIP Online Request Service (Government of Canada)",
               "fr": "Service de demande d'AIPRP en ligne (gouvernement du Canada)"},
        site="canada.ca",
        search={"en": "ATIP online request", "fr": "demande d'AIPRP en ligne"},
        url={"en": "https://atip-aiprp.tbs-sct.gc.ca/en/Home/Welcome", "fr": "https://atip-aiprp.tbs-sct.gc.ca/fr/Bienvenue"},
        form={"en": "Access to information request. For another person's file, add their consent form, IMM 5744",
              "fr": "Demande d'accès à l'information. Pour le dossier d'une autre personne, joignez son formulaire de consentement, l'IMM 5744"},
        how={"en": "Ask online and pay the fee online. A citizen, a permanent resident or a person in Canada must ask. For your own file, the free Privacy Act request is simpler, from anywhere.",
             "fr": "Faites-la en ligne et payez les frais en ligne. Un citoyen, un résident permanent ou une personne au Canada doit la faire. Pour votre propre dossier, la demande gratuite selon la Loi sur la protection des renseignements personnels est plus simple, de partout."},
        found_in=(
            "search pages: https://atip-aiprp.tbs-sct.gc.ca/fr/Bienvenue","search pages: https://atip-aiprp.tbs-sct.gc.ca/en/Home/Welcome",
                  "search pages: https://atip-aiprp.apps.gc.ca/atip/faq.do?caller=/atip/faq.do (older service: who may request, written consent)"),
        checked=CHECKED,
    ),
    OfficialPage(
        id="privacy-request",
        title={"en": "ATIP Online Request Service: personal information request",
               "fr": "Service de demande d'AIPRP en ligne : demande de renseignements personnels"},
        site="canada.ca",
        search={"en": "personal information request", "fr": "demande de renseignements personnels"},
        url={"en": "https://atip-aiprp.tbs-sct.gc.ca/en/Home/Welcome", "fr": "https://atip-aiprp.tbs-sct.gc.ca/fr/Bienvenue"},
        form={"en": "Personal information request, made online",
              "fr": "Demande de renseignements personnels, faite en ligne"},
        how={"en": "Ask online. It is free. It is for your own file, and you can ask from any country, yourself.",
             "fr": "Faites-la en ligne. C'est gratuit. Vous demandez votre propre dossier, vous-même, depuis n'importe quel pays."},
        found_in=(
            "search pages: https://atip-aiprp.tbs-sct.gc.ca/fr/Bienvenue","search pages: https://atip-aiprp.tbs-sct.gc.ca/en/Home/Welcome (personal information requests; agents for clients outside Canada use an ATI request)",
            "search pages: https://ircc.canada.ca/english/helpcentre/questions-answers-by-topic.asp?top=1 (Privacy Act: citizens, permanent residents and foreign nationals, regardless of where they are located; FACTS §5 Revised 2026-12-06)",),
        checked=CHECKED,
    ),
    OfficialPage(
        id="info-commissioner-complaint",
        title={"en": "Information Commissioner: submit your complaint",
               "fr": "Commissariat à l'information : déposer une plainte"},
        site="oic-ci.gc.ca",
        search={"en": "submit your complaint", "fr": "déposer une plainte"},
        url={"en": "https://www.oic-ci.gc.ca/en/submit-your-complaint", "fr": "https://www.oic-ci.gc.ca/fr/deposer-une-plainte"},
        form={"en": "Complaint form (online, or the PDF form)", "fr": "Formulaire de plainte (en ligne, ou le formulaire PDF)"},
        how={"en": "Fill out the form online, or send the PDF form. Add your request and the answer or notice you got.",
             "fr": "Remplissez le formulaire en ligne, ou envoyez le formulaire PDF. Joignez votre demande et la réponse ou l'avis reçu."},
        found_in=("search pages: https://www.oic-ci.gc.ca/en/submit-your-complaint",
                  "search pages: https://www.oic-ci.gc.ca/fr/deposer-une-plainte"),
        checked=CHECKED,
    ),
    OfficialPage(
        id="privacy-commissioner-complaint",
        title={"en": "Privacy Commissioner: file a complaint about a federal institution",
               "fr": "Commissariat à la protection de la vie privée : plainte contre une institution fédérale"},
        site="priv.gc.ca",
        search={"en": "file a complaint about a federal institution", "fr": "plainte contre une institution fédérale"},
        url={"en": "https://www.priv.gc.ca/en/report-a-concern/file-a-formal-privacy-complaint/file-a-complaint-about-a-federal-institution/",
             "fr": "https://www.priv.gc.ca/fr/signaler-un-probleme/deposer-une-plainte-officielle-concernant-la-protection-de-la-vie-privee/deposer-une-plainte-visant-une-institution-du-gouvernement-federal/"},
        form={"en": "Privacy complaint form (online)", "fr": "Formulaire de plainte relative à la vie privée (en ligne)"},
        how={"en": "Fill out the form online. It is free. The office suggests that you first raise the problem with IRCC's privacy office.",
             "fr": "Remplissez le formulaire en ligne. C'est gratuit. Le Commissariat suggère d'abord de soulever le problème auprès du bureau de la protection des renseignements personnels d'IRCC."},
        found_in=("search pages: https://www.priv.gc.ca/en/report-a-concern/file-a-formal-privacy-complaint/file-a-complaint-about-a-federal-institution/",
                  "search pages: https://priv.gc.ca/en/report-a-concern/file-a-formal-privacy-complaint/file-a-complaint-about-a-federal-institution",
                  "find_string 'priv.gc.ca/fr/signaler-un-probleme' -> GitHub file id 56421500460 links https://www.priv.gc.ca/fr/signaler-un-probleme/deposer-une-plainte-officielle-concernant-la-protection-de-la-vie-privee/deposer-une-plainte-visant-une-institution-du-gouvernement-federal/"),
        checked=CHECKED,
    ),
    OfficialPage(
        id="prra",
        title={"en": "IRCC: Guide 5523, applying for a pre-removal risk assessment",
               "fr": "IRCC : examen des risques avant renvoi"},
        site="canada.ca",
        search={"en": "pre-removal risk assessment", "fr": "examen des risques avant renvoi"},
        url={"en": "https://canada.ca/en/immigration-refugees-citizenship/services/application/application-forms-guides/guide-5523-applying-removal-risk-assessment.html",
             "fr": "https://www.canada.ca/fr/immigration-refugies-citoyennete/services/refugies/presenter-demande-asile-canada/apres-avoir-presenter-demande-etapes-suivantes/recours-rejetee/examen-risques-avant-renvoi.html"},
        form={"en": "Application for a Pre-Removal Risk Assessment (IMM 5508), which the Canada Border Services Agency gives you with the notification",
              "fr": "Demande d'examen des risques avant renvoi (IMM 5508), que l'Agence des services frontaliers du Canada vous remet avec l'avis"},
        how={"en": "Send the form and your written reasons to the IRCC office named in your notice. Send them online through Canada Post's Connect service, or by mail.",
             "fr": "Envoyez le formulaire et vos observations écrites au bureau d'IRCC nommé dans votre avis. Envoyez-les en ligne par le service Connect de Postes Canada, ou par la poste."},
        found_in=("search pages: https://canada.ca/en/immigration-refugees-citizenship/services/application/application-forms-guides/guide-5523-applying-removal-risk-assessment.html",
                  "search pages: https://www.canada.ca/fr/immigration-refugies-citoyennete/services/refugies/presenter-demande-asile-canada/apres-avoir-presenter-demande-etapes-suivantes/recours-rejetee/examen-risques-avant-renvoi.html",
                  "search pages: https://myrefugeeclaim.ca/en/guide/after-your-hearing/pre-removal-risk-assessment-prra/ (secondary: form IMM 5508 given by the CBSA)"),
        checked=CHECKED,
    ),
    OfficialPage(
        id="h-and-c",
        title={"en": "IRCC: humanitarian and compassionate considerations (application from inside Canada)",
               "fr": "IRCC : considérations d'ordre humanitaire (demande présentée au Canada)"},
        site="canada.ca",
        search={"en": "humanitarian and compassionate considerations", "fr": "considérations d'ordre humanitaire"},
        url={"en": "https://www.canada.ca/en/immigration-refugees-citizenship/services/application/application-forms-guides/humanitarian-compassionate-considerations.html",
             "fr": None},
        form={"en": "Application for permanent residence on humanitarian and compassionate grounds (Guide 5291 and its forms)",
              "fr": "Demande de résidence permanente pour considérations d'ordre humanitaire (guide 5291 et ses formulaires)"},
        how={"en": "Apply online, in IRCC's permanent residence portal, and pay the fee. Say clearly what you ask for and why.",
             "fr": "Faites la demande en ligne, dans le portail de résidence permanente d'IRCC, et payez les frais. Dites clairement ce que vous demandez et pourquoi."},
        found_in=("search pages: https://ca-ciconline.com/www.ca-ciconline.com/en/immigration-refugees-citizenship/services/application/application-forms-guides/humanitarian-compassionate-considerations.html (copy of the canada.ca page; the address is its path on canada.ca)",
                  "search pages: https://typeeditorpositano.pages.dev/231384.html (copy of Guide 5291: submit in the Permanent Residence Online Application Portal)",
                  "search pages: http://www.cic.gc.ca/english/information/applications/handc.asp (older official page)"),
        checked=CHECKED,
    ),
    OfficialPage(
        id="ircc-fees",
        title={"en": "IRCC: fee list", "fr": "IRCC : liste des frais"},
        site="canada.ca",
        search={"en": "IRCC fee list", "fr": "liste des frais IRCC"},
        url={"en": "https://ircc.canada.ca/english/information/fees/fees.asp", "fr": "https://ircc.canada.ca/francais/information/frais/bareme.asp"},
        found_in=(
            "search pages: https://ircc.canada.ca/francais/information/frais/bareme.asp","find_string 'information/fees/fees.asp' -> GitHub file ids 67193106208, 53760265243, 54567492926 and others (https://ircc.canada.ca/english/information/fees/fees.asp)",),
        checked=CHECKED,
    ),
    OfficialPage(
        id="citizenship-refused",
        title={"en": "Federal Court: checklist for a citizenship application for leave and judicial review",
               "fr": "Cour fédérale : liste de contrôle, demande d'autorisation et de contrôle judiciaire en matière de citoyenneté"},
        site="fct-cf.gc.ca",
        search={"en": "application for leave and judicial review citizenship", "fr": "contrôle judiciaire citoyenneté"},
        url={"en": "https://www.fct-cf.gc.ca/en/pages/representing-yourself/checklists/application-for-leave-and-judicial-review---citizenship",
             "fr": None},
        form={"en": "Application for Leave and for Judicial Review (Form IR-1), limited to one decision",
              "fr": "Demande d'autorisation et de contrôle judiciaire (formule IR-1), limitée à une seule décision"},
        how={"en": "File it with the Federal Court and pay the filing fee. Bring copies to serve on the Minister. If you are late, ask for more time in the same form.",
             "fr": "Déposez-la à la Cour fédérale et payez les droits de dépôt. Apportez des copies à signifier au ministre. Si vous êtes en retard, demandez plus de temps dans la même formule."},
        found_in=("search pages: https://www.fct-cf.gc.ca/en/pages/representing-yourself/checklists/application-for-leave-and-judicial-review---citizenship",),
        checked=CHECKED,
    ),
    OfficialPage(
        id="ircc-webform",
        title={"en": "IRCC: case-specific enquiry (web form)", "fr": "IRCC : demande de renseignements sur un cas (formulaire Web)"},
        site="canada.ca",
        search={"en": "IRCC web form", "fr": "formulaire Web IRCC"},
        url={"en": "https://secure.cic.gc.ca/enquiries-renseignements/canada-case-cas-eng.aspx",
             "fr": "https://secure.cic.gc.ca/enquiries-renseignements/canada-case-cas-fra.aspx"},
        how={"en": "Fill it out online. Have your application number ready.",
             "fr": "Remplissez-le en ligne. Ayez votre numéro de demande sous la main."},
        found_in=("find_string 'enquiries-renseignements/canada-case' -> GitHub file ids 16504578126 (IRCC processing-times script: 'Case Specific Enquiry form'), 56732745065, 58276949018 link https://secure.cic.gc.ca/enquiries-renseignements/canada-case-cas-eng.aspx",
                  "find_string 'canada-case-cas-fra.aspx' -> GitHub file ids 16504578126, 16309540794 (IRCC's French text: 'Formulaire de demande de renseignements propre à un cas') link https://secure.cic.gc.ca/enquiries-renseignements/canada-case-cas-fra.aspx",),
        checked=CHECKED,
    ),
    OfficialPage(
        id="authorization-to-return",
        title={"en": "IRCC: who needs an authorization to return to Canada",
               "fr": "IRCC : qui a besoin d'une autorisation de retour au Canada"},
        site="canada.ca",
        search={"en": "authorization to return to Canada", "fr": "autorisation de retour au Canada"},
        url={"en": "https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/inadmissibility/reasons/authorization-return-canada/eligibility.html",
             "fr": "https://www.canada.ca/fr/immigration-refugies-citoyennete/services/immigrer-canada/interdiction-territoire/motifs/autorisation-revenir-canada/admissibilite.html"},
        form={"en": "A written request (normally a letter) with the fee; your removal order and certificate of departure show whether you need one",
              "fr": "Une demande écrite (normalement une lettre) avec les frais; votre mesure de renvoi et votre attestation de départ indiquent si vous en avez besoin"},
        how={"en": "Ask IRCC in writing, usually with the visa or travel application you make to come back.",
             "fr": "Demandez-la par écrit à IRCC, habituellement avec la demande de visa ou de voyage que vous faites pour revenir."},
        found_in=(
            "search pages: https://www.canada.ca/fr/immigration-refugies-citoyennete/services/immigrer-canada/interdiction-territoire/motifs/autorisation-revenir-canada/admissibilite.html","search pages: https://www.canada.ca/en/immigration-refugees-citizenship/services/immigrate-canada/inadmissibility/reasons/authorization-return-canada/eligibility.html",
                  "search pages: https://www.canada.ca/en/immigration-refugees-citizenship/corporate/publications-manuals/operational-bulletins-manuals/fees/immigration/general/authorization-return-canada-a52-1-r310-1203b-1202b.html ('This request is normally done by letter')"),
        checked=CHECKED,
    ),
    OfficialPage(
        id="oinp-review",
        title={"en": "Ontario Immigrant Nominee Program (OINP)", "fr": "Programme ontarien des candidats à l'immigration (POCI)"},
        site="ontario.ca",
        search={"en": "OINP internal review", "fr": "POCI révision interne"},
        url={"en": "https://www.ontario.ca/page/ontario-immigrant-nominee-program-oinp", "fr": None},
        form={"en": "Notice of Request for Internal Review (online form)", "fr": "Avis de demande de révision interne (formulaire en ligne)"},
        how={"en": "Ask in the program's online portal, in the part for internal reviews. Name the error in the decision. Do not add new information. Follow your letter.",
             "fr": "Faites la demande dans le portail en ligne du programme, dans la partie sur les révisions internes. Nommez l'erreur dans la décision. N'ajoutez pas de nouveaux renseignements. Suivez votre lettre."},
        found_in=("find_string 'ontario.ca/page/ontario-immigrant-nominee' -> GitHub file ids 53606183703, 303256788, 55608468239 link https://www.ontario.ca/page/ontario-immigrant-nominee-program-oinp",
                  "search pages: https://discovertelegram.com/channel/oinp_news (copy of OINP's August 2024 notice: internal review in the e-Filing Portal; employers by email)",
                  "search pages: http://www.ontarioimmigration.ca/en/pnp/OI_PNPCAPITAL.html (older official page: identify the error, no new evidence, decision final)"),
        checked=CHECKED,
    ),
    OfficialPage(
        id="bcpnp-review",
        title={"en": "BC Provincial Nominee Program (BC PNP)", "fr": "Programme des candidats de la Colombie-Britannique (BC PNP)"},
        site="welcomebc.ca",
        search={"en": "BC PNP request for review", "fr": "BC PNP request for review"},
        url={"en": "https://www.welcomebc.ca/immigrate-to-b-c/about-the-bc-pnp", "fr": None},
        form={"en": "Request for review", "fr": "Demande de révision (« request for review »)"},
        how={"en": "Ask through your online BC PNP profile, as your letter explains.",
             "fr": "Faites la demande dans votre profil en ligne du BC PNP, comme l'explique votre lettre."},
        found_in=("find_string 'welcomebc.ca/immigrate-to-b-c/' -> GitHub file id 53703492741 (https://www.welcomebc.ca/immigrate-to-b-c/about-the-bc-pnp)",
                  "search pages: https://www.canadianimmigration.net/news-articles/british-columbia-provincial-nominee-program-updated/ (secondary: requests for review through the online profile)"),
        checked=CHECKED,
    ),
    OfficialPage(
        id="aaip-reconsideration",
        title={"en": "Alberta Advantage Immigration Program (AAIP)", "fr": "Alberta Advantage Immigration Program (AAIP)"},
        site="alberta.ca",
        search={"en": "AAIP request for reconsideration", "fr": "AAIP request for reconsideration"},
        url={"en": "https://www.alberta.ca/aaip", "fr": None},
        form={"en": "Request for Reconsideration", "fr": "Demande de réexamen (« Request for Reconsideration »)"},
        how={"en": "Only the person named in the letter can ask, and only once. Show an error in how the rules were applied. Do not add new proof. Your letter says how to send it.",
             "fr": "Seule la personne nommée dans la lettre peut la faire, une seule fois. Montrez une erreur dans l'application des règles. N'ajoutez pas de nouvelle preuve. Votre lettre dit comment l'envoyer."},
        found_in=("find_string 'alberta.ca/aaip-re' -> GitHub file id 55499714948 (https://www.alberta.ca/aaip)",
                  "search pages: https://shimlaw.ca/ainp-news-alberta-introduces-new-appeal-process-for-immigration-application-decisions/ (secondary, quoting the program: conditions of a request for reconsideration)"),
        checked=CHECKED,
    ),
    OfficialPage(
        id="sinp-review",
        title={"en": "Saskatchewan Immigrant Nominee Program (SINP)", "fr": "Programme des candidats immigrants de la Saskatchewan (SINP)"},
        site="saskatchewan.ca",
        search={"en": "SINP second review", "fr": "SINP second review"},
        url={"en": "https://www.saskatchewan.ca/residents/moving-to-saskatchewan/live-in-saskatchewan/by-immigrating/saskatchewan-immigrant-nominee-program",
             "fr": None},
        form={"en": "Request for a second review (a signed letter)", "fr": "Demande de deuxième examen (une lettre signée)"},
        how={"en": "Send a signed letter that says what error was made. Do not add new documents. Your letter says where to send it.",
             "fr": "Envoyez une lettre signée qui dit quelle erreur a été faite. N'ajoutez pas de nouveaux documents. Votre lettre dit où l'envoyer."},
        found_in=("find_string 'alberta.ca/aaip-re' -> GitHub file id 55499714948 (lists https://www.saskatchewan.ca/residents/moving-to-saskatchewan/live-in-saskatchewan/by-immigrating/saskatchewan-immigrant-nominee-program)",
                  "search pages: http://go4visa.com/2011/11/11/sinp-general-questions/ (secondary, older: signed letter, no new documents)"),
        checked=CHECKED,
    ),
    OfficialPage(
        id="mpnp",
        title={"en": "Manitoba Provincial Nominee Program: procedural fairness", "fr": "Programme des candidats du Manitoba : équité procédurale"},
        site="immigratemanitoba.com",
        search={"en": "procedural fairness", "fr": "équité procédurale"},
        url={"en": "https://immigratemanitoba.com/immigrate/policies/procedural-fairness/", "fr": None},
        how={"en": "Answer the fairness letter before the date it gives. It is your only chance to answer the program's concerns. After a refusal there is no review. You can start again with a new profile.",
             "fr": "Répondez à la lettre d'équité avant la date qu'elle donne. C'est votre seule occasion de répondre aux doutes du programme. Après un refus, il n'y a pas de révision. Vous pouvez recommencer avec un nouveau profil."},
        found_in=("search pages: https://immigratemanitoba.com/immigrate/policies/procedural-fairness/",),
        checked=CHECKED,
    ),
    OfficialPage(
        id="taq",
        title={"en": "Tribunal administratif du Québec: file a recourse online (page in French)",
               "fr": "Tribunal administratif du Québec : déposer un recours en ligne"},
        site="taq.gouv.qc.ca",
        search={"en": "déposer un recours", "fr": "déposer un recours"},
        url={"en": "https://www.taq.gouv.qc.ca/fr/deposer-un-recours", "fr": "https://www.taq.gouv.qc.ca/fr/deposer-un-recours"},
        form={"en": "Requête introductive d'un recours (the form that starts a recourse)",
              "fr": "Requête introductive d'un recours"},
        how={"en": "File it online on the Tribunal's site. Your letter says if the decision can be contested there.",
             "fr": "Déposez-le en ligne sur le site du Tribunal. Votre lettre dit si la décision peut y être contestée."},
        found_in=("search pages: https://www.taq.gouv.qc.ca/fr/deposer-un-recours",
                  "search pages: https://bac-lac.wayback.archive-it.org/web/20061227193523/http://www.taq.gouv.qc.ca/faq/faq.jsp (archived TAQ FAQ: 'Formulaire de requête introductive d'un recours')"),
        checked=CHECKED,
    ),
    # Not one of the plan's ids: IRCC's notice that decision notes come with some refusals (FACTS §5).
    # No official page was found, so pages say where to search.
    OfficialPage(
        id="ircc-decision-notes",
        title={"en": "IRCC: officer decision notes sent with refusals", "fr": "IRCC : notes de décision de l'agent envoyées avec les refus"},
        site="canada.ca",
        search={"en": "officer decision notes", "fr": "notes de décision de l'agent"},
        found_in=("search pages for IRCC's notice: only secondary reports found, e.g. https://visaserve.ca/officer-decision-notes-now-included-with-refusal-letters and https://news.careers360.net/ircc-canada-visa-application-refusal-notes-policy-study-abroad-work-permit-international-student-pgwp-portal-access-to-information/amp (no canada.ca address)",),
        checked=CHECKED,
    ),
)

BY_ID: dict[str, OfficialPage] = {p.id: p for p in PAGES}
IDS: tuple[str, ...] = tuple(BY_ID)

_SEARCH = {
    "en": "search for “{words}” on {site}",
    "fr": "cherchez « {words} » sur {site}",
}


# Said after the label when a French page links to the English page (no French address found).
_ENGLISH_ONLY = {"fr": " (page en anglais)"}


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
    url = entry.url.get(lang)
    label = entry.title[lang]
    if url is None and entry.url.get("en"):  # only the English page was found: link it and say so
        url = entry.url["en"]
        label += _ENGLISH_ONLY.get(lang, "")
    return {
        "id": entry.id,
        "label": label,
        "url": url,
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
    """Every language's snippets, French under ``fr/`` (the layout of calculators.reference); the other
    languages of the engine get the English ones under ``<code>/`` (official pages are in English and
    French only), so a translated page includes ``law/<code>/link/….md`` like the English page."""
    from calculators.messages import LANGUAGES  # noqa: PLC0415 - every language with a catalogue

    return {("" if lang == "en" else f"{lang}/") + rel: text for lang in dict.fromkeys((*LANGS, *LANGUAGES))
            for rel, text in snippets(lang).items()}


def write_snippets(directory: Path) -> None:
    """Write these snippets with the law snippets into ``directory`` (docs/snippets/law).

    The law snippets' writer owns that folder and removes files it did not write, so these go
    through it (``extra``), once per build, from scripts/hooks/law_snippets.py.
    """
    from calculators.reference import write_snippets as write_law_snippets

    write_law_snippets(Path(directory), extra=all_snippets())
