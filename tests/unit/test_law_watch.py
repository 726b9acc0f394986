"""Law watch (issue 19 §3): the comparison of the current XML with the extract, without a network.

CI has no copy of Justice Canada's files, so the tests write the XML back from the committed extract
(the same elements the consolidation uses: Section, Subsection, Paragraph…, Repealed, the "Amendments
not in force" schedule), check that this unchanged copy passes, then change one provision, repeal
one and bring one amendment into force, and check each is reported with the rules resting on it.
Where the shared copies of the real XML are present, a real file is changed too.
"""

from __future__ import annotations

import gzip
import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from calculators import law_text
from scripts import extract_law, law_watch

LIMS = "http://justice.gc.ca/lims"
TAGS = ("Section", "Subsection", "Paragraph", "Subparagraph", "Clause", "Subclause", "Subsubclause")


def _node_xml(node: dict, depth: int) -> ET.Element:
    element = ET.Element(TAGS[min(depth, len(TAGS) - 1)] if node.get("label") else "Definition")
    if node.get("in_force") is False:
        element.set("in-force", "no")
    if node.get("note"):
        ET.SubElement(element, "MarginalNote").text = node["note"]
    if node.get("label"):
        ET.SubElement(element, "Label").text = node["label"]
    if "text" in node:
        text = ET.SubElement(element, "Text")
        if node.get("repealed"):
            ET.SubElement(text, "Repealed").text = node["text"]
        else:
            text.text = node["text"]
    for child in node.get("children", ()):
        element.append(_node_xml(child, depth + 1))
    if node.get("after"):
        ET.SubElement(ET.SubElement(element, "ContinuedSectionSubsection"), "Text").text = node["after"]
    return element


def write_xml(extract: dict, directory: Path) -> Path:
    """The extract's sections as consolidation XML files (one per instrument and language)."""
    for instrument, (name_en, name_fr) in law_text.INSTRUMENT_FILES.items():
        for lang, name in (("en", name_en), ("fr", name_fr)):
            meta = extract["instruments"][instrument][lang]
            root = ET.Element("Statute", {f"{{{LIMS}}}current-date": meta["current_date"],
                                          f"{{{LIMS}}}lastAmendedDate": meta["last_amended"],
                                          "{http://www.w3.org/XML/1998/namespace}lang": lang})
            ET.SubElement(ET.SubElement(root, "Identification"), "ShortTitle").text = meta["title"]
            body = ET.SubElement(root, "Body")
            pending: set[str] = set()
            for key, section in extract["sections"].items():
                if section["instrument"] == instrument:
                    body.append(_node_xml(section[lang], 0))
                    pending.update(section.get("pending", ()))
            if instrument == "IRPA":  # the amending Act's sections the consolidation prints
                related = ET.SubElement(root, "Schedule", {"id": "RelatedProvs"})
                for key, section in extract["sections"].items():
                    if section["instrument"] in law_text.AMENDING_ACTS:
                        _, cite_en, cite_fr = law_text.AMENDING_ACTS[section["instrument"]]
                        cite = f"{cite_en}, s." if lang == "en" else f"{cite_fr}, art."
                        entry = ET.SubElement(ET.SubElement(related, "BillPiece"), "RelatedOrNotInForce")
                        ET.SubElement(ET.SubElement(entry, "Heading"), "TitleText").text = f"— {cite} {key.rsplit(' ', 1)[1]}"
                        entry.append(_node_xml(section[lang], 0))
            schedule = ET.SubElement(root, "Schedule", {"id": "NifProvs"})
            for amendment in sorted(pending):
                touched = sorted(key.rsplit(" ", 1)[1] for key, section in extract["sections"].items()
                                 if section["instrument"] == instrument and amendment in section.get("pending", ()))
                entry = ET.SubElement(ET.SubElement(schedule, "BillPiece"), "RelatedOrNotInForce")
                heading = amendment if lang == "en" else amendment.replace("c.", "ch.").replace(", s.", ", art.")
                ET.SubElement(ET.SubElement(entry, "Heading"), "TitleText").text = f"— {heading}"
                section = ET.SubElement(entry, "Section")
                ET.SubElement(section, "Label").text = amendment.rsplit(" ", 1)[1]
                word = "Section" if lang == "en" else "L’article"
                ET.SubElement(section, "Text").text = f"{word} {' and '.join(touched)} of the Act is amended."
            path = directory / lang / f"{name}.xml"
            path.parent.mkdir(parents=True, exist_ok=True)
            ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)
    return directory


@pytest.fixture
def extract() -> dict:
    return json.loads(law_text.EXTRACT.read_text(encoding="utf-8"))


