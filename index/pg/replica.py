"""Reading generations from a read replica (DATABASE_READ_URL), with the primary standing in when it cannot.

A generation never changes once committed, so reading it from a replica gives what the primary would, as
soon as the replica has it; which generation is live is always asked of the primary (a replica lags, and
following it could step back to a generation already replaced).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TypeVar

import psycopg

from index.errors import DatabaseError
from index.pg.schema import connect

log = logging.getLogger(__name__)
T = TypeVar("T")

REPLICA_WAIT_SECONDS = 2.0  # how long a change may take to reach the replica before the primary is read
_CHECK_EVERY = 0.1


def read_snapshot(primary_url: str, replica_url: str, name: str, read: Callable[[psycopg.Connection], T]) -> T:
    """`read(conn)` in one read-only snapshot: of the replica once it holds generation `name`, else (it lags too
    far behind, or cannot be reached or read) of the primary."""
    if replica_url and replica_url != primary_url:
        try:
            with connect(replica_url) as conn:
                if _holds(conn, name):
                    return _in_snapshot(conn, read)
            log.info("the read replica does not have generation %s yet: reading it from the primary", name)
        except (psycopg.Error, DatabaseError) as exc:
            problem = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
            log.warning("could not read generation %s from the read replica (%s): reading the primary", name, problem)
    with connect(primary_url) as conn:
        return _in_snapshot(conn, read)


def _holds(conn: psycopg.Connection, name: str) -> bool:
    """Whether generation `name` reached the database of `conn`, waiting up to REPLICA_WAIT_SECONDS for it."""
    deadline = time.monotonic() + REPLICA_WAIT_SECONDS
    while True:
        found = conn.execute("SELECT 1 FROM generations WHERE name = %s", (name,)).fetchone() is not None
        conn.commit()  # each check sees what has been replayed since the last
        if found or time.monotonic() >= deadline:
            return found
        time.sleep(_CHECK_EVERY)


def _in_snapshot(conn: psycopg.Connection, read: Callable[[psycopg.Connection], T]) -> T:
    conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
    return read(conn)
