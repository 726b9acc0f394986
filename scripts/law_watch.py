"""Law watch: has any provision the engine cites changed since the project's extract?

Downloads (on GitHub, from .github/workflows/law-watch.yml) the current consolidated XML of every
cited instrument, English and French, from Justice Canada's site:

    https://laws-lois.justice.gc.ca/eng/XML/<id>.xml      https://laws-lois.justice.gc.ca/fra/XML/<id>.xml

(the address pattern of Justice Laws' XML downloads; ids as in calculators/law_text.py:
I-2.5, SOR-2002-227 / DORS-2002-227, …) or, if that fails, from the public repository Justice Canada
publishes the same files in, https://github.com/justicecanada/laws-lois-xml
(raw.githubusercontent.com/justicecanada/laws-lois-xml/main/eng/acts/I-2.5.xml,
…/eng/regulations/SOR-2002-227.xml, …/fra/lois/I-2.5.xml, …/fra/reglements/DORS-2002-227.xml).

Then it rebuilds the extract of the same sections (scripts/extract_law.py) from those files and
compares it with calculators/official_text/extract.json, provision by provision and in both
languages. It exits 1 listing every provision whose words changed, that was repealed or removed,
that came into force (an amendment no longer in the "Amendments not in force" schedule, a part no
longer marked not in force), or that a new amendment not yet in force will change, and every rule
whose quoted words (calculators/law_quotes.py) are no longer in the text, each with the rules that
rest on it (calculators.rules, calculators.law_quotes), so a maintainer knows what to
re-read. 0 when nothing changed; 2 when a file could not be read or downloaded.

    python scripts/law_watch.py --download DIR         # download into DIR, then compare (GitHub only)
    python scripts/law_watch.py DIR_OR_FILE ...        # compare copies already on disk (tests)
"""

from __future__ import annotations

import argparse
import json
import sys
import urllib.request
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from calculators import law_quotes, law_text, rules  # noqa: E402
from scripts import extract_law  # noqa: E402

JUSTICE_LAWS = {"en": "https://laws-lois.justice.gc.ca/eng/XML/{id}.xml",
                "fr": "https://laws-lois.justice.gc.ca/fra/XML/{id}.xml"}
GITHUB_RAW = "https://raw.githubusercontent.com/justicecanada/laws-lois-xml/main/{folder}/{id}.xml"
GITHUB_FOLDERS = {("en", "act"): "eng/acts", ("en", "regulation"): "eng/regulations",
                  ("fr", "act"): "fra/lois", ("fr", "regulation"): "fra/reglements"}
TIMEOUT = 60


@dataclass(frozen=True)
class Finding:
    label: str  # the provision, as the engine would cite it: "IRPA s. 110(2)(d.1)"
    what: str  # changed | repealed | removed | came-into-force | amendment-pending | added | quote-gone
    detail: str
    rules: tuple[str, ...]

    def line(self) -> str:
        resting = ", ".join(self.rules) if self.rules else "no rule names it directly (cited by the engine)"
        return f"{self.label}: {self.what} — {self.detail}. Rules resting on it: {resting}"


# ------------------------------------------------------------------ download (GitHub only)


def _urls(name: str, lang: str) -> list[str]:
    kind = "regulation" if name.startswith(("SOR-", "DORS-", "C.R.C")) else "act"
    return [JUSTICE_LAWS[lang].format(id=name), GITHUB_RAW.format(folder=GITHUB_FOLDERS[(lang, kind)], id=name)]


def download(directory: Path) -> list[Path]:
    """Every cited instrument's current XML, English under en/, French under fr/."""
    written = []
    for names in law_text.INSTRUMENT_FILES.values():
        for lang, name in zip(("en", "fr"), names):
            target = directory / lang / f"{name}.xml"
            target.parent.mkdir(parents=True, exist_ok=True)
            errors = []
            for url in _urls(name, lang):
                try:
                    request = urllib.request.Request(url, headers={"User-Agent": "law-watch (after a Canada visa refusal)"})
                    with urllib.request.urlopen(request, timeout=TIMEOUT) as response:  # noqa: S310 - fixed https URLs
                        data = response.read()
                    extract_law.read_root_bytes(data)  # well-formed XML, or try the next address
                    target.write_bytes(data)
                    written.append(target)
                    break
                except Exception as error:  # noqa: BLE001 - every failure is reported below
                    errors.append(f"{url}: {error}")
            else:
                raise DownloadFailed(f"{name} ({lang}): " + "; ".join(errors))
    return written


class DownloadFailed(RuntimeError):
    pass


# ------------------------------------------------------------------ comparison


def _section_label(section_key: str) -> str:
    instrument, number = section_key.rsplit(" ", 1)
    word = "r." if instrument in ("FCR", "FCIR", "IAD Rules", "RAD Rules", "RPD Rules") else "s."
    return f"{instrument} {word} {number}"


def _path_label(section_key: str, path: tuple[str, ...]) -> str:
    return _section_label(section_key) + "".join(f"({step})" for step in path)


def _walk(node: dict, path: tuple[str, ...] = ()) -> dict[tuple[str, ...], dict]:
    """Every node of a section by its path of bare labels ("2", "b"); the section itself at ()."""
    found = {path: node}
    for index, child in enumerate(node.get("children", ())):
        step = law_text._norm(child.get("label", "")) or f"#{index}"  # a definition has no label
        found.update(_walk(child, path + (step,)))
    return found


