"""Asking: `!ask` and `/ask` give the same cited quotes; `/sources` and `/help` explain what is covered."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence

import discord
from discord import app_commands
from discord.ext import commands

from bot.render.answers import answer_pages
from bot.render.help import help_embed
from bot.render.listings import sources_pages
from bot.views import reply_with_pages, respond_with_pages
from index.question import MAX_QUESTION_CHARS, read_question

NO_PINGS = discord.AllowedMentions.none()


async def answer_embeds(
    service, settings, question: str, on_answer: Callable[[object], None] | None = None
) -> list[discord.Embed]:
    """The pages the bot posts for a checked question; the engine's work runs off the event loop. `on_answer`
    sees the answer before it is rendered (the feedback cog logs it there)."""
    answer = await service.ask(question, settings.max_quotes)
    if on_answer is not None:
        on_answer(answer)
    return answer_pages(answer, settings.quotes_per_page, len(service.articles()))


class AskCog(commands.Cog, name="Ask"):
    """Questions answered with verbatim, cited quotes."""

    def __init__(self, bot) -> None:
        self.bot = bot
        self.settings = bot.settings

    def _checked_question(self, question: str, user_id: int) -> str:
        """The question, checked once (the engine takes it as it is), or QuestionError/OnCooldown; cheap checks
        done before any work is started."""
        question = read_question(question)
        self.bot.cooldown.hit(user_id)
        return question

    async def _respond(
        self, interaction: discord.Interaction, pages: Awaitable[list[discord.Embed]], buttons: Sequence = ()
    ) -> None:
        settings = self.settings
        budget, timeout = settings.defer_after_seconds, settings.button_timeout_seconds
        await respond_with_pages(interaction, pages, budget, timeout, extras=buttons)

    async def _answer_pages(
        self, question: str, asked_in: int | None = None, asker: int = 0, buttons: list | None = None
    ) -> list[discord.Embed]:
        """The answer's pages; with `buttons`, the question is logged and that list gets its feedback buttons."""
        feedback = self.bot.get_cog("Feedback")

        def add_buttons(answer) -> None:
            buttons.extend(feedback.buttons_for(asked_in, asker, str(question), answer))

        log_it = buttons is not None and feedback is not None
        return await answer_embeds(self.bot.service, self.settings, question, add_buttons if log_it else None)

    @commands.command(name="ask")
    async def ask_prefix(self, ctx: commands.Context, *, question: str = "") -> None:
        """!ask <question>"""
        question = self._checked_question(question, ctx.author.id)
        buttons: list[discord.ui.Button] = []
        pages = await self._answer_pages(question, ctx.guild.id if ctx.guild else None, ctx.author.id, buttons)
        await reply_with_pages(ctx, pages, self.settings.button_timeout_seconds, extras=buttons)

    @app_commands.command(name="ask", description="Ask about the 2019 Venezuelan crisis; I answer with quotes.")
    @app_commands.describe(question="Your question, in English or Spanish")
    async def ask_slash(
        self, interaction: discord.Interaction, question: app_commands.Range[str, 1, MAX_QUESTION_CHARS]
    ) -> None:
        """/ask question:"""
        question = self._checked_question(question, interaction.user.id)
        buttons: list[discord.ui.Button] = []
        pages = self._answer_pages(question, interaction.guild_id, interaction.user.id, buttons)
        await self._respond(interaction, pages, buttons)

    @commands.command(name="sources")
    async def sources_prefix(self, ctx: commands.Context) -> None:
        """!sources"""
        pages = await self._sources_pages()
        await reply_with_pages(ctx, pages, self.settings.button_timeout_seconds)

    @app_commands.command(name="sources", description="List the articles Cronista quotes.")
    async def sources_slash(self, interaction: discord.Interaction) -> None:
        """/sources"""
        await self._respond(interaction, self._sources_pages())

    async def _sources_pages(self) -> list[discord.Embed]:
        service = self.bot.service
        return sources_pages(service.articles(), service.passage_count(), await service.corpus_notes())

    @commands.command(name="help")
    async def help_prefix(self, ctx: commands.Context) -> None:
        """!help"""
        embed = help_embed(ctx.prefix or "!", self.bot.slash_commands_available)
        await ctx.reply(embed=embed, mention_author=False, allowed_mentions=NO_PINGS)

    @app_commands.command(name="help", description="What Cronista does and how to use it.")
    async def help_slash(self, interaction: discord.Interaction) -> None:
        """/help"""
        embed = help_embed(self.settings.command_prefix, self.bot.slash_commands_available)
        await interaction.response.send_message(embed=embed, ephemeral=True, allowed_mentions=NO_PINGS)
