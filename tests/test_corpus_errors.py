"""A corpus file with a mistake is a loud error naming the file, line and fix; the last good index serves on."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import SAMPLES

from bot.__main__ import start_service
from bot.render.listings import history_embed
from index.articles import ArticleError, parse_date
from index.cli import main
from index.errors import CorpusError
from index.formats import MAX_TITLE_CHARS, parse_article
from index.maintenance import Maintainer

TYPO_FILE = "2019-05-03-lima-group.md"


def _typo(corpus_dir, published: str = "2019-05-02garbage") -> None:
    """A front-matter mistake made by hand: the date on line 4 has trailing garbage."""
    text = (SAMPLES / "lima-group.md").read_text()
    lines = text.split("\n")
    number = next(n for n, line in enumerate(lines) if line.startswith("published:"))
    lines[number] = f"published: {published}"
    assert number == 3, "the test names line 4 below"
    (corpus_dir / TYPO_FILE).write_text("\n".join(lines))


def test_build_with_a_broken_file_changes_nothing_and_names_file_line_and_fix(corpus_dir, tmp_path, fake_embedders):
    maintainer = Maintainer(corpus_dir, tmp_path / "index", fake_embedders)
    maintainer.build()
    live = maintainer.folder.current().name
    (corpus_dir / "2019-05-01-maduro-declares-victory-over-attempted-coup.md").unlink()  # a change build would make
    _typo(corpus_dir)
    with pytest.raises(CorpusError) as refused:
        maintainer.build()
    message = str(refused.value)
    assert f"{TYPO_FILE}: line 4: the publication date '2019-05-02garbage'" in message
    assert "fix: write it as YYYY-MM-DD" in message and "nothing was changed" in message
    assert maintainer.folder.current().name == live and len(maintainer.current_state().articles) == 5
    last = maintainer.folder.history()[-1]
    assert last["action"] == "build refused" and last["refused"][0]["file"] == TYPO_FILE


def test_the_build_command_exits_non_zero_naming_the_file(corpus_dir, tmp_path, fake_embedders, monkeypatch, capsys):
    monkeypatch.setattr("index.embedding.load_default_embedders", lambda multilingual=True: fake_embedders)
    _typo(corpus_dir, "1850-01-01")
    code = main(["build", "--corpus", str(corpus_dir), "--index-dir", str(tmp_path / "index")])
    err = capsys.readouterr().err
    assert code == 1 and "Traceback" not in err
    assert f"{TYPO_FILE}: line 4: the publication date '1850-01-01' is before 1900" in err


def test_the_bot_keeps_serving_the_last_good_index_and_tells_moderators(
    bot_settings, corpus_dir, fake_embedders, monkeypatch, caplog
):
    monkeypatch.setattr("index.embedding.load_default_embedders", lambda multilingual=True: fake_embedders)
    settings = bot_settings.model_copy(update={"corpus_dir": corpus_dir})
    Maintainer(corpus_dir, settings.index_dir, fake_embedders).build()
    _typo(corpus_dir)
    service = start_service(settings)
    try:
        assert len(service.articles()) == 5
        assert f"{TYPO_FILE}: line 4" in caplog.text
        embed = history_embed(list(reversed(service.maintainer.folder.history())))
        assert "build refused" in embed.description and TYPO_FILE in embed.description
        assert "line 4" in embed.description
    finally:
        service.close()


@pytest.mark.parametrize("value", ["2019-05-02garbage", "2019-5-2", "1899-12-31", "0001-01-01", "2019-02-30"])
def test_garbage_and_pre_1900_dates_are_refused(value):
    with pytest.raises(ArticleError):
        parse_date(value)


def test_timestamps_give_their_date():
    assert parse_date("2019-05-02T14:30:00Z") == dt.date(2019, 5, 2)
    assert parse_date("2019-05-02 14:30") == dt.date(2019, 5, 2)


def test_an_overlong_title_is_cut_the_same_way_in_the_corpus_and_the_index(corpus_dir, tmp_path, fake_embedders):
    title = "Guaido " + "word " * 58 + "ab " + "end " * 5  # a space falls right at the 300-character limit
    text = f"---\ntitle: {title}\nsource: Wire\npublished: 2019-05-02\n---\n" + "Guaido spoke in Caracas today. " * 5
    assert len(parse_article(text.encode(), "long.md").title) <= MAX_TITLE_CHARS
    maintainer = Maintainer(corpus_dir, tmp_path / "index", fake_embedders)
    maintainer.build()
    assert len(maintainer.add([("long.md", text.encode())]).summary.added) == 1
    again = maintainer.add([("long.md", text.encode())])
    assert not again.summary.changed and len(again.summary.unchanged) == 1
    assert maintainer.build().summary.changed is False
