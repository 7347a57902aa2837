"""Who may do what: moderators (checked by the bot itself, in the operator's servers only) and the cooldown."""

from __future__ import annotations

import time
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass

import discord
from discord import app_commands
from discord.ext import commands


class NotModerator(commands.CheckFailure, app_commands.CheckFailure):
    """A member who may not change the articles here tried to; the message says why, for that member."""


class OnCooldown(commands.CheckFailure, app_commands.CheckFailure):
    """A member asked too many questions too quickly."""

    def __init__(self, retry_after: float) -> None:
        super().__init__(f"on cooldown for {retry_after:.0f}s")
        self.retry_after = retry_after


@dataclass(frozen=True)
class ModerationPolicy:
    """The operator's choice of who changes the shared articles: the servers where moderation commands work,
    and the roles or users allowed there (with neither listed, members with Manage Server in those servers)."""

    guilds: frozenset[int] = frozenset()
    roles: frozenset[int] = frozenset()
    users: frozenset[int] = frozenset()


OTHER_SERVER = (
    "Only moderators can change the articles, and only in the server the bot's operator chose for it: "
    "every server this bot is in is quoted from the same articles."
)
NOT_LISTED = "Only moderators can change the articles: a role or member the bot's operator listed."


def refusal(user: discord.abc.User, guild_id: int | None, policy: ModerationPolicy) -> str | None:
    """Why `user` may not change the articles from server `guild_id`, or None when they may."""
    if guild_id is None or guild_id not in policy.guilds:
        return OTHER_SERVER
    if user.id in policy.users:
        return None
    if not isinstance(user, discord.Member):
        return NOT_LISTED
    if any(role.id in policy.roles for role in user.roles):
        return None
    unlisted = not policy.roles and not policy.users
    if unlisted and (user.guild_permissions.manage_guild or user.guild_permissions.administrator):
        return None
    return NOT_LISTED


def require_moderator(user: discord.abc.User, guild_id: int | None, policy: ModerationPolicy) -> None:
    """Raise NotModerator unless `user` may change the articles from server `guild_id`."""
    reason = refusal(user, guild_id, policy)
    if reason is not None:
        raise NotModerator(reason)


class Cooldown:
    """At most `rate` questions per member in any `per` seconds, shared by !ask and /ask."""

    def __init__(self, rate: int, per: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.rate, self.per, self.clock = rate, per, clock
        self._asked: dict[int, deque[float]] = defaultdict(deque)

    def hit(self, user_id: int) -> None:
        """Count one question from `user_id`, or raise OnCooldown with the seconds to wait."""
        now = self.clock()
        asked = self._asked[user_id]
        while asked and now - asked[0] >= self.per:
            asked.popleft()
        if len(asked) >= self.rate:
            raise OnCooldown(self.per - (now - asked[0]))
        asked.append(now)
