"""Slash commands and buttons through discord.py's own CommandTree, with spec'd Interaction mocks."""

from __future__ import annotations

import asyncio
import gc
import logging
import time
from unittest.mock import MagicMock

import discord
import pytest
from conftest import SAMPLES
from discord_fakes import make_attachment, make_interaction, make_member, refuse_command_sync, slash_data

from bot.checks import NotModerator
from bot.client import create_bot
from bot.errors import APOLOGY
from bot.views import NOT_YOURS, Pager
from index.storage import ChangeInProgressError


async def _set_up(bot_settings, service):
    cronista = create_bot(bot_settings, service)
    await cronista._async_setup_hook()
    await cronista.setup_hook()
    return cronista


@pytest.fixture
async def bot(bot_settings, service):
    """The bot with its cogs loaded and its commands on the tree (nothing is synced, nothing connects)."""
    return await _set_up(bot_settings, service)


@pytest.fixture
async def bot_on_each_backend(bot_settings, backend_service):
    """The bot over each index backend: the commands that list, change and read the history run on both."""
    return await _set_up(bot_settings, backend_service)


async def run_slash(bot, name: str, user=None, **options):
    """Dispatch a slash command the way discord.py does when Discord sends it."""
    interaction = make_interaction(user=user, client=bot, data=slash_data(name, **options))
    await bot.tree._call(interaction)
    return interaction


def reply(interaction):
    """The one message a slash command sent: its first response, or its follow-up after a defer."""
    sent = interaction.response.send_message.await_args_list + interaction.followup.send.await_args_list
    assert len(sent) == 1, f"expected one reply, got {sent}"
    return sent[0]


def reply_embed(interaction) -> discord.Embed:
    return reply(interaction).kwargs["embed"]


def slow_down(monkeypatch, target, name: str, seconds: float) -> None:
    """Make `target.name` (run in a worker thread or awaited) take at least `seconds` longer."""
    original = getattr(target, name)
    if asyncio.iscoroutinefunction(original):

        async def slowed(*args, **kwargs):
            await asyncio.sleep(seconds)
            return await original(*args, **kwargs)

    else:

        def slowed(*args, **kwargs):
            time.sleep(seconds)
            return original(*args, **kwargs)

    monkeypatch.setattr(target, name, slowed)


async def test_slash_ask_answers_at_once_when_the_engine_is_fast(bot_on_each_backend):
    bot = bot_on_each_backend
    interaction = await run_slash(bot, "ask", question="Who is the head of SEBIN?")
    interaction.response.send_message.assert_awaited_once()
    interaction.response.defer.assert_not_awaited()
    interaction.followup.send.assert_not_awaited()
    kwargs = interaction.response.send_message.await_args.kwargs
    assert kwargs["embed"].title == "“Who is the head of SEBIN?”"
    assert "**SEBIN**" in kwargs["embed"].fields[0].value
    assert kwargs["allowed_mentions"].to_dict() == {"parse": []} and kwargs["ephemeral"] is False
    assert isinstance(kwargs["view"], Pager), "nine quotes make three pages"
    callback = interaction.response.send_message.return_value
    assert kwargs["view"].message is callback.resource, "the buttons can be greyed out when they expire"
    kwargs["view"].stop()


async def test_slash_ask_defers_and_follows_up_when_the_engine_is_slow(bot, monkeypatch):
    bot.settings.defer_after_seconds = 0.05
    slow_down(monkeypatch, bot.service.engine, "ask", 0.5)
    interaction = await run_slash(bot, "ask", question="Who is the head of SEBIN?")
    interaction.response.defer.assert_awaited_once_with(thinking=True, ephemeral=False)
    interaction.response.send_message.assert_not_awaited()
    kwargs = interaction.followup.send.await_args.kwargs
    assert kwargs["embed"].title == "“Who is the head of SEBIN?”" and kwargs["ephemeral"] is False
    assert kwargs["view"].message is interaction.followup.send.return_value
    kwargs["view"].stop()


