"""Slash commands and buttons through discord.py's own CommandTree, with spec'd Interaction mocks."""

from __future__ import annotations

import logging
from unittest.mock import MagicMock

import discord
import pytest
from conftest import SAMPLES
from discord_fakes import make_attachment, make_interaction, make_member, slash_data

from bot.client import create_bot
from bot.errors import APOLOGY
from bot.views import NOT_YOURS, Pager
from index.storage import ChangeInProgressError


@pytest.fixture
async def bot(bot_settings, service):
    """The bot with its cogs loaded and its commands on the tree (nothing is synced, nothing connects)."""
    cronista = create_bot(bot_settings, service)
    await cronista._async_setup_hook()
    await cronista.setup_hook()
    yield cronista


async def run_slash(bot, name: str, user=None, **options):
    """Dispatch a slash command the way discord.py does when Discord sends it."""
    interaction = make_interaction(user=user, client=bot, data=slash_data(name, **options))
    await bot.tree._call(interaction)
    return interaction


def followup_embed(interaction) -> discord.Embed:
    return interaction.followup.send.await_args.kwargs["embed"]


async def test_slash_ask_defers_then_answers_like_the_prefix_command(bot):
    interaction = await run_slash(bot, "ask", question="Who is the head of SEBIN?")
    interaction.response.defer.assert_awaited_once_with(thinking=True)
    kwargs = interaction.followup.send.await_args.kwargs
    assert kwargs["embed"].title == "“Who is the head of SEBIN?”"
    assert "**SEBIN**" in kwargs["embed"].fields[0].value
    assert kwargs["allowed_mentions"].to_dict() == {"parse": []}
    assert isinstance(kwargs["view"], Pager), "nine quotes make three pages"


async def test_slash_ask_with_an_empty_question_answers_privately(bot):
    interaction = await run_slash(bot, "ask", question="   ")
    interaction.response.send_message.assert_awaited_once()
    args, kwargs = interaction.response.send_message.await_args
    assert args[0].startswith("The question is empty") and kwargs["ephemeral"] is True
    interaction.response.defer.assert_not_awaited()


async def test_slash_ask_declines_what_the_articles_do_not_answer(bot):
    interaction = await run_slash(bot, "ask", question="How do I bake sourdough bread?")
    embed = followup_embed(interaction)
    assert embed.title == "The articles don't answer this" and "/sources" in embed.description


async def test_slash_ask_with_everyone_pings_nobody(bot):
    interaction = await run_slash(bot, "ask", question="did @everyone and <@&42> hear what SEBIN said")
    kwargs = interaction.followup.send.await_args.kwargs
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


async def test_slash_ask_engine_error_after_deferring_is_an_apology(bot, monkeypatch, caplog):
    def broken(question, k):
        raise RuntimeError("index exploded")

    monkeypatch.setattr(bot.service.engine, "ask", broken)
    with caplog.at_level(logging.ERROR):
        interaction = await run_slash(bot, "ask", question="Who is the head of SEBIN?")
    interaction.response.defer.assert_awaited_once()
    assert interaction.followup.send.await_args.args[0] == APOLOGY
    assert any(r.exc_info and "index exploded" in str(r.exc_info[1]) for r in caplog.records)


@pytest.mark.parametrize("name", ["remove", "history"])
async def test_other_moderator_commands_are_refused_to_members(bot, name):
    interaction = make_interaction(user=make_member(), client=bot, data=slash_data(name))
    await bot.tree._call(interaction)
    assert interaction.response.send_message.await_args.args[0].startswith("Only moderators can change the articles")


async def test_slash_sources_lists_title_outlet_and_date(bot):
    interaction = await run_slash(bot, "sources")
    embed = followup_embed(interaction)
    assert embed.title.startswith("Sources: 5 articles")
    assert "Hot Air · 30 April 2019" in embed.description


async def test_slash_timeline_for_a_topic(bot):
    interaction = await run_slash(bot, "timeline", topic="Lopez")
    embed = followup_embed(interaction)
    assert embed.title == "Timeline: events about Leopoldo Lopez"
    assert any(field.name == "Tuesday 30 April 2019" and "Chilean" in field.value for field in embed.fields)


async def test_slash_timeline_rejects_a_malformed_date(bot):
    interaction = await run_slash(bot, "timeline", **{"from": "30/04/2019"})
    message = interaction.response.send_message.await_args.args[0]
    assert "`from` needs a date like 2019-04-30" in message


async def test_timeline_topic_autocomplete_suggests_people_and_places(bot):
    cog = bot.get_cog("Timeline")
    choices = await cog.topic_autocomplete(make_interaction(client=bot), "lo")
    assert "Leopoldo Lopez" in [c.name for c in choices]


