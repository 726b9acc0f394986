"""The languages of the site and the engine (issue 22; /work/coord/I18N-CONTRACT.md): one table.

``code`` is the catalogue's file name (``po/<code>.po``), the page suffix, the URL prefix, ``lang``
in API requests and ``--lang`` on the command line. ``locale`` is the Babel/CLDR locale the build
takes plural rules and date formats from. English and French are worded by Python modules
(``en.py``, ``fr.py``…); every other language by its PO catalogue, compiled at build time into
``compiled/<code>.json`` (scripts/i18n_catalogues.py compile).

``LANGUAGES_BUILT`` is the one place that says which languages are complete enough to build:
tests/unit/test_catalogues.py fails for a missing or stale message in these, and only lists the
gaps of the others (a translator's partial work does not block anyone).
"""

from __future__ import annotations

from typing import NamedTuple


class Language(NamedTuple):
    code: str
    locale: str  # Babel / CLDR
    name: str  # in its own script, for the language switcher
    rtl: bool = False


LANGUAGES: dict[str, Language] = {lang.code: lang for lang in (
    Language("en", "en", "English"),
    Language("fr", "fr", "Français"),
    Language("es", "es", "Español"),
    Language("pa", "pa", "ਪੰਜਾਬੀ"),
    Language("hi", "hi", "हिन्दी"),
    Language("zh", "zh_Hans", "简体中文"),
    Language("ar", "ar", "العربية", rtl=True),
    Language("fa", "fa", "فارسی", rtl=True),
    Language("tl", "fil", "Tagalog"),
    Language("ur", "ur", "اردو", rtl=True),
    Language("vi", "vi", "Tiếng Việt"),
    Language("uk", "uk", "Українська"),
    Language("pt-BR", "pt_BR", "Português (Brasil)"),
)}

# Worded by Python modules (the reference languages); the others by PO catalogues.
SOURCE_LANGUAGES = ("en", "fr")

# Complete enough to build and to be held to every key (tests/unit/test_catalogues.py).
LANGUAGES_BUILT: tuple[str, ...] = ("en", "fr", "zh", "uk", "hi", "pa", "es", "pt-BR", "tl", "vi", "ar", "fa", "ur")

# Other spellings a reader's browser or a command line may send ("pt-br", "zh-CN", "zh-Hans",
# "ar-EG", "fil"): the first subtag picks the language, with these exceptions.
ALIASES = {"fil": "tl", "pt": "pt-BR", "zh": "zh"}


def language_code(value: str) -> str | None:
    """The code of the language a BCP 47 tag names, or None: "pt-br" -> "pt-BR", "zh-Hans-CN" -> "zh",
    "ar_EG" -> "ar", "fil-PH" -> "tl", "fr-CA" -> "fr"; "xx" -> None.

    Portuguese means Brazilian Portuguese (the only Portuguese here); Chinese means Simplified
    Chinese, whatever the region (a reader in Taiwan or Hong Kong gets Simplified rather than English).
    """
    parts = value.replace("_", "-").split("-")
    first = parts[0].lower()
    if not first:
        return None
    first = ALIASES.get(first, first)
    return first if first in LANGUAGES else None


def cli_help() -> str:
    """The help of ``--lang`` on the command line."""
    return "the language of the answer: " + ", ".join(LANGUAGES) + " (default en; pt-br, zh-CN, ar-EG… work too)"