async def test_slash_ask_with_an_empty_question_answers_privately(bot):
    interaction = await run_slash(bot, "ask", question="   ")
    interaction.response.send_message.assert_awaited_once()
    args, kwargs = interaction.response.send_message.await_args
    assert args[0].startswith("The question is empty") and kwargs["ephemeral"] is True
    interaction.response.defer.assert_not_awaited()


async def test_slash_ask_declines_what_the_articles_do_not_answer(bot_on_each_backend):
    bot = bot_on_each_backend
    interaction = await run_slash(bot, "ask", question="How do I bake sourdough bread?")
    embed = reply_embed(interaction)
    assert embed.title == "The articles don't answer this" and "/sources" in embed.description


async def test_slash_ask_with_everyone_pings_nobody(bot):
    interaction = await run_slash(bot, "ask", question="did @everyone and <@&42> hear what SEBIN said")
    kwargs = reply(interaction).kwargs
    assert kwargs["allowed_mentions"].to_dict() == {"parse": []}
    assert "@everyone" in kwargs["embed"].title + (kwargs["embed"].description or "")


async def test_slash_ask_cooldown_says_when_to_ask_again(bot):
    asker = make_member()
    for question in ("Who is the head of SEBIN?", "who is Guaido", "who is Lopez")[: bot.settings.cooldown_questions]:
        await run_slash(bot, "ask", user=asker, question=question)
    slowed = await run_slash(bot, "ask", user=asker, question="who is Maduro")
    args, kwargs = slowed.response.send_message.await_args
    assert "You're asking quickly" in args[0] and "<t:" in args[0] and kwargs["ephemeral"] is True
    slowed.response.defer.assert_not_awaited()


def _explode(question, k):
    raise RuntimeError("index exploded")


async def test_slash_ask_engine_error_is_a_private_apology(bot, monkeypatch, caplog):
    monkeypatch.setattr(bot.service.engine, "ask", _explode)
    with caplog.at_level(logging.ERROR):
        interaction = await run_slash(bot, "ask", question="Who is the head of SEBIN?")
    interaction.response.defer.assert_not_awaited()
    args, kwargs = reply(interaction)
    assert args[0] == APOLOGY and kwargs["ephemeral"] is True
    assert any(r.exc_info and "index exploded" in str(r.exc_info[1]) for r in caplog.records)


async def test_slash_ask_engine_error_after_deferring_is_an_apology(bot, monkeypatch, caplog):
    bot.settings.defer_after_seconds = 0.05
    monkeypatch.setattr(bot.service.engine, "ask", _explode)
    slow_down(monkeypatch, bot.service.engine, "ask", 0.5)
    with caplog.at_level(logging.ERROR):
        interaction = await run_slash(bot, "ask", question="Who is the head of SEBIN?")
    interaction.response.defer.assert_awaited_once()
    assert interaction.followup.send.await_args.args[0] == APOLOGY
    assert any(r.exc_info and "index exploded" in str(r.exc_info[1]) for r in caplog.records)


async def _dispatch_and_collect(bot, interaction) -> list[dict]:
    """Dispatch as discord.py does (in a task of its own), wait for every task it started, and return what reached
    the event loop's exception handler (an exception nobody retrieved arrives there when its task is collected)."""
    loop = asyncio.get_running_loop()
    escaped: list[dict] = []
    loop.set_exception_handler(lambda loop, context: escaped.append(context))
    before = asyncio.all_tasks()
    try:
        bot.tree._from_interaction(interaction)
        while pending := asyncio.all_tasks() - before:
            await asyncio.wait(pending)
        del pending
        gc.collect()
    finally:
        loop.set_exception_handler(None)
    return escaped


def _expired() -> discord.NotFound:
    return discord.NotFound(MagicMock(status=404, reason="Not Found"), {"code": 10015, "message": "Unknown Webhook"})


