"""Moderators keep the articles current: `/reindex` (or `!reindex`) with files, `/remove`, `/history`."""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import time
from collections.abc import Awaitable

import discord
from discord import app_commands
from discord.ext import commands

from bot.best_effort import best_effort
from bot.checks import require_moderator
from bot.fetch import FetchError, fetch_page
from bot.render.listings import history_embed, report_embed
from bot.respond import Responder
from index.formats import format_refusal, size_refusal

log = logging.getLogger(__name__)
NO_PINGS = discord.AllowedMentions.none()
PROGRESS_EVERY_SECONDS = 2.0


def who(user: discord.abc.User) -> str:
    """How the history names a member: name and id (names change, ids do not)."""
    return f"{user.name} ({user.id})"


async def read_attachments(attachments: list[discord.Attachment]) -> tuple[list, list]:
    """(files, refused): attachments downloaded, or refused by name without downloading when they cannot fit."""
    files, refused = [], []
    for attachment in attachments:
        reason = format_refusal(attachment.filename) or size_refusal(attachment.size)
        if reason:
            refused.append((attachment.filename, reason))
        else:
            try:
                files.append((attachment.filename, await attachment.read()))
            except (discord.HTTPException, discord.NotFound):
                refused.append((attachment.filename, "could not be downloaded from Discord"))
    return files, refused


