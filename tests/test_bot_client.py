"""The bot-wide guard: a message the bot sends without its own allowed mentions still pings nobody."""

from __future__ import annotations

import discord

from bot.client import create_bot


def _posted(channel_id: int, content: str) -> dict:
    """The message Discord would return for a post."""
    author = {"id": "3", "username": "Cronista", "discriminator": "0", "avatar": None, "bot": True}
    return {
        "id": "2",
        "channel_id": str(channel_id),
        "content": content,
        "type": 0,
        "author": author,
        "timestamp": "2019-05-01T00:00:00+00:00",
        "edited_timestamp": None,
        "tts": False,
        "pinned": False,
        "mention_everyone": False,
        "mentions": [],
        "mention_roles": [],
        "attachments": [],
        "embeds": [],
    }


async def test_a_message_sent_without_its_own_guard_pings_nobody(bot_settings, service, monkeypatch):
    # dpytest replaces the bot's connection state (and its defaults), so this spies on the real client's HTTP.
    bot = create_bot(bot_settings, service)
    sent = []

    async def send_message(channel_id, *, params):
        sent.append(params.payload)
        return _posted(channel_id, params.payload["content"])

    monkeypatch.setattr(bot.http, "send_message", send_message)
    channel = discord.PartialMessageable(state=bot._connection, id=1)
    await channel.send("@everyone @here <@123> <@&456> read this")
    mentions = sent[-1]["allowed_mentions"]
    assert mentions["parse"] == [] and not mentions.get("users") and not mentions.get("roles")
    assert not mentions.get("replied_user")
    await bot.close()
