"""`/timeline`: the dated events of the articles, by topic and date range, a page per few days."""

from __future__ import annotations

import asyncio
import io

import discord
from discord import app_commands
from discord.ext import commands

from bot.render.timeline import timeline_pages
from bot.respond import Responder
from bot.views import Pager, pager_for, reply_with_pages
from index.results import TimelineEvent
from index.timeline.build import iso_day
from index.timeline.picture import timeline_png

MAIN_NOTE = "the main events"
PICTURE_NAME = "timeline.png"


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

    async def _timeline(
        self, topic: str, date_from: str, date_to: str, owner_id: int
    ) -> tuple[list[TimelineEvent], str, list[discord.Embed], Pager | None]:
        """The events to show, their title, their pages and buttons. With no option at all: the main events,
        with a button for every event; otherwise every event the options select."""
        events, note = await self.bot.service.timeline(topic, date_from, date_to)
        timeout = self.bot.settings.button_timeout_seconds
        main = [e for e in events if e.main]
        if topic.strip() or date_from or date_to or not main:
            pages = timeline_pages(events, note)
            return events, note, pages, pager_for(pages, owner_id, timeout)
        pages, every = timeline_pages(main, MAIN_NOTE), timeline_pages(events, note)
        view = pager_for(pages, owner_id, timeout, (f"Full timeline ({len(events)} events)", every), "Main events")
        return main, MAIN_NOTE, pages, view

    @app_commands.command(name="timeline", description="What happened when, in the articles' own words.")
    @app_commands.describe(
        topic="A person or place (e.g. Lopez, La Carlota); leave empty for the main events",
        start="First day, as YYYY-MM-DD",
        end="Last day, as YYYY-MM-DD",
        picture="Also attach the events as a chart",
    )
    @app_commands.rename(start="from", end="to")
    async def timeline_slash(
        self, interaction: discord.Interaction, topic: str = "", start: str = "", end: str = "", picture: bool = False
    ) -> None:
        """/timeline [topic] [from] [to] [picture]"""
        date_from, date_to = parse_day(start, "from"), parse_day(end, "to")
        settings = self.bot.settings
        reply = Responder(interaction, settings.defer_after_seconds)
        work = self._slash_reply(topic[:100], date_from, date_to, interaction, picture)
        pages, view, file = await reply.when_ready(work)
        message = await reply.send(embed=pages[0], view=view, file=file)
        if view:
            view.message = message

    async def _slash_reply(
        self, topic: str, date_from: str, date_to: str, interaction: discord.Interaction, picture: bool
    ) -> tuple[list[discord.Embed], Pager | None, discord.File | None]:
        events, note, pages, view = await self._timeline(topic, date_from, date_to, interaction.user.id)
        file = None
        if picture:
            png = await asyncio.to_thread(timeline_png, events, f"Timeline: {note}")  # drawing takes a moment
            file = discord.File(io.BytesIO(png), filename=PICTURE_NAME)
        return pages, view, file

    @timeline_slash.autocomplete("topic")
    async def topic_autocomplete(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice]:
        """People and places from the articles, the most mentioned first."""
        return [app_commands.Choice(name=n[:100], value=n[:100]) for n in self.bot.service.topic_suggestions(current)]

    @commands.command(name="timeline")
    async def timeline_prefix(self, ctx: commands.Context, *, topic: str = "") -> None:
        """!timeline [topic]"""
        _, _, pages, view = await self._timeline(topic[:100], "", "", ctx.author.id)
        await reply_with_pages(ctx, pages, self.bot.settings.button_timeout_seconds, view)
