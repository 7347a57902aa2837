"""Buttons that page through embeds for the person who asked, and stop cleanly after a timeout."""

from __future__ import annotations

from collections.abc import Awaitable, Sequence

import discord
from discord.ext import commands

from bot.best_effort import best_effort
from bot.errors import handle_interaction_error
from bot.respond import Responder

NO_PINGS = discord.AllowedMentions.none()
NOT_YOURS = "These buttons belong to the person who asked; ask your own question with `/ask`."


class Pager(discord.ui.View):
    """ "Previous" and "More" buttons over a list of embeds, usable only by `owner_id`."""

    def __init__(self, pages: list[discord.Embed], owner_id: int, timeout: float) -> None:
        super().__init__(timeout=timeout)
        self.pages = pages
        self.owner_id = owner_id
        self.index = 0
        self.message: discord.Message | discord.InteractionMessage | None = None
        self.open_ids: set[str] = set()  # buttons for everyone that outlive the pager (feedback)
        self._refresh()

    def add_open_item(self, item: discord.ui.Button) -> None:
        """A button anyone may click, left enabled at the timeout (its clicks are handled elsewhere)."""
        self.add_item(item)
        self.open_ids.add(item.custom_id)

    def _refresh(self) -> None:
        self.previous_page.disabled = self.index == 0
        self.more_page.disabled = self.index >= len(self.pages) - 1

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        """Only the person who asked may turn the pages."""
        if interaction.user.id == self.owner_id or (interaction.data or {}).get("custom_id") in self.open_ids:
            return True
        await best_effort(
            lambda: interaction.response.send_message(NOT_YOURS, ephemeral=True),
            "tell a member the buttons are not theirs",
            f"interaction {interaction.id}",
        )
        return False

    @discord.ui.button(label="Previous", style=discord.ButtonStyle.secondary)
    async def previous_page(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        """Show the page before."""
        await self._show(interaction, self.index - 1)

    @discord.ui.button(label="More", style=discord.ButtonStyle.primary)
    async def more_page(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        """Show the page after."""
        await self._show(interaction, self.index + 1)

    async def _show(self, interaction: discord.Interaction, index: int) -> None:
        self.index = max(0, min(index, len(self.pages) - 1))
        self._refresh()
        await interaction.response.edit_message(embed=self.pages[self.index], view=self)

    async def on_error(self, interaction: discord.Interaction, error: Exception, item: discord.ui.Item) -> None:
        """A failing button gets the same short reply as a failing command, never silence."""
        await handle_interaction_error(interaction, error)

    async def on_timeout(self) -> None:
        """Grey the buttons out so nobody clicks a dead menu."""
        for item in self.children:
            if isinstance(item, discord.ui.Button) and item.custom_id not in self.open_ids:
                item.disabled = True
        if self.message is not None:
            message = self.message
            await best_effort(lambda: message.edit(view=self), "grey out expired buttons", f"message {message.id}")


class SwitchingPager(Pager):
    """A pager with one more button that swaps between two lists of pages (the main events and every event)."""

    def __init__(
        self,
        pages: list[discord.Embed],
        owner_id: int,
        timeout: float,
        other: tuple[str, list[discord.Embed]],
        back_label: str,
    ) -> None:
        super().__init__(pages, owner_id, timeout)
        self.page_sets = [pages, other[1]]
        self.labels = [other[0], back_label]  # the label shown while each set is on screen
        self.showing = 0
        self.switch = discord.ui.Button(label=other[0], style=discord.ButtonStyle.success)
        self.switch.callback = self.switch_pages
        self.add_item(self.switch)

    async def switch_pages(self, interaction: discord.Interaction) -> None:
        """Show the other list of pages, from its first page."""
        self.showing = 1 - self.showing
        self.pages = self.page_sets[self.showing]
        self.switch.label = self.labels[self.showing]
        await self._show(interaction, 0)


def pager_for(
    pages: list[discord.Embed],
    owner_id: int,
    timeout: float,
    other: tuple[str, list[discord.Embed]] | None = None,
    back_label: str = "Back",
    extras: Sequence[discord.ui.Button] = (),
) -> discord.ui.View | None:
    """A pager when there is more than one page or another list to switch to, else a plain row of the
    `extras`, else None (no buttons needed).

    `extras` are buttons for everyone whose clicks are handled by the bot's dynamic items (feedback), so a
    view holding only them is not kept in memory: it is stopped before it is sent.
    """
    if other is not None or len(pages) > 1:
        if other is not None:
            pager: Pager = SwitchingPager(pages, owner_id, timeout, other, back_label)
        else:
            pager = Pager(pages, owner_id, timeout)
        for item in extras:
            pager.add_open_item(item)
        return pager
    if not extras:
        return None
    row = discord.ui.View(timeout=None)
    for item in extras:
        row.add_item(item)
    row.stop()
    return row


async def reply_with_pages(
    ctx: commands.Context,
    pages: list[discord.Embed],
    timeout: float,
    view: Pager | None = None,
    extras: Sequence[discord.ui.Button] = (),
) -> None:
    """Answer a prefix command with the first page, and buttons for the rest (or the given view's)."""
    view = view or pager_for(pages, ctx.author.id, timeout, extras=extras)
    message = await ctx.reply(embed=pages[0], view=view, mention_author=False, allowed_mentions=NO_PINGS)
    _remember_message(view, message)


async def respond_with_pages(
    interaction: discord.Interaction,
    pages: Awaitable[list[discord.Embed]],
    budget: float,
    timeout: float,
    extras: Sequence[discord.ui.Button] = (),
) -> None:
    """Answer a slash command with the first page and buttons for the rest; defers if `pages` takes over `budget`.

    `extras` (feedback buttons) are read once `pages` is ready, so the coroutine may fill that list itself.
    """
    reply = Responder(interaction, budget)
    ready = await reply.when_ready(pages)
    view = pager_for(ready, interaction.user.id, timeout, extras=extras)
    message = await reply.send(embed=ready[0], view=view)
    _remember_message(view, message)


def _remember_message(view: discord.ui.View | None, message: discord.Message | None) -> None:
    """A pager greys its buttons out on its message when it times out."""
    if isinstance(view, Pager):
        view.message = message