@pytest.fixture
def copy(tmp_path, extract) -> Path:
    return write_xml(extract, tmp_path / "xml")


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_an_unchanged_copy_passes(copy, capsys):
    assert law_watch.main([str(copy)]) == 0
    assert "no cited provision changed" in capsys.readouterr().out


def test_a_changed_time_limit_is_reported_naming_its_rules(copy, capsys):
    _edit(copy / "en" / "I-2.5.xml", "within 15 days, in the case of a matter arising in Canada",
          "within 10 days, in the case of a matter arising in Canada")
    assert law_watch.main([str(copy)]) == 1
    out = capsys.readouterr().out
    line = next(line for line in out.splitlines() if line.startswith("- IRPA s. 72(2)(b): changed"))
    assert "within 10 days" in line
    assert "judicial-review-in-canada" in line and "judicial-review-outside-canada" in line
    # and the rule whose quoted words are gone is named on its own line
    assert "- IRPA s. 72(2)(b): quote-gone — the en words of rule judicial-review-in-canada are no longer in it" in out
    assert "rule judicial-review-outside-canada" not in out  # its words are still there


def test_a_repealed_provision_is_reported(copy, extract, capsys):
    chain, reached = law_text._find(extract["sections"]["IRPR 159.91"]["fr"], ("1", "a"))
    assert reached
    paragraph = chain[-1]
    path = copy / "fr" / "DORS-2002-227.xml"
    _edit(path, f"<Text>{paragraph['text']}</Text>", "<Text><Repealed>[Abrogé, DORS/2027-1, art. 3]</Repealed></Text>")
    findings, _ = law_watch.run([copy])
    assert [(f.label, f.what) for f in findings] == [("IRPR s. 159.91(1)(a)", "repealed"),
                                                     ("IRPR s. 159.91(1)(a)", "quote-gone")]
    assert "rad-appeal" in findings[0].rules and "Abrogé" in findings[0].detail


def test_an_amendment_that_came_into_force_is_reported(copy, capsys):
    # S.C. 2026, c. 4, s. 49 (repealing IRPA s. 110(2)(d.1)) leaves the "not in force" schedule,
    # and the paragraph is repealed in the text: both are said.
    for lang, name in (("en", "— 2026, c. 4, s. 49"), ("fr", "— 2026, ch. 4, art. 49")):
        path = copy / lang / "I-2.5.xml"
        root = ET.parse(path).getroot()
        schedule = next(s for s in root.iter("Schedule") if s.get("id") == "NifProvs")
        for piece in list(schedule):
            if piece.find("RelatedOrNotInForce/Heading/TitleText").text == name:
                schedule.remove(piece)
        ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)
    assert law_watch.main([str(copy)]) == 1
    out = capsys.readouterr().out
    assert "- IRPA s. 110: came-into-force — the amendment 2026, c. 4, s. 49 is no longer listed as not in force" in out
    assert "bar.rad" in out


def test_a_file_that_is_missing_or_not_xml_is_an_error_not_a_pass(copy, capsys):
    (copy / "fr" / "I-2.5.xml").write_text("<html>Service unavailable", encoding="utf-8")
    assert law_watch.main([str(copy)]) == 2
    (copy / "fr" / "I-2.5.xml").unlink()
    assert law_watch.main([str(copy)]) == 2
    assert "could not read the current law" in capsys.readouterr().err


def test_the_download_addresses_are_justice_laws_then_the_public_repository():
    assert law_watch._urls("I-2.5", "fr") == [
        "https://laws-lois.justice.gc.ca/fra/XML/I-2.5.xml",
        "https://raw.githubusercontent.com/justicecanada/laws-lois-xml/main/fra/lois/I-2.5.xml"]
    assert law_watch._urls("SOR-2002-227", "en")[1].endswith("/eng/regulations/SOR-2002-227.xml")


def test_a_real_consolidation_changed_by_hand_is_reported(tmp_path):
    shared = extract_law.DEFAULT_SOURCE
    if not (shared / "en" / "I-2.5.xml.gz").is_file():
        pytest.skip(f"no shared copies at {shared} (CI): the tests above use XML written from the extract")
    copy = tmp_path / "official"
    shutil.copytree(shared, copy)
    for path in copy.rglob("*"):
        path.chmod(0o755 if path.is_dir() else 0o644)
    path = copy / "en" / "SOR-2002-227.xml.gz"
    text = gzip.decompress(path.read_bytes()).decode("utf-8-sig")
    old = "within 30 days after the order becomes enforceable"
    assert old in text
    path.write_bytes(gzip.compress(text.replace(old, "within 20 days after the order becomes enforceable").encode()))
    findings, _ = law_watch.run([copy])
    assert [(f.label, f.what) for f in findings] == [("IRPR s. 224(2)", "changed"), ("IRPR s. 224(2)", "quote-gone")]
    assert "departure-order" in findings[0].rules