async def test_when_the_answer_and_the_apology_both_fail_nothing_escapes(bot, caplog):
    interaction = make_interaction(client=bot, data=slash_data("ask", question="Who is the head of SEBIN?"))
    interaction.response.send_message.side_effect = _expired()  # the answer fails, then the apology
    assert await _dispatch_and_collect(bot, interaction) == []
    assert interaction.response.send_message.await_count == 2, "the answer, then the apology, were tried"
    failures = [r for r in caplog.records if r.name == "bot.best_effort"]
    assert len(failures) == 1 and f"interaction {interaction.id}" in failures[0].getMessage()


async def test_when_the_defer_fails_the_slow_work_still_ends_quietly(bot, monkeypatch, caplog):
    bot.settings.defer_after_seconds = 0.05
    monkeypatch.setattr(bot.service.engine, "ask", _explode)
    slow_down(monkeypatch, bot.service.engine, "ask", 0.3)
    interaction = make_interaction(client=bot, data=slash_data("ask", question="Who is the head of SEBIN?"))
    interaction.response.defer.side_effect = _expired()
    interaction.response.send_message.side_effect = _expired()
    assert await _dispatch_and_collect(bot, interaction) == []
    interaction.response.send_message.assert_awaited_once()  # the apology was tried
    assert f"work for interaction {interaction.id} failed after its reply failed" in caplog.text
    assert "index exploded" in caplog.text


async def test_slash_help_says_when_slash_commands_were_refused(bot, monkeypatch, caplog):
    before = await run_slash(bot, "help")
    assert "unavailable" not in str(before.response.send_message.await_args.kwargs["embed"].to_dict())
    refuse_command_sync(bot, "timeline", monkeypatch)
    await bot._sync()
    logged = "\n".join(r.getMessage() for r in caplog.records if r.levelno == logging.ERROR)
    assert "Discord refused the slash commands" in logged and "Must be between 1 and 100 in length" in logged
    assert "In command 'timeline'" in logged, "the log names the refused definition"
    interaction = await run_slash(bot, "help")
    embed = interaction.response.send_message.await_args.kwargs["embed"]
    assert embed.fields[0].name == "Slash commands are unavailable" and "`!ask`" in embed.fields[0].value


@pytest.mark.parametrize("slow", [False, True], ids=["fast", "slow"])
async def test_history_stays_private_whether_or_not_it_defers(bot_on_each_backend, monkeypatch, slow):
    bot = bot_on_each_backend
    if slow:
        bot.settings.defer_after_seconds = 0.05
        slow_down(monkeypatch, bot.service, "history", 0.5)
    moderator = make_member(manage_guild=True)
    interaction = make_interaction(user=moderator, client=bot)
    cog = bot.get_cog("Moderation")
    await cog.history_slash.callback(cog, interaction)
    if slow:
        interaction.response.defer.assert_awaited_once_with(thinking=True, ephemeral=True)
    else:
        interaction.response.defer.assert_not_awaited()
    sent = reply(interaction)
    assert sent.kwargs["ephemeral"] is True
    assert sent.kwargs["embed"].title == "History of changes" and "build" in sent.kwargs["embed"].description


@pytest.mark.parametrize("name", ["remove", "history"])
async def test_other_moderator_commands_are_refused_to_members(bot, name):
    interaction = make_interaction(user=make_member(), client=bot, data=slash_data(name) | {"guild_id": "42"})
    await bot.tree._call(interaction)
    assert interaction.response.send_message.await_args.args[0].startswith("Only moderators can change the articles")


async def test_slash_sources_lists_title_outlet_and_date(bot_on_each_backend):
    bot = bot_on_each_backend
    interaction = await run_slash(bot, "sources")
    embed = reply_embed(interaction)
    assert embed.title.startswith("Sources: 5 articles")
    assert "Hot Air · 30 April 2019" in embed.description


async def test_slash_timeline_for_a_topic(bot_on_each_backend):
    bot = bot_on_each_backend
    interaction = await run_slash(bot, "timeline", topic="Lopez")
    embed = reply_embed(interaction)
    assert embed.title == "Timeline: events about Leopoldo Lopez"
    assert any(field.name == "Tuesday 30 April 2019" and "Chilean" in field.value for field in embed.fields)


