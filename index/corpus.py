"""The corpus folder, the source of truth: loading every article, writing and removing one."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from index.articles import Article, ArticleInfo, front_matter_line, to_markdown, valid_article_id
from index.durable import fsync_dir, write_atomic
from index.errors import ArticleError, CorpusMissingError
from index.formats import SUPPORTED_SUFFIXES, parse_article


def read_corpus_file(path: Path) -> Article:
    """Load one article from the corpus folder; its id is the file name without the suffix."""
    data = path.read_bytes()
    try:
        return parse_article(data, path.name, article_id=path.stem)
    except ArticleError as exc:
        if exc.line is None and exc.field:
            exc.line = front_matter_line(data.decode("utf-8", errors="replace"), exc.field)
        raise


def problem_text(exc: ArticleError) -> str:
    """ "line 3: the publication date … (fix: …)": where a corpus file is wrong and what to do."""
    where = f"line {exc.line}: " if exc.line else ""
    fix = f" (fix: {exc.fix})" if exc.fix else ""
    return f"{where}{exc}{fix}"


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
            problems.append((path, problem_text(exc)))
            continue
        if article.id in seen:
            problems.append((path, f"has the same id as {seen[article.id].name} (fix: keep one of the two files)"))
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


def not_indexed(corpus_dir: Path, indexed: Sequence[ArticleInfo]) -> list[tuple[str, str]]:
    """Where the corpus folder and the live index disagree: (file or article id, why) for each article that
    is in one and not (as written) in the other, and each corpus file that cannot be read."""
    articles, problems = load_corpus(corpus_dir)
    in_index = {a.id: a for a in indexed}
    found = [(path.name, f"cannot be read, so it is left out: {reason}") for path, reason in problems]
    for article in articles:
        info = in_index.pop(article.id, None)
        if info is None:
            found.append((article.id, "in the corpus folder but not in the live index; run `python -m index build`"))
        elif info.content_hash != article.content_hash:
            found.append(
                (
                    article.id,
                    "changed in the corpus folder since the index was built; answers quote the "
                    "older text until `python -m index build`",
                )
            )
    for article_id in in_index:
        found.append((article_id, "in the live index but no longer in the corpus folder; `build` removes it"))
    return found
