"""Reading articles from .md, .txt and .html, and refusing what is not an article."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from conftest import SAMPLES

from index.articles import ArticleError, split_front_matter, to_markdown
from index.formats import MAX_ARTICLE_BYTES, parse_article

TEXT = "Guaido calls for protests\nOpposition leader Juan Guaido called on Venezuelans to march on Wednesday.\n"


def test_markdown_front_matter_gives_metadata_and_keeps_the_body_verbatim():
    article = parse_article((SAMPLES / "lima-group.md").read_bytes(), "lima-group.md")
    assert article.title == "Lima Group backs Guaido and calls for Maduro to step aside"
    assert article.source == "Pacific Bulletin"
    assert article.published == dt.date(2019, 5, 3)
    assert article.url == "https://example.org/pacific-bulletin/lima-group"
    assert article.body.startswith("Foreign ministers of the Lima Group met in Lima on Friday")
    assert article.id == "2019-05-03-lima-group-backs-guaido-and-calls-for"


def test_text_file_title_is_its_first_line():
    article = parse_article(TEXT.encode(), "notes.txt", defaults={"source": "Wire", "published": "2019-05-01"})
    assert article.title == "Guaido calls for protests"
    assert article.body == TEXT
    assert article.source == "Wire"
    assert article.published == dt.date(2019, 5, 1)


def test_html_keeps_only_the_article_paragraphs_with_title_date_and_link():
    article = parse_article((SAMPLES / "vecchio-envoy.html").read_bytes(), "page.html")
    assert article.title == "Guaido envoy says mid-ranking officers backed the uprising"
    assert article.source == "Northern Courier"
    assert article.published == dt.date(2019, 5, 1)
    assert article.url == "https://example.org/northern-courier/vecchio-envoy"
    assert "the base of the military is with us" in article.body
    for junk in ("pixel", "Log in", "newsletter", "Trending", "gadgets", "Terms", "Advertise"):
        assert junk not in article.body


def test_the_same_page_read_twice_gives_the_same_article():
    data = (SAMPLES / "vecchio-envoy.html").read_bytes()
    assert parse_article(data, "page.html") == parse_article(data, "again.html")


def test_markdown_round_trips_through_the_corpus_format():
    article = parse_article(TEXT.encode(), "notes.txt", defaults={"source": "Wire", "url": "https://example.org/a"})
    fields, body = split_front_matter(to_markdown(article))
    assert body == article.body
    assert fields["title"] == article.title and fields["url"] == "https://example.org/a"


@pytest.mark.parametrize(
    ("data", "name", "reason"),
    [
        (b"", "empty.txt", "is empty"),
        (b"   \n\n ", "blank.md", "is empty"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "photo.txt", "PNG image"),
        (b"%PDF-1.7 stuff", "paper.md", "PDF"),
        (b"abc\x00def" * 10, "blob.txt", "binary"),
        (b"\xff\xfe not utf8 \xff" * 5, "latin.txt", "not UTF-8"),
        (TEXT.encode(), "article.docx", "unsupported format"),
        (b"<html><body><nav>Home | Login</nav><script>x()</script></body></html>", "page.html", "no article text"),
        (b"Title only\nshort.", "short.txt", "no article text"),
        (b"---\ntitle: x\npublished: yesterday\n---\n" + TEXT.encode(), "bad-date.md", "not a YYYY-MM-DD date"),
    ],
)
def test_bad_files_are_refused_with_a_one_line_reason(data, name, reason):
    with pytest.raises(ArticleError) as caught:
        parse_article(data, name)
    assert reason in str(caught.value)
    assert "\n" not in str(caught.value)


def test_files_over_the_size_limit_are_refused():
    data = (TEXT * (MAX_ARTICLE_BYTES // len(TEXT) + 2)).encode()
    with pytest.raises(ArticleError, match="MB limit"):
        parse_article(data, "huge.txt")


def test_an_upload_cannot_choose_its_id_or_where_it_is_written():
    data = b"---\nid: ../../etc/passwd\ntitle: Sneaky\npublished: 2019-05-02\n---\n" + TEXT.encode()
    assert parse_article(data, "../../sneaky.md").id == "2019-05-02-sneaky"


def test_front_matter_with_windows_line_endings_is_read():
    data = b"---\r\ntitle: Lima statement\r\nsource: Wire\r\n---\r\n" + TEXT.replace("\n", "\r\n").encode()
    article = parse_article(data, "lima.md")
    assert (article.title, article.source) == ("Lima statement", "Wire")
    assert article.body.startswith("Guaido calls for protests\r\n")


def test_a_title_in_quotes_keeps_its_quotes_through_the_corpus_format():
    article = parse_article(TEXT.encode(), "t.txt")
    fields, _ = split_front_matter(to_markdown(replace(article, title='"Nerves of steel!"')))
    assert fields["title"] == '"Nerves of steel!"'
