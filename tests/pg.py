"""A real PostgreSQL server with pgvector for the test session, from the `pgserver` package (no root, no service).

If it cannot start, every test that needs it fails with the reason: the postgres tests are never skipped.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import shutil
import tempfile
from pathlib import Path

import pytest

log = logging.getLogger(__name__)
_numbers = itertools.count()


class PgTestServer:
    """One server for the session; each test gets a database of its own."""

    def __init__(self) -> None:
        # Not under pytest's tmp_path: pytest makes /tmp/pytest-of-<user> private again (0700) whenever a session
        # starts, and a server run as root drops to the `pgserver` user, who must reach its folder.
        self.folder = Path(tempfile.mkdtemp(prefix="cronista-pg-"))
        self.server = None
        self.problem = ""

    def start(self) -> None:
        """Start the server (its data in `folder`), remembering why if it cannot."""
        try:
            import pgserver
            import psycopg

            self.server = pgserver.get_server(self.folder, cleanup_mode="stop")
            with psycopg.connect(self.server.get_uri(), autocommit=True) as conn:
                conn.execute("CREATE EXTENSION IF NOT EXISTS vector")
        except Exception as exc:  # whatever it is, the postgres tests must say it
            self.problem = f"{type(exc).__name__}: {exc}"

    def new_database(self) -> str:
        """The URL of a new empty database."""
        if self.server is None:
            pytest.fail(f"the test PostgreSQL server (pgserver) could not start: {self.problem}")
        import psycopg

        name = f"test_{next(_numbers)}"
        with psycopg.connect(self.server.get_uri(), autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return self.server.get_uri(name)

    def stop(self) -> None:
        """Stop the server and delete its data."""
        if self.server is not None:
            from pgserver._commands import pg_ctl

            # Immediate: its data is deleted next, so the shutdown checkpoint (seconds on a busy machine) is waste.
            with contextlib.suppress(Exception):
                pg_ctl(["-w", "-m", "immediate", "stop"], pgdata=self.folder, user=self.server.system_user)
            self.server.cleanup()
        shutil.rmtree(self.folder, ignore_errors=True)
