"""Part of the one message catalogue (en): the interview's questions, hints and choices, and the action plan's wording (calculators.interview, calculators.plan).

Merged into ``calculators.messages.CATALOGUES["en"]``; keys never repeat a key of another part
(tests/unit/test_wording_en.py checks).
"""

MESSAGES: dict[str, str] = {
}
