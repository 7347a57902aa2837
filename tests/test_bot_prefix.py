"""Prefix commands through discord.py and dpytest: a message in, the bot's reply out, no network."""

from __future__ import annotations

import logging
import re
import threading
from pathlib import Path

import discord
import discord.ext.test as dpytest
import pytest
from conftest import SAMPLES
from discord.ext import commands
from discord.ext.test import backend as dpytest_backend
from discord_fakes import refuse_command_sync

from bot.checks import NotModerator, OnCooldown
from bot.client import create_bot
from bot.errors import APOLOGY
from bot.render.limits import fits
from index.search import Answer, Quote, Source


def _bot(bot_settings, service, live: bool = False):
    intents = discord.Intents.default()
    intents.members = True  # dpytest needs its fake members cached
    intents.message_content = True
    return create_bot(bot_settings, service, intents=intents, live=live)


async def _wired(bot_settings, service):
    bot_settings.cooldown_questions = 2
    cronista = _bot(bot_settings, service)
    await cronista._async_setup_hook()
    await cronista.setup_hook()
    dpytest.configure(cronista, members=["alice", "bob"])
    return cronista


@pytest.fixture
async def bot(bot_settings, service):
    """The real bot with its cogs, wired to dpytest's fake Discord."""
    yield await _wired(bot_settings, service)
    await dpytest.empty_queue()


@pytest.fixture
async def bot_on_each_backend(bot_settings, backend_service):
    """The same bot over each index backend: the commands that ask and change the articles run on both."""
    yield await _wired(bot_settings, backend_service)
    await dpytest.empty_queue()


@pytest.fixture
def payloads(monkeypatch):
    """What the bot would send to Discord's API, as raw JSON payloads."""
    sent = []
    fake_http = dpytest_backend.FakeHttp
    original = fake_http.send_message

    async def spy(self, channel_id, *, params):
        sent.append(params.payload)
        channel = dpytest_backend._get_higher_locs(1)["channel"]  # noqa: F841 (dpytest reads it from this frame)
        return await original(self, channel_id, params=params)

    monkeypatch.setattr(fake_http, "send_message", spy)
    return sent


async def test_ask_replies_with_cited_verbatim_quotes(bot_on_each_backend):
    await dpytest.message("!ask Who is the head of SEBIN?")
    embed = dpytest.get_embed()
    assert embed.title == "“Who is the head of SEBIN?”"
    first = embed.fields[0]
    assert "**SEBIN**" in first.value and first.value.startswith("> ")
    assert re.search(r"\n— \*.+\* · (Hot Air|Daily Mail) · \d+ (April|May) 2019", first.value)


async def test_a_question_the_articles_do_not_answer_is_declined(bot_on_each_backend):
    await dpytest.message("!ask How do I bake sourdough bread?")
    embed = dpytest.get_embed()
    assert embed.title == "The articles don't answer this"
    assert "/sources" in embed.description and not embed.fields


async def test_everyone_in_a_question_is_shown_but_pings_nobody(bot, payloads):
    member = dpytest.get_config().members[1]
    await dpytest.message(f"!ask did @everyone and {member.mention} hear what SEBIN said")
    assert payloads[-1]["allowed_mentions"] == {"parse": [], "replied_user": False}
    shown = payloads[-1]["embeds"][0]
    assert "@everyone" in shown["title"] + shown.get("description", "")


async def test_the_cooldown_says_when_to_ask_again(bot):
    await dpytest.message("!ask Who is the head of SEBIN?")
    await dpytest.message("!ask who is Guaido")
    await dpytest.empty_queue()
    with pytest.raises(OnCooldown):
        await dpytest.message("!ask who is Maduro")
    reply = dpytest.get_message()
    assert "You're asking quickly" in reply.content and "<t:" in reply.content
    await dpytest.message("!ask who is Maduro", member=1)  # another member is not slowed down
    assert dpytest.get_embed().title == "“who is Maduro”"


async def test_an_empty_question_gets_a_friendly_message(bot):
    with pytest.raises(commands.CommandInvokeError):
        await dpytest.message("!ask   ")
    assert dpytest.get_message().content.startswith("The question is empty. Ask something like `!ask")


async def test_an_overlong_question_is_refused_with_the_limit(bot):
    with pytest.raises(commands.CommandInvokeError):
        await dpytest.message("!ask " + "why " * 100)
    assert "the limit is 300" in dpytest.get_message().content


