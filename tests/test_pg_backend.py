"""The PostgreSQL backend against a real server: the same answers as the files backend, changes as transactions
(a process killed mid-change leaves the previous generation answering), one change at a time, several processes
sharing one index, and a schema it does not know refused with a clear message."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import psycopg
import pytest
from conftest import CORPUS, SAMPLES

from index.errors import ChangeInProgressError, DatabaseError
from index.library import Library

LIMA = (SAMPLES / "lima-group.md").read_bytes()
LIMA_ID = "2019-05-03-lima-group-backs-guaido-and-calls-for"
LIMA_QUESTION = "What did the Lima Group foreign ministers say about Guaido?"
QUESTIONS = [
    "Who is the head of SEBIN?",
    "What happened on April 30?",
    "Did Russia threaten to install missiles in Venezuela?",
    "What did Maduro say about the coup?",
    "armored vehicle crowd",
]


def _library(tmp_path: Path, name: str, embedders, **backend) -> Library:
    corpus = tmp_path / name / "corpus"
    if not corpus.exists():
        shutil.copytree(CORPUS, corpus)
    return Library(corpus, tmp_path / name / "index", embedders, **backend)


def _quoted(library: Library, question: str) -> set[str]:
    return {q.cited.article_id for q in library.ask(question, k=5).quotes}


def test_postgres_answers_exactly_as_the_files_backend(tmp_path, fake_embedders, database_url):
    files = _library(tmp_path, "files", fake_embedders)
    files.build(who="test")
    pg = _library(tmp_path, "pg", fake_embedders, backend="postgres", database_url=database_url)
    pg.build(who="test")
    reopened = Library(pg.corpus_dir, pg.index_dir, fake_embedders, backend="postgres", database_url=database_url)
    for question in QUESTIONS:
        expected = files.ask(question, k=5)
        got = reopened.ask(question, k=5)
        assert [(q.text, q.cited, round(q.score, 5)) for q in got.quotes] == [
            (q.text, q.cited, round(q.score, 5)) for q in expected.quotes
        ], question
        assert got.reason == expected.reason
    assert [a.id for a in reopened.articles()] == [a.id for a in files.articles()]
    assert reopened.passage_count() == files.passage_count()
    assert reopened.timeline("Guaido")[0] == files.timeline("Guaido")[0]


CRASHING_ADD = """
import os, signal, sys, time
from pathlib import Path
sys.path.insert(0, {tests!r})
from conftest import FakeEmbedder
from index.library import Library
from index.pg.generations import PgIndex

def stall(conn, generation, name):
    Path({ready!r}).write_text("writing")  # the new generation's rows are in the open transaction
    time.sleep(60)

