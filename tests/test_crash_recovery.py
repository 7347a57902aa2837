"""A change killed at any step (a real process, SIGKILL) leaves corpus, index and history in agreement once the
next command has run: the change is finished, or undone, and the history says which."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO, SAMPLES

from index.articles import corpus_hash
from index.corpus import load_corpus
from index.generation_files import load_state
from index.maintenance import Maintainer
from index.storage import IndexFolder

CRASH_AT = Path(__file__).parent / "crash_at.py"
LIMA_ID = "2019-05-03-lima-group-backs-guaido-and-calls-for"
MADURO_ID = "2019-05-01-maduro-declares-victory-over-attempted-coup"
FINISHED = {"before-swap", "after-swap"}  # the new generation was complete: the change is kept


@pytest.fixture
def maintainer(corpus_dir, tmp_path, fake_embedders) -> Maintainer:
    m = Maintainer(corpus_dir, tmp_path / "index", fake_embedders)
    m.build()
    return m


def _crash(step: str, action: str, m: Maintainer, item: str = "") -> None:
    args = [sys.executable, str(CRASH_AT), step, action, str(m.corpus_dir), str(m.folder.root), item]
    done = subprocess.run(args, capture_output=True, cwd=REPO)
    assert done.returncode == -9, done.stderr.decode()


def _list_in_a_new_process(m: Maintainer) -> dict:
    """What `python -m index list --json` reports after the crash (it recovers first, as every command does)."""
    args = ["-m", "index", "list", "--json", "--corpus", str(m.corpus_dir), "--index-dir", str(m.folder.root)]
    done = subprocess.run([sys.executable, *args], capture_output=True, cwd=REPO, text=True)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def assert_in_agreement(m: Maintainer) -> None:
    """Corpus folder and live index hold the same articles; nothing half-done is left; history names the live
    generation last."""
    folder = IndexFolder(m.folder.root)
    state = load_state(folder.current(), None)
    articles, problems = load_corpus(m.corpus_dir)
    assert problems == []
    assert corpus_hash(articles) == corpus_hash(state.articles)
    assert not list(folder.generations.glob(".staging-*"))
    assert not (folder.root / "journal.json").exists() and not (folder.root / "journal-backups").exists()
    assert folder.live_sequence()[-1] == folder.current().name


@pytest.mark.parametrize("step", ["after-corpus", "after-staging", "before-swap", "after-swap"])
def test_an_add_killed_at_each_step_is_finished_or_undone(maintainer, step):
    before = maintainer.folder.current().name
    _crash(step, "add", maintainer, str(SAMPLES / "lima-group.md"))
    listed = _list_in_a_new_process(maintainer)
    assert_in_agreement(maintainer)
    history = maintainer.folder.history()
    ids = {a["article_id"] for a in listed["articles"]}
    assert listed["not_indexed"] == []
    if step in FINISHED:
        assert LIMA_ID in ids and maintainer.folder.current().name != before
        assert history[-1]["action"] == "add" and history[-1]["added"] == [LIMA_ID]
        assert history[-1]["recovered"] == "finished after an interruption"
    else:
        assert LIMA_ID not in ids and maintainer.folder.current().name == before
        assert history[-1]["action"] == "add undone" and history[-1]["added"] == [LIMA_ID]
        assert not list(maintainer.corpus_dir.glob("*lima*"))


@pytest.mark.parametrize("step", ["after-corpus", "after-staging", "before-swap", "after-swap"])
def test_a_remove_killed_at_each_step_is_finished_or_undone(maintainer, step):
    _crash(step, "remove", maintainer, MADURO_ID)
    maintainer.recover()
    assert_in_agreement(maintainer)
    present = MADURO_ID in {a.id for a in maintainer.current_state().articles}
    assert present is (step not in FINISHED)
    assert (maintainer.corpus_dir / f"{MADURO_ID}.md").exists() is present


@pytest.mark.parametrize("step", ["after-corpus", "after-swap"])
def test_a_rollback_killed_part_way_is_finished_or_undone(maintainer, step):
    maintainer.add([("lima-group.md", (SAMPLES / "lima-group.md").read_bytes())])
    _crash(step, "rollback", maintainer)
    maintainer.build()  # any change recovers first
    assert_in_agreement(maintainer)
    rolled_back = LIMA_ID not in {a.id for a in maintainer.current_state().articles}
    assert rolled_back is (step == "after-swap")


def test_a_crash_before_the_journal_leaves_nothing_behind(maintainer):
    (maintainer.folder.root / "journal-backups").mkdir()
    (maintainer.folder.generations / ".staging-deadbeef").mkdir()
    assert maintainer.recover() is None
    assert_in_agreement(maintainer)


def test_list_marks_corpus_articles_not_in_the_live_index_and_why(maintainer, capsys, monkeypatch, fake_embedders):
    from index.cli import main

    (maintainer.corpus_dir / "lima-group.md").write_bytes((SAMPLES / "lima-group.md").read_bytes())
    (maintainer.corpus_dir / "broken.md").write_text("---\ntitle: A\npublished: 2019-13-45\n---\n" + "word " * 20)
    code = main(["list", "--corpus", str(maintainer.corpus_dir), "--index-dir", str(maintainer.folder.root)])
    out = capsys.readouterr().out
    assert code == 0 and "5 articles" in out
    assert "not in the live index: lima-group: in the corpus folder but not in the live index" in out
    assert "not in the live index: broken.md: cannot be read, so it is left out: line 3:" in out


def test_bot_start_up_finishes_an_interrupted_change_before_answering(maintainer, bot_settings, monkeypatch):
    from bot.__main__ import start_service

    monkeypatch.setattr("index.embedding.load_default_embedders", lambda multilingual=True: maintainer.embedders)
    _crash("before-swap", "add", maintainer, str(SAMPLES / "lima-group.md"))
    folders = {"corpus_dir": maintainer.corpus_dir, "index_dir": maintainer.folder.root}
    settings = bot_settings.model_copy(update=folders)
    service = start_service(settings)
    try:
        assert LIMA_ID in {a.id for a in service.articles()}
        assert_in_agreement(maintainer)
    finally:
        service.close()


async def test_sources_marks_corpus_articles_not_in_the_live_index(service):
    from bot.render.listings import sources_pages

    corpus_dir = service.maintainer.corpus_dir
    (corpus_dir / "lima-group.md").write_bytes((SAMPLES / "lima-group.md").read_bytes())
    notes = await service.corpus_notes()
    page = sources_pages(service.articles(), service.passage_count(), notes)[0]
    field = page.fields[-1]
    assert field.name == "Not in the live index (1)"
    assert "lima-group" in field.value and "not in the live index" in field.value


def test_rollback_steps_back_through_the_generations_instead_of_toggling(maintainer):
    first = maintainer.folder.current().name
    maintainer.add([("lima-group.md", (SAMPLES / "lima-group.md").read_bytes())])
    second = maintainer.folder.current().name
    maintainer.remove([MADURO_ID])
    assert maintainer.rollback() == second
    assert maintainer.rollback() == first, "a second rollback steps further back"
    assert_in_agreement(maintainer)
    latest = maintainer.folder.generation_names()[-1]
    assert maintainer.rollback(target=latest) == latest and MADURO_ID not in maintainer.current_state().article_index
    assert maintainer.rollback(target=2) == first
    with pytest.raises(Exception, match="earlier generations to roll back to, not 5"):
        maintainer.rollback(target=5)


def _damage_live(m: Maintainer) -> str:
    live = m.folder.current()
    faiss = next(live.glob("*.faiss"))
    faiss.write_bytes(faiss.read_bytes()[:-10] + b"0123456789")
    return live.name


def test_a_rebuild_after_damage_embeds_only_what_the_newest_complete_generation_lacks(maintainer):
    total = maintainer.current_state().passage_count
    added = maintainer.add([("lima-group.md", (SAMPLES / "lima-group.md").read_bytes())]).summary.embedded
    _damage_live(maintainer)
    report = Maintainer(maintainer.corpus_dir, maintainer.folder.root, maintainer.embedders).build()
    assert report.summary.embedded == added and report.summary.reused >= total - 5
    assert_in_agreement(maintainer)


def test_a_missing_live_generation_falls_back_to_the_newest_complete_one(maintainer, caplog):
    from index.search import Engine

    good = maintainer.folder.current().name
    maintainer.add([("lima-group.md", (SAMPLES / "lima-group.md").read_bytes())])
    import shutil

    shutil.rmtree(maintainer.folder.current())
    engine = Engine.open(maintainer.folder.root, maintainer.embedders)
    assert engine.generation == good and "which is missing: using" in caplog.text
    assert engine.ask("Who is the head of SEBIN?").quotes
