"""Settings come from the environment or .env, are checked at start-up, and the token is never shown."""

from __future__ import annotations

import re

import discord
import pytest
from conftest import REPO

from bot.settings import MISSING_TOKEN, BotSettings, load_settings


def test_env_example_lists_every_setting_with_a_comment():
    text = (REPO / ".env.example").read_text()
    listed = set(re.findall(r"^#?\s*([A-Z_]+)=", text, flags=re.M))
    assert listed == {name.upper() for name in BotSettings.model_fields}
    for name in listed:
        assert re.search(rf"^# .+\n#?\s*{name}=", text, flags=re.M), f"{name} has no comment above it"


def test_a_copy_of_env_example_starts_with_the_defaults(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    for name in BotSettings.model_fields:
        monkeypatch.delenv(name.upper(), raising=False)
    (tmp_path / ".env").write_text((REPO / ".env.example").read_text())
    settings = load_settings()
    assert settings.token is None and settings.dev_guild_id is None
    assert settings.model_dump() == BotSettings(_env_file=None).model_dump()


def test_a_missing_token_says_where_to_put_it(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    assert load_settings().token is None
    assert "DISCORD_TOKEN" in MISSING_TOKEN and ".env" in MISSING_TOKEN


def test_the_token_is_read_from_dot_env_and_never_printed(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    (tmp_path / ".env").write_text("DISCORD_TOKEN=abc.def.secret\nMODERATOR_ROLE_IDS=1, 2\n")
    settings = load_settings()
    assert settings.token == "abc.def.secret"
    assert "abc.def.secret" not in repr(settings) and "abc.def.secret" not in str(settings.model_dump())
    assert settings.moderator_roles == {1, 2}


def test_bad_settings_stop_start_up_with_one_line_each(monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("MODERATOR_ROLE_IDS", "mods")
    monkeypatch.setenv("COOLDOWN_QUESTIONS", "0")
    with pytest.raises(SystemExit) as stopped:
        load_settings()
    message = str(stopped.value)
    assert "MODERATOR_ROLE_IDS: Value error, must be a comma-separated list" in message
    assert "COOLDOWN_QUESTIONS:" in message


def test_without_a_token_the_main_command_shows_a_sample_answer(
    monkeypatch, tmp_path, capsys, real_embedders, real_index_dir
):
    import shutil

    from bot.__main__ import main

    # The index the session built of the same corpus, so that this checks the reply, not a second build of the
    # index (test_bot_startup checks that start-up builds a missing one).
    shutil.copytree(REPO / "corpus", tmp_path / "corpus")
    shutil.copytree(real_index_dir, tmp_path / ".cronista" / "index")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    monkeypatch.setattr("index.embedding.load_default_embedders", lambda multilingual=True: real_embedders)
    assert main() == 0
    captured = capsys.readouterr()
    assert "No Discord token is configured" in captured.err
    assert "“Who is the head of SEBIN?”" in captured.out and "Quote 1 of 3" in captured.out
    assert (tmp_path / ".cronista" / "index" / "CURRENT").exists()


@pytest.mark.parametrize(
    ("failure", "message"),
    [
        (discord.LoginFailure("Improper token has been passed."), "Discord refused the token"),
        (discord.PrivilegedIntentsRequired(None), "Message Content intent"),
    ],
    ids=["bad-token", "intent-off"],
)
def test_a_refused_login_is_one_clear_line(monkeypatch, tmp_path, capsys, failure, message):
    from unittest.mock import MagicMock

    import bot.__main__ as entry

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DISCORD_TOKEN", "abc.def.secret")
    monkeypatch.setattr(entry, "start_service", lambda settings: MagicMock())
    client = MagicMock()
    client.run.side_effect = failure
    monkeypatch.setattr("bot.client.create_bot", lambda *args, **kwargs: client)
    assert entry.main() == 1
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err and err.count("\n") == 1


async def test_bot_sharded_runs_one_process_with_several_shards(bot_settings):
    from discord.ext import commands

    from bot.client import create_bot

    assert not isinstance(create_bot(bot_settings, service=None), commands.AutoShardedBot)
    sharded = create_bot(bot_settings.model_copy(update={"bot_sharded": True, "shard_count": 3}), service=None)
    assert isinstance(sharded, commands.AutoShardedBot) and sharded.shard_count == 3
