"""Who may do what: the moderator check (enforced by the bot itself) and the per-member question cooldown."""

from __future__ import annotations

import time
from collections import defaultdict, deque
from collections.abc import Callable

import discord
from discord import app_commands
from discord.ext import commands


class NotModerator(commands.CheckFailure, app_commands.CheckFailure):
    """A member without Manage Server or a moderator role tried to change the articles."""


class OnCooldown(commands.CheckFailure, app_commands.CheckFailure):
    """A member asked too many questions too quickly."""

    def __init__(self, retry_after: float) -> None:
        super().__init__(f"on cooldown for {retry_after:.0f}s")
        self.retry_after = retry_after


def is_moderator(user: discord.abc.User, moderator_roles: frozenset[int]) -> bool:
    """True for a server member with the Manage Server permission or one of the moderator roles."""
    if not isinstance(user, discord.Member):
        return False
    if user.guild_permissions.manage_guild or user.guild_permissions.administrator:
        return True
    return any(role.id in moderator_roles for role in user.roles)


def require_moderator(user: discord.abc.User, moderator_roles: frozenset[int]) -> None:
    """Raise NotModerator unless `user` may change the articles."""
    if not is_moderator(user, moderator_roles):
        raise NotModerator("only moderators can change the articles")


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
