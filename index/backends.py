"""Where the index is kept, by INDEX_BACKEND: generation folders under the index folder, or PostgreSQL."""

from __future__ import annotations

from pathlib import Path

from index.errors import UsageError
from index.generations import FilesIndex

BACKENDS = ("files", "postgres")


def open_generations(
    index_dir: Path, backend: str = "files", database_url: str = "", database_read_url: str = ""
) -> FilesIndex:
    """Where the index is kept: files under `index_dir`, or (postgres) the database, `index_dir` holding only
    this machine's journal; generations are then loaded from `database_read_url`, a read replica, if given."""
    if backend == "files":
        if database_read_url:
            raise UsageError("DATABASE_READ_URL is for INDEX_BACKEND=postgres (a read replica of DATABASE_URL)")
        return FilesIndex(index_dir)
    if backend == "postgres":
        if not database_url:
            raise UsageError("INDEX_BACKEND=postgres needs DATABASE_URL (postgresql://user:password@host/db)")
        from index.pg.generations import PgIndex  # only when chosen: it needs psycopg

        return PgIndex(index_dir, database_url, database_read_url)
    raise UsageError(f"unknown INDEX_BACKEND {backend!r}: use one of {', '.join(BACKENDS)}")
