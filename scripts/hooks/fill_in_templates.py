"""MkDocs hook: the fill-in templates get a Copy button and a .txt download (issue 13).

A page marks its template with

    <div class="fill-in-template" markdown data-file="letter.txt"
         data-copy="Copy the letter" data-copied="Copied." data-download="Download (.txt)">
    ... the letter, in Markdown ...
    </div>

and this hook, at build time:

- writes the template as plain text (paragraphs separated by a blank line, line breaks kept,
  no Markdown or HTML) to ``data-file`` next to the page's index.html;
- puts above it a download link and a Copy button (hidden until ``assets/fill-in.js`` finds
  the browser can copy), with the words the page gave in its data-* attributes, so no
  wording lives in the script and each language's page brings its own.

The script is a file of the site's own origin, so the Content-Security-Policy
(scripts/hooks/page_security.py) needs no hash for it.
"""

from __future__ import annotations

import html
import logging
import re
from pathlib import Path

from mkdocs.utils import get_relative_url

log = logging.getLogger("mkdocs.hooks.fill_in_templates")

SCRIPT = "assets/fill-in.js"
_TEMPLATE = re.compile(r'<div class="fill-in-template"(?P<attrs>[^>]*)>(?P<body>.*?)</div>', re.S)
_ATTR = re.compile(r'\s(data-[a-z-]+)="([^"]*)"')
_FILE_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*\.txt$")
_TOKEN = re.compile(r"(?P<list></?(?:ol|ul)\b[^>]*>)|<(?P<block>p|h[1-6]|li)\b[^>]*>(?P<body>.*?)</(?P=block)>", re.S)
_HEADERLINK = re.compile(r'<a class="headerlink"[^>]*>.*?</a>', re.S)
_BR = re.compile(r"<br\s*/?>", re.I)
_TAG = re.compile(r"<[^>]+>")


def template_text(body_html: str) -> str:
    """The template as plain text: a blank line between blocks, <br> as a line break, list
    items one per line ("- " or "1. "), no permalink signs."""
    body_html = _HEADERLINK.sub("", body_html)
    blocks: list[str] = []
    lists: list[list] = []  # open lists: [kind, next number]
    in_list_run = False
    for match in _TOKEN.finditer(body_html):
        tag = match.group("list")
        if tag:
            if tag.startswith("</"):
                lists.pop()
            else:
                lists.append([tag[1:3], 1])
            continue
        block = re.sub(r"\s*\n\s*", " ", match.group("body"))  # the Markdown's soft wraps are spaces
        block = _BR.sub("\n", block)
        text = html.unescape(_TAG.sub("", block))
        text = "\n".join(" ".join(line.split()) for line in text.split("\n")).strip("\n")
        if not text.strip():
            continue
        if match.group("block") == "li" and lists:
            kind = lists[-1]
            marker = f"{kind[1]}. " if kind[0] == "ol" else "- "
            kind[1] += 1
            text = marker + text
            if in_list_run:
                blocks[-1] += "\n" + text
                continue
            in_list_run = True
        else:
            in_list_run = False
        blocks.append(text)
    return "\n\n".join(blocks) + "\n"


def _actions(attrs: dict[str, str], target_id: str, script_url: str) -> str:
    copy = html.escape(attrs.get("data-copy", ""), quote=True)
    copied = html.escape(attrs.get("data-copied", ""), quote=True)
    download = html.escape(attrs.get("data-download", ""), quote=True)
    file_name = html.escape(attrs["data-file"], quote=True)
    parts = ['<p class="fill-in-actions">']
    if copy:
        parts.append(f'<button type="button" class="md-button md-button--primary fill-in-copy" '
                     f'data-target="{target_id}" data-copied="{copied}" hidden>{copy}</button>')
    parts.append(f'<a class="md-button md-button--primary fill-in-download" href="{file_name}" download>{download}</a>')
    parts.append('<span class="fill-in-status" role="status"></span>')
    parts.append("</p>")
    parts.append(f'<script src="{script_url}" defer></script>')
    return "\n".join(parts)


def on_page_content(html_text, page, config, files, **kwargs):
    matches = list(_TEMPLATE.finditer(html_text))
    if not matches:
        return html_text
    script_url = get_relative_url(SCRIPT, page.url)
    out, last = [], 0
    for number, match in enumerate(matches, 1):
        attrs = dict(_ATTR.findall(match.group("attrs")))
        file_name = attrs.get("data-file", "")
        if not _FILE_NAME.match(file_name) or not attrs.get("data-download"):
            log.warning("%s: a fill-in template needs data-file (name.txt) and data-download", page.file.src_uri)
            continue
        if "<div" in match.group("body"):
            log.warning("%s: a fill-in template cannot hold another <div>", page.file.src_uri)
            continue
        destination = Path(page.file.abs_dest_path).parent / file_name
        destination.parent.mkdir(parents=True, exist_ok=True)
        destination.write_text(template_text(match.group("body")), encoding="utf-8", newline="\n")
        target_id = f"fill-in-template-{number}"
        opening = f'<div class="fill-in-template" id="{target_id}">'
        out.append(html_text[last:match.start()])
        out.append(_actions(attrs, target_id, script_url if number == 1 else ""))
        out.append(opening + match.group("body") + "</div>")
        last = match.end()
    out.append(html_text[last:])
    return "".join(out).replace('<script src="" defer></script>', "")