PgIndex._make_live = staticmethod(stall)
embedders = {{"minilm": FakeEmbedder("fake-minilm"), "e5": FakeEmbedder("fake-e5")}}
library = Library(Path({corpus!r}), Path({index!r}), embedders, backend="postgres", database_url={url!r})
library.add([("lima-group.md", Path({sample!r}).read_bytes())], who="doomed")
"""


def test_a_process_killed_mid_change_leaves_the_previous_generation_answering(tmp_path, fake_embedders, database_url):
    pg = _library(tmp_path, "pg", fake_embedders, backend="postgres", database_url=database_url)
    pg.build(who="test")
    before = pg.folder.live_name()
    ready = tmp_path / "ready"
    script = CRASHING_ADD.format(
        tests=str(Path(__file__).parent),
        ready=str(ready),
        corpus=str(pg.corpus_dir),
        index=str(pg.index_dir),
        url=database_url,
        sample=str(SAMPLES / "lima-group.md"),
    )
    process = subprocess.Popen([sys.executable, "-c", script], stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while not ready.exists():
            assert process.poll() is None, process.stderr.read().decode()
            assert time.monotonic() < deadline, "the change never reached its transaction"
            time.sleep(0.05)
        process.kill()
        process.wait(10)
    finally:
        process.kill()
    fresh = Library(pg.corpus_dir, pg.index_dir, fake_embedders, backend="postgres", database_url=database_url)
    assert fresh.folder.live_name() == before
    assert fresh.folder.generation_names() == [before], "nothing of the killed change was committed"
    assert fresh.ask("Who is the head of SEBIN?").quotes
    assert LIMA_ID not in {a.id for a in fresh.articles()}
    fresh.recover()  # the journal puts the corpus folder back; the server freed the dead process's lock
    assert not list(pg.corpus_dir.glob("*lima*"))
    assert fresh.add([("lima-group.md", LIMA)], who="test").summary.added == [LIMA_ID]


def test_a_change_through_one_library_reaches_another_within_seconds(tmp_path, fake_embedders, database_url):
    options = {"backend": "postgres", "database_url": database_url}
    first = _library(tmp_path, "pg", fake_embedders, **options)
    first.build(who="test")
    second = Library(first.corpus_dir, tmp_path / "other-index", fake_embedders, **options)
    assert LIMA_ID not in _quoted(second, LIMA_QUESTION)
    watch = second.watch(every_seconds=0.5)
    try:
        first.add([("lima-group.md", LIMA)], who="moderator on another machine")
        deadline = time.monotonic() + 5
        while LIMA_ID not in _quoted(second, LIMA_QUESTION) or second.engine.generation != first.engine.generation:
            assert time.monotonic() < deadline, "the other library still answers from the old generation"
            time.sleep(0.1)
    finally:
        watch.stop()
    # One change, one generation: a second generation made by the change would show here (seen once, not since).
    assert [e["action"] for e in second.history()] == ["build", "add"]


def test_a_second_change_is_told_one_is_in_progress(tmp_path, fake_embedders, database_url):
    options = {"backend": "postgres", "database_url": database_url}
    first = _library(tmp_path, "pg", fake_embedders, **options)
    first.build(who="test")
    other = Library(first.corpus_dir, tmp_path / "other-index", fake_embedders, **options)
    with other.folder.locked(), pytest.raises(ChangeInProgressError, match="in progress"):
        first.add([("lima-group.md", LIMA)], who="second moderator")
    assert first.add([("lima-group.md", LIMA)], who="second moderator").summary.added == [LIMA_ID]


def test_a_database_with_a_newer_schema_is_refused_with_a_clear_message(tmp_path, fake_embedders, database_url):
    _library(tmp_path, "pg", fake_embedders, backend="postgres", database_url=database_url)
    with psycopg.connect(database_url, autocommit=True) as conn:
        conn.execute("UPDATE cronista.schema_version SET version = 99")
    with pytest.raises(DatabaseError, match="schema version 99.*upgrade Cronista"):
        _library(tmp_path, "pg", fake_embedders, backend="postgres", database_url=database_url)


def test_an_unreachable_database_is_one_clear_error(tmp_path, fake_embedders):
    url = f"postgresql://nobody@/nothing?host={tmp_path}"
    with pytest.raises(DatabaseError, match="cannot connect to the index database"):
        _library(tmp_path, "pg", fake_embedders, backend="postgres", database_url=url)


def test_a_test_server_that_could_not_start_fails_the_postgres_tests_with_its_reason():
    from pg import PgTestServer

    server = PgTestServer()
    server.problem = "initdb: permission denied"
    try:
        with pytest.raises(pytest.fail.Exception, match="could not start: initdb: permission denied"):
            server.new_database()
    finally:
        server.stop()


def test_the_postgres_backend_needs_a_database_url(monkeypatch):
    from pydantic import ValidationError

    from index.config import EngineSettings

    monkeypatch.setenv("INDEX_BACKEND", "postgres")
    monkeypatch.delenv("DATABASE_URL", raising=False)
    with pytest.raises(ValidationError, match="needs DATABASE_URL"):
        EngineSettings(_env_file=None)
    monkeypatch.setenv("DATABASE_URL", "postgresql://cronista@db/cronista")
    assert EngineSettings(_env_file=None).backend_options == {
        "backend": "postgres",
        "database_url": "postgresql://cronista@db/cronista",
    }


def test_a_large_index_loaded_from_the_database_finds_what_the_written_one_found(
    tmp_path, fake_embedders, database_url
):
    import numpy as np

    from index.backends import open_generations
    from index.bench.synthetic import real_sentences, synthetic_state
    from index.builder import channel_info

    seeds = real_sentences(CORPUS)
    anchors = {name: e.embed_passages(seeds) for name, e in fake_embedders.items()}
    state, _ = synthetic_state(seeds, anchors, fake_embedders, 2_000, kind="ivf")
    generations = open_generations(tmp_path / "index", backend="postgres", database_url=database_url)
    generations.write(state, "20190501T000000000000Z")
    loaded = generations.load(generations.live_name(), channel_info(fake_embedders))
    assert loaded.stores["e5"].kind == "ivf"
    queries = [fake_embedders["e5"].embed_query(text) for text in seeds[:30]]
    for query in queries:
        written_scores, written_ids = state.stores["e5"].search(query, 10)
        loaded_scores, loaded_ids = loaded.stores["e5"].search(query, 10)
        assert loaded_ids.tolist() == written_ids.tolist()
        assert np.allclose(loaded_scores, written_scores, atol=1e-4)


def test_a_process_started_with_a_stale_corpus_folder_does_not_take_back_a_shared_change(
    tmp_path, fake_embedders, database_url
):
    options = {"backend": "postgres", "database_url": database_url}
    first = _library(tmp_path, "machine-a", fake_embedders, **options)
    first.build(who="test")
    first.add([("lima-group.md", LIMA)], who="moderator on machine A")
    stale_corpus = tmp_path / "machine-b" / "corpus"
    shutil.copytree(CORPUS, stale_corpus)  # machine B never saw the Lima article
    second = Library.start(
        stale_corpus, tmp_path / "machine-b" / "index", fake_embedders, who="bot start-up", **options
    )
    assert LIMA_ID in {a.id for a in second.articles()}
    assert LIMA_ID in _quoted(second, LIMA_QUESTION)
    assert [e["action"] for e in second.history()] == ["build", "add"]


def test_with_the_real_models_postgres_answers_every_dev_question_as_the_files_backend_does(
    tmp_path, real_index_dir, real_embedders, real_reader, real_engine, database_url
):
    from index.backends import open_generations
    from index.builder import channel_info
    from index.evaluate import load_questions
    from index.search import Engine

    generations = open_generations(tmp_path / "index", backend="postgres", database_url=database_url)
    generations.write(real_engine.state, real_engine.generation)
    loaded = generations.load(generations.live_name(), channel_info(real_embedders))
    on_postgres = Engine(loaded, real_embedders, None, real_engine.generation, real_reader)
    questions = [item["q"] for item in load_questions(Path(__file__).parent.parent / "eval" / "dev_qa.jsonl")]
    for question in questions:
        expected, got = real_engine.ask(question, 3), on_postgres.ask(question, 3)
        assert [(q.cited, round(q.score, 5)) for q in got.quotes] == [
            (q.cited, round(q.score, 5)) for q in expected.quotes
        ], question
        assert got.reason == expected.reason, question
