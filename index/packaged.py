"""The tables shipped in `index/data`: word lists and patterns written once, read by the checks and the gloss."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def packaged_path(name: str) -> Path:
    """The path of `index/data/<name>`, a file or folder shipped with the package."""
    return Path(str(resources.files("index").joinpath(f"data/{name}")))


def packaged_lines(filename: str) -> list[str]:
    """The lines of `index/data/<filename>`, without blank lines and "#" comments."""
    text = packaged_path(filename).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def packaged_rows(filename: str, columns: int, header: bool = True) -> list[tuple[str, ...]]:
    """The tab-separated rows of a packaged table (after its header line, if `header`), `columns` fields each."""
    rows = [tuple(line.split("\t", columns - 1)) for line in packaged_lines(filename)[1 if header else 0 :]]
    for row in rows:
        if len(row) != columns:  # a broken row would silently switch its check off
            raise ValueError(f"index/data/{filename}: {columns} tab-separated fields expected in {row[0][:60]!r}")
    return rows