async def test_reindex_is_refused_to_non_moderators_and_changes_nothing(bot):
    before = bot.service.engine.generation
    interaction = make_interaction(user=make_member(), client=bot, data=slash_data("reindex"))
    interaction.namespace = discord.app_commands.Namespace(interaction, {}, [])
    command = bot.tree.get_command("reindex")
    with pytest.raises(discord.app_commands.CheckFailure):
        await command._check_can_run(interaction)
    await bot.tree._call(interaction)
    message = interaction.response.send_message.await_args.args[0]
    assert message.startswith("Only moderators can change the articles")
    assert bot.service.engine.generation == before


async def test_a_moderator_adds_files_sees_the_report_and_the_answers_follow(bot):
    moderator = make_member(manage_guild=True, name="mod")
    interaction = make_interaction(user=moderator, client=bot)
    status = interaction.followup.send.return_value
    cog = bot.get_cog("Moderation")
    assert await cog.interaction_check(interaction)
    await cog.reindex_slash.callback(
        cog,
        interaction,
        file=make_attachment("lima-group.md", (SAMPLES / "lima-group.md").read_bytes()),
        file2=make_attachment("notes.pdf", b"%PDF-1.4"),
    )
    report = status.edit.await_args.kwargs["embed"]
    assert report.title == "Articles updated"
    fields = {f.name: f.value for f in report.fields}
    assert "2019-05-03-lima-group-backs-guaido-and-calls-for" in fields["Added (1)"]
    assert "notes.pdf" in fields["Refused (1)"] and "unsupported format" in fields["Refused (1)"]
    assert "6 articles" in report.description
    answer = await run_slash(bot, "ask", question="What did the Lima Group say about Guaido?")
    assert "Pacific Bulletin" in followup_embed(answer).fields[0].name
    history = bot.service.maintainer.folder.history()[-1]
    assert history["who"] == f"mod ({moderator.id})" and history["refused"][0]["file"] == "notes.pdf"


async def test_remove_autocompletes_titles_and_removes_the_article(bot):
    moderator = make_member(manage_guild=True)
    cog = bot.get_cog("Moderation")
    choices = await cog.article_autocomplete(make_interaction(user=moderator, client=bot), "maduro dec")
    assert [c.value for c in choices] == ["2019-05-01-maduro-declares-victory-over-attempted-coup"]
    interaction = make_interaction(user=moderator, client=bot)
    await cog.remove_slash.callback(cog, interaction, article=choices[0].value)
    report = followup_embed(interaction)
    assert report.fields[0].name == "Removed (1)" and "4 articles" in report.description
    assert all(a.source != "ZeroHedge" for a in bot.service.articles())


async def test_a_failed_reindex_says_so_in_its_status_message(bot, monkeypatch):
    async def busy(*args, **kwargs):
        raise ChangeInProgressError("another change to the articles is in progress")

    monkeypatch.setattr(bot.service, "add", busy)
    interaction = make_interaction(user=make_member(manage_guild=True), client=bot)
    status = interaction.followup.send.return_value
    cog = bot.get_cog("Moderation")
    with pytest.raises(ChangeInProgressError):
        await cog.reindex_slash.callback(
            cog, interaction, file=make_attachment("lima-group.md", (SAMPLES / "lima-group.md").read_bytes())
        )
    assert status.edit.await_args.kwargs == {"content": "Stopped: see the reply below."}


async def test_a_moderator_role_is_enough(bot):
    bot.settings.moderator_role_ids = "555"
    cog = bot.get_cog("Moderation")
    interaction = make_interaction(user=make_member(role_ids=(555,)), client=bot)
    assert await cog.interaction_check(interaction)


async def test_history_shows_the_latest_changes(bot):
    moderator = make_member(manage_guild=True)
    interaction = make_interaction(user=moderator, client=bot)
    cog = bot.get_cog("Moderation")
    await cog.history_slash.callback(cog, interaction)
    interaction.response.defer.assert_awaited_once_with(ephemeral=True, thinking=True)
    embed = interaction.followup.send.await_args.kwargs["embed"]
    assert embed.title == "History of changes" and "build" in embed.description


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


async def test_slash_timeline_without_options_shows_the_main_events_and_a_button_for_all(bot):
    from bot.views import SwitchingPager

    interaction = await run_slash(bot, "timeline")
    kwargs = interaction.followup.send.await_args.kwargs
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


async def test_slash_timeline_picture_attaches_a_png(bot):
    interaction = await run_slash(bot, "timeline", topic="Lopez", picture=True)
    kwargs = interaction.followup.send.await_args.kwargs
    assert kwargs["embed"].title == "Timeline: events about Leopoldo Lopez"
    assert kwargs["file"].filename == "timeline.png" and kwargs["file"].fp.read(4) == b"\x89PNG"
