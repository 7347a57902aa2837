"""The help text: what Cronista does and its commands, in a few lines."""

from __future__ import annotations

import discord

HELP_COLOUR = discord.Colour.blurple()
SLASH_UNAVAILABLE = (
    "Discord refused this bot's slash commands at start-up, so they may be missing or out of date here. "
    "Use the `{prefix}` commands instead: `{prefix}ask`, `{prefix}timeline`, `{prefix}sources`, `{prefix}help`."
)


def help_embed(prefix: str, slash_commands_available: bool = True) -> discord.Embed:
    """The commands, for members and for moderators; says so first when slash commands could not be set up."""
    embed = discord.Embed(
        title="Cronista",
        description=(
            "I answer questions about the 2019 Venezuelan crisis with **verbatim quotes** from news articles, "
            "each with its outlet and date. If the articles don't answer, I say so."
        ),
        colour=HELP_COLOUR,
    )
    if not slash_commands_available:
        notice = SLASH_UNAVAILABLE.format(prefix=prefix)
        embed.add_field(name="Slash commands are unavailable", value=notice, inline=False)
    embed.add_field(
        name="Ask",
        value=(
            f"`/ask question:` or `{prefix}ask who leads SEBIN` (English or Spanish)\n"
            "`/timeline [topic] [from] [to]`: what happened when\n"
            "`/sources`: the articles I quote"
        ),
        inline=False,
    )
    embed.add_field(
        name="Moderators (in the server the bot's operator chose)",
        value=(
            f"`/reindex` or `{prefix}reindex` with .txt, .md or .html files: add or update articles\n"
            "`/remove article:`: remove one · `/history`: recent changes"
        ),
        inline=False,
    )
    return embed
