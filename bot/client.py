"""The Discord client: a thin Bot subclass built by a factory from settings and an answer service."""

from __future__ import annotations

import logging

import discord
from discord import app_commands
from discord.ext import commands

from bot import errors
from bot.checks import Cooldown
from bot.service import AnswerService
from bot.settings import BotSettings
from index.watch import IndexWatch

log = logging.getLogger(__name__)
INDEX_CHECK_SECONDS = 60
# A shared (postgres) index also tells of each change as it commits; polling is the fallback when it cannot.
SHARED_INDEX_CHECK_SECONDS = 2


class CronistaTree(app_commands.CommandTree):
    """The slash-command tree, with the shared error handler."""

    async def on_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        await errors.handle_interaction_error(interaction, error)


class CronistaBot(commands.Bot):
    """Cronista on Discord: cogs are loaded in `setup_hook`; dependencies come in through the constructor."""

    def __init__(
        self,
        settings: BotSettings,
        service: AnswerService,
        intents: discord.Intents | None = None,
        live: bool = False,
        **client_options,
    ) -> None:
        """`client_options` go to discord.py's client (a sharded bot's `shard_count`)."""
        if intents is None:
            intents = discord.Intents.default()
            intents.message_content = True  # needed to read `!ask ...` (a privileged intent: see the README)
        super().__init__(
            command_prefix=settings.command_prefix,
            intents=intents,
            help_command=None,
            allowed_mentions=discord.AllowedMentions.none(),
            tree_cls=CronistaTree,
            **client_options,
        )
        self.settings = settings
        self.service = service
        self.cooldown = Cooldown(settings.cooldown_questions, settings.cooldown_seconds)
        self.live = live
        self.slash_commands_available = True  # False when Discord refused them at start-up (see `_sync`)
        self._watcher: IndexWatch | None = None

    async def setup_hook(self) -> None:
        """Load the cogs; when live (connected to Discord), sync slash commands and watch for index changes."""
        from bot.cogs.ask import AskCog
        from bot.cogs.feedback import FeedbackCog
        from bot.cogs.moderation import ModerationCog
        from bot.cogs.timeline import TimelineCog

        for cog in (AskCog(self), TimelineCog(self), FeedbackCog(self)):
            await self.add_cog(cog)
        await self._add_moderation(ModerationCog(self))
        if self.live:
            await self._sync()
            # In its own thread: loading a changed index never holds up the event loop.
            shared = self.settings.index_backend == "postgres"
            self._watcher = self.service.watch(SHARED_INDEX_CHECK_SECONDS if shared else INDEX_CHECK_SECONDS)

    async def _add_moderation(self, cog: commands.Cog) -> None:
        """The moderation cog, its slash commands registered only in the operator's moderation servers (none
        anywhere when there are none): any other server would change the articles every server is quoted from."""
        guilds = [discord.Object(id=g) for g in sorted(self.settings.moderation_policy.guilds)]
        if guilds:
            await self.add_cog(cog, guilds=guilds)
            return
        await self.add_cog(cog)
        for command in cog.get_app_commands():
            self.tree.remove_command(command.name)
        log.info("no MODERATION_GUILD_IDS or DEV_GUILD_ID: the moderation slash commands are not registered")

    async def _sync(self) -> None:
        """Upload the slash commands; if Discord refuses them, log why and go on with prefix commands only."""
        try:
            await self._upload_commands()
        except discord.DiscordException as exc:  # refused definitions, missing scope, no application id…
            self.slash_commands_available = False
            prefix = self.settings.command_prefix
            scope = isinstance(exc, discord.Forbidden)
            hint = " (invite the bot with the applications.commands scope)" if scope else ""
            log.error(
                "Discord refused the slash commands; running with %s-commands only (%shelp says so). %s: %s%s",
                prefix,
                prefix,
                type(exc).__name__,
                exc,
                hint,
            )

    async def _upload_commands(self) -> None:
        guild_id = self.settings.dev_guild_id
        if guild_id:
            guild = discord.Object(id=guild_id)
            self.tree.copy_global_to(guild=guild)
            synced = await self.tree.sync(guild=guild)
            log.info("synced %d slash commands to the development server %s (instant)", len(synced), guild_id)
        else:
            synced = await self.tree.sync()
            log.info("synced %d slash commands globally (Discord may take up to an hour to show them)", len(synced))
        for moderation_guild in sorted(self.settings.moderation_policy.guilds - {guild_id}):
            synced = await self.tree.sync(guild=discord.Object(id=moderation_guild))
            log.info("synced %d moderation commands to server %s", len(synced), moderation_guild)

    async def on_command_error(self, ctx: commands.Context, error: commands.CommandError) -> None:
        """Every prefix-command error goes through the shared handler."""
        await errors.handle_command_error(ctx, error)

    async def on_ready(self) -> None:
        """Log where the bot is."""
        log.info("logged in as %s in %d servers", self.user, len(self.guilds))

    async def close(self) -> None:
        """Stop the watcher and the worker threads, then disconnect."""
        if self._watcher:
            self._watcher.stop()
        self.service.close()
        await super().close()


class ShardedCronistaBot(CronistaBot, commands.AutoShardedBot):
    """Cronista as one process running several shards (BOT_SHARDED=true), all answering from one engine."""


def create_bot(
    settings: BotSettings, service: AnswerService, intents: discord.Intents | None = None, live: bool = False
) -> CronistaBot:
    """The bot `python -m bot` and the tests run (building does not connect, so tests and other programs can use it
    without a token; `live=True` also syncs slash commands and watches the index); sharded when BOT_SHARDED is set."""
    if settings.bot_sharded:
        return ShardedCronistaBot(settings, service, intents, live, shard_count=settings.shard_count)
    return CronistaBot(settings, service, intents, live)
