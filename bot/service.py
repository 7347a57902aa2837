"""The engine as the bot uses it: every model or index call runs in a worker thread, never on the event loop."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from index.articles import ArticleInfo
from index.errors import ChangeInProgressError
from index.library import Library
from index.maintenance import Maintainer
from index.results import Answer, ChangeReport, TimelineEvent
from index.search import Engine
from index.watch import IndexWatch

log = logging.getLogger(__name__)
T = TypeVar("T")


class AnswerService:
    """The library behind a thread pool and a change lock, awaited from Discord handlers."""

    def __init__(self, library: Library, workers: int = 4) -> None:
        self.library = library
        self._executor = ThreadPoolExecutor(workers, thread_name_prefix="cronista")
        self._change = asyncio.Lock()
        self._notes: tuple[tuple, list[tuple[str, str]]] | None = None

    @property
    def engine(self) -> Engine:
        """The library's engine (the live index it answers from)."""
        return self.library.engine

    @property
    def maintainer(self) -> Maintainer:
        """The library's maintainer (what changes the corpus and the index)."""
        return self.library.maintainer

    async def _run(self, function: Callable[..., T], *args) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._executor, function, *args)

    async def ask(self, question: str, k: int) -> Answer:
        """The engine's answer, computed off the event loop."""
        return await self._run(self.library.ask, question, k)

    def articles(self) -> list[ArticleInfo]:
        """The indexed articles, newest first (in memory: no need for a thread)."""
        return self.library.articles()

    async def corpus_notes(self) -> list[tuple[str, str]]:
        """Corpus files whose article is not (as written) in the live index, with why; read again only when the
        live generation or the corpus folder changed."""
        corpus_dir = self.library.corpus_dir
        if corpus_dir is None or not corpus_dir.is_dir():
            return []
        key = (self.engine.generation, corpus_dir.stat().st_mtime_ns)
        if self._notes is None or self._notes[0] != key:
            self._notes = (key, await self._run(self.library.corpus_notes))
        return self._notes[1]

    def passage_count(self) -> int:
        """Number of passages in the live index."""
        return self.library.passage_count()

    async def timeline(self, topic: str, date_from: str, date_to: str) -> tuple[list[TimelineEvent], str]:
        """Timeline entries with their citations, and how the topic was read."""
        return await self._run(self.library.timeline, topic, date_from, date_to)

    def topic_suggestions(self, prefix: str) -> list[str]:
        """People and places for the timeline's topic autocomplete."""
        return self.library.topics(prefix)

    def article_choices(self, prefix: str, limit: int = 25) -> list[tuple[str, str]]:
        """(title, id) of articles whose title or id contains `prefix`, for autocomplete."""
        key = prefix.casefold().strip()
        found = [(a.title, a.id) for a in self.articles() if key in a.title.casefold() or key in a.id]
        return found[:limit]

    async def add(
        self,
        files: Sequence[tuple[str, bytes]],
        who: str,
        defaults: dict[str, str] | None = None,
        progress: Callable[[int], None] | None = None,
        refused: Sequence[tuple[str, str]] = (),
    ) -> ChangeReport:
        """Add or update articles; answers switch to the new index when it is complete."""
        return await self._change_index(
            lambda: self.library.add(files, who=who, defaults=defaults, progress=progress, refused=refused)
        )

    async def remove(self, article_ids: Sequence[str], who: str) -> ChangeReport:
        """Remove articles from the index and the corpus."""
        return await self._change_index(lambda: self.library.remove(article_ids, who=who))

    async def history(self, last: int = 10) -> list[dict]:
        """The most recent recorded changes, newest first."""
        entries = await self._run(self.library.history)
        return list(reversed(entries[-last:]))

    def watch(self, every_seconds: float) -> IndexWatch:
        """Follow changes made by other processes (the command line, other bots) from a background thread: every
        `every_seconds`, and at once when the database tells of one; `stop()` it."""
        return self.library.watch(every_seconds)

    async def _change_index(self, change: Callable[[], ChangeReport]) -> ChangeReport:
        if self._change.locked():
            raise ChangeInProgressError("another change to the articles is in progress; try again when it finishes")
        async with self._change:
            return await self._run(change)

    def close(self) -> None:
        """Stop the worker threads."""
        self._executor.shutdown(wait=False, cancel_futures=True)
