"""Every problem a person can cause is a CronistaError: the bot words each one, the command line prints one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.errors import user_message
from index.errors import CorpusError, CronistaError


def _kinds(base: type) -> list[type]:
    return [base, *(kind for sub in base.__subclasses__() for kind in _kinds(sub))]


@pytest.mark.parametrize("kind", _kinds(CronistaError), ids=lambda kind: kind.__name__)
def test_the_bot_words_every_kind_of_user_error(kind):
    if kind is CorpusError:
        error = kind([(Path("corpus/a.md"), "line 3: the publication date is not a date")])
    else:
        error = kind("the corpus folder corpus/ does not exist")
    message = user_message(error)
    assert message and "Sorry, something went wrong" not in message


def test_the_command_line_prints_any_user_error_as_one_line(tmp_path, capsys, monkeypatch, fake_embedders):
    from index.cli import main

    monkeypatch.setattr("index.embedding.load_default_embedders", lambda multilingual=True: fake_embedders)
    assert main(["build", "--corpus", str(tmp_path / "missing"), "--index-dir", str(tmp_path / "index")]) == 1
    assert capsys.readouterr().err == f"error: corpus folder {tmp_path / 'missing'} does not exist\n"