def _own_words(node: dict) -> str:
    return law_text.normalise(" ".join(node.get(part, "") for part in ("label", "note", "text", "after")))


def rules_on(section_key: str) -> tuple[str, ...]:
    """Ids of the rules whose provision (source, also, or quote) is in this section."""
    found = []
    for limit in rules.TIME_LIMITS:
        if _in_section((limit.source, *limit.also), section_key):
            found.append(limit.id)
    for fee in rules.FEES:
        if _in_section((fee.source, *fee.also), section_key):
            found.append(f"fee.{fee.id}")
    for rule_id, quote in law_quotes.QUOTES.items():
        if rule_id not in found and _in_section((quote.label,), section_key):
            found.append(rule_id)
    return tuple(found)


def _in_section(labels: tuple[str, ...], section_key: str) -> bool:
    for label in labels:
        for key, _ in law_text.resolve(label) or ():
            if key == section_key:
                return True
    return False


def compare(old: dict, new: dict) -> list[Finding]:
    findings: list[Finding] = []
    for section_key, before in sorted(old["sections"].items()):
        after = new["sections"].get(section_key)
        resting = rules_on(section_key)
        if after is None:
            findings.append(Finding(_section_label(section_key), "removed",
                                    "the section is no longer in the consolidation (repealed or renumbered?)", resting))
            continue
        for lang in ("en", "fr"):
            old_nodes, new_nodes = _walk(before[lang]), _walk(after[lang])
            for path, node in old_nodes.items():
                label = _path_label(section_key, path)
                changed = new_nodes.get(path)
                if changed is None:
                    findings.append(Finding(label, "removed", f"no longer in the {lang} text", resting))
                elif changed.get("repealed") and not node.get("repealed"):
                    findings.append(Finding(label, "repealed", f"the {lang} text now reads: {changed.get('text', '')}", resting))
                elif node.get("in_force") is False and changed.get("in_force") is not False:
                    findings.append(Finding(label, "came-into-force", f"no longer marked not in force ({lang})", resting))
                elif _own_words(changed) != _own_words(node):
                    findings.append(Finding(label, "changed", f"the {lang} words changed: {_own_words(changed)[:300]}", resting))
            for path in new_nodes.keys() - old_nodes.keys():
                findings.append(Finding(_path_label(section_key, path), "added",
                                        f"new in the {lang} text: {_own_words(new_nodes[path])[:300]}", resting))
        pending_before, pending_after = set(before.get("pending", ())), set(after.get("pending", ()))
        for amendment in sorted(pending_before - pending_after):
            findings.append(Finding(_section_label(section_key), "came-into-force",
                                    f"the amendment {amendment} is no longer listed as not in force", resting))
        for amendment in sorted(pending_after - pending_before):
            findings.append(Finding(_section_label(section_key), "amendment-pending",
                                    f"a new amendment not yet in force, {amendment}, will change it", resting))
    return findings


def quotes_gone(new: dict) -> list[Finding]:
    """Each rule whose quoted words (calculators/law_quotes.py) are no longer in the current text."""
    findings = []
    for rule_id, quote in law_quotes.QUOTES.items():
        for lang in ("en", "fr"):
            try:
                found = law_text.normalise(quote.text(lang)) in law_text.words(quote.label, lang, new)
            except KeyError:
                found = False
            if not found:
                findings.append(Finding(quote.label, "quote-gone",
                                        f"the {lang} words of rule {rule_id} are no longer in it: “{quote.text(lang)}”",
                                        (rule_id,)))
    return findings


def watched_labels(extract: dict) -> set[str]:
    """A label per section of the extract, so the rebuilt extract holds the same sections."""
    return {_section_label(key) for key in extract["sections"]}


def run(sources: list[Path], extract_path: Path = law_text.EXTRACT) -> tuple[list[Finding], dict]:
    old = json.loads(extract_path.read_text(encoding="utf-8"))
    new = extract_law.build(sources, labels=watched_labels(old))
    return compare(old, new) + quotes_gone(new), new


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sources", nargs="*", type=Path, help="directories or XML files to compare")
    parser.add_argument("--download", type=Path, metavar="DIR", help="download the current XML into DIR first")
    parser.add_argument("--extract", type=Path, default=law_text.EXTRACT)
    args = parser.parse_args(argv)
    sources = list(args.sources)
    try:
        if args.download:
            download(args.download)
            sources.append(args.download)
        if not sources:
            parser.error("give the XML to compare, or --download DIR")
        findings, new = run(sources, args.extract)
    except (DownloadFailed, SystemExit, OSError, ValueError, ET.ParseError) as error:
        if isinstance(error, SystemExit) and error.code in (0, None):
            raise
        print(f"law_watch: could not read the current law: {error}", file=sys.stderr)
        return 2
    dates = ", ".join(f"{name} {meta['en']['current_date']}" for name, meta in sorted(new["instruments"].items()))
    print(f"law_watch: compared {len(new['sections'])} cited sections with the extract (current to: {dates})")
    if not findings:
        print("law_watch: no cited provision changed")
        return 0
    print(f"law_watch: {len(findings)} change(s) in cited provisions — re-read these rules, then run "
          "scripts/extract_law.py over the new XML and update calculators/law_quotes.py:")
    for finding in findings:
        print("- " + finding.line())
    return 1


if __name__ == "__main__":
    sys.exit(main())
