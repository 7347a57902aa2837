"""The corpus folder, the source of truth: loading every article, writing and removing one."""

from __future__ import annotations

from pathlib import Path

from index.articles import Article, to_markdown, valid_article_id
from index.errors import ArticleError, CorpusMissingError
from index.formats import SUPPORTED_SUFFIXES, parse_article
from index.storage import fsync_dir, write_atomic


def read_corpus_file(path: Path) -> Article:
    """Load one article from the corpus folder; its id is the file name without the suffix."""
    return parse_article(path.read_bytes(), path.name, article_id=path.stem)


def load_corpus(corpus_dir: Path) -> tuple[list[Article], list[tuple[Path, str]]]:
    """Load every article in `corpus_dir`; unreadable files come back as (path, reason), not raised."""
    if not corpus_dir.is_dir():
        raise CorpusMissingError(f"corpus folder {corpus_dir} does not exist")
    articles: list[Article] = []
    problems: list[tuple[Path, str]] = []
    seen: dict[str, Path] = {}
    for path in sorted(corpus_dir.iterdir()):
        if path.name.startswith(".") or not path.is_file() or path.suffix.lower() not in SUPPORTED_SUFFIXES:
            continue
        if path.name.lower() == "readme.md":
            continue
        try:
            article = read_corpus_file(path)
        except ArticleError as exc:
            problems.append((path, str(exc)))
            continue
        if article.id in seen:
            problems.append((path, f"has the same id as {seen[article.id].name}"))
            continue
        seen[article.id] = path
        articles.append(article)
    return articles, problems


def corpus_path(corpus_dir: Path, article_id: str) -> Path:
    """Where an article with `article_id` is stored; refuses ids that could escape the folder."""
    if not valid_article_id(article_id):
        raise ArticleError(f"{article_id!r} is not a valid article id")
    return corpus_dir / f"{article_id}.md"


def write_corpus_file(corpus_dir: Path, article: Article) -> Path:
    """Write `article` to the corpus atomically (temporary file, then rename) and return its path."""
    target = corpus_path(corpus_dir, article.id)
    corpus_dir.mkdir(parents=True, exist_ok=True)
    write_atomic(target, to_markdown(article))
    return target


def remove_corpus_files(corpus_dir: Path, article_id: str) -> list[Path]:
    """Delete every corpus file holding `article_id` (any supported suffix) and return them."""
    if not valid_article_id(article_id):
        raise ArticleError(f"{article_id!r} is not a valid article id")
    removed = []
    for suffix in SUPPORTED_SUFFIXES:
        path = corpus_dir / f"{article_id}{suffix}"
        if path.exists():
            path.unlink()
            removed.append(path)
    if removed:
        fsync_dir(corpus_dir)
    return removed