async def test_unknown_commands_get_a_short_message(bot):
    with pytest.raises(commands.CommandNotFound):
        await dpytest.message("!frobnicate")
    assert dpytest.get_message().content == "I don't know that command. `!help` lists what I can do."


async def test_an_engine_error_is_logged_and_answered_with_an_apology(bot, monkeypatch, caplog):
    def broken(question, k):
        raise RuntimeError("index exploded")

    monkeypatch.setattr(bot.service.engine, "ask", broken)
    with caplog.at_level(logging.ERROR), pytest.raises(commands.CommandInvokeError):
        await dpytest.message("!ask Who is the head of SEBIN?")
    assert dpytest.get_message().content == APOLOGY
    assert any(r.exc_info and "index exploded" in str(r.exc_info[1]) for r in caplog.records)


async def test_engine_work_runs_off_the_event_loop(bot, monkeypatch):
    threads = []
    original = bot.service.engine.ask

    def recording(question, k):
        threads.append(threading.get_ident())
        return original(question, k)

    monkeypatch.setattr(bot.service.engine, "ask", recording)
    await dpytest.message("!ask Who is the head of SEBIN?")
    assert threads and threads[0] != threading.get_ident()


async def test_a_reply_that_would_be_too_long_is_cut_to_fit(bot, monkeypatch):
    long_text = "The uprising went on. " * 300
    source = Source("a", "T" * 400, "Outlet", "2019-05-01", "https://example.org/a", 0, len(long_text))
    quotes = tuple(Quote(long_text, 1.0, source) for _ in range(9))
    monkeypatch.setattr(bot.service.engine, "ask", lambda q, k: Answer(q * 5, quotes))
    await dpytest.message("!ask " + "what happened next " * 10)
    embed = dpytest.get_embed()
    assert fits(embed)
    assert "…" in embed.fields[0].value and "full passage is in the linked article" in embed.fields[0].value


async def test_help_explains_the_commands(bot):
    await dpytest.message("!help")
    embed = dpytest.get_embed()
    assert "`!ask who leads SEBIN`" in embed.fields[0].value and "/timeline" in embed.fields[0].value


async def test_a_refused_command_sync_is_logged_and_prefix_commands_go_on(bot_settings, service, monkeypatch, caplog):
    cronista = _bot(bot_settings, service, live=True)  # live: start-up syncs the slash commands
    refuse_command_sync(cronista, "ask", monkeypatch)
    await cronista._async_setup_hook()
    try:
        with caplog.at_level(logging.ERROR):
            await cronista.setup_hook()  # does not raise: start-up goes on
    finally:
        cronista._watcher.stop()
    assert "Discord refused the slash commands" in caplog.text
    assert "In command 'ask'" in caplog.text and "Must be between 1 and 100 in length" in caplog.text
    dpytest.configure(cronista, members=["alice"])
    await dpytest.message("!help")
    notice = dpytest.get_embed().fields[0]
    assert notice.name == "Slash commands are unavailable" and "`!ask`" in notice.value
    await dpytest.message("!ask Who is the head of SEBIN?")
    assert dpytest.get_embed().title == "“Who is the head of SEBIN?”"
    await dpytest.empty_queue()


async def test_reindex_is_refused_to_members_who_are_not_moderators(bot_on_each_backend):
    bot = bot_on_each_backend
    with pytest.raises(NotModerator):
        await dpytest.message("!reindex", attachments=[str(SAMPLES / "lima-group.md")])
    assert dpytest.get_message().content.startswith("Only moderators can change the articles")
    assert len(bot.service.articles()) == 5


async def test_a_moderator_adds_an_article_with_reindex_and_it_is_quoted(bot_on_each_backend, monkeypatch):
    bot = bot_on_each_backend
    guild = dpytest.get_config().guilds[0]
    role = dpytest_backend.make_role("Moderators", guild)
    member = dpytest.get_config().members[0]
    await dpytest.add_role(member, role)
    bot.settings.moderator_role_ids = str(role.id)
    bot.settings.moderation_guild_ids = str(guild.id)

    async def read_local(self, **kwargs):
        return Path(self.url).read_bytes()

    monkeypatch.setattr(discord.Attachment, "read", read_local)
    await dpytest.message("!reindex", attachments=[str(SAMPLES / "lima-group.md")])
    await dpytest.empty_queue()
    assert len(bot.service.articles()) == 6
    await dpytest.message("!ask What did the Lima Group say about Guaido?", member=1)
    assert "Pacific Bulletin" in dpytest.get_embed().fields[0].name
