"""MkDocs hook: wide tables (four columns or more) can be read as cards on a phone.

Each body cell gets ``data-label`` = the text of its column's header, and the table gets
``data-stack``. ``overrides/assets/quality/quality.css`` then shows each row as a card on
narrow screens, every cell under its label (``td::before { content: attr(data-label) }``).
The labels are the page's own header cells, so they are in the page's language; no wording
lives here. The table keeps no class, so Material's table style still applies on wide screens.
"""

from __future__ import annotations

import html
import re

MIN_COLUMNS = 4

_TABLE = re.compile(r"<table>(.*?)</table>", re.S)
_HEAD = re.compile(r"<thead>(.*?)</thead>", re.S)
_BODY = re.compile(r"<tbody>(.*?)</tbody>", re.S)
_TH = re.compile(r"<th\b[^>]*>(.*?)</th>", re.S)
_ROW = re.compile(r"<tr\b[^>]*>(.*?)</tr>", re.S)
_TD_OPEN = re.compile(r"<td\b([^>]*)>")
_TAG = re.compile(r"<[^>]+>")


def _label(cell_html: str) -> str:
    return html.escape(" ".join(html.unescape(_TAG.sub("", cell_html)).split()), quote=True)


def _stack(match: re.Match) -> str:
    inner = match.group(1)
    head = _HEAD.search(inner)
    body = _BODY.search(inner)
    if not head or not body:
        return match.group(0)
    labels = [_label(cell) for cell in _TH.findall(head.group(1))]
    if len(labels) < MIN_COLUMNS:
        return match.group(0)

    def label_row(row: re.Match) -> str:
        cells = iter(labels)

        def label_cell(cell: re.Match) -> str:
            label = next(cells, "")
            return f'<td{cell.group(1)} data-label="{label}">' if label else cell.group(0)

        return row.group(0).replace(row.group(1), _TD_OPEN.sub(label_cell, row.group(1)), 1)

    new_body = _ROW.sub(label_row, body.group(1))
    inner = inner[: body.start(1)] + new_body + inner[body.end(1):]
    return f"<table data-stack>{inner}</table>"


def stack_tables(page_html: str) -> str:
    return _TABLE.sub(_stack, page_html)


def on_page_content(html_text, page, config, files, **kwargs):
    return stack_tables(html_text)
