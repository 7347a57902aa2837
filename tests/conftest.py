"""Shared fixtures: a small deterministic fake embedder, and the real models loaded once per session."""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from index.text import lexical_terms

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"
SAMPLES = REPO / "tests" / "data" / "samples"
MODERATION_GUILD = 42  # the server id discord_fakes.make_interaction uses


class FakeEmbedder:
    """Bag of stemmed words hashed into 64 dimensions: similar wording gives similar vectors, instantly."""

    dim = 64

    def __init__(self, name: str = "fake-hash-embedder") -> None:
        self.name = name
        self.calls = 0
        self.embedded = 0

    def _vector(self, text: str) -> np.ndarray:
        vector = np.zeros(self.dim, dtype=np.float32)
        for term in lexical_terms(text) or ["empty"]:
            digest = hashlib.blake2b(term.encode(), digest_size=8).digest()
            vector[int.from_bytes(digest[:4], "little") % self.dim] += 1.0 if digest[4] % 2 else -1.0
        norm = np.linalg.norm(vector)
        return vector / norm if norm else vector

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        self.calls += 1
        self.embedded += len(texts)
        return np.vstack([self._vector(t) for t in texts]) if texts else np.zeros((0, self.dim), np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        return self._vector(text)


@pytest.fixture
def fake_embedders() -> dict[str, FakeEmbedder]:
    """Two fake channels under the real channel names."""
    return {"minilm": FakeEmbedder("fake-minilm"), "e5": FakeEmbedder("fake-e5")}


@pytest.fixture
def one_story_state(tmp_path, fake_embedders):
    """Builds an index of one article (title, outlet and body) with the fake embedders and gives its state."""

    def build(title: str, source: str, body: str):
        from index.library import Library

        corpus = tmp_path / "corpus"
        corpus.mkdir()
        front = f"---\ntitle: {title}\nsource: {source}\npublished: 2019-05-01\n---\n"
        (corpus / "story.md").write_text(f"{front}{body}\n")
        library = Library(corpus, tmp_path / "index", fake_embedders)
        library.build(who="test")
        return library.engine.state

    return build


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    """A private copy of the bundled corpus that a test may change."""
    target = tmp_path / "corpus"
    shutil.copytree(CORPUS, target)
    return target


@pytest.fixture(scope="session")
def real_embedders():
    """The real all-MiniLM-L6-v2 and E5 models, loaded once for the whole test session."""
    from index.embedding import load_default_embedders

    return load_default_embedders()


@pytest.fixture(scope="session")
def real_index_dir(tmp_path_factory, real_embedders) -> Path:
    """An index of the bundled corpus built once with the real models."""
    from index.maintenance import Maintainer

    root = tmp_path_factory.mktemp("real")
    corpus = root / "corpus"
    shutil.copytree(CORPUS, corpus)
    index_dir = root / "index"
    Maintainer(corpus, index_dir, real_embedders).build()
    return index_dir


@pytest.fixture(scope="session")
def real_reader():
    """The packaged reader (the trained passage-answers-question model), loaded once."""
    from index.reader.reader import load_default_reader

    return load_default_reader()


@pytest.fixture(scope="session")
def real_engine(real_index_dir, real_embedders, real_reader):
    """The answer engine over the real index, with the reader."""
    from index.search import Engine

    return Engine.open(real_index_dir, real_embedders, real_reader)


@pytest.fixture
def bot_settings(tmp_path):
    """Bot settings for tests: no token, nothing read from a developer's .env."""
    from bot.settings import BotSettings

    return BotSettings(
        _env_file=None,
        discord_token=None,
        corpus_dir=tmp_path / "corpus",
        index_dir=tmp_path / "index",
        moderation_guild_ids=str(MODERATION_GUILD),
    )


@pytest.fixture
def service(corpus_dir, tmp_path, fake_embedders):
    """The answer service over the bundled corpus, indexed with the fake embedders."""
    from bot.service import AnswerService
    from index.library import Library

    library = Library(corpus_dir, tmp_path / "index", fake_embedders)
    library.build(who="test")
    answer_service = AnswerService(library)
    yield answer_service
    answer_service.close()


@pytest.fixture
def backend_service(corpus_dir, tmp_path, fake_embedders, backend):
    """The answer service on each index backend (files, then a fresh PostgreSQL database)."""
    from bot.service import AnswerService
    from index.library import Library

    library = Library(corpus_dir, tmp_path / "index", fake_embedders, **backend)
    library.build(who="test")
    answer_service = AnswerService(library)
    yield answer_service
    answer_service.close()


REAL_MODEL_FIXTURES = {"real_embedders", "real_index_dir", "real_engine", "development_scores"}
DEVELOPMENT_SCORING = pytest.StashKey()


def pytest_collection_modifyitems(items) -> None:
    """Mark the tests that load the real models, so `make mutate` can run only the fast ones; run the tests of the
    development sets' scores last, so that their scoring in the background has the whole suite's time."""
    for item in items:
        if REAL_MODEL_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.real_models)
    items.sort(key=_uses_development_scores)


