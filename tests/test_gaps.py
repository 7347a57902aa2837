"""What the articles don't answer: grouped gaps from the question log, on the command line and in /gaps."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from discord_fakes import make_interaction, make_member, slash_data

from bot.client import create_bot
from index.cli import main
from index.gaps import group_gaps, question_embedder
from index.questionlog import LOG_FILE, QuestionLog, load_salt

DAY = dt.datetime(2019, 5, 2, 9, tzinfo=dt.UTC)


def fill_log(folder, server_id: int = 42) -> QuestionLog:
    """Three wordings of one question (two declined, one voted down), another asked twice, a good answer."""
    log = QuestionLog(folder / LOG_FILE, load_salt(folder))
    asked = [
        (1, "When was Hugo Chavez born?", "declined", 0),
        (2, "What currency does Venezuela use?", "related", 1),
        (3, "When was Hugo Chávez born", "declined", 2),
        (4, "What is the currency Venezuela uses?", "declined", 3),
        (5, "Hugo Chavez born when?", "answered", 4),
        (6, "Who is the head of SEBIN?", "answered", 5),
    ]
    for number, question, verdict, days in asked:
        log.record(number, server_id, 1000 + number, question, verdict, when=DAY + dt.timedelta(days=days))
    log.vote(5, 2000, -1, "wrong_quote")
    log.vote(5, 2001, -1, "other", "it quotes his death, not his birth")
    log.vote(6, 2000, 1)
    log.record(7, server_id + 1, 3000, "Another server's question", "declined", when=DAY)
    return log


def test_questions_that_ask_the_same_thing_are_one_gap_most_asked_first(tmp_path, fake_embedders):
    log = fill_log(tmp_path)
    gaps = group_gaps(log.questions(42, only_flagged=True), *question_embedder(fake_embedders))
    assert [(g.count, g.question) for g in gaps] == [
        (3, "When was Hugo Chavez born?"),
        (2, "What currency does Venezuela use?"),
    ]
    chavez = gaps[0]
    assert chavez.reasons() == {"declined": 2, "wrong quote or wrong citation": 1, "other": 1}
    assert (chavez.first_asked.date(), chavez.last_asked.date()) == (dt.date(2019, 5, 2), dt.date(2019, 5, 6))
    assert gaps[1].reasons() == {"related only": 1, "declined": 1}


def test_different_questions_about_the_same_person_stay_apart(tmp_path, fake_embedders):
    log = QuestionLog(tmp_path / LOG_FILE, b"salt")
    log.record(1, 42, 1, "When was Hugo Chavez born?", "declined", when=DAY)
    log.record(2, 42, 1, "When was Hugo Chavez elected?", "declined", when=DAY)
    gaps = group_gaps(log.questions(only_flagged=True), *question_embedder(fake_embedders))
    assert sorted(g.question for g in gaps) == ["When was Hugo Chavez born?", "When was Hugo Chavez elected?"]


@pytest.fixture
def cli(monkeypatch, fake_embedders, corpus_dir, tmp_path):
    monkeypatch.setattr("index.embedding.load_default_embedders", lambda multilingual=True: fake_embedders)

    def run(*args: str) -> int:
        return main([args[0], "--corpus", str(corpus_dir), "--index-dir", str(tmp_path / "index"), *args[1:]])

    return run


def test_index_gaps_lists_json_and_exports_a_question_set_that_eval_accepts_once_kinds_are_filled(
    cli, tmp_path, capsys
):
    assert cli("gaps") == 1
    assert "no question log" in capsys.readouterr().err
    assert cli("build") == 0
    fill_log(tmp_path / "index")
    capsys.readouterr()
    export = tmp_path / "gaps.jsonl"
    assert cli("gaps", "--server", "42", "--json", "--export", str(export)) == 0
    listed = json.loads(capsys.readouterr().out)["gaps"]
    assert [(g["count"], g["question"]) for g in listed] == [
        (3, "When was Hugo Chavez born?"),
        (2, "What currency does Venezuela use?"),
    ]
    assert listed[0]["notes"] == ["it quotes his death, not his birth"]
    records = [json.loads(line) for line in export.read_text(encoding="utf-8").splitlines()]
    assert records == [
        {"id": "gap-001", "kind": "", "q": "When was Hugo Chavez born?", "answers": []},
        {"id": "gap-002", "kind": "", "q": "What currency does Venezuela use?", "answers": []},
    ]
    assert cli("eval", str(export)) == 1
    assert "gaps.jsonl:1 has no kind" in capsys.readouterr().err
    filled = [{**record, "kind": "oos"} for record in records]
    export.write_text("".join(json.dumps(r) + "\n" for r in filled), encoding="utf-8")
    assert cli("eval", str(export)) == 0
    assert "oos" in capsys.readouterr().out
    assert cli("gaps") == 0
    assert "Another server's question" in capsys.readouterr().out, "without --server, every server"


@pytest.fixture
async def bot(bot_settings, service):
    cronista = create_bot(bot_settings, service)
    await cronista._async_setup_hook()
    await cronista.setup_hook()
    yield cronista
    await cronista.get_cog("Feedback").cog_unload()


@pytest.mark.parametrize(
    ("member", "server"), [(make_member(), 42), (make_member(manage_guild=True), 7)], ids=["member", "other server"]
)
async def test_gaps_is_refused_to_members_who_are_not_moderators(bot, member, server):
    fill_log(bot.settings.index_dir)
    interaction = make_interaction(user=member, client=bot, data=slash_data("gaps"), guild_id=server)
    await bot.tree._call(interaction)
    args, kwargs = interaction.response.send_message.await_args
    assert args[0].startswith("Only moderators") and kwargs["ephemeral"] is True
    interaction.followup.send.assert_not_awaited()
    interaction.response.defer.assert_not_awaited()


async def test_gaps_shows_a_moderator_every_servers_gaps_and_exports_them(bot):
    fill_log(bot.settings.index_dir)
    moderator = make_member(manage_guild=True)
    interaction = make_interaction(user=moderator, client=bot, data={**slash_data("gaps"), "options": []})
    cog = bot.get_cog("Feedback")
    await cog.gaps_slash.callback(cog, interaction, export=True)
    calls = interaction.response.send_message.await_args_list + interaction.followup.send.await_args_list
    [sent] = [call.kwargs for call in calls]
    assert sent["ephemeral"] is True and "fill in each `kind`" in sent["content"]
    text = sent["embed"].description
    chavez, currency = "**3×** “When was Hugo Chavez born?”", "**2×** “What currency does Venezuela use?”"
    assert text.index(chavez) < text.index(currency)
    assert "declined 2" in text and "it quotes his death, not his birth" in text
    assert "Another server" in text, "every server is quoted from the articles the moderators keep"
    records = [json.loads(line) for line in sent["file"].fp.read().decode().splitlines()]
    assert [r["q"] for r in records][:2] == ["When was Hugo Chavez born?", "What currency does Venezuela use?"]
    assert all(r["kind"] == "" and r["answers"] == [] for r in records)
