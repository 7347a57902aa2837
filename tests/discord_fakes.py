"""Spec'd stand-ins for discord.py objects, so slash commands and buttons run without Discord."""

from __future__ import annotations

import itertools
from typing import Any
from unittest.mock import AsyncMock, MagicMock

import discord

_ids = itertools.count(10_000)


def make_member(*, manage_guild: bool = False, role_ids: tuple[int, ...] = (), name: str = "alice") -> MagicMock:
    """A server member; moderators have Manage Server or one of the moderator roles."""
    member = MagicMock(spec_set=discord.Member)
    member.id = next(_ids)
    member.name = member.display_name = name
    member.mention = f"<@{member.id}>"
    member.guild_permissions = discord.Permissions(manage_guild=manage_guild)
    roles = []
    for role_id in role_ids:
        role = MagicMock(spec_set=discord.Role)
        role.id = role_id
        roles.append(role)
    member.roles = roles
    return member


def make_interaction(
    user: MagicMock | None = None, client: Any = None, data: dict | None = None, guild_id: int = 42
) -> MagicMock:
    """An Interaction in server `guild_id` whose response tracks whether it was answered, like the real one."""
    interaction = MagicMock(spec_set=discord.Interaction)
    interaction.id = next(_ids)
    interaction.user = user or make_member()
    interaction.guild_id = guild_id
    interaction.permissions = interaction.user.guild_permissions
    interaction.created_at = discord.utils.utcnow()
    interaction.type = discord.InteractionType.application_command
    interaction.data = data or {}
    interaction.command_failed = False
    interaction.extras = {}
    interaction.command = None
    if client is not None:
        interaction.client = client
    response = MagicMock(spec_set=discord.InteractionResponse)
    state = {"done": False}
    callback = MagicMock(spec_set=discord.InteractionCallbackResponse)
    callback.resource = MagicMock(spec_set=discord.InteractionMessage)  # the message a first response created

    def respond(*args: Any, **kwargs: Any) -> MagicMock:
        if state["done"]:
            raise discord.InteractionResponded(interaction)
        state["done"] = True
        return callback

    response.is_done.side_effect = lambda: state["done"]
    for name in ("defer", "send_message", "edit_message"):
        getattr(response, name).side_effect = respond
        getattr(response, name).return_value = callback
    interaction.response = response
    interaction.followup = MagicMock(spec_set=discord.Webhook)
    sent = MagicMock(spec_set=discord.WebhookMessage)
    interaction.followup.send = AsyncMock(return_value=sent)
    return interaction


def make_attachment(filename: str, data: bytes) -> MagicMock:
    """An uploaded file."""
    attachment = MagicMock(spec_set=discord.Attachment)
    attachment.filename = filename
    attachment.size = len(data)
    attachment.read = AsyncMock(return_value=data)
    return attachment


def slash_data(name: str, **options: Any) -> dict:
    """The `data` Discord sends for a slash command with string options."""
    return {"type": 1, "name": name, "options": [{"name": k, "type": 3, "value": v} for k, v in options.items()]}


def refuse_command_sync(bot: Any, command_name: str, monkeypatch: Any) -> None:
    """Make syncing fail as Discord does when one command's definition is invalid (HTTP 400, code 50035)."""
    bot._connection.application_id = 1  # set by the login in real life
    problem = {"_errors": [{"code": "BASE_TYPE_BAD_LENGTH", "message": "Must be between 1 and 100 in length."}]}

    async def refuse(*args: Any, **kwargs: Any) -> None:
        position = [command.name for command in bot.tree._get_all_commands()].index(command_name)
        body = {"code": 50035, "message": "Invalid Form Body", "errors": {str(position): {"description": problem}}}
        raise discord.HTTPException(MagicMock(status=400, reason="Bad Request"), body)

    monkeypatch.setattr(bot.tree._http, "bulk_upsert_global_commands", refuse)
