"""The message catalogues as GNU gettext PO files, for translators and their tools (issue 22).

English (``calculators/messages/en.py``, ``plan_en.py``, ``ui_en.py``) is the source. Every other
language beside French is a PO file, ``calculators/messages/po/<lang>.po``:

- ``msgctxt`` is the message id (``plan.days-left``), so an id never changes meaning;
- ``msgid`` is the English text the translation was made from, so a changed English sentence
  shows as a stale translation (``msgid`` no longer equal to the English);
- a message with a ``.one`` variant in English is one plural entry: ``msgid`` the ``.one`` text,
  ``msgid_plural`` the other, ``msgstr[0..]`` in the order of the language's CLDR plural forms
  (the ``Plural-Forms`` header, from Babel);
- ``{name}`` placeholders stay exactly as in English.

    python scripts/i18n_catalogues.py export-pot     # writes calculators/messages/po/messages.pot
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from calculators.messages import PARTS  # noqa: E402

PO_DIR = ROOT / "calculators" / "messages" / "po"
PART_NAMES = ("law", "plan", "ui", "terms")  # en.py, plan_en.py, ui_en.py, terms_en.py


def english_entries() -> list[tuple[str, str | tuple[str, str], str]]:
    """(message id, English text or (one, other), part) in catalogue order."""
    entries = []
    for part_name, part in zip(PART_NAMES, PARTS["en"]):
        for key, text in part.items():
            if key.endswith(".one") and key[: -len(".one")] in part:
                continue  # written with its base key, as one plural entry
            if key + ".one" in part:
                entries.append((key, (part[key + ".one"], text), part_name))
            else:
                entries.append((key, text, part_name))
    return entries


def template() -> Catalog:
    catalog = Catalog(project="After a Canada visa refusal", msgid_bugs_address="", fuzzy=False)
    for key, text, part in english_entries():
        catalog.add(text, "", context=key, auto_comments=[f"part: {part}"])
    return catalog


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=("export-pot",))
    args = parser.parse_args(argv)
    if args.command == "export-pot":
        PO_DIR.mkdir(parents=True, exist_ok=True)
        with open(PO_DIR / "messages.pot", "wb") as out:
            write_po(out, template(), width=0, omit_header=False, sort_output=False)
        print(f"wrote {PO_DIR / 'messages.pot'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
