"""The law as data: every time limit and fee the site uses, each with its source.

This is the only place a legal number is written down. Pages get these numbers through
the snippets written by ``calculators.reference``; the calculators read them from here.
Every entry follows ``law/FACTS.md`` (status letters: V read in the primary text,
C from a court decision, S secondary source, U unresolved with a conservative policy).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

# law/FACTS.md was checked against the consolidations on Justice Laws (current to
# 2025-07 ... 2026-06); this is the day that file was last verified and encoded here.
LAST_VERIFIED = date(2026, 12, 1)

JUSTICE_LAWS = "https://laws-lois.justice.gc.ca/eng/"
# The French version of the same provision: /fra/lois/i-2.5/art-72.html, /fra/reglements/DORS-2002-227/art-182.html.
JUSTICE_LAWS_FR = "https://laws-lois.justice.gc.ca/fra/"

# Instrument abbreviation -> path of its sections on the Justice Laws site.
INSTRUMENT_PATHS = {
    "IRPA": "acts/i-2.5",  # Immigration and Refugee Protection Act, S.C. 2001, c. 27
    "IRPR": "regulations/SOR-2002-227",  # Immigration and Refugee Protection Regulations
    "IA": "acts/i-21",  # Interpretation Act, R.S.C. 1985, c. I-21
    "FCR": "regulations/SOR-98-106",  # Federal Courts Rules
    "FCIR": "regulations/SOR-93-22",  # Federal Courts Citizenship, Immigration and Refugee Protection Rules
    "IAD Rules": "regulations/SOR-2022-277",  # Immigration Appeal Division Rules, 2022
    "ATIA": "acts/a-1",  # Access to Information Act
    "PA": "acts/p-21",  # Privacy Act
    "ATI Regs": "regulations/SOR-83-507",  # Access to Information Regulations
    "RAD Rules": "regulations/SOR-2012-257",  # Refugee Appeal Division Rules
    "RPD Rules": "regulations/SOR-2012-256",  # Refugee Protection Division Rules
    "Citizenship Act": "acts/c-29",  # Citizenship Act, R.S.C. 1985, c. C-29
    "PAEO No. 3": "regulations/SOR-2021-174",  # Privacy Act Extension Order, No. 3
}
# Cited but not on Justice Laws (no link): the Quebec act (Loi sur l'immigration au Québec,
# CQLR c. I-0.2.1, "Quebec Immigration Act" in labels), provincial regulations and program policies, the
# Information Commissioner's guidance, IRB practice notices, the Federal Court's checklists.

_LABEL = re.compile(r"^(?P<instrument>[A-Za-z0-9. ]+?) (?:ss?|rr?)\. (?P<section>\d+(?:\.\d+)?)")  # "PAEO No. 3 s. 1"


@dataclass(frozen=True)
class Citation:
    label: str  # as written on the site: "IRPA s. 72(2)(b)"
    url: str | None  # the provision on Justice Laws; None for a court decision

    def as_dict(self) -> dict:
        return {"label": self.label, "url": self.url}


def _french_path(path: str) -> str:
    kind, name = path.split("/")
    return ("lois/" + name) if kind == "acts" else "reglements/" + name.replace("SOR-", "DORS-")


def citation(label: str, lang: str = "en") -> Citation:
    """The citation for ``label``, linked to its section when it names a statute or regulation.

    ``lang="fr"``: the French page of the same section on Justice Laws. The label stays the
    engine's English one (a stable id): ``calculators.wording.citation`` words it ("LIPR, al. 72(2)b)").
    """
    match = _LABEL.match(label)
    shown = label  # the English label; calculators.wording.citation words it in the reader's language
    if match and match["instrument"] in INSTRUMENT_PATHS:
        path = INSTRUMENT_PATHS[match["instrument"]]
        if lang == "fr":
            return Citation(shown, f"{JUSTICE_LAWS_FR}{_french_path(path)}/art-{match['section']}.html")
        return Citation(shown, f"{JUSTICE_LAWS}{path}/section-{match['section']}.html")
    return Citation(shown, None)


# How a time limit is counted and how its last day moves (see deadlines.py).
COUNTING = {
    # IRPA s. 72(2)(b): calendar days (IA s. 27(5)); a last day that is a Sunday or IA
    # holiday moves to the next day that is not (IA s. 26); the seasonal recess is never
    # skipped (Linett, FCA 1979). File by: latest day on or before it that is not an FCR
    # holiday (FCR r. 71.1(3)); may extend to: next business day if the last day is an
    # FCR holiday or Boxing Day (Lagacé, FCA 1996; P.F. Collier, FCA 1986). FACTS §2.
    "statute-federal-court": "ia",
    # Time under the Rules (FCIR r. 4): FCR r. 2 holidays; the seasonal recess is not
    # counted (FCR r. 6(3)).
    "federal-courts-rules": "fcr",
    # IAD Rules r. 41: a limit ending on a non-working day moves to the next working day.
    "iad-rules": "iad",
    # A statutory time limit with no filing at a court: IA ss. 26-27 only.
    "interpretation-act": "ia",
    # Restoration (FACTS §4, U): decision/expiry day + 90, no holiday roll (online filing).
    # Also the ATIA complaint (FACTS §5: 60 calendar days, no extension; not moved, a safe
    # policy) and the departure order (FACTS §8: leave within 30 days; not moved).
    "no-holiday-roll": "",
    # RAD Rules r. 35(3): a limit ending on a non-working day (Saturday, Sunday, a day the
    # Board's offices are closed) moves to the next working day (FACTS §8).
    "rad-rules": "rad",
    # PRRA (IRPR s. 162; FACTS §8): day 15 is the last day; file by the last working day on
    # or before it; IRCC's manual rolls a weekend/holiday day 15 (O) -> "may extend to".
    "prra": "",
    # Provincial and Quebec reviews (FACTS §11, S/O): calendar days, never moved; always
    # "check the program's official page".
    "program-rule": "",
    # Quebec's TAQ (Loi sur l'immigration au Québec art. 72; FACTS §11 Revised 2026-12-06): the
    # statute's own 60 days, counted like a program rule (calendar days, never moved) but not
    # worded as one.
    "quebec-statute": "",
    # A period the site states but does not compute into a date.
    "period": "",
}


@dataclass(frozen=True)
class TimeLimit:
    id: str  # stable id (CONTRIBUTING.md §1)
    length: int
    unit: str  # "days", "months" or "years"
    trigger: str  # what starts it; wording is messages "trigger.<id>"
    counting: str  # a key of COUNTING
    source: str  # citation label of the provision that sets it
    status: str  # FACTS.md status
    also: tuple[str, ...] = ()  # other provisions a reader needs to check it
    last_verified: date = LAST_VERIFIED

    @property
    def citation(self) -> Citation:
        return citation(self.source)

    @property
    def calendar(self) -> str:
        return COUNTING[self.counting]


TIME_LIMITS: tuple[TimeLimit, ...] = (
    # FACTS §2: filed and served within 15 days (in Canada) / 60 days (outside Canada)
    TimeLimit("judicial-review-in-canada", 15, "days", "notified", "statute-federal-court",
              "IRPA s. 72(2)(b)", "V", ("IA s. 27(5)", "IA s. 26", "FCR r. 71.1(3)")),
    TimeLimit("judicial-review-outside-canada", 60, "days", "notified", "statute-federal-court",
              "IRPA s. 72(2)(b)", "V", ("IA s. 27(5)", "IA s. 26", "FCR r. 71.1(3)")),
    # FACTS §3: notice of appeal received by the IAD
    TimeLimit("iad-sponsorship", 30, "days", "received-decision-and-reasons", "iad-rules",
              "IAD Rules r. 16", "V", ("IAD Rules r. 41", "IRPA s. 63(1)")),
    TimeLimit("iad-removal-order", 30, "days", "received-removal-order", "iad-rules",
              "IAD Rules r. 16", "V", ("IAD Rules r. 41", "IRPA s. 63(2)")),
    TimeLimit("iad-residency-obligation", 60, "days", "received-decision", "iad-rules",
              "IAD Rules r. 16", "V", ("IAD Rules r. 41", "IRPA s. 63(4)")),
    # FACTS §4: 90 days after losing temporary resident status
    TimeLimit("restoration", 90, "days", "status-lost", "no-holiday-roll",
              "IRPR s. 182(1)", "V; day of loss U", ("IRPR s. 183(5)",)),
    # FACTS §2: Federal Court steps under the FCIR (time under the Rules)
    TimeLimit("applicants-record", 30, "days", "filed-leave-application", "federal-courts-rules",
              "FCIR r. 10", "V", ("FCR r. 6(3)", "FCR r. 2", "FCIR r. 4")),
    TimeLimit("proof-of-service", 10, "days", "service", "federal-courts-rules",
              "FCIR r. 7(2)", "V", ("FCR r. 6(3)", "FCR r. 2")),
    TimeLimit("respondent-appearance", 10, "days", "service", "federal-courts-rules",
              "FCIR r. 8", "V", ("FCR r. 6(3)", "FCR r. 2")),
    TimeLimit("respondent-memorandum", 30, "days", "applicants-record", "federal-courts-rules",
              "FCIR r. 11", "V", ("FCR r. 6(3)", "FCR r. 2")),
    TimeLimit("reply-memorandum", 10, "days", "respondent-memorandum", "federal-courts-rules",
              "FCIR r. 13", "V", ("FCR r. 6(3)", "FCR r. 2")),
    TimeLimit("hearing-earliest", 30, "days", "leave-granted", "period", "IRPA s. 74(b)", "V"),
    TimeLimit("hearing-latest", 90, "days", "leave-granted", "period", "IRPA s. 74(b)", "V"),
    # FACTS §5: answers to requests for records
    TimeLimit("atip-response", 30, "days", "request-received", "interpretation-act",
              "ATIA s. 7", "V", ("ATIA s. 9", "ATIA s. 10(3)", "IA s. 26")),
    TimeLimit("privacy-response", 30, "days", "request-received", "interpretation-act",
              "PA s. 14", "V", ("PA s. 15", "IA s. 26")),
    TimeLimit("privacy-extension", 30, "days", "first-limit", "period", "PA s. 15", "V"),
    # FACTS §6 and §4: periods in months and years
    # FACTS §6 Revised: the 5 years run from the final decision (finding made outside Canada) or from the
    # day a removal order is enforced (finding made in Canada): V for the period, S for the start.
    TimeLimit("misrepresentation-bar", 5, "years", "final-decision-or-removal", "period",
              "IRPA s. 40(2)(a)", "V (period); start S"),
    TimeLimit("trp-refugee-claim-bar", 12, "months", "refugee-claim-ended", "period",
              "IRPA s. 24", "V"),
    TimeLimit("trp-max-validity", 3, "years", "trp-valid", "period", "IRPR ss. 63-65", "V"),
    TimeLimit("trp-pr-health", 3, "years", "trp-residence", "period", "IRPR ss. 63-65", "V"),
    TimeLimit("trp-pr-other", 5, "years", "trp-residence", "period", "IRPR ss. 63-65", "V"),
    # FACTS §8: Refugee Appeal Division (received by the Division; RAD Rules r. 35(3) roll)
    TimeLimit("rad-appeal", 15, "days", "received-written-reasons", "rad-rules",
              "IRPR s. 159.91(1)(a)", "V", ("RAD Rules r. 2(4)", "RAD Rules r. 35(3)", "IRPR s. 159.91(2)")),
    TimeLimit("rad-record", 30, "days", "received-written-reasons", "rad-rules",
              "IRPR s. 159.91(1)(b)", "V", ("RAD Rules r. 3(5)", "RAD Rules r. 35(3)", "IRPR s. 159.91(2)")),
    # FACTS §8 (O): the IRB's practice notice (effective 2020-09-28, "temporary") allows 45
    # days to perfect. Shown only as "the IRB currently allows"; never computed.
    TimeLimit("rad-record-irb-practice", 45, "days", "received-written-reasons", "period",
              "IRB practice notice, 2020-09-28", "O"),
    # FACTS §9: citizenship refusal, counted as a statute's limit (IA ss. 26-27, no recess skip)
    TimeLimit("citizenship-judicial-review", 30, "days", "notified", "statute-federal-court",
              "Citizenship Act s. 22.1", "V", ("IA s. 27(5)", "IA s. 26", "FCR r. 71.1(3)")),
    # FACTS §8: pre-removal risk assessment
    TimeLimit("prra-application", 15, "days", "prra-notified", "prra",
              "IRPR s. 162", "V; roll O", ("IRPR s. 160(3)-(4)", "IRPR s. 232", "IRPR s. 163")),
    TimeLimit("prra-decision-earliest", 30, "days", "prra-notified", "period", "IRPR s. 162", "V",
              ("IRPR s. 163",)),
    TimeLimit("prra-bar", 12, "months", "refugee-decision-latest", "period", "IRPA s. 112(2)(b.1)", "V",
              ("IRPA s. 112(2)(c)",)),
    # No 36-month variant: it applied to nationals of a designated country, and none has been designated
    # since 2019-05-17 (FACTS §8 Revised 2026-12-06), so it applies to nobody and is not mentioned.
    TimeLimit("h-and-c-bar", 12, "months", "refugee-decision-latest", "period", "IRPA s. 25(1.2)", "V",
              ("IRPA s. 25(1.21)",)),
    TimeLimit("departure-order", 30, "days", "order-enforceable", "no-holiday-roll", "IRPR s. 224(2)", "V",
              ("IRPR s. 224(3)", "IRPR s. 240(1)")),
    TimeLimit("exclusion-return", 1, "years", "order-enforced", "period", "IRPR s. 225(1)", "V", ("IRPA s. 52",)),
    TimeLimit("exclusion-return-misrepresentation", 5, "years", "order-enforced", "period", "IRPR s. 225(3)", "V",
              ("IRPA s. 52",)),
    # FACTS §5: ATIA complaint, no extension (calendar days; not moved: a safe policy)
    TimeLimit("atip-complaint", 60, "days", "received-answer", "no-holiday-roll", "ATIA s. 31", "V + O",
              ("Information Commissioner guidance",)),
    TimeLimit("removal-stay-after-rad", 15, "days", "rad-rejection-notice", "period", "IRPA s. 49(2)(e)", "V"),
    TimeLimit("rpd-mail-received", 7, "days", "mailed", "period", "RPD Rules r. 41(2)", "V",
              ("RAD Rules r. 35(2)",)),
    TimeLimit("prra-mail-notice", 7, "days", "mailed", "period", "IRPR s. 160(3)-(4)", "V"),
    # FACTS §11: provincial reviews (S/O: "check the program's official page")
    TimeLimit("provincial-review-on", 30, "days", "received-provincial-decision", "program-rule",
              "O. Reg. 421/17 s. 10", "S + O"),
    # FACTS §11 Revised 2026-12-06: BC counts from the date printed on the letter (the earlier start).
    TimeLimit("provincial-review-bc", 30, "days", "letter-issued", "program-rule",
              "B.C. Reg. 20/2017", "S"),
    TimeLimit("provincial-review-ab", 30, "days", "letter-issued", "program-rule", "AAIP program policy", "S"),
    TimeLimit("provincial-review-sk", 30, "days", "letter-issued", "program-rule", "SINP procedures", "O"),
    # FACTS §11 Revised 2026-12-06: Quebec's statute sets the 60 days (QIA art. 72, V text), not a program;
    # counting: calendar days, not moved, a safe policy.
    TimeLimit("quebec-taq", 60, "days", "notified", "quebec-statute", "Quebec Immigration Act s. 72", "V"),
    # FACTS §11 (U): a refused CAQ goes to the Superior Court, with no fixed limit found -> the
    # conservative policy "act within 30 days and get advice" (a policy, not a legal limit).
    TimeLimit("quebec-caq-refused-policy", 30, "days", "notified", "no-holiday-roll",
              "No time limit found (safe policy)", "U"),
    # FACTS §12: S.C. 2026, c. 4 made a refugee claim ineligible (no RPD, no RAD) when it is made more
    # than one year after the first entry (entered after 2020-06-24), or after 14 days when the person
    # entered between ports of entry along the US land border; for claims made from 2025-06-03
    # (IRPA s. 101(1.1); S.C. 2026, c. 4 s. 75; the date Bill C-2 was introduced: S). Periods, not dates.
    TimeLimit("refugee-claim-one-year", 1, "years", "first-entry", "period", "IRPA s. 101(1)(b.1)",
              "V", ("IRPA s. 101(1.1)", "S.C. 2026, c. 4 s. 75")),
    # The 14 days themselves are set by IRPR s. 159.4(1.1), which IRPA s. 101(1)(b.2) refers to.
    TimeLimit("refugee-claim-land-border", 14, "days", "entered-between-ports", "period", "IRPA s. 101(1)(b.2)",
              "V", ("IRPR s. 159.4(1.1)", "IRPA s. 101(1.1)", "S.C. 2026, c. 4 s. 75")),
)

_BY_ID = {limit.id: limit for limit in TIME_LIMITS}


def time_limit(rule_id: str) -> TimeLimit:
    return _BY_ID[rule_id]


# Remedies the deadline calculator computes (CONTRIBUTING.md §2), and the rule behind each.
DEADLINE_REMEDIES: dict[str, dict[str, str]] = {
    "judicial-review": {"in-canada": "judicial-review-in-canada",
                        "outside-canada": "judicial-review-outside-canada",
                        "unknown": "judicial-review-in-canada"},  # FACTS §2 Revised: unknown -> 15
    "iad-sponsorship": {"": "iad-sponsorship"},
    "iad-removal-order": {"": "iad-removal-order"},
    "iad-residency-obligation": {"": "iad-residency-obligation"},
    "restoration": {"": "restoration"},
    "applicants-record": {"": "applicants-record"},
    "atip-response": {"": "atip-response"},
    "privacy-response": {"": "privacy-response"},
    "rad-appeal": {"": "rad-appeal"},
    "rad-record": {"": "rad-record"},
    "citizenship-judicial-review": {"": "citizenship-judicial-review"},
    "prra-application": {"": "prra-application"},
    "departure-order": {"": "departure-order"},
    "atip-complaint": {"": "atip-complaint"},
    "provincial-review-on": {"": "provincial-review-on"},
    "provincial-review-bc": {"": "provincial-review-bc"},
    "provincial-review-ab": {"": "provincial-review-ab"},
    "provincial-review-sk": {"": "provincial-review-sk"},
    "quebec-taq": {"": "quebec-taq"},
    "quebec-caq-refused": {"": "quebec-caq-refused-policy"},
}
WHERE_VALUES = ("in-canada", "outside-canada", "unknown")


def rule_for(remedy: str, where: str | None = None) -> TimeLimit:
    rules = DEADLINE_REMEDIES[remedy]
    return time_limit(rules[where if len(rules) > 1 else ""])


def needs_where(remedy: str) -> bool:
    return len(DEADLINE_REMEDIES[remedy]) > 1


# --- Fees: each amount applies from a date (a change is a new dated value, not an edit).


@dataclass(frozen=True)
class FeeValue:
    since: date | None  # None: the date it took effect is not verified
    cents: int  # 0 means free


@dataclass(frozen=True)
class Fee:
    id: str
    values: tuple[FeeValue, ...]
    source: str
    status: str
    note: str | None = None  # message id of a caution shown with the amount
    since_unknown: str = "fee.since-unknown.official"  # message id when `since` is None
    also: tuple[str, ...] = field(default=())
    note_in_amount: bool = False  # the amount is never shown without its note (an indexed base fee)

    @property
    def citation(self) -> Citation:
        return citation(self.source)

    def value_on(self, day: date | None = None) -> FeeValue:
        """The amount in force on ``day`` (the latest value; undated values always apply)."""
        applicable = [v for v in self.values if v.since is None or day is None or v.since <= day]
        return max(applicable, key=lambda v: v.since or date.min) if applicable else self.values[0]


FEES: tuple[Fee, ...] = (
    Fee("federal-court-filing", (FeeValue(None, 5000),), "FCIR r. 23", "V"),
    Fee("atip-request", (FeeValue(None, 500),), "ATI Regs s. 7", "V", "fee.note.atip-waivable",
        also=("ATIA s. 11(2)",)),
    Fee("privacy-request", (FeeValue(None, 0),), "PA s. 12", "V"),
    # IRPR base fees; IRCC charges an inflation-adjusted amount (Service Fees Act), FACTS §4: S.
    Fee("restoration", (FeeValue(None, 20000),), "IRPR s. 306", "base V; charged amount S",
        "fee.note.ircc-adjusted", "fee.since-unknown.ircc"),
    Fee("trp", (FeeValue(None, 20000),), "IRPR s. 298", "base V; charged amount S",
        "fee.note.ircc-adjusted", "fee.since-unknown.ircc"),
    # FACTS §8: H&C base fee (principal applicant), indexed every two years from 2022-04-30:
    # the charged amount differs, so the amount always carries that note.
    Fee("h-and-c", (FeeValue(None, 55000),), "IRPR s. 307", "base V; charged amount S",
        "fee.note.h-and-c-indexed", "fee.since-unknown.ircc", also=("IRPR s. 294(d)",), note_in_amount=True),
    # FACTS §9 (O): the Federal Court's citizenship checklist.
    Fee("citizenship-federal-court", (FeeValue(None, 5000),), "Federal Court citizenship checklist", "O"),
)

_FEES_BY_ID = {fee.id: fee for fee in FEES}


def fee(fee_id: str) -> Fee:
    return _FEES_BY_ID[fee_id]


# --- Other legal facts the wording names (never typed into messages).
# IRPA s. 64(2): "serious criminality" that bars an IAD appeal = punished in Canada by at
# least this many months of imprisonment (FACTS §3, V).
SERIOUS_CRIMINALITY_MIN_IMPRISONMENT = (6, "months", "IRPA s. 64(2)")
# IRCC notice (FACTS §5, S: secondary source, the site says "check the official page"):
# officer decision notes sent with refusals of visitor visas, visitor records, study and
# work permits since this day.
IRCC_SENDS_NOTES_WITH_REFUSALS_SINCE = date(2025, 7, 29)




@dataclass(frozen=True)
class DatedFact:
    """A day the law names (not a time limit): snippets ``law/date/<id>/{day,cite}.md``."""
    id: str
    day: date
    source: str
    status: str
    also: tuple[str, ...] = ()


DATED_FACTS: tuple[DatedFact, ...] = (
    # FACTS §12: the one-year rule concerns people who entered Canada after this day (IRPA s. 101(1)(b.1)).
    DatedFact("refugee-claim-one-year-entered-after", date(2020, 6, 24), "IRPA s. 101(1)(b.1)", "V"),
    # FACTS §12: the new ineligibility applies to claims made from the day Bill C-2 was introduced
    # (IRPA s. 101(1.1); S.C. 2026, c. 4 s. 75: V; the date of introduction: S).
    DatedFact("refugee-claim-ineligibility-claims-from", date(2025, 6, 3), "IRPA s. 101(1.1)",
              "V (date of introduction: S)", ("S.C. 2026, c. 4 s. 75",)),
    # FACTS §5 Revised 2026-12-06: since this day anyone outside Canada may ask for their own personal
    # information under the Privacy Act (Extension Order No. 3, SOR/2021-174, s. 1; in force on the first
    # anniversary of the day it was made, s. 2).
    DatedFact("privacy-act-abroad-from", date(2022, 7, 13), "PAEO No. 3 s. 2", "V", ("PAEO No. 3 s. 1",)),
)


def dated_fact(fact_id: str) -> DatedFact:
    return next(fact for fact in DATED_FACTS if fact.id == fact_id)


# --- Court decisions the site relies on (no link: not on Justice Laws).
CASES = {
    "chen": "Chen, 2010 FC 899",
    "hennelly": "Hennelly, FCA 1999",
    "linett": "Linett, FCA 1979",
    "lagace": "Lagacé, FCA 1996",
    "collier": "P.F. Collier, FCA 1986",
    "el-yahyaoui": "El Yahyaoui, 2012 FC 283",
    "kurukkal": "Kurukkal, 2010 FCA 230",
    # The designated-country-of-origin bar on the RAD declared of no force (FACTS §8 Revised 2026-12-06).
    "y-z": "Y.Z., 2015 FC 892",
}
