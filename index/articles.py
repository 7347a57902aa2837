"""Articles and the corpus folder: the Markdown-with-front-matter format, ids, loading and saving."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from index.text import sha256_hex, words

FRONT_MATTER_KEYS = ("title", "source", "published", "url")
_ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,119}$")


class ArticleError(ValueError):
    """An article that cannot be accepted; the message is a one-line reason for a person."""


@dataclass(frozen=True)
class Article:
    """One news article: its metadata and its body, the exact text quotes are taken from."""

    id: str
    title: str
    body: str
    source: str = ""
    published: dt.date | None = None
    url: str = ""

    @property
    def content_hash(self) -> str:
        """Hash of everything stored about the article, used to tell unchanged re-uploads."""
        meta = "\x1f".join([self.title, self.source, self.published_text, self.url])
        return sha256_hex(meta + "\x1e" + self.body)

    @property
    def published_text(self) -> str:
        """Publication date as YYYY-MM-DD, or "" when unknown."""
        return self.published.isoformat() if self.published else ""

    def citation(self) -> dict[str, str]:
        """The fields every quote carries: id, title, outlet, date and link."""
        return _citation(self)

    def info(self) -> ArticleInfo:
        """What an index keeps in memory about the article: everything but the body."""
        return ArticleInfo(self.id, self.title, self.source, self.published, self.url, self.content_hash)


@dataclass(frozen=True)
class ArticleInfo:
    """An indexed article's metadata; the body stays on disk (see index.bodies)."""

    id: str
    title: str
    source: str
    published: dt.date | None
    url: str
    content_hash: str

    @property
    def published_text(self) -> str:
        """Publication date as YYYY-MM-DD, or "" when unknown."""
        return self.published.isoformat() if self.published else ""

    def citation(self) -> dict[str, str]:
        """The fields every quote carries: id, title, outlet, date and link."""
        return _citation(self)

    def with_body(self, body: str) -> Article:
        """The full article."""
        return Article(self.id, self.title, body, self.source, self.published, self.url)


def _citation(article: Article | ArticleInfo) -> dict[str, str]:
    return {
        "article_id": article.id,
        "title": article.title,
        "source": article.source,
        "published": article.published_text,
        "url": article.url,
    }


def slugify(text: str, max_words: int = 7) -> str:
    """A short lowercase ASCII slug of `text` ("Maduro's coup" -> "maduro-coup")."""
    return "-".join(words(text)[:max_words])[:80].strip("-")


def make_article_id(title: str, published: dt.date | None) -> str:
    """The id a new article gets: its date and the first words of its title."""
    prefix = published.isoformat() if published else "undated"
    return f"{prefix}-{slugify(title) or 'article'}"


def valid_article_id(article_id: str) -> bool:
    """True if `article_id` is safe as a file name (lowercase letters, digits and dashes)."""
    return bool(_ID_PATTERN.match(article_id))


def parse_date(value: str) -> dt.date | None:
    """Parse a YYYY-MM-DD date (a longer ISO timestamp is cut to its date); "" gives None."""
    value = value.strip()
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError as exc:
        raise ArticleError(f"the publication date {value!r} is not a YYYY-MM-DD date") from exc


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Split `---` front matter (one `key: value` a line) from the body, which is returned untouched."""
    if not text.startswith("---\n"):
        return {}, text
    end = text.find("\n---\n", 3)
    if end < 0:
        raise ArticleError("the front matter opened with --- is never closed")
    fields: dict[str, str] = {}
    for line in text[4:end].splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, value = line.partition(":")
        if not sep:
            raise ArticleError(f"front matter line {line.strip()[:40]!r} is not 'key: value'")
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        fields[key.strip().lower()] = value
    return fields, text[end + len("\n---\n") :]


def to_markdown(article: Article) -> str:
    """Render an article in the corpus format: front matter, then the body exactly as stored."""
    header = [f"{key}: {_one_line(value)}".rstrip() for key, value in _front_matter_values(article)]
    return "---\n" + "\n".join(header) + "\n---\n" + article.body


def _front_matter_values(article: Article) -> list[tuple[str, str]]:
    return [
        ("title", article.title),
        ("source", article.source),
        ("published", article.published_text),
        ("url", article.url),
    ]


def _one_line(value: str) -> str:
    return " ".join(value.split())


def with_id(article: Article, article_id: str) -> Article:
    """A copy of `article` under another id."""
    return replace(article, id=article_id)
