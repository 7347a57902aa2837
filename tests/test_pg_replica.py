"""DATABASE_READ_URL: generations are loaded from a read replica, while the live pointer, the change lock and every
change stay on the primary; a generation the replica does not have yet is read from the primary."""

from __future__ import annotations

import shutil

import psycopg
import pytest
from conftest import CORPUS, SAMPLES

from index.library import Library
from index.pg import replica

LIMA_ID = "2019-05-03-lima-group-backs-guaido-and-calls-for"
MARK = "Read from the replica"


def _replica_of(pg_server, database_url: str) -> str:
    """A copy of the database at `database_url`, standing for a replica; one of its titles changed, so that what
    is read from it can be told from what is read from the primary."""
    primary = psycopg.conninfo.conninfo_to_dict(database_url)["dbname"]
    copy = f"{primary}_replica"
    with psycopg.connect(pg_server.server.get_uri(), autocommit=True) as admin:
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
            (primary,),
        )
        admin.execute(f"CREATE DATABASE {copy} TEMPLATE {primary}")
    url = pg_server.server.get_uri(copy)
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("UPDATE cronista.articles SET title = %s WHERE article_id LIKE '%%maduro%%'", (MARK,))
    return url


def _generations(url: str) -> int:
    with psycopg.connect(url) as conn:
        return conn.execute("SELECT count(*) FROM cronista.generations").fetchone()[0]


def test_generations_load_from_the_replica_and_changes_and_the_live_pointer_stay_on_the_primary(
    tmp_path, fake_embedders, pg_server, database_url, monkeypatch
):
    monkeypatch.setattr(replica, "REPLICA_WAIT_SECONDS", 0.3)
    shutil.copytree(CORPUS, tmp_path / "corpus")
    Library(
        tmp_path / "corpus", tmp_path / "builder", fake_embedders, backend="postgres", database_url=database_url
    ).build(who="test")
    options = {
        "backend": "postgres",
        "database_url": database_url,
        "database_read_url": _replica_of(pg_server, database_url),
    }

    answering = Library(tmp_path / "corpus", tmp_path / "answering", fake_embedders, **options)
    assert MARK in {a.title for a in answering.articles()}, "the listing was read from the replica"
    assert MARK in {a.title for a in answering.engine.state.articles}, "the generation was loaded from the replica"

    moderating = Library(tmp_path / "corpus", tmp_path / "moderating", fake_embedders, **options)
    assert moderating.add([("lima-group.md", (SAMPLES / "lima-group.md").read_bytes())], who="mod").summary.added
    assert (_generations(database_url), _generations(options["database_read_url"])) == (2, 1)

    # The replica never gets the change (it is a copy): the live pointer comes from the primary, and so does the
    # new generation once the replica has kept it waiting.
    assert answering.refresh()
    assert LIMA_ID in {q.cited.article_id for q in answering.ask("What did the Lima Group say about Guaido?").quotes}


def test_a_read_replica_is_only_for_the_postgres_backend(monkeypatch):
    from pydantic import ValidationError

    from index.config import EngineSettings

    monkeypatch.setenv("DATABASE_READ_URL", "postgresql://cronista@replica/cronista")
    with pytest.raises(ValidationError, match="DATABASE_READ_URL is for INDEX_BACKEND=postgres"):
        EngineSettings(_env_file=None)
    monkeypatch.setenv("INDEX_BACKEND", "postgres")
    monkeypatch.setenv("DATABASE_URL", "postgresql://cronista@primary/cronista")
    assert EngineSettings(_env_file=None).backend_options == {
        "backend": "postgres",
        "database_url": "postgresql://cronista@primary/cronista",
        "database_read_url": "postgresql://cronista@replica/cronista",
    }
