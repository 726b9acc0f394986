"""The official text of every provision the engine cites, read from the project's extract.

The extract (``calculators/official_text/extract.json``, written by ``scripts/extract_law.py``
from Justice Canada's consolidated XML) holds, for each cited section, its text in English and
French with its structure (subsection, paragraph, …), whether it is repealed, the amendments
not yet in force that touch it, and each instrument's consolidation date.

``provision(label, lang)`` resolves a citation label as the engine writes it ("IRPA s. 72(2)(b)",
"IRPR ss. 63-65", "IRPR s. 160(3)-(4)") to the words of that provision. Labels that are not
federal law (a provincial regulation, Quebec's Act, a court decision, a policy page) are listed in
``NOT_FEDERAL`` with what they are: they never resolve against the federal extract.

Build-time only: the extract is not part of the browser wheel (scripts/build_wheel.py skips
``official_text``); pages get the text through their data block and snippets.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

EXTRACT = Path(__file__).resolve().parent / "official_text" / "extract.json"

# The engine's instrument abbreviations -> the consolidation file (English, French), as Justice
# Canada names them in justicecanada/laws-lois-xml (eng/acts/I-2.5.xml, fra/lois/I-2.5.xml, …).
INSTRUMENT_FILES: dict[str, tuple[str, str]] = {
    "IRPA": ("I-2.5", "I-2.5"),
    "IRPR": ("SOR-2002-227", "DORS-2002-227"),
    "IA": ("I-21", "I-21"),
    "FCR": ("SOR-98-106", "DORS-98-106"),
    "FCIR": ("SOR-93-22", "DORS-93-22"),
    "IAD Rules": ("SOR-2022-277", "DORS-2022-277"),
    "ATIA": ("A-1", "A-1"),
    "PA": ("P-21", "P-21"),
    "ATI Regs": ("SOR-83-507", "DORS-83-507"),
    "RAD Rules": ("SOR-2012-257", "DORS-2012-257"),
    "RPD Rules": ("SOR-2012-256", "DORS-2012-256"),
    "Citizenship Act": ("C-29", "C-29"),
    "PAEO No. 3": ("SOR-2021-174", "DORS-2021-174"),
}
# Provisions of an amending Act that the consolidation of the Act it amends prints in its
# "Related provisions" / "Amendments not in force" schedules: instrument -> (the file that holds
# them, the heading's citation as the schedule writes it in English and in French).
AMENDING_ACTS: dict[str, tuple[str, str, str]] = {
    "S.C. 2026, c. 4": ("IRPA", "2026, c. 4", "2026, ch. 4"),
}

# Cited labels that are not federal law, or not a provision: they do not resolve against the
# federal extract, on purpose (tests list them rather than skip them).
NOT_FEDERAL: dict[str, str] = {
    "O. Reg. 421/17 s. 10": "Ontario regulation (OINP internal review); not federal law",
    "B.C. Reg. 20/2017": "British Columbia regulation (BC PNP review); not federal law",
    "AAIP program policy": "Alberta program policy (AAIP reconsideration); not law",
    "SINP procedures": "Saskatchewan program procedures (SINP second review); not law",
    "MPNP procedural fairness page": "Manitoba program web page (MPNP); not law",
    "Quebec Immigration Act s. 72": "Quebec statute (Loi sur l'immigration au Québec, CQLR c. I-0.2.1, art. 72); not federal",
    "Quebec Immigration Act": "Quebec statute (Loi sur l'immigration au Québec, CQLR c. I-0.2.1); not federal",
    "IRB practice notice, 2020-09-28": "Immigration and Refugee Board practice notice; policy, not law",
    "Information Commissioner guidance": "Information Commissioner's guidance page; not law",
    "Federal Court citizenship checklist": "Federal Court's checklist for citizenship appeals; court practice, not a provision",
    "No time limit found (safe policy)": "the site's own safe policy where no limit was found (FACTS §11 U); not law",
}


def not_federal(label: str) -> str | None:
    """What a non-federal label is (a court decision included), or None for a federal provision."""
    if label in NOT_FEDERAL:
        return NOT_FEDERAL[label]
    from calculators.rules import CASES  # court decisions the site relies on

    if label in CASES.values():
        return "court decision; not a provision"
    return None


_LABEL = re.compile(r"^(?P<instrument>.+?) (?P<kind>ss?|rr?)\. (?P<where>\S+)$")
_SECTION = re.compile(r"^(?P<number>\d+(?:\.\d+)*)(?P<path>(?:\([0-9a-z.]+\))*)$")


def parse_label(label: str) -> tuple[str, list[tuple[str, tuple[str, ...]]]] | None:
    """("IRPA", [("72", ("2", "b"))]) for "IRPA s. 72(2)(b)"; a range gives one item per part.

    "IRPR ss. 63-65" -> sections 63, 64 and 65 (those present between them);
    "IRPR s. 160(3)-(4)" -> subsections (3) and (4) of section 160. None if not a provision label.
    """
    match = _LABEL.match(label)
    if match is None:
        return None
    instrument = match["instrument"]
    first, _, last = match["where"].partition("-")
    head = _SECTION.match(first)
    if head is None:
        return None
    path = tuple(re.findall(r"\(([0-9a-z.]+)\)", head["path"]))
    parts = [(head["number"], path)]
    if last:
        if last.startswith("("):  # 160(3)-(4): a range of the last level
            tail = re.findall(r"\(([0-9a-z.]+)\)", last)
            parts.append((head["number"], path[: len(path) - len(tail)] + tuple(tail)))
        elif _SECTION.match(last):
            parts.append(("range:" + _SECTION.match(last)["number"], ()))
        else:
            return None
    return instrument, parts


def key(instrument: str, number: str) -> str:
    return f"{instrument} {number}"


@lru_cache(maxsize=1)
def extract() -> dict:
    return json.loads(EXTRACT.read_text(encoding="utf-8"))


def _norm(label: str) -> str:
    """A structural label as a bare id: "(2)" -> "2", "b)" -> "b", "(b.1)" -> "b.1"."""
    return label.strip().strip("()").replace(")", "").replace("(", "").strip()


def _section_numbers(data: dict, instrument: str, first: str, last: str) -> list[str]:
    def as_tuple(number: str) -> tuple[int, ...]:
        return tuple(int(p) for p in number.split("."))

    low, high = as_tuple(first), as_tuple(last)
    found = [k.split(" ", 1)[1] for k in data["sections"] if k.startswith(instrument + " ")
             and k.split(" ", 1)[1].replace(".", "").isdigit()]
    return sorted((n for n in found if low <= as_tuple(n) <= high), key=as_tuple)


def _find(node: dict, path: tuple[str, ...]) -> tuple[list[dict], bool] | None:
    """The chain of nodes from ``node`` down ``path`` (node first) and whether it reached the end, or None.

    A text that is not divided further stops the chain where it is, not found: the French of IRPA
    s. 49(1) is one sentence where the English has paragraphs (a) to (c), so "49(1)(b)" is in it.
    A level that is divided but has no such part is not found.
    """
    chain = [node]
    for step in path:
        children = chain[-1].get("children", ())
        if not children:
            return chain, False
        nxt = next((child for child in children if _matches(child.get("label", ""), step)), None)
        if nxt is None:
            return None
        chain.append(nxt)
    return chain, True


def _matches(label: str, step: str) -> bool:
    if _norm(label) == step:
        return True
    # a repealed range printed as one label: "(2) and (3)", "(3) to (5)", "(2) et (3)", "(3) à (5)"
    ids = [_norm(p) for p in re.findall(r"\(?[0-9a-z.]+\)", label)]
    return step in ids


def resolve(label: str, data: dict | None = None) -> list[tuple[str, dict[str, list[dict]]]] | None:
    """Each part of ``label`` as (section key, {lang: chain of nodes}), or None if it does not resolve.

    A part one language does not divide resolves, in that language, to the undivided text that holds it.
    """
    data = data or extract()
    parsed = parse_label(label)
    if parsed is None:
        return None
    instrument, parts = parsed
    if parts and len(parts) == 2 and parts[1][0].startswith("range:"):
        numbers = _section_numbers(data, instrument, parts[0][0], parts[1][0][len("range:"):])
        if not numbers or numbers[0] != parts[0][0]:
            return None
        parts = [(n, ()) for n in numbers]
    found = []
    for number, path in parts:
        section = data["sections"].get(key(instrument, number))
        if section is None:
            return None
        chains, whole = {}, False
        for lang in ("en", "fr"):
            found_in = _find(section[lang], path)
            if found_in is None:
                return None
            chains[lang], reached = found_in
            whole = whole or reached
        if not whole:  # neither language has that part
            return None
        found.append((key(instrument, number), chains))
    return found


def _distinct(parts: list[tuple[str, dict[str, list[dict]]]], lang: str) -> list[tuple[str, list[dict]]]:
    """Each part as (section key, chain in ``lang``), without repeats: "49(1)(b)-(c)" is one French sentence."""
    chains: list[tuple[str, list[dict]]] = []
    for section_key, by_lang in parts:
        if not any(chain[-1] is by_lang[lang][-1] for _, chain in chains):
            chains.append((section_key, by_lang[lang]))
    return chains


def is_repealed(label: str, data: dict | None = None) -> bool:
    parts = resolve(label, data) or []
    return any(node.get("repealed") for _, chains in parts for node in chains["en"])


def _lines(node: dict, depth: int = 0) -> list[str]:
    lines = []
    text = node.get("text", "")
    lead = " ".join(p for p in (node.get("label", ""), text) if p)
    if lead:
        lines.append(lead)
    for child in node.get("children", ()):
        lines.extend(_lines(child, depth + 1))
    if node.get("after"):
        lines.append(node["after"])
    return lines


def provision_text(chain: list[dict]) -> list[str]:
    """The lines of a provision: each ancestor's lead-in, then the provision with all it contains."""
    lines = []
    for ancestor in chain[:-1]:
        lead = " ".join(p for p in (ancestor.get("label", ""), ancestor.get("text", "")) if p)
        if lead:
            lines.append(lead)
    return lines + _lines(chain[-1])


