"""The official words that make each rule: a short verbatim quote, English and French, per rule.

Keyed by rule id: a time limit's id (``rules.TIME_LIMITS``), ``fee.<fee id>`` (``rules.FEES``),
``bar.<id>`` for the bars the eligibility engine applies (each names the constant that encodes it),
``counting.<id>`` for the provisions that move a last day. Each quote is copied from the
consolidated text (calculators/official_text/extract.json, made by scripts/extract_law.py) and is
found there word for word, whitespace aside (tests/unit/test_law_quotes.py). Typographic
apostrophes (’) and dashes are the official text's own.

A rule whose source is not federal law (a provincial regulation, Quebec's Act, an IRB practice
notice, the site's own safe policy: ``law_text.NOT_FEDERAL``) has no quote here: the federal
extract cannot hold it, and the tests list those rules by name.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Quote:
    label: str  # the provision, as the engine cites it
    en: str  # the words that make the rule, verbatim from the English text
    fr: str  # the same words in the French text

    def text(self, lang: str) -> str:
        return self.fr if lang == "fr" else self.en


QUOTES: dict[str, Quote] = {
    # --- Time limits (rules.TIME_LIMITS)
    "judicial-review-in-canada": Quote(
        "IRPA s. 72(2)(b)",
        "within 15 days, in the case of a matter arising in Canada",
        "dans les quinze ou soixante jours, selon que la mesure attaquée a été rendue au Canada ou non"),
    "judicial-review-outside-canada": Quote(
        "IRPA s. 72(2)(b)",
        "or within 60 days, in the case of a matter arising outside Canada, after the day on which the applicant "
        "is notified of or otherwise becomes aware of the matter",
        "dans les quinze ou soixante jours, selon que la mesure attaquée a été rendue au Canada ou non, suivant, "
        "sous réserve de l’alinéa 169f), la date où le demandeur en est avisé ou en a eu connaissance"),
    "iad-sponsorship": Quote(
        "IAD Rules r. 16",
        "in the case of a sponsorship appeal, 30 days after the day on which the appellant receives the officer’s "
        "decision and the written reasons, if any, for the refusal",
        "s’agissant d’un appel en matière de parrainage, trente jours après la date à laquelle l’appelant reçoit "
        "la décision de l’agent et, le cas échéant, les motifs écrits du refus de celui-ci"),
    "iad-removal-order": Quote(
        "IAD Rules r. 16",
        "in the case of a removal order appeal, 30 days after the day on which the appellant receives the removal order",
        "s’agissant d’un appel d’une mesure de renvoi, trente jours après la date à laquelle l’appelant reçoit la "
        "mesure de renvoi"),
    "iad-residency-obligation": Quote(
        "IAD Rules r. 16",
        "in the case of a residency obligation appeal, 60 days after the day on which the appellant receives the "
        "officer’s decision",
        "s’agissant d’un appel sur l’obligation de résidence, soixante jours après la date à laquelle l’appelant "
        "reçoit la décision de l’agent"),
    "restoration": Quote(
        "IRPR s. 182(1)",
        "within 90 days after losing temporary resident status",
        "dans les quatre-vingt-dix jours suivant la perte de son statut de résident temporaire"),
    "applicants-record": Quote(
        "FCIR r. 10",
        "within 30 days after filing the application",
        "dans les 30 jours suivant le dépôt de sa demande"),
    "proof-of-service": Quote(
        "FCIR r. 7(2)",
        "shall be filed within 10 days after the application is served",
        "est déposée dans les 10 jours suivant la signification"),
    "respondent-appearance": Quote(
        "FCIR r. 8",
        "within 10 days after service of the application for leave",
        "dans les 10 jours suivant la signification de la demande d’autorisation"),
    "respondent-memorandum": Quote(
        "FCIR r. 11",
        "within 30 days after service of the documents referred to in subrule 10(2)",
        "dans les 30 jours suivant la signification des documents visés au paragraphe 10(2)"),
    "reply-memorandum": Quote(
        "FCIR r. 13",
        "within 10 days after the day of service of the respondent’s memorandum of argument",
        "dans les 10 jours suivant la signification du mémoire du défendeur"),
    "hearing-earliest": Quote(
        "IRPA s. 74(b)",
        "the hearing shall be no sooner than 30 days",
        "l’audition ne peut être tenue à moins de trente jours"),
    "hearing-latest": Quote(
        "IRPA s. 74(b)",
        "no later than 90 days after leave was granted",
        "ni à plus de quatre-vingt-dix jours de la date à laquelle la demande d’autorisation est accueillie"),
    "atip-response": Quote(
        "ATIA s. 7",
        "within 30 days after the request is received",
        "dans les trente jours suivant sa réception"),
    "privacy-response": Quote(
        "PA s. 14",
        "within thirty days after the request is received",
        "dans les trente jours suivant sa réception"),
    "privacy-extension": Quote(
        "PA s. 15",
        "a maximum of thirty days",
        "d’une période maximale de trente jours"),
    "misrepresentation-bar": Quote(
        "IRPA s. 40(2)(a)",
        "continues to be inadmissible for misrepresentation for a period of five years following",
        "l’interdiction de territoire court pour les cinq ans suivant"),
    "trp-refugee-claim-bar": Quote(
        "IRPA s. 24",
        "may not request a temporary resident permit if less than 12 months have passed since",
        "ne peut demander de permis de séjour temporaire avant que douze mois ne se soient écoulés depuis"),
    "trp-max-validity": Quote(
        "IRPR ss. 63-65",
        "a period of three years elapses from its date of validity",
        "une période de trois ans s’est écoulée depuis sa prise d’effet"),
    "trp-pr-health": Quote(
        "IRPR ss. 63-65",
        "they have continuously resided in Canada as a permit holder for a period of (i) at least three years",
        "il a résidé sans interruption au Canada au titre de ce permis, pendant une période minimale : (i) de trois ans"),
    "trp-pr-other": Quote(
        "IRPR ss. 63-65",
        "at least five years, if they are inadmissible on any other grounds under the Act",
        "de cinq ans, dans le cas de l’étranger qui est interdit de territoire pour tout autre motif aux termes "
        "de la Loi"),
    "rad-appeal": Quote(
        "IRPR s. 159.91(1)(a)",
        "the time limit for a person or the Minister to file an appeal to the Refugee Appeal Division against a "
        "decision of the Refugee Protection Division is 15 days after the day on which the person or the Minister "
        "receives written reasons for the decision",
        "pour interjeter appel de la décision devant la Section d’appel des réfugiés, dans les quinze jours suivant "
        "la réception, par la personne en cause ou le ministre, des motifs écrits de la décision"),
    "rad-record": Quote(
        "IRPR s. 159.91(1)(b)",
        "the time limit for a person or the Minister to perfect such an appeal is 30 days after the day on which "
        "the person or the Minister receives written reasons for the decision",
        "pour mettre en état l’appel, dans les trente jours suivant la réception, par la personne en cause ou le "
        "ministre, des motifs écrits de la décision"),
    "citizenship-judicial-review": Quote(
        "Citizenship Act s. 22.1",
        "within 30 days after the day on which the applicant is notified of or otherwise becomes aware of the matter",
        "dans les trente jours suivant la date où le demandeur a été avisé ou a eu connaissance de la question"),
    "prra-application": Quote(
        "IRPR s. 162",
        "An application received within 15 days after notification was given under section 160",
        "La demande de protection reçue dans les quinze jours suivant la délivrance de l’avis visé à l’article 160"),
    "prra-decision-earliest": Quote(
        "IRPR s. 162",
        "shall not be decided until at least 30 days after notification was given",
        "ne peut être tranchée avant l’expiration d’un délai de trente jours suivant la délivrance de l’avis"),
    "prra-bar": Quote(
        "IRPA s. 112(2)(b.1)",
        "a person may not apply for protection if (b.1) subject to subsection (2.1), less than 12 months",
        "Elle n’est pas admise à demander la protection dans les cas suivants : b.1) sous réserve du paragraphe "
        "(2.1), moins de douze mois"),
    "h-and-c-bar": Quote(
        "IRPA s. 25(1.2)",
        "subject to subsection (1.21), less than 12 months have passed since",
        "sous réserve du paragraphe (1.21), moins de douze mois se sont écoulés depuis"),
    "departure-order": Quote(
        "IRPR s. 224(2)",
        "within 30 days after the order becomes enforceable, failing which the departure order becomes a "
        "deportation order",
        "au plus tard trente jours après que la mesure devient exécutoire, à défaut de quoi la mesure devient une "
        "mesure d’expulsion"),
    "exclusion-return": Quote(
        "IRPR s. 225(1)",
        "to obtain a written authorization in order to return to Canada during the one-year period after the "
        "exclusion order was enforced",
        "à obtenir une autorisation écrite pour revenir au Canada dans l’année suivant l’exécution de la mesure"),
    "exclusion-return-misrepresentation": Quote(
        "IRPR s. 225(3)",
        "must obtain a written authorization in order to return to Canada within the five-year period after the "
        "exclusion order was enforced",
        "doit obtenir une autorisation écrite pour revenir au Canada au cours des cinq années suivant l’exécution "
        "de la mesure d’exclusion"),
    "atip-complaint": Quote(
        "ATIA s. 31",
        "it shall be made within sixty days after the day on which the person receives a notice of a refusal "
        "under section 7",
        "doit être faite dans les soixante jours suivant la date à laquelle le demandeur a reçu l’avis de refus "
        "prévu à l’article 7"),
    "removal-stay-after-rad": Quote(  # (e): the RAD's rejection; (c) is an RPD rejection with no appeal
        "IRPA s. 49(2)(e)",
        "15 days after the day on which the Refugee Appeal Division provides notice that the claim is rejected",
        "quinze jours après celui de la notification du rejet de sa demande par la Section d’appel des réfugiés"),
    "rpd-mail-received": Quote(
        "RPD Rules r. 41(2)",
        "is considered to be received seven days after the day on which it was mailed",
        "est considéré comme reçu sept jours après la date de sa mise à la poste"),
    "prra-mail-notice": Quote(
        "IRPR s. 160(3)-(4)",
        "if the application for protection form is sent by mail, seven days after the day on which it was sent",
        "soit à l’expiration d’un délai de sept jours suivant l’envoi par courrier du formulaire de demande de "
        "protection"),
    "refugee-claim-one-year": Quote(
        "IRPA s. 101(1)(b.1)",
        "the claimant entered Canada after June 24, 2020 and made the claim more than one year after the day of "
        "their entry",
        "le demandeur est entré au Canada après le 24 juin 2020 et il a fait sa demande plus d’un an après sa date "
        "d’entrée"),
    "refugee-claim-land-border": Quote(
        "IRPA s. 101(1)(b.2)",
        "made the claim after the end of the time limit referred to in subsection 159.4(1.1) of the Immigration "
        "and Refugee Protection Regulations",
        "il a fait sa demande après l’expiration du délai prévu au paragraphe 159.4(1.1) du Règlement sur "
        "l’immigration et la protection des réfugiés"),
    # --- Fees (rules.FEES)
    "fee.federal-court-filing": Quote(
        "FCIR r. 23",
        "A fee of $50 shall be paid to the Registry in order to file an application for leave",
        "Un droit de 50 $ est payé au greffe pour le dépôt d’une demande d’autorisation"),
    "fee.atip-request": Quote(
        "ATI Regs s. 7",
        "must pay an application fee of $5 at the time the request is made",
        "doit payer un droit de 5 $ au moment de présenter la demande"),
    # No provision says "free": the Act gives the right of access and no regulation sets a fee.
    "fee.privacy-request": Quote(
        "PA s. 12",
        "has a right to and shall, on request, be given access to",
        "ont le droit de se faire communiquer sur demande"),
    "fee.restoration": Quote(
        "IRPR s. 306",
        "A fee of $200 is payable for processing an application under section 182",
        "Des frais de 200 $ sont à payer pour l’examen de la demande faite aux termes de l’article 182"),
    "fee.trp": Quote(
        "IRPR s. 298",
        "A fee of $200 is payable for processing an application for a temporary resident permit",
        "Des frais de 200 $ sont à payer pour l’examen de la demande de permis de séjour temporaire"),
    "fee.h-and-c": Quote(
        "IRPR s. 307",
        "in the case of a principal applicant, $550",
        "dans le cas du demandeur principal, 550 $"),
    # --- Bars the eligibility engine applies (the constant that encodes each, in calculators/)
    "bar.iad-grounds": Quote(  # eligibility.BARRED_GROUNDS
        "IRPA s. 64(1)",
        "has been found to be inadmissible on grounds of security, violating human or international rights, "
        "sanctions, serious criminality or organized criminality",
        "qui est interdit de territoire pour raison de sécurité, pour atteinte aux droits humains ou "
        "internationaux, pour sanctions ou pour grande criminalité ou criminalité organisée"),
    "bar.iad-serious-criminality": Quote(  # rules.SERIOUS_CRIMINALITY_MIN_IMPRISONMENT
        "IRPA s. 64(2)",
        "punished in Canada by a term of imprisonment of at least six months",
        "l’infraction punie au Canada par un emprisonnement d’au moins six mois"),
    "bar.iad-misrepresentation": Quote(  # eligibility.MISREPRESENTATION_EXCEPTION
        "IRPA s. 64(3)",
        "unless the foreign national in question is the sponsor’s spouse, common-law partner or child",
        "sauf si l’étranger en cause est l’époux ou le conjoint de fait du répondant ou son enfant"),
    "bar.iad-removal-status": Quote(  # eligibility.IAD_REMOVAL_STATUS (s. 63(2) is the PR-visa holder)
        "IRPA s. 63(3)",
        "A permanent resident or a protected person may appeal to the Immigration Appeal Division against a "
        "decision to make a removal order",
        "Le résident permanent ou la personne protégée peut interjeter appel de la mesure de renvoi"),
    "bar.iad-removal-status-pr-visa": Quote(  # eligibility.IAD_REMOVAL_STATUS
        "IRPA s. 63(2)",
        "A foreign national who holds a permanent resident visa may appeal to the Immigration Appeal Division",
        "Le titulaire d’un visa de résident permanent peut interjeter appel de la mesure de renvoi"),
    "bar.rad": Quote(  # eligibility.RAD_BARS and the no-credible-basis bar
        "IRPA s. 110(2)",
        "No appeal may be made in respect of any of the following",
        "Ne sont pas susceptibles d’appel"),
    "bar.rad-no-credible-basis": Quote(  # the no_credible_basis answer
        "IRPA s. 110(2)",
        "rejecting a claim for refugee protection that states that the claim has no credible basis or is "
        "manifestly unfounded",
        "rejetant la demande d’asile en faisant état de l’absence de minimum de fondement de la demande d’asile ou "
        "du fait que celle-ci est manifestement infondée"),
    "bar.refugee-claim-ineligible": Quote(  # refugee_stage "ineligible"
        "IRPA s. 101(1)(b.1)",
        "A claim is ineligible to be referred to the Refugee Protection Division if",
        "La demande est irrecevable dans les cas suivants"),
    # --- How a last day moves (rules.COUNTING)
    "counting.ia-holiday": Quote(
        "IA s. 26",
        "Where the time limited for the doing of a thing expires or falls on a holiday, the thing may be done on "
        "the day next following that is not a holiday",
        "Tout acte ou formalité peut être accompli le premier jour ouvrable suivant lorsque le délai fixé pour son "
        "accomplissement expire un jour férié"),
    "counting.fcr-recess": Quote(
        "FCR r. 6(3)",
        "a day that falls within the seasonal recess shall not be included in the computation of time",
        "les vacances judiciaires saisonnières n’entrent pas dans le calcul des délais"),
    "counting.iad-roll": Quote(
        "IAD Rules r. 41",
        "When the time limit for providing a document falls on a day that is not a working day, the time limit "
        "is extended to the next working day",
        "Lorsque le délai de transmission expire un jour qui n’est pas un jour ouvrable, le délai est prorogé "
        "jusqu’au prochain jour ouvrable"),
    "counting.rad-roll": Quote(
        "RAD Rules r. 35(3)",
        "When the time limit for providing a document ends on a day that is not a working day, the time limit "
        "is extended to the next working day",
        "Lorsque le délai de transmission expire un jour autre qu’un jour ouvrable, le délai est prorogé jusqu’au "
        "prochain jour ouvrable"),
}

# The eligibility constants that encode a bar, and the quote of each (tests check both exist).
BAR_CONSTANTS: dict[str, tuple[str, ...]] = {
    "BARRED_GROUNDS": ("bar.iad-grounds",),
    "MISREPRESENTATION_EXCEPTION": ("bar.iad-misrepresentation",),
    "IAD_REMOVAL_STATUS": ("bar.iad-removal-status", "bar.iad-removal-status-pr-visa"),
    "RAD_BARS": ("bar.rad",),
}


def quote(rule_id: str) -> Quote | None:
    return QUOTES.get(rule_id)


def for_label(label: str) -> list[tuple[str, Quote]]:
    """(rule id, quote) of every rule resting on ``label``."""
    return [(rule_id, q) for rule_id, q in QUOTES.items() if q.label == label]