async def test_slash_timeline_rejects_a_malformed_date(bot):
    interaction = await run_slash(bot, "timeline", **{"from": "30/04/2019"})
    message = interaction.response.send_message.await_args.args[0]
    assert "`from` needs a date like 2019-04-30" in message


async def test_timeline_topic_autocomplete_suggests_people_and_places(bot_on_each_backend):
    bot = bot_on_each_backend
    cog = bot.get_cog("Timeline")
    choices = await cog.topic_autocomplete(make_interaction(client=bot), "lo")
    assert "Leopoldo Lopez" in [c.name for c in choices]


async def test_reindex_is_refused_to_non_moderators_and_changes_nothing(bot_on_each_backend):
    bot = bot_on_each_backend
    before = bot.service.engine.generation
    interaction = make_interaction(user=make_member(), client=bot, data=slash_data("reindex") | {"guild_id": "42"})
    interaction.namespace = discord.app_commands.Namespace(interaction, {}, [])
    command = bot.tree.get_command("reindex", guild=discord.Object(id=42))
    with pytest.raises(discord.app_commands.CheckFailure):
        await command._check_can_run(interaction)
    await bot.tree._call(interaction)
    message = interaction.response.send_message.await_args.args[0]
    assert message.startswith("Only moderators can change the articles")
    assert bot.service.engine.generation == before


async def test_a_moderator_adds_files_sees_the_report_and_the_answers_follow(bot_on_each_backend, monkeypatch):
    bot = bot_on_each_backend
    bot.settings.defer_after_seconds = 0.05
    slow_down(monkeypatch, bot.service.maintainer, "add", 0.3)  # a re-index that takes a while shows progress
    moderator = make_member(manage_guild=True, name="mod")
    interaction = make_interaction(user=moderator, client=bot)
    cog = bot.get_cog("Moderation")
    assert await cog.interaction_check(interaction)
    await cog.reindex_slash.callback(
        cog,
        interaction,
        file=make_attachment("lima-group.md", (SAMPLES / "lima-group.md").read_bytes()),
        file2=make_attachment("notes.pdf", b"%PDF-1.4"),
    )
    interaction.response.defer.assert_awaited_once_with(thinking=True, ephemeral=False)
    edits = [c.kwargs for c in interaction.edit_original_response.await_args_list]
    assert edits[0]["content"].startswith("Embedding new passages…")
    assert edits[-1]["content"] is None, "the report replaces the progress line"
    report = edits[-1]["embed"]
    assert report.title == "Articles updated"
    fields = {f.name: f.value for f in report.fields}
    assert "2019-05-03-lima-group-backs-guaido-and-calls-for" in fields["Added (1)"]
    assert "notes.pdf" in fields["Refused (1)"] and "unsupported format" in fields["Refused (1)"]
    assert "6 articles" in report.description
    answer = await run_slash(bot, "ask", question="What did the Lima Group say about Guaido?")
    assert "Pacific Bulletin" in reply_embed(answer).fields[0].name
    history = bot.service.maintainer.folder.history()[-1]
    assert history["who"] == f"mod ({moderator.id})" and history["refused"][0]["file"] == "notes.pdf"


async def test_remove_autocompletes_titles_and_removes_the_article(bot_on_each_backend):
    bot = bot_on_each_backend
    moderator = make_member(manage_guild=True)
    cog = bot.get_cog("Moderation")
    choices = await cog.article_autocomplete(make_interaction(user=moderator, client=bot), "maduro dec")
    assert [c.value for c in choices] == ["2019-05-01-maduro-declares-victory-over-attempted-coup"]
    interaction = make_interaction(user=moderator, client=bot)
    await cog.remove_slash.callback(cog, interaction, article=choices[0].value)
    report = reply_embed(interaction)
    assert report.fields[0].name == "Removed (1)" and "4 articles" in report.description
    assert all(a.source != "ZeroHedge" for a in bot.service.articles())


