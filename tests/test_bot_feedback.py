"""Feedback under answers and the question log behind it, driven through the bot's own views and spec'd interactions."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from unittest.mock import MagicMock

import discord
import pytest
from discord.components import _component_factory
from discord_fakes import make_interaction, make_member, slash_data

from bot.client import create_bot
from bot.feedback.buttons import ASK_REASON, GONE, THANKS_DECLINE, THANKS_UP, OtherReasonModal, ReasonView
from bot.views import Pager
from index.questionlog import LOG_FILE


async def started(settings, service):
    """A bot with its cogs loaded (nothing connects); a second call over the same folders is a restart."""
    cronista = create_bot(settings, service)
    await cronista._async_setup_hook()
    await cronista.setup_hook()
    return cronista


@pytest.fixture
async def bot(bot_settings, service):
    cronista = await started(bot_settings, service)
    yield cronista
    await cronista.get_cog("Feedback").cog_unload()


async def ask(bot, question: str, user=None):
    interaction = make_interaction(user=user, client=bot, data=slash_data("ask", question=question))
    await bot.tree._call(interaction)
    return interaction


def sent(interaction):
    """The one message a slash command sent: its first response, or its follow-up after a defer."""
    calls = interaction.response.send_message.await_args_list + interaction.followup.send.await_args_list
    assert len(calls) == 1, f"expected one reply, got {calls}"
    return calls[0]


def sent_view(interaction) -> discord.ui.View | None:
    return sent(interaction).kwargs.get("view")


def vote_ids(interaction) -> dict[str, str]:
    """The custom ids of the 👍 / 👎 buttons sent with an answer."""
    view = sent_view(interaction)
    return {str(item.emoji): item.custom_id for item in view.children if item.custom_id.startswith("cronista:vote:")}


def logged(bot) -> list:
    return bot.get_cog("Feedback").recorder.log.questions()


async def click(bot, custom_id: str, user, components: list[dict]):
    """A button click as Discord delivers it: discord.py finds the bot's dynamic item from the custom id alone."""
    interaction = make_interaction(user=user, client=bot, data={"custom_id": custom_id, "component_type": 2})
    interaction.type = discord.InteractionType.component
    message = MagicMock(spec_set=discord.Message)
    message.id, message.flags = 1, discord.MessageFlags()
    message.components = [_component_factory(row) for row in components]
    interaction.message = message
    bot._connection._view_store.dispatch_view(2, custom_id, interaction)  # what the gateway handler calls
    await asyncio.gather(*(t for t in asyncio.all_tasks() if t.get_name().startswith("discord-ui-dynamic-item")))
    return interaction


def reply(interaction) -> str:
    return interaction.response.send_message.await_args.args[0]


async def test_an_answer_is_logged_with_its_verdict_and_spans_and_carries_vote_buttons(bot):
    asker = make_member()
    interaction = await ask(bot, "Who is the head of SEBIN?", asker)
    await bot.get_cog("Feedback").recorder.settle()
    [entry] = logged(bot)
    assert (entry.question, entry.verdict, entry.server_id) == ("Who is the head of SEBIN?", "answered", 42)
    assert entry.quotes and all(span.end > span.start for span in entry.quotes)
    assert isinstance(sent_view(interaction), Pager), "the page buttons stay"
    assert vote_ids(interaction) == {"👍": f"cronista:vote:up:{entry.id}", "👎": f"cronista:vote:down:{entry.id}"}
    with sqlite3.connect(bot.settings.index_dir / LOG_FILE) as db:
        assert str(asker.id) not in "\n".join(db.iterdump())


async def test_a_vote_is_stored_once_per_member_and_can_be_changed(bot):
    answer = await ask(bot, "Who is the head of SEBIN?")
    ids, rows = vote_ids(answer), sent_view(answer).to_components()
    voter, other = make_member(), make_member()
    assert reply(await click(bot, ids["👍"], voter, rows)) == THANKS_UP
    await click(bot, ids["👍"], voter, rows)
    await click(bot, ids["👍"], other, rows)
    assert (logged(bot)[0].up, logged(bot)[0].down) == (2, 0)
    down = await click(bot, ids["👎"], voter, rows)
    assert reply(down) == ASK_REASON and down.response.send_message.await_args.kwargs["ephemeral"] is True
    reasons = down.response.send_message.await_args.kwargs["view"]
    assert isinstance(reasons, ReasonView)
    choose = make_interaction(user=voter, client=bot)
    reasons.reason._values = ["outdated"]  # what discord.py sets from the member's choice
    await reasons.reason.callback(choose)
    assert "outdated" in choose.response.edit_message.await_args.kwargs["content"]
    [entry] = logged(bot)
    assert (entry.up, entry.down, entry.reasons) == (1, 1, ["outdated"])


