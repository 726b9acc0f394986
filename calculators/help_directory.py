"""Free and licensed legal help for immigration matters, by province/territory and abroad (issue 15).

Pure data, standard library only: the build renders it into the Get help page
(scripts/hooks/help_directory.py) and the action plan offers ``for_region(province)`` in the
browser under Pyodide.

Every entry was found on 2026-12-01 in stored public material from the organisation's own
site (or, for a public service, the government's own site); ``source`` names the pages read.
Nothing here is guessed: a service that could not be found there is left out and listed in
``MISSING``. A phone number and hours appear only where the service's own page gives them
(``phone_source``, read on ``phone_checked``), never from a third party alone. Where the stored copy of a page was ``http://``, ``url`` is the
``https://`` form of the same address and ``source`` says so.

Entry fields (PLAN.md "Help directory"; extend, never rename):

- ``id``        stable id
- ``name``      {"en", "fr"}
- ``does``      {"en", "fr"}  what it does for immigration matters (or that it does not)
- ``serves``    {"en", "fr"}  who it serves: income, place, language
- ``url``       the organisation's own https address
- ``url_fr``    optional French address, when one was found
- ``regions``   province/territory codes, "national" or "outside-canada"
- ``kind``      legal-aid | clinic | referral | information | regulator | register | rule
- ``source``    where it was found (the pages read)
- ``checked``   ISO date it was last checked
- ``phone``     optional [{"number", "label": {"en", "fr"}}], as the service writes the number
- ``hours``     optional {"en", "fr"}: when the phone line is open, as the service's page says
- ``phone_source``  the service's own page(s) the phone number and hours were read on (and the
                page's own date, when it has one)
- ``phone_checked`` ISO date the phone number and hours were read
- ``only_for``  optional list of situations (the interview's ``application`` values) the entry
                is only for, such as ["refugee-claim"]: ``for_region`` leaves it out otherwise
"""

from __future__ import annotations

PROVINCES = ("ab", "bc", "mb", "nb", "nl", "ns", "nt", "nu", "on", "pe", "qc", "sk", "yt")
OUTSIDE = "outside-canada"
NATIONAL = "national"
REGIONS = PROVINCES + (OUTSIDE,)
KINDS = ("legal-aid", "clinic", "referral", "information", "regulator", "register", "rule")

# The day every entry below was read in the stored copies. Change an entry's date only when
# you have read its source again; tests/unit/test_help_directory.py fails on dates over a year old.
CHECKED = "2026-12-01"


# The day the phone numbers and hours below were read on the services' own pages.
PHONES_CHECKED = "2026-12-06"
REFUGEE_CLAIM = "refugee-claim"


def _entry(id, regions, kind, name, does, serves, url, source, url_fr=None, checked=CHECKED,
           phone=None, hours=None, phone_source=None, only_for=None):
    entry = {
        "id": id,
        "name": {"en": name[0], "fr": name[1]},
        "does": {"en": does[0], "fr": does[1]},
        "serves": {"en": serves[0], "fr": serves[1]},
        "url": url,
        "regions": list(regions),
        "kind": kind,
        "source": source,
        "checked": checked,
    }
    if url_fr:
        entry["url_fr"] = url_fr
    if phone:
        entry["phone"] = [{"number": number, "label": {"en": label[0], "fr": label[1]}} for number, label in phone]
        entry["phone_source"] = phone_source
        entry["phone_checked"] = PHONES_CHECKED
    if hours:
        entry["hours"] = {"en": hours[0], "fr": hours[1]}
    if only_for:
        entry["only_for"] = list(only_for)
    return entry