async def test_a_failed_reindex_says_so_in_its_status_message(bot, monkeypatch):
    async def busy(*args, progress, **kwargs):
        await asyncio.sleep(0.3)
        progress(1)  # as the worker thread reports embedded passages
        raise ChangeInProgressError("another change to the articles is in progress")

    bot.settings.defer_after_seconds = 0.05
    monkeypatch.setattr(bot.service, "add", busy)
    interaction = make_interaction(user=make_member(manage_guild=True), client=bot)
    cog = bot.get_cog("Moderation")
    with pytest.raises(ChangeInProgressError):
        await cog.reindex_slash.callback(
            cog, interaction, file=make_attachment("lima-group.md", (SAMPLES / "lima-group.md").read_bytes())
        )
    edits = [c.kwargs["content"] for c in interaction.edit_original_response.await_args_list]
    assert edits == ["Embedding new passages… 1 done", "Stopped: see the reply below."]


async def test_a_moderator_role_is_enough(bot):
    bot.settings.moderator_role_ids = "555"
    cog = bot.get_cog("Moderation")
    interaction = make_interaction(user=make_member(role_ids=(555,)), client=bot)
    assert await cog.interaction_check(interaction)


def _pages(count: int) -> list[discord.Embed]:
    return [discord.Embed(title=f"Page {n}") for n in range(1, count + 1)]


async def test_buttons_page_forward_and_back_for_the_asker():
    owner = make_member()
    view = Pager(_pages(3), owner.id, timeout=60)
    assert view.previous_page.disabled and not view.more_page.disabled
    click = make_interaction(user=owner)
    await view.more_page.callback(click)
    assert click.response.edit_message.await_args.kwargs["embed"].title == "Page 2"
    back = make_interaction(user=owner)
    await view.previous_page.callback(back)
    assert back.response.edit_message.await_args.kwargs["embed"].title == "Page 1"
    view.stop()


async def test_buttons_refuse_other_members():
    view = Pager(_pages(2), owner_id=1, timeout=60)
    stranger = make_interaction(user=make_member())
    assert await view.interaction_check(stranger) is False
    stranger.response.send_message.assert_awaited_once_with(NOT_YOURS, ephemeral=True)
    view.stop()


async def test_a_refusal_that_cannot_be_sent_is_logged_not_raised(caplog):
    view = Pager(_pages(2), owner_id=1, timeout=60)
    stranger = make_interaction(user=make_member())
    stranger.response.send_message.side_effect = discord.NotFound(MagicMock(status=404, reason="Not Found"), "gone")
    assert await view.interaction_check(stranger) is False
    assert f"interaction {stranger.id}" in caplog.text and "NotFound" in caplog.text
    view.stop()


async def test_a_failing_button_gets_the_apology_not_silence(caplog):
    owner = make_member()
    view = Pager(_pages(2), owner.id, timeout=60)
    click = make_interaction(user=owner)
    click.response.edit_message.side_effect = discord.HTTPException(MagicMock(status=500), "server error")
    with pytest.raises(discord.HTTPException) as failed:
        await view.more_page.callback(click)
    await view.on_error(click, failed.value, view.more_page)  # what discord.py calls when a callback raises
    click.response.send_message.assert_awaited_once()
    assert click.response.send_message.await_args.args[0] == APOLOGY
    assert "error in /an interaction" in caplog.text
    view.stop()


async def test_buttons_are_disabled_when_they_time_out():
    view = Pager(_pages(2), owner_id=1, timeout=60)
    view.message = make_interaction().followup.send.return_value
    await view.on_timeout()
    assert all(item.disabled for item in view.children)
    view.message.edit.assert_awaited_once_with(view=view)


