"""Which article a quote is cited from when the same paragraph is in several (fake embedders, a few seconds)."""

from __future__ import annotations

import datetime as dt

import pytest

from index.articles import Article
from index.corpus import write_corpus_file
from index.library import Library
from index.search import Engine

WIRE = "Brazil's president said the uprising against Maduro was by no means a defeat for the opposition."
QUESTION = "What did Brazil's president say about the uprising against Maduro?"


@pytest.fixture
def wire_engine(tmp_path, fake_embedders, backend) -> Engine:
    """One wire paragraph reprinted by three outlets on three days; the ids sort in no date order. On each
    backend, read back by another library after the build."""
    reprints = [
        ("a-morning-wire", "Morning Wire", dt.date(2019, 4, 30), "The Morning Wire opened with the protests."),
        ("b-evening-post", "Evening Post", dt.date(2019, 5, 2), "The Evening Post opened with the airbase."),
        ("c-daily-news", "Daily News", dt.date(2019, 5, 1), "The Daily News opened with the night in Caracas."),
    ]
    corpus = tmp_path / "corpus"
    for article_id, outlet, published, opening in reprints:
        write_corpus_file(corpus, Article(article_id, f"{outlet} story", f"{opening}\n{WIRE}\n", outlet, published))
    oil = "Venezuela's oil output fell again in April, the ministry said on Friday, for the third month running.\n"
    write_corpus_file(corpus, Article("d-oil", "Oil output", oil, "Energy", dt.date(2019, 5, 3)))
    Library(corpus, tmp_path / "index", fake_embedders, **backend).build(who="test")
    return Library(corpus, tmp_path / "index", fake_embedders, **backend).engine


def test_the_same_paragraph_in_articles_of_different_dates_is_cited_from_the_newest(wire_engine):
    quote = next(q for q in wire_engine.ask(QUESTION, k=5).quotes if q.text == WIRE)
    assert (quote.cited.article_id, quote.cited.published) == ("b-evening-post", "2019-05-02")
    assert [(s.article_id, s.published) for s in quote.also_in] == [
        ("c-daily-news", "2019-05-01"),
        ("a-morning-wire", "2019-04-30"),
    ]


def test_the_cited_offsets_point_at_the_paragraph_in_each_article(wire_engine):
    quote = next(q for q in wire_engine.ask(QUESTION, k=5).quotes if q.text == WIRE)
    for place in (quote.cited, *quote.also_in):
        body = wire_engine.state.article(wire_engine.state.article_index[place.article_id]).body
        assert body[place.start : place.end] == WIRE