class ModerationCog(commands.Cog, name="Moderation"):
    """Changing the corpus; every command here checks that the member is a moderator."""

    def __init__(self, bot) -> None:
        self.bot = bot
        self.settings = bot.settings

    async def cog_check(self, ctx: commands.Context) -> bool:
        """Prefix commands: moderators only."""
        require_moderator(ctx.author, ctx.guild.id if ctx.guild else None, self.settings.moderation_policy)
        return True

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        """Slash commands: moderators only (the default_permissions hint is not relied on)."""
        require_moderator(interaction.user, interaction.guild_id, self.settings.moderation_policy)
        return True

    async def _reindex(self, files: list, refused: list, user: discord.abc.User, edit, defaults: dict) -> discord.Embed:
        """Add the files, showing progress through `edit(text)`; return the report embed."""
        loop = asyncio.get_running_loop()
        state = {"done": 0, "last": 0.0}
        updates: list[concurrent.futures.Future] = []

        def progress(count: int) -> None:  # called from the worker thread
            state["done"] += count
            if time.monotonic() - state["last"] >= PROGRESS_EVERY_SECONDS:
                state["last"] = time.monotonic()
                text = f"Embedding new passages… {state['done']} done"
                updates.append(asyncio.run_coroutine_threadsafe(edit(text), loop))

        try:
            report = await self.bot.service.add(
                files, who(user), defaults={k: v for k, v in defaults.items() if v}, progress=progress, refused=refused
            )
        finally:
            # A progress edit still on its way must not land on top of the final reply.
            await asyncio.gather(*(asyncio.wrap_future(u) for u in updates), return_exceptions=True)
        log.info("%s changed the articles: %s", who(user), report.as_dict())
        return report_embed(report)

    @app_commands.command(name="reindex", description="Moderators: add or update articles from files.")
    @app_commands.describe(
        file="A .txt, .md or .html article",
        file2="Another article",
        file3="Another article",
        url="Fetch a web page instead (only if the bot allows it)",
        source="Outlet, for files that do not name one",
        published="Publication date YYYY-MM-DD, for files that do not give one",
    )
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.guild_only()
    async def reindex_slash(
        self,
        interaction: discord.Interaction,
        file: discord.Attachment | None = None,
        file2: discord.Attachment | None = None,
        file3: discord.Attachment | None = None,
        url: str = "",
        source: str = "",
        published: str = "",
    ) -> None:
        """/reindex file: [file2:] [file3:] [url:] [source:] [published:]"""
        attachments = [a for a in (file, file2, file3) if a is not None]
        if not attachments and not url:
            await interaction.response.send_message(
                "Attach at least one .txt, .md or .html file (or give `url:`).", ephemeral=True
            )
            return
        reply = Responder(interaction, self.settings.defer_after_seconds)
        defaults = {"source": source, "published": published}
        change = self._read_and_add(attachments, url, interaction.user, reply.status, defaults)
        try:
            embed = await reply.when_ready(change)
        except BaseException:
            if reply.status_shown:  # the error reply comes below the progress message, so point to it
                await reply.status("Stopped: see the reply below.")
            raise
        await reply.send(embed=embed)

    async def _read_and_add(
        self, attachments: list, url: str, user: discord.abc.User, edit, defaults: dict
    ) -> discord.Embed:
        files, refused = await read_attachments(attachments)
        if url:
            await self._fetch_into(url, files, refused)
        return await self._reindex(files, refused, user, edit, defaults)

    async def _fetch_into(self, url: str, files: list, refused: list) -> None:
        if not self.settings.allow_url_fetch:
            refused.append((url[:100], "fetching by URL is turned off on this bot (ALLOW_URL_FETCH)"))
            return
        try:
            page = await fetch_page(url, self.settings.fetch_timeout_seconds, self.settings.fetch_max_bytes)
        except FetchError as exc:
            refused.append((url[:100], str(exc)))
            return
        files.append(("page.html", page, {"url": url.strip()}))  # the link, when the page names none

    @commands.command(name="reindex")
    @commands.guild_only()
    async def reindex_prefix(self, ctx: commands.Context) -> None:
        """!reindex with attached files"""
        if not ctx.message.attachments:
            await ctx.reply("Attach one or more .txt, .md or .html files to `!reindex`.", mention_author=False)
            return
        status = await ctx.reply(f"Reading {len(ctx.message.attachments)} file(s)…", mention_author=False)
        files, refused = await read_attachments(list(ctx.message.attachments))

        def edit(text: str) -> Awaitable[bool]:
            return best_effort(lambda: status.edit(content=text), "show progress", f"message {status.id}")

        await _finish(status, self._reindex(files, refused, ctx.author, edit, {}))

    @app_commands.command(name="remove", description="Moderators: remove an article and all its quotes.")
    @app_commands.describe(article="The article to remove (start typing its title)")
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.guild_only()
    async def remove_slash(self, interaction: discord.Interaction, article: str) -> None:
        """/remove article:"""
        reply = Responder(interaction, self.settings.defer_after_seconds)
        report = await reply.when_ready(self.bot.service.remove([article], who(interaction.user)))
        await reply.send(embed=report_embed(report))

    @remove_slash.autocomplete("article")
    async def article_autocomplete(self, interaction: discord.Interaction, current: str) -> list[app_commands.Choice]:
        """Articles whose title contains what was typed; the value sent is the article id."""
        return [
            app_commands.Choice(name=title[:100], value=article_id)
            for title, article_id in self.bot.service.article_choices(current)
        ]

    @commands.command(name="remove")
    @commands.guild_only()
    async def remove_prefix(self, ctx: commands.Context, article_id: str) -> None:
        """!remove <article id>"""
        report = await self.bot.service.remove([article_id], who(ctx.author))
        await ctx.reply(embed=report_embed(report), mention_author=False, allowed_mentions=NO_PINGS)

    @app_commands.command(name="history", description="Moderators: the latest changes to the articles.")
    @app_commands.default_permissions(manage_guild=True)
    @app_commands.guild_only()
    async def history_slash(self, interaction: discord.Interaction) -> None:
        """/history"""
        reply = Responder(interaction, self.settings.defer_after_seconds, ephemeral=True)
        entries = await reply.when_ready(self.bot.service.history())
        await reply.send(embed=history_embed(entries))

    @commands.command(name="history")
    @commands.guild_only()
    async def history_prefix(self, ctx: commands.Context) -> None:
        """!history"""
        entries = await self.bot.service.history()
        await ctx.reply(embed=history_embed(entries), mention_author=False, allowed_mentions=NO_PINGS)


async def _finish(status: discord.Message, change: Awaitable[discord.Embed]) -> None:
    """Put the change's report in the status message; if the change fails, say so there before the error reply."""
    try:
        embed = await change
    except BaseException:
        stopped = "Stopped: see the reply below."
        await best_effort(lambda: status.edit(content=stopped), "mark the status as stopped", f"message {status.id}")
        raise
    await status.edit(content=None, embed=embed, allowed_mentions=NO_PINGS)
