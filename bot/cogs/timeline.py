"""`/timeline`: the dated events of the articles, by topic and date range, a page per few days."""

from __future__ import annotations

import discord
from discord import app_commands
from discord.ext import commands

from bot.render.timeline import timeline_pages
from bot.views import reply_with_pages, respond_with_pages
from index.timeline.build import iso_day


def parse_day(value: str | None, option: str) -> str:
    """A YYYY-MM-DD option as text, "" when absent; anything else is a clear error."""
    try:
        return iso_day(value)
    except ValueError:
        raise commands.BadArgument(f"`{option}` needs a date like 2019-04-30") from None


class TimelineCog(commands.Cog, name="Timeline"):
    """What happened when, quoted from the articles."""

    def __init__(self, bot) -> None:
        self.bot = bot

    async def _pages(self, topic: str, date_from: str, date_to: str) -> list[discord.Embed]:
        events, note = await self.bot.service.timeline(topic, date_from, date_to)
        return timeline_pages(events, note)

    @app_commands.command(name="timeline", description="What happened when, in the articles' own words.")
    @app_commands.describe(
        topic="A person or place (e.g. Lopez, La Carlota); leave empty for the main events",
        start="First day, as YYYY-MM-DD",
        end="Last day, as YYYY-MM-DD",
    )
    @app_commands.rename(start="from", end="to")
    async def timeline_slash(
        self, interaction: discord.Interaction, topic: str = "", start: str = "", end: str = ""
    ) -> None:
        """/timeline [topic] [from] [to]"""
        date_from, date_to = parse_day(start, "from"), parse_day(end, "to")
        settings = self.bot.settings
        pages = self._pages(topic[:100], date_from, date_to)
        await respond_with_pages(interaction, pages, settings.defer_after_seconds, settings.button_timeout_seconds)

    @timeline_slash.autocomplete("topic")
    async def topic_autocomplete(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice]:
        """People and places from the articles, the most mentioned first."""
        return [app_commands.Choice(name=n[:100], value=n[:100]) for n in self.bot.service.topic_suggestions(current)]

    @commands.command(name="timeline")
    async def timeline_prefix(self, ctx: commands.Context, *, topic: str = "") -> None:
        """!timeline [topic]"""
        pages = await self._pages(topic[:100], "", "")
        await reply_with_pages(ctx, pages, self.bot.settings.button_timeout_seconds)
