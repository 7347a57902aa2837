"""The engine as the bot uses it: every model or index call runs in a worker thread, never on the event loop."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from index.articles import ArticleInfo
from index.errors import ChangeInProgressError
from index.maintenance import Maintainer
from index.results import Answer, ChangeReport
from index.search import Engine
from index.timeline.build import timeline_events

log = logging.getLogger(__name__)
T = TypeVar("T")


class AnswerService:
    """Questions, sources, timelines and moderators' changes, awaited from Discord handlers."""

    def __init__(self, engine: Engine, maintainer: Maintainer | None = None, workers: int = 4) -> None:
        self.engine = engine
        self.maintainer = maintainer
        if maintainer is not None:
            maintainer.adopt(engine.generation, engine.state)  # one copy of the index in memory, not two
        self._executor = ThreadPoolExecutor(workers, thread_name_prefix="cronista")
        self._change = asyncio.Lock()

    async def _run(self, function: Callable[..., T], *args) -> T:
        return await asyncio.get_running_loop().run_in_executor(self._executor, function, *args)

    async def ask(self, question: str, k: int) -> Answer:
        """The engine's answer, computed off the event loop."""
        return await self._run(self.engine.ask, question, k)

    def articles(self) -> list[ArticleInfo]:
        """The indexed articles, newest first (in memory: no need for a thread)."""
        return self.engine.list_articles()

    def passage_count(self) -> int:
        """Number of passages in the live index."""
        return self.engine.state.passage_count

    async def timeline(self, topic: str, date_from: str, date_to: str) -> tuple[list[dict], str]:
        """Timeline entries with their citations, and how the topic was read."""
        return await self._run(timeline_events, self.engine.state, topic, date_from, date_to)

    def topic_suggestions(self, prefix: str) -> list[str]:
        """People and places for the timeline's topic autocomplete."""
        return self.engine.state.entities.suggestions(prefix)

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
            lambda m: m.add(files, who=who, defaults=defaults, progress=progress, refused=refused)
        )

    async def remove(self, article_ids: Sequence[str], who: str) -> ChangeReport:
        """Remove articles from the index and the corpus."""
        return await self._change_index(lambda m: m.remove(article_ids, who=who))

    async def history(self, last: int = 10) -> list[dict]:
        """The most recent recorded changes, newest first."""
        maintainer = self._require_maintainer()
        entries = await self._run(maintainer.folder.history)
        return list(reversed(entries[-last:]))

    async def refresh(self) -> bool:
        """Pick up an index changed by another process (the command line); True if it did."""
        changed = await self._run(self.engine.reload_if_changed)
        if changed and self.maintainer is not None:
            self.maintainer.adopt(self.engine.generation, self.engine.state)
        return changed

    async def _change_index(self, change: Callable[[Maintainer], ChangeReport]) -> ChangeReport:
        maintainer = self._require_maintainer()
        if self._change.locked():
            raise ChangeInProgressError("another change to the articles is in progress; try again when it finishes")
        async with self._change:
            report = await self._run(change, maintainer)
        state = maintainer.current_state()
        if state is not None and report.generation:
            self.engine.use(state, report.generation)
        return report

    def _require_maintainer(self) -> Maintainer:
        if self.maintainer is None:
            raise RuntimeError("this bot was started without access to the corpus folder")
        return self.maintainer

    def close(self) -> None:
        """Stop the worker threads."""
        self._executor.shutdown(wait=False, cancel_futures=True)
