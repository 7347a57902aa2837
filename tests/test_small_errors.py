"""The small ways to start or stop badly each end in one clear line, never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from unittest.mock import MagicMock

import aiohttp
from conftest import REPO

from bot.settings import MISSING_TOKEN, missing_token_message
from index.cli import main


def test_index_command_settings_errors_are_one_line_each(monkeypatch, tmp_path, capsys):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("MULTILINGUAL", "perhaps")
    assert main(["history"]) == 2
    err = capsys.readouterr().err
    assert "MULTILINGUAL: Input should be a valid boolean" in err and "Traceback" not in err
    assert err.count("\n") == 2


def test_a_closed_pipe_ends_quietly(tmp_path):
    index_dir = tmp_path / "index"
    index_dir.mkdir()
    entry = {"when": "2019-05-01T00:00:00+00:00", "who": "x", "action": "add", "added": ["a"]}
    (index_dir / "history.jsonl").write_text((json.dumps(entry) + "\n") * 50_000)
    command = f"{sys.executable} -m index history --index-dir {index_dir} | head -1"
    done = subprocess.run(["bash", "-c", command], capture_output=True, text=True, cwd=REPO)
    assert done.stdout.count("\n") == 1
    assert done.stderr == ""


def test_an_unreachable_discord_is_one_line(monkeypatch, tmp_path, capsys):
    import bot.__main__ as entry

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DISCORD_TOKEN", "abc.def.secret")
    monkeypatch.setattr(entry, "start_service", lambda settings: MagicMock())
    client = MagicMock()
    key = MagicMock(host="discord.com", port=443, ssl=True)
    client.run.side_effect = aiohttp.ClientConnectorError(key, OSError(101, "Network is unreachable"))
    monkeypatch.setattr("bot.client.create_bot", lambda *args, **kwargs: client)
    assert entry.main() == 1
    err = capsys.readouterr().err
    assert err.startswith("Cannot reach Discord") and "Traceback" not in err and err.count("\n") == 1


def test_an_empty_token_in_an_existing_env_file_is_named(tmp_path):
    env = tmp_path / ".env"
    assert missing_token_message(env) == MISSING_TOKEN
    env.write_text("COMMAND_PREFIX=!\nDISCORD_TOKEN=\n")
    assert "DISCORD_TOKEN is empty in" in missing_token_message(env)
    env.write_text('DISCORD_TOKEN=""\n')
    assert "DISCORD_TOKEN is empty in" in missing_token_message(env)
    env.write_text("# DISCORD_TOKEN=\n")
    assert missing_token_message(env) == MISSING_TOKEN
