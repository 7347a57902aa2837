"""Slash replies: answer at once when the work is done within a budget; defer ("thinking…") and follow up if not."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable
from typing import Any, TypeVar

import discord

from bot.best_effort import best_effort

log = logging.getLogger(__name__)
NO_PINGS = discord.AllowedMentions.none()
T = TypeVar("T")


class Responder:
    """One slash command's reply.

    Discord allows 3 seconds for the first response. A defer costs an extra round trip and makes the answer depend
    on the follow-up webhook, so it is only sent when the work is still running after `budget` seconds.
    """

    def __init__(self, interaction: discord.Interaction, budget: float, *, ephemeral: bool = False) -> None:
        self.interaction = interaction
        self.budget = budget
        self.ephemeral = ephemeral
        self.deferred = False
        self.status_shown = False

    @property
    def where(self) -> str:
        """How logs name this interaction."""
        return f"interaction {self.interaction.id}"

    async def when_ready(self, work: Awaitable[T]) -> T:
        """The result of `work`, deferring first when it takes longer than the budget."""
        task = asyncio.ensure_future(work)
        try:
            done, _ = await asyncio.wait({task}, timeout=self.budget)
            if not done:
                await self.interaction.response.defer(thinking=True, ephemeral=self.ephemeral)
                self.deferred = True
        except BaseException:
            # The defer failed (or we were cancelled): the work still finishes, since a change to the articles
            # must not stop half-way, and its outcome is logged rather than left for asyncio to complain about.
            task.add_done_callback(self._log_orphan)
            raise
        return await task

    def _log_orphan(self, task: asyncio.Future) -> None:
        if not task.cancelled() and task.exception() is not None:
            log.warning("work for %s failed after its reply failed: %r", self.where, task.exception())

    async def send(self, **kwargs: Any) -> discord.Message | None:
        """Send the reply: the first response, or after a defer the follow-up (or the edited status message)."""
        kwargs = {key: value for key, value in kwargs.items() if value is not None}
        kwargs.setdefault("allowed_mentions", NO_PINGS)
        if self.status_shown:  # the deferred reply already shows progress: put the result in its place
            return await self.interaction.edit_original_response(content=None, **kwargs)
        if self.deferred:
            return await self.interaction.followup.send(ephemeral=self.ephemeral, wait=True, **kwargs)
        callback = await self.interaction.response.send_message(ephemeral=self.ephemeral, **kwargs)
        message = getattr(callback, "resource", None)
        return message if isinstance(message, discord.InteractionMessage) else None

    async def status(self, text: str) -> None:
        """Show progress in the deferred reply (best effort; nothing to show before the defer)."""
        if not self.deferred:
            return
        self.status_shown = True
        await best_effort(
            lambda: self.interaction.edit_original_response(content=text, allowed_mentions=NO_PINGS),
            "show progress",
            self.where,
        )
