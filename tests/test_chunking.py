"""Passages are exact spans of the article, at sentence boundaries, and read on their own."""

from __future__ import annotations

from conftest import CORPUS

from index.chunking import MAX_CONTINUED_CHARS, chunk_article
from index.corpus import load_corpus
from index.text import content_key


def _corpus():
    articles, _ = load_corpus(CORPUS)
    return articles


def test_every_passage_of_the_real_corpus_is_an_exact_span_of_its_article():
    for article in _corpus():
        passages = chunk_article(article.body)
        assert passages, article.id
        for passage in passages:
            assert article.body[passage.start : passage.end] == passage.text
            assert passage.text == passage.text.strip()
            assert len(passage.text) <= max(MAX_CONTINUED_CHARS, 800)


def test_passages_never_overlap_and_keep_article_order():
    for article in _corpus():
        passages = chunk_article(article.body)
        for before, after in zip(passages, passages[1:], strict=False):
            assert before.end <= after.start


def test_boilerplate_lines_are_not_passages():
    texts = [p.text for a in _corpus() for p in chunk_article(a.body)]
    for junk in ("Advertisement", "Leave a Reply", "Your email address will not be published.", "© Copyright"):
        assert not any(t.startswith(junk) for t in texts), junk


def test_a_lead_in_brings_the_tweet_it_introduces():
    body = (
        "Maduro said the coup had failed.\n"
        "Vice President Mike Pence tweeted in support of Guaido.\n"
        '"To Juan Guaido and all the freedom-loving people of Venezuela -- Estamos con ustedes!"\n'
        "Bolton said the military has a choice to make.\n"
    )
    texts = [p.text for p in chunk_article(body)]
    assert any(t.startswith("Vice President Mike Pence tweeted") and "Estamos con ustedes" in t for t in texts)


def test_a_lead_in_ending_with_a_colon_brings_its_list():
    body = "Supporting Guaido:\n\n  • United States\n  • Canada\n  • Brazil\n\nOther news follows here today.\n"
    texts = [p.text for p in chunk_article(body)]
    assert texts[0].startswith("Supporting Guaido:") and texts[0].endswith("Brazil")


def test_a_short_paragraph_joins_the_one_before_but_a_live_update_stands_alone():
    body = (
        "I don't think Maduro is going to step down, though he might flee the country if enough troops turn.\n\n"
        "Breaking-news coverage below.\n\n"
        "Update: Moving toward the presidential palace, Miraflores.\n\n"
        "Breaking news: Saad Hariri has announced he is resigning.\n"
    )
    texts = [p.text for p in chunk_article(body)]
    assert texts[0].endswith("Breaking-news coverage below.")
    assert texts[1:] == [
        "Update: Moving toward the presidential palace, Miraflores.",
        "Breaking news: Saad Hariri has announced he is resigning.",
    ]


def test_a_quote_running_over_paragraphs_stays_with_its_speaker():
    body = (
        "In footage posted on Twitter, he said: 'This is your acting president Juan Guaido.\n\n"
        "'Maduro does not have the backing, nor the respect of the armed forces.\n\n"
        "Later that night the crowds went home after a long and violent day.\n"
    )
    first = chunk_article(body)[0].text
    assert "acting president Juan Guaido" in first and "does not have the backing" in first


def test_the_seed_corpus_repeats_captions_but_each_text_is_one_passage():
    article = next(a for a in _corpus() if a.id.startswith("2019-05-01-russia"))
    keys = [content_key(p.text) for p in chunk_article(article.body)]
    assert len(keys) > len(set(keys)), "the photo captions appear twice in a row in this article"
