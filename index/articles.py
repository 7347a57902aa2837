"""Articles and the corpus folder: the Markdown-with-front-matter format, ids, loading and saving."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from index.errors import ArticleError
from index.text import sha256_hex, words

FRONT_MATTER_KEYS = ("title", "source", "published", "url")
_ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9-]{0,119}$")


@dataclass(frozen=True)
class Article:
    """One news article: its metadata and its body, the exact text quotes are taken from."""

    id: str
    title: str
    body: str
    source: str = ""
    published: dt.date | None = None
    url: str = ""

    @cached_property
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


@dataclass(frozen=True, slots=True)
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
    """The id a new article gets: its date and the first words of its title (a hash of a title in a script
    the slug cannot spell)."""
    prefix = published.isoformat() if published else "undated"
    return f"{prefix}-{slugify(title) or sha256_hex(title)[:12]}"


def valid_article_id(article_id: str) -> bool:
    """True if `article_id` is safe as a file name (lowercase letters, digits and dashes)."""
    return bool(_ID_PATTERN.match(article_id))


EARLIEST_YEAR = 1900
_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$")
DATE_FIX = "write it as YYYY-MM-DD, for example `published: 2019-05-02`"


def parse_date(value: str) -> dt.date | None:
    """Parse a YYYY-MM-DD date (an ISO timestamp gives its date); "" gives None; anything else, or a year
    before 1900, is refused."""
    value = value.strip()
    if not value:
        return None
    match = _DATE.match(value)
    try:
        date = dt.date.fromisoformat(match.group(1)) if match else None
    except ValueError:
        date = None
    if date is None:
        raise ArticleError(
            f"the publication date {value[:40]!r} is not a YYYY-MM-DD date", field="published", fix=DATE_FIX
        )
    if date.year < EARLIEST_YEAR:
        raise ArticleError(
            f"the publication date {value[:40]!r} is before {EARLIEST_YEAR}", field="published", fix=DATE_FIX
        )
    return date


_OPENING = re.compile(r"---\r?\n")
_CLOSING = re.compile(r"\r?\n---\r?\n")


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Split `---` front matter (one `key: value` a line) from the body, which is returned untouched.

    A value wrapped in a pair of quotes loses that pair (YAML style); `to_markdown` adds one when needed.
    """
    opening = _OPENING.match(text)
    if not opening:
        return {}, text
    closing = _CLOSING.search(text, opening.end() - 1)
    if closing is None:
        raise ArticleError(
            "the front matter opened with --- is never closed", line=1, fix="end it with a line holding only ---"
        )
    fields: dict[str, str] = {}
    for number, line in enumerate(text[opening.end() : closing.start()].splitlines(), start=2):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, value = line.partition(":")
        if not sep:
            raise ArticleError(
                f"front matter line {line.strip()[:40]!r} is not 'key: value'",
                line=number,
                fix="write one `key: value` a line between the --- lines (title, source, published, url)",
            )
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        fields[key.strip().lower()] = value
    return fields, text[closing.end() :]


def front_matter_line(text: str, key: str) -> int | None:
    """The 1-based line of `key:` in the front matter of `text`, if it is there."""
    if not _OPENING.match(text):
        return None
    for number, line in enumerate(text.splitlines()[1:], start=2):
        if line.strip() == "---":
            return None
        if line.partition(":")[0].strip().lower() == key:
            return number
    return None


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
    value = " ".join(value.split())
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        value = f'"{value}"'  # so that reading it back strips only the added pair
    return value


def newest_first(articles: Iterable[ArticleInfo]) -> list[ArticleInfo]:
    """Articles sorted by publication date, newest first (undated last), then by id."""
    return sorted(articles, key=lambda a: (a.published is not None, a.published or dt.date.min, a.id), reverse=True)


def corpus_hash(articles: Iterable[Article | ArticleInfo]) -> str:
    """One hash over every article's content, to tell whether an index matches a corpus."""
    return sha256_hex("\n".join(sorted(a.content_hash for a in articles)))
