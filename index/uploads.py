"""Which article an upload is: an update of one already indexed, the dated copy of an undated one, or a new
article under an id no other article has."""

from __future__ import annotations

from dataclasses import replace

from index.articles import Article, make_article_id, slugify
from index.errors import ArticleError
from index.state import IndexState


def identify(article: Article, old: IndexState, accepted: list[Article]) -> Article:
    """The id an upload is stored under: that of the article it updates, or a new one.

    An upload updates an article with the same URL, or with the same id from the same outlet (when the
    two do not carry different URLs). Another article that happens to get the same id (a wire story
    under the same headline elsewhere) gets the id with its outlet, or a number, appended. `accepted` are
    the uploads of the same change already identified (ArticleError if this one repeats one of them).
    """
    same_url = next((a for a in old.articles if article.url and a.url == article.url), None)
    if same_url is not None:
        article = replace(article, id=same_url.id)
    else:
        existing = old.articles[old.article_index[article.id]] if article.id in old.article_index else None
        same_story = (
            existing is not None and existing.source == article.source and (not existing.url or not article.url)
        )
        if existing is not None and not same_story:
            taken = set(old.article_index) | {a.id for a in accepted}
            article = replace(article, id=_free_id(article, taken))
    if any(a.id == article.id for a in accepted):
        raise ArticleError(f"is the same article ({article.id}) as another file in this upload")
    return article


def undated_copy(article: Article, old: IndexState) -> str | None:
    """The id of an undated article that this dated upload of the same story replaces (the moderator gave
    the date it lacked), or None."""
    undated_id = make_article_id(article.title, None)
    if article.published is None or article.id == undated_id or undated_id not in old.article_index:
        return None
    existing = old.articles[old.article_index[undated_id]]
    pairs = ((article.url, existing.url), (article.source, existing.source))
    conflicting = any(mine and theirs and mine != theirs for mine, theirs in pairs)
    return None if existing.published is not None or conflicting else undated_id


def _free_id(article: Article, taken: set[str]) -> str:
    """An id for `article` that no other article has: its own, with its outlet or a number appended."""
    base = f"{article.id}-{slugify(article.source, 3) or 'copy'}"[:110]
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    return candidate
