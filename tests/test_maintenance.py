"""Moderators' changes in the engine: add, update, remove, refuse bad files, one at a time, atomically."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pytest
from conftest import SAMPLES, FakeEmbedder

import index.builder
import index.text
from index.backends import open_generations
from index.generation_files import load_state
from index.library import Library
from index.maintenance import Maintainer
from index.search import Engine
from index.storage import ChangeInProgressError, IndexFolder

LIMA = (SAMPLES / "lima-group.md").read_bytes()
VECCHIO = (SAMPLES / "vecchio-envoy.html").read_bytes()
LIMA_QUESTION = "What did the Lima Group foreign ministers say about Guaido?"
LIMA_ID = "2019-05-03-lima-group-backs-guaido-and-calls-for"


@pytest.fixture
def maintainer(corpus_dir, tmp_path, fake_embedders, backend) -> Maintainer:
    """A maintainer over a private corpus copy with an index already built (fake embedders), on each backend."""
    m = Maintainer(corpus_dir, tmp_path / "index", fake_embedders, open_generations(tmp_path / "index", **backend))
    m.build()
    return m


@pytest.fixture
def files_maintainer(corpus_dir, tmp_path, fake_embedders) -> Maintainer:
    """A maintainer on the files backend, for what only generation folders do (a staged swap)."""
    m = Maintainer(corpus_dir, tmp_path / "index", fake_embedders)
    m.build()
    return m


def _engine(m: Maintainer) -> Engine:
    """An engine over the live generation, read again from where the backend keeps it."""
    return Engine(m.folder.load(m.folder.live_name(), None), m.embedders)


def _quoted_articles(engine: Engine, question: str) -> set[str]:
    answer = engine.ask(question, k=5)
    return {q.cited.article_id for q in answer.quotes} | {s.article_id for q in answer.quotes for s in q.also_in}


def test_adding_the_samples_makes_them_answerable_and_stores_them_in_the_corpus(maintainer):
    report = maintainer.add([("lima-group.md", LIMA), ("vecchio-envoy.html", VECCHIO)], who="mod#1")
    assert report.summary.added == [
        LIMA_ID,
        "2019-05-01-guaido-envoy-says-mid-ranking-officers-backed",
    ]
    assert report.refused == []
    engine = _engine(maintainer)
    assert LIMA_ID in _quoted_articles(engine, LIMA_QUESTION)
    stored = maintainer.corpus_dir / "2019-05-01-guaido-envoy-says-mid-ranking-officers-backed.md"
    assert "the base of the military is with us" in stored.read_text()
    assert "pixel" not in stored.read_text()


def test_a_rebuild_from_the_corpus_folder_gives_the_same_index(maintainer, tmp_path, fake_embedders):
    maintainer.add([("lima-group.md", LIMA), ("vecchio-envoy.html", VECCHIO)])
    incremental = maintainer.current_state()
    fresh = Maintainer(maintainer.corpus_dir, tmp_path / "fresh", fake_embedders)
    fresh.build()
    rebuilt = fresh.current_state()
    assert [a.id for a in rebuilt.articles] == [a.id for a in incremental.articles]
    assert rebuilt.keys.tolist() == incremental.keys.tolist()
    assert rebuilt.corpus_hash() == incremental.corpus_hash()


def test_adding_one_article_embeds_only_its_passages(maintainer):
    embedder = maintainer.embedders["minilm"]
    before = embedder.embedded
    report = maintainer.add([("lima-group.md", LIMA)])
    assert embedder.embedded - before == report.summary.embedded <= 4
    assert report.summary.reused > 150


def test_updating_an_article_with_the_same_url_replaces_its_passages(maintainer):
    maintainer.add([("lima-group.md", LIMA)])
    changed = LIMA.replace(b"said it would ask Cuba to take part", b"said it would ask Norway to mediate")
    report = maintainer.add(
        [("lima-group-corrected.md", changed.replace(b"title: Lima Group backs", b"title: Lima group backs"))]
    )
    assert report.summary.updated == [LIMA_ID]
    state = maintainer.current_state()
    texts = [state.passage_text(r) for r in range(state.passage_count)]
    assert any("Norway" in t for t in texts) and not any("ask Cuba" in t for t in texts)
    assert len(list(maintainer.corpus_dir.glob("*lima*"))) == 1


def test_re_adding_an_identical_article_changes_nothing_and_says_so(maintainer):
    maintainer.add([("lima-group.md", LIMA)])
    generation = maintainer.folder.current().name
    report = maintainer.add([("copy.md", LIMA)])
    assert report.summary.unchanged == [LIMA_ID]
    assert not report.summary.changed
    assert maintainer.folder.current().name == generation


def test_removing_an_article_removes_every_passage_and_its_file(maintainer):
    maintainer.add([("lima-group.md", LIMA)])
    report = maintainer.remove([LIMA_ID], who="mod#2")
    assert report.summary.removed == [LIMA_ID]
    assert LIMA_ID not in _quoted_articles(_engine(maintainer), LIMA_QUESTION)
    assert not list(maintainer.corpus_dir.glob("*lima*"))
    assert maintainer.remove(["no-such-article"]).refused == [("no-such-article", "no article has this id")]


BAD_FILES = [
    ("empty.txt", b""),
    ("photo.png", b"\x89PNG\r\n\x1a\n" + bytes(200)),
    ("photo.txt", b"\x89PNG\r\n\x1a\n" + bytes(200)),
    ("huge.txt", b"Huge\n" + b"word " * 500_000),
    ("slides.pdf", b"%PDF-1.4"),
    ("nav-only.html", b"<html><body><nav><a href='/'>Home</a></nav><footer>(c) 2019</footer></body></html>"),
]


def test_each_kind_of_bad_file_is_refused_and_changes_nothing(maintainer):
    generation = maintainer.folder.current().name
    corpus_before = sorted(p.name for p in maintainer.corpus_dir.iterdir())
    report = maintainer.add(BAD_FILES)
    assert [name for name, _ in report.refused] == [name for name, _ in BAD_FILES]
    assert all(reason and "\n" not in reason for _, reason in report.refused)
    assert maintainer.folder.current().name == generation
    assert sorted(p.name for p in maintainer.corpus_dir.iterdir()) == corpus_before


def test_good_files_go_in_while_bad_ones_in_the_same_upload_are_listed(maintainer):
    report = maintainer.add([("empty.txt", b""), ("lima-group.md", LIMA)])
    assert report.summary.added == [LIMA_ID]
    assert report.refused == [("empty.txt", "is empty")]


def test_a_file_name_never_decides_where_a_file_is_written(maintainer, tmp_path):
    maintainer.add([("../../../outside.md", LIMA)])
    assert not (tmp_path / "outside.md").exists()
    assert not (maintainer.corpus_dir.parent / "outside.md").exists()
    assert (maintainer.corpus_dir / "2019-05-03-lima-group-backs-guaido-and-calls-for.md").exists()


def test_history_records_who_did_what_and_rollback_restores_the_last_good_index(maintainer):
    maintainer.add([("lima-group.md", LIMA)], who="ana#0001")
    with_lima = maintainer.folder.current().name
    maintainer.remove([LIMA_ID], who="ana#0001")
    history = maintainer.folder.history()
    assert [e["action"] for e in history] == ["build", "add", "remove"]
    assert history[1]["who"] == "ana#0001" and history[1]["added"] == [LIMA_ID]
    assert maintainer.rollback(who="ana#0001") == with_lima
    assert LIMA_ID in maintainer.current_state().article_index
    assert (maintainer.corpus_dir / f"{LIMA_ID}.md").exists(), "the corpus follows the rollback"
    assert maintainer.build().summary.changed is False, "a rebuild from the corpus keeps the rollback"
    assert maintainer.folder.history()[-2]["action"] == "rollback"


def test_rollback_after_a_new_change_goes_back_to_what_was_live_before_it(maintainer):
    first = maintainer.folder.current().name
    maintainer.add([("lima-group.md", LIMA)])
    maintainer.rollback()
    maintainer.add([("vecchio-envoy.html", VECCHIO)])
    assert maintainer.rollback() == first
    assert LIMA_ID not in maintainer.current_state().article_index


def test_only_one_change_runs_at_a_time(maintainer):
    with maintainer.folder.locked(), pytest.raises(ChangeInProgressError, match="in progress"):
        maintainer.add([("lima-group.md", LIMA)])


def test_a_failure_between_writing_and_swapping_leaves_the_old_index_live(files_maintainer, monkeypatch):
    maintainer = files_maintainer
    generation = maintainer.folder.current().name

    def crash(self, name):
        raise OSError("disk gone")

    monkeypatch.setattr(IndexFolder, "set_current", crash)
    with pytest.raises(OSError):
        maintainer.add([("lima-group.md", LIMA)])
    monkeypatch.undo()
    assert maintainer.folder.current().name == generation
    assert not list(maintainer.corpus_dir.glob("*lima*")), "the corpus change is undone too"
    assert _engine(maintainer).ask("Who is the head of SEBIN?").quotes


CRASHING_ADD = """
import os, signal, sys
from pathlib import Path
sys.path.insert(0, {tests!r})
from conftest import FakeEmbedder
from index.backends import open_generations
from index.maintenance import Maintainer
from index.storage import IndexFolder
# Die the moment the new generation is complete on disk and CURRENT is about to be swapped.
IndexFolder.set_current = lambda self, name: os.kill(os.getpid(), signal.SIGKILL)
embedders = {{"minilm": FakeEmbedder("fake-minilm"), "e5": FakeEmbedder("fake-e5")}}
Maintainer(Path({corpus!r}), Path({index!r}), embedders).add([("lima-group.md", Path({sample!r}).read_bytes())])
"""


def test_a_process_killed_before_the_swap_leaves_a_loadable_index_that_answers(files_maintainer):
    maintainer = files_maintainer
    generation = maintainer.folder.current().name
    script = CRASHING_ADD.format(
        tests=str(Path(__file__).parent),
        corpus=str(maintainer.corpus_dir),
        index=str(maintainer.folder.root),
        sample=str(SAMPLES / "lima-group.md"),
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True)
    assert done.returncode == -9, done.stderr.decode()
    assert maintainer.folder.current().name == generation
    state = load_state(maintainer.folder.current(), None)
    assert state.passage_count > 100
    assert _engine(maintainer).ask("Who is the head of SEBIN?").quotes
    report = maintainer.build()  # the next change first finishes the killed one (its generation was complete)
    assert not report.summary.changed and LIMA_ID in {a.id for a in maintainer.current_state().articles}
    assert [e["action"] for e in maintainer.folder.history()[-2:]] == ["add", "build"]


class _BlockingEmbedder(FakeEmbedder):
    """Embeds passages only once released, so a question can be asked in the middle of a change."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.started, self.release = threading.Event(), threading.Event()

    def embed_passages(self, texts):
        self.started.set()
        self.release.wait(10)
        return super().embed_passages(texts)