ENTRIES: tuple[dict, ...] = (
    # --- across Canada and from abroad -----------------------------------------------------
    _entry(
        "cicc-register", [NATIONAL, OUTSIDE], "register",
        ("College of Immigration and Citizenship Consultants: Public Register",
         "Collège des consultants en immigration et en citoyenneté : registre public"),
        ("Check that a consultant has a licence. Only those shown as “Active”, with “Yes” under "
         "“Entitled to Practise”, may give immigration advice. It is an offence to give Canadian "
         "immigration advice for a fee without a licence. The licence must come from the College, a "
         "Canadian law society or the Chambre des notaires du Québec.",
         "Vérifiez qu'un consultant a un permis. Seuls ceux qui sont « Active », avec « Yes » sous "
         "« Entitled to Practise », peuvent donner des conseils en immigration. Donner des conseils en "
         "immigration canadienne contre paiement sans permis est une infraction. Le permis doit venir du "
         "Collège, d'un barreau canadien ou de la Chambre des notaires du Québec."),
        ("Anyone can use it, in Canada or abroad.", "Tout le monde peut l'utiliser, au Canada ou à l'étranger."),
        "https://college-ic.ca/protecting-the-public/find-an-immigration-consultant",
        "https://college-ic.ca/protecting-the-public/find-an-immigration-consultant",
    ),
    _entry(
        "ircc-representatives", [NATIONAL, OUTSIDE], "rule",
        ("Who may charge you for immigration help (IRCC)",
         "Qui peut vous faire payer pour de l'aide en immigration (IRCC)"),
        ("Only some people may charge you to advise or represent you. They are lawyers and paralegals "
         "of a Canadian law society, notaries in Quebec, and licensed consultants. Others must not "
         "advise you on your options. They must not fill in your forms or deal with IRCC for you. This "
         "includes travel agents, recruiters and translators.",
         "Seules certaines personnes peuvent vous faire payer pour vous conseiller ou vous représenter : "
         "les avocats et parajuristes d'un barreau canadien, les notaires du Québec et les consultants "
         "qui ont un permis. Les autres ne doivent pas vous conseiller sur vos options. Ils ne doivent pas "
         "remplir vos formulaires ni traiter avec IRCC pour vous. Cela vise aussi les agents de voyage, "
         "les recruteurs et les traducteurs."),
        ("Anyone who deals with IRCC, in Canada or abroad.",
         "Toute personne qui traite avec IRCC, au Canada ou à l'étranger."),
        "https://www.canada.ca/en/immigration-refugees-citizenship/corporate/publications-manuals/"
        "operational-bulletins-manuals/service-delivery/use-representatives/guidelines-other-stakeholders.html",
        "http://www.cic.gc.ca/english/information/representative/rep-who.asp (who may be paid); "
        "http://www.canada.ca/en/immigration-refugees-citizenship/corporate/publications-manuals/"
        "operational-bulletins-manuals/service-delivery/use-representatives/guidelines-other-stakeholders.html "
        "(what others must not do; url is its https form)",
    ),
    _entry(
        "flsc", [NATIONAL, OUTSIDE], "regulator",
        ("Federation of Law Societies of Canada",
         "Fédération des ordres professionnels de juristes du Canada"),
        ("Every lawyer in Canada, and every notary in Quebec, must be a member of a law society. There "
         "are 14 law societies for the provinces and territories. To check a lawyer, look them up with "
         "the law society of the province or territory where they practise.",
         "Tout avocat au Canada, et tout notaire au Québec, doit être membre d'un ordre professionnel. Il "
         "y en a 14 pour les provinces et territoires. Pour vérifier un avocat, cherchez-le auprès de "
         "l'ordre de la province ou du territoire où il exerce."),
        ("Anyone, in Canada or abroad.", "Tout le monde, au Canada ou à l'étranger."),
        "https://flsc.ca/about-us/",
        "https://flsc.ca/about-us/",
    ),
    _entry(
        "my-refugee-claim-representative", [NATIONAL], "information",
        ("My Refugee Claim: getting a legal representative", "My Refugee Claim : obtenir un représentant juridique"),
        ("Explains who may represent you in a refugee claim: a lawyer, a licensed consultant, a notary in "
         "Quebec or a licensed paralegal in Ontario. It tells you how to check each one, and that a "
         "friend may help you for free.",
         "Explique qui peut vous représenter dans une demande d'asile : un avocat, un consultant qui a un "
         "permis, un notaire au Québec ou un parajuriste autorisé en Ontario. Le site dit comment vérifier "
         "chacun, et qu'un proche peut vous aider gratuitement."),
        ("Refugee claimants anywhere in Canada.", "Les demandeurs d'asile partout au Canada."),
        "https://myrefugeeclaim.ca/en/guide/get-legal-representation/getting-a-legal-representative/",
        "https://myrefugeeclaim.ca/en/guide/get-legal-representation/getting-a-legal-representative/",
        only_for=(REFUGEE_CLAIM,),
    ),
    _entry(
        "ircc-access-request-abroad", [OUTSIDE], "rule",
        ("Getting your IRCC file from outside Canada",
         "Obtenir votre dossier d'IRCC depuis l'étranger"),
        ("You can ask IRCC for your own file and notes yourself, free, from any country: a Privacy Act "
         "request (PA s. 12(1); Privacy Act Extension Order, No. 3). You need no "
         "representative and no person in Canada. Only for someone else's file does a citizen, a permanent "
         "resident or a person in Canada ask under the Access to Information Act (s. 4(1)), with that person's "
         "consent on form IMM 5744.",
         "Vous pouvez demander vous-même à IRCC votre propre dossier et vos notes, gratuitement, depuis "
         "n'importe quel pays : c'est une demande selon la Loi sur la protection des renseignements "
         "personnels (Décret d'extension no 3). Vous n'avez besoin ni "
         "d'un représentant ni d'une personne au Canada. Seulement pour le dossier d'une autre personne, un "
         "citoyen, un résident permanent ou une personne au Canada fait la demande selon la Loi sur l'accès "
         "à l'information (par. 4(1)), avec le consentement de cette personne sur le formulaire IMM 5744."),
        ("People outside Canada who want their immigration records.",
         "Les personnes hors du Canada qui veulent leur dossier d'immigration."),
        "https://ircc.canada.ca/english/helpcentre/questions-answers-by-topic.asp?top=1",
        "https://ircc.canada.ca/english/helpcentre/questions-answers-by-topic.asp?top=1 (who may ask: "
        "under the Privacy Act, citizens, permanent residents and foreign nationals \"regardless of where "
        "they are located\"); http://www.cic.gc.ca/english/department/atip/index.asp (updated 2022-07-13, "
        "the same); rule: FACTS.md §5 Revised 2026-12-06 (PA s. 12(1); SOR/2021-174); "
        "https://canada.ca/fr/immigration-refugies-citoyennete/organisation/transparence/"
        "acces-information-protection/presenter-demande-loi-acces-information.html (IMM 5744); "
        "http://www.cic.gc.ca/english/department/atip/index.asp and http://www.canada.ca/en/immigration-"
        "refugees-citizenship/corporate/publications-manuals/operational-bulletins-manuals/service-delivery/"
        "requests-atip.html (a representative must be a citizen, permanent resident or person in Canada); "
        "rule: FACTS.md §5 (ATIA s. 4(1))",
        url_fr="https://canada.ca/fr/immigration-refugies-citoyennete/organisation/transparence/"
        "acces-information-protection/presenter-demande-loi-acces-information.html",
    ),
    _entry(
        "quebec-consultant-register", ["qc", OUTSIDE], "register",
        ("Quebec's register of immigration consultants",
         "Ministère de l'Immigration, de la Francisation et de l'Intégration : Registre québécois des "
         "consultants en immigration"),
        ("For an application to Quebec, a paid consultant must also be in this register. A licence "
         "from the federal College is not enough. Lawyers and notaries of Quebec do not need it. The "
         "rule also covers consultants who live abroad.",
         "Pour une demande au Québec, un consultant payé doit aussi être reconnu par le Québec et inscrit "
         "à ce registre. Le permis du Collège fédéral ne suffit pas. Les avocats du Barreau du Québec et "
         "les notaires de la Chambre des notaires du Québec n'en ont pas besoin. Les consultants qui "
         "vivent à l'étranger sont aussi visés."),
        ("People applying to Québec, in Canada or abroad. Page in French.",
         "Les personnes qui font une demande au Québec, au Canada ou à l'étranger."),
        "https://www.quebec.ca/immigration/consultants-immigration/obtenir-titre-consultant-immigration/"
        "qui-doit-obtenir-reconnaissance",
        "https://www.quebec.ca/immigration/consultants-immigration/obtenir-titre-consultant-immigration/"
        "qui-doit-obtenir-reconnaissance; http://www.midi.gouv.qc.ca/fr/reglementation-consultants/faq.html "
        "(consultants abroad)",
    ),
    # --- Ontario -------------------------------------------------------------------------
    _entry(
        "legal-aid-ontario", ["on"], "legal-aid",
        ("Legal Aid Ontario", "Aide juridique Ontario"),
        ("If your income is low, it can pay a lawyer for some refugee and immigration cases. This "
         "includes the Basis of Claim form and the refugee hearing. It can also include some Federal "
         "Court cases, an urgent stay of removal, and some humanitarian applications. Its Refugee Law "
         "Offices can act for refugee claimants.",
         "Si vous êtes admissible financièrement, elle peut payer un avocat dans certains dossiers de "
         "réfugiés et d'immigration : le formulaire Fondement de la demande d'asile et l'audience, un "
         "recours à la Cour fédérale après examen du bien-fondé, un sursis au renvoi d'urgence et "
         "certaines demandes pour considérations d'ordre humanitaire. Ses bureaux du droit des réfugiés "
         "peuvent représenter les demandeurs."),
        ("People in Ontario with a low income.", "Les personnes à faible revenu en Ontario."),
        "https://www.legalaid.on.ca/",
        "https://www-legacy.legalaid.on.ca/en/getting/type_immigration.asp (services); "
        "https://www.legalaid.on.ca/documents/meeting-of-legal-aid-ontario-immigration-and-refugee-law-"
        "advisory-committee-on-april-23-2018/ (current site)",
        phone=(("1-800-668-8258", ("toll-free", "sans frais")),
               ("416-979-1446", ("Toronto area", "région de Toronto"))),
        hours=("Monday to Friday, 8 a.m. to 5 p.m.", "Du lundi au vendredi, de 8 h à 17 h."),
        phone_source="https://www.legalaid.on.ca/faq/how-do-i-apply-for-legal-aid/ (toll-free number, hours); "
        "https://www.legalaid.on.ca/covid-19-legal-aid-services/ (both numbers, same hours; page last updated "
        "2022-05-20)",
    ),
    _entry(
        "halco", ["on"], "clinic",
        ("HIV & AIDS Legal Clinic Ontario (HALCO)", "HIV & AIDS Legal Clinic Ontario (HALCO)"),
        ("Free legal services, including on immigration and refugee issues.",
         "Services juridiques gratuits, y compris en immigration et pour les réfugiés."),
        ("People living with HIV in Ontario.", "Les personnes vivant avec le VIH en Ontario."),
        "https://www.halco.org/",
        "https://www.halco.org/2017/news/legal-aid-ontario-refugee-and-immigration-law-services-will-"
        "continue-after-july-1-2017",
    ),
    _entry(
        "flemingdon-legal", ["on"], "clinic",
        ("Flemingdon Community Legal Services", "Flemingdon Community Legal Services"),
        ("Gives short advice on sponsorship, humanitarian applications, risk checks before removal and "
         "refugee claims. It may take on some cases, even in the Federal Court. That depends on its "
         "workload and your case. It does not fill in forms.",
         "Conseils sommaires sur le parrainage, les demandes pour considérations d'ordre humanitaire, "
         "l'examen des risques avant renvoi et les demandes d'asile. Selon sa charge de travail et votre "
         "dossier, elle peut vous représenter dans ces demandes et à la Cour fédérale (surtout pour ses "
         "clients). Elle ne remplit pas les formulaires."),
        ("People who live in the clinic's service area. Ask the clinic.",
         "Les personnes qui habitent le secteur de la clinique. Renseignez-vous auprès d'elle."),
        "https://flemingdonlegal.org/services/immigration/",
        "http://flemingdonlegal.org/services/immigration/ (url is its https form)",
    ),
    _entry(
        "fcj-refugee-centre", ["on"], "clinic",
        ("FCJ Refugee Centre", "FCJ Refugee Centre"),
        ("It gives information to refugee claimants and people without status. It helps with legal "
         "forms. It helps people whose refugee claim was refused to apply on humanitarian grounds.",
         "Son programme Uprooted Peoples Protection informe les demandeurs d'asile et les personnes sans "
         "statut et aide à remplir les formulaires. Il aide les personnes dont la demande d'asile a été "
         "refusée à préparer une demande pour considérations d'ordre humanitaire."),
        ("Refugee claimants and people without status.", "Les demandeurs d'asile et les personnes sans statut."),
        "https://www.fcjrefugeecentre.org/",
        "https://www.fcjrefugeecentre.org/2020/08/bridging-program-for-students-with-precarious-"
        "immigration-status/",
        only_for=(REFUGEE_CLAIM, "removal-order"),
    ),
    _entry(
        "downtown-legal-services", ["on"], "clinic",
        ("Downtown Legal Services (University of Toronto)", "Downtown Legal Services (Université de Toronto)"),
        ("A university clinic. Its refugee team may help with a refugee claim, a risk check before "
         "removal, or a humanitarian application.",
         "Une clinique juridique universitaire. Son équipe en droit des réfugiés et de l'immigration peut "
         "vous aider si vous avez fait une demande d'asile, ou si vous devez déposer un examen des risques "
         "avant renvoi ou une demande pour considérations d'ordre humanitaire."),
        ("Ask the clinic whether you qualify.", "Demandez à la clinique si vous êtes admissible."),
        "https://downtownlegalservices.ca/",
        "http://downtownlegalservices.ca/ (url is its https form); "
        "https://www.law.utoronto.ca/2018-19/clinical-legal-education-downtown-legal-services-part-time-"
        "program-refugee-immigration-law (its clinic takes refugee claims, humanitarian applications, PRRAs "
        "and judicial reviews)",
    ),
    _entry(
        "osgoode-clasp", ["on"], "clinic",
        ("CLASP legal clinic (Osgoode Hall Law School)",
         "Community & Legal Aid Services Program (CLASP), Osgoode Hall Law School"),
        ("A university clinic with an immigration team. Law students act for people with a low income. "
         "Lawyers check their work.",
         "Une clinique juridique universitaire avec une équipe en droit de l'immigration. Des étudiants en "
         "droit, supervisés par des avocats, représentent des personnes à faible revenu."),
        ("People with a low income. Some groups come first, such as youth and the Jane-Finch area of "
         "Toronto.",
         "Les personnes à faible revenu. Priorité aux personnes ayant des obstacles de santé mentale, aux "
         "jeunes, aux femmes victimes de violence conjugale et au quartier Jane-Finch de Toronto."),
        "https://www.osgoode.yorku.ca/programs/juris-doctor/jd-academic-program/clinical-and-intensive-"
        "programs/community-legal-aid-services-program-clasp/",
        "https://www.osgoode.yorku.ca/programs/juris-doctor/jd-academic-program/clinical-and-intensive-"
        "programs/community-legal-aid-services-program-clasp/",
    ),
    _entry(
        "lso-referral", ["on"], "referral",
        ("Law Society Referral Service (Law Society of Ontario)",
         "Barreau de l'Ontario : service de référence du Barreau"),
        ("Gives you the name of a lawyer or paralegal who offers a free consultation of up to 30 "
         "minutes about your rights and options.",
         "Vous donne le nom d'un avocat ou d'un parajuriste qui offre une consultation gratuite d'au plus "
         "30 minutes sur vos droits et vos options."),
        ("Anyone in Ontario.", "Toute personne en Ontario."),
        "https://lso.ca/public-resources/access-to-legal-services",
        "https://lso.ca/public-resources/access-to-legal-services",
    ),
    _entry(
        "steps-to-justice-refugee", ["on"], "information",
        ("Steps to Justice (CLEO): legal aid for refugee cases",
         "Steps to Justice (CLEO) : l'aide juridique pour les dossiers de réfugiés"),
        ("Plain-language steps: how Legal Aid Ontario decides who gets a certificate for a refugee case, "
         "and where its Refugee Law Offices are.",
         "Étapes en langage simple : comment Aide juridique Ontario décide qui reçoit un certificat pour un "
         "dossier de réfugié, et où sont ses bureaux du droit des réfugiés."),
        ("Anyone in Ontario. In English.", "Toute personne en Ontario. En anglais."),
        "https://stepstojustice.ca/steps/refugee-law/find-out-about-legal-aid-people-low-incomes-0/",
        "https://stepstojustice.ca/steps/refugee-law/find-out-about-legal-aid-people-low-incomes-0/",
        only_for=(REFUGEE_CLAIM,),
    ),
    # --- British Columbia ------------------------------------------------------------------
    _entry(
        "legal-aid-bc", ["bc"], "legal-aid",
        ("Legal Aid BC", "Legal Aid BC (aide juridique de la Colombie-Britannique)"),
        ("A legal aid lawyer for immigration and refugee issues, if your problem is covered and you "
         "qualify financially. Its legal information is free for everyone.",
         "Un avocat de l'aide juridique pour les questions d'immigration et de réfugiés, si votre problème "
         "est couvert et que vous êtes admissible financièrement. Son information juridique est gratuite "
         "pour tous."),
        ("People in British Columbia with a low income.", "Les personnes à faible revenu en Colombie-Britannique."),
        "https://info.legalaid.bc.ca/support-workers/services-for-clients",
        "https://info.legalaid.bc.ca/support-workers/services-for-clients",
    ),
    _entry(
        "law-society-bc", ["bc"], "regulator",
        ("Law Society of British Columbia: Lawyer Look-up",
         "Law Society of British Columbia : recherche d'avocat (Lawyer Look-up)"),
        ("Check that a person is a practising lawyer in British Columbia.",
         "Vérifiez qu'une personne est avocat en exercice en Colombie-Britannique."),
        ("Anyone.", "Tout le monde."),
        "https://www.lawsociety.bc.ca/",
        "https://www.lawsociety.bc.ca/page.cfm?cid=1271&t=New-court-protocol-helps-counter-unauthorized-practice",
    ),
    # --- Alberta ---------------------------------------------------------------------------
    _entry(
        "legal-aid-alberta", ["ab"], "legal-aid",
        ("Legal Aid Alberta", "Legal Aid Alberta (aide juridique de l'Alberta)"),
        ("Covers some immigration matters, such as a refugee hearing once the Basis of Claim form is "
         "submitted. It does not cover immigration sponsorship. You must meet its financial guidelines.",
         "Couvre certaines affaires d'immigration, comme l'audience d'asile une fois le formulaire "
         "Fondement de la demande d'asile déposé. Elle ne couvre pas le parrainage. Vous devez respecter "
         "ses critères financiers."),
        ("People in Alberta with a low income.", "Les personnes à faible revenu en Alberta."),
        "https://www.legalaid.ab.ca/",
        "https://www.legalaid.ab.ca/help/Pages/What-to-Know-Before-You-Call.aspx",
        phone=(("1-866-845-3425", ("to apply", "pour faire une demande")),),
        hours=("Monday to Friday, 8:15 a.m. to 4:15 p.m.", "Du lundi au vendredi, de 8 h 15 à 16 h 15."),
        phone_source="https://legalaid.ab.ca/news/laa-courthouse-intake-services-to-temporarily-close (number and "
        "hours; news item of March 2020); https://www.legalaid.ab.ca/news/office-closure-sept-30-national-day-for-"
        "truth-and-reconciliation (2025: the Contact Centre's regular hours start at 8:15 a.m.)",
    ),
    _entry(
        "law-society-alberta", ["ab"], "regulator",
        ("Law Society of Alberta: Find a Lawyer", "Law Society of Alberta : trouver un avocat (Find a Lawyer)"),
        ("Use “Find a Lawyer” on its website to find a lawyer in Alberta and check that they may practise.",
         "Utilisez « Find a Lawyer » sur son site pour trouver un avocat en Alberta et vérifier qu'il peut "
         "exercer."),
        ("Anyone.", "Tout le monde."),
        "https://www.lawsociety.ab.ca/",
        "https://www.lawsociety.ab.ca/resource-centre/key-resources/professional-conduct/what-can-a-student-at-law-do/ "
        "(public menu: Find a Lawyer); https://www.lawsociety.ab.ca/lawyer-referral-service-update/",
    ),
    # --- Saskatchewan ----------------------------------------------------------------------
    _entry(
        "legal-aid-saskatchewan", ["sk"], "legal-aid",
        ("Legal Aid Saskatchewan", "Legal Aid Saskatchewan (aide juridique de la Saskatchewan)"),
        ("Its list of covered cases names criminal charges and family matters, not immigration or "
         "refugee cases. The list is not complete: ask your local office.",
         "Sa liste des causes couvertes mentionne les accusations criminelles et le droit de la famille, "
         "pas l'immigration ni l'asile. La liste n'est pas complète : renseignez-vous à votre bureau local."),
        ("People in Saskatchewan with a low income.", "Les personnes à faible revenu en Saskatchewan."),
        "https://legalaid.sk.ca/community-resources/general-legal-aid-fact-sheet",
        "https://legalaid.sk.ca/community-resources/general-legal-aid-fact-sheet",
        phone=(("1.800.667.3764", ("Application Centre", "centre des demandes")),),
        hours=("Monday to Friday, 8:00 a.m. to 4:45 p.m.", "Du lundi au vendredi, de 8 h à 16 h 45."),
        phone_source="https://legalaid.sk.ca/community-resources/general-legal-aid-fact-sheet (undated)",
    ),
    _entry(
        "law-society-saskatchewan", ["sk"], "regulator",
        ("Law Society of Saskatchewan", "Law Society of Saskatchewan (ordre des avocats de la Saskatchewan)"),
        ("Regulates lawyers in Saskatchewan and handles complaints about them.",
         "Encadre les avocats de la Saskatchewan et traite les plaintes à leur sujet."),
        ("Anyone.", "Tout le monde."),
        "https://www.lawsociety.sk.ca/for-the-public",
        "https://www.lawsociety.sk.ca/for-the-public",
    ),
    # --- Manitoba --------------------------------------------------------------------------
    _entry(
        "clea-manitoba", ["mb"], "information",
        ("Community Legal Education Association (CLEA)", "Community Legal Education Association (CLEA)"),
        ("Gives information about the law, the legal system and where to get legal help, when you ask.",
         "Donne de l'information sur le droit, le système judiciaire et les sources d'aide juridique, sur "
         "demande."),
        ("People in Manitoba.", "Les personnes au Manitoba."),
        "https://www.communitylegal.mb.ca/",
        "https://www.communitylegal.mb.ca/about/mission-statement/",
    ),
    _entry(
        "law-society-manitoba", ["mb"], "regulator",
        ("Law Society of Manitoba", "Société du Barreau du Manitoba"),
        ("Regulates lawyers in Manitoba. By law, only a practising lawyer may give legal advice for a "
         "fee, with some exceptions (Legal Profession Act, s. 20).",
         "Encadre les avocats du Manitoba. Donner des conseils juridiques contre paiement, c'est exercer le "
         "droit, ce que la Loi sur la profession d'avocat réserve aux avocats en exercice, sauf exceptions "
         "(art. 20)."),
        ("Anyone.", "Tout le monde."),
        "https://lawsociety.mb.ca/",
        "https://lawsociety.mb.ca/regulation/act-rules-code-practice-directions/the-legal-profession-act/"
        "the-legal-profession-act-part-3-authority-to-practise-law/",
    ),
    # --- Quebec ----------------------------------------------------------------------------
    _entry(
        "csj-quebec", ["qc"], "legal-aid",
        ("Legal aid in Québec (Commission des services juridiques)",
         "Aide juridique au Québec (Commission des services juridiques)"),
        ("Legal aid, free or with a contribution, for people who qualify financially. It works through "
         "legal aid offices in every region of Québec. Its community legal centres list immigration law among "
         "their fields. Ask the legal aid office nearest to where you live whether your case is covered.",
         "L'aide juridique, gratuite ou avec contribution, pour les personnes financièrement admissibles. Elle "
         "passe par des bureaux d'aide juridique dans toutes les régions du Québec. Ses centres communautaires "
         "juridiques comptent le droit de l'immigration parmi leurs champs d'activité. Demandez au bureau "
         "d'aide juridique le plus près de chez vous si votre dossier est couvert."),
        ("People who live in Québec with a low income.", "Les personnes à faible revenu qui résident au Québec."),
        "https://www.csj.qc.ca/commission-des-services-juridiques/Commission/mission/fr",
        "https://www.csj.qc.ca/commission-des-services-juridiques/Commission/mission/fr (mission, network of "
        "offices); https://www.csj.qc.ca/commission-des-services-juridiques/commission/Declaration-de-services-"
        "aux-citoyens/fr (the community legal centres); https://aidejuridiqueestrie.ca/declaration-de-services2 "
        "(a community legal centre's own statement: immigration among its fields); phone numbers are per "
        "office: none listed here",
        checked=PHONES_CHECKED,
    ),
    _entry(
        "barreau-du-quebec", ["qc"], "regulator",
        ("Barreau du Québec: directory of lawyers", "Barreau du Québec : répertoire des avocats"),
        ("Search its directory to check that a person is a lawyer in Québec.",
         "Cherchez dans son répertoire pour vérifier qu'une personne est avocat au Québec."),
        ("Anyone.", "Tout le monde."),
        "https://www.barreau.qc.ca/",
        "https://www.barreau.qc.ca/en/declaration-confidentiality-conditions-use/ (site menu: Directory of "
        "lawyers); https://avocat.qc.ca/public/iivavocat.htm (Barreau text: checking a lawyer's status)",
    ),
    _entry(
        "udem-immigration-information-desk", ["qc"], "clinic",
        ("Immigration information desk, Parc-Extension (Université de Montréal)",
         "Comptoir d'information juridique en droit de l'immigration de Parc-Extension (Université de Montréal)"),
        ("Law students explain immigration law and your options, two evenings a week. Lawyers guide "
         "them. They give information, not advice.",
         "Des étudiants en droit, encadrés par des avocats en immigration, expliquent le droit et les "
         "recours possibles, deux soirs par semaine. Ils donnent de l'information, pas d'avis juridique."),
        ("People in Montréal whose status is not secure, such as refugee claimants or people without "
         "status.",
         "Les personnes au statut précaire à Montréal : demandeurs d'asile, demandeurs déboutés, personnes "
         "sans statut, personnes qui attendent une décision pour motifs humanitaires."),
        "https://nouvelles.umontreal.ca/article/2025/02/20/un-comptoir-d-information-juridique-ouvre-ses-"
        "portes-dans-parc-extension",
        "https://nouvelles.umontreal.ca/article/2025/02/20/un-comptoir-d-information-juridique-ouvre-ses-"
        "portes-dans-parc-extension (the university's own news site)",
    ),
    _entry(
        "barreau-de-montreal-referral", ["qc"], "referral",
        ("Barreau de Montréal: referral service", "Barreau de Montréal : service de référence"),
        ("Gives you the name of a lawyer who offers a first 30-minute consultation for a low fixed fee.",
         "Vous donne le nom d'un avocat qui offre une première consultation de 30 minutes à tarif fixe "
         "peu élevé."),
        ("People in Montréal who can pay a lawyer or qualify for legal aid.",
         "Les personnes à Montréal qui peuvent payer un avocat ou qui ont droit à l'aide juridique."),
        "https://www.barreaudemontreal.qc.ca/en/barreau/mission",
        "http://www.barreaudemontreal.qc.ca/en/barreau/mission (url is its https form)",
    ),
    # --- New Brunswick ---------------------------------------------------------------------
    _entry(
        "law-society-new-brunswick", ["nb"], "regulator",
        ("Law Society of New Brunswick: Lawyer Search", "Barreau du Nouveau-Brunswick : recherche d'avocat"),
        ("Use its Lawyer Search to find a lawyer by name or region and see their status. It has no "
         "lawyer referral service. Questions about legal aid go to the New Brunswick Legal Aid Services "
         "Commission.",
         "Sa recherche d'avocat trouve un avocat par nom ou par région et montre son statut. Il n'a pas "
         "de service de référence. Les questions sur l'aide juridique vont à la Commission des services "
         "d'aide juridique du Nouveau-Brunswick."),
        ("Anyone.", "Tout le monde."),
        "https://lawsociety-barreau.nb.ca/en/public/faq/",
        "https://lawsociety-barreau.nb.ca/en/public/faq/",
    ),
    _entry(
        "legal-info-nb", ["nb"], "information",
        ("Legal Info NB (Public Legal Education and Information Service): legal aid in New Brunswick",
         "Info juridique NB (Service public d'éducation et d'information juridiques) : l'aide juridique au "
         "Nouveau-Brunswick"),
        ("Explains what legal aid covers in New Brunswick: some criminal and family matters. Immigration "
         "and refugee cases are not on its list.",
         "Explique ce que couvre l'aide juridique au Nouveau-Brunswick : certaines affaires criminelles et "
         "familiales. L'immigration et l'asile ne sont pas sur sa liste."),
        ("Anyone in New Brunswick.", "Toute personne au Nouveau-Brunswick."),
        "https://legalinfonb.ca/legal-info/getting-legal-help/legal-aid-in-new-brunswick/",
        "https://legalinfonb.ca/legal-info/getting-legal-help/legal-aid-in-new-brunswick/",
    ),
    # --- Nova Scotia -----------------------------------------------------------------------
    _entry(
        "halifax-refugee-clinic", ["ns"], "clinic",
        ("Halifax Refugee Clinic", "Halifax Refugee Clinic"),
        ("Represents people who claim refugee status in Nova Scotia at the refugee board. It also helps "
         "them settle.",
         "Représentation juridique des personnes qui demandent l'asile en Nouvelle-Écosse, devant la "
         "Commission de l'immigration et du statut de réfugié. Elle offre aussi des services "
         "d'établissement."),
        ("Refugee claimants in Nova Scotia.", "Les demandeurs d'asile en Nouvelle-Écosse."),
        "https://halifaxrefugeeclinic.org/",
        "https://halifaxrefugeeclinic.org/about/",
        only_for=(REFUGEE_CLAIM,),
    ),
    _entry(
        "legal-info-nova-scotia", ["ns"], "referral",
        ("Legal Info Nova Scotia: Lawyer Referral Service", "Legal Info Nova Scotia : service de référence"),
        ("Finds you a lawyer for a first talk of up to 30 minutes. The fee is low and fixed. It also has "
         "a free legal information line. It explains how to check a lawyer in the online list of the Nova "
         "Scotia Barristers' Society.",
         "Vous met en contact avec un avocat pour une première consultation d'au plus 30 minutes à tarif "
         "fixe peu élevé. Il offre aussi une ligne d'information juridique gratuite et explique comment "
         "vérifier un avocat dans le répertoire en ligne de la Nova Scotia Barristers' Society."),
        ("Anyone in Nova Scotia.", "Toute personne en Nouvelle-Écosse."),
        "https://www.legalinfo.org/i-have-a-legal-question/lawyers-legal-help/",
        "https://www.legalinfo.org/i-have-a-legal-question/lawyers-legal-help/",
        phone=(("1-800-665-9779", ("free Legal Information Line, toll-free", "ligne d'information juridique gratuite, sans frais")),
               ("902-455-3135", ("free Legal Information Line", "ligne d'information juridique gratuite"))),
        phone_source="https://www.legalinfo.org/i-have-a-legal-question/lawyers-legal-help/ (undated; no hours given)",
    ),
    # --- Newfoundland and Labrador ---------------------------------------------------------
    _entry(
        "legal-aid-nl", ["nl"], "legal-aid",
        ("Newfoundland and Labrador Legal Aid Commission", "Newfoundland and Labrador Legal Aid Commission (aide juridique de Terre-Neuve-et-Labrador)"),
        ("Legal aid for serious legal problems if you cannot afford a lawyer. Its areas include "
         "immigration and refugee law. Help at a refugee board hearing is up to legal aid.",
         "Aide juridique pour les problèmes juridiques graves si vous ne pouvez pas payer un avocat. Ses "
         "domaines comprennent l'immigration et l'asile. L'aide pour une audience devant la Commission de "
         "l'immigration et du statut de réfugié est à sa discrétion."),
        ("People in Newfoundland and Labrador with a low income.",
         "Les personnes à faible revenu à Terre-Neuve-et-Labrador."),
        "https://www.legalaid.nl.ca/whatis.html",
        "https://www.legalaid.nl.ca/whatis.html; https://publiclegalinfo.com/legal-aid/ (immigration and "
        "refugee law, IRB hearings: from the Public Legal Information Association's own site)",
    ),
    _entry(
        "plian", ["nl"], "referral",
        ("Public Legal Information Association of NL: Lawyer Referral Service",
         "Public Legal Information Association of NL : service de référence"),
        ("Runs the province's only Lawyer Referral Service: a first 30-minute consultation with a lawyer "
         "at a low flat rate. It also organizes free legal clinics with volunteer lawyers.",
         "Gère le seul service de référence de la province : une première consultation de 30 minutes avec "
         "un avocat à tarif fixe peu élevé. Il organise aussi des cliniques juridiques gratuites avec des "
         "avocats bénévoles."),
        ("Anyone in Newfoundland and Labrador.", "Toute personne à Terre-Neuve-et-Labrador."),
        "https://publiclegalinfo.com/",
        "https://publiclegalinfo.com/legal-aid/; https://lsnl.ca/lawyer-referral-service-recruitment/ and "
        "https://lsnl.ca/nl-non-profit-expands-free-legal-clinics-due-to-high-demand/ (Law Society of "
        "Newfoundland and Labrador)",
    ),
    # --- Prince Edward Island --------------------------------------------------------------
    _entry(
        "legal-aid-pei", ["pe"], "legal-aid",
        ("Prince Edward Island Legal Aid", "Prince Edward Island Legal Aid (aide juridique de l'Île-du-Prince-Édouard)"),
        ("Legal aid covers criminal law, youth criminal justice, and family and civil law. Its page does "
         "not list immigration or refugee cases.",
         "L'aide juridique couvre le droit criminel, la justice pénale pour les adolescents et le droit de "
         "la famille et le droit civil. Sa page ne mentionne pas l'immigration ni l'asile."),
        ("People in Prince Edward Island with a low income and a serious legal need.",
         "Les personnes à faible revenu à l'Île-du-Prince-Édouard qui ont un besoin juridique sérieux."),
        "https://www.princeedwardisland.ca/en/information/justice-and-public-safety/legal-aid",
        "https://www.princeedwardisland.ca/en/information/justice-and-public-safety/legal-aid",
    ),
    _entry(
        "law-society-pei", ["pe"], "regulator",
        ("Law Society of Prince Edward Island", "Law Society of Prince Edward Island (ordre des avocats)"),
        ("Regulates lawyers in Prince Edward Island. Only members with practising status may give legal "
         "advice to the public.",
         "Encadre les avocats de l'Île-du-Prince-Édouard. Seuls les membres qui ont le statut d'avocat en "
         "exercice peuvent donner des conseils juridiques au public."),
        ("Anyone.", "Tout le monde."),
        "https://lawsocietypei.ca/",
        "https://lawsocietypei.ca/membership-forms",
    ),
    # --- Yukon -----------------------------------------------------------------------------
    _entry(
        "legal-aid-yukon", ["yt"], "legal-aid",
        ("Yukon Legal Services Society (Yukon Legal Aid)", "Yukon Legal Services Society (aide juridique du Yukon)"),
        ("Legal aid covers criminal charges, some family and child-protection matters, mental health and "
         "some poverty-law matters. Immigration is not on its list.",
         "L'aide juridique couvre les accusations criminelles, certaines affaires familiales et de "
         "protection de l'enfance, la santé mentale et certaines affaires de droit social. L'immigration "
         "n'est pas sur sa liste."),
        ("Yukon residents with a low income.", "Les résidents du Yukon à faible revenu."),
        "https://yukonlegalaid.ca/?p=249",
        "https://yukonlegalaid.ca/?p=249; https://legalaid.yk.ca/faq/",
    ),
    _entry(
        "law-society-yukon", ["yt"], "regulator",
        ("Law Society of Yukon", "Law Society of Yukon (ordre des avocats du Yukon)"),
        ("Regulates lawyers in Yukon and takes complaints about them.",
         "Encadre les avocats du Yukon et reçoit les plaintes à leur sujet."),
        ("Anyone.", "Tout le monde."),
        "https://lawsocietyyukon.com/for-the-public/complaints-for-the-public",
        "https://lawsocietyyukon.com/for-the-public/complaints-for-the-public",
    ),
    # --- Northwest Territories -------------------------------------------------------------
    _entry(
        "legal-aid-nwt", ["nt"], "legal-aid",
        ("Northwest Territories Legal Aid Commission", "Northwest Territories Legal Aid Commission (aide juridique des Territoires du Nord-Ouest)"),
        ("Full legal aid is for criminal, family and child-welfare cases; immigration is not on its list. "
         "Its Outreach Lawyer gives up to three hours of free, confidential advice without a financial test.",
         "L'aide juridique complète vise les affaires criminelles, familiales et de protection de "
         "l'enfance; l'immigration n'est pas sur sa liste. Son avocat de proximité donne jusqu'à trois "
         "heures de conseils gratuits et confidentiels, sans évaluation financière."),
        ("People who live in the Northwest Territories.", "Les résidents des Territoires du Nord-Ouest."),
        "https://www.justice.gov.nt.ca/en/legal-aid/",
        "https://www.justice.gov.nt.ca/en/legal-aid/",
    ),
    _entry(
        "law-society-nwt", ["nt"], "regulator",
        ("Law Society of the Northwest Territories", "Law Society of the Northwest Territories (ordre des avocats des Territoires du Nord-Ouest)"),
        ("Regulates lawyers in the Northwest Territories and takes complaints. It acts against people "
         "who offer legal services without the right to.",
         "Encadre les avocats des Territoires du Nord-Ouest, reçoit les plaintes et agit contre les "
         "personnes qui offrent des services juridiques sans en avoir le droit."),
        ("Anyone.", "Tout le monde."),
        "https://lawsociety.nt.ca/about-us/",
        "https://lawsociety.nt.ca/about-us/; http://www.lawsociety.nt.ca/public/complaints/",
    ),
    # --- Nunavut ---------------------------------------------------------------------------
    _entry(
        "legal-aid-nunavut", ["nu"], "legal-aid",
        ("Legal Services Board of Nunavut (Nunavut Legal Aid)", "Legal Services Board of Nunavut (aide juridique du Nunavut)"),
        ("Legal aid lawyers for criminal, family and civil law. Immigration is not named in what it lists.",
         "Des avocats de l'aide juridique en droit criminel, familial et civil. L'immigration n'est pas "
         "nommée dans ce qu'elle énumère."),
        ("People in Nunavut with a low income.", "Les Nunavummiut admissibles financièrement."),
        "https://nulegalaid.com/about/",
        "https://nulegalaid.com/about/; https://nulegalaid.com/iu/legal-aid-application/",
    ),
    _entry(
        "law-society-nunavut", ["nu"], "regulator",
        ("Law Society of Nunavut", "Law Society of Nunavut (ordre des avocats du Nunavut)"),
        ("Regulates lawyers in Nunavut and deals with complaints about them.",
         "Encadre les avocats du Nunavut et traite les plaintes à leur sujet."),
        ("Anyone.", "Tout le monde."),
        "https://www.lawsociety.nu.ca/node/118",
        "https://www.lawsociety.nu.ca/node/118",
    ),
)

