"""Markdown snippets generated from the rules, for pages to include (placeholder until the engine lands)."""

from __future__ import annotations

from pathlib import Path


def write_snippets(directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    return []
