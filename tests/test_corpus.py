"""The bundled corpus: every file loads with its metadata, and the seed bodies are exactly as received."""

from __future__ import annotations

import hashlib

from conftest import CORPUS

from index.corpus import load_corpus, read_corpus_file

# SHA-256 of each seed article exactly as received (../shared/seeds), kept as the article body.
SEED_BODY_SHA256 = {
    "2019-05-01-head-of-venezuela-secret-police-turns-his": "535a5c103f28845c9f29304be3c87ab541863524b921ec6294b5e21b71111cf3",
    "2019-05-01-russia-could-install-nuclear-missiles-in-venezuela": "3aabb397ce68ad843c2a7115c290cbf16141c1adcd886b9bd206b96dca7381c8",
    "2019-04-30-venezuela-crisis-news-violent-clashes-as-opposition": "201f00a1c1c71b8f490b6127a17d3232a7f990da557badd292aed912f11dcfd4",
    "2019-04-30-venezuela-armored-vehicle-plows-through-crowd-update": "67e52ab845a636c424f11e151724c87fe493f09be119c78354a6a42dbd366aec",
    "2019-05-01-maduro-declares-victory-over-attempted-coup": "c17efbf23fdc2306d0d4d9f78755c9f8e423b2acfa6fc9054c377f4fba98cb7a",
}


def test_every_corpus_file_loads_with_title_outlet_and_date():
    articles, problems = load_corpus(CORPUS)
    assert problems == []
    assert len(articles) >= 5
    for article in articles:
        assert article.title, article.id
        assert article.source, article.id
        assert article.published is not None, article.id


def test_seed_bodies_are_byte_for_byte_as_received():
    for article_id, expected in SEED_BODY_SHA256.items():
        article = read_corpus_file(CORPUS / f"{article_id}.md")
        assert hashlib.sha256(article.body.encode("utf-8")).hexdigest() == expected, article_id


def test_seed_metadata_matches_the_metadata_table():
    article = read_corpus_file(CORPUS / "2019-04-30-venezuela-crisis-news-violent-clashes-as-opposition.md")
    assert article.source == "International Business Times"
    assert article.published.isoformat() == "2019-04-30"
    assert article.title.startswith("Venezuela Crisis News: Violent Clashes")
