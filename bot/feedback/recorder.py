"""The question log as the bot uses it: writes in one worker thread, and a failing database never stops an answer."""

from __future__ import annotations

import asyncio
import logging
import secrets
import sqlite3
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

from index.questionlog import LoggedQuestion, QuestionLog, quoted_spans, verdict_of
from index.results import Answer

log = logging.getLogger(__name__)
T = TypeVar("T")
PRUNE_EVERY_SECONDS = 3600.0
STORAGE_ERRORS = (sqlite3.Error, OSError)


class LogUnavailable(Exception):
    """The question log could not be read or written (locked, full disk, unreadable); already logged."""


class QuestionRecorder:
    """Runs every QuestionLog call in one worker thread (so SQLite writes are serialised and off the event loop).

    A storage failure is logged once, when it starts, and again only after the log has worked in between.
    """

    def __init__(self, question_log: QuestionLog) -> None:
        self.log = question_log
        self._executor = ThreadPoolExecutor(1, thread_name_prefix="cronista-questionlog")
        self._failing = False
        self._pruned_at = float("-inf")
        self._closed = False

    def _guarded(self, function: Callable[..., T], *args) -> T:
        """Run in the worker thread: call `function`, turning a storage failure into one log line and LogUnavailable."""
        try:
            result = function(*args)
        except STORAGE_ERRORS as exc:
            if not self._failing:
                log.error("the question log at %s is unavailable (%s); answers go on without it", self.log.path, exc)
                self._failing = True
            raise LogUnavailable(str(exc)) from exc
        if self._failing:
            log.info("the question log at %s works again", self.log.path)
            self._failing = False
        return result

    def _submit(self, function: Callable[..., T], *args) -> Future:
        if self._closed:  # the bot is shutting down: nothing more is written
            failed: Future = Future()
            failed.set_exception(LogUnavailable("the question log is closed"))
            return failed
        return self._executor.submit(self._guarded, function, *args)

    def record(self, server_id: int | None, member_id: int, question: str, answer: Answer) -> int:
        """Queue the logging of one answered question and return its id at once (the buttons carry it)."""
        question_id = secrets.randbits(52) + 1
        args = (question_id, server_id, member_id, question, verdict_of(answer), quoted_spans(answer))
        self._submit(self.log.record, *args).add_done_callback(_ignore_unavailable)
        if time.monotonic() - self._pruned_at >= PRUNE_EVERY_SECONDS:
            self._pruned_at = time.monotonic()
            self._submit(self.log.prune).add_done_callback(_ignore_unavailable)
        return question_id

    async def run(self, function: Callable[..., T], *args) -> T:
        """Run `function(*args)` in the log's thread and await it; a storage failure raises LogUnavailable."""
        return await asyncio.wrap_future(self._submit(function, *args))

    async def vote(self, question_id: int, member_id: int, vote: int, reason: str = "", note: str = "") -> bool:
        """Store or change a vote; False when the answer is no longer in the log. Raises LogUnavailable."""
        return await self.run(self.log.vote, question_id, member_id, vote, reason, note)

    async def forget(self, member_id: int) -> tuple[int, int]:
        """Delete a member's questions and votes: (questions, votes). Raises LogUnavailable."""
        return await self.run(self.log.forget, member_id)

    async def flagged(self, server_id: int | None) -> list[LoggedQuestion]:
        """Declined, related-only and voted-down questions of a server. Raises LogUnavailable."""
        return await self.run(self.log.questions, server_id, True)

    async def settle(self) -> None:
        """Wait until every queued write is done (tests, shutdown)."""
        if not self._closed:
            await asyncio.wrap_future(self._executor.submit(lambda: None))

    def close(self) -> None:
        """Stop the worker thread once the queued writes are done (await `settle` first not to wait here)."""
        self._closed = True
        self._executor.shutdown(wait=True)


def _ignore_unavailable(future: Future) -> None:
    """A queued write that failed was already logged by `_guarded`; anything else is a bug worth a traceback."""
    error = future.exception()
    if error is not None and not isinstance(error, LogUnavailable):
        log.error("could not log a question", exc_info=error)
