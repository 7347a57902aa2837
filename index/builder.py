"""Turning article changes into a new index state, embedding only passages whose text is new."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence

import numpy as np

from index.articles import Article
from index.background import background_hash, embed_background
from index.bodies import BodyStore
from index.chunking import chunk_article
from index.embedding import Embedder
from index.lexical import LexicalIndex
from index.results import ChangeSummary, Timeline
from index.state import CHUNKER_VERSION, IndexState
from index.text import content_key
from index.timeline.build import TIMELINE_VERSION, article_timeline, corpus_timeline
from index.vectorstore import VectorStore, create_store, store_kind_for

log = logging.getLogger(__name__)

EMBED_BATCH = 256
Progress = Callable[[int], None]


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
    # New timeline rules re-read every article's dates (see _updated_timeline), without re-chunking anything.
    retimelined = old is not None and old.timeline.version != TIMELINE_VERSION
    summary = ChangeSummary(rechunked=rechunk, retimelined=retimelined)
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
    infos = sorted(
        [a for a in old_articles.values() if a.id not in replaced] + [a.info() for a in incoming.values()],
        key=lambda a: a.id,
    )
    number = {a.id: n for n, a in enumerate(infos)}

    old_keys, old_places = _kept_places(old, number, replaced)
    new_places, new_texts = _new_places(incoming, number)
    place_keys = np.concatenate([old_keys, new_places[:, 0]])
    keys = np.unique(place_keys)
    kept = np.isin(old.keys, keys) if old is not None else np.zeros(0, dtype=bool)
    previous_keys = old.keys if old is not None else np.zeros(0, dtype=np.int64)
    fresh = np.setdiff1d(keys, previous_keys)
    fresh_texts = [new_texts[int(k)] for k in fresh]
    summary.embedded, summary.reused = len(fresh), int(kept.sum())

    stores = _updated_stores(old, embedders, previous_keys[~kept], fresh, fresh_texts, len(keys), progress)
    # Rows are kept in key order, so an index built in steps equals one built at once.
    order = np.argsort(np.concatenate([previous_keys[kept], fresh]), kind="stable")
    if rechunk and old is not None:
        # New passage rules may also read words differently ("defence" as "defense"): every row's terms anew.
        kept_texts = [old.passage_text(int(row)) for row in np.flatnonzero(kept)]
        lexical = LexicalIndex.empty().with_rows(np.zeros(0, dtype=bool), kept_texts + fresh_texts, order)
    else:
        lexical = (old.lexical if old is not None else LexicalIndex.empty()).with_rows(kept, fresh_texts, order)
    rows = np.searchsorted(keys, place_keys)
    occurrences = np.column_stack([rows, np.vstack([old_places, new_places[:, 1:]])])

    def body_bytes(article_id: str) -> bytes:
        if article_id in incoming:
            return incoming[article_id].body.encode("utf-8")
        return old.bodies.raw(old.article_index[article_id])

    bodies = BodyStore.from_parts([body_bytes(a.id) for a in infos])
    background = old.background if old is not None and old.background_sha256 == background_hash() else None
    state = IndexState(
        articles=infos,
        bodies=bodies,
        keys=keys,
        occurrences=occurrences,
        stores=stores,
        lexical=lexical,
        channels=channel_info(embedders),
        background=background or embed_background(embedders),
        background_sha256=background_hash(),
        chunker_version=CHUNKER_VERSION,
    )
    state.timeline, state.timeline_sources = _updated_timeline(old, state, incoming)
    summary.articles, summary.passages = len(infos), state.passage_count
    return state, summary


def _kept_places(old: IndexState | None, number: dict[str, int], replaced: set[str]) -> tuple[np.ndarray, np.ndarray]:
    """Keys and (article, start, end) of the old occurrences that stay, with articles renumbered."""
    if old is None or not len(old.occurrences):
        return np.zeros(0, dtype=np.int64), np.zeros((0, 3), dtype=np.int64)
    renumber = np.array([-1 if a.id in replaced else number[a.id] for a in old.articles], dtype=np.int64)
    occurrences = old.occurrences[renumber[old.occurrences[:, 1]] >= 0].astype(np.int64)
    places = np.column_stack([renumber[occurrences[:, 1]], occurrences[:, 2:]])
    return old.keys[occurrences[:, 0]], places


def _new_places(incoming: dict[str, Article], number: dict[str, int]) -> tuple[np.ndarray, dict[int, str]]:
    """(key, article, start, end) of every passage of the incoming articles, and each new key's text."""
    places: list[tuple[int, int, int, int]] = []
    texts: dict[int, str] = {}
    for article in incoming.values():
        for passage in chunk_article(article.body):
            key = content_key(passage.text)
            places.append((key, number[article.id], passage.start, passage.end))
            texts.setdefault(key, passage.text)
    return np.array(places, dtype=np.int64).reshape(-1, 4), texts


def _updated_timeline(old: IndexState | None, state: IndexState, incoming: dict[str, Article]) -> tuple[Timeline, dict]:
    """The corpus timeline and each article's part, re-reading only new and changed articles (all of them
    if the rules changed)."""
    fresh = old is not None and old.timeline.version == TIMELINE_VERSION
    known = old.article_timelines() if fresh else {}
    per_article = {}
    for position, info in enumerate(state.articles):
        if info.id in known and info.id not in incoming:
            per_article[info.id] = known[info.id]
        else:
            per_article[info.id] = article_timeline(incoming.get(info.id) or state.article(position))
    return corpus_timeline(per_article), per_article


def _updated_stores(
    old: IndexState | None,
    embedders: Mapping[str, Embedder],
    dropped: np.ndarray,
    fresh: np.ndarray,
    fresh_texts: list[str],
    total: int,
    progress: Progress | None,
) -> dict[str, VectorStore]:
    """Copies of the old stores with `dropped` removed and the new passages embedded and added."""
    vectors = {name: [] for name in embedders}
    for begin in range(0, len(fresh_texts), EMBED_BATCH):
        batch = fresh_texts[begin : begin + EMBED_BATCH]
        for name, embedder in embedders.items():
            vectors[name].append(embedder.embed_passages(batch))
        if progress:
            progress(len(batch))
    stores = {}
    for name, embedder in embedders.items():
        new_vectors = np.vstack(vectors[name]) if vectors[name] else np.zeros((0, embedder.dim), np.float32)
        if old is not None and name in old.stores:
            store = old.stores[name].copy()
            store.remove(dropped)
        else:
            kind = store_kind_for(total)
            store = create_store(embedder.dim, kind, train_vectors=new_vectors if kind == "ivf" else None)
        store.add(fresh, new_vectors)
        store.warm_up()
        stores[name] = store
    return stores
