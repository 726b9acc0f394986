"""'What the law says' boxes as data (calculators/law_boxes.py): the page's lookup finds every dated answer's
provision in every language; languages without official text get English and French."""

from __future__ import annotations

import pytest

from calculators import api, law_boxes, law_quotes, law_text, rules
from calculators.messages import LANGUAGES

FROM = "2026-09-15"


def _deadline_requests():
    for remedy, by_where in rules.DEADLINE_REMEDIES.items():
        for where in (by_where if len(by_where) > 1 else [""]):
            request = {"kind": "deadline", "remedy": remedy, "from": FROM}
            if where:
                request["where"] = where
            yield request, rules.rule_for(remedy, where or None)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_dated_deadline_finds_the_box_of_its_provision_in_the_page_data(lang):
    boxes = law_boxes.page_law({"deadline"}, lang)
    missing = []
    for request, limit in _deadline_requests():
        if law_text.not_federal(limit.source):
            continue
        answer = api.handle({**request, "lang": lang})
        assert "error" not in answer, answer
        if not any(label in boxes for label in answer["citations"]):
            missing.append(f"{request['remedy']} {request.get('where', '')}: {answer['citations']}")
    assert not missing, f"{lang}: dated answers whose provision has no box: {missing}"


def test_a_dated_plan_option_finds_its_box_too():
    answer = api.handle({"kind": "plan", "application": "refugee-claim", "refugee_stage": "rpd",
                         "reasons_received": FROM, "notified": FROM, "today": "2026-09-16", "lang": "fr"})
    boxes = law_boxes.page_law({"options"}, "fr")
    dated = [option for option in answer["options"] if option.get("file_by")]
    assert dated
    for option in dated:
        assert any(label in boxes for label in option["citations"]), (option["remedy"], option["citations"])


def test_english_and_french_pages_get_their_own_official_text_only():
    english = law_boxes.box("IRPR s. 224(2)", "en")
    french = law_boxes.box("IRPR s. 224(2)", "fr")
    assert [part["lang"] for part in english["parts"]] == ["en"] and english["note"] is None
    assert [part["lang"] for part in french["parts"]] == ["fr"] and french["note"] is None
    assert french["title"] == "Ce que dit la loi : RIPR, par. 224(2)"
    assert "Règlement sur l’immigration et la protection des réfugiés" in french["parts"][0]["source"]


@pytest.mark.parametrize("lang", [lang for lang in LANGUAGES if lang not in ("en", "fr")])
def test_other_languages_get_the_english_and_french_text_with_a_line_saying_why(lang):
    shown = law_boxes.box("IRPA s. 72(2)(b)", lang)
    assert [part["lang"] for part in shown["parts"]] == ["en", "fr"]
    assert shown["note"]
    html = law_boxes.html("IRPA s. 72(2)(b)", lang, "judicial-review-in-canada")
    assert 'lang="en"' in html and 'lang="fr"' in html and "law-text-note" in html


def test_guide_snippet_is_one_closed_line_with_the_rules_words_in_bold():
    html = law_boxes.snippets("en")["departure-order/text.md"]
    assert "\n" not in html and html.startswith('<details class="law-text" data-search-exclude data-rule="departure-order">')
    assert " open" not in html.split(">", 1)[0]
    assert f"<strong>{law_quotes.QUOTES['departure-order'].en}</strong>" in html


def test_the_official_text_is_escaped_as_html_and_only_the_quote_is_bold():
    assert law_boxes._line_html("a < b & <i>c</i>", None) == "a &lt; b &amp; &lt;i&gt;c&lt;/i&gt;"
    assert law_boxes._line_html("x <y> z", "<y>") == "x <strong>&lt;y&gt;</strong> z"


def test_every_quote_belongs_to_a_rule_that_exists():
    # A rule removed or renamed takes its quote with it (calculators/law_quotes.py).
    limits = {limit.id for limit in rules.TIME_LIMITS}
    fees = {f"fee.{fee.id}" for fee in rules.FEES}
    stale = [rule_id for rule_id in law_quotes.QUOTES
             if not rule_id.startswith(("bar.", "counting.")) and rule_id not in limits | fees]
    assert not stale, f"quotes of rules that no longer exist: {stale}"