def _uses_development_scores(item) -> bool:
    return "development_scores" in getattr(item, "fixturenames", ())


def pytest_collection_finish(session) -> None:
    """Start scoring the development sets in a child process when tests using the scores will run, so the rest of
    the suite runs beside it (tests/background_scoring.py)."""
    if not session.config.option.collectonly and any(_uses_development_scores(item) for item in session.items):
        from background_scoring import BackgroundScoring
        from quality_scores import IN_THE_SUITE

        session.config.stash[DEVELOPMENT_SCORING] = BackgroundScoring(IN_THE_SUITE)


def pytest_unconfigure(config) -> None:
    """Stop the development sets' scoring if it still runs (a failed or interrupted session)."""
    scoring = config.stash.get(DEVELOPMENT_SCORING, None)
    if scoring is not None:
        scoring.stop()


@pytest.fixture(scope="session")
def pg_server():
    """A PostgreSQL server with pgvector for the whole session (started on first use, stopped at the end)."""
    from pg import PgTestServer

    server = PgTestServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def database_url(pg_server) -> str:
    """A new empty database on the session's server (the test fails, not skips, if the server is missing)."""
    return pg_server.new_database()


BACKENDS = ("files", "postgres")


def backend_options(request, name: str) -> dict:
    """Library keyword arguments for index backend `name`: the files, or a new database on the session's
    PostgreSQL server (for fixtures of any scope)."""
    if name == "files":
        return {"backend": "files"}
    return {"backend": "postgres", "database_url": request.getfixturevalue("pg_server").new_database()}


@pytest.fixture(params=BACKENDS)
def backend(request) -> dict:
    """Library keyword arguments for each index backend: the files (default) and a fresh PostgreSQL database."""
    return backend_options(request, request.param)


def place_real_index(real_index_dir: Path, real_engine, index_dir: Path, options: dict) -> None:
    """Put the real index where `options` keep an index: a copy of its folder, or written to the database."""
    from index.backends import open_generations

    if options["backend"] == "files":
        shutil.copytree(real_index_dir, index_dir)
    else:
        open_generations(index_dir, **options).write(real_engine.state, real_engine.generation)


@pytest.fixture(scope="session")
def real_engine_in_postgres(request, tmp_path_factory, real_index_dir, real_engine, real_embedders, real_reader):
    """The real index written to PostgreSQL and read back by a library, as a process on that backend does."""
    from index.library import Library

    options, index_dir = backend_options(request, "postgres"), tmp_path_factory.mktemp("real-pg") / "index"
    place_real_index(real_index_dir, real_engine, index_dir, options)
    return Library(None, index_dir, real_embedders, real_reader, **options).engine


@pytest.fixture(params=BACKENDS)
def real_engine_on_each_backend(request, real_engine):
    """The answer engine over the real index with the reader, read from files and from PostgreSQL."""
    return real_engine if request.param == "files" else request.getfixturevalue("real_engine_in_postgres")
