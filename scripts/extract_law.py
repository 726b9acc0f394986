"""Write the project's extract of the official text: every provision the engine cites, EN and FR.

Reads Justice Canada's consolidated XML (the files of the public repository
justicecanada/laws-lois-xml, plain or gzipped) and writes ``calculators/official_text/extract.json``:
each cited instrument's title, consolidation date (``lims:current-date``) and last-amended date
(``lims:lastAmendedDate``), and each cited section with its structure (subsection, paragraph,
subparagraph…) as plain words, whether each part is repealed or not in force, and the
amendments not yet in force (the consolidation's "Amendments not in force" schedule) that touch it.

Which sections: every section named by a label the engine can print or that a rule carries
(calculators.cited_labels), so a label like "IRPA s. 72(2)(b)" resolves (calculators.law_text).

    python scripts/extract_law.py                      # from ../shared/law/official/ (the shared copies)
    python scripts/extract_law.py DIR_OR_FILE ...      # from other copies (a download, a directory tree)
    python scripts/extract_law.py --out PATH           # write elsewhere (the default: the committed extract)
    python scripts/extract_law.py --check              # exit 1 if the committed extract differs

The language of a file is read from its root element (``xml:lang``), so English and French
files may have the same name (Acts: I-2.5.xml in eng/acts and fra/lois).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from calculators import law_text  # noqa: E402

DEFAULT_SOURCE = ROOT.parent / "shared" / "law" / "official"
LIMS = "{http://justice.gc.ca/lims}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
STRUCTURE = ("Section", "Subsection", "Paragraph", "Subparagraph", "Clause", "Subclause", "Subsubclause")
CONTINUED = ("ContinuedSectionSubsection", "ContinuedParagraph", "ContinuedSubparagraph", "ContinuedClause",
             "ContinuedSubclause", "ContinuedDefinition", "ContinuedFormulaParagraph")
SKIPPED = ("HistoricalNote", "Footnote", "FootnoteRef", "MarginalNote", "Label")
# An amending instruction names what it changes: "Subsection 100(1) of the Act is replaced…",
# "Le paragraphe 100(1) de la même loi est remplacé…": the section numbers it touches.
_TOUCHES = re.compile(r"\b(?:[Ss]ections?|[Ss]ubsections?|[Pp]aragraphs?|[Ss]ubparagraphs?|[Cc]lauses?|"
                      r"[Aa]rticles?|[Pp]aragraphes?|[Aa]linéas?|[Ss]ous-alinéas?|[Dd]ivisions?)\s+"
                      r"(\d+(?:\.\d+)*)")
PROVENANCE = ("Justice Canada's consolidated XML (public repository justicecanada/laws-lois-xml), "
              "copies in ../shared/law/official/ from its commit of 2026-07-23")


def plain(element: ET.Element) -> str:
    """The words of an element, footnote markers and historical notes left out, whitespace collapsed."""
    parts: list[str] = []

    def walk(el: ET.Element) -> None:
        if el.tag in ("HistoricalNote", "Footnote", "FootnoteRef"):
            if el.tail:
                parts.append(el.tail)
            return
        if el.text:
            parts.append(el.text)
        for child in el:
            walk(child)
        if el is not element and el.tail:
            parts.append(el.tail)

    walk(element)
    return law_text.normalise("".join(parts))


def node(element: ET.Element) -> dict:
    """A structural element (section, subsection, paragraph…) as data: label, note, text, children, after."""
    result: dict = {"label": plain(element.find("Label")) if element.find("Label") is not None else ""}
    note = element.find("MarginalNote")
    if note is not None:
        result["note"] = plain(note)
    text: list[str] = []
    after: list[str] = []
    children: list[dict] = []
    for child in element:
        if child.tag in SKIPPED:
            continue
        if child.tag in STRUCTURE:
            children.append(node(child))
        elif child.tag in CONTINUED:
            after.append(plain(child))
        elif child.tag == "Definition":
            children.append({"label": "", "text": plain(child)})
        elif child.tag == "Text" and not children:
            text.append(plain(child))
            if child.find(".//Repealed") is not None:
                result["repealed"] = True
        else:  # a formula, a table, a list, text after the children
            words = plain(child)
            if words:
                (after if children else text).append(words)
    if text:
        result["text"] = " ".join(text)
    if children:
        result["children"] = children
    if after:
        result["after"] = " ".join(after)
    if element.get("in-force") == "no":
        result["in_force"] = False
    return result


def read_root(path: Path) -> ET.Element:
    return read_root_bytes(path.read_bytes())


def read_root_bytes(data: bytes) -> ET.Element:
    """The root element of an XML file's bytes, plain or gzipped (ET.ParseError if it is not XML)."""
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    return ET.fromstring(data)