def test_questions_during_a_change_are_answered_from_the_old_index_until_the_swap(corpus_dir, tmp_path, backend):
    blocking = _BlockingEmbedder("fake-minilm")
    embedders = {"minilm": blocking, "e5": FakeEmbedder("fake-e5")}
    maintainer = Maintainer(corpus_dir, tmp_path / "index", embedders, open_generations(tmp_path / "index", **backend))
    blocking.release.set()
    maintainer.build()
    blocking.release.clear()
    blocking.started.clear()
    other_process = Library(corpus_dir, tmp_path / "index", embedders, **backend)
    worker = threading.Thread(target=maintainer.add, args=([("lima-group.md", LIMA)],))
    worker.start()
    assert blocking.started.wait(10)
    during = other_process.ask(LIMA_QUESTION, k=5)
    assert not other_process.refresh()
    blocking.release.set()
    worker.join(10)
    assert LIMA_ID not in {q.cited.article_id for q in during.quotes}
    assert other_process.refresh()
    assert LIMA_ID in _quoted_articles(other_process.engine, LIMA_QUESTION)


def test_a_change_after_a_restart_keeps_the_timeline_and_adds_the_new_events(maintainer, fake_embedders, backend):
    root = maintainer.folder.root
    restarted = Maintainer(maintainer.corpus_dir, root, fake_embedders, open_generations(root, **backend))
    restarted.add([("lima-group.md", LIMA)])
    entries = restarted.current_state().timeline.entries
    assert any("announced on January 23" in e.text for e in entries)
    lima = [e for e in entries if e.article_id == LIMA_ID]
    assert lima and lima[0].date == "2019-05-03" and lima[0].expression == "on Friday"


