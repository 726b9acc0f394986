"""Part of the one message catalogue (en): every sentence the browser layer shows that is not a legal result (loading, errors, buttons, labels); written into calculator pages at build time, so JavaScript holds no wording of its own.

Merged into ``calculators.messages.CATALOGUES["en"]``; keys never repeat a key of another part
(tests/unit/test_wording_en.py checks).
"""

MESSAGES: dict[str, str] = {
}
