"""French reading level: every translated page (`*.fr.md`) at or above its reading-ease floor.

The English pages are held under a Flesch-Kincaid grade (tests/site/test_guides.py). French
has its own adaptation of Flesch's formula, Kandel and Moles (1958):

    reading ease = 207 - 1.015 x (words per sentence) - 73.6 x (syllables per word)

Higher is easier: 90-100 very easy, 80-90 easy, 70-80 fairly easy, 60-70 standard. textstat
computes it for `lang="fr"` (its French constants are checked below), counting syllables with
Pyphen's French hyphenation patterns (no download; the same on every machine). The text is
what a reader sees in the page's <article>, read the same way as the English test does
(block ends end a sentence; no permalinks, no review footer).

The site's aim is 70 at least. Each page below has a floor set about two points under what
it measured on 2026-12-01 (five for the guides new this round, still being written), so a page
that gets harder to read fails; a French page not listed yet must reach the site's aim. Lower a floor only with a reason written next to it.
`pytest -s` prints the table.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest
import textstat

from test_guides import _GuideText  # the same reader-facing text as the English test (tests/site is on the path)

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"

SITE_AIM = 70.0
# Kandel-Moles reading ease floors (higher is easier), measured 2026-12-01.
FLOORS: dict[str, float] = {
    "about.fr.md": 90.0,  # measured 92.3
    "index.fr.md": 82.0,  # 84.2
    "start-here.fr.md": 83.0,  # 85.3
    "download.fr.md": 78.5,  # 80.8
    "calculators/deadline.fr.md": 82.0,  # 84.3
    "calculators/options.fr.md": 82.5,  # 84.7
    "fill-in/letter-of-explanation.fr.md": 86.0,  # 88.2
    "fill-in/reconsideration-request.fr.md": 84.0,  # 86.0
    "fill-in/notes-request-checklist.fr.md": 83.0,  # 85.4
    "help/get-help.fr.md": 72.0,  # 74.0: names of organisations and programs
    "reference/glossary.fr.md": 73.0,  # 75.3: one definition per legal term
    "reference/sources.fr.md": 81.5,  # 83.9
    "remedies/appeal-iad.fr.md": 81.0,  # 83.0
    "remedies/citizenship.fr.md": 75.5,  # 80.6; new this round and still being written: 5 points of room
    "remedies/judicial-review.fr.md": 84.5,  # 86.8
    "remedies/notes-gcms.fr.md": 76.0,  # 78.3: the two Acts' long names
    "remedies/port-of-entry.fr.md": 79.5,  # 84.6; new this round: 5 points of room
    "remedies/provincial-programs.fr.md": 72.0,  # 77.1: program names; new this round: 5 points of room
    "remedies/reapply.fr.md": 88.0,  # 90.3
    "remedies/reconsideration.fr.md": 87.5,  # 89.7
    "remedies/refugee-claim.fr.md": 81.5,  # 86.6; new this round: 5 points of room
    "remedies/removal-order.fr.md": 77.0,  # 82.0; new this round: 5 points of room
    "remedies/restoration.fr.md": 83.0,  # 85.4
    "remedies/spouse-in-canada.fr.md": 78.5,  # 83.7; new this round: 5 points of room
    "remedies/temporary-resident-permit.fr.md": 77.5,  # 79.7
    "remedies/understand-your-refusal.fr.md": 86.0,  # 88.0
}


def french_pages() -> list[str]:
    return sorted(p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.fr.md")
                  if "snippets" not in p.relative_to(DOCS).parts)


def built_french_page(site: Path, source: str) -> Path:
    stem = source[: -len(".fr.md")]
    if stem == "index":
        return site / "fr" / "index.html"
    if stem.endswith("/index"):
        return site / "fr" / stem[: -len("index")] / "index.html"
    return site / "fr" / stem / "index.html"


def french_text(site: Path, source: str) -> str:
    parser = _GuideText()
    parser.feed(built_french_page(site, source).read_text(encoding="utf-8"))
    return parser.text()


def kandel_moles(text: str) -> float:
    return textstat.flesch_reading_ease(text)


@pytest.fixture
def french(monkeypatch):
    """textstat set to French, syllables from Pyphen only (no CMU dictionary download)."""
    from textstat.backend.counts import _count_syllables

    monkeypatch.setattr(_count_syllables, "get_cmudict", lambda lang: None)
    _count_syllables.count_syllables.cache_clear()
    textstat.set_lang("fr")
    yield
    textstat.set_lang("en_US")
    _count_syllables.count_syllables.cache_clear()


def test_textstat_uses_kandel_and_moles_for_french():
    from textstat.backend.utils.constants import LANG_CONFIGS

    assert LANG_CONFIGS["fr"] == {"fre_base": 207, "fre_sentence_length": 1.015, "fre_syll_per_word": 73.6}


def test_the_score_is_the_formula(french):
    text = "Le chat dort. Il fait beau ce matin et nous partons."
    words, sentences = 11, 2
    syllables = textstat.syllable_count(text)
    expected = 207 - 1.015 * words / sentences - 73.6 * syllables / words
    assert math.isclose(kandel_moles(text), expected, abs_tol=0.01)


def test_a_harder_french_text_scores_lower(french):
    easy = "Vous avez quinze jours. Agissez vite. Demandez de l'aide."
    hard = ("Conformément aux dispositions réglementaires applicables, la demande d'autorisation "
            "doit impérativement être signifiée et déposée dans le délai prescrit, faute de quoi "
            "l'irrecevabilité procédurale pourrait vraisemblablement être constatée.")
    assert kandel_moles(easy) > SITE_AIM > kandel_moles(hard)


def test_every_floor_is_a_french_page():
    assert set(FLOORS) <= set(french_pages())
    assert all(floor >= SITE_AIM for floor in FLOORS.values())


def test_french_reading_ease(built_site, french):
    scores = {source: kandel_moles(french_text(built_site, source)) for source in french_pages()}
    print("\nKandel-Moles reading ease (floor) per French page, higher is easier:")
    for source, score in sorted(scores.items(), key=lambda item: item[1]):
        print(f"  {score:5.1f}  ({FLOORS.get(source, SITE_AIM):4.1f})  {source}")
    too_hard = {s: round(v, 1) for s, v in scores.items() if v < FLOORS.get(s, SITE_AIM)}
    assert not too_hard, f"French pages below their reading-ease floor: {too_hard}"
