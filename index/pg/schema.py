"""The database schema: created and migrated by Cronista, its version recorded in `schema_version`."""

from __future__ import annotations

import logging

import psycopg

from index.errors import DatabaseError

log = logging.getLogger(__name__)

SCHEMA = "cronista"
# Each entry migrates from version i to i + 1; a new version appends one, never edits one already shipped.
MIGRATIONS: list[str] = [
    """
    CREATE EXTENSION IF NOT EXISTS vector;
    CREATE TABLE generations (
        id serial PRIMARY KEY, name text UNIQUE NOT NULL, manifest json NOT NULL,
        made timestamptz NOT NULL DEFAULT now());
    CREATE TABLE live (
        one boolean PRIMARY KEY DEFAULT true CHECK (one), generation int NOT NULL REFERENCES generations(id));
    CREATE TABLE bodies (sha256 text PRIMARY KEY, body text NOT NULL);
    CREATE TABLE articles (
        generation int NOT NULL REFERENCES generations(id) ON DELETE CASCADE, number int NOT NULL,
        article_id text NOT NULL, title text NOT NULL, source text NOT NULL, published date, url text NOT NULL,
        content_hash text NOT NULL, body_sha256 text NOT NULL REFERENCES bodies(sha256),
        PRIMARY KEY (generation, number));
    CREATE TABLE passages (
        generation int NOT NULL REFERENCES generations(id) ON DELETE CASCADE, row int NOT NULL, key bigint NOT NULL,
        PRIMARY KEY (generation, row));
    CREATE INDEX passages_key ON passages (key);
    CREATE TABLE places (
        generation int NOT NULL REFERENCES generations(id) ON DELETE CASCADE, row int NOT NULL,
        article int NOT NULL, start_char int NOT NULL, end_char int NOT NULL);
    CREATE INDEX places_generation ON places (generation);
    CREATE TABLE models (id serial PRIMARY KEY, name text UNIQUE NOT NULL, dim int NOT NULL);
    CREATE TABLE vectors (
        model int NOT NULL REFERENCES models(id), key bigint NOT NULL, embedding vector NOT NULL,
        PRIMARY KEY (model, key));
    CREATE TABLE generation_files (
        generation int NOT NULL REFERENCES generations(id) ON DELETE CASCADE, name text NOT NULL,
        data bytea NOT NULL, PRIMARY KEY (generation, name));
    CREATE TABLE history (id bigserial PRIMARY KEY, entry json NOT NULL);  -- json keeps key order, as written
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)
_MIGRATION_LOCK = 0x43524F4E  # "CRON": one process migrates at a time


def connect(url: str, autocommit: bool = False) -> psycopg.Connection:
    """A connection to the index database with Cronista's schema first on the search path."""
    try:
        return psycopg.connect(url, autocommit=autocommit, options=f"-c search_path={SCHEMA},public")
    except psycopg.Error as exc:
        raise DatabaseError(f"cannot connect to the index database (DATABASE_URL): {_first_line(exc)}") from exc


def ensure_schema(url: str) -> None:
    """Create or migrate the schema to this version's; DatabaseError if the database is newer than the code."""
    with connect(url) as conn:
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
        conn.execute(f"CREATE SCHEMA IF NOT EXISTS {SCHEMA}")
        conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version int NOT NULL)")
        row = conn.execute("SELECT version FROM schema_version").fetchone()
        version = row[0] if row else 0
        if version > SCHEMA_VERSION:
            raise DatabaseError(
                f"the index database has schema version {version}, but this version of Cronista knows only up to "
                f"{SCHEMA_VERSION}: upgrade Cronista (or point DATABASE_URL at another database)"
            )
        for number in range(version, SCHEMA_VERSION):
            log.info("migrating the index database to schema version %d", number + 1)
            conn.execute(MIGRATIONS[number])
        if row is None:
            conn.execute("INSERT INTO schema_version VALUES (%s)", (SCHEMA_VERSION,))
        elif version != SCHEMA_VERSION:
            conn.execute("UPDATE schema_version SET version = %s", (SCHEMA_VERSION,))


def _first_line(exc: Exception) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]
