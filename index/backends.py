"""Where the index is kept, by INDEX_BACKEND: generation folders under the index folder, or PostgreSQL."""

from __future__ import annotations

from pathlib import Path

from index.errors import UsageError
from index.generations import FilesIndex

BACKENDS = ("files", "postgres")


def open_generations(index_dir: Path, backend: str = "files", database_url: str = "") -> FilesIndex:
    """Where the index is kept: files under `index_dir`, or (postgres) the database, `index_dir` holding only
    this machine's journal."""
    if backend == "files":
        return FilesIndex(index_dir)
    if backend == "postgres":
        if not database_url:
            raise UsageError("INDEX_BACKEND=postgres needs DATABASE_URL (postgresql://user:password@host/db)")
        from index.pg.generations import PgIndex  # only when chosen: it needs psycopg

        return PgIndex(index_dir, database_url)
    raise UsageError(f"unknown INDEX_BACKEND {backend!r}: use one of {', '.join(BACKENDS)}")
