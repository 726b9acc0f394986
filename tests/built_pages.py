"""Where the build writes a page: one rule for the tests that open built pages by their source."""

from __future__ import annotations

from pathlib import Path

from scripts.hooks import i18n_languages as languages


def built_path(site: Path, english: str, code: str) -> Path:
    """The built file of the English source ``english`` in language ``code`` (use_directory_urls; English at the root)."""
    stem = english[: -len(".md")]
    folder = site if code == languages.DEFAULT_LANGUAGE else site / code
    if stem == "index":
        return folder / "index.html"
    if stem.endswith("/index"):
        return folder / stem[: -len("index")] / "index.html"
    return folder / stem / "index.html"