def find_files(sources: list[Path]) -> dict[tuple[str, str], Path]:
    """(file name without .xml[.gz], lang) -> path, for every XML file under ``sources``."""
    found: dict[tuple[str, str], Path] = {}
    candidates: list[Path] = []
    for source in sources:
        if source.is_dir():
            candidates += sorted(p for p in source.rglob("*") if p.name.endswith((".xml", ".xml.gz")))
        elif source.is_file():
            candidates.append(source)
    wanted = {name for pair in law_text.INSTRUMENT_FILES.values() for name in pair}
    for path in candidates:
        stem = path.name.removesuffix(".gz").removesuffix(".xml")
        if stem not in wanted:
            continue
        lang = _language(path)
        found.setdefault((stem, lang), path)
    return found


def _language(path: Path) -> str:
    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rb") as handle:
        for _, element in ET.iterparse(handle, events=("start",)):
            return (element.get(XML_LANG) or "en")[:2]
    return "en"


def _title(root: ET.Element) -> str:
    for tag in ("ShortTitle", "LongTitle"):
        found = root.find(f"Identification/{tag}")
        if found is not None and plain(found):
            return plain(found)
    return ""


def body_sections(root: ET.Element) -> dict[str, ET.Element]:
    body = root.find("Body")
    sections: dict[str, ET.Element] = {}
    for section in body.iter("Section") if body is not None else ():
        label = section.find("Label")
        if label is not None and plain(label):
            sections.setdefault(plain(label), section)
    return sections


def schedule_entries(root: ET.Element, schedule_id: str) -> list[tuple[str, ET.Element]]:
    """(heading citation, element) of each entry of the "Related provisions" or "Amendments not in force" schedule."""
    entries = []
    for schedule in root.iter("Schedule"):
        if schedule.get("id") != schedule_id:
            continue
        for entry in schedule.iter("RelatedOrNotInForce"):
            heading = entry.find("Heading/TitleText")
            citation = plain(heading).lstrip("— ").strip() if heading is not None else ""
            entries.append((citation, entry))
    return entries


def touched_sections(entry: ET.Element) -> set[str]:
    """Section numbers an amending entry changes (its instructions, not the new text it enacts)."""
    numbers: set[str] = set()
    for element in entry.iter():
        if element.tag != "Text":
            continue
        if any(ancestor.tag == "AmendedText" for ancestor in _ancestors(entry, element)):
            continue
        numbers.update(_TOUCHES.findall(plain(element)))
    return numbers


def _ancestors(root: ET.Element, target: ET.Element) -> list[ET.Element]:
    parents = {child: parent for parent in root.iter() for child in parent}
    chain = []
    while target in parents:
        target = parents[target]
        chain.append(target)
    return chain


def wanted_sections(labels: set[str], available: dict[str, list[str]]) -> dict[str, set[str]]:
    """instrument -> section numbers to extract for ``labels`` (ranges expanded over ``available``)."""
    wanted: dict[str, set[str]] = {}
    for label in sorted(labels):
        parsed = law_text.parse_label(label)
        if parsed is None:
            continue
        instrument, parts = parsed
        if instrument not in law_text.INSTRUMENT_FILES and instrument not in law_text.AMENDING_ACTS:
            continue
        numbers = [number for number, _ in parts if not number.startswith("range:")]
        if len(parts) == 2 and parts[1][0].startswith("range:"):
            low, high = parts[0][0], parts[1][0][len("range:"):]
            order = available.get(instrument, [])
            if low in order and high in order:
                numbers = order[order.index(low): order.index(high) + 1]
        wanted.setdefault(instrument, set()).update(numbers)
    return wanted