# Services looked for on 2026-12-01 and not found in stored material from the organisation's own
# site (or found only at an address that could not be confirmed): left out of ENTRIES.
MISSING: tuple[dict, ...] = (
    {"region": "mb", "kind": "legal-aid", "name": "Legal Aid Manitoba (immigration and refugee legal aid)",
     "why": "described only by Justice Canada's 2024 news release and third-party pages; nothing from legalaid.mb.ca"},
    {"region": "nb", "kind": "legal-aid", "name": "New Brunswick Legal Aid Services Commission",
     "why": "no page of its own found; only a 2002 Justice Canada study and advocacy pages saying it has no refugee-law legal aid"},
    {"region": "nb", "kind": "clinic", "name": "New Brunswick Refugee Clinic",
     "why": "found only in news and third-party pages, not on its own site"},
    {"region": "bc", "kind": "legal-aid", "name": "Legal Aid BC: phone number and hours",
     "why": "604-408-2172 and 1-866-577-2525 appear only on third-party pages (a newspaper, a 2010 blog), and an "
            "immigration line 604-601-6076 / 1-888-601-6076 only in a third-party copy of an old page; its own pages "
            "read on 2026-12-06 name a Call Centre without the number"},
    {"region": "qc", "kind": "regulator", "name": "Chambre des notaires du Québec: directory of notaries",
     "why": "cnq.org pages found say nothing about a public directory"},
    {"region": "bc", "kind": "referral", "name": "Lawyer Referral Service (Access Pro Bono)",
     "why": "found only in news and third-party pages; owner of bclegal.help not confirmed"},
    {"region": "bc", "kind": "clinic", "name": "Immigration and Refugee Legal Clinic; MOSAIC; university clinics",
     "why": "found only in bar-association and news pages"},
    {"region": "ab", "kind": "clinic", "name": "Calgary Legal Guidance immigration program; Edmonton Community Legal Centre",
     "why": "found only in LawNow and university pages, not on their own sites"},
    {"region": "sk", "kind": "clinic", "name": "CLASSIC (Saskatoon); Pro Bono Law Saskatchewan free legal clinics",
     "why": "described on the Law Society's blog and in news; own sites and addresses not found"},
    {"region": "ns", "kind": "legal-aid", "name": "Nova Scotia Legal Aid (immigration)", "why": "no own page on immigration found"},
    {"region": "pe", "kind": "referral", "name": "Community Legal Information (PEI): lawyer referral, Community Legal Clinic",
     "why": "found only in news and a government news release; own site not found"},
    {"region": "yt", "kind": "referral", "name": "Law Society of Yukon lawyer referral service",
     "why": "mentioned only in a copy of its 2018 annual report"},
    {"region": "nt", "kind": "referral", "name": "Lawyer referral in the Northwest Territories", "why": "nothing found"},
    {"region": "nu", "kind": "referral", "name": "Lawyer referral in Nunavut", "why": "nothing found"},
    {"region": "mb", "kind": "clinic", "name": "Manitoba Interfaith Immigration Council (Welcome Place): paralegal help with refugee claims",
     "why": "its own site has only a 2015 news item saying the program's money was running out"},
    {"region": "mb", "kind": "referral", "name": "Law Phone-In and Lawyer Referral Program (CLEA)",
     "why": "found only in a 2006 archived Manitoba government page"},
    {"region": "bc", "kind": "clinic", "name": "Law Students' Legal Advice Program (UBC)",
     "why": "its immigration help is described only on UBC orientation blogs; its own site not found"},
    {"region": "qc", "kind": "clinic", "name": "Legal Information Clinic at McGill",
     "why": "its own site does not say it covers immigration (only a student newspaper does)"},
    {"region": "ns", "kind": "clinic", "name": "Schulich School of Law pro bono immigration information clinic (with ISANS)",
     "why": "found only in copies of a Dalhousie news story"},
    {"region": "ab", "kind": "clinic", "name": "Student Legal Services of Edmonton; Student Legal Assistance (Calgary)",
     "why": "their own pages found do not say they take immigration matters"},
    {"region": OUTSIDE, "kind": "rule", "name": "IRCC page on immigration fraud and unauthorized representatives",
     "why": "only third-party pages found; the warning is carried by the CICC and IRCC entries instead"},
)