async def test_slash_timeline_without_options_shows_the_main_events_and_a_button_for_all(bot_on_each_backend):
    bot = bot_on_each_backend
    from bot.views import SwitchingPager

    interaction = await run_slash(bot, "timeline")
    kwargs = reply(interaction).kwargs
    assert kwargs["embed"].title == "Timeline: the main events" and "file" not in kwargs
    view = kwargs["view"]
    assert isinstance(view, SwitchingPager) and view.switch.label.startswith("Full timeline (")
    main_lines = sum(f.value.count("\n• ") + 1 for page in view.page_sets[0] for f in page.fields)
    all_lines = sum(f.value.count("\n• ") + 1 for page in view.page_sets[1] for f in page.fields)
    assert 0 < main_lines <= 15 and all_lines > main_lines
    click = make_interaction(user=interaction.user, client=bot)
    await view.switch.callback(click)
    assert click.response.edit_message.await_args.kwargs["embed"].title == "Timeline: every event"
    assert view.switch.label == "Main events"


async def test_slash_timeline_picture_attaches_a_png(bot_on_each_backend):
    bot = bot_on_each_backend
    interaction = await run_slash(bot, "timeline", topic="Lopez", picture=True)
    kwargs = reply(interaction).kwargs
    assert kwargs["embed"].title == "Timeline: events about Leopoldo Lopez"
    assert kwargs["file"].filename == "timeline.png" and kwargs["file"].fp.read(4) == b"\x89PNG"


async def test_manage_server_in_another_server_is_refused(bot):
    """Anyone can invite a public bot to their own server: being its admin must not change everyone's articles."""
    admin_elsewhere = make_member(manage_guild=True, name="stranger")
    interaction = make_interaction(user=admin_elsewhere, client=bot, guild_id=7, data=slash_data("history"))
    cog = bot.get_cog("Moderation")
    with pytest.raises(NotModerator) as refused:
        await cog.interaction_check(interaction)
    assert "only in the server the bot's operator chose" in str(refused.value)
    assert bot.tree.get_command("history", guild=discord.Object(id=7)) is None
    assert bot.tree.get_command("history") is None
    assert bot.tree.get_command("history", guild=discord.Object(id=42)) is not None


async def test_the_owners_listed_role_is_accepted_and_manage_server_alone_is_not(bot):
    bot.settings.moderator_role_ids = "555"
    cog = bot.get_cog("Moderation")
    assert await cog.interaction_check(make_interaction(user=make_member(role_ids=(555,)), client=bot))
    with pytest.raises(NotModerator):
        await cog.interaction_check(make_interaction(user=make_member(manage_guild=True), client=bot))
    with pytest.raises(NotModerator):
        await cog.interaction_check(make_interaction(user=make_member(role_ids=(555,)), client=bot, guild_id=7))


async def test_a_listed_user_is_accepted_without_a_role(bot):
    owner = make_member()
    bot.settings.moderator_user_ids = f"1, {owner.id}"
    cog = bot.get_cog("Moderation")
    assert await cog.interaction_check(make_interaction(user=owner, client=bot))
    with pytest.raises(NotModerator):
        await cog.interaction_check(make_interaction(user=make_member(), client=bot))


async def test_without_moderation_servers_no_moderation_command_is_registered(bot_settings, service):
    bot_settings.moderation_guild_ids = ""
    assert bot_settings.dev_guild_id is None and not bot_settings.moderation_policy.guilds
    cronista = create_bot(bot_settings, service)
    await cronista._async_setup_hook()
    await cronista.setup_hook()
    registered = {c.name for c in cronista.tree.get_commands()} | {
        c.name for c in cronista.tree.get_commands(guild=discord.Object(id=42))
    }
    assert {"ask", "sources"} <= registered and not registered & {"reindex", "remove", "history"}
    with pytest.raises(NotModerator):  # the prefix commands stay, and refuse
        await cronista.get_cog("Moderation").interaction_check(
            make_interaction(user=make_member(manage_guild=True), client=cronista)
        )


def test_moderation_servers_default_to_the_development_server(bot_settings):
    bot_settings.moderation_guild_ids = ""
    bot_settings.dev_guild_id = 99
    assert bot_settings.moderation_policy.guilds == {99}
    bot_settings.moderation_guild_ids = "5,6"
    assert bot_settings.moderation_policy.guilds == {5, 6}
