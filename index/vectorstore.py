"""The vector store seam: the interface the engine is written against, and a factory that makes stores by kind.

A backend is registered in BACKENDS by name; its module is imported only when a store of its kind is made, so
the engine never imports FAISS (or a database client) by name.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import Protocol

import numpy as np

EXACT_LIMIT = 50_000
DEFAULT_BACKEND = "faiss"
# Backend name -> "module:class"; the class has create(dim, kind, train_vectors), load(path, dim),
# from_layout(layout, dim) and `suffix`.
BACKENDS: dict[str, str] = {"faiss": "index.faiss_store:FaissStore"}


class VectorStore(Protocol):
    """What the engine needs from a vector index; a vector database client can implement it instead of FAISS."""

    dim: int
    kind: str

    def __len__(self) -> int: ...

    def add(self, ids: np.ndarray, vectors: np.ndarray) -> None:
        """Store `vectors` (n, dim) under int64 `ids`."""

    def remove(self, ids: np.ndarray) -> None:
        """Forget the vectors stored under `ids` (unknown ids are ignored)."""

    def search(self, query: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """The `k` best (scores, ids) by inner product for one query vector."""

    def score(self, query: np.ndarray, ids: np.ndarray) -> np.ndarray:
        """Inner products of `query` with the stored vectors of `ids`."""

    def vectors(self, ids: np.ndarray) -> np.ndarray:
        """The stored vectors of `ids`."""

    def warm_up(self) -> None:
        """Prepare for questions after loading or a change (may do nothing)."""

    def copy(self) -> VectorStore:
        """An independent copy that can change while the original keeps answering."""

    def save(self, path: Path) -> None:
        """Write the store to one file."""

    def layout(self) -> bytes:
        """What the store learned from its vectors (clusters), without them; b"" when it learns nothing."""


def _backend(name: str):
    if name not in BACKENDS:
        raise ValueError(f"unknown vector store backend {name!r}; known: {', '.join(BACKENDS)}")
    module, cls = BACKENDS[name].split(":")
    return getattr(importlib.import_module(module), cls)


def create_store(
    dim: int, kind: str = "flat", train_vectors: np.ndarray | None = None, backend: str = DEFAULT_BACKEND
) -> VectorStore:
    """A new empty store of `kind` ("flat" exact search, or "ivf" learning its clusters from `train_vectors`)."""
    return _backend(backend).create(dim, kind, train_vectors=train_vectors)


def store_from_layout(layout: bytes, dim: int, kind: str, backend: str = DEFAULT_BACKEND) -> VectorStore:
    """An empty store of `kind` with the learned `layout` of another (b"": a new exact store)."""
    if not layout:
        return create_store(dim, kind, backend=backend)
    return _backend(backend).from_layout(layout, dim)


def store_path(folder: Path, channel: str, backend: str = DEFAULT_BACKEND) -> Path:
    """The file holding a channel's vectors in an index generation."""
    return folder / f"vectors_{channel}{_backend(backend).suffix}"


def open_store(path: Path, dim: int, backend: str = DEFAULT_BACKEND) -> VectorStore:
    """A store written by `save`, checked to hold `dim`-dimensional vectors (StoreError when it cannot be read)."""
    return _backend(backend).load(path, dim)


def store_kind_for(passages: int) -> str:
    """Exact search while it takes a few milliseconds (under 50,000 passages), IVF with 8-bit codes beyond."""
    return "flat" if passages < EXACT_LIMIT else "ivf"