def _story(source: str, line: str) -> bytes:
    return f"---\ntitle: Protests in Caracas\nsource: {source}\npublished: 2019-05-02\n---\n{line}\n".encode()


def test_the_same_headline_from_another_outlet_is_a_new_article_not_an_update(maintainer):
    first = maintainer.add(
        [("a.md", _story("Wire One", "Thousands marched through the streets of Caracas on Thursday morning."))]
    )
    second = maintainer.add(
        [("b.md", _story("Wire Two", "Police fired tear gas at the marchers in central Caracas on Thursday."))]
    )
    assert first.summary.added == ["2019-05-02-protests-in-caracas"]
    assert second.summary.added == ["2019-05-02-protests-in-caracas-wire-two"]
    again = maintainer.add(
        [("c.md", _story("Wire One", "Thousands marched through the streets of Caracas on Thursday, police said."))]
    )
    assert again.summary.updated == ["2019-05-02-protests-in-caracas"]


def test_an_index_built_by_older_word_rules_reads_every_passage_again(
    corpus_dir, tmp_path, fake_embedders, monkeypatch
):
    # An index from before British spellings were read as American: its terms keep "centr" until a build
    # with the newer rules, which must re-read unchanged passages too (their vectors are reused).
    def words_of(maintainer):
        state = maintainer.current_state()
        rows = np.arange(state.passage_count)
        return state.lexical.coverage("center", rows).max()

    maintainer = Maintainer(corpus_dir, tmp_path / "old-rules", fake_embedders)
    monkeypatch.setattr(index.text, "american", lambda word: word)
    monkeypatch.setattr(index.builder, "CHUNKER_VERSION", 1)
    maintainer.build()
    assert words_of(maintainer) == 0  # the old rules: the articles' "centre" is not "center"
    monkeypatch.undo()
    report = maintainer.build()
    assert words_of(maintainer) == 1.0 and report.summary.embedded == 0
