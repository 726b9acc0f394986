""""What the law says" boxes: the official text of a cited provision, worded for a reader, built at build time.

Two outputs from one source (calculators/law_text.py, the extract):

* ``page_law(kinds, lang)``: for a calculator page's data block (scripts/hooks/calculator_data.py),
  ``{label as the engine prints it in lang: box}``, one box per provision a dated option or a
  deadline can rest on (the sources of the time limits the engine dates). The browser layer only draws a box
  (ui.js ``lawBoxes``); every sentence in it comes from here.
* ``snippets(lang)``: for the guides, ``<rule-id>/text.md`` and ``fee/<fee-id>/text.md``: one line of
  HTML, a ``<details>`` box with the provision's text, the words that make the rule in bold. Pages
  include them next to their key numbers (CONTRIBUTING.md §1), at the start of a line, outside tabs.

English and French are the official languages; a page in another language gets both texts and a
line saying so. Boxes are kept out of the search index (``data-search-exclude``).
"""

from __future__ import annotations

from datetime import date
from html import escape

from calculators import law_quotes, law_text
from calculators.messages import cite_label, long_date, say
from calculators.rules import DEADLINE_REMEDIES, FEES, TIME_LIMITS, time_limit


def box(label: str, lang: str) -> dict | None:
    """``{"title", "parts": [{"lang", "source", "sections": [{"heading", "lines"}]}], "note"}``, or None."""
    shown = law_text.provision(label, lang)
    if shown is None:
        return None
    parts = []
    for part in shown["languages"]:
        source = say("ui.law-source", lang, instrument=part["instrument"],
                     date=long_date(date.fromisoformat(part["current_date"]), lang))
        parts.append({"lang": part["lang"], "source": source, "sections": part["sections"]})
    return {"title": say("ui.law-says", lang, label=cite_label(label, lang)), "parts": parts,
            "note": say("ui.law-no-translation", lang) if shown["fallback"] else None}


def calculator_labels(kinds: set[str]) -> list[str]:
    """The provisions a calculator page's dates rest on: the sources of the time limits the engine dates.

    The deadline page and the plan date the same rules (``rules.DEADLINE_REMEDIES``); the other time
    limits are periods the site states, never a reader's date, and their boxes are in the guides.
    """
    del kinds  # both calculator pages date the same rules
    limits = {time_limit(rule) for rules in DEADLINE_REMEDIES.values() for rule in rules.values()}
    return sorted({limit.source for limit in limits if law_text.not_federal(limit.source) is None})


def page_law(kinds: set[str], lang: str) -> dict[str, dict]:
    boxes = {}
    for label in calculator_labels(kinds):
        found = box(label, lang)
        if found is not None:
            boxes[cite_label(label, lang)] = found
    return boxes


def _line_html(line: str, quote: str | None) -> str:
    at = line.find(quote) if quote else -1
    if at < 0:
        return escape(line)
    return escape(line[:at]) + "<strong>" + escape(quote) + "</strong>" + escape(line[at + len(quote):])


def html(label: str, lang: str, rule_id: str | None = None) -> str:
    """The box as one line of HTML (a guide snippet), the rule's quoted words in bold."""
    found = box(label, lang)
    if found is None:
        return ""
    quoted = law_quotes.QUOTES.get(rule_id or "")
    inner = [f"<summary>{escape(found['title'])}</summary>"]
    if found["note"]:
        inner.append(f'<p class="law-text-note">{escape(found["note"])}</p>')
    for part in found["parts"]:
        quote = law_text.normalise(quoted.text(part["lang"])) if quoted else None
        body = [f'<p class="law-text-source">{escape(part["source"])}</p>']
        for section in part["sections"]:
            if section["heading"]:
                body.append(f'<p class="law-text-heading"><strong>{escape(section["heading"])}</strong></p>')
            body += [f"<p>{_line_html(line, quote)}</p>" for line in section["lines"]]
        inner.append(f'<div class="law-text-part" lang="{part["lang"]}">{"".join(body)}</div>')
    rule = f' data-rule="{escape(rule_id)}"' if rule_id else ""
    return f'<details class="law-text" data-search-exclude{rule}>{"".join(inner)}</details>'


def snippets(lang: str) -> dict[str, str]:
    """Relative path -> one-line HTML box, for every time limit and fee whose source is federal law."""
    texts = {}
    for limit in TIME_LIMITS:
        if law_text.not_federal(limit.source) is None:
            texts[f"{limit.id}/text.md"] = html(limit.source, lang, limit.id)
    for fee in FEES:
        if law_text.not_federal(fee.source) is None:
            texts[f"fee/{fee.id}/text.md"] = html(fee.source, lang, f"fee.{fee.id}")
    return texts
