"""One place that turns any error into a short message for the channel, and logs what was unexpected."""

from __future__ import annotations

import datetime as dt
import logging

import discord
from discord import app_commands
from discord.ext import commands

from bot.best_effort import best_effort
from bot.checks import NotModerator, OnCooldown
from index.errors import (
    ArticleError,
    ChangeInProgressError,
    CorpusError,
    CronistaError,
    IndexDamagedError,
    IndexMissingError,
    QuestionError,
)

log = logging.getLogger(__name__)
NO_PINGS = discord.AllowedMentions.none()
APOLOGY = "Sorry, something went wrong on my side. It has been logged; please try again later."


def user_message(error: BaseException, prefix: str = "!") -> str | None:
    """The message a member sees for `error`, or None when it is unexpected (then log it and apologise)."""
    error = _unwrap(error)
    if isinstance(error, QuestionError):
        return f"{str(error).capitalize()}. Ask something like `{prefix}ask who leads SEBIN`."
    if isinstance(error, commands.MissingRequiredArgument):
        return f"Something is missing after the command: `{error.param.name}`. `{prefix}help` shows how to use it."
    if isinstance(error, commands.CommandNotFound):
        return f"I don't know that command. `{prefix}help` lists what I can do."
    if isinstance(error, OnCooldown):
        when = discord.utils.utcnow() + dt.timedelta(seconds=max(error.retry_after, 1))
        return f"You're asking quickly. You can ask again {discord.utils.format_dt(when, 'R')}."
    if isinstance(error, NotModerator):
        return str(error)
    if isinstance(error, ChangeInProgressError):
        return "Another change to the articles is in progress. Try again when it has finished."
    if isinstance(error, (IndexMissingError, IndexDamagedError)):
        return "The article index isn't available right now. A moderator should rebuild it."
    if isinstance(error, ArticleError):
        return f"That article can't be used: it {error}."
    if isinstance(error, CorpusError):
        names = ", ".join(discord.utils.escape_markdown(path.name) for path, _ in error.problems[:3])
        more = f" and {len(error.problems) - 3} more" if len(error.problems) > 3 else ""
        return (
            f"Nothing was changed: {len(error.problems)} file(s) in the corpus folder can't be read ({names}{more}). "
            "The last good articles are still answered; `/history` says why, and the operator must fix the files."
        )
    if isinstance(error, CronistaError):
        return f"{str(error)[:1].upper()}{str(error)[1:]}."
    if isinstance(error, (commands.NoPrivateMessage, app_commands.NoPrivateMessage)):
        return "That command only works in a server."
    if isinstance(error, (commands.UserInputError, app_commands.TransformerError)):
        return f"That isn't something I can read: {error}"
    if isinstance(error, (commands.CheckFailure, app_commands.CheckFailure)):
        return "You can't use that command here."
    return None


def _unwrap(error: BaseException) -> BaseException:
    while isinstance(error, (commands.CommandInvokeError, app_commands.CommandInvokeError)) and error.original:
        error = error.original
    return error


async def handle_command_error(ctx: commands.Context, error: BaseException) -> None:
    """Reply to a failed prefix command."""
    message = user_message(error, ctx.prefix or "!")
    if message is None:
        log.error("error in %s", ctx.command, exc_info=_unwrap(error))
        message = APOLOGY
    await best_effort(
        lambda: ctx.reply(message, mention_author=False, allowed_mentions=NO_PINGS),
        "reply to a failed command",
        f"message {ctx.message.id}",
    )


async def handle_interaction_error(interaction: discord.Interaction, error: BaseException) -> None:
    """Reply to a failed slash command or button: privately, unless a public "thinking…" reply is waiting."""
    message = user_message(error)
    if message is None:
        name = interaction.command.qualified_name if interaction.command else "an interaction"
        log.error("error in /%s (interaction %s)", name, interaction.id, exc_info=_unwrap(error))
        message = APOLOGY
    where = f"interaction {interaction.id}"
    await best_effort(lambda: send_privately(interaction, message), "reply to a failed command", where)


async def send_privately(interaction: discord.Interaction, message: str) -> None:
    """An ephemeral message: the first response, or a follow-up when the interaction was already answered."""
    if interaction.response.is_done():
        await interaction.followup.send(message, ephemeral=True, allowed_mentions=NO_PINGS)
    else:
        await interaction.response.send_message(message, ephemeral=True, allowed_mentions=NO_PINGS)
