"""MkDocs hook: the data a calculator page's script draws from, written into the page at build time.

Each page with a widget (`data-calculator="..."`) gets one data block,
`<script type="application/json" id="calc-data">`, placed before `</body>`:

* `lang`: the page's language;
* `text`: every `ui.*` sentence of the one message catalogue (calculators/messages/ui_en.py,
  ui_fr.py, po/<code>.po) in that language (on the options page also the plan's `plan.do.*` step names,
  for the first step shown ahead of time), so the browser layer holds no wording of its own;
  `in_english`: the ids of those said in English because the language's catalogue lacks them;
  `dir`: "rtl" in Arabic, Persian and Urdu, else "ltr"; `dates` (languages beyond English and
  French): the engine's pattern, weekday and month names for a full date, so a date the page writes
  before the engine has loaded (a precomputed answer) is written as the engine writes it;
* `site_name`: the site's name in that language (printed at the top of a plan);
* `root`: the site root, relative to the page (the plan's guide links are relative to it and
  name their language themselves, "fr/remedies/…", CONTRIBUTING.md §2);
* `law`: the "What the law says" boxes, `{label as the engine prints it: {title, parts, note}}`
  (calculators/law_boxes.py), drawn under each dated option or result by ui.js `lawBoxes`;
* on the options page (`data-calculator="options"`): `interview`, the engine's interview
  (`{"kind": "interview"}` of calculators.api: questions, choices, hints, when each is asked),
  so the reader can answer the first question before the Python runtime has arrived.

A data block is not run by the browser, needs no CSP hash (scripts/hooks/page_security.py
skips it), and is written in on_post_page so it stays out of the search index. `<` is escaped
in the JSON, so no value can close the element.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.utils import get_relative_url

DATA_ID = "calc-data"
_cache: dict = {}


def _api(config):
    root = str(Path(config.config_file_path).resolve().parent)
    if root not in sys.path:
        sys.path.insert(0, root)
    try:
        from calculators import api, messages  # noqa: PLC0415 - the project's engine, at build time
    except ImportError as error:
        raise PluginError(f"The calculator pages' data comes from calculators/, which cannot be imported: {error}") from error
    return api, messages


def _language(page, config, api) -> str:
    locale = getattr(page.file, "locale", None) or config["theme"].get("language") or "en"
    return api.language(str(locale)) or "en"  # "pt-BR" / "pt_BR" -> "pt-BR"; a language the engine lacks -> English


def _unfilled(messages, key: str, lang: str) -> str:
    """A ui.* template with its {placeholders} left for the page to fill in."""
    names = re.findall(r"{(\w+)}", messages.CATALOGUES["en"][key])
    return messages.say(key, lang, **{name: "{" + name + "}" for name in names})


def _interview(api, lang: str) -> dict:
    answer = api.handle({"kind": "interview", "lang": lang})
    if isinstance(answer, dict) and (answer.get("error") or {}).get("field") == "kind":
        # The API kind is not wired in yet: the same data from the module it wraps.
        from calculators import interview  # noqa: PLC0415

        answer = interview.interview(lang)
    if not isinstance(answer, dict) or answer.get("kind") != "interview" or not answer.get("questions"):
        raise PluginError(f"calculators.api answered {{'kind': 'interview', 'lang': {lang!r}}} with {str(answer)[:300]}")
    return answer


def page_data(page, config, kinds: set[str]) -> dict:
    api, messages = _api(config)
    lang = _language(page, config, api)
    key = (lang, "options" in kinds)
    if key not in _cache:
        # Every ui.* sentence, in English where the language's catalogue lacks it (listed in
        # "in_english", so the page can mark it lang="en").
        with messages.record_fallbacks() as in_english:
            text = {key: _unfilled(messages, key, lang) for key in messages.CATALOGUES["en"]
                    if key.startswith("ui.") and not key.startswith("ui.help.")}  # ui.help.*: the Get help page only
            if "options" in kinds:
                # The plan's steps by name ("Appeal to the Refugee Appeal Division"): the first step shown
                # ahead of time, before the engine's plan (calculators/precompute.py, plan_table).
                text.update({key: messages.say(key, lang) for key in messages.CATALOGUES["en"] if key.startswith("plan.do.")})
            # The date entry's words (ui.js dateEntry; the interview's own, interview.check.date-*).
            date_entry = {key: messages.say(f"interview.check.{key.replace('_', '-')}", lang)
                          for key in ("date_hint", "date_day", "date_month", "date_year", "date_future")}
        data = {"lang": lang, "dir": "rtl" if messages.is_right_to_left(lang) else "ltr", "text": text,
                "date_entry": date_entry}
        dates = messages.date_table(lang)
        if dates:  # the engine's way to write a date (CLDR, Latin digits), for dates shown before it loads
            data["dates"] = dates
        if in_english:
            data["in_english"] = sorted({key for key in text if text[key] in in_english})
        if "options" in kinds:
            data["interview"] = _interview(api, lang)
        # "What the law says" under each dated answer: the official text of the provisions the
        # engine's dates rest on, keyed by the label the engine prints in this language.
        from calculators import law_boxes  # noqa: PLC0415 - build time only (reads the extract)

        data["law"] = law_boxes.page_law(kinds, lang)
        _cache[key] = data
    # The engine's links already name the language ("fr/remedies/…"): the root is the site's own.
    home = get_relative_url(".", page.url or ".")
    return {**_cache[key], "site_name": config.get("site_name") or "", "root": home.rstrip("/") + "/"}


def script_block(data: dict) -> str:
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f'<script type="application/json" id="{DATA_ID}">{text}</script>'


def on_pre_build(config, **kwargs):
    _cache.clear()


def on_post_page(output: str, page, config, **kwargs):
    import re

    kinds = set(re.findall(r"""data-calculator=["']([a-z-]+)["']""", output))
    if not kinds:
        return output
    return output.replace("</body>", script_block(page_data(page, config, kinds)) + "\n</body>", 1)
