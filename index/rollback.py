"""Where a rollback goes and what it does to the corpus folder: the generation it makes live again, and the
corpus files to write back or delete so that the folder holds exactly that generation's articles."""

from __future__ import annotations

from pathlib import Path

from index.articles import Article
from index.corpus import load_corpus
from index.errors import IndexMissingError
from index.generations import FilesIndex
from index.state import IndexState


def rollback_target(generations: FilesIndex, target: int | str) -> str:
    """The generation `target` names: a number of steps back through the generations the live one was made
    from, or a kept generation's name (IndexMissingError, naming the kept ones, when there is no such one)."""
    earlier = generations.ancestors()
    if isinstance(target, int) or target.isdigit():
        steps = int(target)
        if steps < 1 or steps > len(earlier):
            raise IndexMissingError(
                f"there are {len(earlier)} earlier generations to roll back to, not {steps}"
                + (f" (the kept ones: {', '.join(earlier)})" if earlier else "")
            )
        return earlier[steps - 1]
    if target not in generations.generation_names():
        kept = ", ".join(generations.generation_names())
        raise IndexMissingError(f"there is no kept generation {target!r} (the kept ones: {kept})")
    return target


def corpus_plan(corpus_dir: Path, state: IndexState) -> tuple[list[Article], list[str]]:
    """The articles of `state` to write to the corpus folder, and the ids to delete from it, so that it holds
    exactly the articles of `state`."""
    present = {a.id: a for a in load_corpus(corpus_dir)[0]}
    rewrite = [
        state.article(number)
        for number, info in enumerate(state.articles)
        if info.id not in present or present[info.id].content_hash != info.content_hash
    ]
    return rewrite, [article_id for article_id in present if article_id not in state.article_index]