async def test_other_opens_a_text_box_of_at_most_200_characters_stored_with_the_vote(bot):
    answer = await ask(bot, "Who is the head of SEBIN?")
    voter = make_member()
    down = await click(bot, vote_ids(answer)["👎"], voter, sent_view(answer).to_components())
    reasons = down.response.send_message.await_args.kwargs["view"]
    choose = make_interaction(user=voter, client=bot)
    reasons.reason._values = ["other"]
    await reasons.reason.callback(choose)
    modal = choose.response.send_modal.await_args.args[0]
    assert isinstance(modal, OtherReasonModal) and modal.note.max_length == 200
    modal.note._value = "The quote is about the former head, not the current one @everyone"
    submit = make_interaction(user=voter, client=bot)
    await modal.on_submit(submit)
    assert submit.response.send_message.await_args.kwargs["allowed_mentions"].to_dict() == {"parse": []}
    [entry] = logged(bot)
    assert entry.reasons == ["other"]
    assert entry.notes == ["The quote is about the former head, not the current one @everyone"]


async def test_a_thumbs_down_under_a_decline_means_it_should_have_been_answered(bot):
    answer = await ask(bot, "How do I bake sourdough bread?")
    ids = vote_ids(answer)
    assert ids["👎"].endswith(":d")
    assert sent_view(answer).is_finished(), "buttons alone need no view kept in memory: the bot's dynamic item answers"
    assert reply(await click(bot, ids["👎"], make_member(), sent_view(answer).to_components())) == THANKS_DECLINE
    [entry] = logged(bot)
    assert (entry.verdict, entry.reasons) == ("declined", ["should_answer"])


async def test_a_vote_after_a_restart_lands_on_the_right_answer(bot, bot_settings, service):
    first = await ask(bot, "Who is the head of SEBIN?")
    second = await ask(bot, "What did Pompeo say about military action?")
    await bot.get_cog("Feedback").recorder.settle()
    await bot.get_cog("Feedback").cog_unload()
    restarted = await started(bot_settings, service)  # a new process: nothing in memory but the registration
    try:
        await click(restarted, vote_ids(second)["👍"], make_member(), sent_view(second).to_components())
        by_question = {q.question: q for q in logged(restarted)}
        assert by_question["What did Pompeo say about military action?"].up == 1
        assert by_question["Who is the head of SEBIN?"].up == 0
        assert vote_ids(first) != vote_ids(second)
    finally:
        await restarted.get_cog("Feedback").cog_unload()


async def test_feedback_buttons_outlive_the_page_buttons_and_are_for_everyone(bot):
    answer = await ask(bot, "Who is the head of SEBIN?")
    pager = sent_view(answer)
    stranger = make_interaction(user=make_member(), client=bot, data={"custom_id": vote_ids(answer)["👍"]})
    assert await pager.interaction_check(stranger), "anyone may vote, not only the asker"
    pager.message = MagicMock(spec_set=discord.InteractionMessage)
    await pager.on_timeout()
    pager.stop()
    states = {item.custom_id: item.disabled for item in pager.children}
    assert all(not states[i] for i in vote_ids(answer).values()) and pager.more_page.disabled
    assert reply(await click(bot, vote_ids(answer)["👍"], make_member(), pager.to_components())) == THANKS_UP


async def test_a_vote_on_an_answer_no_longer_in_the_log_says_so(bot):
    answer = await ask(bot, "Who is the head of SEBIN?")
    asker = answer.user
    await bot.get_cog("Feedback").recorder.forget(asker.id)
    assert reply(await click(bot, vote_ids(answer)["👍"], make_member(), sent_view(answer).to_components())) == GONE