def build(sources: list[Path], labels: set[str] | None = None) -> dict:
    """The extract as data, from the XML files under ``sources``."""
    if labels is None:
        from calculators import cited_labels

        labels = cited_labels.all_labels()
    files = find_files(sources)
    roots: dict[tuple[str, str], ET.Element] = {}
    instruments: dict[str, dict] = {}
    for instrument, names in law_text.INSTRUMENT_FILES.items():
        for lang, name in zip(("en", "fr"), names):
            path = files.get((name, lang))
            if path is None:
                raise SystemExit(f"extract_law: no {lang} XML for {instrument} ({name}.xml) under {', '.join(map(str, sources))}")
            root = read_root(path)
            roots[(instrument, lang)] = root
            instruments.setdefault(instrument, {})[lang] = {
                "file": name, "title": _title(root), "current_date": root.get(f"{LIMS}current-date") or "",
                "last_amended": root.get(f"{LIMS}lastAmendedDate") or "",
            }
    bodies = {key: body_sections(root) for key, root in roots.items()}
    available = {instrument: list(bodies[(instrument, "en")]) for instrument in law_text.INSTRUMENT_FILES}
    sections: dict[str, dict] = {}
    for instrument, numbers in sorted(wanted_sections(labels, available).items()):
        if instrument in law_text.AMENDING_ACTS:
            sections.update(_amending_sections(instrument, numbers, roots, instruments))
            continue
        pending = {lang: _pending(roots[(instrument, lang)]) for lang in ("en", "fr")}
        for number in sorted(numbers, key=lambda n: tuple(int(p) for p in n.split("."))):
            entry: dict = {"instrument": instrument}
            for lang in ("en", "fr"):
                element = bodies[(instrument, lang)].get(number)
                if element is None:
                    continue
                entry[lang] = node(element)
            if "en" not in entry or "fr" not in entry:
                continue  # a label naming a section that does not exist: the tests say which
            touched = sorted(citation for citation, numbers_touched in pending["en"] if number in numbers_touched)
            if touched:
                entry["pending"] = touched
            sections[law_text.key(instrument, number)] = entry
    return {
        "about": {
            "made_by": "scripts/extract_law.py",
            "from": PROVENANCE,
            "note": ("Federal law may be reproduced freely under the Reproduction of Federal Law Order (SI/97-5). "
                     "This copy is not the official version; the official version is on laws-lois.justice.gc.ca."),
        },
        "instruments": instruments,
        "sections": sections,
    }


def _pending(root: ET.Element) -> list[tuple[str, set[str]]]:
    return [(citation, touched_sections(entry)) for citation, entry in schedule_entries(root, "NifProvs")]


def _amending_sections(instrument: str, numbers: set[str], roots: dict, instruments: dict) -> dict[str, dict]:
    """Sections of an amending Act as the consolidation of the Act it amends prints them."""
    host, cite_en, cite_fr = law_text.AMENDING_ACTS[instrument]
    found: dict[str, dict] = {}
    for number in sorted(numbers):
        entry: dict = {"instrument": instrument}
        for lang, cite in (("en", cite_en), ("fr", cite_fr)):
            word = "s." if lang == "en" else "art."
            for schedule_id, state in (("RelatedProvs", None), ("NifProvs", False)):
                for citation, element in schedule_entries(roots[(host, lang)], schedule_id):
                    if citation == f"{cite}, {word} {number}" or citation.startswith(f"{cite}, {word} {number},"):
                        section = element.find("Section")
                        if section is not None:
                            entry[lang] = node(section)
                            if state is False:
                                entry[lang]["in_force"] = False
        if "en" in entry and "fr" in entry:
            found[law_text.key(instrument, number)] = entry
    host_meta = instruments[host]
    instruments[instrument] = {
        lang: {"file": host_meta[lang]["file"], "title": f"{cite} ({host_meta[lang]['title']})",
               "current_date": host_meta[lang]["current_date"], "last_amended": host_meta[lang]["last_amended"],
               "printed_in": host}
        for lang, cite in (("en", "S.C. " + cite_en), ("fr", "L.C. " + cite_fr))
    }
    return found


def dumps(extract: dict) -> str:
    return json.dumps(extract, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sources", nargs="*", type=Path, help="directories or XML files (default: ../shared/law/official)")
    parser.add_argument("--out", type=Path, default=law_text.EXTRACT)
    parser.add_argument("--check", action="store_true", help="compare with the extract instead of writing it")
    args = parser.parse_args(argv)
    sources = args.sources or [DEFAULT_SOURCE]
    text = dumps(build(sources))
    if args.check:
        same = args.out.is_file() and args.out.read_text(encoding="utf-8") == text
        print("extract_law: the extract is up to date" if same else f"extract_law: {args.out} differs; run scripts/extract_law.py")
        return 0 if same else 1
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(f"extract_law: wrote {args.out} ({len(json.loads(text)['sections'])} sections)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
