"""The PostgreSQL backend's generations: a change is one transaction that writes a generation and makes it live.

A process killed mid-change leaves its transaction uncommitted, so the previous generation stays live and
whole. Changes are serialised by a session advisory lock (released by the server if the holder dies). Every
process reads `live` to notice a generation made elsewhere; the commit's NOTIFY (index.pg.listen) says when.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg

from index.errors import ChangeInProgressError, DatabaseError, IndexMissingError
from index.generation_files import manifest_for
from index.generations import FilesIndex
from index.pg.listen import ChangeListener, notify_live
from index.pg.replica import read_snapshot
from index.pg.rows import read_catalog, read_generation, write_generation
from index.pg.schema import connect, ensure_schema
from index.state import Catalog, IndexState
from index.storage import KEEP_GENERATIONS

log = logging.getLogger(__name__)

CHANGE_LOCK = 0x43524F4E + 1  # the advisory lock every change holds


class PgIndex(FilesIndex):
    """The generations, live pointer, history and change lock of an index kept in PostgreSQL.

    `index_dir` keeps only this machine's journal (corpus files a change cut short must put back).
    """

    backend = "postgres"
    shared = True  # every process on the database sees every change

    def __init__(self, index_dir: Path, database_url: str, read_url: str = "") -> None:
        """`read_url`, a read replica, serves the loading of generations; the rest is asked of `database_url`."""
        super().__init__(index_dir)
        self.url, self.read_url = database_url, read_url
        self._conn: psycopg.Connection | None = None
        self._conn_lock = threading.Lock()
        ensure_schema(database_url)

    @contextlib.contextmanager
    def _reading(self) -> Iterator[psycopg.Connection]:
        """The process's shared reading connection, opened again if the server dropped it."""
        with self._conn_lock:
            if self._conn is None or self._conn.closed or self._conn.broken:
                self._conn = connect(self.url, autocommit=True)
            try:
                yield self._conn
            except psycopg.OperationalError as exc:
                self._conn.close()
                raise DatabaseError(f"lost the connection to the index database: {exc}") from exc

    def _query(self, sql: str, params: tuple = ()) -> list[tuple]:
        with self._reading() as conn:
            return conn.execute(sql, params).fetchall()

    def live_name(self) -> str:
        """The name of the live generation (IndexMissingError before the first build)."""
        rows = self._query("SELECT g.name FROM live JOIN generations g ON g.id = live.generation")
        if not rows:
            raise IndexMissingError("no index in the database yet: run `python -m index build`")
        return rows[0][0]

    def current(self) -> Path:
        """The live generation as a path-like name (only `.name` is meaningful for this backend)."""
        return Path(self.live_name())

    def exists(self) -> bool:
        """True when a live generation is set."""
        return bool(self._query("SELECT 1 FROM live"))

    def pointer_name(self) -> str:
        """The live generation's name, or "" before the first build."""
        rows = self._query("SELECT g.name FROM live JOIN generations g ON g.id = live.generation")
        return rows[0][0] if rows else ""

    def generation_names(self) -> list[str]:
        """Kept generations, oldest first (every one in the database is complete: it was committed whole)."""
        return [row[0] for row in self._query("SELECT name FROM generations ORDER BY name")]

    def is_complete(self, name: str) -> bool:
        """True when generation `name` is in the database."""
        return bool(name) and bool(self._query("SELECT 1 FROM generations WHERE name = %s", (name,)))

    def newest_complete(self, exclude: str = "") -> str | None:
        """The newest generation other than `exclude`."""
        names = [n for n in self.generation_names() if n != exclude]
        return names[-1] if names else None

    def discard(self, name: str) -> None:
        """Nothing to do: a generation that never went live was never committed."""

    def remove_unfinished(self) -> None:
        """Nothing to do: an unfinished generation is an uncommitted transaction, gone with its connection."""

    def load(
        self, name: str, channels: dict[str, dict] | None, base: tuple[str, IndexState] | None = None
    ) -> IndexState:
        """The full state of generation `name`, read in one snapshot (of the read replica, if there is one). With
        `base`, a generation already in memory (name, state), only the vectors `name` adds are read: the rest are
        copied from `base`'s stores."""
        return read_snapshot(self.url, self.read_url, name, lambda conn: read_generation(conn, name, channels, base))

    def catalog(self, name: str) -> Catalog:
        """The articles, passage count and timeline of generation `name`."""
        if self.read_url:
            return read_snapshot(self.url, self.read_url, name, lambda conn: read_catalog(conn, name))
        with self._reading() as conn, conn.transaction():
            return read_catalog(conn, name)

    def write(self, state: IndexState, name: str) -> None:
        """Write `state` as generation `name` and make it live, in one transaction."""
        manifest = {**manifest_for(state), "format": "postgres"}
        with connect(self.url) as conn:  # commits on leaving the block; an exception or a kill rolls it back
            generation = write_generation(conn, state, name, manifest)
            self._make_live(conn, generation, name)
        self.prune()

    def set_current(self, name: str) -> None:
        """Make the kept generation `name` live (rollback)."""
        with connect(self.url) as conn:
            row = conn.execute("SELECT id FROM generations WHERE name = %s", (name,)).fetchone()
            if row is None:
                raise IndexMissingError(f"there is no kept generation {name!r}")
            self._make_live(conn, row[0], name)

    @staticmethod
    def _make_live(conn: psycopg.Connection, generation: int, name: str) -> None:
        conn.execute(
            "INSERT INTO live (one, generation) VALUES (true, %s) ON CONFLICT (one) DO UPDATE SET generation = %s",
            (generation, generation),
        )
        notify_live(conn, name)

    def listen(self, on_change: Callable[[str], None]) -> ChangeListener:
        """Call `on_change(generation)` from a background thread as soon as any process makes a generation live."""
        return ChangeListener(self.url, on_change).start()

    def prune(self) -> None:
        """Delete all but the live generation and the last few that were live, then unshared bodies and vectors."""
        live = self.pointer_name()
        recent = list(dict.fromkeys(reversed(self.live_sequence())))[:KEEP_GENERATIONS]
        keep = list(set(recent) | {live})
        with connect(self.url) as conn:
            deleted = conn.execute("DELETE FROM generations WHERE name <> ALL(%s)", (keep,)).rowcount
            if deleted:
                conn.execute("DELETE FROM vectors v WHERE NOT EXISTS (SELECT 1 FROM passages p WHERE p.key = v.key)")
                conn.execute(
                    "DELETE FROM bodies b WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.body_sha256 = b.sha256)"
                )

    @contextlib.contextmanager
    def locked(self, wait_seconds: float = 0.0) -> Iterator[None]:
        """Hold the database's change lock; ChangeInProgressError if another process keeps it for `wait_seconds`."""
        with connect(self.url, autocommit=True) as conn:
            deadline = time.monotonic() + wait_seconds
            while not conn.execute("SELECT pg_try_advisory_lock(%s)", (CHANGE_LOCK,)).fetchone()[0]:
                if time.monotonic() >= deadline:
                    raise ChangeInProgressError(
                        "another change to the index is in progress; try again when it finishes"
                    )
                time.sleep(0.1)
            try:
                yield
            finally:
                conn.execute("SELECT pg_advisory_unlock(%s)", (CHANGE_LOCK,))

    def record(self, entry: dict) -> None:
        """Append one change to the history."""
        entry = {"when": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"), **entry}
        with connect(self.url) as conn:
            conn.execute("INSERT INTO history (entry) VALUES (%s)", (json.dumps(entry, ensure_ascii=False),))

    def history(self) -> list[dict]:
        """Every recorded change, oldest first."""
        return [row[0] for row in self._query("SELECT entry FROM history ORDER BY id")]
