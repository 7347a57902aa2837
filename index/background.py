"""The background: everyday off-topic questions a relevant passage must beat to count as an answer."""

from __future__ import annotations

import weakref
from collections.abc import Mapping
from functools import lru_cache

import numpy as np

from index.embedding import Embedder
from index.packaged import packaged_lines
from index.text import sha256_hex


@lru_cache(maxsize=1)
def background_questions() -> tuple[str, ...]:
    """The packaged off-topic questions (comment lines skipped)."""
    return tuple(line.strip() for line in packaged_lines("background_questions.txt"))


def background_hash() -> str:
    """Hash of the background questions, recorded in the manifest to know when to re-embed them."""
    return sha256_hex("\n".join(background_questions()))


_embedded: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def embed_background(embedders: Mapping[str, Embedder]) -> dict[str, np.ndarray]:
    """The background questions embedded as questions by every channel (once per model and process)."""
    questions = list(background_questions())
    result = {}
    for name, embedder in embedders.items():
        if embedder not in _embedded:
            _embedded[embedder] = np.vstack([embedder.embed_query(q) for q in questions])
        result[name] = _embedded[embedder]
    return result