async def test_forget_me_deletes_the_members_questions_and_votes(bot):
    asker, other = make_member(), make_member()
    mine = await ask(bot, "Who is the head of SEBIN?", asker)
    await ask(bot, "How do I bake sourdough bread?", other)
    await click(bot, vote_ids(mine)["👍"], asker, sent_view(mine).to_components())
    forget = make_interaction(user=asker, client=bot, data=slash_data("forget-me"))
    await bot.tree._call(forget)
    message = sent(forget).kwargs["content"]
    assert sent(forget).kwargs["ephemeral"] is True
    assert message == "Done: deleted 1 of your questions and 1 of your votes from the question log."
    assert [q.question for q in logged(bot)] == ["How do I bake sourdough bread?"]


async def test_the_settings_turn_the_buttons_or_the_whole_log_off(bot_settings, service):
    bot_settings.feedback_buttons = False
    quiet = await started(bot_settings, service)
    answer = await ask(quiet, "Who is the head of SEBIN?")
    await quiet.get_cog("Feedback").recorder.settle()
    assert not any(i.custom_id.startswith("cronista:vote") for i in sent_view(answer).children)
    assert len(logged(quiet)) == 1, "the log still feeds /gaps"
    await quiet.get_cog("Feedback").cog_unload()
    bot_settings.question_log_days = 0
    unlogged = await started(bot_settings, service)
    assert unlogged.get_cog("Feedback").recorder is None
    answer = await ask(unlogged, "How do I bake sourdough bread?")
    assert sent_view(answer) is None


async def test_a_locked_log_never_stops_an_answer_and_is_reported_once(bot, caplog):
    await ask(bot, "Who is the head of SEBIN?")
    recorder = bot.get_cog("Feedback").recorder
    await recorder.settle()
    holder = sqlite3.connect(recorder.log.path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another process holds the database
    caplog.set_level(logging.INFO, logger="bot.feedback.recorder")
    try:
        answers = [await ask(bot, q) for q in ("who is Guaido", "How do I bake sourdough bread?")]
        await recorder.settle()
    finally:
        holder.rollback()
        holder.close()
    for answer in answers:
        assert "embed" in sent(answer).kwargs, "the answer was sent"
    failures = [r for r in caplog.records if "is unavailable" in r.getMessage()]
    assert len(failures) == 1 and failures[0].levelno == logging.ERROR
    await ask(bot, "who is Lopez")
    await recorder.settle()
    assert any("works again" in r.getMessage() for r in caplog.records)
    assert [q.question for q in logged(bot)] == ["Who is the head of SEBIN?", "who is Lopez"]


async def test_prefix_ask_and_forget_me_work_like_the_slash_commands(bot_settings, service, monkeypatch):
    import discord.ext.test as dpytest
    from discord.ext.test import backend

    payloads, original = [], backend.FakeHttp.send_message

    async def spy(self, channel_id, *, params):
        payloads.append(params.payload)
        channel = backend._get_higher_locs(1)["channel"]  # noqa: F841 (dpytest reads it from this frame)
        return await original(self, channel_id, params=params)

    monkeypatch.setattr(backend.FakeHttp, "send_message", spy)
    intents = discord.Intents.default()
    intents.members = intents.message_content = True
    cronista = create_bot(bot_settings, service, intents=intents)
    await cronista._async_setup_hook()
    await cronista.setup_hook()
    dpytest.configure(cronista, members=["alice"])
    try:
        await dpytest.message("!ask How do I bake sourdough bread?")
        await cronista.get_cog("Feedback").recorder.settle()
        [entry] = logged(cronista)
        buttons = [c["custom_id"] for row in payloads[-1]["components"] for c in row["components"]]
        assert buttons == [f"cronista:vote:up:{entry.id}:d", f"cronista:vote:down:{entry.id}:d"]
        await dpytest.message("!forget-me")
        dpytest.get_message()  # the answer
        assert dpytest.get_message().content.startswith("Done: deleted 1 of your questions")
        assert logged(cronista) == []
    finally:
        await dpytest.empty_queue()
        await cronista.get_cog("Feedback").cog_unload()
