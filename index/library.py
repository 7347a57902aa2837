"""The front door to the engine: one object per index that answers, lists, draws the timeline and changes it.

It opens the index (or catches it up with the corpus folder) and owns the single live state: the engine
answers from it, and a change swaps it for the new one. The bot, the command line and the benchmarks all go
through it; models are loaded only when a question or a change needs them.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path

from index.articles import ArticleInfo
from index.backends import open_generations
from index.background import background_hash, embed_background
from index.builder import channel_info
from index.corpus import not_indexed
from index.embedding import Embedder
from index.errors import CorpusError, IndexDamagedError, IndexMissingError
from index.journal import recover_if_idle
from index.maintenance import Maintainer
from index.reader.reader import PassageReader
from index.results import Answer, ChangeReport, TimelineEvent
from index.search import Engine
from index.state import Catalog, IndexState
from index.timeline.build import timeline_events
from index.timings import Timings
from index.watch import IndexWatch

log = logging.getLogger(__name__)

Embedders = Mapping[str, Embedder]
Progress = Callable[[int], None]


class Library:
    """The articles of one corpus folder and their index: questions, listings, the timeline and changes."""

    def __init__(
        self,
        corpus_dir: Path | None,
        index_dir: Path,
        embedders: Embedders | Callable[[], Embedders],
        reader: PassageReader | Callable[[], PassageReader] | None = None,
        backend: str = "files",
        database_url: str = "",
        database_read_url: str = "",
    ) -> None:
        """`embedders` and `reader` may be functions that load them, called the first time a model is needed;
        without a reader every passage found counts as answering; without a corpus folder the library only
        answers. `backend` keeps the index in files under `index_dir` or (postgres) in `database_url`, its
        generations loaded from `database_read_url` (a read replica) if given."""
        self.corpus_dir, self.index_dir = corpus_dir, index_dir
        self.folder = open_generations(index_dir, backend, database_url, database_read_url)
        self._embedders = embedders
        self._reader = reader
        self._engine: Engine | None = None
        self._maintainer: Maintainer | None = None
        self._catalog: tuple[str, Catalog] | None = None
        self._opening = threading.Lock()
        self._reloading = threading.Lock()
        self._changes_running = 0  # changes made through this library now (a reload would only repeat them)
        self._counting = threading.Lock()
        self._follows_index = True  # False for a state built in memory: nothing to pick up from the folder

    @classmethod
    def start(
        cls,
        corpus_dir: Path,
        index_dir: Path,
        embedders: Embedders,
        who: str,
        reader: PassageReader | None = None,
        **backend: str,
    ) -> Library:
        """A library ready to answer: the index opened, first built or caught up from the corpus folder (the
        source of truth) when it is missing, unusable (damaged, other models, older rules) or behind it.
        `backend`: where the index is kept, as for the constructor."""
        library = cls(corpus_dir, index_dir, embedders, reader, **backend)
        library.recover()  # a change cut short by a crash is finished or undone before anything is read
        try:
            library.engine  # noqa: B018 (loads the live index once; the maintainer shares it)
        except IndexMissingError:
            log.info("no index in %s yet: building it from %s", index_dir, corpus_dir)
        except IndexDamagedError as exc:
            log.warning("%s; rebuilding the index from %s", exc, corpus_dir)
        try:
            report = library.maintainer.catch_up(who=who)
        except CorpusError:
            if library._engine is None:
                raise
            # Logged and recorded in the history (moderators see it in /history); the last good index serves on.
            log.warning("answering from the last good index, generation %s", library._engine.generation)
            report = None
        if report is not None:
            library._serve(report.generation, always=True)
        return library

    @classmethod
    def serving(
        cls, state: IndexState, embedders: Embedders, index_dir: Path | None = None, reader: PassageReader | None = None
    ) -> Library:
        """A library answering from a state built in memory (the benchmarks' synthetic indexes)."""
        library = cls(None, index_dir or Path(".cronista/index"), embedders, reader)
        library._engine = Engine(state, embedders, reader=reader)
        library._follows_index = False
        return library

    @property
    def embedders(self) -> Embedders:
        """The embedding models (loaded now if they were given as a function)."""
        if callable(self._embedders):
            self._embedders = self._embedders()
        return self._embedders

    @property
    def reader(self) -> PassageReader | None:
        """The reader that tells answers from mentions (loaded now if it was given as a function)."""
        if self._reader is not None and not hasattr(self._reader, "score"):
            self._reader = self._reader()
        return self._reader

    @property
    def engine(self) -> Engine:
        """The engine over the live index, opened on first use (IndexMissingError before any model loads)."""
        with self._opening:  # questions arriving together open it once
            if self._engine is None:
                name = self.folder.live_name()
                self._engine = Engine(self._load(name), self.embedders, self.index_dir, name, self.reader)
                if self._maintainer is not None:
                    self._maintainer.adopt(self._engine.generation, self._engine.state)
        return self._engine

    @property
    def maintainer(self) -> Maintainer:
        """What changes the corpus and the index, sharing the engine's live state."""
        if self._maintainer is None:
            if self.corpus_dir is None:
                raise RuntimeError("this library answers from an index in memory and cannot change articles")
            self._maintainer = Maintainer(self.corpus_dir, self.index_dir, self.embedders, self.folder)
            if self._engine is not None:
                self._maintainer.adopt(self._engine.generation, self._engine.state)
        return self._maintainer

    def recover(self) -> str | None:
        """Finish or undo a change cut short by a crash (unless a change is running now); what was done, or None.
        Needs no model: the commands that only read run it too."""
        if self.corpus_dir is None:
            return None
        return recover_if_idle(self.folder, self.corpus_dir)

    def ask(self, question: str, k: int = 3, timings: Timings | None = None) -> Answer:
        """The `k` best quotes for `question`, or an abstention with its reason."""
        if timings is None:
            return self.engine.ask(question, k)
        return self.engine.ask(question, k, timings)

    def live_state(self) -> IndexState:
        """The live generation's passages and articles, read without loading any model: for tools that only judge
        passages (`recheck`); its vectors are not checked against the embedders, nor its background questions."""
        return self.folder.load(self.folder.live_name(), None)

    def _view(self) -> IndexState | Catalog:
        """The live state when loaded; otherwise the catalog of the live generation (no vectors, no model)."""
        if self._engine is not None:
            return self._engine.state
        name = self.folder.live_name()
        if self._catalog is None or self._catalog[0] != name:
            self._catalog = (name, self.folder.catalog(name))
        return self._catalog[1]

    def articles(self) -> list[ArticleInfo]:
        """The indexed articles, newest first."""
        return self._view().newest_articles

    def corpus_notes(self) -> list[tuple[str, str]]:
        """Where the corpus folder and the live index disagree: (file or article id, why) for each difference."""
        if self.corpus_dir is None or not self.corpus_dir.is_dir():
            return []
        return not_indexed(self.corpus_dir, self._view().articles)

    def passage_count(self) -> int:
        """Number of passages in the live index."""
        return self._view().passage_count

    def timeline(
        self, topic: str = "", date_from: str = "", date_to: str = "", main: bool = False
    ) -> tuple[list[TimelineEvent], str]:
        """The cited timeline events for a topic and date range (see index.timeline), and how the topic was read."""
        return timeline_events(self._view(), topic, date_from, date_to, main)

    def topics(self, prefix: str) -> list[str]:
        """People and places for a topic's autocomplete, the most mentioned first."""
        return self._view().entities.suggestions(prefix)

    def history(self) -> list[dict]:
        """Every recorded change, oldest first."""
        return self.folder.history()

    @contextlib.contextmanager
    def _changing(self) -> Iterator[None]:
        with self._counting:
            self._changes_running += 1
        try:
            yield
        finally:
            with self._counting:
                self._changes_running -= 1

    def build(self, who: str, progress: Progress | None = None) -> ChangeReport:
        """Bring the index in line with the corpus folder."""
        with self._changing():
            return self._changed(self.maintainer.build(who=who, progress=progress))

    def add(
        self,
        files: Sequence[tuple],
        who: str,
        defaults: dict[str, str] | None = None,
        progress: Progress | None = None,
        refused: Sequence[tuple[str, str]] = (),
    ) -> ChangeReport:
        """Add or update articles from files (see Maintainer.add); answers switch when the change is complete."""
        with self._changing():
            report = self.maintainer.add(files, who=who, defaults=defaults, progress=progress, refused=refused)
            return self._changed(report)

    def remove(self, article_ids: Sequence[str], who: str) -> ChangeReport:
        """Remove articles from the index and the corpus folder."""
        with self._changing():
            return self._changed(self.maintainer.remove(article_ids, who=who))

    def rollback(self, who: str, target: int | str = 1) -> str:
        """Make an earlier generation live again: `target` steps back, or names a kept generation; returns its
        name."""
        with self._changing():
            generation = self.maintainer.rollback(who=who, target=target)
            self._serve(generation)
            return generation

    def refresh(self) -> bool:
        """Pick up an index changed by another process (the command line, another bot); True if it did.

        Questions keep being answered from the old state while the new one loads (reading only what the change
        added, where the backend can); the swap is atomic."""
        if self._engine is None or not self._follows_index:
            return False
        with self._reloading:
            if self._changes_running:
                return False  # a change made here swaps its new state in itself
            serving = self._engine.generation
            name = self.folder.live_name()
            if name == serving:
                return False
            state = self._load(name, base=(serving, self._engine.state))
            if not self._engine.use(state, name, replacing=serving):
                return False  # a newer state was swapped in meanwhile
            if self._maintainer is not None:
                self._maintainer.adopt(name, state)
        log.info("now answering from index generation %s (changed by another process)", name)
        return True

    def _changed(self, report: ChangeReport) -> ChangeReport:
        if report.generation:
            self._serve(report.generation)
        return report

    def _serve(self, generation: str, always: bool = False) -> None:
        """Answer from the maintainer's live state from now on (opening the engine only if it is open or `always`)."""
        state = self.maintainer.current_state()
        if state is None:
            return
        if self._engine is not None:
            self._engine.use(state, generation)
        elif always:
            self._engine = Engine(state, self.embedders, self.index_dir, generation, self.reader)

    def _load(self, name: str, base: tuple[str, IndexState] | None = None) -> IndexState:
        """Generation `name` (`base`: one in memory it may share most of its data with), its background questions
        embedded again if they changed."""
        state = self.folder.load(name, channel_info(self.embedders), base)
        if state.background_sha256 != background_hash():
            state.background, state.background_sha256 = embed_background(self.embedders), background_hash()
        return state

    def watch(self, every_seconds: float = 1.0) -> IndexWatch:
        """Check for a newer live generation in the background: every `every_seconds`, and at once when the
        database tells of a change (postgres); `stop()` the returned watch. Questions are never blocked: the new
        state loads beside the old one and is swapped in whole."""
        return IndexWatch(self.folder, self.refresh, every_seconds)
