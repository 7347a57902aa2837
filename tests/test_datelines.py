"""Uploads keep their dates: a dateline in a plain-text or Markdown upload gives its date and outlet."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from conftest import SAMPLES

from bot.render.listings import report_embed, sources_pages
from index.cli import main
from index.corpus import read_corpus_file
from index.datelines import find_dateline
from index.formats import parse_article

BODY = "\n\nThe opposition leader called on the armed forces to join the uprising against the government today."


@pytest.mark.parametrize(
    ("line", "published", "source"),
    [
        ("Published 3 May 2019 by The Example Herald", "2019-05-03", "The Example Herald"),
        ("*Publicado el 4 de mayo de 2019 por El Llanero*", "2019-05-04", "El Llanero"),
        ("May 2, 2019 | Reuters", "2019-05-02", "Reuters"),
        ("Reuters · 2 May 2019", "2019-05-02", "Reuters"),
        ("Published on Friday, May 3, 2019 at 10:04 am by Hot Air.", "2019-05-03", "Hot Air"),
        ("Published: 2019-05-03", "2019-05-03", ""),
    ],
)
def test_a_dateline_under_the_headline_gives_date_and_outlet(line, published, source):
    article = parse_article(f"Guaido calls for the military to rise up\n{line}{BODY}".encode(), "story.txt")
    assert article.published == dt.date.fromisoformat(published)
    assert article.source == source
    assert article.title == "Guaido calls for the military to rise up"
    assert article.body.startswith("Guaido calls") and line in article.body, "the body stays as received"


def test_a_wire_dateline_takes_its_year_from_the_text():
    text = "Army defections\n\nCARACAS, May 2 (Reuters) - Venezuela's 2019 crisis deepened as 2019 protests went on."
    assert find_dateline(text).published == dt.date(2019, 5, 2) and find_dateline(text).source == "Reuters"
    spanish = "Marchas\n\nCARACAS, 2 de mayo (EFE).- La oposición marchó en 2019 hacia los cuarteles de la capital."
    assert find_dateline(spanish).published == dt.date(2019, 5, 2) and find_dateline(spanish).source == "EFE"


def test_a_wire_dateline_without_a_year_in_the_text_keeps_the_outlet_but_no_date():
    text = b"Army defections\n\nCARACAS, May 2 (Reuters) - Soldiers joined the opposition march."
    article = parse_article(text, "a.txt")
    assert article.published is None and article.source == "Reuters"


@pytest.mark.parametrize(
    "line",
    [
        "Protesters gathered on May 1, 2019 - and again the day after",  # a date in a sentence is not a dateline
        "Published 31 February 2019 by Nobody",  # no such day
        "The crowd shouted VIVA, May 2 (approx.) - a long day",  # not an upper-case place name
    ],
)
def test_sentences_that_only_mention_a_date_are_not_datelines(line):
    article = parse_article(f"Headline here\n{line}{BODY}".encode(), "story.txt")
    assert (article.published, article.source) == (None, "")


def test_markdown_without_front_matter_reads_its_dateline_but_front_matter_wins():
    plain = parse_article(f"# Headline\n_Published 3 May 2019 by The Example Herald_{BODY}".encode(), "a.md")
    assert plain.published == dt.date(2019, 5, 3) and plain.source == "The Example Herald"
    headed = f"---\ntitle: Headline\nsource: Front\n---\nPublished 3 May 2019 by The Example Herald{BODY}"
    framed = parse_article(headed.encode(), "a.md")
    assert framed.published is None and framed.source == "Front"


@pytest.fixture
def cli(monkeypatch, fake_embedders, corpus_dir, tmp_path):
    """`python -m index` in-process with the fake embedders, over a built index of a private corpus."""
    monkeypatch.setattr("index.embedding.load_default_embedders", lambda multilingual=True: fake_embedders)
    index_dir = tmp_path / "index"

    def run(*args: str) -> int:
        return main([args[0], "--corpus", str(corpus_dir), "--index-dir", str(index_dir), *args[1:]])

    assert run("build") == 0
    return run


def test_index_add_stores_the_dates_and_outlets_of_the_plain_text_samples(cli, corpus_dir, capsys):
    samples = [SAMPLES / "harbour-gazette-mayday.txt", SAMPLES / "el-llanero-cuarteles.txt"]
    capsys.readouterr()
    assert cli("add", *map(str, samples), "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert report["undated"] == [] and len(report["added"]) == 2
    assert cli("list", "--json") == 0
    listed = {a["title"]: a for a in json.loads(capsys.readouterr().out)["articles"]}
    english = listed["Rival May Day marches fill Caracas as Guaido calls for strikes"]
    spanish = listed["Guaidó pide a los militares un diálogo sobre la transición"]
    assert (english["published"], english["source"]) == ("2019-05-02", "The Harbour Gazette")
    assert (spanish["published"], spanish["source"]) == ("2019-05-04", "El Llanero")
    stored = read_corpus_file(corpus_dir / f"{spanish['article_id']}.md")
    assert stored.published == dt.date(2019, 5, 4) and stored.source == "El Llanero"


def test_an_undated_upload_says_how_to_date_it_and_the_dated_copy_replaces_it(cli, tmp_path, capsys):
    upload = tmp_path / "rally.txt"
    upload.write_text(f"Rally in Caracas{BODY}", encoding="utf-8")
    capsys.readouterr()
    assert cli("add", str(upload)) == 0
    out = capsys.readouterr().out
    assert "undated: undated-rally-in-caracas: no publication date found" in out and "--published" in out
    assert cli("add", str(upload), "--published", "2019-05-01", "--source", "The Example Herald") == 0
    out = capsys.readouterr().out
    assert "added: 2019-05-01-rally-in-caracas" in out and "removed: undated-rally-in-caracas" in out
    assert "undated:" not in out


def test_the_moderator_report_and_sources_mark_undated_articles(maintainer_with_undated):
    report, articles = maintainer_with_undated
    fields = {f.name: f.value for f in report_embed(report).fields}
    assert "undated-rally-in-caracas" in fields["Undated (1)"]
    assert "published:" in fields["How to date them"] and "--published" in fields["How to date them"]
    listing = "".join(page.description for page in sources_pages(articles, 100))
    assert "Rally in Caracas**\nunknown outlet · ⚠️ undated" in listing
    assert "Hot Air · 30 April 2019" in listing


@pytest.fixture
def maintainer_with_undated(corpus_dir, tmp_path, fake_embedders):
    from index.library import Library

    library = Library(corpus_dir, tmp_path / "index", fake_embedders)
    library.build("test")
    report = library.add([("rally.txt", f"Rally in Caracas{BODY}".encode())], "test")
    return report, library.articles()
