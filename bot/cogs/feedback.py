"""Members' feedback and the question log: 👍/👎 under answers, `/forget-me`, and `/gaps` for moderators."""

from __future__ import annotations

import io
import json
import logging

import discord
from discord import app_commands
from discord.ext import commands

from bot.checks import NotModerator, require_moderator
from bot.feedback.buttons import VoteButton, vote_buttons
from bot.feedback.recorder import LogUnavailable, QuestionRecorder
from bot.feedback.render import gaps_pages
from bot.respond import Responder
from bot.views import pager_for
from index.gaps import Gap, eval_records, group_gaps, question_embedder
from index.questionlog import LOG_FILE, QuestionLog, load_salt
from index.results import Answer

log = logging.getLogger(__name__)
NO_PINGS = discord.AllowedMentions.none()
LOG_OFF = "The question log is turned off on this bot, so nothing about you is stored."
EXPORT_NOTE = (
    "gaps.jsonl is a question set: fill in each `kind` (and the expected `answers`, or kind `oos` for questions "
    "the articles should decline), then `python -m index eval gaps.jsonl`."
)
LOG_DOWN = "The question log can't be read right now; please try again later."


class FeedbackCog(commands.Cog, name="Feedback"):
    """The question log behind the feedback buttons; members delete their rows, moderators read the gaps."""

    def __init__(self, bot) -> None:
        self.bot = bot
        self.settings = bot.settings
        self.recorder: QuestionRecorder | None = None
        days = self.settings.question_log_days
        if days > 0:
            folder = self.settings.index_dir
            salt = self.settings.question_log_salt.get_secret_value() if self.settings.question_log_salt else ""
            self.recorder = QuestionRecorder(QuestionLog(folder / LOG_FILE, load_salt(folder, salt), days))

    async def cog_load(self) -> None:
        """Votes on answers sent before a restart land too: the buttons are rebuilt from their custom ids."""
        self.bot.add_dynamic_items(VoteButton)

    async def cog_unload(self) -> None:
        """Finish queued writes, then stop the log's thread."""
        self.bot.remove_dynamic_items(VoteButton)
        if self.recorder is not None:
            await self.recorder.settle()
            self.recorder.close()

    def buttons_for(
        self, server_id: int | None, member_id: int, question: str, answer: Answer
    ) -> list[discord.ui.Item]:
        """Log a question (without waiting for the write) and return the 👍/👎 buttons to send with its answer."""
        if self.recorder is None:
            return []
        question_id = self.recorder.record(server_id, member_id, question, answer)
        return vote_buttons(question_id, declined=answer.abstained) if self.settings.feedback_buttons else []

    async def _forget(self, member_id: int) -> str:
        if self.recorder is None:
            return LOG_OFF
        try:
            questions, votes = await self.recorder.forget(member_id)
        except LogUnavailable:
            return "The question log can't be changed right now; please try again later."
        return f"Done: deleted {questions} of your questions and {votes} of your votes from the question log."

    @app_commands.command(name="forget-me", description="Delete your questions and votes from Cronista's question log.")
    async def forget_me_slash(self, interaction: discord.Interaction) -> None:
        """/forget-me"""
        reply = Responder(interaction, self.settings.defer_after_seconds, ephemeral=True)
        await reply.send(content=await reply.when_ready(self._forget(interaction.user.id)))

    @commands.command(name="forget-me")
    async def forget_me_prefix(self, ctx: commands.Context) -> None:
        """!forget-me"""
        await ctx.reply(await self._forget(ctx.author.id), mention_author=False, allowed_mentions=NO_PINGS)

    async def _gaps(self, server_id: int | None) -> list[Gap]:
        """The gaps of one server (None: of all), grouped in the log's thread (embedding questions is model work)."""
        flagged = await self.recorder.flagged(server_id)
        library = self.bot.service.library

        def grouped() -> list[Gap]:  # in the log's thread: the first use of the models loads them
            return group_gaps(flagged, *question_embedder(library.embedders)) if flagged else []

        return await self.recorder.run(grouped)

    @app_commands.command(name="gaps", description="Moderators: questions the articles didn't answer, most asked first")
    @app_commands.describe(export="Also attach them as an eval question set (JSON lines; fill in each kind)")
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.guild_only()
    async def gaps_slash(self, interaction: discord.Interaction, export: bool = False) -> None:
        """/gaps [export:]"""
        try:
            require_moderator(interaction.user, interaction.guild_id, self.settings.moderation_policy)
        except NotModerator as refused:
            await interaction.response.send_message(str(refused), ephemeral=True, allowed_mentions=NO_PINGS)
            return
        if self.recorder is None:
            await interaction.response.send_message(LOG_OFF, ephemeral=True, allowed_mentions=NO_PINGS)
            return
        reply = Responder(interaction, self.settings.defer_after_seconds, ephemeral=True)
        try:
            gaps = await reply.when_ready(self._gaps(None))  # every server: they are all quoted from these articles
        except LogUnavailable:
            await reply.send(content=LOG_DOWN)
            return
        pages = gaps_pages(gaps, self.settings.question_log_days)
        view = pager_for(pages, interaction.user.id, self.settings.button_timeout_seconds)
        attachment = None
        if export and gaps:
            lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in eval_records(gaps))
            attachment = discord.File(io.BytesIO(lines.encode()), filename="gaps.jsonl")
        content = EXPORT_NOTE if attachment else None
        message = await reply.send(content=content, embed=pages[0], view=view, file=attachment)
        if view is not None:
            view.message = message