def normalise(text: str) -> str:
    """Whitespace collapsed; typographic apostrophes and quotes as the XML writes them are kept."""
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ").replace("\u202f", " ")).strip()


def words(label: str, lang: str, data: dict | None = None) -> str:
    """All the words of the provision (ancestors' lead-in included), whitespace normalised."""
    parts = resolve(label, data)
    if parts is None:
        raise KeyError(label)
    return normalise(" ".join(" ".join(provision_text(chain)) for _, chain in _distinct(parts, lang)))


def provision(label: str, lang: str = "en", data: dict | None = None) -> dict | None:
    """The official text of ``label`` for a reader of ``lang``.

    ``{"label", "lang", "languages": [{"lang", "instrument", "current_date", "sections":
    [{"heading", "lines"}]}], "fallback": bool}``. English and French are the official languages:
    another language gets both, with ``fallback`` true (the page says there is no official text in
    its language). None when the label is not a federal provision (see ``not_federal``).
    """
    data = data or extract()
    parts = resolve(label, data)
    if parts is None:
        return None
    langs = [lang] if lang in ("en", "fr") else ["en", "fr"]
    shown = []
    for text_lang in langs:
        sections = []
        instrument = ""
        current = ""
        for section_key, chain in _distinct(parts, text_lang):
            meta = data["instruments"][data["sections"][section_key]["instrument"]][text_lang]
            instrument, current = meta["title"], meta["current_date"]
            heading = " ".join(p for p in (chain[0].get("label", ""), chain[0].get("note", "")) if p)
            lines = provision_text(chain)
            if lines and chain[0].get("label") and lines[0].startswith(chain[0]["label"] + " "):
                lines[0] = lines[0][len(chain[0]["label"]) + 1:]  # the heading already says "72"
            elif lines and lines[0] == chain[0].get("label"):
                lines = lines[1:]  # a section that is only its subsections
            sections.append({"heading": heading, "lines": lines})
        shown.append({"lang": text_lang, "instrument": instrument, "current_date": current, "sections": sections})
    return {"label": label, "lang": lang, "languages": shown, "fallback": lang not in ("en", "fr")}


def pending(label: str, data: dict | None = None) -> list[str]:
    """Amendments not yet in force that touch the section(s) of ``label`` ("2026, c. 4, s. 43")."""
    data = data or extract()
    parts = resolve(label, data) or []
    return sorted({amendment for section_key, _ in parts for amendment in data["sections"][section_key].get("pending", ())})
