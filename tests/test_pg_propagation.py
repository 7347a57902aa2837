"""A change made through one library reaching another on the same PostgreSQL database: told at once by the
commit's notification, still found by polling when the listening connection drops, and read on top of the
generation already in memory with the same result as a full read."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import numpy as np
import psycopg
from conftest import CORPUS, SAMPLES

from index.builder import channel_info
from index.library import Library
from index.pg import listen

LIMA = (SAMPLES / "lima-group.md").read_bytes()
LIMA_ID = "2019-05-03-lima-group-backs-guaido-and-calls-for"
LIMA_QUESTION = "What did the Lima Group foreign ministers say about Guaido?"
HOUR = 3600.0


def _two_libraries(tmp_path: Path, embedders, database_url: str) -> tuple[Library, Library]:
    """Two libraries on one database, as two bot processes on two machines would be; the first built it."""
    options = {"backend": "postgres", "database_url": database_url}
    shutil.copytree(CORPUS, tmp_path / "corpus")
    first = Library(tmp_path / "corpus", tmp_path / "first", embedders, **options)
    first.build(who="test")
    second = Library(tmp_path / "corpus", tmp_path / "second", embedders, **options)
    assert LIMA_ID not in _quoted(second)
    return first, second


def _quoted(library: Library) -> set[str]:
    return {q.cited.article_id for q in library.ask(LIMA_QUESTION, k=5).quotes}


def _wait_for(condition, seconds: float, failure: str) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, failure
        time.sleep(0.05)


def test_the_notification_brings_a_change_to_another_library_that_does_not_poll(tmp_path, fake_embedders, database_url):
    first, second = _two_libraries(tmp_path, fake_embedders, database_url)
    watch = second.watch(every_seconds=HOUR)  # polling alone would not look again within the test
    try:
        _wait_for(watch.listener.listening.is_set, 10, "the second library never started listening")
        first.add([("lima-group.md", LIMA)], who="moderator on another machine")
        _wait_for(lambda: LIMA_ID in _quoted(second), 10, "the notification did not bring the change")
    finally:
        watch.stop()
    assert second.engine.generation == first.engine.generation


def _drop_listening_connection(database_url: str, watch) -> None:
    """End the listener's connection from the server side, as a network cut or a server restart would."""
    with psycopg.connect(database_url, autocommit=True) as admin:
        killed = admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN%%' "
            "AND datname = current_database()"
        ).fetchall()
    assert killed == [(True,)]
    _wait_for(lambda: not watch.listener.listening.is_set(), 10, "the listener did not notice the drop")


def test_polling_still_brings_a_change_while_the_listening_connection_is_down(
    tmp_path, fake_embedders, database_url, monkeypatch
):
    monkeypatch.setattr(listen, "RECONNECT_SECONDS", HOUR)  # stays down for the whole test
    first, second = _two_libraries(tmp_path, fake_embedders, database_url)
    watch = second.watch(every_seconds=0.5)
    try:
        _wait_for(watch.listener.listening.is_set, 10, "the second library never started listening")
        _drop_listening_connection(database_url, watch)
        first.add([("lima-group.md", LIMA)], who="moderator on another machine")
        _wait_for(lambda: LIMA_ID in _quoted(second), 10, "polling did not bring the change")
        assert not watch.listener.listening.is_set()
    finally:
        watch.stop()


def test_a_dropped_listening_connection_listens_again_and_brings_the_next_change(
    tmp_path, fake_embedders, database_url, monkeypatch
):
    monkeypatch.setattr(listen, "RECONNECT_SECONDS", 0.2)
    first, second = _two_libraries(tmp_path, fake_embedders, database_url)
    watch = second.watch(every_seconds=HOUR)  # only the notification can bring the change
    try:
        _wait_for(watch.listener.listening.is_set, 10, "the second library never started listening")
        _drop_listening_connection(database_url, watch)
        _wait_for(watch.listener.listening.is_set, 10, "the listener never listened again")
        first.add([("lima-group.md", LIMA)], who="moderator on another machine")
        _wait_for(lambda: LIMA_ID in _quoted(second), 10, "the resumed listening did not bring the change")
    finally:
        watch.stop()


def test_a_generation_read_on_top_of_the_one_in_memory_is_the_one_read_in_full(tmp_path, fake_embedders, database_url):
    first, second = _two_libraries(tmp_path, fake_embedders, database_url)
    before = second.engine.generation, second.engine.state
    removed = first.articles()[-1].id
    first.remove([removed], who="test")
    first.add([("lima-group.md", LIMA)], who="test")
    live, channels = first.folder.live_name(), channel_info(fake_embedders)
    grown = second.folder.load(live, channels, base=before)
    whole = second.folder.load(live, channels)
    assert before[1].stores["e5"] is not grown.stores["e5"] and len(before[1].keys) != len(grown.keys)
    assert np.array_equal(grown.keys, whole.keys)
    assert [a.id for a in grown.articles] == [a.id for a in whole.articles]
    for channel, store in whole.stores.items():
        assert len(grown.stores[channel]) == len(store)
        assert np.allclose(grown.stores[channel].vectors(whole.keys), store.vectors(whole.keys))
    assert second.refresh()
    assert LIMA_ID in _quoted(second) and removed not in {a.id for a in second.articles()}
