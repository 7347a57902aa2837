"""Synthetic corpora of any size: real sentences with a long tail of invented words, and clustered vectors.

Embedding a million passages with the real models would take days on two cores, so the vectors are made
around real embeddings of real sentences (mixtures plus noise): they cluster like text embeddings do, which
is what an approximate index's recall depends on (uniformly random vectors have no neighbours to find).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import numpy as np

from index.articles import Article
from index.background import background_hash, embed_background
from index.bodies import BodyStore
from index.builder import channel_info
from index.chunking import sentences
from index.corpus import load_corpus
from index.embedding import Embedder
from index.lexical import LexicalIndex
from index.state import CHUNKER_VERSION, IndexState
from index.text import content_key
from index.timeline.build import corpus_timeline
from index.vectorstore import create_store, store_kind_for

PASSAGES_PER_ARTICLE = 20
VOCABULARY = 200_000


def real_sentences(corpus_dir) -> list[str]:
    """The distinct sentences of the bundled corpus, the seed of every synthetic passage."""
    articles, _ = load_corpus(corpus_dir)
    seen, found = set(), []
    for article in articles:
        for start, end in sentences(article.body):
            text = " ".join(article.body[start:end].split())
            if len(text) > 40 and text not in seen:
                seen.add(text)
                found.append(text)
    return found


def synthetic_texts(seeds: list[str], count: int, rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """`count` passages: a real sentence with about a third of its words swapped for Zipf-drawn inventions."""
    origin = rng.integers(0, len(seeds), count)
    texts = []
    for source in origin:
        words = seeds[source].split()
        swaps = rng.random(len(words)) < 0.33
        invented = rng.zipf(1.3, int(swaps.sum())) % VOCABULARY
        for position, word in zip(np.flatnonzero(swaps), invented, strict=True):
            words[position] = f"w{word}"
        texts.append(" ".join(words))
    return texts, origin


def synthetic_vectors(anchors: np.ndarray, origin: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """A vector per passage near its sentence's real embedding, mixed with another sentence, plus noise.

    Mixing and noise happen around the anchors' mean, scaled by their spread, so the cloud keeps the shape of
    the model's own embeddings (E5's all sit in a narrow cone; MiniLM's are spread wider).
    """
    mean = anchors.mean(axis=0)
    centred = anchors - mean
    spread = centred.std(axis=0)
    other = rng.integers(0, len(anchors), len(origin))
    noise = rng.normal(0, 1, (len(origin), anchors.shape[1])) * spread * 0.5
    vectors = (mean + centred[origin] + 0.5 * centred[other] + noise).astype(np.float32)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors


def synthetic_state(
    seeds: list[str],
    anchors: Mapping[str, np.ndarray],
    embedders: Mapping[str, Embedder],
    count: int,
    kind: str | None = None,
    seed: int = 7,
) -> tuple[IndexState, dict[str, np.ndarray]]:
    """An index of `count` synthetic passages in articles of twenty, built without running the models,
    and the exact vectors it holds per channel (in row order), to measure an approximate store's recall."""
    rng = np.random.default_rng(seed)
    texts, origin = synthetic_texts(seeds, count, rng)
    articles, places = [], []
    for number, first in enumerate(range(0, count, PASSAGES_PER_ARTICLE)):
        chunk = texts[first : first + PASSAGES_PER_ARTICLE]
        body, offset = "", 0
        for text in chunk:
            places.append((content_key(text), number, offset, offset + len(text)))
            body += text + "\n\n"
            offset = len(body)
        published = dt.date(2019, 1, 1) + dt.timedelta(days=number % 365)
        articles.append(Article(f"synthetic-{number:07d}", f"Synthetic article {number}", body, "Bench", published))
    keys_in_order = np.array([p[0] for p in places], dtype=np.int64)
    keys, first_seen = np.unique(keys_in_order, return_index=True)
    rows = np.searchsorted(keys, keys_in_order)
    occurrences = np.column_stack([rows, np.array([p[1:] for p in places], dtype=np.int64)])
    stores, exact = {}, {}
    for name, anchor in anchors.items():
        vectors = synthetic_vectors(anchor, origin[first_seen], rng)
        store = create_store(vectors.shape[1], kind or store_kind_for(len(keys)), train_vectors=vectors)
        store.add(keys, vectors)
        stores[name], exact[name] = store, vectors
    lexical = LexicalIndex.empty().with_rows(np.zeros(0, dtype=bool), [texts[i] for i in first_seen])
    state = IndexState(
        articles=[a.info() for a in articles],
        bodies=BodyStore.from_parts([a.body.encode("utf-8") for a in articles]),
        keys=keys,
        occurrences=occurrences,
        stores=stores,
        lexical=lexical,
        channels=channel_info(embedders),
        background=embed_background(embedders),
        # Invented text has no real dates: an empty timeline, in the current format, so changes stay incremental.
        timeline=corpus_timeline({}),
        timeline_sources={a.id: {"events": [], "names": []} for a in articles},
        background_sha256=background_hash(),
        chunker_version=CHUNKER_VERSION,
    )
    return state, exact
