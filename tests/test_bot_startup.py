"""Start-up: the index is built when missing and caught up with the corpus folder, the source of truth."""

from __future__ import annotations

import shutil

from conftest import SAMPLES

from bot.__main__ import start_service
from index.maintenance import Maintainer


def test_start_up_builds_a_missing_index(bot_settings, corpus_dir, fake_embedders, monkeypatch, backend):
    monkeypatch.setattr("index.embedding.load_default_embedders", lambda multilingual=True: fake_embedders)
    where = {"index_backend": backend["backend"], "database_url": backend.get("database_url", "")}
    settings = bot_settings.model_copy(update={"corpus_dir": corpus_dir, **where})
    service = start_service(settings)
    try:
        assert len(service.articles()) == 5
        assert service.library.folder.backend == backend["backend"]
        assert not service.library.ask("Who is the head of SEBIN?").abstained
        # The reader is on: a person the articles never mention is declined, not "answered" by a loose match.
        assert service.library.ask("Who is Elon Musk?").abstained
    finally:
        service.close()


def test_start_up_catches_up_with_articles_changed_behind_the_index(
    bot_settings, corpus_dir, fake_embedders, monkeypatch
):
    monkeypatch.setattr("index.embedding.load_default_embedders", lambda multilingual=True: fake_embedders)
    settings = bot_settings.model_copy(update={"corpus_dir": corpus_dir})
    Maintainer(corpus_dir, settings.index_dir, fake_embedders).build()
    # As a change killed after writing the corpus but before swapping the index would leave it:
    shutil.copy(SAMPLES / "lima-group.md", corpus_dir / "lima-group.md")
    service = start_service(settings)
    try:
        assert any("Lima" in article.title for article in service.articles())
    finally:
        service.close()
