"""Where the index's generations are kept, by backend: folders of files (the default) or PostgreSQL.

Both give the same operations (the live generation, loading and writing a state, the change lock, the
history, rollback's ancestry); the maintainer and the library are written against them. The PostgreSQL
backend (index.pg.generations.PgIndex) is a subclass, imported by the library only when it is chosen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from index.generation_files import load_catalog, load_state, save_state
from index.state import Catalog, IndexState
from index.storage import IndexFolder


class Listener(Protocol):
    """What `listen` returns: a background thread telling of changes until stopped."""

    def stop(self) -> None: ...


class FilesIndex(IndexFolder):
    """The files backend: one folder per generation under the index folder (see index.storage)."""

    backend = "files"
    shared = False  # only this machine's processes see it

    def load(
        self, name: str, channels: dict[str, dict] | None, base: tuple[str, IndexState] | None = None
    ) -> IndexState:
        """The full state of generation `name`, checked against the embedders' `channels`. `base`, a generation
        already in memory, is for backends that can read only what changed; files are read in full (quickly:
        bodies and postings stay on disk)."""
        return load_state(self.generations / name, channels)

    def catalog(self, name: str) -> Catalog:
        """The articles, passage count and timeline of generation `name` (no vectors)."""
        return load_catalog(self.generations / name)

    def write(self, state: IndexState, name: str) -> None:
        """Write `state` as generation `name` and make it live (a crash leaves the previous one live)."""
        self.write_generation(lambda folder: save_state(state, folder), name=name)

    def listen(self, on_change: Callable[[str], None]) -> Listener | None:
        """Tell `on_change` of changes as they happen, where the backend can (files cannot: their readers poll)."""
        return None