# Readers abroad first need what they can do from there: ask for their file and notes (free),
# then check a representative (the registers), then who may represent them.
ABROAD_FIRST = ("ircc-access-request-abroad", "cicc-register", "quebec-consultant-register",
                "ircc-representatives", "flsc")


def _kind_rank(entry: dict) -> int:
    return KINDS.index(entry["kind"]) if entry["kind"] in KINDS else len(KINDS)


def _rank(entry: dict, region: str) -> tuple:
    """General entries before those only for one situation (a refugee claim), then by kind; abroad,
    ABROAD_FIRST's order."""
    if region == OUTSIDE:
        abroad = ABROAD_FIRST.index(entry["id"]) if entry["id"] in ABROAD_FIRST else len(ABROAD_FIRST)
        return (abroad, _kind_rank(entry))
    return (bool(entry.get("only_for")), _kind_rank(entry))


def fits(entry: dict, situation: str | None) -> bool:
    """Whether an entry applies to a reader in this situation (the interview's ``application``)."""
    return not entry.get("only_for") or situation in entry["only_for"]


def entries_in(region: str) -> list[dict]:
    """Every entry listed under exactly this region ("national" included), the Get help page's
    order: general entries first, most useful kind first (abroad: ABROAD_FIRST)."""
    return sorted((e for e in ENTRIES if region in e["regions"]), key=lambda entry: _rank(entry, region))


def for_region(code: str, situation: str | None = None) -> list[dict]:
    """The entries for a reader in `code` (a province code, "outside-canada" or "unknown") whose
    situation (the interview's ``application``: "refugee-claim", …) is `situation`.

    A province gets its own entries, then the national ones. "outside-canada" gets only the
    entries for readers abroad, what can be done from abroad first. Any other code (such as
    "unknown") gets the national ones. An entry only for some situations (a refugee-claim
    service) is left out unless `situation` is one of them: "I don't know" never gets one.
    """
    if code == OUTSIDE:
        return [entry for entry in entries_in(OUTSIDE) if fits(entry, situation)]
    local = entries_in(code) if code in PROVINCES else []
    national = [entry for entry in entries_in(NATIONAL) if entry not in local]
    return [entry for entry in local + national if fits(entry, situation)]
