"""Turning article changes into a new index state, embedding only passages whose text is new."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from index.articles import Article
from index.background import background_hash, embed_background
from index.chunking import chunk_article
from index.embedding import Embedder
from index.lexical import LexicalIndex
from index.state import CHUNKER_VERSION, IndexState
from index.text import content_key
from index.timeline.build import TIMELINE_VERSION, article_timeline, corpus_timeline
from index.vectorstore import FaissStore, store_kind_for

log = logging.getLogger(__name__)

EMBED_BATCH = 256
Progress = Callable[[int], None]


@dataclass
class ChangeSummary:
    """What a change did, for people: article ids by outcome and passage counts."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    rechunked: bool = False
    embedded: int = 0
    reused: int = 0
    articles: int = 0
    passages: int = 0

    @property
    def changed(self) -> bool:
        """True when the index content differs from before."""
        return bool(self.added or self.updated or self.removed or self.rechunked)

    def as_dict(self) -> dict:
        """Plain-data form for JSON output and the history log."""
        return {
            "added": self.added,
            "updated": self.updated,
            "removed": self.removed,
            "unchanged": self.unchanged,
            "passages_embedded": self.embedded,
            "passages_reused": self.reused,
            "articles": self.articles,
            "passages": self.passages,
        }


def channel_info(embedders: Mapping[str, Embedder]) -> dict[str, dict]:
    """The manifest description of the embedding channels: model name and dimension."""
    return {name: {"model": e.name, "dim": int(e.dim)} for name, e in embedders.items()}


def apply_changes(
    old: IndexState | None,
    upserts: Sequence[Article],
    removals: Sequence[str],
    embedders: Mapping[str, Embedder],
    progress: Progress | None = None,
    rechunk: bool = False,
) -> tuple[IndexState, ChangeSummary]:
    """A new state with `upserts` added or replaced and `removals` dropped; `old` is left untouched.

    With `rechunk`, unchanged upserts are split into passages again too (the passage rules changed);
    vectors of passages whose text did not change are still reused.
    """
    old_articles = {a.id: a for a in old.articles} if old else {}
    summary = ChangeSummary(rechunked=rechunk)
    incoming: dict[str, Article] = {}
    for article in upserts:
        previous = old_articles.get(article.id)
        if previous is not None and previous.content_hash == article.content_hash:
            summary.unchanged.append(article.id)
            if rechunk:
                incoming[article.id] = article
        else:
            (summary.updated if previous is not None else summary.added).append(article.id)
            incoming[article.id] = article
    for article_id in removals:
        if article_id not in old_articles:
            raise KeyError(f"there is no article with id {article_id!r}")
        summary.removed.append(article_id)
    replaced = set(incoming) | set(summary.removed)
    articles = sorted(
        [a for a in old_articles.values() if a.id not in replaced] + list(incoming.values()), key=lambda a: a.id
    )
    number = {a.id: n for n, a in enumerate(articles)}

    places: list[tuple[int, int, int, int]] = []  # (key, article, start, end)
    new_texts: dict[int, str] = {}
    if old is not None:
        for row, article, start, end in old.occurrences:
            old_id = old.articles[article].id
            if old_id not in replaced:
                places.append((int(old.keys[row]), number[old_id], int(start), int(end)))
    for article in incoming.values():
        for passage in chunk_article(article.body):
            key = content_key(passage.text)
            places.append((key, number[article.id], passage.start, passage.end))
            new_texts.setdefault(key, passage.text)

    keys = np.unique(np.array([p[0] for p in places], dtype=np.int64))
    old_keys = old.keys if old is not None else np.zeros(0, dtype=np.int64)
    kept = np.isin(old_keys, keys)
    fresh = np.setdiff1d(keys, old_keys)
    fresh_texts = [new_texts[int(k)] for k in fresh]
    summary.embedded, summary.reused = len(fresh), int(kept.sum())

    stores, sums = _updated_stores(old, embedders, old_keys[~kept], fresh, fresh_texts, len(keys), progress)
    lexical = (old.lexical if old is not None else LexicalIndex.empty()).with_rows(kept, fresh_texts)
    # Rows are kept in key order, so an index built in steps equals one built at once.
    order = np.argsort(np.concatenate([old_keys[kept], fresh]), kind="stable")
    lexical = LexicalIndex(lexical.vocabulary, lexical.matrix.tocsr()[order].tocsc())
    rows = np.searchsorted(keys, np.array([p[0] for p in places], dtype=np.int64))
    occurrences = np.column_stack([rows, np.array([p[1:] for p in places], dtype=np.int64).reshape(-1, 3)])

    timeline = _updated_timeline(old, articles, incoming)
    background = old.background if old is not None and old.background_sha256 == background_hash() else None
    state = IndexState(
        articles,
        keys,
        occurrences,
        stores,
        lexical,
        channel_info(embedders),
        sums,
        background or embed_background(embedders),
        timeline,
        background_sha256=background_hash(),
        chunker_version=CHUNKER_VERSION,
    )
    summary.articles, summary.passages = len(articles), state.passage_count
    return state, summary


def _updated_timeline(old: IndexState | None, articles: list[Article], incoming: dict[str, Article]) -> dict:
    """The corpus timeline, re-reading only new and changed articles (all of them if the rules changed)."""
    fresh = old is not None and isinstance(old.timeline, dict) and old.timeline.get("version") == TIMELINE_VERSION
    previous = old.timeline if fresh else {}
    known = previous.get("per_article", {})
    per_article = {
        a.id: known[a.id] if a.id in known and a.id not in incoming else article_timeline(a) for a in articles
    }
    return {"version": TIMELINE_VERSION, **corpus_timeline(per_article)}


def _updated_stores(
    old: IndexState | None,
    embedders: Mapping[str, Embedder],
    dropped: np.ndarray,
    fresh: np.ndarray,
    fresh_texts: list[str],
    total: int,
    progress: Progress | None,
) -> tuple[dict[str, FaissStore], dict[str, np.ndarray]]:
    """Copies of the old stores with `dropped` removed and the new passages added, and the vector sums."""
    vectors = {name: [] for name in embedders}
    for begin in range(0, len(fresh_texts), EMBED_BATCH):
        batch = fresh_texts[begin : begin + EMBED_BATCH]
        for name, embedder in embedders.items():
            vectors[name].append(embedder.embed_passages(batch))
        if progress:
            progress(len(batch))
    stores, sums = {}, {}
    for name, embedder in embedders.items():
        new_vectors = np.vstack(vectors[name]) if vectors[name] else np.zeros((0, embedder.dim), np.float32)
        total_vector = new_vectors.sum(axis=0, dtype=np.float64)
        if old is not None and name in old.stores:
            store = old.stores[name].copy()
            if len(dropped):
                total_vector -= store.vectors(dropped).sum(axis=0, dtype=np.float64)
            store.remove(dropped)
            total_vector += old.vector_sums[name]
        else:
            kind = store_kind_for(total)
            store = FaissStore.create(embedder.dim, kind, train_vectors=new_vectors if kind == "ivf" else None)
        store.add(fresh, new_vectors)
        stores[name], sums[name] = store, total_vector
    return stores, sums
